"""A refusal finds its field by its English words, also when it is shown in German."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.base.field_errors import FieldErrors
from sqms_desktop.i18n import speaking
from sqms_desktop.services.store_settings import set_store_setting
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import PolicyKey


def _form(qtbot) -> tuple[QWidget, FieldErrors]:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    general = QLabel()
    layout.addRow(general)
    errors = FieldErrors(general)
    company = QLineEdit()
    layout.addRow("Company", company)
    errors.add("company", company, "company name")
    containment = QLineEdit()
    layout.addRow("Containment", containment)
    errors.add("containment", containment, "containment")
    form.show()
    return form, errors


def _refusal(uow: Callable[[], UnitOfWork], language: str) -> ValidationError:
    with speaking(language), uow() as u, pytest.raises(ValidationError) as refused:
        set_store_setting(u, PolicyKey.CAPA_CONTAINMENT_DAYS, "many", reason="new policy")
    return refused.value


def test_a_refusal_in_german_is_shown_at_the_field_its_english_names(qtbot, uow) -> None:
    _form_kept, errors = _form(qtbot)
    error = _refusal(uow, "de")

    assert str(error) == "Sofortmaßnahme erwartet eine ganze Zahl; erhalten: 'many'"
    assert error.english == "Containment takes a whole number; got 'many'"
    assert errors.show(error) == "containment"
    assert errors.message("containment") == str(error)
    assert errors.general_text() == ""


def test_the_same_refusal_in_english(qtbot, uow) -> None:
    _form_kept, errors = _form(qtbot)
    error = _refusal(uow, "en")

    assert str(error) == error.english == "Containment takes a whole number; got 'many'"
    assert errors.show(error) == "containment"


def test_a_sentence_naming_no_field_goes_to_the_general_line(qtbot) -> None:
    _form_kept, errors = _form(qtbot)
    assert errors.show(ValidationError("The store is read-only")) is None
    assert errors.marked() == []
    assert errors.general_text() == "The store is read-only"
