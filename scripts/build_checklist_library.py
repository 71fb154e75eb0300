"""Build the built-in checklist library from its reviewable text sources.

Reads every ``resources/checklists/src/<key>.toml`` and writes ``resources/checklists/<key>.xlsx``
in the checklist Excel format (DESIGN.md section 3): a ``settings`` sheet with one data row and a
``questions`` sheet with one row per question. Every source is validated before anything is
written, and every written file is read back with openpyxl and validated again.

The output is deterministic: the same sources give byte-identical files (fixed document
properties, fixed timestamps inside the zip container).

Usage::

    .venv/bin/python scripts/build_checklist_library.py           # build and verify
    .venv/bin/python scripts/build_checklist_library.py --check   # fail if a file is stale
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import re
import sys
import tomllib
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "resources" / "checklists"
SOURCES = LIBRARY / "src"

SETTINGS_COLUMNS = ("key", "version", "title", "scheme", "language", "na_policy")
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
QUESTION_TYPES = frozenset(
    ("score", "yes_no", "yes_no_na", "choice", "multi_choice", "number", "text", "date", "photo")
)
SCORED_TYPES = frozenset(("score", "yes_no", "yes_no_na"))
SCHEMES = frozenset(("weighted", "vda63", "yes_no"))
NA_POLICIES = frozenset(("exclude", "zero"))
YES_NO = frozenset(("yes", "no"))

TEMPLATE_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,63}$")
QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
SECTION = re.compile(r"^(?P<code>\S+) (?P<title>\S.*)$")

VDA_ELEMENTS = ("P2", "P3", "P4", "P5", "P6", "P7")
VDA_SUB_ELEMENTS = ("U1", "U2", "U3", "U4", "U5", "U6")

# Fixed document metadata: openpyxl would otherwise write the current time.
FIXED_DATETIME = dt.datetime(2026, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
CREATOR = "SQMS Desktop"

# Keys allowed in a source file, with the defaults of the optional ones.
SETTINGS_KEYS = frozenset(SETTINGS_COLUMNS)
QUESTION_REQUIRED_KEYS = ("section", "id", "text", "type", "clause", "guidance")
QUESTION_DEFAULTS: dict[str, Any] = {
    "options": [],
    "weight": 1.0,
    "star": False,
    "required": True,
    "evidence_required": False,
    "condition": "",
    "min": None,
    "max": None,
}


class SourceError(Exception):
    """A source file or a built file breaks the format; carries every problem found."""

    def __init__(self, where: str, problems: list[str]) -> None:
        super().__init__(f"{where}:\n  " + "\n  ".join(problems))
        self.problems = problems


@dataclass
class Template:
    """One checklist as the two sheets' rows (plain cell values, header excluded)."""

    source: Path
    settings: tuple[Any, ...]
    questions: list[tuple[Any, ...]]

    @property
    def key(self) -> str:
        return str(self.settings[0])


# --------------------------------------------------------------------------------------------
# Reading the TOML sources
# --------------------------------------------------------------------------------------------


def _yes_no(value: Any, what: str, problems: list[str]) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value in YES_NO:
        return str(value)
    problems.append(f"{what}: expected true/false, got {value!r}")
    return "no"


def _text_or_none(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _options_cell(value: Any, what: str, problems: list[str]) -> str | None:
    if isinstance(value, str):
        items = [part.strip() for part in value.split(";")]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value]
    else:
        problems.append(f"{what}: options must be a list of strings")
        return None
    items = [item for item in items if item]
    return "; ".join(items) if items else None


