"""The checklist template workbook: read with every problem reported, and written for a round trip.

Sheet `settings`: one row of key, version, title, scheme, language, na_policy.
Sheet `questions`: one row per question; consecutive rows with the same `section` ("P6.U1 Title",
"8.4 Control of external providers") form a section. Problems are reported as `sheet!cell: reason`
and a workbook with any problem yields no template at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from sqms_desktop.checklists.conditions import ConditionError, parse_condition
from sqms_desktop.checklists.spec import TEMPLATE_KEY, QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.errors import ValidationError, file_problem, refusing_broken_input
from sqms_desktop.i18n import plural, translate
from sqms_desktop.paths import atomic_output
from sqms_desktop.safe_xlsx import load_workbook, safe_cell
from sqms_desktop.vocab import (
    CHOICE_TYPES,
    SCORE_VALUES,
    YES_NO_ANSWERS,
    YES_NO_TYPES,
    NaPolicy,
    QuestionType,
    Scheme,
)

SETTINGS_COLUMNS = ("key", "version", "title", "scheme", "language", "na_policy")
REQUIRED_SETTINGS = ("key", "title", "scheme")
QUESTION_COLUMNS = (
    "section",
    "id",
    "text",
    "type",
    "options",
    "weight",
    "clause",
    "star",
    "required",
    "evidence_required",
    "condition",
    "guidance",
    "min",
    "max",
)
REQUIRED_QUESTION_COLUMNS = ("section", "id", "text", "type")
COLUMN_WIDTHS = (28, 12, 60, 12, 24, 8, 12, 6, 9, 9, 24, 50, 6, 6)  # as QUESTION_COLUMNS
WRAPPED_COLUMNS = frozenset({"section", "text", "options", "condition", "guidance"})
VDA_ELEMENTS = ("P2", "P3", "P4", "P5", "P6", "P7")
VDA_SUB_ELEMENTS = ("U1", "U2", "U3", "U4", "U5", "U6")
QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$")
TRUE = frozenset({"yes", "y", "true", "1", "x"})
FALSE = frozenset({"no", "n", "false", "0", ""})
OPTION_SEPARATOR = ";"
TITLE_LIMIT = 200  # as services.templates stores it
FORMULA = object()  # stands for a refused formula cell, so it is not reported as empty too


class TemplateFileError(ValidationError):
    """A workbook with problems; `problems` lists every one as `sheet!cell: reason`."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems)
        count = plural(
            len(problems),
            translate("xlsx_format", "{source}: {n} problem, nothing was imported:\n{shown}"),
            translate("xlsx_format", "{source}: {n} problem(s), nothing was imported:\n{shown}"),
        )
        super().__init__(count.format(source=source, n=len(problems), shown=shown))


@dataclass
class Sheet:
    """A sheet as read: its named columns and its non-blank rows, for `build_template`.

    `header` maps our column names to the workbook's column numbers, so a problem names the
    cell the user typed, also when another format (an XLSForm) calls the column differently.
    """

    name: str
    header: dict[str, int]  # column name -> 1-based column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def ref(self, row: int, column: str) -> str:
        return f"{self.name}!{get_column_letter(self.header[column])}{row}"


def read_template(path: Path) -> TemplateSpec:
    """Read and validate a template workbook; raises `TemplateFileError` listing every problem
    (also for a file that is no workbook at all, or a damaged one)."""
    with refusing_template_file(path):
        workbook = load_workbook(path)
        try:
            return read_template_workbook(workbook, path.name)
        finally:
            workbook.close()


def refusing_template_file(path: Path) -> AbstractContextManager[None]:
    """Whatever a damaged or hostile workbook makes its reader raise becomes one
    `TemplateFileError` naming the file and the reason (errors.refusing_broken_input). The
    problem's place is the file itself: `notes.xlsx: not an Excel workbook …`."""
    return refusing_broken_input(
        lambda reason: TemplateFileError(path.name, [file_problem(path.name, reason)]),
        TemplateFileError,
    )


def read_template_workbook(workbook: Any, source: str) -> TemplateSpec:
    """`read_template` on a workbook already opened with `safe_xlsx.load_workbook`."""
    problems: list[str] = []
    names = workbook.sheetnames
    settings = questions = None
    if "settings" in names:
        settings = read_sheet(
            workbook["settings"], "settings", problems, SETTINGS_COLUMNS, REQUIRED_SETTINGS
        )
    else:
        problems.append(translate("xlsx_format", "settings: the sheet is missing"))
    if "questions" in names:
        questions = read_sheet(
            workbook["questions"],
            "questions",
            problems,
            QUESTION_COLUMNS,
            REQUIRED_QUESTION_COLUMNS,
        )
    else:
        problems.append(translate("xlsx_format", "questions: the sheet is missing"))
    spec = build_template(settings, questions, problems)
    if problems or spec is None:
        raise TemplateFileError(
            source, problems or [translate("xlsx_format", "the workbook holds no template")]
        )
    return spec


