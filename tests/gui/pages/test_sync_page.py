"""The Sync page between a real central store and a real laptop store on disk: a bundle
exported through the page on one and imported through the page on the other (by the file
dialog's path and by dropping the file), a tampered bundle refused with nothing changed, a
conflict resolved through the dialog, and a store not set up for sync told how to set it up."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from sqms_desktop.gui.app.main_window import SYNC, MainWindow
from sqms_desktop.gui.dialogs.bundle_export import BundleExportDialog
from sqms_desktop.gui.dialogs.bundle_import import BundleImportDialog, Step
from sqms_desktop.gui.dialogs.conflict_resolve import ConflictResolveDialog
from sqms_desktop.gui.models.sync import BundleLogModel
from sqms_desktop.gui.pages.sync import SyncPage
from sqms_desktop.queries.sync import list_conflicts
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import BundleLog, Change
from sqms_desktop.store.models import Supplier
from tests.support.modal import through_dialog
from tests.support.screens import LAPTOP_AREA
from tests.support.sync_stores import PASSPHRASE, SyncWorld
from tests.support.threads import held

pytestmark = [pytest.mark.gui, pytest.mark.slow]

TODAY = dt.date(2026, 3, 4)
WAIT_MS = 60_000


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    built = SyncWorld(tmp_path / "world", ("laptop-a",))
    yield built
    built.close()


def _page(qtbot, actor: Actor) -> SyncPage:
    page = SyncPage(actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.refresh()
    return page


def supplier_names(store: Store) -> dict[str, str]:
    with store.session() as session:
        return {s.code: s.name for s in session.scalars(select(Supplier))}


def counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Change)) or 0,
            session.scalar(select(func.count()).select_from(BundleLog)) or 0,
        )


def export_through_page(qtbot, page: SyncPage, target: Path, recipient: str | None) -> str:
    """Export with the page's dialog; the status-bar line it posts."""
    posted: list[str] = []
    page.message_posted.connect(posted.append)

    def answer(dialog: BundleExportDialog) -> None:
        dialog.set_recipient(recipient)
        dialog.set_file(target)
        dialog.passphrase_edit.setText(PASSPHRASE)
        with qtbot.waitSignal(dialog.step_ready, timeout=WAIT_MS):
            dialog.export_button.click()
        assert dialog.written is not None, dialog.error_label.text()
        assert "Bundle for" in dialog.result_label.text()
        dialog.cancel_button.click()  # Close

    through_dialog(page.action_export.trigger, answer)
    assert posted
    assert (target if target.suffix else target.with_suffix(".sqmsbundle")).is_file()
    return posted[0]


def wait_checked(qtbot, dialog: BundleImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.step() != Step.CHECKING, timeout=WAIT_MS)


def test_a_bundle_goes_from_the_central_store_to_the_laptop_through_the_page(
    qtbot, world: SyncWorld, tmp_path: Path
) -> None:
    central, laptop = world.central, world.laptops["laptop-a"]
    central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn Stanztechnik"))
    central_page = _page(qtbot, central.actor())
    assert "central" in central_page.status_label.text()
    bundle = tmp_path / "for-laptop-a"
    posted = export_through_page(qtbot, central_page, bundle, "laptop-a")
    written = bundle.with_name("for-laptop-a.sqmsbundle")
    assert str(written) in posted
    assert "change(s)" in posted
    sent = central_page.model_log.row_at(0)
    assert (sent.direction, sent.recipient, sent.file_name) == ("sent", "laptop-a", written.name)

    laptop_page = _page(qtbot, laptop.actor())
    before = counts(laptop.store)

    def answer(dialog: BundleImportDialog) -> None:
        wait_checked(qtbot, dialog)
        assert dialog.step() == Step.READY, dialog.state_label.text()
        shown = dialog.report.toPlainText()
        assert "Signature, trust and every file's hash check out." in shown
        assert "Importing it would apply" in shown
        assert "Supplier" in shown
        assert counts(laptop.store) == before  # the dry run changed nothing
        assert supplier_names(laptop.store) == {}
        dialog.apply_button.click()
        qtbot.waitUntil(lambda: dialog.step() in (Step.DONE, Step.REFUSED), timeout=WAIT_MS)
        assert dialog.step() == Step.DONE, dialog.state_label.text()
        dialog.cancel_button.click()

    messages: list[str] = []
    laptop_page.message_posted.connect(messages.append)
    through_dialog(lambda: laptop_page.import_bundle_file(written), answer)
    assert supplier_names(laptop.store) == {"KUHN": "Kuhn Stanztechnik"}
    assert messages
    assert written.name in messages[0]
    received = laptop_page.model_log.row_at(0)
    assert (received.direction, received.origin) == ("received", "central")
    assert "new" in laptop_page.model_log.display(received, BundleLogModel.COL_OUTCOME)


