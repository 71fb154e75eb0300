"""`sqms kpi import FILE`: deliveries exported from the ERP, all rows or none
(services/kpi_import.py).

Without a mapping the file's headers name our fields (supplier, delivery, due_date,
received_date, received_qty, rejected_qty; complaint and premium_freight if the file has them).
`--map FIELD=HEADER` reads a field from a column of another name; with `--mapping NAME` those are
remembered as the source NAME's mapping, and `--mapping NAME` alone uses it. `--dry-run` shows
the preview and changes nothing. Problems are printed all at once, each with its row and
column, and nothing is imported (exit 2). A year of deliveries is thousands of rows, so the
listing names only the rows that change something; `--json` names every row.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqms_desktop.cli import EXIT_BAD_INPUT
from sqms_desktop.cli.output import (
    print_json,
    print_plan_end,
    problems_line,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.cli.supplier_import import map_options
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.services.kpi_plan import KpiImportPlan
from sqms_desktop.vocab import ImportAction

# The counts as the JSON names them.
COUNTED = {
    ImportAction.NEW: "new",
    ImportAction.UPDATE: "updated",
    ImportAction.UNCHANGED: "unchanged",
}
# ... and as people read them ("3 new, 1 updated, 0 unchanged").
SAID = {
    ImportAction.NEW: QT_TRANSLATE_NOOP("cli", "{n} new"),
    ImportAction.UPDATE: QT_TRANSLATE_NOOP("cli", "{n} updated"),
    ImportAction.UNCHANGED: QT_TRANSLATE_NOOP("cli", "{n} unchanged"),
}


def import_(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.file, writing=False)
    columns = map_options(args.map)
    with signed_in(args) as uow:
        plan = preview_kpi_import(
            uow, args.file, source=args.mapping or "", columns=columns, sheet=args.sheet
        )
        if not plan.ok:
            return _refused(args, plan)
        if args.dry_run:
            _print_plan(args, plan, applied=False)
            return 0
        result = apply_kpi_import(uow, plan, remember=bool(args.mapping and columns))
        uow.commit()
    _print_plan(args, plan, applied=True, mapping_saved=result.mapping_saved)
    return 0


def plan_json(plan: KpiImportPlan) -> dict[str, Any]:
    """The plan for scripts: counts, the errors as {row, column, message}, every row."""
    return {
        "file": plan.file,
        "sheet": plan.sheet,
        "source": plan.source,
        "columns": plan.columns,
        "ignored_columns": list(plan.ignored_columns),
        "counts": {name: plan.count(action) for action, name in COUNTED.items()},
        "errors": [{"row": p.row, "column": p.column, "message": p.reason} for p in plan.problems],
        "rows": [
            {
                "row": row.row,
                "supplier": row.supplier,
                "delivery": row.delivery,
                "action": row.action.value,
                "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in row.changes],
                "same_as": row.same_as,
            }
            for row in plan.rows
        ],
    }


def _refused(args: argparse.Namespace, plan: KpiImportPlan) -> int:
    if args.json:
        print_json({"ok": False, "applied": False, "mapping_saved": False, **plan_json(plan)})
        return EXIT_BAD_INPUT
    print(problems_line(plan.file, len(plan.problems)), file=sys.stderr)
    for problem in plan.problems:
        print(f"  {problem.describe()}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _print_plan(
    args: argparse.Namespace, plan: KpiImportPlan, *, applied: bool, mapping_saved: bool = False
) -> None:
    if args.json:
        print_json(
            {"ok": True, "applied": applied, "mapping_saved": mapping_saved, **plan_json(plan)}
        )
        return
    for row in plan.rows:
        if row.action == ImportAction.UNCHANGED:
            continue
        line = translate("cli", "row {row}  {action}  {supplier}  {delivery}").format(
            row=f"{row.row:>5}",
            action=f"{row.action.value:<6}",
            supplier=row.supplier,
            delivery=row.delivery,
        )
        changes = row.describe_changes()
        print(f"{line}  ({changes})" if changes else line)
    counts = ", ".join(translate("cli", SAID[a]).format(n=plan.count(a)) for a in COUNTED)
    print_plan_end(plan.file, plan.source, plan.ignored_columns, counts, applied, mapping_saved)