def read_sheet(
    sheet: Any,
    name: str,
    problems: list[str],
    known: tuple[str, ...] | None,
    required: tuple[str, ...] = (),
    *,
    reads: Callable[[str], bool] | None = None,
    empty_ok: bool = False,
) -> Sheet | None:
    """The sheet's named columns and non-blank rows; formulas are refused cell by cell.

    With `known` every other column is a problem, and so is a value under no column name;
    without it (a format with open-ended columns) both are left alone. `reads` says which
    columns the caller takes in (default all): a formula or a second column of the same name
    elsewhere is no problem, since nothing of it is used. An empty sheet is a problem unless
    `empty_ok`; then it reads as None.
    """
    rows = sheet.iter_rows()
    header_cells = next(rows, None)
    if header_cells is None:
        if not empty_ok:
            problems.append(
                translate(
                    "xlsx_format", "{name}!A1: the sheet is empty; row 1 must name the columns"
                ).format(name=name)
            )
        return None
    used = reads or (lambda title: True)
    header: dict[str, int] = {}
    for number, cell in enumerate(header_cells, start=1):
        title = "" if cell.value is None else str(cell.value).strip().lower()
        if not title:
            continue
        ref = f"{name}!{get_column_letter(number)}1"
        if known is not None and title not in known:
            problems.append(
                translate("xlsx_format", "{ref}: unknown column {title!r} (known: {known})").format(
                    ref=ref, title=title, known=", ".join(known)
                )
            )
        elif title in header:
            if used(title):
                problems.append(
                    translate("xlsx_format", "{ref}: column {title!r} appears twice").format(
                        ref=ref, title=title
                    )
                )
        else:
            header[title] = number
    for wanted in required:
        if wanted not in header:
            problems.append(
                translate(
                    "xlsx_format", "{name}!A1: the required column {wanted!r} is missing"
                ).format(name=name, wanted=wanted)
            )
    parsed = Sheet(name, header)
    by_number = {number: title for title, number in header.items()}
    for row_number, cells in enumerate(rows, start=2):
        values: dict[str, Any] = {}
        for number, cell in enumerate(cells, start=1):
            if cell.value is None:
                continue
            ref = f"{name}!{get_column_letter(number)}{row_number}"
            column = by_number.get(number)
            if cell.data_type == "f":
                if column is not None and used(column):
                    problems.append(
                        translate(
                            "xlsx_format", "{ref}: formulas are not accepted; type the value itself"
                        ).format(ref=ref)
                    )
                    values[column] = FORMULA
                elif column is None and known is not None:
                    problems.append(
                        translate(
                            "xlsx_format", "{ref}: formulas are not accepted; type the value itself"
                        ).format(ref=ref)
                    )
                continue
            if column is not None:
                values[column] = cell.value
            elif known is not None and str(cell.value).strip():
                problems.append(
                    translate(
                        "xlsx_format", "{ref}: a value in a column without a name in row 1"
                    ).format(ref=ref)
                )
        if any(str(v).strip() for v in values.values()):
            parsed.rows.append((row_number, values))
    return parsed


