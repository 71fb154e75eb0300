"""The SCAR response workbook: what the supplier gets, laid out once for writing and reading.

The sheet `SCAR` shows the issued part (the CAPA's facts, findings, D0–D2) locked, and the
response cells (D3–D7) unlocked and yellow; the sheet is protected so the supplier fills only
those. A very hidden sheet `_sqms` carries the CAPA's id, where every issued and response cell
is, and a keyed check value over the issued part and that map: an import recomputes it and
refuses a form whose issued part or map was edited. Action rows carry the action's id in hidden
column H. The pieces every protected form shares are in xlsx_form.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.capa.content import SIX_M, STEP_FIELDS, STEP_TITLES, WHYS
from sqms_desktop.capa.stages import human
from sqms_desktop.capa.views import ActionLine, CapaDetail
from sqms_desktop.safe_xlsx import cell_text
from sqms_desktop.xlsx_form import HEAD_FILL, check_value, hidden_sheet, protect, put_text, unlock

SHEET = "SCAR"
HIDDEN = "_sqms"
FORM_VERSION = "sqms-scar-2"  # 2: the check value is keyed (issue 16)
ID_COLUMN = 8  # H, hidden: the action's id
BLANK_ACTION_ROWS = 5
# Action table columns per step: (field, heading, column).
ACTION_COLUMNS = {
    "D3": (
        ("description", "Containment action", 2),
        ("owner", "Owner", 3),
        ("due", "Due (YYYY-MM-DD)", 4),
        ("done_on", "Done (YYYY-MM-DD)", 5),
        ("quantity", "Quantity contained", 6),
        ("evidence", "Evidence / result", 7),
    ),
    "D5": (
        ("description", "Permanent corrective action", 2),
        ("owner", "Owner", 3),
        ("due", "Due (YYYY-MM-DD)", 4),
        ("done_on", "Done (YYYY-MM-DD)", 5),
        ("validation", "Validation result", 6),
        ("evidence", "Evidence", 7),
    ),
}


@dataclass
class Layout:
    """Where things are: issued cells with their text, response fields by key."""

    issued: list[tuple[str, str]] = field(default_factory=list)  # (cell, text)
    response: list[tuple[str, str]] = field(default_factory=list)  # (key, cell)
    action_rows: list[tuple[str, int, str]] = field(default_factory=list)  # (step, row, id)
    head: int = 0  # issued cells before the response part: the CAPA's own facts

    def fingerprint(self, key: bytes, capa_id: str, reference: str) -> str:
        return checksum(key, capa_id, reference, self.issued, self.response, self.action_rows)


def checksum(
    key: bytes,
    capa_id: str,
    reference: str,
    issued: list[tuple[str, str]],
    response: list[tuple[str, str]],
    action_rows: list[tuple[str, int, str]],
) -> str:
    return check_value(
        key,
        {
            "form": FORM_VERSION,
            "capa_id": capa_id,
            "reference": reference,
            "issued": [list(pair) for pair in issued],
            "response": [list(pair) for pair in response],
            "actions": [list(row) for row in action_rows],
        },
    )


def issued_facts(detail: CapaDetail) -> list[tuple[str, str]]:
    r = detail.row
    due = {line.stage: line.due for line in detail.timeline}
    facts = [
        ("CAPA reference", r.reference),
        ("Supplier", f"{r.supplier_code} {r.supplier_name}"),
        ("Title", r.title),
        ("Type", f"{'SCAR, ' if r.is_scar else ''}{r.type}"),
        (
            "Source",
            human(r.source) + (f" {detail.source_reference}" if detail.source_reference else ""),
        ),
        ("Safety critical / stop-ship", "yes" if detail.safety_critical else "no"),
        ("Customer owner", r.owner),
        ("Issued on", r.issued_on.isoformat() if r.issued_on else ""),
    ]
    for stage, name in (
        ("containment", "Containment"),
        ("root_cause", "Root cause"),
        ("corrective_action", "Corrective action"),
        ("verification", "Verification"),
        ("closed", "Closure"),
    ):
        day = due.get(stage)
        facts.append((f"{name} due", day.isoformat() if day else ""))
    facts.append(("Problem description", detail.problem_description))
    return facts


class _Writer:
    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.row = 1
        self.layout = Layout()

    def put(self, row: int, column: int, value: str, *, bold: bool = False) -> str:
        return put_text(self.sheet, row, column, value, bold=bold)

    def issued(self, row: int, column: int, value: str, *, bold: bool = False) -> None:
        coordinate = self.put(row, column, value, bold=bold)
        self.layout.issued.append((coordinate, cell_text(value)))

    def heading(self, text: str) -> None:
        self.row += 1
        self.issued(self.row, 1, text, bold=True)
        for column in range(1, 8):
            self.sheet.cell(row=self.row, column=column).fill = HEAD_FILL
        self.row += 1

    def fact(self, label: str, value: str) -> None:
        self.issued(self.row, 1, label, bold=True)
        self.issued(self.row, 2, value)
        self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
        self.row += 1

    def answer(self, key: str, label: str, value: str, *, lines: int = 2) -> None:
        self.issued(self.row, 1, label, bold=True)
        coordinate = self.put(self.row, 2, value)
        self._unlock(self.row, 2)
        self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
        self.sheet.row_dimensions[self.row].height = 15 * lines
        self.layout.response.append((key, coordinate))
        self.row += 1

    def actions(self, step: str, actions: list[ActionLine]) -> None:
        columns = ACTION_COLUMNS[step]
        self.issued(self.row, 1, "#", bold=True)
        for _, heading, column in columns:
            self.issued(self.row, column, heading, bold=True)
        self.row += 1
        for number, action in enumerate([*actions, *[None] * BLANK_ACTION_ROWS], start=1):
            self.issued(self.row, 1, str(number))
            for name, _, column in columns:
                value = "" if action is None else _action_text(action, name)
                self.put(self.row, column, value)
                self._unlock(self.row, column)
            action_id = "" if action is None else action.id
            self.put(self.row, ID_COLUMN, action_id)
            self.layout.action_rows.append((step, self.row, action_id))
            self.sheet.row_dimensions[self.row].height = 30
            self.row += 1

    def _unlock(self, row: int, column: int) -> None:
        unlock(self.sheet, row, column)


def _action_text(action: ActionLine, name: str) -> str:
    value: Any = getattr(action, name)
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def response_fields(step: str) -> Iterator[tuple[str, str, str]]:
    """(key, label, kind) of every response cell of a step, in sheet order."""
    for spec in STEP_FIELDS[step]:
        if spec.kind == "whys":
            for n in range(1, WHYS + 1):
                yield f"{step}.{spec.key}.{n}", f"{spec.label}: why {n}", "why"
        elif spec.kind == "ishikawa":
            for m in SIX_M:
                yield f"{step}.ishikawa.{m}", f"Ishikawa: {m} (one cause per line)", "causes"
        else:
            yield f"{step}.{spec.key}", spec.label, "text"


def stored_text(detail: CapaDetail, key: str) -> str:
    """The stored value of a response key, as the form shows it."""
    step, name, *rest = key.split(".")
    value = detail.steps[step].get(name)
    if name == "ishikawa":
        return "\n".join(value.get(rest[0], []) if value else [])
    if rest:  # a why
        whys = value or []
        index = int(rest[0]) - 1
        return whys[index] if index < len(whys) else ""
    return str(value or "")


def build_workbook(detail: CapaDetail, issuer: str, secret: bytes) -> tuple[Workbook, Layout]:
    """The form and where things are in it; `secret` makes its check value (the issuing
    store's form secret, services/scar_form.py)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    for column, width in zip("ABCDEFG", (30, 34, 18, 14, 14, 18, 26), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.column_dimensions[get_column_letter(ID_COLUMN)].hidden = True
    w = _Writer(sheet)
    w.issued(1, 1, f"Supplier Corrective Action Request {detail.row.reference}", bold=True)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    w.issued(
        2,
        1,
        f"Issued by {issuer}. Fill in the yellow cells only (D3–D7) and return "
        "this file; other cells are protected and checked on import.",
    )
    sheet.merge_cells("A2:G2")
    w.row = 3
    w.heading("Issued CAPA")
    for label, value in issued_facts(detail):
        w.fact(label, value)
    w.heading("Findings")
    for f in detail.findings:
        w.fact(
            f.reference,
            f"{human(f.finding_class)}: {f.statement}"
            + (f" (requirement: {f.requirement})" if f.requirement else ""),
        )
    if not detail.findings:
        w.fact("—", "no audit finding (free-standing CAPA)")
    for step in ("d0", "d2"):
        w.heading(STEP_TITLES[step])
        for key, label, _ in response_fields(step):
            w.fact(label, stored_text(detail, key))
    w.heading(STEP_TITLES["d1"])
    for member in detail.steps["d1"]["team"]:
        w.fact(member["name"], member["role"])
    w.layout.head = len(w.layout.issued)
    for step in ("d3", "d4", "d5", "d6", "d7"):
        w.heading(STEP_TITLES[step] + " — your answer")
        for key, label, kind in response_fields(step):
            w.answer(key, label, stored_text(detail, key), lines=4 if kind != "why" else 2)
        if step.upper() in ACTION_COLUMNS:
            w.actions(step.upper(), detail.actions_of(step.upper()))
    protect(sheet)
    sheet.freeze_panes = "A3"
    _hidden_sheet(workbook, detail, w.layout, secret)
    return workbook, w.layout


def _hidden_sheet(workbook: Workbook, detail: CapaDetail, layout: Layout, key: bytes) -> None:
    rows: list[list[Any]] = [
        ["form", FORM_VERSION],
        ["capa_id", detail.row.id],
        ["reference", detail.row.reference],
        ["checksum", layout.fingerprint(key, detail.row.id, detail.row.reference)],
    ]
    rows += [["issued", cell] for cell, _ in layout.issued]
    rows += [["response", key, cell] for key, cell in layout.response]
    rows += [["action", step, row, action_id] for step, row, action_id in layout.action_rows]
    hidden_sheet(workbook, HIDDEN, rows)
