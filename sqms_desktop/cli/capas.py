"""`sqms capa …`: CAPAs raised from findings, the register and one CAPA in detail, SCAR forms
out to suppliers and their answers back in."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from sqms_desktop.capa.views import CapaFilter, filter_rows
from sqms_desktop.cli import EXIT_BAD_INPUT
from sqms_desktop.cli.output import (
    human,
    open_from_args,
    print_json,
    print_table,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.capas import capa_detail, capa_id_by_reference, list_capas
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.suppliers import supplier_id_by_code

if TYPE_CHECKING:
    from sqms_desktop.services.scar_form import ScarResponse

# Each command imports the services it alone uses, in its function: `capa list` needs none of
# them, nor the SCAR workbook (openpyxl) they read and write.


def effectiveness(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.audits import audit_id_by_reference
    from sqms_desktop.services.capa_effectiveness import record_effectiveness

    with signed_in(args) as uow:
        capa_id = capa_id_by_reference(uow.session, args.reference)
        audit_id = audit_id_by_reference(uow.session, args.audit)
        capa = record_effectiveness(uow, capa_id, audit_id, args.effective, args.note)
        uow.commit()
        state = human(capa.state)
    verdict = (
        translate("cli", "{reference} effective ({state}), checked in {audit}")
        if args.effective
        else translate("cli", "{reference} not effective; reopened ({state}), checked in {audit}")
    )
    print(verdict.format(reference=args.reference, state=state, audit=args.audit))
    return 0


def new(args: argparse.Namespace) -> int:
    from sqms_desktop.capa.stages import DEFAULT_DEADLINES
    from sqms_desktop.queries.capa_links import finding_id_of
    from sqms_desktop.services.capa_raise import RaiseFromFindings, raise_from_findings

    """Raise through the same service as the GUI's Raise CAPA/SCAR dialog, then print what was
    stored (read back, so the deadlines printed are the stored ones)."""
    with signed_in(args) as uow:
        finding_ids = [finding_id_of(uow.session, name) for name in args.findings]
        capa = raise_from_findings(
            uow,
            RaiseFromFindings(
                finding_ids=finding_ids,
                is_scar=args.scar,
                owner=args.owner,
                title=args.title,
                safety_critical=args.safety_critical,
                draft=args.draft,
            ),
        )
        uow.commit()
        detail = capa_detail(uow.session, capa.id, uow.now.date())
        stored = {due: getattr(capa, due) for due in DEFAULT_DEADLINES}
    row = detail.row
    if args.json:
        print_json(
            {
                "reference": row.reference,
                "id": row.id,
                "findings": list(row.findings),
                "is_scar": row.is_scar,
                "state": row.state,
                "supplier": row.supplier_code,
                "title": row.title,
                "owner": row.owner,
                "safety_critical": detail.safety_critical,
                "issued_on": _day(row.issued_on),
                **{due: _day(day) for due, day in stored.items()},
            }
        )
        return 0
    print(row.reference)
    kind = "SCAR" if row.is_scar else "CAPA"
    if row.issued_on is None:
        when = translate("cli", "kept as a draft; issue it to start its deadlines")
    else:
        when = translate("cli", "issued {day}; {deadlines}").format(
            day=row.issued_on,
            deadlines=", ".join(f"{human(due)} {day}" for due, day in stored.items()),
        )
    print(
        translate("cli", "sqms: {kind} {reference} for {supplier} from {findings}: {when}").format(
            kind=kind,
            reference=row.reference,
            supplier=row.supplier_code,
            findings=", ".join(row.findings),
            when=when,
        ),
        file=sys.stderr,
    )
    return 0


def _findings(references: tuple[str, ...]) -> str:
    """Up to two references, then how many more (`--json` lists every one)."""
    shown = ", ".join(references[:2])
    return shown + (f" +{len(references) - 2}" if len(references) > 2 else "")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def show(args: argparse.Namespace) -> int:
    from sqms_desktop.cli.capa_text import describe

    store = open_from_args(args)
    today = dt.date.today()
    with store.session() as session:
        detail = capa_detail(session, capa_id_by_reference(session, args.reference), today)
    if args.json:
        print_json({**as_json(detail), "overdue": detail.row.overdue})
        return 0
    for line in describe(detail):
        print(line)
    return 0


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    today = dt.date.today()
    with store.session() as session:
        supplier_id = supplier_id_by_code(session, args.supplier) if args.supplier else None
        rows = list_capas(session, today, supplier_id=supplier_id)
    rows = filter_rows(rows, CapaFilter(overdue_only=args.overdue), today)
    if args.json:
        print_json([{**as_json(r), "overdue": r.overdue} for r in rows])
        return 0
    print_table(
        [
            [
                r.reference,
                r.supplier_code,
                r.title,
                human(r.state) + (translate("cli", " (rejected)") if r.rejection else ""),
                r.owner,
                r.next_due.isoformat() if r.next_due else "",
                translate("cli", "OVERDUE ({stage})").format(stage=human(r.overdue_stage))
                if r.overdue_stage
                else "",
                _findings(r.findings),
            ]
            for r in rows
        ],
        [
            translate("cli", "REFERENCE"),
            translate("cli", "SUPPLIER"),
            translate("cli", "TITLE"),
            translate("cli", "STATE"),
            translate("cli", "OWNER"),
            translate("cli", "NEXT DUE"),
            translate("cli", "LATE"),
            translate("cli", "FINDINGS"),
        ],
    )
    overdue = sum(r.overdue for r in rows)
    print(
        plural(
            len(rows),
            translate("cli", "{n} CAPA, {overdue} overdue, in {store}"),
            translate("cli", "{n} CAPAs, {overdue} overdue, in {store}"),
        ).format(n=len(rows), overdue=overdue, store=store.describe())
    )
    return 0


def export_scar(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.people import printed_name
    from sqms_desktop.services import scar_form

    """The form discloses the CAPA and its findings to someone outside, in the name of the
    issuer printed on it: the issuer signs in (password on standard input) like any writer."""
    refuse_store_file(args, args.output)
    with signed_in(args) as uow:
        session = uow.session
        capa_id = capa_id_by_reference(session, args.reference)
        issuer = printed_name(session, args.user)
        path = scar_form.export_scar(
            session, capa_id, args.output, today=dt.date.today(), issuer=issuer
        )
    print(
        translate("cli", "SCAR form of {reference} written to {path}").format(
            reference=args.reference, path=path
        )
    )
    return 0


def import_response(args: argparse.Namespace) -> int:
    from sqms_desktop.capa.scar_read import ScarFormError
    from sqms_desktop.services.scar_form import apply_response, preview_response

    refuse_store_file(args, args.file, writing=False)
    try:
        if args.dry_run:
            store = open_from_args(args)
            with store.session() as session:
                response = preview_response(session, args.file, today=dt.date.today())
        else:
            with signed_in(args) as uow:
                response = apply_response(uow, args.file)
                uow.commit()
    except ScarFormError as exc:
        if args.json:
            print_json({"ok": False, "file": str(args.file), "problems": exc.problems})
        else:
            print(
                translate("cli", "sqms: error: {file}: nothing was imported:").format(
                    file=args.file
                ),
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _report(args, response)
    return 0


def _report(args: argparse.Namespace, response: ScarResponse) -> None:
    if args.json:
        print_json(
            {
                "ok": True,
                "applied": not args.dry_run,
                "capa": response.reference,
                "changes": [
                    {"cell": c.cell, "field": c.what, "old": c.old, "new": c.new}
                    for c in response.changes
                ],
            }
        )
        return
    for change in response.changes:
        print(change.describe())
    count = len(response.changes)
    if args.dry_run:
        said = plural(
            count,
            translate("cli", "{reference}: {n} field would change ({reason})"),
            translate("cli", "{reference}: {n} fields would change ({reason})"),
        )
    else:
        said = plural(
            count,
            translate("cli", "{reference}: {n} field changed ({reason})"),
            translate("cli", "{reference}: {n} fields changed ({reason})"),
        )
    print(said.format(reference=response.reference, n=count, reason=response.reason))