def text_of(value: Any) -> str:
    """A cell's value as text: numbers without a needless ".0", refused formulas empty."""
    if value is None or value is FORMULA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def build_template(
    settings: Sheet | None, questions: Sheet | None, problems: list[str]
) -> TemplateSpec | None:
    """Every rule of a template checked on rows already read, each problem added to `problems`
    with its cell; the template is only worth keeping when no problem was added."""
    head = None if settings is None else _settings(settings, problems)
    if head is None or questions is None:
        return None
    scheme = head["scheme"]
    sections: list[SectionSpec] = []
    seen_ids: dict[str, str] = {}
    conditions: list[tuple[str, str, str]] = []  # ref, qid, text
    for row, values in questions.rows:
        question = _question(questions, row, values, scheme, seen_ids, conditions, problems)
        if question is None:
            continue
        section_text = text_of(values.get("section"))
        code, _, title = section_text.partition(" ")
        if not sections or sections[-1].code != code:
            if any(s.code == code for s in sections):
                problems.append(
                    translate(
                        "xlsx_format",
                        "{ref}: section {code} appears again after other sections; keep a "
                        "section's questions together",
                    ).format(ref=questions.ref(row, "section"), code=code)
                )
            sections.append(SectionSpec(code, title.strip() or code, []))
        sections[-1].questions.append(question)
        if scheme == Scheme.VDA63.value:
            _check_vda_section(questions.ref(row, "section"), code, problems)
    by_qid = {q.qid: q for s in sections for q in s.questions}
    for ref, qid, text in conditions:
        try:
            condition = parse_condition(text)
        except ConditionError as exc:
            problems.append(
                translate("xlsx_format", "{ref}: condition {text!r} does not parse: {exc}").format(
                    ref=ref, text=text, exc=exc
                )
            )
            continue
        for name in sorted(condition.names()):
            if name == qid:
                problems.append(
                    translate(
                        "xlsx_format", "{ref}: the condition of {qid} names the question itself"
                    ).format(ref=ref, qid=qid)
                )
            elif name not in seen_ids:
                problems.append(
                    translate(
                        "xlsx_format", "{ref}: the condition names an unknown question {name!r}"
                    ).format(ref=ref, name=name)
                )
            elif _row_of(seen_ids[name]) > _row_of(ref):
                problems.append(
                    translate(
                        "xlsx_format",
                        "{ref}: the condition names {name}, which comes later in the checklist",
                    ).format(ref=ref, name=name)
                )
        for comparison in condition.comparisons():
            answers = _possible_answers(by_qid.get(comparison.name))
            if answers is not None and str(comparison.value) not in answers:
                problems.append(
                    translate(
                        "xlsx_format",
                        "{ref}: {name} can never be {value!r} (its answers: {answers})",
                    ).format(
                        ref=ref,
                        name=comparison.name,
                        value=comparison.value,
                        answers=", ".join(answers),
                    )
                )
    if not sections and not problems:
        problems.append(
            translate("xlsx_format", "{name}!A2: the checklist has no questions").format(
                name=questions.name
            )
        )
    return TemplateSpec(
        key=head["key"],
        title=head["title"],
        scheme=scheme,
        sections=sections,
        language=head["language"],
        na_policy=head["na_policy"],
        version=head["version"],
    )


def _possible_answers(question: QuestionSpec | None) -> tuple[str, ...] | None:
    """The answers a question can have, where they form a closed list."""
    if question is None:
        return None
    if question.type in YES_NO_TYPES:
        return YES_NO_ANSWERS[question.type]
    if question.type == QuestionType.CHOICE:
        return tuple(question.options)
    return None


def _row_of(ref: str) -> int:
    return int(re.sub(r"^.*![A-Z]+", "", ref))


def _settings(sheet: Sheet, problems: list[str]) -> dict[str, Any] | None:
    if not sheet.rows:
        problems.append(translate("xlsx_format", "settings!A2: the settings row is missing"))
        return None
    if len(sheet.rows) > 1:
        problems.append(
            translate("xlsx_format", "settings!A{rows}: only one settings row is allowed").format(
                rows=sheet.rows[1][0]
            )
        )
    row, values = sheet.rows[0]
    head: dict[str, Any] = {}
    key = text_of(values.get("key"))
    if not TEMPLATE_KEY.match(key) and "key" in sheet.header:
        problems.append(
            translate(
                "xlsx_format",
                "{ref}: key {key!r} must be 2 to 64 lower-case letters, digits, '.', '_' or '-'",
            ).format(ref=sheet.ref(row, "key"), key=key)
        )
    head["key"] = key
    head["title"] = text_of(values.get("title"))
    if not head["title"] and "title" in sheet.header and values.get("title") is not FORMULA:
        problems.append(
            translate("xlsx_format", "{ref}: the title is empty").format(
                ref=sheet.ref(row, "title")
            )
        )
    elif len(head["title"]) > TITLE_LIMIT and "title" in sheet.header:
        problems.append(
            translate(
                "xlsx_format", "{ref}: the title is longer than {TITLE_LIMIT} characters"
            ).format(ref=sheet.ref(row, "title"), TITLE_LIMIT=TITLE_LIMIT)
        )
    scheme = text_of(values.get("scheme")).lower()
    if scheme not in Scheme.values() and "scheme" in sheet.header:
        problems.append(
            translate("xlsx_format", "{ref}: scheme {scheme!r} is not one of {values}").format(
                ref=sheet.ref(row, "scheme"), scheme=scheme, values=", ".join(Scheme.values())
            )
        )
    head["scheme"] = scheme
    head["language"] = text_of(values.get("language")) or "en"
    na_policy = text_of(values.get("na_policy")).lower() or NaPolicy.EXCLUDE
    if na_policy not in NaPolicy.values():
        problems.append(
            translate("xlsx_format", "{ref}: na_policy must be exclude or zero").format(
                ref=sheet.ref(row, "na_policy")
            )
        )
    head["na_policy"] = na_policy
    version = values.get("version")
    head["version"] = None
    if version is not None and text_of(version):
        try:
            head["version"] = int(text_of(version))
        except ValueError:
            problems.append(
                translate("xlsx_format", "{ref}: version {version!r} is not a number").format(
                    ref=sheet.ref(row, "version"), version=version
                )
            )
    return head


