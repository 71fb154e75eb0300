"""The Audits page opens on every audit, newest first, and narrows to one status."""

from __future__ import annotations

import pytest

from sqms_desktop.gui.models.tables import ID_ROLE, AuditTableModel
from sqms_desktop.gui.pages.records import AuditsPage
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import AuditStatus
from tests.support.dates import shown_day

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, sample_store: Store) -> AuditsPage:
    made = AuditsPage(Actor(sample_store, "anna"))
    qtbot.addWidget(made)
    made.refresh()
    return made


def _column(page: AuditsPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_it_opens_on_every_audit_newest_first(page: AuditsPage) -> None:
    assert page.status_filter() == ""
    assert page.status_combo.currentText() == "All statuses"
    planned = _column(page, AuditTableModel.COL_PLANNED)
    assert len(planned) == 12
    days = [shown_day(p) for p in planned]
    assert days == sorted(days, reverse=True)
    statuses = set(_column(page, AuditTableModel.COL_STATUS))
    assert statuses == {"Planned", "In progress", "Completed"}
    assert page.selected_id() == page.proxy.index(0, 0).data(ID_ROLE)  # the newest is selected


def test_the_status_filter_offers_every_status_by_its_label(page: AuditsPage) -> None:
    combo = page.status_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *AuditStatus.values()]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All statuses",
        "Planned",
        "In progress",
        "Completed",
        "Signed",
        "Report issued",
        "Closed",
        "Cancelled",
    ]


@pytest.mark.parametrize(
    ("status", "label", "count"),
    [("planned", "Planned", 3), ("in_progress", "In progress", 3), ("completed", "Completed", 6)],
)
def test_the_status_filter_narrows_the_list(
    qtbot, page: AuditsPage, status: str, label: str, count: int
) -> None:
    with qtbot.waitSignal(page.counts_changed) as blocker:
        page.status_combo.setCurrentIndex(page.status_combo.findData(status))
    assert blocker.args == [count, 12]  # the audits that match, of every audit in the store
    assert set(_column(page, AuditTableModel.COL_STATUS)) == {label}
    planned = _column(page, AuditTableModel.COL_PLANNED)
    days = [shown_day(p) for p in planned]
    assert days == sorted(days, reverse=True)


def test_a_status_no_audit_has_says_so_and_clearing_shows_all(page: AuditsPage) -> None:
    page.set_status_filter(AuditStatus.CANCELLED)
    assert page.model.rowCount() == 0
    assert "No audit is cancelled" in page.detail.toPlainText()
    page.clear_filters()
    assert page.status_filter() == ""
    assert page.model.rowCount() == 12