def read_source(path: Path) -> Template:
    """Turn one TOML source into sheet rows; raises SourceError listing every problem."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise SourceError(str(path.relative_to(ROOT)), [f"not valid TOML: {error}"]) from error
    problems: list[str] = []
    unknown_top = set(data) - {"settings", "questions"}
    if unknown_top:
        problems.append(f"unknown top-level tables: {sorted(unknown_top)}")
    settings = data.get("settings", {})
    missing = SETTINGS_KEYS - set(settings)
    extra = set(settings) - SETTINGS_KEYS
    if missing:
        problems.append(f"[settings] misses {sorted(missing)}")
    if extra:
        problems.append(f"[settings] has unknown keys {sorted(extra)}")
    settings_row = tuple(settings.get(column) for column in SETTINGS_COLUMNS)

    rows: list[tuple[Any, ...]] = []
    for index, question in enumerate(data.get("questions", []), start=1):
        what = f"question #{index} ({question.get('id', '?')})"
        absent = [key for key in QUESTION_REQUIRED_KEYS if key not in question]
        if absent:
            problems.append(f"{what}: misses {absent}")
        unknown = set(question) - set(QUESTION_REQUIRED_KEYS) - set(QUESTION_DEFAULTS)
        if unknown:
            problems.append(f"{what}: unknown keys {sorted(unknown)}")
        q = {**QUESTION_DEFAULTS, **question}
        weight = q["weight"]
        if isinstance(weight, int) and not isinstance(weight, bool):
            weight = float(weight)
        row = {
            "section": q.get("section"),
            "id": q.get("id"),
            "text": q.get("text"),
            "type": q.get("type"),
            "options": _options_cell(q["options"], what, problems),
            "weight": weight,
            "clause": q.get("clause") or None,
            "star": _yes_no(q["star"], f"{what} star", problems),
            "required": _yes_no(q["required"], f"{what} required", problems),
            "evidence_required": _yes_no(
                q["evidence_required"], f"{what} evidence_required", problems
            ),
            "condition": _text_or_none(q["condition"]),
            "guidance": q.get("guidance") or None,
            "min": q["min"],
            "max": q["max"],
        }
        rows.append(tuple(row[column] for column in QUESTION_COLUMNS))
    if problems:
        raise SourceError(str(path.relative_to(ROOT)), problems)
    return Template(path, settings_row, rows)


# --------------------------------------------------------------------------------------------
# Condition expressions: a tiny grammar, checked without eval
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"[^"\\]*")
      | (?P<number>-?\d+(?:\.\d+)?)(?![A-Za-z0-9_.-])
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<paren>[()])
      | (?P<name>[A-Za-z_][A-Za-z0-9_.-]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = frozenset(("and", "or", "not"))


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    stripped = text.rstrip()
    while position < len(stripped):
        match = _TOKEN.match(stripped, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot read the expression at {stripped[position:]!r}")
        kind = match.lastgroup or ""
        value = match.group(kind)
        if kind == "name" and value in _KEYWORDS:
            kind = value
        tokens.append((kind, value))
        position = match.end()
    return tokens


class _ConditionParser:
    """Recursive descent over: or / and / not / ( ) / operand OP operand."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.position = 0
        self.comparisons: list[tuple[tuple[str, str], str, tuple[str, str]]] = []

    def parse(self) -> None:
        if not self.tokens:
            raise ValueError("empty expression")
        self._or()
        if self.position != len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.position][1]!r}")

    def _peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        if self.position >= len(self.tokens):
            raise ValueError("expression ends too early")
        token = self.tokens[self.position]
        self.position += 1
        return token

    def _or(self) -> None:
        self._and()
        while self._peek() == "or":
            self._take()
            self._and()

    def _and(self) -> None:
        self._not()
        while self._peek() == "and":
            self._take()
            self._not()

    def _not(self) -> None:
        if self._peek() == "not":
            self._take()
            self._not()
            return
        if self._peek() == "paren" and self.tokens[self.position][1] == "(":
            self._take()
            self._or()
            closing = self._take()
            if closing != ("paren", ")"):
                raise ValueError("missing ')'")
            return
        left = self._operand()
        kind, op = self._take()
        if kind != "op":
            raise ValueError(f"expected a comparison operator, got {op!r}")
        right = self._operand()
        self.comparisons.append((left, op, right))

    def _operand(self) -> tuple[str, str]:
        token = self._take()
        if token[0] not in ("name", "string", "number"):
            raise ValueError(f'expected a question id, a "string" or a number, got {token[1]!r}')
        return token


def check_condition(text: str, earlier: dict[str, tuple[str, list[str]]]) -> list[str]:
    """Problems with one condition; ``earlier`` maps earlier ids to (type, options)."""
    parser = _ConditionParser(text)
    try:
        parser.parse()
    except ValueError as error:
        return [f"condition {text!r}: {error}"]
    problems: list[str] = []
    for left, op, right in parser.comparisons:
        names = [operand for operand in (left, right) if operand[0] == "name"]
        literals = [operand for operand in (left, right) if operand[0] != "name"]
        if len(names) != 1 or len(literals) != 1:
            problems.append(f"condition {text!r}: compare one question id with one value")
            continue
        qid = names[0][1]
        if qid not in earlier:
            problems.append(f"condition {text!r}: {qid!r} is not an earlier question id")
            continue
        qtype, options = earlier[qid]
        kind, value = literals[0]
        if qtype in ("number", "score"):
            if kind != "number":
                problems.append(f"condition {text!r}: {qid} is a {qtype}; compare with a number")
            continue
        if kind != "string":
            problems.append(f"condition {text!r}: {qid} is a {qtype}; compare with a string")
            continue
        if op not in ("==", "!="):
            problems.append(f"condition {text!r}: use == or != with {qtype} answers")
        literal = value[1:-1]
        allowed = {
            "yes_no": ["yes", "no"],
            "yes_no_na": ["yes", "no", "na"],
            "choice": options,
        }.get(qtype)
        if allowed is None:
            problems.append(f"condition {text!r}: cannot compare a {qtype} answer")
        elif literal not in allowed:
            problems.append(f"condition {text!r}: {literal!r} is not an answer of {qid}")
    return problems


