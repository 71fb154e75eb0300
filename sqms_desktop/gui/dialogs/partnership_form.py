"""What the partnership dialogs share: the supplier they act for, the audits and CAPAs of that
supplier a record may link to, and the small conversions between widgets and values.

Each dialog stores through one service call (FormDialog); the service decides, and its refusal
is shown at the field it names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.base.dates import NO_DATE, show_dates_in_locale
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.dialogs.form_dialog import FormDialog
from sqms_desktop.services.actor import Actor


@dataclass(frozen=True)
class Link:
    id: str
    text: str
    status: str = ""


@dataclass(frozen=True)
class Partner:
    """The supplier a dialog acts for, with what its records may link to."""

    supplier_id: str
    name: str  # "CODE · Name"
    audits: list[Link] = field(default_factory=list)
    capas: list[Link] = field(default_factory=list)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def optional_day(edit: QDateEdit) -> dt.date | None:
    """None while the edit shows its "none" value (its minimum)."""
    day = edit.date()
    return None if day <= NO_DATE else pydate(day)


def allow_no_day(edit: QDateEdit, text: str, day: dt.date | None) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(text)
    edit.setDate(NO_DATE if day is None else qdate(day))


def fill_words(combo: QComboBox, values: list[str], current: str | None = None) -> None:
    for value in values:
        combo.addItem(label(value), value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


def fill_links(combo: QComboBox, links: list[Link], none: str, current: str | None) -> None:
    combo.addItem(none, "")
    for link in links:
        combo.addItem(link.text, link.id)
    combo.setCurrentIndex(max(combo.findData(current or ""), 0))


def chosen(combo: QComboBox) -> str:
    data = combo.currentData()
    return str(data) if data is not None else ""


class FieldRefusal(ValidationError):
    """A refusal the dialog makes itself, shown at the field keyed `field` (FieldErrors reads
    the attribute), whatever language its words are in."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def optional_int(text: str, what: str, field: str | None = None) -> int | None:
    """A whole number typed in a field that may stay empty; a clear refusal for anything else
    (`what` names the field in the user's language, `field` is its key in the dialog)."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toInt(cleaned)  # as the user's language writes it ("1.000" in German)
    if ok:
        return value
    try:
        return int(cleaned)
    except ValueError:
        message = QCoreApplication.translate(
            "PartnerDialog", "{what} must be a whole number; got {text}"
        ).format(what=what, text=repr(text.strip()))
        raise FieldRefusal(message, field) from None


def optional_float(text: str, what: str, field: str | None = None) -> float | None:
    """A number as the user's language writes it ("97,5" in German), or with a decimal point."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return value
    try:
        return float(cleaned)
    except ValueError:
        message = QCoreApplication.translate(
            "PartnerDialog", "{what} must be a number; got {text}"
        ).format(what=what, text=repr(text.strip()))
        raise FieldRefusal(message, field) from None


class PartnerDialog(FormDialog):
    """A dialog acting for one supplier; the subclass loads its form, then `bind_partner`."""

    def __init__(self, actor: Actor, partner: Partner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._partner = partner
        self.record_id: str | None = None

    def bind_partner(self, intro: str = "") -> None:
        self.bind_form()
        for edit in self.findChildren(QDateEdit):
            show_dates_in_locale(edit)
        text = self.tr("Supplier: {supplier}").format(supplier=self._partner.name)
        child(self, QLabel, "intro_label").setText(f"{text}\n{intro}" if intro else text)
