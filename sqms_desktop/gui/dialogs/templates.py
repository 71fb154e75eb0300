"""Dialogs of the Templates page: a workbook's problems, what an XLSForm import left out, the
library, retiring, comparing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sqms_desktop.checklists.diff import TemplateDiff
from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.templates import diff_html
from sqms_desktop.progress import Progress


def split_problem(problem: str) -> tuple[str, str]:
    """`"questions!D5: unknown type"` → `("questions!D5", "unknown type")`."""
    where, separator, reason = problem.partition(": ")
    return (where, reason) if separator else ("", problem)


def _fill_table(table: QTableWidget, lines: list[str]) -> None:
    """One `sheet!cell: reason` line a row: where in the first column, why in the second."""
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        where, reason = split_problem(line)
        table.setItem(row, 0, QTableWidgetItem(where))
        table.setItem(row, 1, QTableWidgetItem(reason))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ProblemsDialog(QDialog):
    """Every problem of a refused workbook, one a row, to fix them all in one go."""

    def __init__(self, source: str, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("problems_dialog", self)
        self.source = source
        self.problems = list(problems)
        count = len(self.problems)
        summary = (
            self.tr("{source} has 1 problem.")
            if count == 1
            else self.tr("{source} has {n} problems.")
        ).format(source=source, n=count)
        self.summary_label = child(self, QLabel, "summary_label")
        self.summary_label.setText(
            summary
            + " "
            + self.tr("Nothing was imported; correct the workbook and import it again.")
        )
        self.table = child(self, QTableWidget, "problems_table")
        _fill_table(self.table, self.problems)
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy problems"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def report_text(self) -> str:
        """The problems as the clipboard gets them: one a line, as the reader reported them."""
        head = self.tr("{source}: %n problem(s); nothing was imported", "", len(self.problems))
        head = head.format(source=self.source)
        return "\n".join([head, *self.problems])

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


class ImportWarningsDialog(QDialog):
    """What an imported XLSForm had that a checklist cannot hold, one part a row, shown after
    the import so the draft can be completed before it is released. Same form as the problems
    dialog: the user reads both the same way, cell first."""

    def __init__(
        self, source: str, imported: str, warnings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form("problems_dialog", self)
        self.source = source
        self.warnings = list(warnings)
        self.setWindowTitle(self.tr("Imported with warnings"))
        self.summary_label = child(self, QLabel, "summary_label")
        self.summary_label.setText(
            self.tr(
                "{source} was imported as {imported}, a draft. %n part(s) of the form were "
                "left out; complete the draft where needed before releasing it.",
                "",
                len(self.warnings),
            ).format(source=source, imported=imported)
        )
        self.table = child(self, QTableWidget, "problems_table")
        self.table.setAccessibleName(self.tr("Parts left out"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Left out, and why")])
        _fill_table(self.table, self.warnings)
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy list"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def report_text(self) -> str:
        head = self.tr("{source}: %n part(s) left out", "", len(self.warnings))
        head = head.format(source=self.source)
        return "\n".join([head, *self.warnings])

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


@dataclass(frozen=True)
class LibraryEntry:
    """One built-in workbook as read on a worker thread; `problem` when it does not read."""

    key: str
    path: Path
    title: str = ""
    scheme: str = ""
    questions: int = 0
    problem: str = ""


def read_library(files: dict[str, Path], progress: Progress) -> list[LibraryEntry]:
    """The library's workbooks with their titles (a job for `Operation`)."""
    entries = []
    for done, (key, path) in enumerate(files.items()):
        progress.report(done, len(files), key)
        try:
            spec = read_template(path)
        except SqmsError as exc:
            entries.append(LibraryEntry(key, path, problem=str(exc).splitlines()[0]))
            continue
        count = sum(len(s.questions) for s in spec.sections)
        entries.append(LibraryEntry(key, path, spec.title, spec.scheme, count))
    progress.report(len(files), len(files))
    return entries


