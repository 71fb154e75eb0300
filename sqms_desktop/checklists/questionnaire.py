"""The supplier self-assessment questionnaire: a checklist laid out as a protected workbook the
supplier fills in, laid out once for writing and for checking a returned form.

The sheet `Self-assessment` shows the supplier, the checklist and every question (id, text,
guidance, how to answer) locked; the answer and comment cells of each question and the three
cells saying who filled it in are unlocked and yellow. Answers with a fixed set of values get a
drop-down list (data validation). The very hidden sheet `_sqms` carries the form's id, the
checklist version, the supplier, where each question's cells are, and the keyed check value
over all of it and the locked cells (xlsx_form.py). The same inputs give the same layout, so an
import rebuilds the form it expects and names every locked cell that differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.safe_xlsx import cell_text
from sqms_desktop.vocab import SCORE_VALUES, QuestionType
from sqms_desktop.xlsx_form import HEAD_FILL, check_value, hidden_sheet, protect, put_text, unlock

SHEET = "Self-assessment"
HIDDEN = "_sqms"
FORM_VERSION = "sqms-self-assessment-1"
NA = "N/A"
MULTI_SEPARATOR = ";"
# Columns of the question table.
COL_ID, COL_TEXT, COL_GUIDANCE, COL_HOW, COL_ANSWER, COL_COMMENT = range(1, 7)
HEADINGS = ("ID", "Question", "Guidance", "How to answer", "Answer", "Comment / evidence")
WIDTHS = (10, 52, 40, 26, 14, 44)
CONTACT_FIELDS = (
    ("name", "Filled in by (name)"),
    ("function", "Function"),
    ("filled_on", "Date filled in (YYYY-MM-DD)"),
)
MAX_LIST_TEXT = 250  # Excel refuses an inline list longer than 255 characters


@dataclass(frozen=True)
class QuestionItem:
    id: str
    qid: str
    text: str
    guidance: str
    type: str
    options: tuple[str, ...]
    min_value: float | None
    max_value: float | None
    condition: str


@dataclass(frozen=True)
class SectionItem:
    code: str
    title: str
    questions: tuple[QuestionItem, ...]


@dataclass(frozen=True)
class Questionnaire:
    """What the form is made of: one released checklist version for one supplier."""

    template_id: str
    key: str
    version: int
    title: str
    scheme: str
    supplier_id: str
    supplier: str  # "CODE name"
    sections: tuple[SectionItem, ...]

    def questions(self) -> list[QuestionItem]:
        return [q for s in self.sections for q in s.questions]


@dataclass(frozen=True)
class Issue:
    """Who issued the form, when, and its id (an import takes each form once)."""

    form_id: str
    issuer: str
    issued_on: dt.date


@dataclass
class Layout:
    locked: list[tuple[str, str]] = field(default_factory=list)  # (cell, text)
    contact: list[tuple[str, str]] = field(default_factory=list)  # (field, cell)
    questions: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, qid, ans, cmt

    def check(self, key: bytes, q: Questionnaire, issue: Issue) -> str:
        return checksum(key, q.template_id, q.supplier_id, issue, self)


def checksum(key: bytes, template_id: str, supplier_id: str, issue: Issue, layout: Layout) -> str:
    return check_value(
        key,
        {
            "form": FORM_VERSION,
            "form_id": issue.form_id,
            "template_id": template_id,
            "supplier_id": supplier_id,
            "issued_on": issue.issued_on.isoformat(),
            "locked": [list(pair) for pair in layout.locked],
            "contact": [list(pair) for pair in layout.contact],
            "questions": [list(row) for row in layout.questions],
        },
    )


def allowed_answers(question: QuestionItem, scheme: str) -> tuple[str, ...]:
    """The answers a drop-down offers (empty: free input), N/A last where it is allowed."""
    kind = question.type
    if kind == QuestionType.SCORE:
        return (*SCORE_VALUES.get(scheme, ()), NA)
    if kind == QuestionType.YES_NO:
        return ("yes", "no")  # the checklist offers no N/A here
    if kind == QuestionType.YES_NO_NA:
        return ("yes", "no", NA)
    if kind == QuestionType.CHOICE and question.options:
        return (*question.options, NA)
    return ()


def how_to_answer(question: QuestionItem, scheme: str) -> str:
    """The locked hint beside the answer cell: what may be typed there."""
    kind = question.type
    allowed = allowed_answers(question, scheme)
    if allowed:
        # Options may hold commas ("ISO 9001, accredited"): they are listed apart by "; ".
        text = "Choose one: " + "; ".join(allowed)
    elif kind == QuestionType.MULTI_CHOICE:
        text = (
            f"One or more of: {'; '.join(question.options)} (separate with "
            f"{MULTI_SEPARATOR}), or {NA}"
        )
    elif kind == QuestionType.NUMBER:
        low, high = question.min_value, question.max_value
        bounds = ""
        if low is not None and high is not None:
            bounds = f" from {_number(low)} to {_number(high)}"
        elif low is not None:
            bounds = f" of at least {_number(low)}"
        elif high is not None:
            bounds = f" of at most {_number(high)}"
        text = f"A number{bounds}, or {NA}"
    elif kind == QuestionType.DATE:
        text = f"A date (YYYY-MM-DD), or {NA}"
    elif kind == QuestionType.PHOTO:
        text = f"Describe the evidence (photos are asked for at the review), or {NA}"
    else:
        text = f"Your answer in words, or {NA}"
    if kind not in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        text += f"; {NA} needs the reason in the comment"
    if question.condition:
        text += f". Answer only when {question.condition}"
    return text


def _number(value: float) -> str:
    return f"{value:g}"


def build_questionnaire(q: Questionnaire, issue: Issue, secret: bytes) -> tuple[Workbook, Layout]:
    """The form and where things are in it; `secret` keys its check value."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    layout = Layout()

    def locked(row: int, column: int, text: str, *, bold: bool = False) -> None:
        layout.locked.append((put_text(sheet, row, column, text, bold=bold), cell_text(text)))

    locked(1, 1, f"Supplier self-assessment: {q.title}", bold=True)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    locked(
        2,
        1,
        f"Issued by {issue.issuer} on {issue.issued_on.isoformat()}. Fill in the yellow cells "
        "only and return this file; the other cells are protected and checked on import.",
    )
    sheet.merge_cells("A2:F2")
    row = 4
    for label, value in (
        ("Supplier", q.supplier),
        ("Questionnaire", f"{q.title} ({q.key} v{q.version})"),
        ("Form", issue.form_id),
    ):
        locked(row, 1, label, bold=True)
        locked(row, 2, value)
        row += 1
    row += 1
    for name, label in CONTACT_FIELDS:
        locked(row, 1, label, bold=True)
        layout.contact.append((name, put_text(sheet, row, 2, "")))
        unlock(sheet, row, 2)
        row += 1
    row += 1
    for column, heading in enumerate(HEADINGS, start=1):
        locked(row, column, heading, bold=True)
        sheet.cell(row=row, column=column).fill = HEAD_FILL
    sheet.freeze_panes = f"A{row + 1}"
    row += 1
    lists: dict[str, DataValidation] = {}
    for section in q.sections:
        row += 1
        locked(row, 1, section.code, bold=True)
        locked(row, 2, section.title, bold=True)
        for column in range(1, len(HEADINGS) + 1):
            sheet.cell(row=row, column=column).fill = HEAD_FILL
        row += 1
        for question in section.questions:
            locked(row, COL_ID, question.qid)
            locked(row, COL_TEXT, question.text)
            locked(row, COL_GUIDANCE, question.guidance)
            locked(row, COL_HOW, how_to_answer(question, q.scheme))
            answer = put_text(sheet, row, COL_ANSWER, "")
            comment = put_text(sheet, row, COL_COMMENT, "")
            unlock(sheet, row, COL_ANSWER)
            unlock(sheet, row, COL_COMMENT)
            _validation(sheet, lists, question, q.scheme, answer)
            layout.questions.append((question.id, question.qid, answer, comment))
            row += 1
    protect(sheet)
    hidden_sheet(workbook, HIDDEN, _hidden_rows(q, issue, layout, secret))
    return workbook, layout


