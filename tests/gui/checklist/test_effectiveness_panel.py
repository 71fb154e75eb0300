"""The effectiveness check of a supplier's CAPAs, done in the checklist of a follow-up audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QInputDialog

from sqms_desktop.gui.checklist.page import ChecklistPage
from sqms_desktop.services import audits, capas
from sqms_desktop.services.audit_plan import FollowUpPlan, plan_follow_up
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Capa
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import D, World, build_world

pytestmark = pytest.mark.gui
STAGES = ["containment", "root_cause", "corrective_action", "verification", "closed"]


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


def _closed_capa(world: World, title: str) -> str:
    capa_id = world.raise_capa(title)
    with world.qe() as u:
        capas.issue_capa(u, capa_id, D)
        for offset, _stage in enumerate(STAGES, start=1):
            capas.accept_stage(u, capa_id, on=D + dt.timedelta(days=offset))
        u.commit()
    return capa_id


def test_capas_are_confirmed_or_failed_in_the_follow_up_audit(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    burrs, labels = _closed_capa(world, "Burrs"), _closed_capa(world, "Labels")
    with world.lead_uow() as u:
        follow_up = plan_follow_up(
            u,
            world.audit,
            FollowUpPlan(lead_auditor_id=world.lead, planned_start=D + dt.timedelta(days=90)),
        )
        u.commit()
    planned = ChecklistPage(world.store, "lena", follow_up.id, today=lambda: D)
    qtbot.addWidget(planned)
    planned.effectiveness_panel.effective_button.click()  # nobody has seen anything yet
    assert "only planned" in planned.effectiveness_panel.error_label.text()
    assert [c.effectiveness_result for c in _capas(world.store, burrs, labels)] == [None, None]
    with world.lead_uow() as u:
        audits.start_audit(u, follow_up.id, D + dt.timedelta(days=90))
        u.commit()
    page = ChecklistPage(world.store, "lena", follow_up.id, today=lambda: D)
    qtbot.addWidget(page)
    panel = page.effectiveness_panel
    tab = page.lower_tabs.indexOf(panel)
    assert page.lower_tabs.tabText(tab) == "CAPA effectiveness (2)"
    assert [panel.list.item(n).text().split()[0] for n in range(2)] == [
        c.reference for c in _capas(world.store, burrs, labels)
    ]

    with qtbot.waitSignal(panel.recorded) as confirmed:
        panel.effective_button.click()
    assert confirmed.args[0].endswith("confirmed effective.")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", True))
    panel.failed_button.click()  # a failed check needs a note: nothing stored
    assert "note" in panel.error_label.text()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Labels still mixed up", True)
    )
    panel.failed_button.click()
    assert panel.error_label.text() == ""
    assert page.lower_tabs.tabText(tab) == "CAPA effectiveness (0)"
    first, second = _capas(world.store, burrs, labels)
    assert (first.state, first.effectiveness_result) == ("closed", "effective")
    assert (second.state, second.effectiveness_result) == ("containment", "not_effective")


def _capas(store: Store, *ids: str) -> list[Capa]:
    with store.session() as session:
        return [session.get_one(Capa, capa_id) for capa_id in ids]
