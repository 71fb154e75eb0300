"""The columns and choice lists of an XLSForm: which column holds what, in which language.

XLSForm names a column by its role (`type`, `name`, `relevant` …) and a text column also by
its language (`label::English (en)`, or the older `label:English (en)`); a form may carry
several languages. We take one: the form's `default_language` where it has labels in it, else
the plain `label` column, else the first language; a cell left empty in it falls back to the
plain column, then to the other languages, so a half-translated form still reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqms_desktop.checklists.xlsx_format import FORMULA, OPTION_SEPARATOR, Sheet, text_of
from sqms_desktop.i18n import translate

CHOICES = "choices"
TEXT_COLUMNS = ("label", "hint", "guidance_hint")
LANGUAGE_COLUMN = re.compile(r"^(?P<base>label|hint|guidance_hint)\s*::?\s*(?P<language>.+)$")


# The columns whose cells an import takes in, per sheet (text columns in any language too).
# A formula elsewhere, as the common `version` of `=NOW()`, is no problem: it is never read.
READ_COLUMNS = {
    "survey": frozenset(
        {"type", "name", "required", "relevant", "relevance", "constraint", "choice_filter",
         "parameters", *TEXT_COLUMNS}
    ),
    CHOICES: frozenset({"list_name", "list name", "name", "value", "label"}),
    "settings": frozenset(
        {"form_title", "form_id", "default_language", "scheme", "na_policy",
         "allow_choice_duplicates"}
    ),
}  # fmt: skip


def reads(sheet: str) -> Callable[[str], bool]:
    """Whether an import takes in a column of `sheet`, for `read_sheet`."""
    plain = READ_COLUMNS[sheet]

    def read(title: str) -> bool:
        match = LANGUAGE_COLUMN.match(title)
        return title in plain or (match is not None and match["base"] in plain)

    return read


class Columns:
    """Where one sheet keeps each value; `text` reads a label or hint in the chosen language."""

    def __init__(self, sheet: Sheet, language: str | None) -> None:
        self.sheet = sheet
        self.language = language
        self._texts: dict[tuple[str, str | None], str] = {}
        for title in sorted(sheet.header, key=sheet.header.__getitem__):
            match = LANGUAGE_COLUMN.match(title)
            if match:
                self._texts.setdefault((match["base"], match["language"].strip()), title)
            elif title in TEXT_COLUMNS:
                self._texts.setdefault((title, None), title)

    def column(self, *names: str) -> str | None:
        """The first of `names` (a column and its aliases) the sheet has."""
        return next((name for name in names if name in self.sheet.header), None)

    def text_column(self, base: str) -> str | None:
        """The column a text is read from first (and a problem with it is reported at)."""
        ordered = self._text_columns(base)
        return ordered[0] if ordered else None

    def text(self, values: dict[str, Any], base: str) -> str:
        for column in self._text_columns(base):
            found = text_of(values.get(column))
            if found:
                return found
        return ""

    def _text_columns(self, base: str) -> list[str]:
        preferred = [
            self._texts[key] for key in ((base, self.language), (base, None)) if key in self._texts
        ]
        others = [c for (b, _), c in self._texts.items() if b == base and c not in preferred]
        return preferred + others

    def template_header(self) -> dict[str, int]:
        """Our question columns at this sheet's column numbers: a problem the template rules
        find in a mapped value names the form's cell it came from."""
        wanted = {
            "section": self.column("type"),
            "id": self.column("name"),
            "text": self.text_column("label"),
            "type": self.column("type"),
            "options": self.column("type"),  # the choice list is named in the type cell
            "guidance": self.text_column("hint"),
            "required": self.column("required"),
            "condition": self.column("relevant", "relevance"),
            "min": self.column("constraint"),
            "max": self.column("constraint"),
        }
        return {ours: self.sheet.header[theirs] for ours, theirs in wanted.items() if theirs}