def _validation(
    sheet: Worksheet,
    lists: dict[str, DataValidation],
    question: QuestionItem,
    scheme: str,
    cell: str,
) -> None:
    """A drop-down of the allowed answers, where they fit an inline list; free input has the
    hint beside it, and the import checks every answer either way."""
    allowed = allowed_answers(question, scheme)
    if allowed:
        inline = ",".join(allowed)
        if (
            len(inline) > MAX_LIST_TEXT
            or any(c in inline for c in '"')
            or any("," in a for a in allowed)
        ):
            return  # the hint beside it says what to type; the import checks it
        formula = f'"{inline}"'
        if formula not in lists:
            lists[formula] = DataValidation(
                type="list",
                formula1=formula,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Not an answer of this question",
                error="Choose one of the answers in the list.",
            )
            sheet.add_data_validation(lists[formula])
        lists[formula].add(cell)


def _hidden_rows(q: Questionnaire, issue: Issue, layout: Layout, key: bytes) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["form", FORM_VERSION],
        ["form_id", issue.form_id],
        ["template_id", q.template_id],
        ["template", q.key, q.version],
        ["supplier_id", q.supplier_id],
        ["issuer", issue.issuer],
        ["issued_on", issue.issued_on.isoformat()],
        ["checksum", layout.check(key, q, issue)],
    ]
    rows += [["locked", cell] for cell, _ in layout.locked]
    rows += [["contact", name, cell] for name, cell in layout.contact]
    rows += [["question", *entry] for entry in layout.questions]
    return rows