def _question(
    sheet: Sheet,
    row: int,
    values: dict[str, Any],
    scheme: str,
    seen_ids: dict[str, str],
    conditions: list[tuple[str, str, str]],
    problems: list[str],
) -> QuestionSpec | None:
    def ref(column: str) -> str:
        return sheet.ref(row, column) if column in sheet.header else f"{sheet.name}!A{row}"

    def blank(column: str) -> bool:
        """Empty in a column that exists (a missing column or a formula is reported once)."""
        return column in sheet.header and values.get(column) in (None, "")

    start = len(problems)
    qid = text_of(values.get("id"))
    if blank("id"):
        problems.append(
            translate("xlsx_format", "{ref}: the question id is empty").format(ref=ref("id"))
        )
    elif qid and not QUESTION_ID.match(qid):
        problems.append(
            translate(
                "xlsx_format",
                "{ref}: question id {qid!r} must be up to 32 letters, digits, '.', '_' or '-'",
            ).format(ref=ref("id"), qid=qid)
        )
    elif qid in seen_ids and qid:
        problems.append(
            translate(
                "xlsx_format", "{ref}: duplicate question id {qid!r} (first at {seen_ids})"
            ).format(ref=ref("id"), qid=qid, seen_ids=seen_ids[qid])
        )
    elif qid:
        seen_ids[qid] = ref("id")
    if blank("section"):
        problems.append(
            translate("xlsx_format", "{ref}: the section is empty").format(ref=ref("section"))
        )
    text = text_of(values.get("text"))
    if blank("text"):
        problems.append(
            translate("xlsx_format", "{ref}: the question text is empty").format(ref=ref("text"))
        )
    qtype = text_of(values.get("type")).lower()
    if (
        "type" in sheet.header
        and values.get("type") is not FORMULA
        and qtype not in QuestionType.values()
    ):
        problems.append(
            translate("xlsx_format", "{ref}: unknown type {qtype!r} (one of {values})").format(
                ref=ref("type"), qtype=qtype, values=", ".join(QuestionType.values())
            )
        )
    options = [o.strip() for o in text_of(values.get("options")).split(OPTION_SEPARATOR)]
    options = [o for o in options if o]
    if qtype in CHOICE_TYPES and len(options) < 2:
        problems.append(
            translate("xlsx_format", "{ref}: a {qtype} question needs at least two options").format(
                ref=ref("options"), qtype=qtype
            )
        )
    elif qtype == QuestionType.SCORE and options and scheme in Scheme.values():
        allowed = SCORE_VALUES.get(scheme, ())
        for option in options:
            if option not in allowed:
                problems.append(
                    translate(
                        "xlsx_format",
                        "{ref}: the {scheme} scheme does not allow the score {option!r} "
                        "(allowed: {value})",
                    ).format(
                        ref=ref("options"),
                        scheme=scheme,
                        option=option,
                        value=", ".join(allowed) or translate("xlsx_format", "no scores"),
                    )
                )
    elif qtype not in CHOICE_TYPES and qtype != QuestionType.SCORE and options:
        problems.append(
            translate("xlsx_format", "{ref}: options apply to choice questions only").format(
                ref=ref("options")
            )
        )
    if qtype == QuestionType.SCORE and scheme == Scheme.YES_NO:
        problems.append(
            translate("xlsx_format", "{ref}: the yes_no scheme has no score questions").format(
                ref=ref("type")
            )
        )
    weight = _number(values.get("weight"), 1.0, ref("weight"), "weight", problems)
    if weight is not None and weight < 0:
        problems.append(
            translate("xlsx_format", "{ref}: weight must not be negative").format(ref=ref("weight"))
        )
    flags = {
        name: _flag(values.get(name), default, ref(name), problems)
        for name, default in (("star", False), ("required", True), ("evidence_required", False))
    }
    low = _number(values.get("min"), None, ref("min"), "min", problems)
    high = _number(values.get("max"), None, ref("max"), "max", problems)
    if (low is not None or high is not None) and qtype != "number":
        problems.append(
            translate("xlsx_format", "{ref}: min and max apply to number questions only").format(
                ref=ref("min")
            )
        )
    if low is not None and high is not None and low > high:
        problems.append(
            translate("xlsx_format", "{ref}: min {low:g} is above max {high:g}").format(
                ref=ref("min"), low=low, high=high
            )
        )
    condition = text_of(values.get("condition"))
    if condition:
        conditions.append((ref("condition"), qid, condition))
    if len(problems) > start:
        return None
    return QuestionSpec(
        qid=qid,
        text=text,
        type=qtype,
        weight=weight if weight is not None else 1.0,
        clause=text_of(values.get("clause")),
        star=flags["star"],
        guidance=text_of(values.get("guidance")),
        options=options,
        required=flags["required"],
        evidence_required=flags["evidence_required"],
        condition=condition,
        min_value=low,
        max_value=high,
    )


