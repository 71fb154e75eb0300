"""`sqms audit …`: plan, answer, raise findings, complete, list and show audits, headless.

Commands that write sign in as `--user` (before or after the command) with the password on
standard input, and go through the same services as the GUI, so the same rules hold: only the
audit's lead auditor, its team or an administrator answers and raises findings. `audit new`
leaves the audit planned; the first `audit answer` or `audit finding add` starts it (actual
start: today), as opening the checklist does in the GUI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table, signed_in
from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.queries.audits import (
    audit_detail,
    audit_id_by_reference,
    last_audit_of,
    list_audits,
)
from sqms_desktop.queries.checklists import checklist_of_audit, question_id_by_qid
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.findings import findings_of_audit
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.queries.templates import list_templates, template_id
from sqms_desktop.services import audit_plan, audits, fieldwork
from sqms_desktop.services.identity import user_by_name
from sqms_desktop.store.models import Audit, Site
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditType, FindingClass, TemplateStatus

Command = Callable[..., argparse.ArgumentParser]


def register(areas: Any, command: Command, listing: argparse.ArgumentParser) -> Any:
    """Add `sqms audit …`; returns the group, so `audit sign` can join it (cli_people.py)."""
    acting = argparse.ArgumentParser(add_help=False)
    acting.add_argument(
        "--user", default=argparse.SUPPRESS, help="who acts (the same as the global --user)"
    )
    audit = areas.add_parser("audit", help="audits").add_subparsers(metavar="ACTION")
    listed = command(audit, "list", _list, "list the audits", listing)
    listed.add_argument("--supplier", metavar="CODE", help="only this supplier's audits")
    listed.add_argument("--status", help="only audits in this status")
    show = command(audit, "show", _show, "one audit in detail", listing)
    show.add_argument("reference", help="audit reference, e.g. AUD-2026-0042")

    new = command(audit, "new", _new, "plan an audit; prints its reference", acting)
    new.add_argument("--supplier", required=True, metavar="CODE")
    new.add_argument(
        "--template",
        metavar="KEY[@VERSION]",
        help="newest released version unless @VERSION; a follow-up: as before",
    )
    new.add_argument("--lead", required=True, metavar="USER", help="the lead auditor")
    new.add_argument("--type", default="system", help=", ".join(AuditType.values()))
    new.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="planned start (today)")
    new.add_argument("--end", type=_date, metavar="YYYY-MM-DD", help="planned end (the start)")
    new.add_argument("--site", metavar="NAME", help="one of the supplier's sites")
    new.add_argument("--team", action="append", default=[], metavar="USER", help="repeatable")
    new.add_argument(
        "--follow-up-of",
        metavar="REF",
        help="plan a follow-up of REF (--type follow-up: of the last audit)",
    )
    for name in ("objectives", "scope", "criteria"):
        new.add_argument(f"--{name}", default=None, metavar="TEXT")
    new.add_argument("--participants", metavar="TEXT", help="auditee participants")

    answer = command(
        audit,
        "answer",
        _answer,
        "answer a question or write its note (starts a planned audit)",
        acting,
    )
    answer.add_argument("reference")
    answer.add_argument("qid", metavar="QUESTION_ID", help="as the checklist names it")
    answer.add_argument("value", nargs="?", help="score, yes/no, choice, number or text")
    answer.add_argument("--na", metavar="REASON", help="not applicable, with the reason")
    answer.add_argument("--note", metavar="TEXT")

    finding = audit.add_parser("finding", help="findings of an audit").add_subparsers(
        metavar="ACTION"
    )
    add = command(
        finding,
        "add",
        _finding_add,
        "raise a finding; prints its reference (starts a planned audit)",
        acting,
    )
    add.add_argument("reference")
    add.add_argument("--class", dest="finding_class", required=True, choices=FindingClass.values())
    add.add_argument("--statement", required=True)
    add.add_argument("--question", metavar="QID", help="the question it was raised on")
    add.add_argument("--requirement", default="", help="default: the question's clause")
    add.add_argument("--evidence", default="", metavar="TEXT", help="objective evidence")
    add.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE")

    done = command(
        audit,
        "complete",
        _complete,
        "record the closing meeting and complete the audit (scored)",
        acting,
    )
    done.add_argument("reference")
    done.add_argument("--conclusions", metavar="TEXT", help="default: as recorded before")
    done.add_argument("--participants", metavar="TEXT", help="auditee present at the meeting")
    done.add_argument("--diverging", metavar="TEXT", help="diverging opinions left open")
    done.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="actual end (today)")

    reopen = command(
        audit,
        "reopen",
        _reopen,
        "reopen a completed or signed audit to change it (its signatures become invalid)",
        acting,
    )
    reopen.add_argument("reference")
    reopen.add_argument("--reason", required=True, help="why it is reopened (trailed)")
    return audit


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


# -- writing ---------------------------------------------------------------------------------


def _template_id(uow: UnitOfWork, spec: str) -> str:
    """KEY@VERSION, or KEY for its newest released version."""
    key, _, version = spec.partition("@")
    if version:
        if not version.isdigit():
            raise ValidationError(f"template version must be a whole number; got {version!r}")
        return template_id(uow.session, key, int(version))
    rows = list_templates(uow.session, key=key)
    released = [r for r in rows if r.status == TemplateStatus.RELEASED]
    if not released:
        if not rows:
            raise NotFoundError(f"no checklist template {key!r}")
        raise StateError(f"template {key} has no released version; release one first")
    return released[-1].id


def _site_id(uow: UnitOfWork, supplier_id: str, name: str) -> str:
    sites = uow.session.scalars(select(Site).where(Site.supplier_id == supplier_id)).all()
    for site in sites:
        if name.casefold() in (site.name.casefold(), site.city.casefold()):
            return site.id
    known = ", ".join(s.name for s in sites) or "none"
    raise NotFoundError(f"the supplier has no site {name!r} (its sites: {known})")


def _new(args: argparse.Namespace) -> int:
    kind = args.type.replace("-", "_")
    with signed_in(args) as uow:
        supplier_id = supplier_id_by_code(uow.session, args.supplier)
        lead = user_by_name(uow, args.lead).id
        team = [user_by_name(uow, name).id for name in args.team]
        start = args.date or uow.now.date()
        template = _template_id(uow, args.template) if args.template else None
        site = _site_id(uow, supplier_id, args.site) if args.site else None
        if kind == AuditType.FOLLOW_UP or args.follow_up_of:
            if args.follow_up_of:
                previous = audit_id_by_reference(uow.session, args.follow_up_of)
            else:
                found = last_audit_of(uow.session, supplier_id)
                if found is None:
                    raise NotFoundError(f"{args.supplier} has no completed audit to follow up")
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
                raise ValidationError("name the checklist with --template KEY[@VERSION]")
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


def _answer(args: argparse.Namespace) -> int:
    if args.value is not None and args.na is not None:
        raise ValidationError("give either a VALUE or --na REASON, not both")
    if args.value is None and args.na is None and args.note is None:
        raise ValidationError("give a VALUE, --na REASON or --note TEXT")
    proposal = None
    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        question_id = question_id_by_qid(uow.session, audit_id, args.qid)
        if args.value is None and args.na is None:
            fieldwork.write_note(uow, audit_id, question_id, args.note)
            shown = f"note {args.note!r}"
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
            shown = "n/a" if answered.answer.not_applicable else str(answered.answer.value)
            proposal = answered.proposal
        uow.commit()
    print(f"{args.reference} {args.qid}: {shown}")
    if proposal is not None:
        print(
            f"sqms: proposed finding ({human(proposal.finding_class)}): {proposal.reason}; "
            f"raise it with: sqms audit finding add {args.reference} --question {args.qid} "
            f"--class {proposal.finding_class} --statement TEXT",
            file=sys.stderr,
        )
    return 0


def _finding_add(args: argparse.Namespace) -> int:
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
            f"sqms: proposed escalation to a major NC: {raised.escalation.reason}", file=sys.stderr
        )
    return 0


def _complete(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        audit = uow.session.get_one(Audit, audit_id_by_reference(uow.session, args.reference))
        given = (args.conclusions, args.participants, args.diverging)
        if any(value is not None for value in given):
            audits.record_closing_meeting(
                uow,
                audit.id,
                conclusions=audit.conclusions if args.conclusions is None else args.conclusions,
                closing_participants=audit.closing_participants or ""
                if args.participants is None
                else args.participants,
                diverging_opinions=audit.diverging_opinions or ""
                if args.diverging is None
                else args.diverging,
            )
        audits.complete_audit(uow, audit.id, args.date or uow.now.date())
        uow.commit()
    score = "not rated" if audit.score is None else f"{audit.score:.2f} %"
    print(f"{audit.reference} completed: {score}, grade {audit.grade}")
    return 0


def _reopen(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        audit = audits.reopen_audit(uow, audit_id, reason=args.reason)
        uow.commit()
    print(f"{audit.reference} reopened; its signatures are no longer valid")
    return 0


# -- reading ---------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
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
        ["REFERENCE", "SUPPLIER", "TYPE", "STATUS", "START", "LEAD", "SCORE", "GRADE", "FIND."],
    )
    print(f"{len(rows)} audit(s) in {store.describe()}")
    return 0


def audit_record(session: Session, audit_id: str) -> dict[str, Any]:
    """Everything `audit show --json` prints: the detail, answers, findings, signatures."""
    from sqms_desktop.queries.signatures import verify_signatures

    detail = audit_detail(session, audit_id)
    audit = session.get_one(Audit, audit_id)
    earlier = session.get(Audit, audit.follow_up_of) if audit.follow_up_of else None
    record = as_json(detail)
    items = checklist_of_audit(session, audit_id).items()
    del record["answers"]  # counts note-only rows too; "answered" counts real answers
    record["answered"] = sum(1 for item in items if item.answer and item.answer.answered)
    record["answers"] = [
        {
            "qid": item.qid,
            "value": item.answer.value,
            "na": item.answer.not_applicable,
            "justification": item.answer.na_justification,
            "note": item.answer.note,
            "answered_by": item.answer.answered_by,
            "answered_at_utc": item.answer.answered_at.isoformat() + "Z",
        }
        for item in items
        if item.answer is not None
    ]
    record["findings"] = [
        {
            "reference": f.reference,
            "class": f.finding_class,
            "statement": f.statement,
            "requirement": f.requirement,
            "objective_evidence": f.objective_evidence,
            "status": f.status,
            "question": f.qid or None,
            "photos": f.photos,
        }
        for f in findings_of_audit(session, audit_id)
    ]
    record["score"], record["grade"] = audit.score, audit.grade
    record["follow_up_of"] = earlier.reference if earlier else None
    record["closing_meeting"] = {
        "conclusions": audit.conclusions,
        "participants": audit.closing_participants or "",
        "diverging_opinions": audit.diverging_opinions or "",
    }
    record["signatures"] = [
        {
            "printed_name": c.printed_name,
            "meaning": c.meaning,
            "signed_at_utc": c.signed_at.isoformat() + "Z",
            "utc_offset_minutes": c.utc_offset_minutes,
            "valid": c.valid,
            "problem": c.problem,
        }
        for c in verify_signatures(session, "audit", audit_id)
    ]
    return record


def _show(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        record = audit_record(session, audit_id_by_reference(session, args.reference))
    if args.json:
        print_json(record)
        return 0
    a = record["audit"]
    print(f"{a['reference']}  {a['supplier_code']} {a['supplier_name']}")
    print(f"{human(a['type'])} audit, {human(a['status'])}; checklist {a['template']}")
    print(
        f"planned {a['planned_start']} to {record['planned_end']}; lead auditor {a['lead_auditor']}"
    )
    if record["follow_up_of"]:
        print(f"follow-up of {record['follow_up_of']}")
    if record["site"]:
        print(f"site: {record['site']}")
    print(f"answers: {record['answered']} of {record['questions']}")
    if record["score"] is not None:
        print(f"score: {record['score']:.2f} %, grade {record['grade']}")
    meeting = record["closing_meeting"]
    for label, key in (
        ("conclusions", "conclusions"),
        ("present at the closing meeting", "participants"),
        ("diverging opinions", "diverging_opinions"),
    ):
        if meeting[key]:
            print(f"{label}: {meeting[key]}")
    for f in record["findings"]:
        on = f" (question {f['question']})" if f["question"] else ""
        print(f"finding {f['reference']} [{human(f['class'])}]{on} {f['statement']}")
    for s in record["signatures"]:
        state = "valid" if s["valid"] else f"NOT VALID: {s['problem']}"
        print(f"signed by {s['printed_name']} ({s['meaning']}, {s['signed_at_utc']}): {state}")
    return 0
