"""`sqms supplier import FILE`: a supplier list from an ERP or spreadsheet export, all rows or
none (services/supplier_import.py).

Without a mapping the file's headers name our fields (code, name, street, postal_code, city,
country, risk_class, risk_reason, status, approval_scope, commodities, duns, vat_id).
`--map FIELD=HEADER` reads a field from a column of another name; with `--mapping NAME` those
are remembered as the source NAME's mapping, and `--mapping NAME` alone uses it. `--dry-run`
prints the plan and changes nothing. Problems are printed all at once, each with its row and
column, and nothing is imported.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from sqms_desktop.cli import EXIT_BAD_INPUT
from sqms_desktop.cli.output import (
    human,
    print_json,
    print_plan_end,
    problems_line,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.services.supplier_import import (
    ImportPlan,
    apply_supplier_import,
    preview_supplier_import,
)
from sqms_desktop.vocab import ImportAction

# The counts as people read them ("2 new, 1 update, 5 unchanged").
SAID = {
    ImportAction.NEW: QT_TRANSLATE_NOOP("cli", "{n} new"),
    ImportAction.UPDATE: QT_TRANSLATE_NOOP("cli", "{n} update"),
    ImportAction.UNCHANGED: QT_TRANSLATE_NOOP("cli", "{n} unchanged"),
}


def map_options(pairs: list[str]) -> dict[str, str]:
    """The `--map FIELD=HEADER` options as our field → the file's header."""
    columns: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ValidationError(
                translate("cli", "--map {pair} must be FIELD=HEADER (e.g. code=Lieferant)").format(
                    pair=repr(pair)
                )
            )
        columns[field.strip()] = header.strip()
    return columns


def import_(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.file, writing=False)
    columns = map_options(args.map)
    with signed_in(args) as uow:
        plan = preview_supplier_import(
            uow, args.file, source=args.mapping or "", columns=columns, sheet=args.sheet
        )
        if not plan.ok:
            return _refused(args, plan)
        if args.dry_run:
            _print_plan(args, plan, applied=False)
            return 0
        result = apply_supplier_import(uow, plan, remember=bool(args.mapping and columns))
        uow.commit()
    _print_plan(args, plan, applied=True, mapping_saved=result.mapping_saved)
    return 0


def _plan_json(plan: ImportPlan) -> dict[str, Any]:
    data = asdict(plan)
    data["counts"] = {action.value: plan.count(action) for action in ImportAction}
    return data


def _refused(args: argparse.Namespace, plan: ImportPlan) -> int:
    if args.json:
        print_json({"ok": False, "applied": False, **_plan_json(plan)})
        return EXIT_BAD_INPUT
    print(problems_line(plan.file, len(plan.problems)), file=sys.stderr)
    for problem in plan.problems:
        print(f"  {problem.describe()}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _print_plan(
    args: argparse.Namespace, plan: ImportPlan, *, applied: bool, mapping_saved: bool = False
) -> None:
    if args.json:
        print_json(
            {"ok": True, "applied": applied, "mapping_saved": mapping_saved, **_plan_json(plan)}
        )
        return
    for row in plan.rows:
        changes = ""
        if row.action == ImportAction.UPDATE:
            empty = translate("cli", "(empty)")
            changes = "; ".join(
                f"{human(c.field)}: {c.old or empty} → {c.new or empty}" for c in row.changes
            )
        line = translate("cli", "row {row}  {action}  {code}  {name}").format(
            row=f"{row.row:>4}", action=f"{row.action.value:<9}", code=row.code, name=row.name
        )
        print(f"{line}  ({changes})" if changes else line)
    counts = ", ".join(translate("cli", SAID[a]).format(n=plan.count(a)) for a in ImportAction)
    print_plan_end(plan.file, plan.source, plan.ignored_columns, counts, applied, mapping_saved)
