"""The main window: navigation between the areas, their pages, menus and the status bar."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from PySide6.QtCore import QLocale, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.app.register_exports import RegisterExports
from sqms_desktop.gui.app.store_actions import StoreActions
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.account import acting_user
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.layouts import restore_layout, save_layout
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.checklist.page import ChecklistPage
from sqms_desktop.gui.dialogs.about import AboutDialog
from sqms_desktop.gui.dialogs.report_preview import report_settings
from sqms_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sqms_desktop.gui.dialogs.shortcuts import ShortcutsDialog, menu_sections
from sqms_desktop.gui.pages.capas import CapaPage
from sqms_desktop.gui.pages.dashboard import DashboardPage
from sqms_desktop.gui.pages.finding_capa_actions import FindingCapaActions
from sqms_desktop.gui.pages.findings import FindingsPage
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.gui.pages.programme import ProgrammePage
from sqms_desktop.gui.pages.records import AuditsPage, Today
from sqms_desktop.gui.pages.scorecards import ScorecardsPage
from sqms_desktop.gui.pages.suppliers import SuppliersPage
from sqms_desktop.gui.pages.sync import SyncPage
from sqms_desktop.gui.pages.templates import TemplatesPage
from sqms_desktop.gui.pages.trail import TrailPage
from sqms_desktop.queries.capas import count_overdue_capas
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)


SUPPLIERS, AUDITS, TEMPLATES, TRAIL, CAPAS, FINDINGS, SYNC, PROGRAMME, DASHBOARD = range(9)
SCORECARDS = DASHBOARD + 1
CHECKLIST = SCORECARDS + 1


STATUS_MESSAGE_MS = 8000


def describe_actions(actions: Iterable[QAction]) -> None:
    """What a screen reader says of an action beside its text (QAction has no accessible
    name): its status tip, as "What's this" too."""
    for action in actions:
        if not action.isSeparator() and action.statusTip() and not action.whatsThis():
            action.setWhatsThis(action.statusTip())


class MainWindow(QMainWindow):
    """One open store. The store, the settings and the acting user are handed in; nothing
    here is global. The window makes the one `Actor` (store and user) its pages act with.

    Signals: idle_lock_changed(ms) when the settings set a new idle time before the lock.
    """

    idle_lock_changed = Signal(int)

    def __init__(
        self,
        store: Store,
        *,
        settings: QSettings,
        user: str | None = None,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("main_window", self)
        self.store = store
        self._settings = settings
        self.setWindowTitle(self.tr("{store} – SQMS Desktop").format(store=store.describe()))
        self.setWindowIcon(icon("app"))

        self.nav = child(self, QListWidget, "nav")
        self.stack = child(self, QStackedWidget, "pages")
        self._today = today
        self.user = user or acting_user()
        self.actor = Actor(store, self.user)
        self.suppliers_page = SuppliersPage(self.actor, today=today)
        self.audits_page = AuditsPage(self.actor)
        self.templates_page = TemplatesPage(self.actor)
        self.trail_page = TrailPage(store)
        self.capa_page = CapaPage(
            self.actor, today=today, report_settings=lambda: report_settings(settings)
        )
        # Its filter row is wide; below that width the row squeezes rather than the window grow.
        self.capa_page.setMinimumWidth(480)
        self.findings_page = FindingsPage(self.actor, today=today)
        self.findings_page.setMinimumWidth(480)
        self.finding_capa_actions = FindingCapaActions(self.findings_page, self.actor)
        self.sync_page = SyncPage(self.actor, today=today)
        self.programme_page = ProgrammePage(self.actor, today=today)
        self.dashboard_page = DashboardPage(self.actor, today=today)
        self.scorecards_page = ScorecardsPage(self.actor, today=today)
        self._pages: list[ListPage] = [
            self.suppliers_page,
            self.audits_page,
            self.templates_page,
            self.trail_page,
            self.capa_page,
            self.findings_page,
            self.sync_page,
            self.programme_page,
            self.dashboard_page,
            self.scorecards_page,
        ]
        # Each page's name, untranslated, in the order of the list (`--screenshot --page NAME`).
        self.page_names: list[str] = []
        for page, name, title, icon_name in (
            (self.suppliers_page, "suppliers", self.tr("Suppliers"), "suppliers"),
            (self.audits_page, "audits", self.tr("Audits"), "audits"),
            (self.templates_page, "templates", self.tr("Templates"), "templates"),
            (self.trail_page, "trail", self.tr("Trail"), "trail"),
            (self.capa_page, "capas", self.tr("CAPAs"), "audits"),
            (self.findings_page, "findings", self.tr("Findings"), "findings"),
            (self.sync_page, "sync", self.tr("Sync"), "refresh"),
            (self.programme_page, "programme", self.tr("Programme"), "programme"),
            (self.dashboard_page, "dashboard", self.tr("Dashboard"), "dashboard"),
            (self.scorecards_page, "scorecards", self.tr("Scorecards"), "scorecards"),
        ):
            self.page_names.append(name)
            self.stack.addWidget(page)
            QListWidgetItem(icon(icon_name), title, self.nav)
            page.counts_changed.connect(self._on_page_counts_changed)

        # The checklist of the audit being worked on: opened from the Audits page.
        self.checklist_page: ChecklistPage | None = None
        self.checklist_host = QWidget()
        self.checklist_host.setObjectName("checklist_host")
        host_layout = self._checklist_layout = QVBoxLayout(self.checklist_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        self.checklist_empty = QLabel(
            self.tr(
                "No audit open. On the Audits page, select an audit and press Enter (or "
                "Audits ▸ Open checklist) to answer its checklist here."
            )
        )
        self.checklist_empty.setWordWrap(True)
        self.checklist_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        host_layout.addWidget(self.checklist_empty)
        self.stack.addWidget(self.checklist_host)
        self.page_names.append("checklist")
        QListWidgetItem(icon("templates"), self.tr("Checklist"), self.nav)
        self.audits_page.checklist_requested.connect(self.open_checklist)
        self.audits_page.capa_requested.connect(self.show_capa)

        self.store_label = QLabel(self.tr("Store: {store}").format(store=store.describe()))
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_label.setToolTip(store.describe())
        self.store_label.setMinimumWidth(120)  # a long path must not keep the window wide
        self.count_label = QLabel()
        # A long count (the trail's, in German) is cut at its end; the overdue count, the user
        # and the store keep their room.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status_bar = child(self, QStatusBar, "status_bar")
        self.user_label = QLabel(self.tr("Signed in: {user}").format(user=self.user))
        self.user_label.setToolTip(self.tr("Changes and signatures are recorded for this user"))
        status_bar.addWidget(self.count_label, 1)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdue_label")
        self.overdue_label.setToolTip(self.tr("CAPAs past a stage deadline (CAPAs page)"))
        self.overdue_label.setMinimumWidth(60)  # a narrow window may cut it, not grow for it
        self.store_actions = StoreActions(self, self.actor)  # File ▸ Backups, clock warning
        self.store_actions.restoring.connect(self._on_store_actions_restoring)
        self.store_actions.restored.connect(self._on_store_actions_restored)
        self.store_actions.message_posted.connect(self._on_trail_page_message_posted)
        status_bar.addPermanentWidget(self.store_actions.clock_label)
        status_bar.addPermanentWidget(self.overdue_label)
        status_bar.addPermanentWidget(self.user_label)
        status_bar.addPermanentWidget(self.store_label)

        self.suppliers_page.action_started.connect(self._on_suppliers_page_action_started)
        self.suppliers_page.message_posted.connect(self._on_suppliers_page_message_posted)
        self.suppliers_page.audit_requested.connect(self.show_audit)
        self.suppliers_page.capa_requested.connect(self.show_capa)
        self.audits_page.action_started.connect(self._on_audits_page_action_started)
        self.audits_page.message_posted.connect(self._on_audits_page_message_posted)
        self.templates_page.action_started.connect(self._on_templates_page_action_started)
        self.templates_page.message_posted.connect(self._on_templates_page_message_posted)
        self.trail_page.action_started.connect(self._on_trail_page_action_started)
        self.trail_page.message_posted.connect(self._on_trail_page_message_posted)
        self.capa_page.action_started.connect(self._on_capa_page_action_started)
        self.capa_page.message_posted.connect(self._on_trail_page_message_posted)
        self.capa_page.overdue_counted.connect(self._on_capa_page_overdue_counted)
        self.capa_page.capa_changed.connect(self._on_capa_page_capa_changed)
        self.findings_page.action_started.connect(self._on_findings_page_action_started)
        self.findings_page.message_posted.connect(self._on_trail_page_message_posted)
        self.findings_page.audit_requested.connect(self._on_findings_page_audit_requested)
        self.findings_page.capa_requested.connect(self._on_findings_page_capa_requested)
        self.finding_capa_actions.records_changed.connect(
            self._on_finding_capa_actions_records_changed
        )
        self.sync_page.action_started.connect(self._on_sync_page_action_started)
        self.sync_page.message_posted.connect(self._on_trail_page_message_posted)
        self.sync_page.records_changed.connect(self._on_sync_page_records_changed)
        self.programme_page.action_started.connect(self._on_programme_page_action_started)
        self.programme_page.message_posted.connect(self._on_trail_page_message_posted)
        self.programme_page.audit_planned.connect(self._on_programme_page_audit_planned)
        self.dashboard_page.record_requested.connect(self._on_dashboard_page_record_requested)
        self.scorecards_page.supplier_changed.connect(self._on_scorecards_page_supplier_changed)
        self.scorecards_page.message_posted.connect(self._on_trail_page_message_posted)
        self.scorecards_page.audit_requested.connect(self.show_audit)
        self.scorecards_page.capa_requested.connect(self.show_capa)
        self.scorecards_page.deliveries_requested.connect(self.show_deliveries)

        self._setup_actions()
        self.menu_suppliers = QMenu(self.tr("&Suppliers", "menu bar"), self)
        self.menu_suppliers.setObjectName("menu_suppliers")
        self.menu_suppliers.addActions(self.suppliers_page.page_actions())
        self.menu_audits = child(self, QMenu, "menu_audits")
        self.menu_audits.addActions(self.audits_page.page_actions())
        self.menu_templates = child(self, QMenu, "menu_templates")
        self.menu_templates.addActions(self.templates_page.page_actions())
        self.menu_trail = child(self, QMenu, "menu_trail")
        self.menu_trail.addActions(self.trail_page.page_actions())
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setObjectName("action_settings")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.action_settings.setShortcuts(
            [*keys, QKeySequence("Ctrl+,")] if QKeySequence("Ctrl+,") not in keys else keys
        )
        self.action_settings.setToolTip(self.tr("Your settings and the store's (Ctrl+,)"))
        self.action_settings.setStatusTip(
            self.tr("Your settings and the store's: language, appearance, reports, deadlines")
        )
        self.action_settings.triggered.connect(self._on_action_settings_triggered)
        menu_file = child(self, QMenu, "menu_file")
        self.register_exports = RegisterExports(self, store, today=today)
        self.register_exports.message_posted.connect(self._on_trail_page_message_posted)
        menu_file.insertMenu(self.action_quit, self.register_exports.menu)
        menu_file.insertSeparator(self.action_quit)
        menu_file.insertAction(self.action_quit, self.action_settings)
        menu_file.insertAction(self.action_quit, self.store_actions.action_backups)
        menu_file.insertAction(self.action_quit, self.store_actions.action_key_backup)
        menu_file.insertSeparator(self.action_quit)
        self.menu_capas = QMenu(self.tr("&CAPAs", "menu bar"), self)
        self.menu_capas.setObjectName("menu_capas")
        self.menu_capas.addActions(self.capa_page.page_actions())
        self.menu_checklist = QMenu(self.tr("Chec&klist"), self)
        self.menu_checklist.setObjectName("menu_checklist")
        self.menu_checklist.setEnabled(False)
        self.menuBar().insertMenu(self.menu_trail.menuAction(), self.menu_checklist)
        self.menuBar().insertMenu(self.menu_trail.menuAction(), self.menu_capas)
        self.menuBar().insertMenu(self.menu_audits.menuAction(), self.menu_suppliers)
        self.menu_findings = QMenu(self.tr("Fi&ndings", "menu bar"), self)
        self.menu_findings.setObjectName("menu_findings")
        self.menu_findings.addActions(self.findings_page.page_actions())
        self.menuBar().insertMenu(self.menu_trail.menuAction(), self.menu_findings)
        self.menu_sync = QMenu(self.tr("S&ync", "menu bar"), self)
        self.menu_sync.setObjectName("menu_sync")
        self.menu_sync.addActions(self.sync_page.page_actions())
        self.menuBar().insertMenu(self.menu_trail.menuAction(), self.menu_sync)
        # The supplier base's performance: the audit programme and the dashboard.
        self.menu_performance = QMenu(self.tr("&Performance"), self)
        self.menu_performance.setObjectName("menu_performance")
        self.menu_performance.addActions(self.programme_page.page_actions())
        self.menu_performance.addSeparator()
        self.menu_performance.addActions(self.dashboard_page.page_actions())
        self.menu_performance.addSeparator()
        self.menu_performance.addActions(self.scorecards_page.page_actions())
        self.menuBar().insertMenu(self.menu_trail.menuAction(), self.menu_performance)
        self.menu_columns = child(self, QMenu, "menu_columns")
        self.menu_columns.aboutToShow.connect(self._on_menu_columns_about_to_show)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(SUPPLIERS)  # shown, so read (the other pages when shown)
        describe_actions(self.findChildren(QAction))
        # Not refresh(): that read the Suppliers page a second time at every start (0.45 s on
        # a store of 1,000 suppliers: its ids, its first window and the first one's detail).
        if self.current_page().stale:
            self.current_page().refresh()
        self.show_overdue()
        self.store_actions.check_clock(dt.datetime.now().astimezone())

    def _setup_actions(self) -> None:
        def action(name: str) -> QAction:
            return child(self, QAction, name)

        self.action_quit = action("action_quit")
        self.action_show_suppliers = action("action_show_suppliers")
        self.action_show_audits = action("action_show_audits")
        self.action_show_templates = action("action_show_templates")
        self.action_show_trail = action("action_show_trail")
        self.action_show_capas = action("action_show_capas")
        self.action_show_findings = action("action_show_findings")
        self.action_show_sync = action("action_show_sync")
        self.action_show_programme = action("action_show_programme")
        self.action_show_dashboard = action("action_show_dashboard")
        self.action_show_scorecards = action("action_show_scorecards")
        self.action_find = action("action_find")
        self.action_refresh = action("action_refresh")
        self.action_about = action("action_about")
        self.action_about_qt = action("action_about_qt")
        self.action_shortcuts = action("action_shortcuts")
        # The checklist of the open audit has a key of its own, as every other page does.
        self.action_show_checklist = QAction(self.tr("Chec&klist"), self)
        self.action_show_checklist.setObjectName("action_show_checklist")
        self.action_show_checklist.setCheckable(True)
        self.action_show_checklist.setShortcut(QKeySequence("Ctrl+J"))
        self.action_show_checklist.setStatusTip(
            self.tr("Show the checklist of the audit being worked on")
        )
        self.action_show_checklist.setIcon(icon("templates"))
        menu_view = child(self, QMenu, "menu_view")
        view_actions = menu_view.actions()
        after = view_actions[view_actions.index(self.action_show_scorecards) + 1]
        menu_view.insertAction(after, self.action_show_checklist)
        self.action_about.setStatusTip(self.tr("The version, the licence and where the log is"))
        self.action_about_qt.setStatusTip(self.tr("The version and licence of Qt"))

        standard = (
            (self.action_quit, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            (self.action_find, QKeySequence.StandardKey.Find, "Ctrl+F"),
            (self.action_refresh, QKeySequence.StandardKey.Refresh, "F5"),
            (self.action_shortcuts, QKeySequence.StandardKey.HelpContents, "F1"),
        )
        for act, key, fallback in standard:
            # Some platforms bind no key to a standard action (Quit on Windows); keep one anyway.
            keys = QKeySequence.keyBindings(key) or [QKeySequence(fallback)]
            act.setShortcuts(keys)
        self.action_show_suppliers.setIcon(icon("suppliers"))
        self.action_show_audits.setIcon(icon("audits"))
        self.action_show_templates.setIcon(icon("templates"))
        self.action_show_trail.setIcon(icon("trail"))
        self.action_show_capas.setIcon(icon("audits"))
        self.action_show_findings.setIcon(icon("findings"))
        self.action_show_sync.setIcon(icon("refresh"))
        self.action_show_programme.setIcon(icon("programme"))
        self.action_show_dashboard.setIcon(icon("dashboard"))
        self.action_show_scorecards.setIcon(icon("scorecards"))
        self.action_refresh.setIcon(icon("refresh"))
        self.action_about.setIcon(icon("app"))
        for act in self.findChildren(QAction):
            if not act.shortcuts():
                continue
            native = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()
            )
            act.setToolTip(
                self.tr("{action} ({keys})").format(action=act.text().replace("&", ""), keys=native)
            )

        self.action_quit.triggered.connect(self._on_action_quit_triggered)
        self.action_show_suppliers.triggered.connect(self._on_action_show_suppliers_triggered)
        self.action_show_audits.triggered.connect(self._on_action_show_audits_triggered)
        self.action_show_templates.triggered.connect(self._on_action_show_templates_triggered)
        self.action_show_trail.triggered.connect(self._on_action_show_trail_triggered)
        self.action_show_capas.triggered.connect(self._on_action_show_capas_triggered)
        self.action_show_findings.triggered.connect(self._on_action_show_findings_triggered)
        self.action_show_sync.triggered.connect(self._on_action_show_sync_triggered)
        self.action_show_programme.triggered.connect(self._on_action_show_programme_triggered)
        self.action_show_dashboard.triggered.connect(self._on_action_show_dashboard_triggered)
        self.action_show_scorecards.triggered.connect(self._on_action_show_scorecards_triggered)
        self.action_find.triggered.connect(self._on_action_find_triggered)
        self.action_refresh.triggered.connect(self._on_action_refresh_triggered)
        self.action_about.triggered.connect(self._on_action_about_triggered)
        self.action_about_qt.triggered.connect(self._on_action_about_qt_triggered)
        self.action_shortcuts.triggered.connect(self._on_action_shortcuts_triggered)
        self.action_show_checklist.triggered.connect(self._on_action_show_checklist_triggered)

    # -- public ----------------------------------------------------------------------------

    def current_page(self) -> ListPage:
        """The list page shown, or the Audits page while the checklist is shown."""
        index = self.stack.currentIndex()
        return self._pages[index] if index < len(self._pages) else self.audits_page

    def showing_checklist(self) -> bool:
        return self.stack.currentIndex() == CHECKLIST

    def open_checklist(self, audit_id: str) -> ChecklistPage:
        """Show the audit's checklist (replacing the one open before, which saved as it went)."""
        if self.checklist_page is not None:
            if self.checklist_page.audit_id == audit_id:
                self.show_page(CHECKLIST)
                return self.checklist_page
            self.checklist_page.answer_panel.flush_note()
            self.checklist_page.hide()
            self.checklist_page.deleteLater()
        page = ChecklistPage(self.store, self.user, audit_id, today=self._today)
        page.message_posted.connect(self._on_checklist_message_posted)
        page.changed.connect(self._on_checklist_changed)
        page.capa_requested.connect(self.show_capa)
        self.checklist_empty.hide()
        self._checklist_layout.addWidget(page)
        self.checklist_page = page
        self.menu_checklist.clear()
        self.menu_checklist.addActions(page.page_actions())
        describe_actions(page.page_actions())
        self.menu_checklist.setEnabled(True)
        self.show_page(CHECKLIST)
        page.tree.setFocus()
        return page

    def shortcuts_sheet(self) -> ShortcutsDialog:
        """Help ▸ Keyboard shortcuts, read from the menus as they are now."""
        return ShortcutsDialog(menu_sections(self.menuBar()), self)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def show_audit(self, audit_id: str) -> bool:
        """The Audits page with the audit selected (its filter cleared if it hid the audit)."""
        self.show_page(AUDITS)
        return self._reveal(self.audits_page, audit_id)

    def show_capa(self, capa_id: str) -> bool:
        """The CAPAs page with the CAPA selected (its filters cleared if they hid the CAPA)."""
        self.show_page(CAPAS)
        shown = self._reveal(self.capa_page, capa_id)
        self.show_overdue()
        return shown

    def show_deliveries(self, supplier_id: str, period: str) -> bool:
        """The supplier on the Suppliers page, its KPIs showing the month's deliveries."""
        self.show_page(SUPPLIERS)
        if not self._reveal(self.suppliers_page, supplier_id):
            return False
        self.suppliers_page.show_deliveries(period)
        return True

    def _reveal(self, page: ListPage, record_id: str) -> bool:
        if page.reveal(record_id):
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self.statusBar().showMessage(
            self.tr("That record is no longer in the store; the list was read again."),
            STATUS_MESSAGE_MS,
        )
        return False

    def _show_actions(self) -> list[QAction]:
        """The View menu's page actions, in the order of the pages."""
        return [
            self.action_show_suppliers,
            self.action_show_audits,
            self.action_show_templates,
            self.action_show_trail,
            self.action_show_capas,
            self.action_show_findings,
            self.action_show_sync,
            self.action_show_programme,
            self.action_show_dashboard,
            self.action_show_scorecards,
            self.action_show_checklist,
        ]

    def page_action(self, index: int) -> QAction:
        """View ▸ the page at `index` (CHECKLIST for the checklist)."""
        return self._show_actions()[index]

    def refresh(self) -> None:
        """Read the visible page again now; the others when they are next shown."""
        current = self.current_page()
        for page in self._pages:
            if page is not current:
                page.stale = True
        current.refresh()
        self.show_overdue()

    def restore_settings(self) -> None:
        geometry = opts.MAIN_WINDOW_GEOMETRY.read(self._settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = opts.MAIN_WINDOW_STATE.read(self._settings)
        if not state.isEmpty():
            self.restoreState(state)
        for list_page in self._pages:
            name = list_page.objectName()
            list_page.restore_view_state(
                opts.page_header(name).read(self._settings),
                opts.page_splitter(name).read(self._settings),
            )
        restore_layout(self, self._settings)  # the pages' other splitters and tables
        page = opts.MAIN_WINDOW_PAGE.read(self._settings)
        if 0 <= page < len(self._pages):
            self.show_page(page)

    def save_settings(self) -> None:
        opts.MAIN_WINDOW_GEOMETRY.write(self._settings, self.saveGeometry())
        opts.MAIN_WINDOW_STATE.write(self._settings, self.saveState())
        opts.MAIN_WINDOW_PAGE.write(self._settings, self.stack.currentIndex())
        for list_page in self._pages:
            header, splitter = list_page.view_state()
            opts.page_header(list_page.objectName()).write(self._settings, header)
            opts.page_splitter(list_page.objectName()).write(self._settings, splitter)
        save_layout(self, self._settings)
        self._settings.sync()

    def stop_reads(self) -> None:
        """Stop the pages' background reads and wait for them: the store is closed or
        replaced next."""
        for page in (self.dashboard_page, self.scorecards_page):
            page.stop_reading()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A message posted before the first show (the clock warning at start) hid the row
        # counts while the status bar was not shown yet; showing the window showed them again,
        # drawn under the message. Posting it again now hides them until it ends.
        # (Qt ignores the same message posted twice, hence the clear first.)
        message = self.statusBar().currentMessage()
        if message and self.count_label.isVisible():
            self.statusBar().clearMessage()
            self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.stop_reads()  # no read outlives the window
        super().closeEvent(event)

    # -- slots -----------------------------------------------------------------------------

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if row == CHECKLIST:
            self.stack.setCurrentIndex(row)
            for act in self._show_actions():
                act.setChecked(act is self.action_show_checklist)
            self._on_checklist_changed()
            return
        if not 0 <= row < len(self._pages):
            return
        self.stack.setCurrentIndex(row)
        if self._pages[row].stale:
            self._pages[row].refresh()
        for number, act in enumerate(self._show_actions()):
            act.setChecked(row == number)
        self._on_page_counts_changed()

    @Slot()
    def _on_action_settings_triggered(self) -> None:
        dialog = SettingsDialog(self._settings, self.actor, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                emit(self.idle_lock_changed, dialog.idle_lock_ms())
                self.statusBar().showMessage(self.tr("Settings saved."), STATUS_MESSAGE_MS)
                self.refresh()  # the store's settings, the theme's colours in every page
        finally:
            dialog.deleteLater()

    @Slot()
    def _on_capa_page_action_started(self) -> None:
        self.show_page(CAPAS)

    @Slot()
    def _on_findings_page_action_started(self) -> None:
        self.show_page(FINDINGS)

    @Slot(str)
    def _on_findings_page_audit_requested(self, audit_id: str) -> None:
        self.show_audit(audit_id)

    @Slot(str)
    def _on_findings_page_capa_requested(self, capa_id: str) -> None:
        self.show_capa(capa_id)

    @Slot()
    def _on_finding_capa_actions_records_changed(self) -> None:
        """A CAPA raised from the register shows on the CAPAs, Audits and Suppliers pages."""
        for page in (self.capa_page, self.audits_page, self.suppliers_page):
            page.stale = True
        self.show_overdue()

    @Slot(str)
    def _on_capa_page_capa_changed(self, capa_id: str) -> None:
        self.findings_page.stale = True  # the findings register shows CAPA due dates

    @Slot(int)
    def _on_capa_page_overdue_counted(self, count: int) -> None:
        self.show_overdue(count)

    def show_overdue(self, count: int | None = None) -> None:
        """The count of overdue CAPAs in the status bar, red while there are any."""
        if count is None:
            count = self.actor.read(count_overdue_capas, self._today())
        self.overdue_label.setText(self.tr("CAPAs overdue: {n}").format(n=count))
        self.overdue_label.setStyleSheet(color_style("alert", bold=True) if count else "")

    @Slot()
    def _on_checklist_changed(self) -> None:
        """Lists show the audit's new state when next shown; the count label its progress."""
        self.audits_page.stale = True
        self.trail_page.stale = True
        self.capa_page.stale = True
        self.findings_page.stale = True  # findings raised or corrected on the checklist
        page = self.checklist_page
        if not self.showing_checklist():
            return
        if page is None:
            self.count_label.setText(self.tr("No audit open"))
            return
        progress = page.session.progress()
        self.count_label.setText(
            self.tr("{reference}: {answered} of {shown} questions answered").format(
                reference=page.session.checklist.reference,
                answered=progress.answered,
                shown=progress.visible,
            )
        )

    @Slot(str)
    def _on_checklist_message_posted(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def _on_page_counts_changed(self) -> None:
        if self.showing_checklist():
            return
        page = self.current_page()
        shown, total = page.counts()
        if page is self.suppliers_page:
            text = self.tr("Suppliers: {shown} of {total} shown")
        elif page is self.audits_page:
            text = self.tr("Audits: {shown} of {total} shown")
        elif page is self.capa_page:
            text = self.tr("CAPAs: {shown} of {total} shown")
        elif page is self.findings_page:
            text = self.tr("Findings: {shown} of {total} match the filters")
        elif page is self.sync_page:
            text = self.tr("Bundles: {shown} of {total} shown")
        elif page is self.programme_page:
            text = self.tr("Programme: {shown} of {total} suppliers shown")
        elif page is self.dashboard_page:
            text = self.tr("Dashboard: {shown} of {total} records listed")
        elif page is self.scorecards_page:
            text = self.tr("Scorecards: {shown} of {total} suppliers shown")
        elif page is self.trail_page:
            if self.trail_page.has_more():
                text = self.tr(
                    "Trail: the newest %Ln entries shown; more match (narrow the filter, "
                    "or export them all)",
                    "",
                    shown,
                )
            else:
                text = self.tr("Trail: %Ln entries shown", "", shown)
        else:
            text = self.tr("Template versions: {shown} of {total} shown")
        locale = QLocale()
        text = text.format(shown=locale.toString(shown), total=locale.toString(total))
        self.count_label.setText(text)
        self.count_label.setToolTip(text)

    @Slot()
    def _on_programme_page_action_started(self) -> None:
        self.show_page(PROGRAMME)

    @Slot(str, str)
    def _on_dashboard_page_record_requested(self, kind: str, record_id: str) -> None:
        """A record behind a chart: open it on its own page."""
        if kind == "capa":
            self.show_capa(record_id)
        elif kind == "programme":
            self.show_page(PROGRAMME)
            self._reveal(self.programme_page, record_id)
        else:  # a supplier, or a certificate's supplier
            self.show_page(SUPPLIERS)
            self._reveal(self.suppliers_page, record_id)

    @Slot(str)
    def _on_programme_page_audit_planned(self, _audit_id: str) -> None:
        self.audits_page.stale = True  # the new audit; the trail holds its changes
        self.trail_page.stale = True

    @Slot()
    def _on_suppliers_page_action_started(self) -> None:
        self.show_page(SUPPLIERS)

    @Slot(str)
    def _on_suppliers_page_message_posted(self, text: str) -> None:
        # A supplier written: the audits name it, the trail holds the change; deliveries
        # imported change the scorecards and the dashboard.
        self.scorecards_page.stale = True
        self.dashboard_page.stale = True
        self.audits_page.stale = True
        self.capa_page.stale = True
        self.trail_page.stale = True
        self.programme_page.stale = True  # its status and risk class set what is due
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot(str)
    def _on_audits_page_message_posted(self, text: str) -> None:
        self.trail_page.stale = True
        self.capa_page.stale = True  # a CAPA may have been raised from the audit
        self.programme_page.stale = True  # an audit planned, held or signed moves what is due
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def _on_audits_page_action_started(self) -> None:
        self.show_page(AUDITS)

    @Slot()
    def _on_templates_page_action_started(self) -> None:
        self.show_page(TEMPLATES)

    @Slot(str)
    def _on_templates_page_message_posted(self, text: str) -> None:
        # The templates page posts after each change it stores, which the trail then shows.
        self.trail_page.stale = True
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def _on_trail_page_action_started(self) -> None:
        self.show_page(TRAIL)

    @Slot(str)
    def _on_trail_page_message_posted(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def _on_menu_columns_about_to_show(self) -> None:
        self.menu_columns.clear()
        self.current_page().fill_column_menu(self.menu_columns)

    @Slot()
    def _on_action_quit_triggered(self) -> None:
        self.close()

    @Slot()
    def _on_action_show_suppliers_triggered(self) -> None:
        self.show_page(SUPPLIERS)

    @Slot()
    def _on_action_show_audits_triggered(self) -> None:
        self.show_page(AUDITS)

    @Slot()
    def _on_action_show_templates_triggered(self) -> None:
        self.show_page(TEMPLATES)

    @Slot()
    def _on_action_show_trail_triggered(self) -> None:
        self.show_page(TRAIL)

    @Slot()
    def _on_action_show_capas_triggered(self) -> None:
        self.show_page(CAPAS)

    @Slot()
    def _on_action_show_findings_triggered(self) -> None:
        self.show_page(FINDINGS)

    @Slot()
    def _on_action_show_sync_triggered(self) -> None:
        self.show_page(SYNC)

    @Slot()
    def _on_action_show_programme_triggered(self) -> None:
        self.show_page(PROGRAMME)

    @Slot()
    def _on_action_show_dashboard_triggered(self) -> None:
        self.show_page(DASHBOARD)

    @Slot()
    def _on_action_show_scorecards_triggered(self) -> None:
        self.show_page(SCORECARDS)

    @Slot()
    def _on_action_show_checklist_triggered(self) -> None:
        self.show_page(CHECKLIST)

    @Slot(str)
    def _on_scorecards_page_supplier_changed(self, _supplier_id: str) -> None:
        """A proposal decided: the supplier's status or recognition changed."""
        for page in (self.suppliers_page, self.programme_page, self.dashboard_page):
            page.stale = True
        self.trail_page.stale = True

    @Slot()
    def _on_sync_page_action_started(self) -> None:
        self.show_page(SYNC)

    @Slot()
    def _on_store_actions_restoring(self) -> None:
        self.stop_reads()  # a backup replaces the file next

    @Slot()
    def _on_store_actions_restored(self) -> None:
        """A backup replaced the store file: every page reads it again."""
        for page in self._pages:
            page.stale = True
        self.refresh()

    @Slot()
    def _on_sync_page_records_changed(self) -> None:
        """An imported bundle or a resolved conflict may have changed any record."""
        for page in self._pages:
            if page is not self.sync_page:
                page.stale = True
        self.show_overdue()

    @Slot()
    def _on_action_find_triggered(self) -> None:
        if self.showing_checklist() and self.checklist_page is not None:
            self.checklist_page.focus_find()
        else:
            self.current_page().focus_filter()

    @Slot()
    def _on_action_refresh_triggered(self) -> None:
        self.refresh()
        self.statusBar().showMessage(self.tr("Store read again."), 3000)

    @Slot()
    def _on_action_shortcuts_triggered(self) -> None:
        self.shortcuts_sheet().exec()

    @Slot()
    def _on_action_about_triggered(self) -> None:
        AboutDialog(self).exec()

    @Slot()
    def _on_action_about_qt_triggered(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))
