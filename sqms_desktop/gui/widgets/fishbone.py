"""The Ishikawa (fishbone) diagram drawn in the window, from the same geometry as the PDF."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sqms_desktop.capa.fishbone import LINE, layout
from sqms_desktop.gui.base.labels import cause_category

MIN_HEIGHT = 220
# Beyond this many causes on one bone the rest are counted ("+3 more"), not given room.
MAX_ROWS = 14
# How much taller than its content the diagram may be drawn (dragging the splitter).
SLACK = 60


class FishboneView(QWidget):
    """Shows the effect and the causes per 6M category; `set_content` redraws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fishbone_view")
        self._effect = ""
        self._causes: dict[str, list[str]] = {}
        self.setMinimumSize(480, MIN_HEIGHT)
        self.setMaximumHeight(MIN_HEIGHT + SLACK)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Ishikawa diagram"))

    def sizeHint(self) -> QSize:
        return QSize(720, self.content_height())

    def content_height(self) -> int:
        """The height at which every cause (up to `MAX_ROWS` on a bone) has a line: the
        diagram grows with its content instead of cutting causes off or floating in space."""
        rows = min(max((len(v) for v in self._causes.values()), default=0), MAX_ROWS)
        # Half the height holds a bone's label, margins and its causes (see capa.fishbone).
        needed = int(2 * (6 + 18 + LINE * (rows + 1)))
        return max(MIN_HEIGHT, needed)

    def set_content(self, effect: str, causes: dict[str, list[str]]) -> None:
        self._effect = effect
        self._causes = {k: list(v) for k, v in causes.items()}
        self.setToolTip(
            "\n".join(f"{cause_category(k)}: {'; '.join(v)}" for k, v in self._causes.items() if v)
        )
        # Sized to the content: room for every cause, and no empty band above and below.
        self.setMinimumHeight(self.content_height())
        self.setMaximumHeight(self.content_height() + SLACK)
        self.updateGeometry()
        self.update()

    def causes(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self._causes.items()}

    def paintEvent(self, event: QPaintEvent) -> None:
        width, height = float(self.width()), float(self.height())
        shape = layout(width, height, self._causes)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def at(x: float, y: float) -> QPointF:  # the geometry is y-up, the widget y-down
            return QPointF(x, height - y)

        x0, x1, spine_y = shape.spine
        painter.setPen(QPen(accent, 2.2))
        painter.drawLine(at(x0, spine_y), at(x1, spine_y))
        hx, hy, hw, hh = shape.head
        box = QRectF(hx, height - hy - hh, hw, hh)
        painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRect(box)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box.adjusted(4, 4, -4, -4), int(flags), self._effect)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        metrics_width = shape.cause_width
        for bone in shape.bones:
            painter.setPen(QPen(accent, 1.4))
            painter.drawLine(at(*bone.outer), at(*bone.inner))
            painter.setFont(bold)
            label = QRectF(bone.outer[0] - 60, height - bone.label_y - 14, 120, 16)
            painter.drawText(
                label, int(Qt.AlignmentFlag.AlignCenter), cause_category(bone.category)
            )
            painter.setFont(small)
            painter.setPen(ink)
            for x, y, text in bone.causes:
                rect = QRectF(x - metrics_width, height - y - 11, metrics_width, 13)
                elided = painter.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, int(metrics_width)
                )
                painter.drawText(
                    rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), elided
                )
            if bone.more:
                painter.drawText(
                    at(bone.inner[0] - 40, bone.causes[-1][1] if bone.causes else bone.label_y),
                    self.tr("+{n} more").format(n=bone.more),
                )
        painter.end()
