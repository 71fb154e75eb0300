"""The Sync page: who this store is in sync, the bundles it sent and received, and the
conflicts waiting for a decision.

Work moves between a laptop and the central store only as signed bundle files (DESIGN §8):
Export writes one for the central store or a named replica, Import (or dropping a
`.sqmsbundle` file on the page) checks one and shows what it would change before applying it,
and Resolve decides a conflict the merge kept. The page reads through `queries/sync.py` and
writes only through the dialogs, which call `services/bundles.py` and `services/conflicts.py`.
A store never set up for sync shows the command that sets it up instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import shlex
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from sqms_desktop.gui.base.colors import Colors, current_colors
from sqms_desktop.gui.base.files import BUNDLE_SUFFIX
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.shortcuts import Kind, page_action
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.bundle_export import BundleExportDialog
from sqms_desktop.gui.dialogs.bundle_import import BundleImportDialog
from sqms_desktop.gui.dialogs.conflict_resolve import ConflictResolveDialog
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.sync import bundle_html, status_html
from sqms_desktop.gui.models.sync import BundleLogModel
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.gui.pages.sync_conflicts import ConflictList
from sqms_desktop.queries.sync import (
    ConflictRow,
    SyncStatus,
    bundle_log,
    list_conflicts,
    sync_status,
)
from sqms_desktop.services.actor import Actor

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
Now = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def dropped_bundle(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local `.sqmsbundle` file being dragged, or None (several, remote, other)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == BUNDLE_SUFFIX else None


class SyncPage(ListPage):
    """The bundle log (the list) with the sync status above it and the conflicts beside it.

    Signals:
        action_started(): an action began; the window brings the page forward.
        message_posted(text): a one-line result for the status bar.
        records_changed(): an import or a resolved conflict changed records other pages show.
    """

    action_started = Signal()
    message_posted = Signal(str)
    records_changed = Signal()

    def __init__(
        self,
        actor: Actor,
        *,
        today: Today = dt.date.today,
        now: Now = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        self._actor = actor
        self._today = today
        self._now = now
        self.status: SyncStatus | None = None
        self._folder = ""
        self.model_log = BundleLogModel()
        super().__init__(
            self.model_log,
            lambda: actor.read(bundle_log),
            self._render,
            default_sort=(BundleLogModel.COL_WHEN, Qt.SortOrder.DescendingOrder),
            elastic_column=BundleLogModel.COL_OUTCOME,
            hidden_columns=BundleLogModel.HIDDEN_AT_FIRST,
            parent=parent,
        )
        self.setObjectName("sync_page")
        self.setAcceptDrops(True)
        self.toolbar = child(self, QToolBar, "toolbar")
        self.status_label = child(self, QLabel, "status_label")
        self.body = child(self, QStackedWidget, "body")
        self.sync_body = child(self, QWidget, "sync_body")
        self.empty_body = child(self, QWidget, "empty_body")
        self.empty_label = child(self, QLabel, "empty_label")
        self.empty_command = child(self, QLineEdit, "empty_command")
        self.tabs = child(self, QTabWidget, "tabs")
        self.bundles_tab = child(self, QWidget, "bundles_tab")
        self.conflicts_tab = child(self, QWidget, "conflicts_tab")
        self.conflicts_label = child(self, QLabel, "conflicts_label")
        self.resolve_button = child(self, QPushButton, "resolve_button")
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.conflicts_table = child(self, QTableView, "conflicts_table")
        self.conflict_list = ConflictList(actor, self.conflicts_table, self.conflicts_label, self)
        self.conflicts = self.conflict_list.model

        self._make_actions()
        self.resolve_button.clicked.connect(self.action_resolve.trigger)
        self.conflicts_table.activated.connect(self._on_conflicts_table_activated)
        self.conflict_list.selection_changed.connect(self._on_conflict_list_selection_changed)
        self.conflict_list.resolved.connect(self._on_conflict_list_resolved)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self._update_actions()

    def _load_form(self) -> None:
        load_form("sync_page", self)

    def empty_text(self) -> str:
        return self.tr(
            "No bundle sent or received yet. Export a bundle for the central store (Ctrl+E) "
            "and send the file; import one you received (Ctrl+I), or drop the .sqmsbundle "
            "file on this page."
        )

    def pick_text(self) -> str:
        return self.tr("Select a bundle to see what it held and its receipt.")

    def page_actions(self) -> list[QAction]:
        return [self.action_export, self.action_import, self.action_resolve]

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.status = self._actor.read(sync_status)
        super().refresh()
        self.conflict_list.set_rows(self._actor.read(list_conflicts))
        self._show_status()
        self._update_actions()

    def showing_empty_state(self) -> bool:
        return self.body.currentWidget() is self.empty_body

    def selected_conflict(self) -> ConflictRow | None:
        return self.conflict_list.selected()

    def select_conflict(self, conflict_id: str) -> bool:
        return self.conflict_list.select(conflict_id)

    def focus_filter(self) -> None:
        """Find (Ctrl+F) narrows the bundles: their tab comes forward first."""
        self.tabs.setCurrentWidget(self.bundles_tab)
        super().focus_filter()

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts_tab)
        self.conflicts_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the dialogs, made here so a test can also open one on its own ----------------------

    def export_dialog(self) -> BundleExportDialog | None:
        if self.status is None or self.status.local is None:
            return None
        folder = Path(self._folder) if self._folder else None
        return BundleExportDialog(
            self._actor, self.status, folder=folder, today=self._today(), parent=self
        )

    def import_dialog(self, path: Path) -> BundleImportDialog:
        status = self.status
        known = [] if status is None else [*status.peers, *([status.local] if status.local else [])]
        names = {replica.id: replica.name for replica in known}
        return BundleImportDialog(self._actor, path, self, names=names)

    def resolve_dialog(self) -> ConflictResolveDialog | None:
        return self.conflict_list.dialog()

    def import_bundle_file(self, path: Path) -> bool:
        """Check `path`, show what it would change and import it if the user applies it;
        True when it was imported."""
        emit(self.action_started)
        self._folder = str(path.parent)
        dialog = self.import_dialog(path)
        imported: list[str] = []
        dialog.imported.connect(imported.append)
        dialog.start()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if imported:
            self.refresh()
            emit(self.records_changed)
            emit(self.message_posted, imported[0])
        return bool(imported)

    # -- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def make(name: str, text: str, keys: str, tip: str, slot: Callable[[], None]) -> QAction:
            action = page_action(self, name, text, keys, tip, slot)
            self.toolbar.addAction(action)
            return action

        self.action_export = make(
            "action_export_bundle",
            self.tr("&Export bundle…"),
            Kind.EXPORT,
            self.tr("Write the changes a peer has not acknowledged into a signed bundle file"),
            self._on_action_export_triggered,
        )
        self.action_import = make(
            "action_import_bundle",
            self.tr("&Import bundle…"),
            Kind.IMPORT,
            self.tr("Check a bundle file, see what it would change, then apply it"),
            self._on_action_import_triggered,
        )
        self.toolbar.addSeparator()
        self.action_resolve = make(
            "action_resolve_conflict",
            self.tr("&Resolve conflict…"),
            Kind.EDIT,
            self.tr("Decide the selected conflict: take one side or enter a value"),
            self._on_action_resolve_triggered,
        )

    def _update_actions(self) -> None:
        ready = self.status is not None and self.status.local is not None
        self.action_export.setEnabled(ready)
        self.action_import.setEnabled(ready)
        chosen = ready and self.selected_conflict() is not None
        self.action_resolve.setEnabled(chosen)
        self.resolve_button.setEnabled(chosen)

    # -- internals -------------------------------------------------------------------------

    def _render(self, record_id: str, colors: Colors) -> str:
        row = self.model_log.row_by_key(record_id)
        if row is None:
            return placeholder_html(self.tr("This bundle is no longer in the log."), colors)
        return bundle_html(row, colors)

    def _show_status(self) -> None:
        status = self.status
        if status is None or status.local is None:
            self.body.setCurrentWidget(self.empty_body)
            self.status_label.hide()
            self.empty_label.setText(
                self.tr(
                    "This store is not set up for sync yet: it has no replica name and no "
                    "signing key, so it can neither write nor check bundles. Set it up once "
                    "from the command line with the command below (choose a name other "
                    "replicas will know it by; add --central on the store the team shares as "
                    "its central store), then press F5."
                )
            )
            self.empty_command.setText(self._init_command())
            return
        self.body.setCurrentWidget(self.sync_body)
        self.status_label.show()
        self.status_label.setText(status_html(status, current_colors(), self._now()))
        count = self.conflict_list.count()
        self.tabs.setTabText(
            self.tabs.indexOf(self.conflicts_tab),
            self.tr("C&onflicts ({n})").format(n=count) if count else self.tr("C&onflicts"),
        )

    def _init_command(self) -> str:
        user = "".join(ch for ch in self._actor.user if ch.isalnum() or ch in "-_.") or "me"
        store = self._actor.store.describe()
        return f"sqms replica init --name laptop-{user} --db {shlex.quote(store)}"

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_action_export_triggered(self) -> None:
        emit(self.action_started)
        dialog = self.export_dialog()
        if dialog is None:
            return
        dialog.exported.connect(self._on_export_dialog_exported)
        try:
            dialog.exec()
            if dialog.written is not None:
                self._folder = str(dialog.written.path.parent)
        finally:
            dialog.deleteLater()

    @Slot(str)
    def _on_export_dialog_exported(self, summary: str) -> None:
        self.refresh()
        emit(self.message_posted, summary)

    @Slot()
    def _on_action_import_triggered(self) -> None:
        emit(self.action_started)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bundle"),
            self._folder,
            self.tr("SQMS bundles (*.sqmsbundle);;All files (*)"),
        )
        if name:
            self.import_bundle_file(Path(name))

    @Slot()
    def _on_action_resolve_triggered(self) -> None:
        emit(self.action_started)
        self.conflict_list.resolve()

    @Slot(str)
    def _on_conflict_list_resolved(self, message: str) -> None:
        self.refresh()
        self.show_conflicts()
        emit(self.records_changed)
        emit(self.message_posted, message)

    @Slot(QModelIndex)
    def _on_conflicts_table_activated(self, index: QModelIndex) -> None:
        self.action_resolve.trigger()

    @Slot()
    def _on_conflict_list_selection_changed(self) -> None:
        self._update_actions()

    @Slot(QPoint)
    def _on_table_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.action_export, self.action_import])
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        ready = self.status is not None and self.status.local is not None
        if ready and dropped_bundle(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_bundle(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open the dialog once the drop is over: a modal loop inside the drop would hold the
        # program the file was dragged from.
        QTimer.singleShot(0, partial(self.import_bundle_file, path))
