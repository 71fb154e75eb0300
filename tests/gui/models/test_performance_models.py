"""The Scorecards and Dashboard tables pass Qt's model tester, and their column count (answered
as a number, not by counting the translated titles) matches their titles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sqms_desktop.gui.models.dashboard import DashboardItemModel
from sqms_desktop.gui.models.scorecards import ScorecardTableModel
from sqms_desktop.queries.dashboard import DashboardItem
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.scorecards import PERIOD, TODAY, build_scorecard_world
from tests.support.store import TZ, StepClock, counting_ids

pytestmark = pytest.mark.gui


@pytest.fixture
def context() -> WriteContext:
    start = dt.datetime.combine(TODAY, dt.time(9), tzinfo=TZ)
    return WriteContext(user="anna", clock=StepClock(start), new_id=counting_ids())


def test_the_scorecard_table_passes_the_model_tester(
    qtmodeltester, store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]
) -> None:
    world = build_scorecard_world(store, context, uow)
    world.monthly(world.supplier("FALL"), [100, 98, 96, 94, 92, 90])
    world.supplier("NEW")
    with store.session() as session:
        cards = scorecards(session, PERIOD, today=TODAY)
    model = ScorecardTableModel()
    assert model.columnCount() == len(model.titles())
    model.set_rows(cards)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_the_dashboard_list_passes_the_model_tester(qtmodeltester) -> None:
    model = DashboardItemModel()
    assert model.columnCount() == len(model.titles())
    model.set_rows(
        [
            DashboardItem("band:C", "supplier", "s1", "band C", "S1 · Acme", "score 52.0"),
            DashboardItem(
                "capas:s1", "capa", "c1", "CAPA-1", "S1 · Acme", "overdue", dt.date(2026, 11, 2)
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
