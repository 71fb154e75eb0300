"""The survey sheet of an XLSForm, row by row, as the question rows of our template format.

- Groups (`begin group` … `end group`, or `begin_group`) become sections; a nested group is
  flattened into a section titled with its path ("Site › Warehouse"); questions outside any
  group go to a section named after the form. Sections are numbered in order.
- A group's `relevant` holds for each question in it, so it is joined to the question's own.
- `select_one` / `select_multiple LIST` become choice / multi_choice questions offering the
  list's labels; a select_one whose choice names are exactly yes and no (or yes, no and na)
  becomes our yes_no (yes_no_na) question. integer, decimal and range become numbers (limits
  from a simple constraint or the range's start and end), date a date, image a photo, text and
  note a free text question.
- Repeats and types a checklist cannot ask (calculate, geopoint, audio …) are skipped with a
  warning naming the row; form metadata (start, end, today, deviceid …) silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqms_desktop.checklists.xlsform_logic import (
    Lookup,
    Target,
    condition_from_relevant,
    join_conditions,
    limits_from_constraint,
)
from sqms_desktop.checklists.xlsform_sheets import ChoiceList, Columns, options_problems
from sqms_desktop.checklists.xlsx_format import FORMULA, OPTION_SEPARATOR, Sheet, text_of
from sqms_desktop.checklists.xpath import Unmappable
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.vocab import QuestionType

QUESTION_TYPES = {
    "text": QuestionType.TEXT,
    "string": QuestionType.TEXT,
    "note": QuestionType.TEXT,
    "integer": QuestionType.NUMBER,
    "int": QuestionType.NUMBER,
    "decimal": QuestionType.NUMBER,
    "range": QuestionType.NUMBER,
    "date": QuestionType.DATE,
    "image": QuestionType.PHOTO,
    "photo": QuestionType.PHOTO,
}
WHOLE_NUMBERS = frozenset({"integer", "int"})
METADATA = frozenset(
    {
        "start", "end", "today", "deviceid", "imei", "subscriberid", "simserial", "phonenumber",
        "username", "email", "audit", "start-geopoint", "background-audio",
        "background-geopoint",
    }
)  # fmt: skip
SKIP_REASONS = {
    "calculate": QT_TRANSLATE_NOOP("xlsform_survey", "a calculation is not a question"),
    "hidden": QT_TRANSLATE_NOOP("xlsform_survey", "a hidden value is not a question"),
}
YES_NO_LISTS = {
    frozenset({"yes", "no"}): QuestionType.YES_NO,
    frozenset({"yes", "no", "na"}): QuestionType.YES_NO_NA,
}
CONTROL = re.compile(r"^(?P<edge>begin|end)[ _](?P<kind>group|repeat|loop)\b", re.IGNORECASE)
SINGLE_SELECTS = ("select_one", "select one from", "select one using", "select one", "select1")
MULTIPLE_SELECTS = (
    "select_multiple",
    "select multiple from",
    "select multiple using",
    "select multiple",
    "select all that apply from",
    "select all that apply",
)  # with the older spellings pyxform still reads; longest first, so "from" is no list name
SELECT = re.compile(
    rf"^(?P<command>{'|'.join(SINGLE_SELECTS + MULTIPLE_SELECTS)})(?:\s+(?P<list>\S+))?"
    r"(?:\s+(?P<other>or_other|or specify other|or other))?$",
    re.IGNORECASE,
)
ID_LIMIT = 32  # as xlsx_format.QUESTION_ID
ID_CHARACTERS = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
TRUE = frozenset({"yes", "true", "true()", "1"})
FALSE = frozenset({"no", "false", "false()", "0"})
RANGE_DEFAULTS = {"start": 1.0, "end": 10.0, "step": 1.0}  # as XLSForm's range


@dataclass
class SurveyRows:
    """Our question rows by survey row, the types the selects became, and the warnings."""

    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    select_types: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Group:
    kind: str  # "group" or "repeat"
    name: str
    title: str
    row: int
    condition: str = ""
    skipped: int = 0  # questions left out inside a repeat


def walk_survey(
    survey: Sheet,
    columns: Columns,
    lists: dict[str, ChoiceList],
    form_title: str,
    problems: list[str],
) -> SurveyRows:
    walk = _Walk(survey, columns, lists, form_title, problems)
    for row, values in survey.rows:
        walk.row(row, values)
    walk.finish()
    return walk.result


class _Walk:
    def __init__(
        self,
        survey: Sheet,
        columns: Columns,
        lists: dict[str, ChoiceList],
        form_title: str,
        problems: list[str],
    ) -> None:
        self.survey = survey
        self.columns = columns
        self.lists = lists
        self.form_title = form_title
        self.problems = problems
        self.result = SurveyRows()
        self.groups: list[_Group] = []
        self.targets: dict[str, Target] = {}  # form name → the question it became
        self.skipped: dict[str, str] = {}  # form name → why it is no question of ours
        self.group_names: set[str] = set()
        self.checked_lists: set[str] = set()
        self.section: tuple[tuple[str, ...], int] | None = None  # path, number
        name_column = columns.column("name")
        self.rows_of: dict[str, int] = {}
        for row, values in survey.rows:
            name = text_of(values.get(name_column)) if name_column else ""
            self.rows_of.setdefault(name, row)
        self.taken_ids = set(self.rows_of)

    # -- cells and messages ----------------------------------------------------------------

    def ref(self, row: int, *names: str) -> str:
        column = self.columns.column(*names)
        return self.survey.ref(row, column) if column else f"{self.survey.name}!A{row}"

    def value(self, values: dict[str, Any], *names: str) -> str:
        column = self.columns.column(*names)
        return text_of(values.get(column)) if column else ""

    def warn(self, where: str, text: str) -> None:
        self.result.warnings.append(f"{where}: {text}")

    def problem(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    # -- rows ------------------------------------------------------------------------------

    def row(self, row: int, values: dict[str, Any]) -> None:
        if any(value is FORMULA for value in values.values()):
            return  # refused already, cell by cell; guessing at the rest would only add noise
        kind = " ".join(self.value(values, "type").split())
        name = self.value(values, "name")
        lowered = kind.lower()
        if not kind:
            if name or self.columns.text(values, "label"):
                self.problem(
                    self.ref(row, "type"),
                    translate("xlsform_survey", "the row has a name or a label but no type"),
                )
            return
        control = CONTROL.match(lowered)
        if control:
            edge, found = control["edge"], control["kind"]
            self.control(row, values, edge, "group" if found == "group" else "repeat", name)
            return
        if lowered in METADATA or lowered.startswith("uri:"):
            self.skip(
                name,
                translate("xlsform_survey", "it is form metadata ({lowered})").format(
                    lowered=lowered
                ),
            )
            return
        repeat = self.open_repeat()
        if repeat is not None:
            repeat.skipped += 1
            self.skip(
                name,
                translate(
                    "xlsform_survey", "it sits in the repeat {name!r}, which was skipped"
                ).format(name=repeat.name),
            )
            return
        select = SELECT.match(kind)
        if select is not None:
            self.select(row, values, name, select)
        elif lowered in QUESTION_TYPES:
            self.question(row, values, name, lowered, QUESTION_TYPES[lowered])
        else:
            reason = translate(
                "xlsform_survey",
                SKIP_REASONS.get(
                    lowered,
                    QT_TRANSLATE_NOOP("xlsform_survey", "a checklist has no question of this type"),
                ),
            )
            self.warn(
                self.ref(row, "type"),
                translate("xlsform_survey", "{value} ({kind}) was skipped: {reason}").format(
                    value=name or translate("xlsform_survey", "the row"), kind=kind, reason=reason
                ),
            )
            self.skip(
                name,
                translate("xlsform_survey", "its type {kind} is not imported").format(kind=kind),
            )

    def skip(self, name: str, why: str) -> None:
        """Remember why a form name is no question of ours, for a condition that reads it."""
        if name:
            self.skipped.setdefault(name, why)

    def control(self, row: int, values: dict[str, Any], edge: str, kind: str, name: str) -> None:
        if edge == "begin":
            self.begin(row, values, kind, name)
            return
        if not self.groups:
            self.problem(
                self.ref(row, "type"),
                translate("xlsform_survey", "end {kind} without a begin {kind} before it").format(
                    kind=kind
                ),
            )
            return
        top = self.groups.pop()
        if top.kind != kind:
            self.problem(
                self.ref(row, "type"),
                translate(
                    "xlsform_survey",
                    "end {kind} closes the {kind2} {name!r} begun at row {row}; write end {kind2}",
                ).format(kind=kind, kind2=top.kind, name=top.name, row=top.row),
            )
        if top.kind == "repeat" and self.open_repeat() is None:
            self.warn(
                self.ref(top.row, "type"),
                translate(
                    "xlsform_survey",
                    "repeat {name!r} (rows {row}–{row2}) was skipped with the {skipped} "
                    "row(s) inside it: a checklist asks each question once",
                ).format(name=top.name, row=top.row, row2=row, skipped=top.skipped),
            )

    def begin(self, row: int, values: dict[str, Any], kind: str, name: str) -> None:
        if not name:
            self.problem(
                self.ref(row, "name"),
                translate("xlsform_survey", "the {kind} has no name").format(kind=kind),
            )
        title = self.columns.text(values, "label") or name
        group = _Group(kind, name, title, row)
        if self.open_repeat() is not None:
            self.skip(name, translate("xlsform_survey", "it is a group inside a skipped repeat"))
        elif kind == "group":
            self.group_names.add(name)
            expression = self.value(values, "relevant", "relevance")
            if expression:
                try:
                    group.condition = condition_from_relevant(expression, self.lookup("", row))
                except Unmappable as why:
                    self.warn(
                        self.ref(row, "relevant", "relevance"),
                        translate(
                            "xlsform_survey",
                            "the questions of group {name} are imported without its relevant "
                            "{expression!r}: {why}",
                        ).format(name=name, expression=expression, why=why),
                    )
        else:
            self.skip(name, translate("xlsform_survey", "it is a repeat, which was skipped"))
        self.groups.append(group)

    def finish(self) -> None:
        for group in reversed(self.groups):
            self.problem(
                self.ref(group.row, "type"),
                translate(
                    "xlsform_survey", "{kind} {name!r} is never closed: its end {kind} is missing"
                ).format(kind=group.kind, name=group.name),
            )

    def open_repeat(self) -> _Group | None:
        return next((g for g in self.groups if g.kind == "repeat"), None)

    # -- questions -------------------------------------------------------------------------

    def select(self, row: int, values: dict[str, Any], name: str, select: re.Match[str]) -> None:
        command, list_name = select["command"].lower(), select["list"]
        where = self.ref(row, "type")
        if not list_name:
            self.problem(
                where,
                translate("xlsform_survey", "{command} names no choice list").format(
                    command=command
                ),
            )
            return
        found = self.lists.get(list_name)
        if found is None:
            self.problem(
                where,
                translate(
                    "xlsform_survey", "the choice list {list_name!r} is not in the choices sheet"
                ).format(list_name=list_name),
            )
            return
        if select["other"]:
            self.warn(
                where,
                translate(
                    "xlsform_survey",
                    "{name} is imported without {select}: it offers the choices of "
                    "{list_name!r} only, and no text for another answer",
                ).format(name=name, select=select["other"], list_name=list_name),
            )
        choice_filter = self.value(values, "choice_filter")
        if choice_filter:
            self.warn(
                self.ref(row, "choice_filter"),
                translate(
                    "xlsform_survey",
                    "{name} is imported without its choice_filter {choice_filter!r}: it "
                    "offers every choice of {list_name!r}",
                ).format(name=name, choice_filter=choice_filter, list_name=list_name),
            )
        single = command in SINGLE_SELECTS
        yes_no = YES_NO_LISTS.get(frozenset(found.labels)) if single else None
        if yes_no is not None:
            choices = {choice: choice for choice in found.labels}
            self.question(row, values, name, "select_one", yes_no, choices=choices)
            return
        if list_name not in self.checked_lists:
            self.checked_lists.add(list_name)
            self.problems.extend(options_problems(found))
        qtype = QuestionType.CHOICE if single else QuestionType.MULTI_CHOICE
        self.question(row, values, name, command, qtype, choices=dict(found.labels))

    def question(
        self,
        row: int,
        values: dict[str, Any],
        name: str,
        kind: str,
        qtype: QuestionType,
        *,
        choices: dict[str, str] | None = None,
    ) -> None:
        if not name:
            self.problem(
                self.ref(row, "name"), translate("xlsform_survey", "the question has no name")
            )
            return
        text = self.columns.text(values, "label")
        if kind == "note" and not text:
            self.warn(
                self.ref(row, "type"),
                translate("xlsform_survey", "{name} (note) was skipped: it has no text").format(
                    name=name
                ),
            )
            self.skip(name, translate("xlsform_survey", "it is a note without text"))
            return
        is_select = kind.startswith("select")
        options = (
            list(choices.values())
            if qtype in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE) and choices
            else []
        )
        guidance = [self.columns.text(values, "hint"), self.columns.text(values, "guidance_hint")]
        low, high = self.limits(row, values, name, kind, qtype)
        self.result.rows.append(
            (
                row,
                {
                    "section": self.section_label(),
                    "id": self.question_id(row, name),
                    "text": text,
                    "type": qtype.value,
                    "options": f"{OPTION_SEPARATOR} ".join(options),
                    "guidance": "\n\n".join(g for g in guidance if g),
                    "required": "yes" if self.required(row, values, name, kind) else "no",
                    "condition": self.condition(row, values, name),
                    "min": low,
                    "max": high,
                },
            )
        )
        qid = self.result.rows[-1][1]["id"]
        self.targets[name] = Target(qid, qtype.value, choices or {})
        if is_select:
            self.result.select_types.append(qtype.value)

    def section_label(self) -> str:
        path = tuple(g.title for g in self.groups)
        if self.section is None or self.section[0] != path:
            self.section = (path, 1 if self.section is None else self.section[1] + 1)
        return f"{self.section[1]} {' › '.join(path) or self.form_title}"

    def question_id(self, row: int, name: str) -> str:
        """The name, or a long one cut to our id length (the id rules report anything else)."""
        if len(name) <= ID_LIMIT or not ID_CHARACTERS.fullmatch(name):
            return name
        qid, number = name[:ID_LIMIT], 1
        while qid in self.taken_ids:
            suffix = f"_{number}"
            qid, number = name[: ID_LIMIT - len(suffix)] + suffix, number + 1
        self.taken_ids.add(qid)
        self.warn(
            self.ref(row, "name"),
            translate(
                "xlsform_survey",
                "the name {name!r} is longer than a question id may be ({ID_LIMIT} "
                "characters); it is imported as {qid!r}",
            ).format(name=name, ID_LIMIT=ID_LIMIT, qid=qid),
        )
        return qid

    def required(self, row: int, values: dict[str, Any], name: str, kind: str) -> bool:
        given = self.value(values, "required")
        flag = given.lower()
        if not flag or flag in FALSE:
            return False
        if flag in TRUE:
            return kind != "note"  # a note is read, never answered
        self.warn(
            self.ref(row, "required"),
            translate(
                "xlsform_survey",
                "{name} is imported as not required, without its required {given!r}: a "
                "checklist question is required or not, never by a rule",
            ).format(name=name, given=given),
        )
        return False

    def condition(self, row: int, values: dict[str, Any], name: str) -> str:
        own = ""
        expression = self.value(values, "relevant", "relevance")
        if expression:
            try:
                own = condition_from_relevant(expression, self.lookup(name, row))
            except Unmappable as why:
                self.warn(
                    self.ref(row, "relevant", "relevance"),
                    translate(
                        "xlsform_survey",
                        "{name} is imported without its relevant {expression!r}: {why}",
                    ).format(name=name, expression=expression, why=why),
                )
        return join_conditions([*(g.condition for g in self.groups), own])

    def lookup(self, current: str, row: int) -> Lookup:
        def find(name: str) -> Target:
            if name == current:
                raise Unmappable(translate("xlsform_survey", "it names the question itself"))
            if name in self.targets:
                return self.targets[name]
            if name in self.skipped:
                raise Unmappable(
                    translate("xlsform_survey", "{name} is not in the checklist: {skipped}").format(
                        name=name, skipped=self.skipped[name]
                    )
                )
            if name in self.group_names:
                raise Unmappable(
                    translate("xlsform_survey", "{name} is a group, not a question").format(
                        name=name
                    )
                )
            later = self.rows_of.get(name)
            if later is not None and later > row:
                raise Unmappable(
                    translate(
                        "xlsform_survey",
                        "{name} comes later in the form (row {later}); a condition reads earlier "
                        "answers only",
                    ).format(name=name, later=later)
                )
            raise Unmappable(
                translate("xlsform_survey", "the form has no question {name!r}").format(name=name)
            )

        return find

    def limits(
        self, row: int, values: dict[str, Any], name: str, kind: str, qtype: QuestionType
    ) -> tuple[float | None, float | None]:
        low: float | None = None
        high: float | None = None
        whole = kind in WHOLE_NUMBERS
        if kind == "range":
            bounds = self.range_parameters(row, values, name)
            low, high = bounds["start"], bounds["end"]
            whole = all(v.is_integer() for v in bounds.values())
        expression = self.value(values, "constraint")
        if not expression:
            return low, high
        where = self.ref(row, "constraint")
        if qtype != QuestionType.NUMBER:
            self.warn(
                where,
                translate(
                    "xlsform_survey",
                    "{name} is imported without its constraint {expression!r}: a checklist "
                    "question has limits only as a number's min and max",
                ).format(name=name, expression=expression),
            )
            return low, high
        try:
            floor, ceiling = limits_from_constraint(expression, whole=whole)
        except Unmappable as why:
            self.warn(
                where,
                translate(
                    "xlsform_survey",
                    "{name} is imported without its constraint {expression!r}: {why}",
                ).format(name=name, expression=expression, why=why),
            )
            return low, high
        low = floor if low is None or (floor is not None and floor > low) else low
        high = ceiling if high is None or (ceiling is not None and ceiling < high) else high
        return low, high

    def range_parameters(self, row: int, values: dict[str, Any], name: str) -> dict[str, float]:
        bounds = dict(RANGE_DEFAULTS)
        text = self.value(values, "parameters")
        for part in re.split(r"[\s,;]+", text.strip()):
            key, _, number = part.partition("=")
            if key.strip().lower() not in bounds:
                continue
            try:
                bounds[key.strip().lower()] = float(number)
            except ValueError:
                self.problem(
                    self.ref(row, "parameters"),
                    translate("xlsform_survey", "{name}: {part!r} is not a number").format(
                        name=name, part=part
                    ),
                )
        return bounds
