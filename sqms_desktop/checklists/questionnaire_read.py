"""Reading a returned self-assessment questionnaire: the shared reading of a filled form
(xlsx_form.py), its hidden data, and every answer checked against its question's type.

Every problem is named by sheet, cell, row and column with the reason, and all are reported at
once; whether the locked part is intact is decided by the service, which knows the store's key.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from sqms_desktop.checklists.conditions import ConditionError, parse_condition
from sqms_desktop.checklists.questionnaire import (
    CONTACT_FIELDS,
    FORM_VERSION,
    HEADINGS,
    HIDDEN,
    MULTI_SEPARATOR,
    NA,
    SHEET,
    QuestionItem,
    Questionnaire,
)
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.vocab import SCORE_VALUES, YES_NO_ANSWERS, QuestionType
from sqms_desktop.xlsx_form import FilledForm, FormError, read_filled

MAX_ROWS = 5000
MAX_COLUMNS = 12
NA_WORDS = frozenset({"n/a", "na", "n.a.", "n.e.", "not applicable"})
MAX_NAME = 40  # of the contact's name, so "name (supplier code)" fits an answer's answered_by


class SelfAssessmentFormError(FormError):
    """A returned questionnaire with problems; `problems` lists every one with its cell."""


@dataclass
class ReturnedForm(FilledForm):
    form_id: str = ""
    template_id: str = ""
    supplier_id: str = ""
    issuer: str = ""
    issued_on: dt.date | None = None
    checksum: str = ""
    locked: list[str] = field(default_factory=list)  # cells
    contact: list[tuple[str, str]] = field(default_factory=list)  # (field, cell)
    questions: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, qid, ans, cmt

    def where(self, cell: str, heading: str) -> str:
        row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return translate("questionnaire_read", "{cell} (row {row}, column {heading})").format(
            cell=self.ref(cell), row=row, heading=heading
        )


def read_questionnaire(path: Path) -> ReturnedForm:
    """The form's cells and hidden data; a file that is not a returned questionnaire is refused
    with `SelfAssessmentFormError`, and only that, also when it is damaged."""
    form = ReturnedForm(path.name)
    read_filled(
        path,
        form,
        sheet=SHEET,
        hidden=HIDDEN,
        kind=QT_TRANSLATE_NOOP("xlsx_form", "self-assessment questionnaire"),
        error=SelfAssessmentFormError,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
        hidden_columns=5,
    )
    _read_hidden(form)
    return form


def _read_hidden(form: ReturnedForm) -> None:
    problems: list[str] = []
    for number, values in enumerate(form.hidden_rows, start=1):
        kind = values[0] if values else None
        try:
            if kind == "form" and values[1] != FORM_VERSION:
                problems.append(
                    translate("xlsx_form", "{cell}: form version {version!r} is not known").format(
                        cell=f"{HIDDEN}!B{number}", version=values[1]
                    )
                )
            elif kind in ("form_id", "template_id", "supplier_id", "issuer", "checksum"):
                setattr(form, str(kind), str(values[1]))
            elif kind == "issued_on":
                form.issued_on = dt.date.fromisoformat(str(values[1]))
            elif kind == "locked":
                form.locked.append(str(values[1]))
            elif kind == "contact":
                form.contact.append((str(values[1]), str(values[2])))
            elif kind == "question":
                form.questions.append(
                    (str(values[1]), str(values[2]), str(values[3]), str(values[4]))
                )
        except (IndexError, TypeError, ValueError):
            problems.append(
                translate("questionnaire_read", "{cell}: the form's hidden data is damaged").format(
                    cell=f"{HIDDEN}!A{number}"
                )
            )
    if not (form.form_id and form.template_id and form.supplier_id and form.checksum) or (
        form.issued_on is None
    ):
        problems.append(
            translate(
                "questionnaire_read",
                "{sheet}: the form id, checklist, supplier, date or check value is missing",
            ).format(sheet=HIDDEN)
        )
    if problems:
        raise SelfAssessmentFormError(form.name, problems)


@dataclass(frozen=True)
class Contact:
    """Who at the supplier filled the form in (a field on the form)."""

    name: str
    function: str
    filled_on: dt.date | None


@dataclass(frozen=True)
class ReadAnswer:
    """One question as the supplier answered it: a value or N/A, and the comment."""

    question_id: str
    qid: str
    cell: str  # where the answer is, as the problems name it
    value: str | None
    not_applicable: bool
    justification: str
    note: str

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value is not None


def read_contact(form: ReturnedForm, problems: list[str]) -> Contact:
    cells = dict(form.contact)
    labels = dict(CONTACT_FIELDS)
    texts = {name: form.text(cells.get(name, "")).strip() for name in labels}
    name_cell = cells.get("name", "B1")
    if not texts["name"]:
        problems.append(
            translate("questionnaire_read", "{where}: say who filled in the form (a name)").format(
                where=form.where(name_cell, labels["name"])
            )
        )
    elif len(texts["name"]) > MAX_NAME:
        problems.append(
            translate(
                "questionnaire_read", "{where}: at most {limit} characters, not {count}"
            ).format(
                where=form.where(name_cell, labels["name"]),
                limit=MAX_NAME,
                count=len(texts["name"]),
            )
        )
    filled_on = None
    value = form.values.get(cells.get("filled_on", ""))
    if isinstance(value, dt.datetime):
        filled_on = value.date()
    elif isinstance(value, dt.date):
        filled_on = value
    elif texts["filled_on"]:
        try:
            filled_on = dt.date.fromisoformat(texts["filled_on"])
        except ValueError:
            problems.append(
                translate(
                    "questionnaire_read", "{where}: {text!r} is not a date (YYYY-MM-DD)"
                ).format(
                    where=form.where(cells["filled_on"], labels["filled_on"]),
                    text=texts["filled_on"],
                )
            )
    return Contact(texts["name"], texts["function"], filled_on)


def read_answers(form: ReturnedForm, questionnaire: Questionnaire) -> list[ReadAnswer]:
    """Every answered or commented question, each answer checked against its question's type
    and its condition; the problems of all of them at once, or none (all or nothing)."""
    problems: list[str] = []
    by_id = {q.id: q for q in questionnaire.questions()}
    answers: list[ReadAnswer] = []
    for question_id, qid, answer_cell, comment_cell in form.questions:
        question = by_id.get(question_id)
        if question is None:
            problems.append(
                translate(
                    "questionnaire_read", "{sheet}: question {qid} is not in checklist {key}"
                ).format(sheet=HIDDEN, qid=qid, key=questionnaire.key)
            )
            continue
        read = _answer(form, question, questionnaire.scheme, answer_cell, comment_cell, problems)
        if read is not None:
            answers.append(read)
    _conditions(form, by_id, answers, problems)
    if problems:
        raise SelfAssessmentFormError(form.name, problems)
    return answers


def _answer(
    form: ReturnedForm,
    question: QuestionItem,
    scheme: str,
    cell: str,
    comment_cell: str,
    problems: list[str],
) -> ReadAnswer | None:
    raw = form.values.get(cell)
    text = form.text(cell).replace("\r\n", "\n").strip()
    note = form.text(comment_cell).replace("\r\n", "\n").strip()
    if not text:
        if not note:
            return None
        return ReadAnswer(question.id, question.qid, cell, None, False, "", note)
    where = translate("questionnaire_read", "{where}, question {qid}").format(
        where=form.where(cell, HEADINGS[4]), qid=question.qid
    )
    if text.casefold() in NA_WORDS:
        if question.type == QuestionType.YES_NO:
            problems.append(
                translate(
                    "questionnaire_read",
                    "{where}: this question is answered yes or no; it has no {na}",
                ).format(where=where, na=NA)
            )
            return None
        if question.type == QuestionType.YES_NO_NA:
            return ReadAnswer(question.id, question.qid, cell, "na", False, "", note)
        if not note:
            problems.append(
                translate(
                    "questionnaire_read",
                    "{where}: {na} needs the reason in the comment ({comment})",
                ).format(where=where, na=NA, comment=form.where(comment_cell, HEADINGS[5]))
            )
            return None
        return ReadAnswer(question.id, question.qid, cell, None, True, note, "")
    try:
        value = _value(question, scheme, raw, text)
    except ValueError as exc:
        problems.append(f"{where}: {exc}")
        return None
    return ReadAnswer(question.id, question.qid, cell, value, False, "", note)


def _value(question: QuestionItem, scheme: str, raw: object, text: str) -> str:
    """The answer as the store keeps it, or ValueError saying why it is not one."""
    kind = question.type
    if kind == QuestionType.SCORE:
        allowed = SCORE_VALUES.get(scheme, ())
        if text not in allowed:
            raise ValueError(
                translate(
                    "questionnaire_read", "{text!r} is not a score of this checklist ({allowed})"
                ).format(text=text, allowed=", ".join(allowed))
            )
        return text
    if kind in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        word = text.casefold()
        allowed = tuple(a for a in YES_NO_ANSWERS[kind] if a != "na")
        if word not in allowed:
            raise ValueError(
                translate("questionnaire_read", "{text!r} is not {allowed}").format(
                    text=text, allowed=translate("questionnaire_read", " or ").join(allowed)
                )
            )
        return word
    if kind == QuestionType.CHOICE and question.options:
        return _option(question, text)
    if kind == QuestionType.MULTI_CHOICE and question.options:
        parts = [p.strip() for p in text.split(MULTI_SEPARATOR) if p.strip()]
        return "; ".join(_option(question, p) for p in parts)
    if kind == QuestionType.NUMBER:
        return _number(question, raw, text)
    if kind == QuestionType.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date().isoformat()
        if isinstance(raw, dt.date):
            return raw.isoformat()
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(
                translate("questionnaire_read", "{text!r} is not a date (YYYY-MM-DD)").format(
                    text=text
                )
            ) from None
    return text


def _option(question: QuestionItem, text: str) -> str:
    for option in question.options:
        if option.casefold() == text.casefold():
            return option
    raise ValueError(
        translate("questionnaire_read", "{text!r} is not one of {options}").format(
            text=text, options=", ".join(question.options)
        )
    )


def _number(question: QuestionItem, raw: object, text: str) -> str:
    try:
        number = float(raw) if isinstance(raw, int | float) else float(text.replace(",", "."))
    except ValueError:
        raise ValueError(
            translate("questionnaire_read", "{text!r} is not a number").format(text=text)
        ) from None
    if not math.isfinite(number):
        raise ValueError(
            translate("questionnaire_read", "{text!r} is not a number").format(text=text)
        )
    low, high = question.min_value, question.max_value
    if (low is not None and number < low) or (high is not None and number > high):
        bounds = f"{'' if low is None else f'{low:g}'}…{'' if high is None else f'{high:g}'}"
        raise ValueError(
            translate("questionnaire_read", "{text} lies outside {bounds}").format(
                text=text, bounds=bounds
            )
        )
    return str(int(number)) if number.is_integer() else repr(number)


def _conditions(
    form: ReturnedForm,
    questions: dict[str, QuestionItem],
    answers: list[ReadAnswer],
    problems: list[str],
) -> None:
    """An answer to a question whose condition does not hold on the supplier's own answers is
    refused: the audit would not show it, and the supplier should see why."""
    values = {a.qid: a.value for a in answers if a.value is not None}
    for answer in answers:
        question = questions[answer.question_id]
        if not question.condition or not answer.answered:
            continue
        try:
            shown = parse_condition(question.condition).evaluate(values)
        except ConditionError:
            continue  # released templates were checked on import
        if not shown:
            problems.append(
                translate(
                    "questionnaire_read",
                    "{where}, question {qid}: answered, but it applies only when {condition}; "
                    "leave it empty",
                ).format(
                    where=form.where(answer.cell, HEADINGS[4]),
                    qid=answer.qid,
                    condition=question.condition,
                )
            )
