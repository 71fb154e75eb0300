"""`sqms audit …`: plan, answer, raise findings, complete, list and show audits, headless.

Commands that write sign in as `--user` (before or after the command) with the password on
standard input, and go through the same services as the GUI, so the same rules hold: only the
audit's lead auditor, its team or an administrator answers and raises findings. `audit new`
leaves the audit planned; the first `audit answer` or `audit finding add` starts it (actual
start: today), as opening the checklist does in the GUI.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table, signed_in
from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.audits import audit_id_by_reference, list_audits
from sqms_desktop.queries.common import as_json
from sqms_desktop.vocab import AuditType, TemplateStatus

if TYPE_CHECKING:
    from sqms_desktop.queries.audit_record import AuditRecord
    from sqms_desktop.store.uow import UnitOfWork

# Each command imports the queries and services it alone uses, in its function: `audit list`
# needs none of the services, the checklist, the scoring or the audit record (~0.3 s).

# -- writing ---------------------------------------------------------------------------------


def _template_id(uow: UnitOfWork, spec: str) -> str:
    """KEY@VERSION, or KEY for its newest released version."""
    from sqms_desktop.queries.templates import list_templates, template_id

    key, _, version = spec.partition("@")
    if version:
        if not version.isdigit():
            raise ValidationError(
                translate("cli", "template version must be a whole number; got {version}").format(
                    version=repr(version)
                )
            )
        return template_id(uow.session, key, int(version))
    rows = list_templates(uow.session, key=key)
    released = [r for r in rows if r.status == TemplateStatus.RELEASED]
    if not released:
        if not rows:
            raise NotFoundError(
                translate("cli", "no checklist template {key}").format(key=repr(key))
            )
        raise StateError(
            translate("cli", "template {key} has no released version; release one first").format(
                key=key
            )
        )
    return released[-1].id


def new(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.audits import last_audit_of
    from sqms_desktop.queries.people import user_id_by_name
    from sqms_desktop.queries.suppliers import site_id_by_name, supplier_id_by_code
    from sqms_desktop.services import audit_plan, audits

    kind = args.type.replace("-", "_")
    with signed_in(args) as uow:
        supplier_id = supplier_id_by_code(uow.session, args.supplier)
        lead = user_id_by_name(uow.session, args.lead)
        team = [user_id_by_name(uow.session, name) for name in args.team]
        start = args.date or uow.now.date()
        template = _template_id(uow, args.template) if args.template else None
        site = site_id_by_name(uow.session, supplier_id, args.site) if args.site else None
        if kind == AuditType.FOLLOW_UP or args.follow_up_of:
            if args.follow_up_of:
                previous = audit_id_by_reference(uow.session, args.follow_up_of)
            else:
                found = last_audit_of(uow.session, supplier_id)
                if found is None:
                    raise NotFoundError(
                        translate("cli", "{supplier} has no completed audit to follow up").format(
                            supplier=args.supplier
                        )
                    )
                previous = found
            audit = audit_plan.plan_follow_up(
                uow,
                previous,
                audit_plan.FollowUpPlan(
                    lead_auditor_id=lead,
                    planned_start=start,
                    planned_end=args.end,
                    template_id=template,
                    site_id=site,
                    objectives=args.objectives or "",
                    scope=args.scope,
                    criteria=args.criteria,
                    team=team or None,
                    auditee_participants=args.participants,
                ),
            )
        else:
            if template is None:
                raise ValidationError(
                    translate("cli", "name the checklist with --template KEY[@VERSION]")
                )
            audit = audits.plan_audit(
                uow,
                audits.AuditPlan(
                    supplier_id=supplier_id,
                    template_id=template,
                    lead_auditor_id=lead,
                    planned_start=start,
                    planned_end=args.end,
                    type=kind,
                    site_id=site,
                    objectives=args.objectives or "",
                    scope=args.scope or "",
                    criteria=args.criteria or "",
                    team=team,
                    auditee_participants=args.participants or "",
                ),
            )
        uow.commit()
    print(audit.reference)
    return 0


def answer(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.checklists import question_id_by_qid
    from sqms_desktop.services import fieldwork

    if args.value is not None and args.na is not None:
        raise ValidationError(translate("cli", "give either a VALUE or --na REASON, not both"))
    if args.value is None and args.na is None and args.note is None:
        raise ValidationError(translate("cli", "give a VALUE, --na REASON or --note TEXT"))
    proposal = None
    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        question_id = question_id_by_qid(uow.session, audit_id, args.qid)
        if args.value is None and args.na is None:
            fieldwork.write_note(uow, audit_id, question_id, args.note)
            shown = translate("cli", "note {note}").format(note=repr(args.note))
        else:
            answered = fieldwork.answer_question(
                uow,
                audit_id,
                question_id,
                args.value,
                not_applicable=args.na is not None,
                na_justification=args.na or "",
                note=args.note,
            )
            shown = (
                translate("cli", "n/a")
                if answered.answer.not_applicable
                else str(answered.answer.value)
            )
            proposal = answered.proposal
        uow.commit()
    print(f"{args.reference} {args.qid}: {shown}")
    if proposal is not None:
        print(
            translate(
                "cli",
                "sqms: proposed finding ({kind}): {reason}; raise it with: sqms audit finding "
                "add {reference} --question {qid} --class {value} --statement TEXT",
            ).format(
                kind=human(proposal.finding_class),
                reason=proposal.reason,
                reference=args.reference,
                qid=args.qid,
                value=proposal.finding_class,
            ),
            file=sys.stderr,
        )
    return 0


def finding_add(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.checklists import question_id_by_qid
    from sqms_desktop.services import fieldwork

    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        question_id = (
            question_id_by_qid(uow.session, audit_id, args.question) if args.question else None
        )
        raised = fieldwork.raise_finding_with_evidence(
            uow,
            audit_id,
            args.finding_class,
            args.statement,
            question_id=question_id,
            requirement=args.requirement,
            objective_evidence=args.evidence,
            files=args.photo or (),
        )
        uow.commit()
    print(raised.finding.reference)
    if raised.escalation is not None:
        print(
            translate("cli", "sqms: proposed escalation to a major NC: {reason}").format(
                reason=raised.escalation.reason
            ),
            file=sys.stderr,
        )
    return 0


def finding_no_capa(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.capa_links import finding_id_of
    from sqms_desktop.services.capa_raise import record_no_capa_reason

    with signed_in(args) as uow:
        finding = record_no_capa_reason(uow, finding_id_of(uow.session, args.finding), args.reason)
        uow.commit()
        reference, reason = finding.reference, finding.no_capa_reason
    if args.json:
        print_json({"finding": reference, "no_capa_reason": reason})
    else:
        print(
            translate("cli", "{finding}: no CAPA needed ({reason})").format(
                finding=reference, reason=reason
            )
        )
    return 0


def complete(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.checklist_session import unanswered_questions
    from sqms_desktop.services import audits

    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        unanswered = [q.qid for q in unanswered_questions(uow.session, audit_id)]
        try:
            audit = audits.complete_after_closing_meeting(
                uow,
                audit_id,
                args.date or uow.now.date(),
                conclusions=args.conclusions,
                closing_participants=args.participants,
                diverging_opinions=args.diverging,
                incomplete_reason=args.incomplete_reason,
            )
        except audits.UnansweredQuestions as exc:
            raise ValidationError(
                translate("cli", "{problem}: --incomplete-reason TEXT").format(problem=exc)
            ) from exc
        uow.commit()
    if args.json:
        print_json(
            {
                "reference": audit.reference,
                "status": audit.status,
                "score": audit.score,
                "grade": audit.grade,
                "unanswered": unanswered,
                "incomplete_reason": audit.incomplete_reason,
            }
        )
        return 0
    score = translate("cli", "not rated") if audit.score is None else f"{audit.score:.2f} %"
    print(
        translate("cli", "{reference} completed: {score}, grade {grade}").format(
            reference=audit.reference, score=score, grade=audit.grade
        )
    )
    if audit.incomplete_reason:
        print(
            plural(
                len(unanswered),
                translate("cli", "{n} question left unanswered ({questions}): {reason}"),
                translate("cli", "{n} questions left unanswered ({questions}): {reason}"),
            ).format(
                n=len(unanswered),
                questions=", ".join(unanswered),
                reason=audit.incomplete_reason,
            )
        )
    return 0


def reopen(args: argparse.Namespace) -> int:
    from sqms_desktop.services import audits

    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        audit = audits.reopen_audit(uow, audit_id, reason=args.reason)
        uow.commit()
    print(
        translate("cli", "{reference} reopened; its signatures are no longer valid").format(
            reference=audit.reference
        )
    )
    return 0


# -- reading ---------------------------------------------------------------------------------


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = list_audits(session, supplier_code=args.supplier)
    if args.status:
        rows = [r for r in rows if r.status == args.status]
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.reference,
                r.supplier_code,
                human(r.type),
                human(r.status),
                r.planned_start.isoformat(),
                r.lead_auditor,
                "" if r.score is None else f"{r.score:.1f}",
                r.grade or "",
                str(r.findings),
            ]
            for r in rows
        ],
        [
            translate("cli", "REFERENCE"),
            translate("cli", "SUPPLIER"),
            translate("cli", "TYPE"),
            translate("cli", "STATUS"),
            translate("cli", "START"),
            translate("cli", "LEAD"),
            translate("cli", "SCORE"),
            translate("cli", "GRADE"),
            translate("cli", "FIND."),
        ],
    )
    print(
        plural(
            len(rows),
            translate("cli", "{n} audit in {store}"),
            translate("cli", "{n} audits in {store}"),
        ).format(n=len(rows), store=store.describe())
    )
    return 0


def _as_json(record: AuditRecord) -> dict[str, Any]:
    """What `audit show --json` prints; scripts read it, so its keys and their order stay."""
    shown = as_json(record.detail)
    del shown["answers"]  # counts note-only rows too; "answered" counts real answers
    shown["answered"] = record.answered
    shown["answers"] = [
        {
            "qid": line.qid,
            "value": line.answer.value,
            "na": line.answer.not_applicable,
            "justification": line.answer.na_justification,
            "note": line.answer.note,
            "answered_by": line.answer.answered_by,
            "answered_at_utc": line.answer.answered_at.isoformat() + "Z",
        }
        for line in record.answers
    ]
    shown["findings"] = [
        {
            "reference": f.reference,
            "class": f.finding_class,
            "statement": f.statement,
            "requirement": f.requirement,
            "objective_evidence": f.objective_evidence,
            "status": f.status,
            "question": f.qid or None,
            "photos": f.photos,
            "capas": [
                {"reference": c.reference, "state": c.state, "is_scar": c.is_scar} for c in f.capas
            ],
            "no_capa_reason": f.no_capa_reason or None,
            "needs_capa_decision": f.needs_capa_decision,
        }
        for f in record.findings
    ]
    shown["score"], shown["grade"] = record.score, record.grade
    shown["follow_up_of"] = record.follow_up_of
    meeting = record.closing_meeting
    shown["closing_meeting"] = {
        "conclusions": meeting.conclusions,
        "participants": meeting.participants,
        "diverging_opinions": meeting.diverging_opinions,
        "incomplete_reason": meeting.incomplete_reason,
    }
    shown["signatures"] = [
        {
            "printed_name": c.printed_name,
            "meaning": c.meaning,
            "signed_at_utc": c.signed_at.isoformat() + "Z",
            "utc_offset_minutes": c.utc_offset_minutes,
            "valid": c.valid,
            "problem": c.problem,
        }
        for c in record.signatures
    ]
    return shown


def show(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.audit_record import audit_record

    store = open_from_args(args)
    with store.session() as session:
        record = _as_json(audit_record(session, audit_id_by_reference(session, args.reference)))
    if args.json:
        print_json(record)
        return 0
    a = record["audit"]
    print(f"{a['reference']}  {a['supplier_code']} {a['supplier_name']}")
    print(
        translate("cli", "{type} audit, {status}; checklist {template}").format(
            type=human(a["type"]), status=human(a["status"]), template=a["template"]
        )
    )
    print(
        translate("cli", "planned {start} to {end}; lead auditor {lead}").format(
            start=a["planned_start"], end=record["planned_end"], lead=a["lead_auditor"]
        )
    )
    if record["follow_up_of"]:
        print(translate("cli", "follow-up of {reference}").format(reference=record["follow_up_of"]))
    if record["site"]:
        print(translate("cli", "site: {site}").format(site=record["site"]))
    print(
        translate("cli", "answers: {answered} of {questions}").format(
            answered=record["answered"], questions=record["questions"]
        )
    )
    if record["score"] is not None:
        print(
            translate("cli", "score: {score} %, grade {grade}").format(
                score=f"{record['score']:.2f}", grade=record["grade"]
            )
        )
    meeting = record["closing_meeting"]
    for label, key in (
        (translate("cli", "conclusions"), "conclusions"),
        (translate("cli", "present at the closing meeting"), "participants"),
        (translate("cli", "diverging opinions"), "diverging_opinions"),
        (translate("cli", "completed with questions unanswered"), "incomplete_reason"),
    ):
        if meeting[key]:
            print(f"{label}: {meeting[key]}")
    for f in record["findings"]:
        on = (
            translate("cli", " (question {qid})").format(qid=f["question"]) if f["question"] else ""
        )
        print(
            translate("cli", "finding {reference} [{kind}]{on} {statement}").format(
                reference=f["reference"], kind=human(f["class"]), on=on, statement=f["statement"]
            )
        )
        for capa in f["capas"]:
            kind = "SCAR" if capa["is_scar"] else "CAPA"
            print(f"  {kind} {capa['reference']} ({human(capa['state'])})")
        if f["no_capa_reason"]:
            print(translate("cli", "  no CAPA: {reason}").format(reason=f["no_capa_reason"]))
        elif f["needs_capa_decision"]:
            print(
                translate(
                    "cli",
                    "  needs a CAPA or a reason why none is needed before the audit is signed",
                )
            )
    for s in record["signatures"]:
        state = (
            translate("cli", "valid")
            if s["valid"]
            else translate("cli", "NOT VALID: {problem}").format(problem=s["problem"])
        )
        print(
            translate("cli", "signed by {name} ({meaning}, {at}): {state}").format(
                name=s["printed_name"], meaning=s["meaning"], at=s["signed_at_utc"], state=state
            )
        )
    return 0
