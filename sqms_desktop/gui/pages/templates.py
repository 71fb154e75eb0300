"""The Templates page: stored checklist versions, one version's questions, and what to do
with them (import, export, release, retire, compare)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QWidget,
)

from sqms_desktop.checklists.diff import diff_specs
from sqms_desktop.checklists.library import library_files
from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.checklists.xlsx_format import TemplateFileError
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.operations import Job, Operation
from sqms_desktop.gui.base.shortcuts import Kind, page_key
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.templates import (
    DiffDialog,
    ImportWarningsDialog,
    LibraryDialog,
    LibraryEntry,
    ProblemsDialog,
    RetireDialog,
    read_library,
)
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.templates import template_html
from sqms_desktop.gui.models.templates import TemplateTableModel
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.gui.pages.template_jobs import WorkbookImport, export_workbook, import_workbook
from sqms_desktop.gui.widgets.template_tree import QuestionTree
from sqms_desktop.paths import refuse_store_path
from sqms_desktop.progress import Progress
from sqms_desktop.queries.templates import TemplateRow, list_templates, spec_of
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.templates import release_template, retire_template
from sqms_desktop.vocab import TemplateStatus

log = logging.getLogger(__name__)


LibrarySource = Callable[[], dict[str, Path]]


class TemplatesPage(ListPage):
    """Template versions in a table; the selected one as a tree of sections and questions.

    File dialogs only choose paths: `import_file`, `export_to`, `release_selected`,
    `retire_selected` and `compare_selected` do the work, so tests (and scripts) call them.
    Reading and storing a workbook, reading the library and writing a workbook run on a worker
    thread; the page takes no new action until such a job has finished.

    Signals:
        action_started(): one of the page's actions began; the window brings the page forward.
        message_posted(text): a one-line result for the status bar.
        import_finished(stored): an import ended; False when it was refused or failed.
        export_finished(written): an export ended; False when it failed.
    """

    action_started = Signal()
    message_posted = Signal(str)
    import_finished = Signal(bool)
    export_finished = Signal(bool)

    model: TemplateTableModel

    def __init__(
        self,
        actor: Actor,
        *,
        library: LibrarySource = library_files,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            TemplateTableModel(),
            lambda: actor.read(list_templates),
            self._render_template,
            default_sort=(TemplateTableModel.COL_KEY, Qt.SortOrder.AscendingOrder),
            elastic_column=TemplateTableModel.COL_TITLE,
            parent=parent,
        )
        self.setObjectName("templates_page")
        self._actor = actor
        self._library = library
        self._library_available = False
        self._pool = pool
        self._running: Operation | None = None  # at most one job at a time
        self._spec: tuple[str, TemplateSpec] | None = None  # the version the tree shows
        self._folder = ""  # where the last file dialog was

        self.toolbar = child(self, QToolBar, "toolbar")
        self.tree = child(self, QTreeView, "tree")
        self.question_detail = child(self, QTextBrowser, "question_detail")
        self.questions = QuestionTree(self.tree, self.question_detail, self)
        self.tree_model = self.questions.model
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        left = child(self, QSplitter, "left_splitter")
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 5)
        right = child(self, QSplitter, "right_splitter")
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        self._setup_actions()
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def _setup_actions(self) -> None:
        def action(name: str) -> QAction:
            return child(self, QAction, name)

        self.action_import_file = action("action_import_file")
        self.action_import_library = action("action_import_library")
        self.action_export = action("action_export")
        self.action_release = action("action_release")
        self.action_retire = action("action_retire")
        self.action_compare = action("action_compare")
        page_key(self, self.action_import_file, Kind.IMPORT)
        page_key(self, self.action_export, Kind.EXPORT)
        self.action_import_file.triggered.connect(self._on_action_import_file_triggered)
        self.action_import_library.triggered.connect(self._on_action_import_library_triggered)
        self.action_export.triggered.connect(self._on_action_export_triggered)
        self.action_release.triggered.connect(self._on_action_release_triggered)
        self.action_retire.triggered.connect(self._on_action_retire_triggered)
        self.action_compare.triggered.connect(self._on_action_compare_triggered)

    # -- ListPage --------------------------------------------------------------------------

    def _load_form(self) -> None:
        load_form("templates_page", self)

    def empty_text(self) -> str:
        return self.tr(
            "No checklist templates in this store yet. Import a workbook or an XLSForm (ODK, "
            "KoboToolbox) with Templates ▸ Import workbook… (Ctrl+I), or a ready checklist with "
            "Templates ▸ Import from library…; then release it, and audits can use it."
        )

    def pick_text(self) -> str:
        return self.tr("Select a template version to see its sections and questions.")

    def refresh(self) -> None:
        self._library_available = bool(self._library())
        super().refresh()
        self._update_actions()

    def page_actions(self) -> list[QAction]:
        """The page's actions in toolbar order, separators included, for the window's menu."""
        return self.toolbar.actions()

    # -- public: the actions without their dialogs ------------------------------------------

    def selected_row(self) -> TemplateRow | None:
        record_id = self.selected_id()
        number = None if record_id is None else self.model.row_of_id(record_id)
        return None if number is None else self.model.row_at(number)

    def is_busy(self) -> bool:
        return self._running is not None

    def import_file(self, path: Path) -> None:
        """Read and store the workbook (ours or an XLSForm) at `path` in the background;
        `import_finished` tells how it went, after the table shows the result (or the problems
        dialog, or the list of what an XLSForm import left out, is open)."""
        if self.is_busy():
            return
        emit(self.message_posted, self.tr("Importing {file}…").format(file=path.name))
        actor = self._actor

        def job(progress: Progress) -> WorkbookImport:
            return import_workbook(actor, path, progress)

        operation = self._start(job, f"import {path.name}")
        operation.succeeded.connect(self._on_import_succeeded)
        operation.failed.connect(self._on_import_failed)

    def export_to(self, path: Path) -> None:
        """Write the selected version as a workbook (.xlsx is added to a name without it)."""
        row = self.selected_row()
        if row is None or self.is_busy():
            return
        target = with_workbook_suffix(path)
        try:
            refuse_store_path(self._actor.store.url, target)
            spec = self._actor.read(spec_of, row.id)
        except SqmsError as exc:
            self._warn(self.tr("Cannot export"), str(exc))
            return

        def job(progress: Progress) -> Path:
            return export_workbook(spec, target, progress)

        operation = self._start(job, f"export {row.key} v{row.version}")
        operation.succeeded.connect(self._on_export_succeeded)
        operation.failed.connect(self._on_export_failed)

    def release_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            self._actor.run(release_template, row.id)
        except SqmsError as exc:
            self._warn(self.tr("Cannot release"), str(exc))
            return False
        self.refresh()
        emit(
            self.message_posted,
            self.tr("{key} v{version} released; audits can use it now.").format(
                key=row.key, version=row.version
            ),
        )
        return True

    def retire_selected(self, reason: str) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            self._actor.run(retire_template, row.id, reason=reason)
        except SqmsError as exc:
            self._warn(self.tr("Cannot retire"), str(exc))
            return False
        self.refresh()
        emit(
            self.message_posted,
            self.tr("{key} v{version} retired.").format(key=row.key, version=row.version),
        )
        return True

    def compare_selected(self) -> DiffDialog | None:
        """Open (not modal) what the selected version changed against the one before."""
        row = self.selected_row()
        previous = None if row is None else self.model.previous_version(row.id)
        if row is None or previous is None:
            return None
        try:
            with self._actor.store.session() as session:
                old, new = spec_of(session, previous.id), spec_of(session, row.id)
        except SqmsError as exc:
            self._warn(self.tr("Cannot compare"), str(exc))
            return None
        dialog = DiffDialog(old, new, diff_specs(old, new), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- action slots: the dialogs ---------------------------------------------------------

    @Slot()
    def _on_action_import_file_triggered(self) -> None:
        emit(self.action_started)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import checklist workbook or XLSForm"),
            self._folder,
            self.tr("Checklist workbooks and XLSForms (*.xlsx)"),
        )
        if name:
            self._folder = str(Path(name).parent)
            self.import_file(Path(name))

    @Slot()
    def _on_action_import_library_triggered(self) -> None:
        emit(self.action_started)
        files = self._library()
        if not files:
            self._warn(
                self.tr("Import from library"), self.tr("The built-in checklist library is empty.")
            )
            return
        emit(self.message_posted, self.tr("Reading the checklist library…"))

        def job(progress: Progress) -> list[LibraryEntry]:
            return read_library(files, progress)

        operation = self._start(job, "read the checklist library")
        operation.succeeded.connect(self._on_library_read_succeeded)
        operation.failed.connect(self._on_library_read_failed)

    @Slot()
    def _on_action_export_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is None:
            return
        suggested = Path(self._folder or Path.home()) / f"{row.key}-v{row.version}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {key} version {version}").format(key=row.key, version=row.version),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_to(Path(name))

    @Slot()
    def _on_action_release_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Release template version"),
            self.tr(
                "Release {key} version {version}? A released version cannot be changed; "
                "audits can use it from now on. Later changes come as a new version."
            ).format(key=row.key, version=row.version),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        release = box.addButton(self.tr("&Release"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(release)
        box.exec()
        if box.clickedButton() is release:
            self.release_selected()
        box.deleteLater()

    @Slot()
    def _on_action_retire_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is None:
            return
        dialog = RetireDialog(row.key, row.version, self)
        if dialog.exec() == RetireDialog.DialogCode.Accepted:
            self.retire_selected(dialog.reason())
        dialog.deleteLater()

    @Slot()
    def _on_action_compare_triggered(self) -> None:
        emit(self.action_started)
        self.compare_selected()

    # -- operation slots -------------------------------------------------------------------

    @Slot(object)
    def _on_import_succeeded(self, result: WorkbookImport) -> None:
        self._job_done()
        outcome = result.outcome
        self.refresh()
        if not self.select_id(outcome.template_id):
            self.filter_edit.clear()  # the filter hid the new version
            self.select_id(outcome.template_id)
        texts = {
            "created": self.tr("{key} v{version} imported as a new template (a draft)."),
            "new_version": self.tr("{key} v{version} imported as a new draft version."),
            "draft_replaced": self.tr("{key} v{version}: the draft was replaced by the workbook."),
            "unchanged": self.tr("{key} v{version} already holds this workbook; nothing changed."),
        }
        text = texts.get(outcome.action, outcome.describe())
        emit(self.message_posted, text.format(key=outcome.key, version=outcome.version))
        if result.warnings:
            imported = f"{outcome.key} v{outcome.version}"
            dialog = ImportWarningsDialog(result.source, imported, list(result.warnings), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        emit(self.import_finished, True)

    @Slot(object, str)
    def _on_import_failed(self, error: object, details: str) -> None:
        self._job_done()
        emit(self.message_posted, self.tr("Nothing was imported."))
        if isinstance(error, TemplateFileError):
            dialog = ProblemsDialog(error.source, error.problems, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        else:
            self._show_failure(self.tr("Cannot import"), error)
        emit(self.import_finished, False)

    @Slot(object)
    def _on_export_succeeded(self, path: Path) -> None:
        self._job_done()
        emit(self.message_posted, self.tr("Written to {path}.").format(path=path))
        emit(self.export_finished, True)

    @Slot(object, str)
    def _on_export_failed(self, error: object, details: str) -> None:
        self._job_done()
        self._show_failure(self.tr("Cannot export"), error)
        emit(self.export_finished, False)

    @Slot(object)
    def _on_library_read_succeeded(self, entries: list[LibraryEntry]) -> None:
        self._job_done()
        emit(self.message_posted, "")
        latest: dict[str, TemplateRow] = {}
        for row in self.model.rows():
            if row.key not in latest or row.version > latest[row.key].version:
                latest[row.key] = row
        stored = {
            key: self.tr("version {version}, {status}").format(
                version=row.version, status=label(row.status).lower()
            )
            for key, row in latest.items()
        }
        dialog = LibraryDialog(entries, stored, self)
        chosen = dialog.chosen_key() if dialog.exec() == LibraryDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        paths = {entry.key: entry.path for entry in entries}
        if chosen is not None:
            self.import_file(paths[chosen])

    @Slot(object, str)
    def _on_library_read_failed(self, error: object, details: str) -> None:
        self._job_done()
        self._show_failure(self.tr("Cannot read the checklist library"), error)

    @Slot()
    def _on_operation_finished(self) -> None:
        # Also after a job that neither succeeded nor failed. The library's job finishes only
        # after its dialog, when the import it led to may be running already: that one stays.
        if self.sender() is self._running:
            self._job_done()

    # -- the template pane and the tree ----------------------------------------------------

    def _render_template(self, template_id: str, colors: Colors) -> str:
        """The template pane; keeps the spec it read for the tree, which shows next."""
        self._spec = None
        number = self.model.row_of_id(template_id)
        if number is None:
            return placeholder_html(self.pick_text(), colors)
        row = self.model.row_at(number)
        previous = self.model.previous_version(template_id)
        with self._actor.store.session() as session:
            spec = spec_of(session, template_id)
            before = None if previous is None else spec_of(session, previous.id)
        diff = None if before is None else diff_specs(before, spec)
        self._spec = (template_id, spec)
        return template_html(row, spec, diff, colors)

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        spec = self._spec[1] if self._spec and self._spec[0] == record_id else None
        self.questions.show_spec(spec)
        self._update_actions()

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        super()._on_style_hints_color_scheme_changed(scheme)
        self.questions.redraw()

    # -- internals -------------------------------------------------------------------------

    def _start(self, job: Job, name: str) -> Operation:
        # No parent: if the page goes first, the job still ends cleanly (Operation keeps
        # itself alive while it runs, and Qt drops the connections to the page).
        operation = Operation(job, name=name)
        operation.finished.connect(self._on_operation_finished)
        operation.finished.connect(operation.deleteLater)
        self._running = operation
        self._update_actions()
        operation.start(self._pool)
        return operation

    def _job_done(self) -> None:
        self._running = None
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        idle = not self.is_busy()
        chosen = idle and row is not None
        self.action_import_file.setEnabled(idle)
        self.action_import_library.setEnabled(idle and self._library_available)
        self.action_export.setEnabled(chosen)
        self.action_release.setEnabled(
            chosen and row is not None and row.status == TemplateStatus.DRAFT
        )
        self.action_retire.setEnabled(
            chosen and row is not None and row.status == TemplateStatus.RELEASED
        )
        self.action_compare.setEnabled(
            chosen and row is not None and self.model.previous_version(row.id) is not None
        )

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_failure(self, title: str, error: object) -> None:
        """A known problem as a message; anything else is a bug, for the crash handler."""
        if isinstance(error, SqmsError):
            self._warn(title, str(error))
        elif isinstance(error, OSError):
            where = f"{error.filename}: " if error.filename else ""
            self._warn(title, f"{where}{error.strerror or error}")
        elif isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            log.error("%s: %r", title, error)
