"""The Trail page over a real store: filters, the entry pane, export and the chain check.
No file dialog or message box is ever opened: the page's public methods take the paths, and
the dialogs are replaced where a test goes through an action."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sqms_desktop.gui.app.main_window import SUPPLIERS, TRAIL, MainWindow
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.models.tables import ID_ROLE, SORT_ROLE
from sqms_desktop.gui.models.trail import TrailTableModel
from sqms_desktop.gui.pages import trail as trail_page_module
from sqms_desktop.gui.pages.trail import TrailPage
from sqms_desktop.queries.trail import TrailFilter, list_trail
from sqms_desktop.services.suppliers import SupplierInput, create_supplier, set_supplier_status
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock, counting_ids

pytestmark = pytest.mark.gui

TIMEOUT = 10_000
TZ = dt.timezone(dt.timedelta(hours=1))
TRICKY_REASON = '<b>bold</b> & =HYPERLINK("x")'


@pytest.fixture
def ids(store: Store, uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    """Anna, the administrator, makes Ben a quality engineer and creates two suppliers on
    2 March; Ben changes one's status twice on 4 March."""
    with uow() as u:
        create_user(u, "ben", "Ben Quality", "quality_engineer")
        acme = create_supplier(u, SupplierInput(code="ACME", name="Acme", country="DE"))
        bore = create_supplier(u, SupplierInput(code="BORE", name="Borealis", country="SE"))
        u.commit()
    ben = WriteContext(
        user="ben",
        clock=StepClock(dt.datetime(2026, 3, 4, 10, 0, tzinfo=TZ)),
        new_id=counting_ids(2),
    )
    for status, reason in (("approved", TRICKY_REASON), ("probation", "late <deliveries>")):
        with UnitOfWork(store, ben) as u:
            set_supplier_status(u, acme.id, status, reason=reason)
            u.commit()
    return {"acme": acme.id, "bore": bore.id}


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


@pytest.fixture
def page(qtbot, store: Store, ids: dict[str, str], pool: QThreadPool) -> TrailPage:
    made = TrailPage(store, pool=pool)
    qtbot.addWidget(made)
    made.refresh()
    return made


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes, recorded as (kind, title, text) instead of shown."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "critical", "warning"):

        def record(parent: object, title: str, text: str, *args: object, kind: str = kind) -> int:
            shown.append((kind, title, text))
            return 0

        monkeypatch.setattr(QMessageBox, kind, record)
    return shown


def _seqs(page: TrailPage) -> list[int]:
    column = TrailTableModel.COL_SEQ
    return [int(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, store: Store, ids) -> None:
    with store.session() as session:
        rows = list_trail(session, TrailFilter())
    model = TrailTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    newest = model.index(0, TrailTableModel.COL_SEQ)
    assert newest.data(ID_ROLE) == str(rows[0].seq)
    assert newest.data(SORT_ROLE) == rows[0].seq
    assert model.index(0, TrailTableModel.COL_OLD).data() == "approved"
    assert model.index(0, TrailTableModel.COL_NEW).data() == "probation"


def test_newest_first_with_the_first_selected(page: TrailPage) -> None:
    seqs = _seqs(page)
    assert seqs == sorted(seqs, reverse=True)
    assert page.selected_id() == str(seqs[0])
    assert page.counts() == (len(seqs), len(seqs))
    assert not page.has_more()
    users = [page.user_combo.itemText(i) for i in range(page.user_combo.count())]
    assert users == ["Everyone", "anna", "ben"]


def test_filter_by_user_applies_at_once(qtbot, page: TrailPage) -> None:
    with qtbot.waitSignal(page.counts_changed) as blocker:
        page.user_combo.setCurrentIndex(page.user_combo.findData("ben"))
    assert blocker.args == [2, 2]
    users = {page.proxy.index(r, TrailTableModel.COL_USER).data() for r in range(2)}
    assert users == {"ben"}
    page.clear_filter()
    assert page.user_combo.currentIndex() == 0
    assert page.proxy.rowCount() > 2


def test_filter_by_record_and_text(page: TrailPage, ids: dict[str, str]) -> None:
    everything = page.proxy.rowCount()
    page.record_edit.setText(ids["bore"])
    page.apply_filter()
    assert 0 < page.proxy.rowCount() < everything
    assert page.current_filter().record_id == ids["bore"]
    page.record_edit.clear()
    page.filter_edit.setText("deliveries")
    page.apply_filter()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, TrailTableModel.COL_NEW).data() == "probation"
    page.filter_edit.setText("no such text anywhere")
    page.apply_filter()
    assert page.proxy.rowCount() == 0
    assert "No trail entry matches the filter." in page.detail.toPlainText()


