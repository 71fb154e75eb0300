"""An XLSForm (the form workbook of ODK and KoboToolbox) read as a draft checklist template.

The sheets `survey`, `choices` and `settings` are read with our safe reader, mapped onto the
rows of our own template format (`xlsx_format`) and checked by the very same rules, so a broken
form is refused with every problem as `sheet!cell: reason` and nothing is kept. What the form
says that a checklist cannot hold (a calculation, a repeat, a `relevant` our conditions cannot
express) is left out and listed as a warning, again naming its cell; form metadata (start, end,
deviceid …) is left out silently. The row walk is `xlsform_survey`, the logic `xlsform_logic`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqms_desktop.checklists.spec import TEMPLATE_KEY, TemplateSpec
from sqms_desktop.checklists.xlsform_sheets import (
    Columns,
    choose_language,
    read_choice_lists,
    reads,
)
from sqms_desktop.checklists.xlsform_survey import walk_survey
from sqms_desktop.checklists.xlsx_format import (
    Sheet,
    TemplateFileError,
    build_template,
    read_sheet,
    text_of,
)
from sqms_desktop.i18n import translate
from sqms_desktop.vocab import YES_NO_TYPES, Scheme

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"
LANGUAGE_CODE = re.compile(r"\((?P<code>[a-z]{2,3}(?:-[a-z0-9]+)*)\)\s*$")
BARE_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]+)*$")
CELL = re.compile(r"^(?P<sheet>\w+)(?:!(?P<column>[A-Z]+)(?P<row>\d+))?:")
YES = frozenset({"yes", "true", "true()", "1"})


@dataclass(frozen=True)
class XlsFormRead:
    """The template an XLSForm maps to, and what of the form it had to leave out, and why."""

    spec: TemplateSpec
    warnings: tuple[str, ...]


def is_xlsform(sheet_names: Iterable[str]) -> bool:
    """An XLSForm has a survey sheet; our own workbook has a questions sheet instead."""
    lowered = {name.strip().lower() for name in sheet_names}
    return SURVEY in lowered and "questions" not in lowered


def read_xlsform_workbook(workbook: Any, source: str) -> XlsFormRead:
    """Map the form opened with `safe_xlsx.load_workbook`; `TemplateFileError` lists every
    problem when the form is broken or maps onto an invalid template."""
    problems: list[str] = []
    sheets = {name.strip().lower(): name for name in workbook.sheetnames}

    def sheet(name: str, required: tuple[str, ...] = ()) -> Sheet | None:
        if name not in sheets:
            return None
        found = workbook[sheets[name]]
        return read_sheet(
            found, name, problems, None, required, reads=reads(name), empty_ok=name != SURVEY
        )

    survey = sheet(SURVEY, ("type", "name"))
    choices = sheet(CHOICES)
    settings = sheet(SETTINGS)
    head_row, head = settings.rows[0] if settings is not None and settings.rows else (2, {})
    default_language = text_of(head.get("default_language")).lower()
    if survey is None:
        if SURVEY not in sheets:
            problems.insert(
                0, translate("xlsform", "{SURVEY}: the sheet is missing").format(SURVEY=SURVEY)
            )
        raise TemplateFileError(source, problems)
    language = choose_language(survey, default_language)
    columns = Columns(survey, language)
    # The survey's required columns missing, in the words read_sheet and this function use.
    missing_column = {
        translate("xlsx_format", "{name}!A1: the required column {wanted!r} is missing").format(
            name=SURVEY, wanted=wanted
        )
        for wanted in ("type", "name")
    }
    if columns.text_column("label") is None:
        label_missing = translate(
            "xlsform", "{SURVEY}!A1: the required column 'label' is missing"
        ).format(SURVEY=SURVEY)
        missing_column.add(label_missing)
        problems.append(label_missing)
    duplicates_allowed = text_of(head.get("allow_choice_duplicates")).lower() in YES
    lists = read_choice_lists(choices, language, duplicates_allowed, problems)
    if problems and any(p in missing_column for p in problems):
        raise TemplateFileError(source, problems)  # every row would repeat the same problem
    stem = source.rsplit(".", 1)[0]
    form_id = text_of(head.get("form_id")) or stem
    title = text_of(head.get("form_title")) or form_id
    walked = walk_survey(survey, columns, lists, title, problems)
    scheme = text_of(head.get("scheme")).lower() or _scheme(walked.select_types)
    settings_row: dict[str, Any] = {
        "key": template_key(form_id, title, stem),
        "title": title,
        "scheme": scheme,
        "language": _language_code(language, default_language),
    }
    if text_of(head.get("na_policy")):
        settings_row["na_policy"] = head["na_policy"]
    ours = Sheet(SETTINGS, _settings_header(settings), [(head_row, settings_row)])
    spec = build_template(ours, Sheet(SURVEY, columns.template_header(), walked.rows), problems)
    if problems or spec is None:
        raise TemplateFileError(
            source,
            in_form_order(problems) or [translate("xlsform", "the form holds no questions")],
        )
    return XlsFormRead(spec, tuple(in_form_order(walked.warnings)))


def in_form_order(messages: list[str]) -> list[str]:
    """Messages sorted by sheet, then row, as a reader goes through the form; a message about
    a whole sheet comes before its rows. The mapping and the template rules find problems in
    two passes, and a list in one order is easier to work through."""
    order = {SURVEY: 0, CHOICES: 1, SETTINGS: 2}

    def key(message: str) -> tuple[int, int]:
        match = CELL.match(message)
        if match is None:
            return (len(order), 0)
        row = int(match["row"]) if match["row"] else 0
        return (order.get(match["sheet"], len(order)), row)

    return sorted(messages, key=key)


def template_key(*candidates: str) -> str:
    """The first candidate (form_id, title, file name) made into a valid template key:
    accents folded, lower case, anything else between words a '-'."""
    for candidate in candidates:
        folded = unicodedata.normalize("NFKD", candidate).encode("ascii", "ignore").decode()
        key = re.sub(r"[^a-z0-9_.-]+", "-", folded.lower()).strip("-_.")
        key = key[:64].rstrip("-_.")
        if TEMPLATE_KEY.match(key):
            return key
    return "xlsform"


def _scheme(select_types: list[str]) -> str:
    """yes_no when every choice question of the form is a yes/no question, else weighted."""
    if select_types and all(t in YES_NO_TYPES for t in select_types):
        return Scheme.YES_NO.value
    return Scheme.WEIGHTED.value


def _settings_header(settings: Sheet | None) -> dict[str, int]:
    """Our settings columns at the form's columns, so a problem names the form's cell."""
    if settings is None:
        return {}
    pairs = (("key", "form_id"), ("title", "form_title"), ("scheme", "scheme"))
    header = {ours: settings.header[theirs] for ours, theirs in pairs if theirs in settings.header}
    if "na_policy" in settings.header:
        header["na_policy"] = settings.header["na_policy"]
    return header


def _language_code(language: str | None, default_language: str) -> str:
    for name in (language or "", default_language):
        match = LANGUAGE_CODE.search(name)
        if match:
            return match["code"]
        if BARE_CODE.match(name):
            return name
    return "en"
