"""Raise CAPA… / Raise SCAR… and No CAPA needed… from the findings panel and the Audits page:
the pre-filled dialog shows what is stored, refusals are the service's words, and the CAPA
raised can be opened on the CAPAs page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from sqms_desktop.gui.app.main_window import CAPAS, MainWindow
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.checklist.capa_actions import FindingCapaActions
from sqms_desktop.gui.dialogs.no_capa import NoCapaDialog
from sqms_desktop.gui.dialogs.raise_capa import RaiseCapaDialog
from sqms_desktop.gui.pages.records import AuditsPage
from sqms_desktop.gui.widgets.findings_panel import FindingsPanel, FindingTableModel
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.capa_raise import RaiseFromFindings, raise_from_findings
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Capa, Finding
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import QE, D, World, build_world

pytestmark = pytest.mark.gui


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


def _actor(world: World, user: str = QE) -> Actor:
    return Actor(world.store, user, world.context.clock, world.context.new_id)


def _panel(qtbot, world: World, user: str = QE) -> tuple[FindingsPanel, FindingCapaActions]:
    panel = FindingsPanel(world.store, world.audit)
    qtbot.addWidget(panel)
    return panel, FindingCapaActions(panel, _actor(world, user))


def _capa_cell(panel: FindingsPanel, finding_id: str) -> str:
    row = panel.model.row_of_id(finding_id)
    assert row is not None
    return str(panel.model.index(row, FindingTableModel.COL_CAPA).data())


def test_a_scar_from_two_findings_of_the_panel(
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, actions = _panel(qtbot, world)
    major, minor = world.findings
    assert _capa_cell(panel, major) == "CAPA or reason needed"
    assert not panel.action_raise_scar.isEnabled()  # nothing selected yet
    panel.select_ids([major, minor])
    assert panel.action_raise_scar.isEnabled()
    assert not panel.action_no_capa.isEnabled()  # one major finding at a time

    seen: list[RaiseCapaDialog] = []

    def fill(dialog: RaiseCapaDialog) -> int:
        seen.append(dialog)
        dialog.resize(900, 760)
        assert dialog.ticked_ids() == [major, minor]
        assert dialog.scar_radio.isChecked()
        assert dialog.windowTitle() == "Raise SCAR"
        assert dialog.title_edit.text() == "Burrs on the flange and 1 more finding"
        assert "Requirement: Drawing 4711" in dialog.problem_edit.toPlainText()
        assert "Requirement not met: Drawing 4711" in dialog.d2_view.toPlainText()
        assert dialog.owner_combo.currentText() == "Quinn Quality"
        due = dialog.due_label.text()
        assert f"Containment {date_text(D + dt.timedelta(days=1))}" in due
        assert f"Closure {date_text(D + dt.timedelta(days=30))}" in due
        dialog.safety_check.setChecked(True)  # contained within a day either way
        dialog.title_edit.setText("Flange burrs and an uncalibrated gauge")
        dialog.grab().save(str(tmp_path / "raise-scar.png"))
        dialog.ok_button.click()
        assert dialog.error_label.text() == ""
        assert not dialog.open_button.isHidden()
        assert dialog.ok_button.isHidden()
        assert dialog.reference is not None
        assert dialog.reference in dialog.result_label.text()
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(RaiseCapaDialog, "exec", fill)
    with qtbot.waitSignal(actions.capa_requested) as opened:
        panel.action_raise_scar.trigger()
    (dialog,) = seen
    with world.store.session() as session:
        capa = session.get_one(Capa, opened.args[0])
        assert capa.reference == dialog.reference
        assert (capa.title, capa.is_scar, capa.state) == (
            "Flange burrs and an uncalibrated gauge",
            True,
            "issued",
        )
        assert capa.safety_critical
        assert capa.containment_due == D + dt.timedelta(days=1)
        assert capa.problem_description == dialog.problem_edit.toPlainText()
    panel.refresh()  # the page reads again after the action
    assert _capa_cell(panel, major) == f"{capa.reference} (issued)"
    assert _capa_cell(panel, minor) == f"{capa.reference} (issued)"


def test_unticking_refills_but_keeps_what_was_typed(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RaiseCapaDialog(_actor(world), world.findings, scar=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Raise CAPA"
    dialog.set_ticked(world.findings[0], False)
    assert dialog.title_edit.text() == "Gauge not calibrated"
    assert "Burrs" not in dialog.problem_edit.toPlainText()
    dialog.problem_edit.setPlainText("Typed by hand")
    dialog.set_ticked(world.findings[0], True)
    assert dialog.title_edit.text() == "Burrs on the flange and 1 more finding"
    assert dialog.problem_edit.toPlainText() == "Typed by hand"
    dialog.set_ticked(world.findings[0], False)
    dialog.set_ticked(world.findings[1], False)
    assert dialog.error_label.text() == "Tick at least one finding to raise a CAPA from."
    assert not dialog.ok_button.isEnabled()
    dialog.draft_check.setChecked(True)
    dialog.set_ticked(world.findings[1], True)
    assert "Kept as a draft" in dialog.due_label.text()
    monkeypatch.setattr(dialog, "exec", lambda: 0)
    dialog.ok_button.click()
    with world.store.session() as session:
        capa = session.scalars(select(Capa)).one()
    assert (capa.state, capa.is_scar, capa.problem_description) == (
        "draft",
        False,
        "Typed by hand",
    )
    dialog.reject()  # Close after raising
    assert dialog.result() == RaiseCapaDialog.DialogCode.Accepted


def test_findings_with_an_open_capa_cannot_be_ticked_and_roles_are_the_services(
    qtbot, world: World
) -> None:
    with world.qe() as u:
        raise_from_findings(u, RaiseFromFindings(world.findings[:1]))
        u.commit()
    dialog = RaiseCapaDialog(_actor(world), world.findings)
    qtbot.addWidget(dialog)
    first = dialog.findings_list.item(0)
    assert first is not None
    assert not first.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "already has an open CAPA" in first.toolTip()
    assert dialog.ticked_ids() == [world.findings[1]]

    lead = RaiseCapaDialog(_actor(world, "lena"), world.findings[1:])
    qtbot.addWidget(lead)
    assert lead.draft_check.isChecked()
    assert not lead.draft_check.isEnabled()  # issuing needs a quality engineer

    admin = RaiseCapaDialog(_actor(world, "anna"), world.findings[1:])
    qtbot.addWidget(admin)
    admin.ok_button.click()
    assert admin.error_label.text() == (
        "Anna Admin is an administrator; raising a CAPA needs the quality engineer or lead "
        "auditor role"
    )
    assert admin.capa_id is None

    mixed = RaiseCapaDialog(_actor(world), [world.findings[1], world.other_finding])
    qtbot.addWidget(mixed)
    assert "one CAPA answers findings of one supplier" in mixed.error_label.text()
    assert not mixed.ok_button.isEnabled()


def test_no_capa_needed_from_the_panel(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, actions = _panel(qtbot, world, user="lena")
    major, minor = world.findings
    panel.select_ids([minor])
    assert not panel.action_no_capa.isEnabled()
    panel.select_ids([major])
    assert panel.action_no_capa.isEnabled()

    def fill(dialog: NoCapaDialog) -> int:
        dialog.accept()  # an empty reason is refused, in the service's words
        assert "must not be empty" in dialog.error_label.text()
        dialog.reason_edit.setPlainText("Burrs removed and parts re-checked on site")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NoCapaDialog, "exec", fill)
    with qtbot.waitSignal(actions.findings_changed):
        panel.action_no_capa.trigger()
    panel.refresh()
    assert _capa_cell(panel, major) == "no CAPA: Burrs removed and parts re-checked on site"
    with world.store.session() as session:
        reason = session.scalar(select(Finding.no_capa_reason).where(Finding.id == major))
    assert reason == "Burrs removed and parts re-checked on site"


def test_the_audits_page_raises_from_the_audit_and_opens_it(
    qtbot, world: World, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(world.store, settings=settings, user=QE, today=lambda: D)
    qtbot.addWidget(window)
    page: AuditsPage = window.audits_page
    window.show_page(1)
    page.select_id(world.audit)
    assert page.action_raise_capa.isEnabled()

    def fill(dialog: RaiseCapaDialog) -> int:
        assert dialog.ticked_ids() == world.findings  # the nonconformities
        assert not dialog.scar_radio.isChecked()
        dialog.ok_button.click()
        assert dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "&Close"
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(RaiseCapaDialog, "exec", fill)
    page.action_raise_capa.trigger()
    assert window.stack.currentIndex() == CAPAS
    capa_id = window.capa_page.selected_id()
    assert capa_id is not None
    with world.store.session() as session:
        capa = session.get_one(Capa, capa_id)
    assert capa.is_scar is False
    detail = window.capa_page.detail.toPlainText()
    assert "Findings it answers" in detail
    window.show_page(1)
    page.select_id(world.audit)
    assert f"{capa.reference} (issued)" in page.detail.toPlainText()
