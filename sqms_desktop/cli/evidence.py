"""`sqms audit finding show`, `sqms audit evidence add|list`: a finding with its evidence, and
the photos and documents of an audit, without the window.

Evidence is attached through the same service as the checklist's evidence strip
(`services/evidence.py`), so the same checks hold: only the audit's team or an administrator,
only while the audit is not locked, every image opened and verified before anything is kept.
Several files are one action: one refused file keeps none of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from sqms_desktop.cli.output import open_from_args, print_json, print_table, signed_in
from sqms_desktop.errors import NotFoundError, SqmsError
from sqms_desktop.evidence import UNVERIFIED_BINARY, pdf_pages, suffix_for
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.capa_links import finding_id_of
from sqms_desktop.queries.checklists import question_id_by_qid
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.evidence import AttachmentRow, evidence_of_audit
from sqms_desktop.queries.finding_register import FindingRow, finding_rows
from sqms_desktop.services import fieldwork
from sqms_desktop.services.evidence import attach_evidence
from sqms_desktop.store.attachments import attachment_store
from sqms_desktop.store.models import Finding, Question
from sqms_desktop.vocab import word

SHA_PREFIX = 12  # as the printed report shows a photo's hash
PDF = "application/pdf"


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence as the CLI prints it: the row and the question it belongs to."""

    row: AttachmentRow
    qid: str
    pages: int | None = None  # of a PDF, counted from the stored file

    def as_json(self) -> dict[str, Any]:
        r = self.row
        return {
            "id": r.id,
            "name": r.original_name,
            "caption": r.caption,
            "sha256": r.sha256,
            "media_type": r.media_type,
            "question": self.qid,
            "finding": r.finding_reference,
            "annotated": bool(r.annotations),
            "pages": self.pages,
            "verified": r.media_type != UNVERIFIED_BINARY,
        }


def _lines(session: Session, audit_id: str, finding_id: str | None = None) -> list[EvidenceLine]:
    rows = evidence_of_audit(session, audit_id)
    if finding_id is not None:
        rows = [r for r in rows if r.finding_id == finding_id]
    qids = {
        r.question_id: session.get_one(Question, r.question_id).qid
        for r in rows
        if r.question_id is not None
    }
    pages = _pdf_pages(session, rows)
    return [
        EvidenceLine(r, qids.get(r.question_id, "") if r.question_id else "", pages.get(r.id))
        for r in rows
    ]


def _pdf_pages(session: Session, rows: list[AttachmentRow]) -> dict[str, int | None]:
    """The page count of each PDF, from its stored bytes (None when they cannot be read)."""
    attachments = attachment_store(session)
    counts: dict[str, int | None] = {}
    for row in rows:
        if row.media_type != PDF:
            continue
        try:
            data = attachments.read(row.sha256, suffix_for(PDF))
            counts[row.id] = pdf_pages(data, row.original_name)
        except SqmsError:
            counts[row.id] = None
    return counts


def _evidence_table(lines: list[EvidenceLine]) -> None:
    print_table(
        [
            [
                line.row.sha256[:SHA_PREFIX],
                line.row.original_name,
                _kind(line),
                line.row.finding_reference,
                line.qid,
                " ".join(line.row.caption.split()),
            ]
            for line in lines
        ],
        [
            "SHA-256",
            translate("cli", "FILE"),
            translate("cli", "TYPE"),
            translate("cli", "FINDING"),
            translate("cli", "QUESTION"),
            translate("cli", "CAPTION"),
        ],
    )


def _kind(line: EvidenceLine) -> str:
    if line.row.media_type == UNVERIFIED_BINARY:
        return translate("cli", "unverified binary")
    if line.pages is not None:
        return translate("cli", "{type} ({n} p.)").format(type=line.row.media_type, n=line.pages)
    return line.row.media_type


def finding_show(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        finding_id = finding_id_of(session, args.finding)
        (row,) = finding_rows(session, [finding_id], dt.date.today())
        finding = session.get_one(Finding, finding_id)
        lines = _lines(session, row.audit_id, finding_id)
        no_capa = finding.no_capa_reason or ""
    if args.json:
        print_json(
            {
                **as_json(row),
                "no_capa_reason": no_capa,
                "evidence": [line.as_json() for line in lines],
            }
        )
        return 0
    _print_finding(row, no_capa)
    if lines:
        print()
        _evidence_table(lines)
    else:
        label, none = translate("cli", "Evidence"), translate("cli", "none attached")
        print(f"{label:<13} {none}")
    return 0


def _print_finding(row: FindingRow, no_capa: str) -> None:
    capas = ", ".join(row.capas) or (
        translate("cli", "none needed: {reason}").format(reason=no_capa)
        if no_capa
        else translate("cli", "none")
    )
    if row.capa_due is not None:
        due = (
            translate("cli", " (next due {day}, OVERDUE)")
            if row.capa_overdue
            else translate("cli", " (next due {day})")
        )
        capas += due.format(day=row.capa_due.isoformat())
    facts = [
        (translate("cli", "Finding"), row.reference),
        (translate("cli", "Class"), word(row.finding_class)),
        (translate("cli", "Status"), word(row.status)),
        (translate("cli", "Audit"), f"{row.audit_reference} ({row.audit_date.isoformat()})"),
        (translate("cli", "Supplier"), f"{row.supplier_name} ({row.supplier_code})"),
        (translate("cli", "Question"), f"{row.qid} {row.question_text}".strip() or "—"),
        (translate("cli", "Statement"), row.statement),
        (translate("cli", "Requirement"), row.requirement or "—"),
        (translate("cli", "Evidence"), row.objective_evidence or "—"),
        (translate("cli", "CAPAs"), capas),
    ]
    for label, value in facts:
        print(f"{label:<13} {value}")


def evidence_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        audit_id = audit_id_by_reference(uow.session, args.reference)
        finding_id = finding_id_of(uow.session, args.finding) if args.finding else None
        if finding_id is not None and uow.session.get_one(Finding, finding_id).audit_id != audit_id:
            raise NotFoundError(
                translate("cli", "finding {finding} is not a finding of {audit}").format(
                    finding=args.finding, audit=args.reference
                )
            )
        question_id = (
            question_id_by_qid(uow.session, audit_id, args.question) if args.question else None
        )
        fieldwork.start_if_planned(uow, audit_id)
        attached = [
            attach_evidence(
                uow,
                audit_id,
                path,
                caption=args.caption or "",
                question_id=question_id,
                finding_id=finding_id,
                unverified=args.unverified,
            )
            for path in args.files
        ]
        uow.commit()
        shown = [(a.original_name, a.sha256, a.media_type) for a in attached]
    if args.json:
        print_json([{"name": name, "sha256": sha, "media_type": kind} for name, sha, kind in shown])
        return 0
    where = (
        translate("cli", "finding {finding}").format(finding=args.finding)
        if args.finding
        else args.reference
    )
    for name, sha, _ in shown:
        print(
            translate("cli", "{file} attached to {where} (SHA-256 {sha}…)").format(
                file=name, where=where, sha=sha[:SHA_PREFIX]
            )
        )
    return 0


def evidence_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        audit_id = audit_id_by_reference(session, args.reference)
        lines = _lines(session, audit_id)
    if args.json:
        print_json([line.as_json() for line in lines])
        return 0
    _evidence_table(lines)
    print(
        plural(
            len(lines),
            translate("cli", "{n} piece of evidence in {audit}"),
            translate("cli", "{n} pieces of evidence in {audit}"),
        ).format(n=len(lines), audit=args.reference)
    )
    return 0