# --------------------------------------------------------------------------------------------
# Validation of the sheet rows (shared by the sources and the read-back files)
# --------------------------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_settings(settings: tuple[Any, ...]) -> list[str]:
    problems: list[str] = []
    key, version, title, scheme, language, na_policy = settings
    if not isinstance(key, str) or not TEMPLATE_KEY.match(key):
        problems.append(f"settings key {key!r} is not a valid template key")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(f"settings version {version!r} must be a whole number >= 1")
    if not isinstance(title, str) or not title.strip():
        problems.append("settings title is empty")
    if scheme not in SCHEMES:
        problems.append(f"settings scheme {scheme!r} not in {sorted(SCHEMES)}")
    if not isinstance(language, str) or not re.match(r"^[a-z]{2}(-[A-Z]{2})?$", language):
        problems.append(f"settings language {language!r} is not a language code")
    if na_policy not in NA_POLICIES:
        problems.append(f"settings na_policy {na_policy!r} not in {sorted(NA_POLICIES)}")
    return problems


def _check_question(
    row: dict[str, Any], scheme: str, earlier: dict[str, tuple[str, list[str]]]
) -> list[str]:
    problems: list[str] = []
    qtype = row["type"]
    if qtype not in QUESTION_TYPES:
        problems.append(f"type {qtype!r} not in {sorted(QUESTION_TYPES)}")
    for column in ("text", "clause", "guidance"):
        if not isinstance(row[column], str) or not row[column].strip():
            problems.append(f"{column} is empty")
    options = [o.strip() for o in (row["options"] or "").split(";") if o.strip()]
    if qtype in ("choice", "multi_choice"):
        if len(options) < 2:
            problems.append("choice questions need at least two options")
        if len(set(options)) != len(options):
            problems.append("options repeat")
    elif options:
        problems.append("options are only for choice and multi_choice")
    if not _is_number(row["weight"]) or row["weight"] <= 0:
        problems.append(f"weight {row['weight']!r} must be a number > 0")
    for column in ("star", "required", "evidence_required"):
        if row[column] not in YES_NO:
            problems.append(f"{column} must be yes or no, got {row[column]!r}")
    if row["star"] == "yes" and qtype not in SCORED_TYPES:
        problems.append("only scored questions can be star/knock-out questions")
    for column in ("min", "max"):
        if row[column] is not None and (qtype != "number" or not _is_number(row[column])):
            problems.append(f"{column} must be a number and only for type number")
    if _is_number(row["min"]) and _is_number(row["max"]) and row["min"] > row["max"]:
        problems.append("min is greater than max")
    if scheme == "vda63" and qtype != "score":
        problems.append("VDA 6.3 questions must be of type score")
    if scheme == "yes_no" and qtype == "score":
        problems.append("the yes_no scheme has no score questions; use yes_no or yes_no_na")
    if row["condition"] is not None:
        if not isinstance(row["condition"], str):
            problems.append("condition must be text")
        else:
            problems.extend(check_condition(row["condition"], earlier))
    return problems


