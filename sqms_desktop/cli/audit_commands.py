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
from sqms_desktop.i18n import translate
from sqms_desktop.vocab import AuditType, FindingClass, FindingStatus, SignatureMeaning


def audits(areas: Any, c: Commands) -> None:
    audit = command_group(areas, "audit", translate("cli", "audits"))
    listed = c.add(audit, "list", "audits:list_", translate("cli", "list the audits"), c.listing)
    listed.add_argument(
        "--supplier", metavar="CODE", help=translate("cli", "only this supplier's audits")
    )
    listed.add_argument("--status", help=translate("cli", "only audits in this status"))
    show = c.add(audit, "show", "audits:show", translate("cli", "one audit in detail"), c.listing)
    show.add_argument("reference", help=translate("cli", AUDIT_REFERENCE))

    new = c.add(
        audit,
        "new",
        "audits:new",
        translate("cli", "plan an audit; prints its reference"),
        c.acting,
    )
    new.add_argument("--supplier", required=True, metavar="CODE")
    new.add_argument(
        "--template",
        metavar="KEY[@VERSION]",
        help=translate("cli", "newest released version unless @VERSION; a follow-up: as before"),
    )
    new.add_argument(
        "--lead", required=True, metavar="USER", help=translate("cli", "the lead auditor")
    )
    new.add_argument("--type", default=AuditType.SYSTEM, help=", ".join(AuditType.values()))
    new.add_argument(
        "--date",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "planned start (today)"),
    )
    new.add_argument(
        "--end",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "planned end (the start)"),
    )
    new.add_argument("--site", metavar="NAME", help=translate("cli", "one of the supplier's sites"))
    new.add_argument(
        "--team", action="append", default=[], metavar="USER", help=translate("cli", "repeatable")
    )
    new.add_argument(
        "--follow-up-of",
        metavar="REF",
        help=translate("cli", "plan a follow-up of REF (--type follow-up: of the last audit)"),
    )
    for name in ("objectives", "scope", "criteria"):
        new.add_argument(f"--{name}", default=None, metavar="TEXT")
    new.add_argument(
        "--participants", metavar="TEXT", help=translate("cli", "auditee participants")
    )

    answer = c.add(
        audit,
        "answer",
        "audits:answer",
        translate("cli", "answer a question or write its note (starts a planned audit)"),
        c.acting,
    )
    answer.add_argument("reference")
    answer.add_argument(
        "qid", metavar="QUESTION_ID", help=translate("cli", "as the checklist names it")
    )
    answer.add_argument(
        "value", nargs="?", help=translate("cli", "score, yes/no, choice, number or text")
    )
    answer.add_argument(
        "--na", metavar="REASON", help=translate("cli", "not applicable, with the reason")
    )
    answer.add_argument("--note", metavar="TEXT")

    finding = audit.add_parser(
        "finding", help=translate("cli", "findings of an audit")
    ).add_subparsers(metavar="ACTION")
    add = c.add(
        finding,
        "add",
        "audits:finding_add",
        translate("cli", "raise a finding; prints its reference (starts a planned audit)"),
        c.acting,
    )
    add.add_argument("reference")
    add.add_argument("--class", dest="finding_class", required=True, choices=FindingClass.values())
    add.add_argument("--statement", required=True)
    add.add_argument(
        "--question", metavar="QID", help=translate("cli", "the question it was raised on")
    )
    add.add_argument(
        "--requirement", default="", help=translate("cli", "default: the question's clause")
    )
    add.add_argument(
        "--evidence", default="", metavar="TEXT", help=translate("cli", "objective evidence")
    )
    add.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE")

    no_capa = c.add(
        finding,
        "no-capa",
        "audits:finding_no_capa",
        translate("cli", "record why a major finding needs no CAPA (before the audit is signed)"),
        c.acting,
        c.listing,
    )
    no_capa.add_argument("finding", metavar="FINDING_REF", help=translate("cli", FINDING_REFERENCE))
    no_capa.add_argument(
        "--reason", required=True, help=translate("cli", "why no CAPA is needed (trailed)")
    )

    shown = c.add(
        finding,
        "show",
        "evidence:finding_show",
        translate(
            "cli", "one finding: statement, class, requirement, evidence, photos, CAPAs and status"
        ),
        c.listing,
    )
    shown.add_argument("finding", metavar="FINDING_REF", help=translate("cli", FINDING_REFERENCE))

    register = c.add(
        finding,
        "list",
        "finding_register:list_",
        translate("cli", "the findings of every audit, newest first (the findings register)"),
        c.listing,
    )
    register.add_argument(
        "--supplier", metavar="CODE", help=translate("cli", "only this supplier's findings")
    )
    register.add_argument(
        "--class",
        dest="finding_class",
        action="append",
        choices=FindingClass.values(),
        help=translate("cli", "only findings of this class (repeatable)"),
    )
    register.add_argument(
        "--status",
        action="append",
        choices=FindingStatus.values(),
        help=translate("cli", "only findings in this status (repeatable)"),
    )
    register.add_argument(
        "--open", action="store_true", help=translate("cli", "only findings not closed")
    )
    register.add_argument(
        "--audit", metavar="REF", help=translate("cli", "only this audit's findings")
    )
    capa = register.add_mutually_exclusive_group()
    capa.add_argument(
        "--has-capa",
        dest="has_capa",
        action="store_const",
        const=True,
        help=translate("cli", "only with a CAPA"),
    )
    capa.add_argument(
        "--no-capa",
        dest="has_capa",
        action="store_const",
        const=False,
        help=translate("cli", "only without one"),
    )
    register.add_argument(
        "--from",
        dest="date_from",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "audits from this day"),
    )
    register.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "audits to this day"),
    )
    register.add_argument(
        "--search",
        metavar="TEXT",
        help=translate("cli", "part of a reference, statement, supplier, question…"),
    )

    _evidence(audit, c)

    done = c.add(
        audit,
        "complete",
        "audits:complete",
        translate("cli", "record the closing meeting and complete the audit (scored)"),
        c.listing,
        c.acting,
    )
    done.add_argument("reference")
    done.add_argument(
        "--conclusions", metavar="TEXT", help=translate("cli", "default: as recorded before")
    )
    done.add_argument(
        "--participants", metavar="TEXT", help=translate("cli", "auditee present at the meeting")
    )
    done.add_argument(
        "--diverging", metavar="TEXT", help=translate("cli", "diverging opinions left open")
    )
    done.add_argument(
        "--date", type=date_arg, metavar="YYYY-MM-DD", help=translate("cli", "actual end (today)")
    )
    done.add_argument(
        "--incomplete-reason",
        metavar="TEXT",
        help=translate(
            "cli", "why shown questions stay unanswered (needed when any are; the report prints it)"
        ),
    )

    reopen = c.add(
        audit,
        "reopen",
        "audits:reopen",
        translate(
            "cli", "reopen a completed or signed audit to change it (its signatures become invalid)"
        ),
        c.acting,
    )
    reopen.add_argument("reference")
    reopen.add_argument(
        "--reason", required=True, help=translate("cli", "why it is reopened (trailed)")
    )

    sign = c.add(
        audit,
        "sign",
        "people:audit_sign",
        translate("cli", "sign a completed audit (password on standard input)"),
    )
    sign.add_argument("reference")
    # No default: a signature's meaning is a statement of the signer, never assumed.
    sign.add_argument(
        "--meaning",
        required=True,
        choices=SignatureMeaning.values(),
        help=translate("cli", "what the signature means: {meanings}").format(
            meanings=", ".join(SignatureMeaning.values())
        ),
    )
    sign.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help=translate("cli", "who signs (the same as the global --user)"),
    )


