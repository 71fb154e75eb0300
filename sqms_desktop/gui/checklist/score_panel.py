"""The live score beside the checklist: total, grade, element/section breakdown, and why the
grade is what it is: the downgrades the scoring engine reports as they happen, the scheme's rules
while none applies, and what a major finding does (and does not do) to the grade."""

from __future__ import annotations

from collections.abc import Sequence

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

from sqms_desktop.gui.base.numbers import decimal_text
from sqms_desktop.scoring import ScoreResult, downgrade_rules
from sqms_desktop.vocab import Scheme


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{decimal_text(value)} %"


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
        self.reasons.setSpacing(3)  # each reason a paragraph of its own
        self.reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (heading, self.total_label, self.grade_label, self.progress_label):
            layout.addWidget(widget)
        layout.addWidget(self.breakdown, 3)
        layout.addWidget(reasons_heading)
        layout.addWidget(self.reasons, 2)

    def show_result(
        self, result: ScoreResult, answered: int, shown: int, *, majors: Sequence[str] = ()
    ) -> None:
        """`majors`: references of the audit's major (or critical) findings."""
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
        self.reasons.addItems(self._why(result, majors))

    def _why(self, result: ScoreResult, majors: Sequence[str]) -> list[str]:
        """The engine's reasons in the panel's words; the rules themselves while none fired."""
        lines = []
        if not result.rated:
            lines += [self.tr("Not rated yet: {why}").format(why=why) for why in result.reasons]
        vda = result.scheme == Scheme.VDA63
        for cap in result.downgrades:
            if not result.rated:
                line = self.tr("At most {grade} once rated: {why}")
            elif not cap.lowered:
                line = self.tr("At most {grade} (the total alone gives no better): {why}")
            elif vda:
                line = self.tr("Downgraded to {grade}: {why}")
            else:
                line = self.tr("Capped at {grade}: {why}")
            lines.append(line.format(grade=cap.grade, why=cap.because))
        rules = downgrade_rules(result.scheme)
        if not result.downgrades and rules:
            lines.append(
                rules
                if result.scheme == Scheme.YES_NO
                else self.tr("No downgrade so far. {rules}").format(rules=rules)
            )
        if majors:
            lines.append(
                self.tr(
                    "Major finding {refs}: the grade follows the answers, not the findings; "
                    "each needs a CAPA, or a reason why none, before signing."
                ).format(refs=", ".join(majors))
            )
        return lines

    def reason_texts(self) -> list[str]:
        return [self.reasons.item(n).text() for n in range(self.reasons.count())]
