"""The CAPA a set of findings would raise, pre-filled, before anything is stored.

The raise dialog shows it and the service (`services/capa_raise.py`) stores it: both read it
here, so the title, problem description, D2, owner and due dates the dialog shows are the ones
stored, unless the user edits them. The refusals are the service's too (findings of several
suppliers, a good practice, a withdrawn finding, a finding whose CAPA is still open), so the
dialog can say why before the user types anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.capa.from_findings import (
    EvidenceRef,
    SourceFinding,
    class_words,
    d2_of,
    problem_of,
    title_of,
)
from sqms_desktop.capa.stages import due_dates
from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capa_links import CapaLink, capas_of_findings, withdrawn_finding
from sqms_desktop.queries.capas import deadline_days
from sqms_desktop.queries.common import site_line
from sqms_desktop.queries.people import printed_name
from sqms_desktop.queries.policy import store_deadline_days
from sqms_desktop.store.models import Attachment, Audit, Finding, Question, Site, Supplier, User
from sqms_desktop.vocab import FindingClass, UserRole


@dataclass(frozen=True)
class CapaForm:
    """What raising a CAPA from `findings` stores, as the dialog shows it."""

    supplier_id: str
    supplier_code: str
    supplier_name: str
    findings: tuple[SourceFinding, ...]
    is_scar: bool
    title: str
    problem_description: str
    d2: dict[str, str]
    owner: str  # the acting user's printed name
    safety_critical: bool  # proposed when a finding is critical
    issue_on: dt.date
    can_issue: bool  # the acting user may issue at once (a quality engineer)
    deadline_days: dict[str, int]  # the supplier's agreement, else the store's
    store_deadline_days: dict[str, int]  # the store's, for suppliers without an agreement
    source_reference: str  # the audits the findings come from

    @property
    def finding_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        return tuple(p for f in self.findings for p in f.photos)

    def due(self, safety_critical: bool | None = None) -> dict[str, dt.date]:
        """The stage deadlines issuing today stores (a safety-critical CAPA: contained in 1 day)."""
        safety = self.safety_critical if safety_critical is None else safety_critical
        return due_dates(self.deadline_days, self.issue_on, safety_critical=safety)


def prepare_capa(
    session: Session,
    finding_ids: Sequence[str],
    *,
    user: str,
    today: dt.date,
    is_scar: bool = False,
) -> CapaForm:
    """The pre-filled CAPA for the findings (ids), or the refusal raising it would meet."""
    ids = list(dict.fromkeys(finding_ids))
    if not ids:
        raise ValidationError(
            translate("capa_form", "choose at least one finding to raise a CAPA from")
        )
    findings = {f.id: f for f in session.scalars(select(Finding).where(Finding.id.in_(ids)))}
    problems: list[str] = []
    for finding_id in ids:
        if finding_id in findings:
            continue
        gone = withdrawn_finding(session, finding_id=finding_id)
        if gone is None:
            raise NotFoundError(
                translate("capa_form", "no finding with id {finding_id}").format(
                    finding_id=finding_id
                )
            )
        problems.append(
            translate("capa_form", "{gone} (a withdrawn finding gets no CAPA)").format(gone=gone)
        )
    # In the order the audit numbers them (F2 before F10), whatever order they were picked in.
    chosen = sorted(
        (findings[i] for i in ids if i in findings), key=lambda f: (len(f.reference), f.reference)
    )
    capas = capas_of_findings(session, findings)
    for finding in chosen:
        problems += _refusals(finding, capas.get(finding.id, ()))
    audits = {
        a.id: a
        for a in session.scalars(select(Audit).where(Audit.id.in_({f.audit_id for f in chosen})))
    }
    suppliers = {
        s.id: s
        for s in session.scalars(
            select(Supplier).where(Supplier.id.in_({a.supplier_id for a in audits.values()}))
        )
    }
    owners = {f.reference: suppliers[audits[f.audit_id].supplier_id] for f in chosen}
    if len({s.id for s in owners.values()}) > 1:
        whose = translate("capa_form", "{reference} is {supplier}'s")
        problems.append(
            translate(
                "capa_form",
                "one CAPA answers findings of one supplier: {owners}; raise one CAPA per supplier",
            ).format(
                owners=", ".join(
                    whose.format(reference=ref, supplier=s.code) for ref, s in owners.items()
                )
            )
        )
    if problems:
        raise ValidationError(
            translate("capa_form", "no CAPA raised: {problems}").format(
                problems="; ".join(problems)
            )
        )
    supplier = next(iter(owners.values()))
    sources = tuple(_source(session, f, audits[f.audit_id]) for f in chosen)
    acting = session.scalars(select(User).where(User.username == user)).first()
    return CapaForm(
        supplier_id=supplier.id,
        supplier_code=supplier.code,
        supplier_name=supplier.name,
        findings=sources,
        is_scar=is_scar,
        title=title_of(sources),
        problem_description=problem_of(sources, supplier.name),
        d2=d2_of(sources, supplier.name),
        owner=printed_name(session, user),
        safety_critical=any(f.finding_class == FindingClass.CRITICAL for f in chosen),
        issue_on=today,
        can_issue=acting is not None and acting.role == UserRole.QUALITY_ENGINEER,
        deadline_days=deadline_days(session, supplier.id),
        store_deadline_days=store_deadline_days(session),
        source_reference=", ".join(dict.fromkeys(f.audit_reference for f in sources)),
    )


def _refusals(finding: Finding, capas: Sequence[CapaLink]) -> list[str]:
    """Why this finding gets no CAPA (on its own: suppliers are checked across the set)."""
    refusals = []
    if finding.finding_class == FindingClass.GOOD_PRACTICE:
        refusals.append(
            translate("capa_form", "{reference} is a good practice, which needs no CAPA").format(
                reference=finding.reference
            )
        )
    still_open = [link.describe() for link in capas if link.is_open]
    if still_open:
        refusals.append(
            translate("capa_form", "{reference} already has an open CAPA, {still_open}").format(
                reference=finding.reference, still_open=", ".join(still_open)
            )
        )
    return refusals


@dataclass(frozen=True)
class FindingChoice:
    """A finding as the raise dialog lists it, with why it cannot be chosen ("" if it can)."""

    id: str
    reference: str
    finding_class: str
    statement: str
    capas: tuple[CapaLink, ...]
    no_capa_reason: str
    refusal: str

    def describe(self) -> str:
        return f"{self.reference} ({class_words(self.finding_class)}): {self.statement}"


# The classes the audit view ticks for a new CAPA: the nonconformities.
NONCONFORMITIES = frozenset(
    {FindingClass.CRITICAL.value, FindingClass.MAJOR_NC.value, FindingClass.MINOR_NC.value}
)


def finding_choices(session: Session, finding_ids: Sequence[str]) -> list[FindingChoice]:
    """The findings (ids), in the order the audit numbers them; withdrawn ones are left out."""
    rows = session.scalars(select(Finding).where(Finding.id.in_(list(finding_ids)))).all()
    capas = capas_of_findings(session, [f.id for f in rows])
    return [
        FindingChoice(
            f.id,
            f.reference,
            f.finding_class,
            f.statement,
            capas.get(f.id, ()),
            f.no_capa_reason or "",
            "; ".join(_refusals(f, capas.get(f.id, ()))),
        )
        for f in sorted(rows, key=lambda f: (len(f.reference), f.reference))
    ]


def capa_candidates(session: Session, audit_id: str) -> tuple[list[str], list[str]]:
    """What raising a CAPA from the audit view offers: every finding of the audit but its good
    practices, and of those the nonconformities without an open CAPA, ticked."""
    choices = finding_choices(
        session, session.scalars(select(Finding.id).where(Finding.audit_id == audit_id)).all()
    )
    offered = [c for c in choices if c.finding_class != FindingClass.GOOD_PRACTICE]
    ticked = [c.id for c in offered if not c.refusal and c.finding_class in NONCONFORMITIES]
    return [c.id for c in offered], ticked


def _source(session: Session, finding: Finding, audit: Audit) -> SourceFinding:
    question = session.get(Question, finding.question_id) if finding.question_id else None
    site = session.get(Site, audit.site_id) if audit.site_id else None
    lead = session.get(User, audit.lead_auditor_id)
    photos = session.scalars(
        select(Attachment)
        .where(Attachment.finding_id == finding.id)
        .order_by(Attachment.original_name, Attachment.sha256)
    ).all()
    return SourceFinding(
        id=finding.id,
        reference=finding.reference,
        finding_class=finding.finding_class,
        statement=finding.statement,
        requirement=finding.requirement,
        objective_evidence=finding.objective_evidence,
        question=f"{question.qid} {question.text}" if question else "",
        audit_reference=audit.reference,
        audit_type=audit.type,
        audit_start=audit.actual_start or audit.planned_start,
        audit_end=audit.actual_end or (None if audit.actual_start else audit.planned_end),
        site=site_line(site) if site else "",
        lead_auditor=lead.full_name if lead else "",
        photos=tuple(
            EvidenceRef(a.id, finding.reference, a.original_name, a.sha256, a.caption)
            for a in photos
        ),
    )