def _evidence(audit: Any, c: Commands) -> None:
    """`audit evidence add|list`: photos and documents of an audit, as the evidence strip."""
    evidence = audit.add_parser(
        "evidence", help=translate("cli", "photos and documents of an audit")
    ).add_subparsers(metavar="ACTION")
    add = c.add(
        evidence,
        "add",
        "evidence:evidence_add",
        translate(
            "cli",
            "attach photos or documents to an audit or one of its findings (images are verified; "
            "all files or none; password on standard input)",
        ),
        c.acting,
        c.listing,
    )
    add.add_argument("reference", metavar="AUDIT_REF", help=translate("cli", AUDIT_REFERENCE))
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument(
        "--finding",
        metavar="ID",
        help=translate("cli", "{reference}, or its id").format(
            reference=translate("cli", FINDING_REFERENCE)
        ),
    )
    add.add_argument(
        "--question", metavar="QID", help=translate("cli", "the checklist question it belongs to")
    )
    add.add_argument(
        "--caption", metavar="TEXT", help=translate("cli", "what it shows (every file)")
    )
    add.add_argument(
        "--unverified",
        action="store_true",
        help=translate(
            "cli", "keep a file that fails its check (a damaged PDF) as an unverified binary"
        ),
    )
    listed = c.add(
        evidence,
        "list",
        "evidence:evidence_list",
        translate("cli", "an audit's evidence with its SHA-256 prefix, finding and question"),
        c.listing,
    )
    listed.add_argument("reference", metavar="AUDIT_REF", help=translate("cli", AUDIT_REFERENCE))
