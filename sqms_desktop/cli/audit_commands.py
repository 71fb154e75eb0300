"""The `sqms audit …` commands: plan, answer, findings, evidence, complete, reopen, sign. Each
names its handler as "module:function"; nothing here imports a handler's module."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqms_desktop.cli.commands import (
    AUDIT_REFERENCE,
    FINDING_REFERENCE,
    Commands,
    command_group,
    date_arg,
)
from sqms_desktop.vocab import AuditType, FindingClass, FindingStatus, SignatureMeaning


def audits(areas: Any, c: Commands) -> None:
    audit = command_group(areas, "audit", "audits")
    listed = c.add(audit, "list", "audits:list_", "list the audits", c.listing)
    listed.add_argument("--supplier", metavar="CODE", help="only this supplier's audits")
    listed.add_argument("--status", help="only audits in this status")
    show = c.add(audit, "show", "audits:show", "one audit in detail", c.listing)
    show.add_argument("reference", help=AUDIT_REFERENCE)

    new = c.add(audit, "new", "audits:new", "plan an audit; prints its reference", c.acting)
    new.add_argument("--supplier", required=True, metavar="CODE")
    new.add_argument(
        "--template",
        metavar="KEY[@VERSION]",
        help="newest released version unless @VERSION; a follow-up: as before",
    )
    new.add_argument("--lead", required=True, metavar="USER", help="the lead auditor")
    new.add_argument("--type", default=AuditType.SYSTEM, help=", ".join(AuditType.values()))
    new.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="planned start (today)")
    new.add_argument("--end", type=date_arg, metavar="YYYY-MM-DD", help="planned end (the start)")
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

    answer = c.add(
        audit,
        "answer",
        "audits:answer",
        "answer a question or write its note (starts a planned audit)",
        c.acting,
    )
    answer.add_argument("reference")
    answer.add_argument("qid", metavar="QUESTION_ID", help="as the checklist names it")
    answer.add_argument("value", nargs="?", help="score, yes/no, choice, number or text")
    answer.add_argument("--na", metavar="REASON", help="not applicable, with the reason")
    answer.add_argument("--note", metavar="TEXT")

    finding = audit.add_parser("finding", help="findings of an audit").add_subparsers(
        metavar="ACTION"
    )
    add = c.add(
        finding,
        "add",
        "audits:finding_add",
        "raise a finding; prints its reference (starts a planned audit)",
        c.acting,
    )
    add.add_argument("reference")
    add.add_argument("--class", dest="finding_class", required=True, choices=FindingClass.values())
    add.add_argument("--statement", required=True)
    add.add_argument("--question", metavar="QID", help="the question it was raised on")
    add.add_argument("--requirement", default="", help="default: the question's clause")
    add.add_argument("--evidence", default="", metavar="TEXT", help="objective evidence")
    add.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE")

    no_capa = c.add(
        finding,
        "no-capa",
        "audits:finding_no_capa",
        "record why a major finding needs no CAPA (before the audit is signed)",
        c.acting,
        c.listing,
    )
    no_capa.add_argument("finding", metavar="FINDING_REF", help=FINDING_REFERENCE)
    no_capa.add_argument("--reason", required=True, help="why no CAPA is needed (trailed)")

    shown = c.add(
        finding,
        "show",
        "evidence:finding_show",
        "one finding: statement, class, requirement, evidence, photos, CAPAs and status",
        c.listing,
    )
    shown.add_argument("finding", metavar="FINDING_REF", help=FINDING_REFERENCE)

    register = c.add(
        finding,
        "list",
        "finding_register:list_",
        "the findings of every audit, newest first (the findings register)",
        c.listing,
    )
    register.add_argument("--supplier", metavar="CODE", help="only this supplier's findings")
    register.add_argument(
        "--class",
        dest="finding_class",
        action="append",
        choices=FindingClass.values(),
        help="only findings of this class (repeatable)",
    )
    register.add_argument(
        "--status",
        action="append",
        choices=FindingStatus.values(),
        help="only findings in this status (repeatable)",
    )
    register.add_argument("--open", action="store_true", help="only findings not closed")
    register.add_argument("--audit", metavar="REF", help="only this audit's findings")
    capa = register.add_mutually_exclusive_group()
    capa.add_argument(
        "--has-capa", dest="has_capa", action="store_const", const=True, help="only with a CAPA"
    )
    capa.add_argument(
        "--no-capa", dest="has_capa", action="store_const", const=False, help="only without one"
    )
    register.add_argument(
        "--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD", help="audits from this day"
    )
    register.add_argument(
        "--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD", help="audits to this day"
    )
    register.add_argument(
        "--search", metavar="TEXT", help="part of a reference, statement, supplier, question…"
    )

    _evidence(audit, c)

    done = c.add(
        audit,
        "complete",
        "audits:complete",
        "record the closing meeting and complete the audit (scored)",
        c.listing,
        c.acting,
    )
    done.add_argument("reference")
    done.add_argument("--conclusions", metavar="TEXT", help="default: as recorded before")
    done.add_argument("--participants", metavar="TEXT", help="auditee present at the meeting")
    done.add_argument("--diverging", metavar="TEXT", help="diverging opinions left open")
    done.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="actual end (today)")
    done.add_argument(
        "--incomplete-reason",
        metavar="TEXT",
        help="why shown questions stay unanswered (needed when any are; the report prints it)",
    )

    reopen = c.add(
        audit,
        "reopen",
        "audits:reopen",
        "reopen a completed or signed audit to change it (its signatures become invalid)",
        c.acting,
    )
    reopen.add_argument("reference")
    reopen.add_argument("--reason", required=True, help="why it is reopened (trailed)")

    sign = c.add(
        audit, "sign", "people:audit_sign", "sign a completed audit (password on standard input)"
    )
    sign.add_argument("reference")
    # No default: a signature's meaning is a statement of the signer, never assumed.
    sign.add_argument(
        "--meaning",
        required=True,
        choices=SignatureMeaning.values(),
        help="what the signature means: " + ", ".join(SignatureMeaning.values()),
    )
    sign.add_argument(
        "--user", default=argparse.SUPPRESS, help="who signs (the same as the global --user)"
    )


def _evidence(audit: Any, c: Commands) -> None:
    """`audit evidence add|list`: photos and documents of an audit, as the evidence strip."""
    evidence = audit.add_parser("evidence", help="photos and documents of an audit").add_subparsers(
        metavar="ACTION"
    )
    add = c.add(
        evidence,
        "add",
        "evidence:evidence_add",
        "attach photos or documents to an audit or one of its findings (images are verified; "
        "all files or none; password on standard input)",
        c.acting,
        c.listing,
    )
    add.add_argument("reference", metavar="AUDIT_REF", help=AUDIT_REFERENCE)
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--finding", metavar="ID", help=f"{FINDING_REFERENCE}, or its id")
    add.add_argument("--question", metavar="QID", help="the checklist question it belongs to")
    add.add_argument("--caption", metavar="TEXT", help="what it shows (every file)")
    add.add_argument(
        "--unverified",
        action="store_true",
        help="keep a file that fails its check (a damaged PDF) as an unverified binary",
    )
    listed = c.add(
        evidence,
        "list",
        "evidence:evidence_list",
        "an audit's evidence with its SHA-256 prefix, finding and question",
        c.listing,
    )
    listed.add_argument("reference", metavar="AUDIT_REF", help=AUDIT_REFERENCE)