def test_a_bundle_dropped_on_the_page_is_checked_and_imported(
    qtbot, world: SyncWorld, tmp_path: Path
) -> None:
    laptop = world.laptops["laptop-a"]
    supplier = laptop.actor().run(create_supplier, SupplierInput(code="ACME", name="Acme"))
    laptop_page = _page(qtbot, laptop.actor())
    bundle = tmp_path / "to-central.sqmsbundle"
    export_through_page(qtbot, laptop_page, bundle, None)  # None: the central store
    assert supplier.id

    central_page = _page(qtbot, world.central.actor())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(central_page, enter)
    assert enter.isAccepted()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "report.pdf"))])
    refused_enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(central_page, refused_enter)
    assert not refused_enter.isAccepted()

    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(central_page, drop)  # the dialog opens once the drop is over

    def answer(dialog: BundleImportDialog) -> None:
        assert dialog.path == bundle
        wait_checked(qtbot, dialog)
        dialog.apply()
        qtbot.waitUntil(lambda: dialog.step() in (Step.DONE, Step.REFUSED), timeout=WAIT_MS)
        assert dialog.step() == Step.DONE, dialog.state_label.text()
        dialog.cancel_button.click()

    through_dialog(
        lambda: qtbot.waitSignal(central_page.message_posted, timeout=WAIT_MS).wait(), answer
    )
    assert supplier_names(world.central.store) == {"ACME": "Acme"}


def test_a_tampered_bundle_is_refused_in_words_and_changes_nothing(
    qtbot, world: SyncWorld, tmp_path: Path
) -> None:
    central, laptop = world.central, world.laptops["laptop-a"]
    central.actor().run(create_supplier, SupplierInput(code="ACME", name="Acme"))
    genuine = world.send(central, "laptop-a")
    with zipfile.ZipFile(genuine) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["changes.jsonl"] = members["changes.jsonl"].replace(b"Acme", b"Acne")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    tampered = tmp_path / "tampered.sqmsbundle"
    tampered.write_bytes(buffer.getvalue())

    page = _page(qtbot, laptop.actor())
    before = counts(laptop.store)
    messages: list[str] = []
    page.message_posted.connect(messages.append)

    def answer(dialog: BundleImportDialog) -> None:
        wait_checked(qtbot, dialog)
        assert dialog.step() == Step.REFUSED
        said = dialog.state_label.text()
        assert "Refused: a file in it was changed after it was signed." in said
        assert "changes.jsonl" in said
        assert "Nothing was changed" in said
        assert "hash-mismatch" in said
        assert not dialog.apply_button.isVisible()
        assert dialog.cancel_button.text() == "Close"
        dialog.cancel_button.click()

    assert not through_dialog(lambda: page.import_bundle_file(tampered), answer).isVisible()
    assert counts(laptop.store) == before
    assert supplier_names(laptop.store) == {}
    assert messages == []


def test_a_conflict_is_resolved_through_the_dialog_and_leaves_the_list(
    qtbot, world: SyncWorld
) -> None:
    central, laptop = world.central, world.laptops["laptop-a"]
    made = central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
    world.deliver(world.send(central, "laptop-a"), "laptop-a")
    central.actor().run(edit_supplier, made.id, SupplierChanges(name="Kuhn Stanztechnik GmbH"))
    laptop.actor().run(edit_supplier, made.id, SupplierChanges(name="Kuhn Stanztechnik AG"))
    world.deliver(world.send(central, "laptop-a"), "laptop-a")

    page = _page(qtbot, laptop.actor())
    assert page.conflicts.rowCount() == 1
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts_tab)) == "C&onflicts (1)"
    assert "Open conflicts: 1" in page.status_label.text()
    page.show_conflicts()
    conflict = page.selected_conflict()
    assert conflict is not None
    loser = next(side for side in conflict.sides if not side.winner)
    messages: list[str] = []
    page.message_posted.connect(messages.append)

    def answer(dialog: ConflictResolveDialog) -> None:
        assert dialog.base_view.toPlainText() == "Kuhn"
        views = [view.toPlainText() for view in dialog.side_views]
        assert any("Stanztechnik GmbH" in text for text in views)
        assert any("Stanztechnik AG" in text for text in views)
        dialog.take(loser.change_id)
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.error_label.text()

    through_dialog(page.action_resolve.trigger, answer)
    assert supplier_names(laptop.store) == {"KUHN": loser.value}
    assert page.conflicts.rowCount() == 0
    assert not page.conflicts_table.isVisible()
    assert "No open conflicts" in page.conflicts_label.text()
    assert not page.action_resolve.isEnabled()
    assert messages
    assert "KUHN" in messages[0]
    assert loser.replica in messages[0]
    with laptop.store.session() as session:
        assert list_conflicts(session) == []


