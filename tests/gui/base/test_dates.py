"""Dates in the window: one form, "3 Dec 2026", in the user's language, edits included."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

from sqms_desktop.gui.base.dates import DATE_FORMAT, date_text, moment_text
from sqms_desktop.gui.base.forms import form_names, load_form

pytestmark = pytest.mark.gui


def test_a_date_reads_day_month_name_year(qapp) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert date_text(dt.date(2026, 12, 3)) == "3 Dec 2026"
        assert date_text(None) == ""
        assert moment_text(dt.datetime(2026, 12, 3, 9, 5)) == "3 Dec 2026 09:05"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert date_text(dt.date(2026, 3, 3)) == "3 März 2026"
    finally:
        QLocale.setDefault(QLocale.c())


def test_every_date_edit_of_every_form_shows_the_month_by_name(qapp) -> None:
    edits = 0
    for name in form_names():
        form = load_form(name)
        for edit in form.findChildren(QDateEdit):
            edits += 1
            assert edit.displayFormat() == DATE_FORMAT, f"{name}: {edit.objectName()}"
        form.deleteLater()
    assert edits >= 6
