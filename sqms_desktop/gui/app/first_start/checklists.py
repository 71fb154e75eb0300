"""Page 4: built-in checklists to import and release, so a first audit can be planned at once."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sqms_desktop.checklists.library import library_files
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.labels import label
from sqms_desktop.vocab import Scheme

log = logging.getLogger(__name__)
FIRST_CHOICE = "iso9001-supplier"  # ticked at first: the audit most suppliers get


@dataclass(frozen=True)
class LibraryChecklist:
    key: str
    title: str
    scheme: str
    questions: int


def read_library() -> list[LibraryChecklist]:
    """The built-in checklists with their titles; one that cannot be read is left out."""
    found = []
    for key, path in library_files().items():
        try:
            spec = read_template(path)
        except SqmsError as exc:  # a damaged installation: offer the others
            log.error("built-in checklist %s cannot be read: %s", path, exc)
            continue
        count = sum(len(section.questions) for section in spec.sections)
        found.append(LibraryChecklist(key, spec.title, spec.scheme, count))
    return found


class ChecklistsPage(QWizardPage):
    """The library as a list to tick; at least one, since an audit needs a released checklist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklists_page")
        self.setTitle(self.tr("Checklists"))
        self.setSubTitle(
            self.tr(
                "Tick the built-in checklists your audits follow. They are imported and "
                "released, ready for a first audit."
            )
        )
        later = QLabel(
            self.tr(
                "More checklists, or your own workbooks, can be imported on the Templates page "
                "later."
            ),
            self,
        )
        later.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("checklist_list")
        self.list.setAccessibleName(self.tr("Built-in checklists"))
        self.list.setSpacing(3)
        self.general_label = QLabel(self)
        self.general_label.setObjectName("checklists_error_label")
        self.general_label.setWordWrap(True)
        show_error(self.general_label, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(later)
        layout.addWidget(self.general_label)
        self._filled = False
        self._titles: dict[str, str] = {}

    def initializePage(self) -> None:
        if self._filled:  # back and forth keeps the ticks
            return
        self._filled = True
        with wait_cursor():
            library = read_library()
        for entry in library:
            text = self.tr("{title}: %n question(s), scored {scheme}", "", entry.questions).format(
                title=entry.title, scheme=label(Scheme(entry.scheme))
            )
            self._titles[entry.key] = entry.title
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = entry.key == FIRST_CHOICE
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if not library:
            show_error(
                self.general_label,
                self.tr(
                    "The built-in checklists are missing from this installation; install SQMS "
                    "Desktop again."
                ),
            )

    def keys(self) -> tuple[str, ...]:
        """The ticked checklists' library keys, in the list's order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def titles(self) -> list[str]:
        """The ticked checklists' titles."""
        return [self._titles[key] for key in self.keys()]

    def set_ticked(self, keys: set[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def validatePage(self) -> bool:
        if self.keys():
            show_error(self.general_label, "")
            return True
        show_error(
            self.general_label,
            self.tr("Tick at least one checklist: an audit is planned with a released checklist."),
        )
        return False