def _number(
    value: Any, default: float | None, ref: str, name: str, problems: list[str]
) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        problems.append(
            translate("xlsx_format", "{ref}: {name} {value!r} is not a number").format(
                ref=ref, name=name, value=value
            )
        )
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        problems.append(
            translate("xlsx_format", "{ref}: {name} {value!r} is not a number").format(
                ref=ref, name=name, value=value
            )
        )
        return default


def _flag(value: Any, default: bool, ref: str, problems: list[str]) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = text_of(value).lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False if text else default
    problems.append(
        translate("xlsx_format", "{ref}: {value!r} is not yes or no").format(ref=ref, value=value)
    )
    return default


def _check_vda_section(ref: str, code: str, problems: list[str]) -> None:
    element, _, sub = code.partition(".")
    if element not in VDA_ELEMENTS:
        problems.append(
            translate(
                "xlsx_format", "{ref}: VDA 6.3 sections are elements P2 to P7, not {code!r}"
            ).format(ref=ref, code=code)
        )
    elif element == "P6" and sub not in VDA_SUB_ELEMENTS:
        problems.append(
            translate(
                "xlsx_format", "{ref}: P6 questions belong to a sub-element P6.U1 to P6.U6"
            ).format(ref=ref)
        )
    elif element != "P6" and sub:
        problems.append(
            translate("xlsx_format", "{ref}: only P6 has sub-elements ({code!r})").format(
                ref=ref, code=code
            )
        )


# -- writing -----------------------------------------------------------------------------


def write_template(spec: TemplateSpec, path: Path) -> None:
    """Write the workbook format `read_template` reads; text is never written as a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    settings = workbook.active
    assert settings is not None
    settings.title = "settings"
    bold = Font(bold=True)
    row = {
        "key": spec.key,
        "version": spec.version,
        "title": spec.title,
        "scheme": spec.scheme,
        "language": spec.language,
        "na_policy": spec.na_policy,
    }
    for column, name in enumerate(SETTINGS_COLUMNS, start=1):
        settings.cell(1, column, name).font = bold
        safe_cell(settings.cell(2, column), row[name])
    questions = workbook.create_sheet("questions")
    for column, name in enumerate(QUESTION_COLUMNS, start=1):
        questions.cell(1, column, name).font = bold
    for number, values in enumerate(_question_rows(spec), start=2):
        for column, name in enumerate(QUESTION_COLUMNS, start=1):
            value = values[name]
            if value not in (None, ""):
                safe_cell(questions.cell(number, column), value)
    questions.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, (name, width) in enumerate(zip(QUESTION_COLUMNS, COLUMN_WIDTHS, strict=True), 1):
        questions.column_dimensions[get_column_letter(column)].width = width
        if name in WRAPPED_COLUMNS:
            for (cell,) in questions.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = wrap
    workbook.properties.title = spec.title
    workbook.properties.creator = "SQMS Desktop"
    with atomic_output(path) as out:  # a cut-short save never replaces a good workbook
        workbook.save(out)


def _question_rows(spec: TemplateSpec) -> Iterator[dict[str, Any]]:
    for section in spec.sections:
        label = f"{section.code} {section.title}".strip()
        for q in section.questions:
            yield {
                "section": label,
                "id": q.qid,
                "text": q.text,
                "type": q.type,
                "options": f"{OPTION_SEPARATOR} ".join(q.options),
                "weight": q.weight,
                "clause": q.clause,
                "star": "yes" if q.star else "no",
                "required": "yes" if q.required else "no",
                "evidence_required": "yes" if q.evidence_required else "no",
                "condition": q.condition,
                "guidance": q.guidance,
                "min": q.min_value,
                "max": q.max_value,
            }
