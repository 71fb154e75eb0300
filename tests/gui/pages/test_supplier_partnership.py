"""The supplier view's Partnership tab as a quality engineer uses it: add a high risk and see
the supplier's effective risk class rise, record an agreement, a development action and a cost,
hold a review, agree an action, sign the minutes through the sign dialog and print them."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from sqms_desktop.gui.dialogs.development import DevelopmentDialog
from sqms_desktop.gui.dialogs.poor_quality_cost import CostDialog
from sqms_desktop.gui.dialogs.quality_agreement import AgreementDialog
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.dialogs.supplier_review import ReviewActionDialog, ReviewDialog
from sqms_desktop.gui.dialogs.supplier_risk import RiskCloseDialog, RiskDialog
from sqms_desktop.gui.pages.suppliers import SuppliersPage
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.modal import through_dialog
from tests.support.partnership import Partners, build_partners

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 8)
QUINN_PASSWORD = "quinn-password-1"


@pytest.fixture
def partners(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Partners:
    return build_partners(store, context, uow)


@pytest.fixture
def page(qtbot, store: Store, partners: Partners) -> SuppliersPage:
    shown = SuppliersPage(Actor(store, "quinn"), today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.refresh()
    assert shown.select_id(partners.world.supplier)
    shown.view.show_tab(shown.view.partnership_tab)
    return shown


def _through(page: SuppliersPage, action: str, answer: Callable[[QDialog], None]) -> QDialog:
    button = page.view.partnership.button(action)
    assert button.isEnabled(), action
    return through_dialog(button.click, answer)


def _ok(dialog: QDialog) -> None:
    dialog.ok_button.click()  # type: ignore[attr-defined]
    assert not dialog.isVisible(), dialog.errors.general_text()  # type: ignore[attr-defined]


def _error(dialog: QDialog, field: str) -> str:
    """The refusal shown under `field`."""
    message = dialog.findChild(QLabel, f"{field}_error")
    assert message is not None
    return message.text()


def test_a_high_risk_raises_the_class_and_closing_it_brings_it_back(page: SuppliersPage) -> None:
    panel = page.view.partnership
    assert "Effective risk class: Medium" in panel.summary.text()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, RiskDialog)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("single_source"))
        dialog.description_edit.setPlainText("Sole die caster for the housing")
        dialog.likelihood_spin.setValue(3)
        dialog.impact_spin.setValue(5)
        assert dialog.score_value.text() == "15 (High)"
        _ok(dialog)

    _through(page, "risk_add", add)
    assert "Effective risk class: High" in panel.summary.text()
    assert "likelihood 3 × impact 5 = 15" in panel.summary.text()
    assert panel.sections["risks"].model.rowCount() == 1
    assert page.view.tabText(page.view.indexOf(page.view.partnership_tab)) == "&Partnership (1)"

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, RiskCloseDialog)
        dialog.ok_button.click()  # no reason: refused, the dialog stays open
        assert dialog.isVisible()
        assert "needs a reason" in _error(dialog, "reason")
        dialog.reason_edit.setPlainText("Second source approved")
        _ok(dialog)

    _through(page, "risk_close", close)
    assert "Effective risk class: Medium" in panel.summary.text()
    assert not panel.button("risk_close").isEnabled()  # the closed risk stays selected


def test_an_overlapping_agreement_is_refused_at_its_field(page: SuppliersPage) -> None:
    def record(dialog: QDialog, reference: str) -> None:
        assert isinstance(dialog, AgreementDialog)
        dialog.reference_edit.setText(reference)
        dialog.ppm_edit.setText("500")
        dialog.on_time_edit.setText("95")
        dialog.capa_days_edit.setText("10")

    def first(dialog: QDialog) -> None:
        record(dialog, "QA-1")
        _ok(dialog)

    _through(page, "agreement_add", first)
    assert "Quality agreement QA-1 in force" in page.view.partnership.summary.text()

    def second(dialog: QDialog) -> None:
        record(dialog, "QA-2")
        dialog.ok_button.click()  # type: ignore[attr-defined]
        assert dialog.isVisible()
        assert "overlaps agreement QA-1" in _error(dialog, "valid_from")

    _through(page, "agreement_add", second)


def test_development_and_cost_records_show_in_their_sections(page: SuppliersPage) -> None:
    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, DevelopmentDialog)
        dialog.title_edit.setText("SPC training for press operators")
        dialog.owner_edit.setText("Jana Novak")
        _ok(dialog)

    _through(page, "development_add", action)

    def cost(dialog: QDialog) -> None:
        assert isinstance(dialog, CostDialog)
        dialog.amount_edit.setText("12.345")
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert "more than two decimals" in _error(dialog, "amount")
        dialog.amount_edit.setText("1250.50")
        dialog.delivery_edit.setText("D-1")
        _ok(dialog)

    _through(page, "cost_add", cost)
    panel = page.view.partnership
    assert panel.sections["development"].model.rowCount() == 1
    assert panel.cost_total.text() == "In all: 1,250.50 EUR"

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, CostDialog)
        assert (dialog.amount_edit.text(), dialog.delivery_edit.text()) == ("1250.50", "D-1")
        dialog.amount_edit.setText("1205.50")
        _ok(dialog)

    _through(page, "cost_edit", correct)
    assert panel.cost_total.text() == "In all: 1,205.50 EUR"


def test_a_review_is_held_signed_through_the_sign_dialog_and_printed(
    page: SuppliersPage, tmp_path: Path
) -> None:
    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, ReviewDialog)
        assert dialog.period_edit.text() == "2026-03"
        dialog.attendees_edit.setPlainText("Jana Novak\nQuinn Quality")
        dialog.topics_edit.setPlainText("PPM trend; open CAPAs")
        dialog.minutes_edit.setPlainText("Sorting at the warehouse continues <until> R&D agrees.")
        _ok(dialog)

    _through(page, "review_add", review)

    def agree(dialog: QDialog) -> None:
        assert isinstance(dialog, ReviewActionDialog)
        dialog.description_edit.setPlainText("Sort all stock")
        dialog.owner_edit.setText("Jana Novak")
        _ok(dialog)

    _through(page, "review_action", agree)

    def sign(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        dialog.set_meaning("approved")
        dialog.password_edit.setText(QUINN_PASSWORD)
        dialog.sign_button.click()
        assert not dialog.isVisible(), dialog.error_label.text()

    _through(page, "review_sign", sign)
    panel = page.view.partnership
    row = panel.current("reviews")
    assert row.status == "signed"
    assert not panel.button("review_edit").isEnabled()
    assert not panel.button("review_sign").isEnabled()
    out = page.partnership.print_review(tmp_path / "minutes.pdf")
    assert out is not None
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sorting at the warehouse continues <until> R&D agrees." in text
    assert "Quinn Quality" in text