def choose_language(survey: Sheet, default_language: str) -> str | None:
    """The language whose labels we take (see the module's docstring); None is the plain
    `label` column."""
    languages = [
        match["language"].strip()
        for title in survey.header
        if (match := LANGUAGE_COLUMN.match(title)) and match["base"] == "label"
    ]
    if default_language and default_language in languages:
        return default_language
    if "label" in survey.header or not languages:
        return None
    return languages[0]


@dataclass
class ChoiceList:
    """One list of the choices sheet: its choices in order, each with its label and cells."""

    name: str
    row: int
    labels: dict[str, str] = field(default_factory=dict)  # choice name → label
    names: dict[str, str] = field(default_factory=dict)  # choice name → cell of the name
    label_refs: dict[str, str] = field(default_factory=dict)  # choice name → cell of the label

    def add(self, name: str, label: str, name_ref: str, label_ref: str) -> None:
        self.labels[name] = label
        self.names[name] = name_ref
        self.label_refs[name] = label_ref


def read_choice_lists(
    choices: Sheet | None, language: str | None, duplicates_allowed: bool, problems: list[str]
) -> dict[str, ChoiceList]:
    """Every list of the choices sheet; a choice without list or name, or named twice in its
    list (unless the settings allow it, as for cascading selects), is a problem."""
    if choices is None:
        return {}
    columns = Columns(choices, language)
    list_column = columns.column("list_name", "list name")
    name_column = columns.column("name", "value")
    for wanted, found in (("list_name", list_column), ("name", name_column)):
        if found is None:
            problems.append(
                translate(
                    "xlsform_sheets", "{CHOICES}!A1: the required column {wanted!r} is missing"
                ).format(CHOICES=CHOICES, wanted=wanted)
            )
    if list_column is None or name_column is None:
        return {}
    label_column = columns.text_column("label") or name_column
    lists: dict[str, ChoiceList] = {}
    for row, values in choices.rows:
        if any(value is FORMULA for value in values.values()):
            continue  # refused already
        list_name = text_of(values.get(list_column))
        name = text_of(values.get(name_column))
        if not list_name and not name:
            continue  # a row of other columns only, which XLSForm allows
        if not list_name:
            problems.append(
                translate("xlsform_sheets", "{ref}: the choice has no list_name").format(
                    ref=choices.ref(row, list_column)
                )
            )
            continue
        if not name:
            problems.append(
                translate("xlsform_sheets", "{ref}: the choice has no name").format(
                    ref=choices.ref(row, name_column)
                )
            )
            continue
        choice_list = lists.setdefault(list_name, ChoiceList(list_name, row))
        if name in choice_list.names:
            if not duplicates_allowed:
                problems.append(
                    translate(
                        "xlsform_sheets",
                        "{ref}: choice {name!r} appears twice in list {list_name!r} (first at "
                        "{names})",
                    ).format(
                        ref=choices.ref(row, name_column),
                        name=name,
                        list_name=list_name,
                        names=choice_list.names[name],
                    )
                )
            continue
        label = columns.text(values, "label") or name
        choice_list.add(name, label, choices.ref(row, name_column), choices.ref(row, label_column))
    return lists


def options_problems(choice_list: ChoiceList) -> list[str]:
    """Why a list's labels cannot be a question's options: our options are the labels
    themselves, each its own text, separated by ';' in our workbook."""
    problems = []
    seen: dict[str, str] = {}
    for name, label in choice_list.labels.items():
        where = choice_list.label_refs[name]
        if OPTION_SEPARATOR in label:
            problems.append(
                translate(
                    "xlsform_sheets",
                    "{where}: the label {label!r} holds a ';', which separates a checklist "
                    "question's options; write it without one",
                ).format(where=where, label=label)
            )
        elif label in seen:
            problems.append(
                translate(
                    "xlsform_sheets",
                    "{where}: the label {label!r} appears twice in list {name!r} (first at "
                    "{seen}); a checklist question's options must differ",
                ).format(where=where, label=label, name=choice_list.name, seen=seen[label])
            )
        seen.setdefault(label, where)
    return problems