def _check_vda(rows: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    seen_elements: list[str] = []
    seen_subs: list[str] = []
    for number, row in enumerate(rows, start=2):
        match = SECTION.match(row["section"] or "")
        if not match:
            continue
        code = match.group("code")
        element, _, sub = code.partition(".")
        if element not in VDA_ELEMENTS:
            problems.append(f"row {number}: section code {code!r} is not one of P2-P7")
            continue
        if element not in seen_elements:
            seen_elements.append(element)
        if element == "P6":
            if sub not in VDA_SUB_ELEMENTS:
                problems.append(f"row {number}: P6 question outside a sub-element U1-U6")
                continue
            if sub not in seen_subs:
                seen_subs.append(sub)
            expected = rf"^P6\.{sub[1]}\.\d+$"
        else:
            if sub:
                problems.append(f"row {number}: only P6 has sub-elements ({code!r})")
            expected = rf"^{element}\.\d+$"
        if not re.match(expected, str(row["id"])):
            problems.append(f"row {number}: id {row['id']!r} does not follow {code} numbering")
    if seen_elements != list(VDA_ELEMENTS):
        problems.append(f"elements in order P2-P7 expected, found {seen_elements}")
    if seen_subs != list(VDA_SUB_ELEMENTS):
        problems.append(f"P6 sub-elements in order U1-U6 expected, found {seen_subs}")
    return problems


def validate(settings: tuple[Any, ...], questions: list[tuple[Any, ...]]) -> list[str]:
    """Every problem with one template's rows, as readable messages."""
    problems = _check_settings(settings)
    scheme = settings[3]
    rows = [dict(zip(QUESTION_COLUMNS, q, strict=True)) for q in questions]
    if not rows:
        problems.append("no questions")
    earlier: dict[str, tuple[str, list[str]]] = {}
    closed_sections: set[str] = set()
    current_section: str | None = None
    for number, row in enumerate(rows, start=2):
        prefix = f"questions row {number} ({row['id']})"
        for column, value in row.items():
            if isinstance(value, str) and value.startswith("="):
                problems.append(f"{prefix}: {column} starts with '=' (would be a formula)")
        section = row["section"]
        if not isinstance(section, str) or not SECTION.match(section):
            problems.append(f"{prefix}: section {section!r} is not 'CODE Title'")
        elif section != current_section:
            if section in closed_sections:
                problems.append(f"{prefix}: section {section!r} appears again after a break")
            if current_section is not None:
                closed_sections.add(current_section)
            current_section = section
        qid = row["id"]
        if not isinstance(qid, str) or not QUESTION_ID.match(qid):
            problems.append(f"{prefix}: id {qid!r} has characters other than letters/digits/._-")
        elif qid in earlier:
            problems.append(f"{prefix}: id {qid!r} is not unique")
        problems.extend(f"{prefix}: {p}" for p in _check_question(row, scheme, earlier))
        if isinstance(qid, str):
            options = [o.strip() for o in (row["options"] or "").split(";") if o.strip()]
            earlier[qid] = (str(row["type"]), options)
    codes = []
    for section in dict.fromkeys(row["section"] for row in rows):
        match = SECTION.match(section) if isinstance(section, str) else None
        if match:
            codes.append(match.group("code"))
    if len(codes) != len(set(codes)):
        duplicates = sorted(code for code, n in Counter(codes).items() if n > 1)
        problems.append(f"section codes used by more than one section: {duplicates}")
    if scheme == "vda63":
        problems.extend(_check_vda(rows))
    if not any(row["type"] in SCORED_TYPES for row in rows):
        problems.append("no scored question")
    return problems


# --------------------------------------------------------------------------------------------
# Writing and reading the xlsx files
# --------------------------------------------------------------------------------------------

_COLUMN_WIDTHS = {
    "section": 34,
    "id": 12,
    "text": 70,
    "type": 11,
    "options": 26,
    "weight": 8,
    "clause": 14,
    "star": 6,
    "required": 9,
    "evidence_required": 9,
    "condition": 26,
    "guidance": 80,
    "min": 6,
    "max": 6,
}


def _core_xml_fixed(payload: bytes) -> bytes:
    """openpyxl stamps dcterms:modified with the current time on save; pin it."""
    stamp = FIXED_DATETIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed, count = re.subn(
        rb"(<dcterms:modified\b[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>" + stamp + rb"\g<2>",
        payload,
    )
    if count != 1:
        raise RuntimeError("docProps/core.xml has no single dcterms:modified element")
    return fixed


def _normalised_zip(data: bytes) -> bytes:
    """Rewrite the container with fixed entry timestamps and attributes, same entry order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = _core_xml_fixed(payload)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, payload)
    return out.getvalue()


def render(template: Template) -> bytes:
    """The xlsx bytes of one template."""
    workbook = Workbook()
    bold = Font(bold=True)
    settings_sheet = workbook.active
    assert settings_sheet is not None
    settings_sheet.title = "settings"
    settings_sheet.append(SETTINGS_COLUMNS)
    settings_sheet.append(template.settings)
    for cell in settings_sheet[1]:
        cell.font = bold
    settings_sheet.column_dimensions["C"].width = 50

    sheet = workbook.create_sheet("questions")
    sheet.append(QUESTION_COLUMNS)
    for row in template.questions:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "C2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(QUESTION_COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = _COLUMN_WIDTHS[column]
        if column in ("section", "text", "options", "guidance", "condition"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = wrap

    props = workbook.properties
    props.creator = CREATOR
    props.lastModifiedBy = CREATOR
    props.title = str(template.settings[2])
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _normalised_zip(buffer.getvalue())


def read_back(data: bytes) -> tuple[list[str], tuple[Any, ...], list[tuple[Any, ...]]]:
    """Read an xlsx the way an importer would; returns (problems, settings row, question rows)."""
    problems: list[str] = []
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        if workbook.sheetnames != ["settings", "questions"]:
            problems.append(f"sheets {workbook.sheetnames}, expected ['settings', 'questions']")
        sheets: dict[str, list[tuple[Any, ...]]] = {}
        for name in ("settings", "questions"):
            if name not in workbook.sheetnames:
                sheets[name] = []
                continue
            rows = []
            for cells in workbook[name].iter_rows():
                for cell in cells:
                    if getattr(cell, "data_type", None) == "f":
                        problems.append(f"{name}!{cell.coordinate}: formula cell")
                rows.append(tuple(getattr(cell, "value", None) for cell in cells))
            sheets[name] = rows
    finally:
        workbook.close()

    def _pad(row: tuple[Any, ...], width: int) -> tuple[Any, ...]:
        return (tuple(row) + (None,) * width)[:width]

    settings_rows = sheets["settings"]
    question_rows = sheets["questions"]
    if not settings_rows or _pad(settings_rows[0], 6) != SETTINGS_COLUMNS:
        problems.append(f"settings header is not {' | '.join(SETTINGS_COLUMNS)}")
    if len(settings_rows) != 2:
        problems.append(f"settings has {len(settings_rows) - 1} data rows, expected 1")
    width = len(QUESTION_COLUMNS)
    if not question_rows or _pad(question_rows[0], width) != QUESTION_COLUMNS:
        problems.append(f"questions header is not {' | '.join(QUESTION_COLUMNS)}")
    settings = _pad(settings_rows[1], 6) if len(settings_rows) > 1 else (None,) * 6
    questions = [_pad(row, width) for row in question_rows[1:]]
    return problems, settings, questions


def _same_cell(written: Any, read: Any) -> bool:
    if _is_number(written) and _is_number(read):
        return float(written) == float(read)
    return bool(written == read)


def build(check_only: bool) -> int:
    sources = sorted(SOURCES.glob("*.toml"))
    if not sources:
        print(f"no sources in {SOURCES}", file=sys.stderr)
        return 1
    templates: list[Template] = []
    failures: list[str] = []
    for path in sources:
        try:
            template = read_source(path)
        except SourceError as error:
            failures.append(str(error))
            continue
        problems = validate(template.settings, template.questions)
        if template.key != path.stem:
            problems.append(f"settings key {template.key!r} differs from the file name")
        if problems:
            failures.append(f"{path.relative_to(ROOT)}:\n  " + "\n  ".join(problems))
        templates.append(template)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1

    stale = 0
    for template in templates:
        data = render(template)
        if data != render(template):
            print(f"{template.key}: output is not deterministic", file=sys.stderr)
            return 1
        problems, settings, questions = read_back(data)
        problems += validate(settings, questions)
        if settings != template.settings or len(questions) != len(template.questions):
            problems.append("read-back rows differ from the source")
        else:
            for number, (want, got) in enumerate(
                zip(template.questions, questions, strict=True), start=2
            ):
                if not all(_same_cell(w, g) for w, g in zip(want, got, strict=True)):
                    problems.append(f"questions row {number}: read-back differs from the source")
        if problems:
            print(f"{template.key}.xlsx:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
        target = LIBRARY / f"{template.key}.xlsx"
        current = target.read_bytes() if target.exists() else None
        digest = hashlib.sha256(data).hexdigest()[:16]
        if current == data:
            state = "up to date"
        elif check_only:
            state = "STALE (run the build)"
            stale += 1
        else:
            target.write_bytes(data)
            state = "written"
        summary = _summary(template)
        print(f"{target.relative_to(ROOT)}  sha256:{digest}  {state}  {summary}")
    return 1 if stale else 0


def _summary(template: Template) -> str:
    rows = [dict(zip(QUESTION_COLUMNS, q, strict=True)) for q in template.questions]
    scored = sum(1 for row in rows if row["type"] in SCORED_TYPES)
    stars = sum(1 for row in rows if row["star"] == "yes")
    sections = len(dict.fromkeys(row["section"] for row in rows))
    return (
        f"({len(rows)} questions, {scored} scored, {stars} star, {sections} sections, "
        f"scheme {template.settings[3]})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build resources/checklists/<key>.xlsx from src/<key>.toml."
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate and compare with the files on disk without writing; exit 1 if stale",
    )
    args = parser.parse_args(argv)
    return build(check_only=args.check)


if __name__ == "__main__":
    sys.exit(main())
