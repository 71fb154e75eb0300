"""The Scorecards page on its own, as a quality engineer uses it: the month's scorecards with
their bands in colour and the forecast flag, a supplier's parts, trend and proposals, a
proposal accepted and one dismissed through their dialogs; an auditor told which role it
takes; another month chosen."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.dialogs.proposal_decision import ProposalDecisionDialog
from sqms_desktop.gui.models.scorecards import ScorecardTableModel
from sqms_desktop.gui.pages.scorecards import ScorecardsPage
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.modal import through_dialog
from tests.support.scorecards import PERIOD, TODAY, ScorecardWorld, build_scorecard_world
from tests.support.store import TZ, StepClock, counting_ids

pytestmark = pytest.mark.gui
M = ScorecardTableModel
SHOTS = Path("/tmp")
TIMEOUT = 10_000


@pytest.fixture
def context() -> WriteContext:
    start = dt.datetime.combine(TODAY, dt.time(9), tzinfo=TZ)
    return WriteContext(user="anna", clock=StepClock(start), new_id=counting_ids())


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> ScorecardWorld:
    world = build_scorecard_world(store, context, uow)
    falling = world.supplier("FALL", name="Falling Castings <Süd> & Co")
    world.monthly(falling, [100, 98, 96, 94, 92, 90])
    low = world.supplier("LOW")
    world.monthly(low, [60, 62, 58, 50, 55, 52])
    world.supplier("NEW")
    return world


def _page(qtbot, store: Store, user: str) -> ScorecardsPage:  # type: ignore[no-untyped-def]
    clock = StepClock(dt.datetime.combine(TODAY, dt.time(10), tzinfo=TZ))
    page = ScorecardsPage(Actor(store, user, clock), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):  # read off the GUI thread
        page.refresh()
    return page


def _row(page: ScorecardsPage, code: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == code)


def _status(store: Store, code: str) -> str:
    with store.session() as session:
        return session.query(Supplier).filter_by(code=code).one().status


def test_the_months_scorecards_with_bands_in_colour_and_the_flag(
    qtbot, world: ScorecardWorld, store: Store
) -> None:
    page = _page(qtbot, store, "quinn")
    assert page.period == PERIOD
    assert page.counts() == (3, 3)
    model = page.model
    colors = current_colors()
    fall, low = _row(page, "FALL"), _row(page, "LOW")
    band = model.index(fall, M.COL_BAND)
    assert band.data() == "A"
    assert band.data(Qt.ItemDataRole.ForegroundRole) == QBrush(colors.good)
    assert model.index(low, M.COL_BAND).data(Qt.ItemDataRole.ForegroundRole) == QBrush(colors.alert)
    assert model.index(fall, M.COL_SCORE).data() == "90.0"
    assert model.index(fall, M.COL_TREND).data() == "falling below band"
    assert model.index(low, M.COL_PROPOSALS).data() == "Probation"
    assert model.index(_row(page, "NEW"), M.COL_SCORE).data() == ""
    page.filter_edit.setText("probation")
    assert page.counts() == (1, 3)


def test_a_supplier_shows_its_parts_trend_and_proposals(
    qtbot, world: ScorecardWorld, store: Store
) -> None:
    page = _page(qtbot, store, "quinn")
    page.select_id(page.model.row_at(_row(page, "FALL")).supplier_id)
    html = page.detail.toHtml()
    assert "Falling Castings &lt;Süd&gt; &amp; Co" in html
    assert "Left out" in html
    assert "least-squares line" in html.lower() or "Least-squares" in html
    chart = page.chart.chart()
    assert page.chart.card is not None
    assert page.chart.card.code == "FALL"
    assert len(chart.series()) == 6  # two band bounds, the line, its forecast, score, points
    # four months in band A: recognised as preferred, if someone accepts
    assert page.proposals_list.count() == 1
    assert page.proposals_list.item(0).text().startswith("Preferred supplier: band A in")
    assert page.accept_button.isEnabled()
    page.select_id(page.model.row_at(_row(page, "NEW")).supplier_id)
    assert page.proposals_list.count() == 0
    assert not page.accept_button.isEnabled()
    assert "No score" in page.detail.toPlainText()
    page.select_id(page.model.row_at(_row(page, "FALL")).supplier_id)
    page.grab().save(str(SHOTS / "scorecards-page.png"))


def test_a_proposal_is_accepted_with_a_reason(qtbot, world: ScorecardWorld, store: Store) -> None:
    page = _page(qtbot, store, "quinn")
    page.select_id(page.model.row_at(_row(page, "LOW")).supplier_id)
    assert page.proposals_list.count() == 1
    assert page.accept_button.isEnabled()

    def answer(dialog: ProposalDecisionDialog) -> None:
        dialog.ok_button.click()  # no reason yet: refused, the dialog stays
        assert dialog.isVisible()
        assert "reason" in dialog.errors.general_text()
        dialog.reason_edit.setPlainText("Three months below target")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    with qtbot.waitSignals([page.supplier_changed, page.loaded], timeout=TIMEOUT):
        through_dialog(page.accept_button.click, answer)
    assert _status(store, "LOW") == "probation"
    assert page.model.index(_row(page, "LOW"), M.COL_PROPOSALS).data() == ""
    assert page.proposals_list.count() == 0


def test_a_proposal_is_dismissed_and_an_auditor_is_refused(
    qtbot, world: ScorecardWorld, store: Store
) -> None:
    auditor = _page(qtbot, store, "aldo")
    auditor.select_id(auditor.model.row_at(_row(auditor, "LOW")).supplier_id)

    def refused(dialog: ProposalDecisionDialog) -> None:
        dialog.reason_edit.setPlainText("Looks bad")
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert "quality engineer" in dialog.errors.general_text()

    through_dialog(auditor.accept_button.click, refused)
    assert _status(store, "LOW") == "approved"

    page = _page(qtbot, store, "quinn")
    page.select_id(page.model.row_at(_row(page, "LOW")).supplier_id)

    def dismiss(dialog: ProposalDecisionDialog) -> None:
        dialog.reason_edit.setPlainText("Improvement plan agreed")
        dialog.ok_button.click()

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        through_dialog(page.dismiss_button.click, dismiss)
    assert _status(store, "LOW") == "approved"
    assert page.proposals_list.count() == 0


def test_another_month_is_chosen(qtbot, world: ScorecardWorld, store: Store) -> None:
    page = _page(qtbot, store, "quinn")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_period("2026-09")
    page.select_id(page.model.row_at(_row(page, "LOW")).supplier_id)
    assert page.proposals_list.count() == 1  # September's own proposal, shown…
    assert not page.accept_button.isEnabled()  # …but decided on the latest month only
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_period("2026-07")
    assert page.period == page.shown_period() == "2026-07"
    fall = _row(page, "FALL")
    assert page.model.index(fall, M.COL_SCORE).data() == "98.0"
    assert page.model.index(_row(page, "LOW"), M.COL_PROPOSALS).data() == ""


def test_the_breakdowns_are_one_click_away(qtbot, world: ScorecardWorld, store: Store) -> None:
    low = next(s for s in _ids(store) if s[0] == "LOW")[1]
    audit = world.audit(low, dt.date(2026, 11, 3), 66.0)
    capa = world.capa(
        low,
        dt.date(2026, 11, 1),
        {"containment_due": dt.date(2026, 11, 2)},
        {"containment": dt.date(2026, 11, 6)},
    )
    page = _page(qtbot, store, "quinn")
    page.select_id(low)
    html = page.detail.toHtml()
    assert "CAPA stages late" in html
    assert "accepted 2026-11-06 (4 days late)" in page.detail.toPlainText()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()  # the selected supplier's stages now come with the read
    assert page.selected_id() == low
    assert page.detail.toHtml() == html
    links = {href.split(":", 1)[0]: href for href in re.findall(r'href="([^"]+)"', html)}
    with qtbot.waitSignal(page.audit_requested) as seen:
        page.detail.anchorClicked.emit(QUrl(links["audit"]))
    assert seen.args == [audit]
    with qtbot.waitSignal(page.capa_requested) as seen:
        page.detail.anchorClicked.emit(QUrl(links["capa"]))
    assert seen.args == [capa]
    with qtbot.waitSignal(page.deliveries_requested) as seen:
        page.detail.anchorClicked.emit(QUrl(links["deliveries"]))
    assert seen.args == [low, PERIOD]


def _ids(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        return [(s.code, s.id) for s in session.query(Supplier)]
