"""Everything one audit report prints, read in one go into plain frozen values.

The report is laid out on a worker thread, so it gets dataclasses, never live ORM objects; and it
reads only this audit's rows (a handful of queries), not the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.queries.capa_links import NEEDS_CAPA_DECISION, capas_of_findings
from sqms_desktop.queries.checklist_session import unanswered_questions
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.queries.signatures import (
    SignatureCheck,
    content_hash,
    record_version,
    verify_signatures,
)
from sqms_desktop.scoring import ScoreResult
from sqms_desktop.store.models import (
    Answer,
    Attachment,
    Audit,
    Capa,
    CapaFinding,
    ChecklistSection,
    ChecklistTemplate,
    Finding,
    Question,
    Site,
    Supplier,
    User,
)
from sqms_desktop.vocab import YES_NO_TYPES, Scheme


@dataclass(frozen=True)
class EvidenceItem:
    sha256: str
    media_type: str
    original_name: str
    caption: str
    taken_at: dt.datetime | None
    annotations: tuple[dict[str, object], ...]
    question: str  # "P2.1 Is …" or "" for the audit as a whole


@dataclass(frozen=True)
class FindingItem:
    reference: str
    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    status: str
    question: str
    evidence: tuple[EvidenceItem, ...]
    capas: tuple[str, ...] = ()  # the references of the CAPAs raised from it, not cancelled
    no_capa_reason: str = ""  # why it needs no CAPA, when recorded

    @property
    def needs_capa_decision(self) -> bool:
        """Whether the report must say, for this finding, its CAPA or why none is needed."""
        return self.finding_class in NEEDS_CAPA_DECISION

    def capa_line(self) -> str:
        """Its CAPAs, or "no CAPA: <reason>", or "" when neither is recorded."""
        if self.capas:
            return ", ".join(self.capas)
        if not self.no_capa_reason:
            return ""
        return translate("report_data", "no CAPA: {reason}").format(reason=self.no_capa_reason)


@dataclass(frozen=True)
class CapaItem:
    reference: str
    title: str
    type: str
    is_scar: bool
    state: str
    owner: str
    issued_on: dt.date | None
    closure_due: dt.date | None
    closed_on: dt.date | None
    findings: tuple[str, ...]


@dataclass(frozen=True)
class AnswerItem:
    section: str
    qid: str
    text: str
    value: str
    note: str
    answered_by: str


@dataclass(frozen=True)
class AuditReportData:
    audit_id: str
    reference: str
    status: str
    type: str
    supplier_code: str
    supplier_name: str
    site: str
    checklist: str
    scheme: str
    rule_edition: int | None
    objectives: str
    scope: str
    criteria: str
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    lead_auditor: str
    team: tuple[str, ...]
    auditee_participants: str
    closing_participants: str
    diverging_opinions: str
    conclusions: str
    incomplete_reason: str  # why required questions stayed unanswered ("": none did)
    unanswered: int  # how many required, shown questions stayed unanswered
    follow_up_of: str
    recorded_score: float | None
    recorded_grade: str | None
    result: ScoreResult
    findings: tuple[FindingItem, ...]
    capas: tuple[CapaItem, ...]
    signatures: tuple[SignatureCheck, ...]
    record_version: int
    content_sha256: str
    answers: tuple[AnswerItem, ...]
    other_evidence: tuple[EvidenceItem, ...]

    @property
    def photos(self) -> int:
        return sum(len(f.evidence) for f in self.findings) + len(self.other_evidence)


def read_audit_report(session: Session, audit_id: str) -> AuditReportData:
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("report_data", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    supplier = session.get_one(Supplier, audit.supplier_id)
    site = session.get(Site, audit.site_id) if audit.site_id else None
    template = session.get_one(ChecklistTemplate, audit.template_id)
    people = {u.id: u for u in session.scalars(select(User))}
    names = {u.username: u.full_name for u in people.values()}
    sections = {
        s.id: s
        for s in session.scalars(
            select(ChecklistSection).where(ChecklistSection.template_id == template.id)
        )
    }
    questions = {
        q.id: q
        for q in session.scalars(
            select(Question).where(Question.template_id == template.id).order_by(Question.position)
        )
    }
    findings = session.scalars(
        select(Finding).where(Finding.audit_id == audit_id).order_by(Finding.reference)
    ).all()
    finding_ids = [f.id for f in findings]
    attachments = session.scalars(
        select(Attachment)
        .where((Attachment.audit_id == audit_id) | Attachment.finding_id.in_(finding_ids))
        .order_by(Attachment.original_name, Attachment.sha256, Attachment.id)
    ).all()

    def label(question_id: str | None) -> str:
        question = questions.get(question_id) if question_id else None
        return f"{question.qid} {question.text}" if question else ""

    def evidence(a: Attachment) -> EvidenceItem:
        return EvidenceItem(
            a.sha256,
            a.media_type,
            a.original_name,
            a.caption,
            a.taken_at,
            tuple(a.annotations or ()),
            label(a.question_id),
        )

    follow_up = session.get(Audit, audit.follow_up_of) if audit.follow_up_of else None
    links = capas_of_findings(session, finding_ids)
    return AuditReportData(
        audit_id=audit.id,
        reference=audit.reference,
        status=audit.status,
        type=audit.type,
        supplier_code=supplier.code,
        supplier_name=supplier.name,
        site=_site_line(site),
        checklist=f"{template.title} ({template.key} v{template.version})",
        scheme=template.scheme,
        rule_edition=audit.rule_edition,
        objectives=audit.objectives,
        scope=audit.scope,
        criteria=audit.criteria,
        planned_start=audit.planned_start,
        planned_end=audit.planned_end,
        actual_start=audit.actual_start,
        actual_end=audit.actual_end,
        lead_auditor=_name(people.get(audit.lead_auditor_id)),
        team=tuple(_name(people.get(member)) for member in audit.team),
        auditee_participants=audit.auditee_participants,
        closing_participants=audit.closing_participants or "",
        diverging_opinions=audit.diverging_opinions or "",
        conclusions=audit.conclusions,
        incomplete_reason=audit.incomplete_reason or "",
        unanswered=len(unanswered_questions(session, audit_id)),
        follow_up_of=follow_up.reference if follow_up else "",
        recorded_score=audit.score,
        recorded_grade=audit.grade,
        result=score_audit(session, audit_id),
        findings=tuple(
            FindingItem(
                f.reference,
                f.finding_class,
                f.statement,
                f.requirement,
                f.objective_evidence,
                f.status,
                label(f.question_id),
                tuple(evidence(a) for a in attachments if a.finding_id == f.id),
                tuple(link.reference for link in links.get(f.id, ()) if link.counts),
                f.no_capa_reason or "",
            )
            for f in findings
        ),
        capas=_capas(session, finding_ids, {f.id: f.reference for f in findings}),
        signatures=tuple(verify_signatures(session, "audit", audit_id)),
        record_version=record_version(session, audit_id),
        content_sha256=content_hash(session, "audit", audit_id),
        answers=_answers(session, audit_id, questions, sections, names, template.scheme),
        other_evidence=tuple(evidence(a) for a in attachments if a.finding_id is None),
    )


def _capas(
    session: Session, finding_ids: list[str], references: dict[str, str]
) -> tuple[CapaItem, ...]:
    links = session.execute(
        select(CapaFinding.capa_id, CapaFinding.finding_id).where(
            CapaFinding.finding_id.in_(finding_ids)
        )
    ).all()
    linked: dict[str, list[str]] = {}
    for capa_id, finding_id in links:
        linked.setdefault(capa_id, []).append(references[finding_id])
    capas = session.scalars(
        select(Capa).where(Capa.id.in_(list(linked))).order_by(Capa.reference)
    ).all()
    return tuple(
        CapaItem(
            c.reference,
            c.title,
            c.type,
            c.is_scar,
            c.state,
            c.owner,
            c.issued_on,
            c.closure_due,
            c.closed_on,
            tuple(sorted(linked[c.id])),
        )
        for c in capas
    )


def _answers(
    session: Session,
    audit_id: str,
    questions: dict[str, Question],
    sections: dict[str, ChecklistSection],
    names: dict[str, str],
    scheme: str,
) -> tuple[AnswerItem, ...]:
    """Every question of the checklist in its order, answered or not: an appendix that left
    the unanswered out would hide exactly what the audit did not cover."""
    rows = session.scalars(select(Answer).where(Answer.audit_id == audit_id)).all()
    by_question = {a.question_id: a for a in rows}
    items = []
    for question in questions.values():  # checklist order
        answer = by_question.get(question.id)
        section = sections[question.section_id]
        if answer is None:
            value, note, by = translate("report_data", NOT_ANSWERED), "", ""
        else:
            value = _answer_text(answer, scheme, question.type)
            note, by = answer.note, names.get(answer.answered_by, answer.answered_by)
        items.append(
            AnswerItem(
                f"{section.code} {section.title}", question.qid, question.text, value, note, by
            )
        )
    return tuple(items)


NOT_ANSWERED = QT_TRANSLATE_NOOP("report_data", "not answered")
# A yes/no question's stored answers as printed.
YES_NO_WORDS = {
    "yes": QT_TRANSLATE_NOOP("report_data", "yes"),
    "no": QT_TRANSLATE_NOOP("report_data", "no"),
}


def _answer_text(answer: Answer, scheme: str, question_type: str = "") -> str:
    """The value as printed, in the language now in use; not applicable with its reason, the
    words said once even when the reason repeats them ("Not applicable: subcontracted")."""
    if not answer.not_applicable:
        value = answer.value or ""
        if question_type in YES_NO_TYPES and value in YES_NO_WORDS:
            return translate("report_data", YES_NO_WORDS[value])
        return value
    # VDA 6.3 calls it "not evaluated" (n.e.); the other schemes "not applicable".
    words = (
        translate("report_data", "not evaluated")
        if scheme == Scheme.VDA63
        else translate("report_data", "not applicable")
    )
    reason = (answer.na_justification or "").strip()
    said = ("not applicable", "not evaluated", "n/a", "n.e.")
    if reason.lower().rstrip(".:") in ("", "na", *said):
        return words
    if reason.lower().startswith(said):
        return reason
    return f"{words}: {reason}"


def _name(user: User | None) -> str:
    return user.full_name if user is not None else "(unknown user)"


def _site_line(site: Site | None) -> str:
    if site is None:
        return ""
    place = " ".join(p for p in (site.postal_code, site.city) if p)
    return ", ".join(p for p in (site.name, site.street, place, site.country) if p)