class LibraryDialog(QDialog):
    """Choose one built-in checklist; `stored` says per key what the store has already."""

    COL_TITLE, COL_KEY, COL_SCHEME, COL_QUESTIONS, COL_STORED = range(5)

    def __init__(
        self,
        entries: list[LibraryEntry],
        stored: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("library_dialog", self)
        self.entries = child(self, QTreeWidget, "entries")
        self._buttons = child(self, QDialogButtonBox, "button_box")
        self.import_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        for entry in entries:
            item = QTreeWidgetItem(self.entries)
            item.setData(self.COL_TITLE, Qt.ItemDataRole.UserRole, entry.key)
            item.setText(self.COL_KEY, entry.key)
            item.setText(self.COL_STORED, stored.get(entry.key, ""))
            if entry.problem:
                item.setText(
                    self.COL_TITLE,
                    self.tr("Cannot be read: {problem}").format(problem=entry.problem),
                )
                item.setToolTip(self.COL_TITLE, entry.problem)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                continue
            item.setText(self.COL_TITLE, entry.title)
            item.setToolTip(self.COL_TITLE, entry.title)
            item.setText(self.COL_SCHEME, label(entry.scheme))
            item.setText(self.COL_QUESTIONS, str(entry.questions))
            item.setTextAlignment(
                self.COL_QUESTIONS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        header = self.entries.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(self.COL_KEY, self.COL_STORED + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.entries.currentItemChanged.connect(self._on_entries_current_item_changed)
        self.entries.doubleClicked.connect(self._on_entries_double_clicked)
        first = next(
            (item for item in self._items() if item.flags() & Qt.ItemFlag.ItemIsEnabled), None
        )
        if first is not None:
            self.entries.setCurrentItem(first)
        self._update_button()

    def chosen_key(self) -> str | None:
        item = self.entries.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        key = item.data(self.COL_TITLE, Qt.ItemDataRole.UserRole)
        return str(key) if key is not None else None

    def choose(self, key: str) -> bool:
        for item in self._items():
            if item.data(self.COL_TITLE, Qt.ItemDataRole.UserRole) == key:
                self.entries.setCurrentItem(item)
                return self.chosen_key() == key
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.entries.topLevelItem(n) for n in range(self.entries.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.chosen_key() is not None)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_entries_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        self._update_button()

    @Slot(QModelIndex)
    def _on_entries_double_clicked(self, index: QModelIndex) -> None:
        if self.chosen_key() is not None:
            self.accept()


class RetireDialog(QDialog):
    """Asks for the reason, which the service requires; Retire stays off until there is one."""

    def __init__(self, key: str, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("retire_dialog", self)
        self.question_label = child(self, QLabel, "question_label")
        self.question_label.setText(
            self.tr(
                "Retire {key} version {version}? Audits that used it keep it, but no new audit "
                "can choose it. Retiring cannot be undone."
            ).format(key=key, version=version)
        )
        self.reason_edit = child(self, QPlainTextEdit, "reason_edit")
        buttons = child(self, QDialogButtonBox, "button_box")
        self.retire_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.retire_button.setText(self.tr("&Retire"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.reason():  # Enter in a field must not slip past the disabled button
            super().accept()

    @Slot()
    def _on_reason_edit_text_changed(self) -> None:
        self.retire_button.setEnabled(bool(self.reason()))


class DiffDialog(QDialog):
    """What a version added, removed and changed against the one before; not modal, so the
    tree stays at hand while reading."""

    def __init__(
        self,
        old: TemplateSpec,
        new: TemplateSpec,
        diff: TemplateDiff,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("diff_dialog", self)
        self.diff = diff
        heading = self.tr("{key}: version {old} → version {new}").format(
            key=new.key, old=diff.old_version, new=diff.new_version
        )
        self.setWindowTitle(self.tr("Compare {key}").format(key=new.key))
        self.heading_label = child(self, QLabel, "heading_label")
        self.heading_label.setText(heading)
        self.browser = child(self, QTextBrowser, "diff_browser")
        self.browser.setHtml(diff_html(old, new, diff, current_colors()))
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        text = f"{self.heading_label.text()}\n\n{self.browser.toPlainText()}"
        QGuiApplication.clipboard().setText(text)
