"""The scorecard panel of the supplier view, built on its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sqms_desktop.gui.widgets.scorecard_panel import ScorecardPanel
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.scorecards import TODAY, build_scorecard_world

pytestmark = pytest.mark.gui


def test_a_suppliers_scorecard_and_trend(
    qtbot, store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]
) -> None:
    world = build_scorecard_world(store, context, uow)
    s = world.supplier("FALL")
    world.monthly(s, [100, 98, 96, 94, 92, 90])
    panel = ScorecardPanel(Actor(store, "quinn"), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(900, 320)
    panel.show_supplier(s)
    assert panel.card is not None
    assert (panel.card.code, panel.card.score) == ("FALL", 90.0)
    assert "band A" in panel.text.toPlainText()
    assert "Falls below band A" in panel.text.toPlainText()
    assert panel.chart.card is panel.card
    panel.show_supplier("no-such-supplier")
    assert panel.card is None
    assert "no longer exists" in panel.text.toPlainText()
    panel.show_supplier(s)
    panel.grab().save("/tmp/scorecard-panel.png")