def test_a_store_not_set_up_for_sync_says_which_command_sets_it_up(
    qtbot, team_store: Store
) -> None:
    page = _page(qtbot, Actor(team_store, "quinn"))
    assert page.showing_empty_state()
    command = page.empty_command.text()
    assert command.startswith("sqms replica init --name laptop-quinn --db ")
    assert str(team_store.describe()) in command
    assert "--central" in page.empty_label.text()
    assert not page.action_export.isEnabled()
    assert not page.action_import.isEnabled()


def test_the_export_asks_for_the_passphrase_when_the_keyring_has_none(
    qtbot, world: SyncWorld, tmp_path: Path
) -> None:
    page = _page(qtbot, world.laptops["laptop-a"].actor())
    target = tmp_path / "no-passphrase.sqmsbundle"

    def answer(dialog: BundleExportDialog) -> None:
        dialog.set_file(target)
        with qtbot.waitSignal(dialog.step_ready, timeout=WAIT_MS):
            dialog.start_export()
        assert dialog.written is None
        assert "passphrase" in dialog.error_label.text()
        assert "No bundle was written" in dialog.error_label.text()
        assert dialog.passphrase_edit.isEnabled()

    through_dialog(page.action_export.trigger, answer)
    assert not target.exists()


def test_the_sync_page_is_in_the_window_and_fits_a_laptop_screen(
    qtbot, world: SyncWorld, settings
) -> None:
    window = MainWindow(world.central.store, settings=settings, user="quinn", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(LAPTOP_AREA.size() - QSize(16, 40))
    window.show()
    window.action_show_sync.trigger()
    assert window.stack.currentIndex() == SYNC
    assert window.current_page() is window.sync_page
    assert window.page_names[SYNC] == "sync"
    page = window.sync_page
    assert page.model_log.rowCount() >= 1  # the first bundle for laptop-a
    assert window.count_label.text().startswith("Bundles:")
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP_AREA.width()
    assert hint.height() <= LAPTOP_AREA.height()
    for widget in (page.table, page.detail, page.conflicts_table, page.status_label):
        assert widget.accessibleName()
    assert [a.objectName() for a in window.menu_sync.actions()] == [
        "action_export_bundle",
        "action_import_bundle",
        "action_resolve_conflict",
    ]


def test_a_cancelled_export_writes_no_file(qtbot, world: SyncWorld, tmp_path: Path) -> None:
    actor = world.laptops["laptop-a"].actor()
    page = _page(qtbot, actor)
    assert page.status is not None
    pool = QThreadPool()
    dialog = BundleExportDialog(actor, page.status, folder=tmp_path, today=TODAY, pool=pool)
    qtbot.addWidget(dialog)
    target = tmp_path / "cancelled.sqmsbundle"
    dialog.set_file(target)
    dialog.passphrase_edit.setText(PASSPHRASE)
    # The job waits in the held pool until Cancel was pressed.
    with qtbot.waitSignal(dialog.step_ready, timeout=WAIT_MS), held(pool):
        dialog.start_export()
        assert dialog.running()
        assert not dialog.export_button.isEnabled()
        dialog.cancel_button.click()  # cancels the job; the dialog stays open
    assert dialog.error_label.text() == "Cancelled; no bundle was written."
    assert not target.exists()
    assert dialog.written is None
    pool.waitForDone()


def test_a_cancelled_check_imports_nothing(qtbot, world: SyncWorld) -> None:
    central, laptop = world.central, world.laptops["laptop-a"]
    central.actor().run(create_supplier, SupplierInput(code="ACME", name="Acme"))
    bundle = world.send(central, "laptop-a")
    before = counts(laptop.store)
    pool = QThreadPool()
    dialog = BundleImportDialog(laptop.actor(), bundle, pool=pool)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.step_ready, timeout=WAIT_MS), held(pool):
        dialog.start()
        dialog.cancel_button.click()
    assert dialog.state_label.text() == "Cancelled; nothing was imported."
    assert dialog.cancel_button.text() == "Close"
    assert counts(laptop.store) == before
    pool.waitForDone()


def test_a_central_store_with_no_laptop_says_to_enrol_one(qtbot, tmp_path: Path) -> None:
    alone = SyncWorld(tmp_path / "alone", ())
    try:
        page = _page(qtbot, alone.central.actor())

        def answer(dialog: BundleExportDialog) -> None:
            assert dialog.recipient_combo.count() == 0
            assert not dialog.export_button.isEnabled()
            assert "sqms replica enrol" in dialog.error_label.text()

        through_dialog(page.action_export.trigger, answer)
    finally:
        alone.close()
