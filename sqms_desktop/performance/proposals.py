"""What the scorecards propose (DESIGN §6): never a silent change, always a person's decision.

- **probation**: band C in the last three periods in a row, for an approved or conditional
  supplier;
- **conditional**: an approved supplier holds a certificate whose validity has ended and no
  valid certificate of the same standard follows it (a certificate the supplier once showed is
  one its approval rests on; letting it lapse without a successor is what `conditional` is for);
- **preferred**: band A in the last four periods in a row and no open major (or critical)
  finding, for an approved supplier not yet preferred.

Each proposal carries a `basis` naming exactly what it rests on (the periods, the
certificates). A decision is recorded against that basis, so a dismissed proposal stays away
until the basis changes: another period in band C, another certificate lapsing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqms_desktop.i18n import date_text, translate
from sqms_desktop.vocab import Band, ProposalKind, SupplierStatus

PROBATION_PERIODS = 3
PREFERRED_PERIODS = 4
BASIS_LENGTH = 200  # proposal_decision.basis
PROBATION_FROM = frozenset({SupplierStatus.APPROVED, SupplierStatus.CONDITIONAL})
CONDITIONAL_FROM = frozenset({SupplierStatus.APPROVED})
PREFERRED_FROM = frozenset({SupplierStatus.APPROVED})


@dataclass(frozen=True)
class Proposal:
    kind: ProposalKind
    basis: str
    explanation: str


@dataclass(frozen=True)
class CertificateFacts:
    standard: str
    number: str
    valid_from: dt.date
    valid_until: dt.date


@dataclass(frozen=True)
class SupplierFacts:
    """What the proposals need of a supplier besides its bands and certificates."""

    status: str
    preferred: bool
    open_major_findings: int


def _run(bands: Sequence[tuple[str, Band | None]], band: Band, count: int) -> list[str] | None:
    """The last `count` periods, when all of them are in `band` (bands: oldest first)."""
    last = bands[-count:]
    if len(last) < count or any(b != band for _, b in last):
        return None
    return [period for period, _ in last]


def probation(bands: Sequence[tuple[str, Band | None]], supplier: SupplierFacts) -> Proposal | None:
    periods = _run(bands, Band.C, PROBATION_PERIODS)
    if periods is None or supplier.status not in PROBATION_FROM:
        return None
    listed = ", ".join(periods)
    return Proposal(
        ProposalKind.PROBATION,
        f"band C in {listed}",
        translate(
            "scorecard", "Band C in {n} periods in a row ({periods}): put on probation."
        ).format(n=PROBATION_PERIODS, periods=listed),
    )


def preferred(bands: Sequence[tuple[str, Band | None]], supplier: SupplierFacts) -> Proposal | None:
    periods = _run(bands, Band.A, PREFERRED_PERIODS)
    if (
        periods is None
        or supplier.status not in PREFERRED_FROM
        or supplier.preferred
        or supplier.open_major_findings
    ):
        return None
    listed = ", ".join(periods)
    return Proposal(
        ProposalKind.PREFERRED,
        f"band A in {listed}",
        translate(
            "scorecard",
            "Band A in {n} periods in a row ({periods}) and no open major finding: recognise as "
            "a preferred supplier.",
        ).format(n=PREFERRED_PERIODS, periods=listed),
    )


def lapsed(certificates: Iterable[CertificateFacts], on: dt.date) -> list[CertificateFacts]:
    """Per standard, the latest certificate whose validity ended before `on`, where no
    certificate of that standard is valid on `on` (standards compared ignoring case)."""
    by_standard: dict[str, list[CertificateFacts]] = {}
    for cert in certificates:
        by_standard.setdefault(cert.standard.strip().casefold(), []).append(cert)
    found = []
    for certs in by_standard.values():
        if any(c.valid_from <= on <= c.valid_until for c in certs):
            continue
        ended = [c for c in certs if c.valid_until < on]
        if ended:
            found.append(max(ended, key=lambda c: (c.valid_until, c.number)))
    return sorted(found, key=lambda c: (c.valid_until, c.standard))


def _fit(text: str) -> str:
    """The basis within the column; a long one keeps a digest of the whole, so it stays exact."""
    if len(text) <= BASIS_LENGTH:
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return f"{text[: BASIS_LENGTH - 15]}… {digest}"


def conditional(
    certificates: Iterable[CertificateFacts], on: dt.date, supplier: SupplierFacts
) -> Proposal | None:
    if supplier.status not in CONDITIONAL_FROM:
        return None
    ended = lapsed(certificates, on)
    if not ended:
        return None
    named = "; ".join(
        f"{c.standard} {c.number} valid until {c.valid_until.isoformat()}" for c in ended
    )
    return Proposal(
        ProposalKind.CONDITIONAL,
        _fit(f"expired: {named}"),
        translate(
            "scorecard",
            "Expired without a valid successor on {date}: {certificates}. Approve only "
            "conditionally until a valid certificate is shown.",
        ).format(date=date_text(on), certificates=named),
    )


def proposals(
    bands: Sequence[tuple[str, Band | None]],
    certificates: Iterable[CertificateFacts],
    on: dt.date,
    supplier: SupplierFacts,
    decided: Collection[tuple[str, str]] = (),
) -> list[Proposal]:
    """The proposals that stand, less those already decided on the same basis ((kind, basis))."""
    found = [
        probation(bands, supplier),
        conditional(certificates, on, supplier),
        preferred(bands, supplier),
    ]
    return [p for p in found if p is not None and (p.kind, p.basis) not in decided]
