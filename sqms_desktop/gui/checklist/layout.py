"""The middle column of the checklist page, arranged to fit a 720-pixel-high laptop screen.

The question scrolls inside its part when its text is long, and the evidence strip has a part of
its own under a splitter: neither may push the other, or the Previous/Next row, out of the
window. Before, the column grew with the question and the page needed 779–839 pixels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget


def question_scroll(*parts: QWidget) -> QScrollArea:
    """The question's widgets, top-aligned in a frameless area that scrolls up and down."""
    question = QWidget()
    layout = QVBoxLayout(question)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    area = QScrollArea()
    area.setObjectName("question_scroll")
    area.setWidget(question)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the page: scores, PgDn
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def middle_column(question: QScrollArea, buttons: QLayout, evidence: QWidget) -> QSplitter:
    """The question with its buttons below it, over the evidence at the height it needs."""
    upper = QWidget()
    layout = QVBoxLayout(upper)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(question, 1)
    layout.addLayout(buttons)
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName("center_splitter")
    column.setChildrenCollapsible(False)
    column.addWidget(upper)
    column.addWidget(evidence)
    column.setStretchFactor(0, 1)
    column.setStretchFactor(1, 0)
    column.setSizes([10_000, 1])  # the evidence strip at its height, the question the rest
    return column
