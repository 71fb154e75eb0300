"""CAPAs of the audited supplier that await their effectiveness check, shown in the audit: the
auditor confirms each one as effective or fails it with a note (failing reopens the CAPA)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.queries.capas import capas_to_check_in
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.capa_effectiveness import record_effectiveness
from sqms_desktop.store.engine import Store

ID_ROLE = Qt.ItemDataRole.UserRole


class EffectivenessPanel(QWidget):
    """Signals: recorded(text) after a check was stored (for the status bar)."""

    recorded = Signal(str)

    def __init__(self, store: Store, user: str, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("effectiveness_panel")
        self._actor = Actor(store, user)
        self._audit_id = audit_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(
            self.tr(
                "CAPAs of this supplier whose fix is in place: check on site whether each one "
                "works. Not effective reopens the CAPA."
            )
        )
        self.hint_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("awaiting_list")
        self.list.setAccessibleName(self.tr("CAPAs awaiting their effectiveness check"))
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(color_style("alert"))
        self.error_label.setWordWrap(True)
        self.effective_button = QPushButton(self.tr("Effective"))
        self.effective_button.setObjectName("effective_button")
        self.failed_button = QPushButton(self.tr("Not effective…"))
        self.failed_button.setObjectName("failed_button")
        self.effective_button.clicked.connect(self._on_effective_button_clicked)
        self.failed_button.clicked.connect(self._on_failed_button_clicked)
        # The buttons beside the list, not under it: the tab shares a laptop screen's height.
        buttons = QVBoxLayout()
        buttons.addWidget(self.effective_button)
        buttons.addWidget(self.failed_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout.addWidget(self.hint_label)
        layout.addLayout(row, 1)
        layout.addWidget(self.error_label)
        self.refresh()

    def refresh(self) -> None:
        awaiting = self._actor.read(capas_to_check_in, self._audit_id)
        self.list.clear()
        for capa in awaiting:
            item = QListWidgetItem(capa.describe())
            item.setData(ID_ROLE, capa.id)
            item.setToolTip(capa.criterion or capa.title)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def count(self) -> int:
        return self.list.count()

    def record(self, effective: bool, note: str) -> bool:
        """Store the check for the selected CAPA; False (with the reason shown) if refused."""
        if self.list.currentRow() < 0:
            return False
        capa_id = self.list.currentItem().data(ID_ROLE)
        try:
            capa = self._actor.run(record_effectiveness, capa_id, self._audit_id, effective, note)
        except SqmsError as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        text = (
            self.tr("{reference} confirmed effective.")
            if effective
            else self.tr("{reference} not effective: reopened.")
        )
        self.refresh()
        emit(self.recorded, text.format(reference=capa.reference))
        return True

    @Slot()
    def _on_effective_button_clicked(self) -> None:
        self.record(True, "")

    @Slot()
    def _on_failed_button_clicked(self) -> None:
        note, given = QInputDialog.getMultiLineText(
            self,
            self.tr("Not effective"),
            self.tr("What shows that the fix does not work? (required; the CAPA reopens)"),
        )
        if given:
            self.record(False, note)

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.effective_button.setEnabled(chosen)
        self.failed_button.setEnabled(chosen)
