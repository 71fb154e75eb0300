"""Proposals: probation after three periods in band C, conditional after a lapsed
certificate, preferred after four in band A; a decided proposal stays away until its basis
changes."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.performance.kpi import periods_ending
from sqms_desktop.performance.proposals import (
    CertificateFacts,
    SupplierFacts,
    lapsed,
    proposals,
)
from sqms_desktop.vocab import Band, ProposalKind, SupplierStatus

A, B, C = Band.A, Band.B, Band.C
APPROVED = SupplierFacts(SupplierStatus.APPROVED, preferred=False, open_major_findings=0)
TODAY = dt.date(2026, 12, 3)


def _bands(*bands: Band | None, end: str = "2026-11") -> list[tuple[str, Band | None]]:
    periods = periods_ending(end, len(bands))
    return list(zip(periods, bands, strict=True))


def _cert(standard: str, until: dt.date, number: str = "N1") -> CertificateFacts:
    return CertificateFacts(standard, number, until.replace(year=until.year - 3), until)


def test_three_periods_in_band_c_propose_probation_naming_the_periods() -> None:
    (found,) = proposals(_bands(B, C, C, C), [], TODAY, APPROVED)
    assert found.kind == ProposalKind.PROBATION
    assert found.basis == "band C in 2026-09, 2026-10, 2026-11"


def test_two_periods_in_band_c_or_a_gap_propose_nothing() -> None:
    assert proposals(_bands(C, C), [], TODAY, APPROVED) == []
    assert proposals(_bands(C, B, C, C), [], TODAY, APPROVED) == []
    assert proposals(_bands(C, None, C, C), [], TODAY, APPROVED) == []


def test_a_supplier_already_on_probation_gets_no_probation_proposal() -> None:
    on_probation = SupplierFacts(SupplierStatus.PROBATION, False, 0)
    assert proposals(_bands(C, C, C), [], TODAY, on_probation) == []


def test_four_periods_in_band_a_without_open_major_finding_propose_preferred() -> None:
    (found,) = proposals(_bands(A, A, A, A), [], TODAY, APPROVED)
    assert found.kind == ProposalKind.PREFERRED
    assert found.basis == "band A in 2026-08, 2026-09, 2026-10, 2026-11"
    assert proposals(_bands(B, A, A, A), [], TODAY, APPROVED) == []


def test_an_open_major_finding_or_being_preferred_already_holds_preferred_back() -> None:
    with_major = SupplierFacts(SupplierStatus.APPROVED, False, 1)
    already = SupplierFacts(SupplierStatus.APPROVED, True, 0)
    assert proposals(_bands(A, A, A, A), [], TODAY, with_major) == []
    assert proposals(_bands(A, A, A, A), [], TODAY, already) == []


def test_a_lapsed_certificate_without_successor_proposes_conditional() -> None:
    certs = [_cert("IATF 16949", dt.date(2026, 11, 30), "IATF-77"), _cert("ISO 14001", TODAY)]
    (found,) = proposals([], certs, TODAY, APPROVED)
    assert found.kind == ProposalKind.CONDITIONAL
    assert found.basis == "expired: IATF 16949 IATF-77 valid until 2026-11-30"


def test_a_valid_successor_of_the_same_standard_covers_a_lapsed_certificate() -> None:
    old = _cert("ISO 9001", dt.date(2026, 6, 30), "OLD")
    new = CertificateFacts("iso 9001 ", "NEW", dt.date(2026, 7, 1), dt.date(2029, 6, 30))
    assert lapsed([old, new], TODAY) == []
    assert proposals([], [old, new], TODAY, APPROVED) == []


def test_a_certificate_valid_on_the_day_has_not_lapsed() -> None:
    assert lapsed([_cert("ISO 9001", TODAY)], TODAY) == []


def test_a_very_long_basis_fits_the_column_and_stays_distinct() -> None:
    many = [_cert(f"Standard {n:02d} with a long name", dt.date(2026, 1, n + 1)) for n in range(9)]
    (found,) = proposals([], many, TODAY, APPROVED)
    assert len(found.basis) <= 200
    (other,) = proposals([], [*many[:-1], _cert("Other", dt.date(2026, 2, 1))], TODAY, APPROVED)
    assert other.basis != found.basis


def test_a_dismissed_proposal_stays_away_until_its_basis_changes() -> None:
    (first,) = proposals(_bands(C, C, C), [], TODAY, APPROVED)
    decided = {(first.kind.value, first.basis)}
    assert proposals(_bands(C, C, C), [], TODAY, APPROVED, decided) == []
    # a month later, one more period in band C is a new basis: the proposal comes back
    (again,) = proposals(_bands(C, C, C, C, end="2026-12"), [], TODAY, APPROVED, decided)
    assert again.basis == "band C in 2026-10, 2026-11, 2026-12"
