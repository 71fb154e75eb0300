"""The live score beside the checklist: total, grade, element/section breakdown, and the
downgrade reasons from the scoring engine as they happen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.scoring import ScoreResult


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %"


class ScorePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        heading = QLabel(self.tr("Score"))
        heading.setStyleSheet("font-weight: 600;")
        self.total_label = QLabel()
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.grade_label = QLabel()
        self.grade_label.setObjectName("grade_label")
        self.grade_label.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_label")
        self.breakdown = QTableWidget(0, 2, self)
        self.breakdown.setObjectName("breakdown_table")
        self.breakdown.setHorizontalHeaderLabels([self.tr("Element / section"), self.tr("Score")])
        self.breakdown.verticalHeader().hide()
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.breakdown.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.breakdown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.breakdown.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        reasons_heading = QLabel(self.tr("Why the grade"))
        reasons_heading.setStyleSheet("font-weight: 600;")
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("reasons_list")
        self.reasons.setWordWrap(True)
        self.reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (heading, self.total_label, self.grade_label, self.progress_label):
            layout.addWidget(widget)
        layout.addWidget(self.breakdown, 3)
        layout.addWidget(reasons_heading)
        layout.addWidget(self.reasons, 2)

    def show_result(self, result: ScoreResult, answered: int, shown: int) -> None:
        self.total_label.setText(percent_text(result.total))
        grade = result.grade or self.tr("not rated yet")
        self.grade_label.setText(self.tr("Grade: {grade}").format(grade=grade))
        self.progress_label.setText(
            self.tr("{answered} of {shown} questions answered").format(
                answered=answered, shown=shown
            )
        )
        figures = [*result.elements, *result.sub_elements] or [result.overall]
        self.breakdown.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            name = QTableWidgetItem(f"{figure.code}  {figure.title}".strip())
            name.setToolTip(name.text())
            value = QTableWidgetItem(percent_text(figure.percent))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.breakdown.setItem(row, 0, name)
            self.breakdown.setItem(row, 1, value)
        self.reasons.clear()
        self.reasons.addItems(list(result.reasons) or [self.tr("No downgrade so far.")])

    def reason_texts(self) -> list[str]:
        return [self.reasons.item(n).text() for n in range(self.reasons.count())]
