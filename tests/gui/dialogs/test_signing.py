"""Signing an audit from the Audits page, and the signatures in its detail pane."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel

from sqms_desktop.gui.app.main_window import AUDITS, MainWindow
from sqms_desktop.gui.base.colors import LIGHT
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.html.detail import signatures_html
from sqms_desktop.gui.pages.records import AuditsPage
from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit
from tests.support.people import AUDITOR_PW, LEAD_NAME, LEAD_PW, People

pytestmark = pytest.mark.gui


def _window(qtbot, store: Store, settings: QSettings, user: str) -> MainWindow:
    window = MainWindow(store, settings=settings, user=user)
    qtbot.addWidget(window)
    window.show_page(AUDITS)
    return window


def _status(store: Store, audit_id: str) -> str:
    with store.session() as session:
        return session.get_one(Audit, audit_id).status


def _dialog(page: AuditsPage, audit_id: str) -> SignDialog:
    assert page.select_id(audit_id)
    dialog = page.sign_dialog()
    assert dialog is not None
    return dialog


def test_a_lead_auditor_signs_a_completed_audit(
    qtbot,
    people_store: Store,
    people: People,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, people_store, settings, "lena")
    page = window.audits_page
    assert page.select_id(people.completed_id)
    assert page.action_sign.isEnabled()
    assert page.action_sign in window.menu_audits.actions()
    assert "Signatures" not in page.detail.toPlainText()
    shown: list[SignDialog] = []

    def sign(dialog: SignDialog) -> int:  # what the user does in the (modal) dialog
        shown.append(dialog)
        assert dialog.meaning() == ""  # asked every time, never preselected
        assert not dialog.sign_button.isEnabled()
        dialog.set_meaning("approved")
        assert dialog.sign_button.isEnabled()
        dialog.password_edit.setText(LEAD_PW)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignDialog, "exec", sign)
    window.show_page(0)  # the action brings the page forward itself
    page.action_sign.trigger()

    (dialog,) = shown
    assert child(dialog, QLabel, "reference_value").text() == people.completed_reference
    assert child(dialog, QLabel, "supplier_value").text() == "Acme <Cast> & Co (S1)"
    assert dialog.signer_value.text() == f"{LEAD_NAME} (lena)"
    assert window.current_page() is page
    assert _status(people_store, people.completed_id) == "signed"
    assert page.selected_id() == people.completed_id
    text = page.detail.toPlainText()
    assert "Signatures" in text
    assert LEAD_NAME in text  # escaped, so it shows as typed
    assert "Approved" in text
    assert re.search(r"\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}", text)
    assert "Valid" in text
    assert "Not valid" not in text
    assert not page.action_sign.isEnabled()  # signed once; reopening is another story
    assert "signed" in window.statusBar().currentMessage()

    # Reopening needs a reason; the signature then shows as no longer valid.
    assert page.action_reopen.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    page.action_reopen.trigger()  # cancelled: nothing changes
    assert _status(people_store, people.completed_id) == "signed"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Finding F01 misworded", True))
    page.action_reopen.trigger()
    assert _status(people_store, people.completed_id) == "in_progress"
    assert "Not valid" in page.detail.toPlainText()
    assert "reopened" in window.statusBar().currentMessage()


def test_an_auditor_is_refused_with_the_role_it_needs(
    qtbot, people_store: Store, people: People, settings: QSettings
) -> None:
    window = _window(qtbot, people_store, settings, "omar")
    dialog = _dialog(window.audits_page, people.completed_id)
    dialog.set_meaning("reviewed")
    dialog.password_edit.setText(AUDITOR_PW)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "needs the lead auditor role" in dialog.error_label.text()
    assert _status(people_store, people.completed_id) == "completed"


def test_a_wrong_password_is_refused(
    qtbot, people_store: Store, people: People, settings: QSettings
) -> None:
    window = _window(qtbot, people_store, settings, "lena")
    dialog = _dialog(window.audits_page, people.completed_id)
    dialog.set_meaning("reviewed")
    dialog.password_edit.setText("not-the-password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "wrong user name or password"
    assert dialog.signature_id is None
    assert _status(people_store, people.completed_id) == "completed"


def test_the_meaning_is_asked_every_time(
    qtbot, people_store: Store, people: People, settings: QSettings
) -> None:
    window = _window(qtbot, people_store, settings, "lena")
    dialog = _dialog(window.audits_page, people.completed_id)
    assert dialog.meaning_combo.currentIndex() == -1
    assert dialog.meaning_combo.placeholderText()
    assert not dialog.sign_button.isEnabled()
    dialog.password_edit.setText(LEAD_PW)
    dialog.accept()  # Enter in the password field: refused, nothing signed
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Choose what your signature means."
    assert _status(people_store, people.completed_id) == "completed"
    dialog.set_meaning("responsible")
    assert dialog.sign_button.isEnabled()
    assert dialog.error_label.text() == ""


def test_only_a_completed_audit_can_be_signed(
    qtbot, people_store: Store, people: People, settings: QSettings
) -> None:
    window = _window(qtbot, people_store, settings, "lena")
    page = window.audits_page
    assert page.select_id(people.planned_id)
    assert not page.action_sign.isEnabled()
    assert page.sign_dialog() is None


def _check(valid: bool, problem: str = "") -> SignatureCheck:
    return SignatureCheck(
        "sig-1",
        "Lena <b>Lead</b>",
        "reviewed",
        dt.datetime(2026, 3, 2, 8, 30, 5),
        60,
        4,
        valid,
        problem,
    )


def test_signatures_show_local_time_and_mark_the_invalid_ones() -> None:
    valid = signatures_html([_check(True)], LIGHT)
    assert "Lena &lt;b&gt;Lead&lt;/b&gt;" in valid
    assert "Reviewed" in valid
    assert "2 Mar 2026 09:30:05 +0100" in valid
    assert LIGHT.good in valid
    assert LIGHT.alert not in valid
    broken = signatures_html([_check(False, "the record was changed <after>")], LIGHT)
    assert LIGHT.alert in broken
    assert "Not valid: the record was changed &lt;after&gt;" in broken
    assert signatures_html([], LIGHT) == ""