def test_only_this_record_narrows_to_the_selected_entrys_record(
    page: TrailPage, ids: dict[str, str]
) -> None:
    assert page.action_only_record.isEnabled()
    page.action_only_record.trigger()  # the newest entry is Ben's change of ACME
    assert page.record_edit.text() == ids["acme"]
    assert {page.model.row_at(r).record_id for r in range(page.model.rowCount())} == {ids["acme"]}


def test_filter_by_utc_days(page: TrailPage) -> None:
    assert page.current_filter() == TrailFilter()  # "any day" is no bound
    page.from_edit.setDate(QDate(2026, 3, 3))
    page.apply_filter()
    assert page.proxy.rowCount() == 2
    page.from_edit.setDate(page.from_edit.minimumDate())
    page.to_edit.setDate(QDate(2026, 3, 2))
    page.apply_filter()
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows
    assert {row.user for row in rows} == {"anna"}
    assert page.current_filter().date_to == dt.date(2026, 3, 2)


def test_typing_waits_for_a_pause_then_reads(qtbot, page: TrailPage) -> None:
    page.filter_edit.setText("deliveries")
    assert page.proxy.rowCount() > 1  # not yet
    with qtbot.waitSignal(page.counts_changed, timeout=TIMEOUT) as blocker:
        pass
    assert blocker.args == [1, 1]


def test_the_detail_shows_old_new_and_reason_escaped(page: TrailPage) -> None:
    page.filter_edit.setText("HYPERLINK")
    page.apply_filter()
    assert page.proxy.rowCount() == 1
    text = page.detail.toPlainText()
    assert "supplier: status changed" in text.lower()
    assert "Old value" in text
    assert "prospect" in text
    assert "→" in text
    assert "approved" in text
    assert TRICKY_REASON in text
    assert page.model.row_at(0).hash in text
    assert "2026-03-04 10:00:00 +01:00" in text
    assert "2026-03-04 09:00:00 UTC" in text
    assert "<b>bold</b>" not in page.detail.toHtml()


def test_a_created_record_shows_its_fields(page: TrailPage, ids: dict[str, str]) -> None:
    page.show_record(ids["bore"])
    text = page.detail.toPlainText()
    assert "Supplier created" in text
    assert "(none)" in text
    assert "Borealis" in text
    assert "No reason given." in text


def test_more_entries_than_shown_are_announced(
    qtbot, store: Store, ids, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trail_page_module, "SHOWN_LIMIT", 2)
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.show_page(TRAIL)
    assert window.trail_page.has_more()
    assert window.trail_page.model.rowCount() == 2
    assert window.count_label.text().startswith("Trail: the newest 2 entries shown; more match")
    window.trail_page.user_combo.setCurrentIndex(window.trail_page.user_combo.findData("ben"))
    assert not window.trail_page.has_more()
    assert window.count_label.text() == "Trail: 2 entries shown"


def test_export_writes_every_matching_entry(
    qtbot, page: TrailPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trail_page_module, "SHOWN_LIMIT", 1)  # the export is not limited
    page.user_combo.setCurrentIndex(page.user_combo.findData("ben"))
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker:
        page.export_to(tmp_path / "out" / "ben")
    assert blocker.args == [True]
    sheet = openpyxl.load_workbook(tmp_path / "out" / "ben.xlsx")["Trail"]
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[4], r[11]) for r in body] == [("ben", "probation"), ("ben", "approved")]
    assert body[1][12] == TRICKY_REASON
    assert not [c for line in sheet.iter_rows() for c in line if c.data_type == "f"]
    assert not page.is_busy()


