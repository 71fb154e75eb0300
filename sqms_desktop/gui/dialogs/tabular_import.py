"""Importing a spreadsheet or CSV export in four steps, for every tabular import (the supplier
list, the deliveries from the ERP): the file and where it comes from, which of its columns holds
which field, a preview of what would change, and the import itself.

The rules live in each import's service: the preview says, row by row, new, update (with the
changes) or unchanged, and lists every problem with its row, column and reason; the import
writes all rows or none and remembers the columns for the source. This dialog reads the file's
headers, offers the remembered (or same-named) columns, shows the plan, keeps Import disabled
while the file has problems, and runs every step that reads the file or writes on a worker
thread with progress and cancel (gui/base/operations.py). A subclass names its fields, texts
and service calls (`ImportTexts` and the `_preview_job`/`_apply_job` hooks).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.field_errors import FieldErrors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.job_dialog import JobDialog
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.widgets.import_steps import ColumnMapping, Plan, fill_plan, plan_summary
from sqms_desktop.progress import Progress
from sqms_desktop.queries.import_mappings import import_mapping, import_mappings
from sqms_desktop.services.actor import Actor
from sqms_desktop.tabular import Table, match_columns, read_table
from sqms_desktop.vocab import ImportKind

log = logging.getLogger(__name__)

FILE, MAPPING, PREVIEW, RUN = range(4)


@dataclass(frozen=True)
class ImportTexts:
    """What a person reads that differs between imports (already translated)."""

    title: str
    intro: str  # the first step's explanation
    browse_caption: str
    file_filter: str
    plan_headers: tuple[str, str]  # the two columns naming a planned row (e.g. Code, Name)
    mapping_note: str  # after "fields marked * are required."
    required: str  # "Choose … at least the code and the name."
    empty: str  # the plan has no rows


class TabularImportDialog(JobDialog):
    """Signals:
    imported(summary): the rows were written (one line for the status bar).
    step_ready(): a step finished loading (headers read, preview shown, import done); tests
        wait for it.
    """

    imported = Signal(str)
    step_ready = Signal()

    KIND: ImportKind
    FIELDS: tuple[str, ...]
    REQUIRED: tuple[str, ...]

    def __init__(self, actor: Actor, texts: ImportTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("import_dialog", self)
        self._actor = actor
        self.texts = texts
        self._table: Table | None = None
        self.plan: Any = None
        self.outcome: Any = None
        self._folder = ""

        self.setWindowTitle(texts.title)
        child(self, QLabel, "file_intro").setText(texts.intro)
        self.steps = child(self, QStackedWidget, "steps")
        self.step_label = child(self, QLabel, "step_label")
        font = self.step_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.step_label.setFont(font)
        self.file_edit = child(self, QLineEdit, "file_edit")
        self.source_combo = child(self, QComboBox, "source_combo")
        self.source_hint = child(self, QLabel, "source_hint")
        self.mapping_intro = child(self, QLabel, "mapping_intro")
        self.mapping_table = child(self, QTableWidget, "mapping_table")
        self.summary_label = child(self, QLabel, "summary_label")
        self.plan_table = child(self, QTableWidget, "plan_table")
        for column, header in enumerate(texts.plan_headers, start=1):
            self.plan_table.setHorizontalHeaderItem(column, QTableWidgetItem(header))
        self.problems_group = child(self, QGroupBox, "problems_group")
        self.problems_table = child(self, QTableWidget, "problems_table")
        self.run_label = child(self, QLabel, "run_label")
        self.progress_bar = child(self, QProgressBar, "progress_bar")
        self.result_label = child(self, QLabel, "result_label")
        self.back_button = child(self, QPushButton, "back_button")
        self.next_button = child(self, QPushButton, "next_button")
        self.import_button = child(self, QPushButton, "import_button")
        self.cancel_button = child(self, QPushButton, "cancel_button")
        self.reread_button = child(self, QPushButton, "reread_button")
        self.errors = FieldErrors(child(self, QLabel, "error_label"))
        self.errors.add("file", self.file_edit, "file")
        self.errors.add("source", self.source_combo, "source")

        source_edit = self.source_combo.lineEdit()
        if source_edit is not None:
            source_edit.setPlaceholderText(self.tr("e.g. SAP vendor export"))
        self.source_combo.addItem("")
        for remembered in actor.read(import_mappings, self.KIND):
            self.source_combo.addItem(remembered.source)
        self.source_combo.setCurrentIndex(0)
        self._show_source_hint()

        self.columns = ColumnMapping(self.mapping_table, self.FIELDS, self.REQUIRED)

        child(self, QPushButton, "browse_button").clicked.connect(self._on_browse_clicked)
        self.source_combo.currentTextChanged.connect(self._on_source_combo_text_changed)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.reread_button.clicked.connect(self.read_preview)
        self.next_button.setDefault(True)
        self._go(FILE)

    # -- what a subclass gives -------------------------------------------------------------

    def _preview_job(self, path: Path, source: str, columns: dict[str, str]) -> Job:
        """The job that returns the plan for `path` (the import's preview service)."""
        raise NotImplementedError

    def _apply_job(self, plan: Any) -> Job:
        """The job that writes `plan` and remembers its columns, returning the result."""
        raise NotImplementedError

    def _plan_cells(self, row: Any) -> list[str]:
        """A planned row as the preview's five columns show it."""
        raise NotImplementedError

    def _result_summary(self, result: Any) -> str:
        """One line saying what the import did."""
        raise NotImplementedError

    # -- what the user does (also called by tests) -----------------------------------------

    def step(self) -> int:
        return self.steps.currentIndex()

    def set_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def set_source(self, source: str) -> None:
        self.source_combo.setEditText(source)

    def source(self) -> str:
        return self.source_combo.currentText().strip()

    def mapping(self) -> dict[str, str]:
        """Our field → the file's header, for the fields given a column."""
        return self.columns.mapping()

    def map_field(self, name: str, header: str) -> None:
        """Read field `name` from the column `header` ("" for none)."""
        self.columns.map_field(name, header)

    def busy(self) -> bool:
        return self._running is not None

    def go_next(self) -> None:
        """Next: from the file to its columns, from the columns to the preview."""
        if self.step() == FILE:
            self.read_headers()
        elif self.step() == MAPPING:
            self.read_preview()

    def read_headers(self) -> None:
        self.errors.clear()
        path = self._path()
        if path is None:
            return
        if not self.source():
            self.errors.mark(
                "source",
                self.tr(
                    "Name the source, e.g. SAP vendor export: its columns are remembered for "
                    "the next file from it."
                ),
            )
            return
        self._start(lambda progress: _read_headers(path, progress), self._on_headers_read)

    def read_preview(self) -> None:
        """Check the file with the chosen columns (the file is read again: it may be fixed)."""
        self.errors.clear()
        path = self._path()
        if path is None:
            return
        columns = self.mapping()
        if not any(columns.values()) and self.step() == MAPPING:
            self.errors.show(RuntimeError(self.texts.required))
            return
        self._start(self._preview_job(path, self.source(), columns), self._on_plan_read)

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        self.errors.clear()
        self._go(RUN)
        rows = _rows_text(len(plan.rows))
        self.run_label.setText(
            self.tr("Importing {rows} from {file}…").format(rows=rows, file=plan.file)
        )
        self.result_label.clear()
        self._start(self._apply_job(plan), self._on_import_done)

    def cancel_running(self) -> None:
        if self._running is not None:
            super().cancel_running()
            self.cancel_button.setEnabled(False)  # until the job says it stopped

    # -- steps -----------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        titles = {
            FILE: self.tr("Step 1 of 4: the file and its source"),
            MAPPING: self.tr("Step 2 of 4: which column holds which field"),
            PREVIEW: self.tr("Step 3 of 4: what the import would do"),
            RUN: self.tr("Step 4 of 4: import"),
        }
        self.step_label.setText(titles[step])
        self._update_buttons()

    def _update_buttons(self) -> None:
        step, busy = self.step(), self._running is not None
        done = self.outcome is not None
        self.back_button.setEnabled(not busy and step in (MAPPING, PREVIEW))
        self.back_button.setVisible(step != RUN)
        self.next_button.setVisible(step in (FILE, MAPPING))
        self.next_button.setEnabled(not busy)
        self.import_button.setVisible(step == PREVIEW)
        plan = self.plan
        self.import_button.setEnabled(
            not busy and step == PREVIEW and plan is not None and plan.ok and bool(plan.rows)
        )
        self.reread_button.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        if step == PREVIEW and self.import_button.isEnabled():
            self.import_button.setDefault(True)
        elif step in (FILE, MAPPING):
            self.next_button.setDefault(True)

    def _fill_mapping(self, table: Table) -> None:
        remembered = self._actor.read(import_mapping, self.KIND, self.source()) or {}
        known = {k: v for k, v in remembered.items() if k in self.FIELDS}
        match, _problems = match_columns(table, self.FIELDS, mapping=known)
        self.columns.fill(table, match.columns)
        if remembered:
            how = self.tr("as remembered for {source}").format(source=self.source())
        else:
            how = self.tr("by the names of the file's columns")
        self.mapping_intro.setText(
            self.tr(
                "{file} ({rows}). The columns are chosen {how}; fields marked * are required. "
                "{note}"
            ).format(
                file=table.file,
                rows=_rows_text(len(table.rows)),
                how=how,
                note=self.texts.mapping_note,
            )
        )

    def _fill_plan(self, plan: Plan) -> None:
        fill_plan(self.plan_table, self.problems_table, plan, self._plan_cells)
        self.problems_group.setVisible(bool(plan.problems))
        self.problems_group.setTitle(self.tr("Problems ({n})").format(n=len(plan.problems)))
        self.summary_label.setText(plan_summary(plan, self.texts.empty))

    def _show_source_hint(self) -> None:
        remembered = self.source_combo.findText(self.source()) > 0 if self.source() else False
        if remembered:
            hint = self.tr("Its columns are remembered: the next step offers them.")
        elif self.source():
            hint = self.tr("A new source: its columns are remembered once the import is done.")
        else:
            hint = self.tr("Pick a source whose columns are remembered, or name a new one.")
        self.source_hint.setText(hint)

    def _path(self) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            self.errors.mark("file", self.tr("Choose the file to import."))
            return None
        return Path(text)

    # -- background work -------------------------------------------------------------------

    def _start(self, job: Job, done: Any) -> None:
        if self._running is not None:
            return
        self.start_job(job, done, name=self.KIND.value + " import")
        self.progress_bar.setRange(0, 0)
        self._update_buttons()

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"%p %  {message}")

    @Slot(object)
    def _on_headers_read(self, table: Table) -> None:
        self._table = table
        self._fill_mapping(table)
        self._go(MAPPING)
        emit(self.step_ready)

    @Slot(object)
    def _on_plan_read(self, plan: Any) -> None:
        self.plan = plan
        self._fill_plan(plan)
        self._go(PREVIEW)
        emit(self.step_ready)

    @Slot(object)
    def _on_import_done(self, result: Any) -> None:
        self.outcome = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        summary = self._result_summary(result)
        if result.mapping_saved:
            summary += " " + self.tr("The columns are remembered for {source}.").format(
                source=self.source()
            )
        self.run_label.setText(self.tr("Imported."))
        self.result_label.setText(summary)
        emit(self.imported, summary)
        emit(self.step_ready)

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        if self.step() == RUN:
            self._go(PREVIEW)  # nothing was written: the plan is still there to look at
        if isinstance(error, SqmsError):
            self.errors.show(error)
        else:
            self.errors.show(
                RuntimeError(self.tr("The import failed: {error}").format(error=error))
            )
        emit(self.step_ready)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        if self.step() == RUN:
            self._go(PREVIEW)
        self.errors.show(RuntimeError(self.tr("Cancelled; nothing was imported.")))
        emit(self.step_ready)

    @Slot()
    def _on_operation_finished(self) -> None:
        self._running = None
        self._update_buttons()

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.texts.browse_caption, self._folder, self.texts.file_filter
        )
        if name:
            self._folder = str(Path(name).parent)
            self.file_edit.setText(name)

    @Slot(str)
    def _on_source_combo_text_changed(self, text: str) -> None:
        self._show_source_hint()

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.errors.clear()
        self._go(FILE if self.step() == MAPPING else MAPPING)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self.go_next()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        self.start_import()


def _rows_text(count: int) -> str:
    """ "12 row(s)": the class's own `tr`, as a subclass's `self.tr` misses the plural forms
    (PySide6 looks a counted text up under the subclass's name only)."""
    return TabularImportDialog.tr("%n row(s)", "", count)  # type: ignore[arg-type]


def _read_headers(path: Path, progress: Progress) -> Table:
    """The file read once for its headers and first values (a job for `Operation`)."""
    progress.report(0, 1, path.name)
    table = read_table(path)
    progress.report(1, 1, path.name)
    return table
