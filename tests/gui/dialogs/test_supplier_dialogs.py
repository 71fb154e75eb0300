"""The supplier master's dialogs on their own: a refusal lands at the field it names, a refusal
about no one field in the dialog's error line, and every dialog fits a 1280×720 screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.gui.dialogs.supplier import StatusDialog, SupplierDialog
from sqms_desktop.gui.dialogs.supplier_import import SupplierImportDialog
from sqms_desktop.gui.dialogs.supplier_parts import CertificateDialog, ContactDialog, SiteDialog
from sqms_desktop.queries.supplier_detail import supplier_detail
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.store.engine import Store
from tests.gui.conftest import QUALITY_ENGINEER

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 2)
SCREEN = QSize(1280, 720)


@pytest.fixture
def actor(team_store: Store) -> Actor:
    return Actor(team_store, QUALITY_ENGINEER)


@pytest.fixture
def supplier_id(actor: Actor) -> str:
    return actor.run(create_supplier, SupplierInput(code="MGS-01", name="Metallguss Süd")).id


def _dialogs(actor: Actor, supplier_id: str) -> list[QDialog]:
    detail = actor.read(supplier_detail, supplier_id, TODAY)
    named = "MGS-01 · Metallguss Süd"
    return [
        SupplierDialog(actor),
        SupplierDialog(actor, detail),
        StatusDialog(actor, detail),
        SiteDialog(actor, supplier_id, named),
        ContactDialog(actor, supplier_id, named),
        CertificateDialog(actor, supplier_id, named, today=TODAY),
        SupplierImportDialog(actor),
    ]


def test_every_dialog_fits_a_small_screen(qtbot, actor: Actor, supplier_id: str) -> None:
    for dialog in _dialogs(actor, supplier_id):
        qtbot.addWidget(dialog)
        dialog.show()
        name = type(dialog).__name__
        assert dialog.width() <= SCREEN.width(), name
        assert dialog.height() <= SCREEN.height(), name
        # Each field at least as large as it asks to be: nothing is cut off.
        hint = dialog.minimumSizeHint()
        assert hint.width() <= dialog.width(), name
        assert hint.height() <= dialog.height(), name
        dialog.close()


def test_a_period_the_wrong_way_round_marks_valid_until(
    qtbot, actor: Actor, supplier_id: str
) -> None:
    dialog = CertificateDialog(actor, supplier_id, "MGS-01", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("Q-1")
    dialog.set_dates(dt.date(2026, 3, 2), dt.date(2025, 3, 2))
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.marked() == ["valid_until"]
    assert "valid until (2025-03-02) must be after valid from" in dialog.errors.message(
        "valid_until"
    )
    assert dialog.record_id is None


def test_a_site_named_twice_is_refused_at_its_name(qtbot, actor: Actor, supplier_id: str) -> None:
    for attempt in range(2):
        dialog = SiteDialog(actor, supplier_id, "MGS-01")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name_edit.setText("Werk Ulm")
        dialog.country_edit.setText("D1")
        dialog.ok_button.click()
        assert dialog.errors.marked() == ["country"]  # "site country 'D1' must be…"
        dialog.country_edit.setText("DE")
        dialog.ok_button.click()
        if attempt == 0:
            assert not dialog.isVisible()
            assert dialog.record_id is not None
        else:
            assert dialog.errors.marked() == ["name"]
            assert "already has a site called 'Werk Ulm'" in dialog.errors.message("name")


def test_errors_that_name_no_field_go_to_the_error_line(qtbot, actor: Actor) -> None:
    dialog = SupplierDialog(actor)
    qtbot.addWidget(dialog)
    dialog.show()
    errors = dialog.errors
    assert errors.show(StateError("the store is busy; try again")) is None
    assert errors.general_text() == "the store is busy; try again"
    assert errors.marked() == []
    assert errors.show(ValidationError("risk reason is longer than 2000 characters")) == (
        "risk_reason"
    )
    assert errors.general_text() == ""
    named = ValidationError("something about the city")
    named.field = "postal_code"  # an error that says its field outright
    assert errors.show(named) == "postal_code"
    errors.clear()
    assert errors.marked() == []


def test_in_german_the_refusal_is_german_and_still_at_its_field(
    qtbot, actor: Actor, supplier_id: str, tmp_path
) -> None:
    """The sentence comes from the service in the user's language; the dialog finds its field
    by the English underneath (i18n.Translated)."""
    from sqms_desktop import i18n
    from sqms_desktop.gui.base.language import install_language, uninstall_language

    install_language("de")
    try:
        dialog = CertificateDialog(actor, supplier_id, "MGS-01", today=TODAY)
        qtbot.addWidget(dialog)
        dialog.number_edit.setText("Q-1")
        dialog.set_dates(dt.date(2026, 3, 2), dt.date(2025, 3, 2))
        dialog.show()
        dialog.ok_button.click()
        assert dialog.errors.marked() == ["valid_until"]
        shown = dialog.errors.message("valid_until")
        assert "muss nach" in shown, shown
        assert "must be after" not in shown
        qtbot.wait(50)  # the layout places the message row
        dialog.grab().save(str(tmp_path / "certificate-de.png"))
    finally:
        uninstall_language()
    assert i18n.language() == "en"