def test_export_through_the_action_and_a_failure(
    qtbot, page: TrailPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes
) -> None:
    blocker_file = tmp_path / "a-file"
    blocker_file.write_text("", encoding="utf-8")
    asked: list[str] = []

    def save(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(blocker_file / "trail.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker:
        page.action_export.trigger()
    assert asked == ["Export filtered trail"]
    assert blocker.args == [False]
    ((kind, title, text),) = boxes
    assert (kind, title) == ("warning", "Cannot export the trail")
    assert str(blocker_file) in text


def test_verify_reports_an_intact_trail(qtbot, page: TrailPage, boxes) -> None:
    entries = page.model.rowCount()
    with qtbot.waitSignal(page.chain_checked, timeout=TIMEOUT) as blocker:
        page.action_verify.trigger()
    assert blocker.args == [True, f"Trail intact: {entries} entries verified."]
    assert boxes == [("information", "Verify hash chain", blocker.args[1])]
    assert not page.is_busy()
    assert page.action_verify.isEnabled()


def test_verify_names_the_first_broken_entry(
    qtbot, page: TrailPage, store_path: Path, boxes
) -> None:
    connection = sqlite3.connect(store_path)
    connection.execute("DROP TRIGGER trail_entry_no_update")
    connection.execute("UPDATE trail_entry SET reason = 'nothing to see' WHERE seq = 3")
    connection.commit()
    connection.close()
    with qtbot.waitSignal(page.chain_checked, timeout=TIMEOUT) as blocker:
        page.check_chain()
    ok, message = blocker.args
    assert not ok
    assert message.startswith("The trail is broken at trail entry #3 (")
    assert "content was changed after it was written" in message
    assert "2 entries before it chain correctly" in message
    ((kind, _, text),) = boxes
    assert (kind, text) == ("critical", message)


def test_verify_compares_the_trail_with_the_change_log(
    qtbot, page: TrailPage, store_path: Path, boxes
) -> None:
    """The page runs every check of `sqms trail verify`: a change removed from the log behind
    the application's back is named though the chain itself is intact."""
    connection = sqlite3.connect(store_path)
    connection.execute("DROP TRIGGER change_no_delete")
    connection.execute("DELETE FROM change WHERE trail_seq = 3")
    connection.commit()
    connection.close()
    with qtbot.waitSignal(page.chain_checked, timeout=TIMEOUT) as blocker:
        page.check_chain()
    ok, message = blocker.args
    assert not ok
    assert "trail entry #3" in message
    assert "its change is missing from the change log" in message


def test_verify_can_be_cancelled(
    qtbot, page: TrailPage, boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    class CancelledFirst(Operation):
        """Cancel is asked for before the job runs, so its first report stops it."""

        def start(self, pool: QThreadPool | None = None) -> None:
            self.cancel()
            super().start(pool)

    monkeypatch.setattr(trail_page_module, "Operation", CancelledFirst)

    def ended(text: str) -> bool:
        return text != "Verifying the trail's hash chain…"

    with qtbot.waitSignal(page.message_posted, timeout=TIMEOUT, check_params_cb=ended) as blocker:
        page.check_chain()
        assert page.is_busy()
        assert not page.action_verify.isEnabled()
    assert blocker.args == ["Hash chain check cancelled."]
    assert boxes == []
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)
    assert page.action_verify.isEnabled()


# -- in the main window ------------------------------------------------------------------------


def test_the_window_offers_the_trail_and_its_actions(
    qtbot, store: Store, ids, settings: QSettings, boxes
) -> None:
    window = MainWindow(store, settings=settings, user="tess.tester")
    qtbot.addWidget(window)
    page = window.trail_page
    assert window.nav.item(TRAIL).text() == "Trail"
    assert page.stale  # read when first shown
    menu_texts = [a.text() for a in window.menu_trail.actions() if not a.isSeparator()]
    assert menu_texts == [a.text() for a in page.page_actions() if not a.isSeparator()]
    assert "&Export filtered trail…" in menu_texts
    assert "&Verify hash chain" in menu_texts

    window.show_page(SUPPLIERS)
    with qtbot.waitSignal(page.chain_checked, timeout=TIMEOUT):
        page.action_verify.trigger()
    assert window.current_page() is page  # the window brought the page forward
    assert not page.stale
    assert window.action_show_trail.isChecked()
    assert window.statusBar().currentMessage().startswith("Trail intact:")


def test_ctrl_4_shows_the_trail(qtbot, store: Store, ids, settings: QSettings) -> None:
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.trail_page
    # two users, two suppliers, two status changes
    assert window.trail_page.model.rowCount() == 6
    assert window.count_label.text() == "Trail: 6 entries shown"


def test_a_creation_row_reads_as_fields_never_as_json(page: TrailPage, ids: dict[str, str]) -> None:
    page.show_record(ids["bore"])
    row = next(r for r in page.model.rows() if r.action == "create" and r.entity == "supplier")
    cell = page.model.display(row, TrailTableModel.COL_NEW)
    assert "Code: BORE" in cell
    assert "Name: Borealis" in cell
    assert "{" not in cell
    assert '"' not in cell
    text = page.detail.toPlainText()
    assert "Name" in text
    assert '"code"' not in text
