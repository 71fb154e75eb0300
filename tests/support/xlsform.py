"""XLSForms as ODK and KoboToolbox users write them, built with openpyxl for the import tests.

`write_xlsform` writes any form from rows; `write_site_visit` writes a realistic supplier site
visit: metadata rows, a note, groups (one nested, one with its own `relevant`), yes/no and 1-5
select_one lists, a select_multiple, an image, number constraints, `relevant` expressions that
map and two that do not, a calculate row and a geopoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]

SURVEY_HEADER = (
    "type",
    "name",
    "label::English (en)",
    "label::Deutsch (de)",
    "hint::English (en)",
    "required",
    "relevant",
    "constraint",
    "calculation",
    "appearance",
)
CHOICES_HEADER = ("list_name", "name", "label::English (en)", "label::Deutsch (de)")
SETTINGS_HEADER = ("form_title", "form_id", "version", "default_language")


def write_xlsform(
    path: Path,
    survey: Rows,
    choices: Rows | None = None,
    settings: Rows | None = None,
) -> Path:
    """A workbook of the given sheets; each argument's first row is the sheet's header."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    for name, rows in (("choices", choices), ("settings", settings)):
        if rows is not None:
            extra = workbook.create_sheet(name)
            for row in rows:
                extra.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _row(type_: str, name: str = "", label: str = "", **cells: str) -> tuple[str, ...]:
    """One survey row in SURVEY_HEADER's order; German labels are the English with 'DE: '."""
    values = {
        "type": type_,
        "name": name,
        "label::English (en)": label,
        "label::Deutsch (de)": f"DE: {label}" if label else "",
        "hint::English (en)": cells.pop("hint", ""),
        **cells,
    }
    return tuple(values.get(column, "") for column in SURVEY_HEADER)


SITE_VISIT_SURVEY = (
    SURVEY_HEADER,
    _row("start", "start"),
    _row("end", "end"),
    _row("today", "today"),
    _row("deviceid", "deviceid"),
    _row("note", "intro", "This visit checks the supplier's site against our requirements."),
    _row("text", "auditor", "Auditor", required="yes"),
    _row("date", "visit_date", "Date of the visit", required="true"),
    _row("begin group", "qms", "Quality management system", appearance="field-list"),
    _row(
        "select_one yes_no",
        "iso_cert",
        "Is the supplier certified to ISO 9001?",
        hint="Ask for the certificate and check its scope.",
        required="yes",
    ),
    _row("image", "iso_photo", "Photo of the certificate", relevant="${iso_cert} = 'yes'"),
    _row(
        "select_one yes_no", "cert_valid", "Is the certificate valid?", relevant="${iso_cert}='yes'"
    ),
    _row("select_one rating", "doc_control", "How well are documents controlled?", required="TRUE"),
    _row("text", "doc_gaps", "Which gaps did you see?", relevant="${doc_control} <= 2"),
    _row("end group"),
    _row("begin_group", "production", "Production"),
    _row("begin_group", "warehouse", "Warehouse", relevant="${iso_cert} = 'yes'"),
    _row("select_multiple hazards", "hazards_seen", "Which hazards did you see?"),
    _row(
        "text",
        "hazard_notes",
        "How is the fire risk handled?",
        relevant="selected(${hazards_seen}, 'fire')",
    ),
    _row("end_group"),
    _row("integer", "scrap_rate", "Scrap rate in per cent", constraint=". >= 0 and . <= 100"),
    _row(
        "select_one rating",
        "housekeeping",
        "How is the housekeeping?",
        relevant="not(${iso_cert} = 'no') and (${scrap_rate} < 5 or selected(${doc_control}, '5'))",
    ),
    _row("calculate", "total", calculation="${doc_control} + ${housekeeping}"),
    _row("geopoint", "location", "Where is the site?"),
    _row("end_group"),
    _row("select_one yes_no", "follow_up", "Is a follow-up visit needed?", required="yes"),
)
SITE_VISIT_CHOICES = (
    CHOICES_HEADER,
    ("yes_no", "yes", "Yes", "Ja"),
    ("yes_no", "no", "No", "Nein"),
    ("rating", 1, "1 - poor", "1 - schlecht"),
    ("rating", 2, "2 - weak", "2 - schwach"),
    ("rating", 3, "3 - fair", "3 - mittel"),
    ("rating", 4, "4 - good", "4 - gut"),
    ("rating", 5, "5 - excellent", "5 - sehr gut"),
    ("hazards", "fire", "Fire", "Feuer"),
    ("hazards", "spill", "Chemical spill", "Chemikalien"),
    ("hazards", "trip", "Trip hazard", "Stolpergefahr"),
)
SITE_VISIT_SETTINGS = (
    SETTINGS_HEADER,
    ("Supplier site visit", "Supplier_Site_Visit", "2024061201", "English (en)"),
)
SITE_VISIT_KEY = "supplier_site_visit"
# The cells the warnings name (columns as in SURVEY_HEADER: A type, G relevant).
SITE_VISIT_WARNED = ("survey!G14", "survey!G19", "survey!A23", "survey!A24")


def write_site_visit(path: Path) -> Path:
    return write_xlsform(path, SITE_VISIT_SURVEY, SITE_VISIT_CHOICES, SITE_VISIT_SETTINGS)
