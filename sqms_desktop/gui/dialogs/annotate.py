"""Draw on a photo: arrows, ellipses, rectangles, freehand lines and text, in a chosen colour.

The dialog edits a copy of the annotation list with its own undo stack and saves it with one
call to `set_annotations`; the photo's bytes are never touched. Shapes are kept in fractions of
the upright image, the same list the report renders with Pillow.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.evidence.annotations import DEFAULT_TEXT_SIZE, DEFAULT_WIDTH
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.i18n import QT_TRANSLATE_NOOP

Annotation = dict[str, Any]
# The names are translated where they are shown (context "AnnotateDialog").
SWATCHES = (
    (QT_TRANSLATE_NOOP("AnnotateDialog", "Red"), "#e53935"),
    (QT_TRANSLATE_NOOP("AnnotateDialog", "Yellow"), "#fdd835"),
    (QT_TRANSLATE_NOOP("AnnotateDialog", "Green"), "#43a047"),
    (QT_TRANSLATE_NOOP("AnnotateDialog", "Blue"), "#1e88e5"),
)
TOOLS = (
    ("arrow", QT_TRANSLATE_NOOP("AnnotateDialog", "Arrow"), "A"),
    ("ellipse", QT_TRANSLATE_NOOP("AnnotateDialog", "Ellipse"), "E"),
    ("rectangle", QT_TRANSLATE_NOOP("AnnotateDialog", "Rectangle"), "R"),
    ("freehand", QT_TRANSLATE_NOOP("AnnotateDialog", "Freehand"), "F"),
    ("text", QT_TRANSLATE_NOOP("AnnotateDialog", "Text"), "T"),
)
TOOL_NAMES: dict[str, str] = {kind: name for kind, name, _key in TOOLS}
Saver = Callable[[list[Annotation]], None]


class AnnotationCanvas(QWidget):
    """The photo fitted into the widget, the annotations over it, and the shape being drawn.

    Signals:
        drawn(annotation): a finished shape, for the dialog to push onto its undo stack.
    """

    drawn = Signal(object)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap.fromImage(image)
        self.annotations: list[Annotation] = []
        self.tool = "arrow"
        self.colour = SWATCHES[0][1]
        self.text = ""
        self._points: list[list[float]] = []
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def image_rect(self) -> QRectF:
        """Where the photo lies in the widget (fitted, centred)."""
        width, height = self._pixmap.width(), self._pixmap.height()
        scale = min(self.width() / width, self.height() / height)
        shown_w, shown_h = width * scale, height * scale
        return QRectF((self.width() - shown_w) / 2, (self.height() - shown_h) / 2, shown_w, shown_h)

    def to_fraction(self, position: QPointF) -> list[float]:
        rect = self.image_rect()
        x = (position.x() - rect.left()) / rect.width()
        y = (position.y() - rect.top()) / rect.height()
        return [min(1.0, max(0.0, x)), min(1.0, max(0.0, y))]

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.to_fraction(event.position())
        if self.tool == "text":
            if self.text.strip():
                emit(self.drawn, self._shape([point]))
            return
        self._points = [point, point]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # The press is tracked here rather than through event.buttons(), which synthetic
        # (test) moves do not carry.
        if not self._points:
            return
        point = self.to_fraction(event.position())
        if self.tool == "freehand":
            self._points.append(point)
        else:
            self._points[-1] = point
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._points:
            return
        self.mouseMoveEvent(event)
        points, self._points = self._points, []
        if self.tool == "freehand":
            points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        if len(points) >= 2 and points[0] != points[-1]:
            emit(self.drawn, self._shape(points if self.tool == "freehand" else points[:2]))
        self.update()

    def _shape(self, points: list[list[float]]) -> Annotation:
        shape: Annotation = {"kind": self.tool, "colour": self.colour, "points": points}
        if self.tool == "text":
            shape.update(text=self.text.strip(), size=DEFAULT_TEXT_SIZE)
        else:
            shape["width"] = DEFAULT_WIDTH
        return shape

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.image_rect()
        painter.drawPixmap(rect, self._pixmap, QRectF(self._pixmap.rect()))
        shapes = list(self.annotations)
        if len(self._points) >= 2:
            shapes.append(self._shape(self._points))
        for shape in shapes:
            paint_annotation(painter, rect, shape)
        painter.end()


def paint_annotation(painter: QPainter, rect: QRectF, shape: Annotation) -> None:
    """One annotation drawn with Qt, matching Pillow's rendering closely enough to edit by."""
    longer = max(rect.width(), rect.height())
    colour = QColor(shape["colour"])
    points = [
        QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())
        for x, y in shape["points"]
    ]
    pen = QPen(colour, max(1.0, shape.get("width", DEFAULT_WIDTH) * longer))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    kind = shape["kind"]
    if kind in ("rectangle", "ellipse"):
        box = QRectF(points[0], points[1]).normalized()
        (painter.drawRect if kind == "rectangle" else painter.drawEllipse)(box)
    elif kind == "freehand":
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
    elif kind == "arrow":
        start, end = points
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = max(10.0, pen.widthF() * 5)
        spread = math.radians(25)
        wing = [
            QPointF(end.x() - head * math.cos(a), end.y() - head * math.sin(a))
            for a in (angle - spread, angle + spread)
        ]
        base = QPointF(
            end.x() - head * 0.8 * math.cos(angle), end.y() - head * 0.8 * math.sin(angle)
        )
        painter.drawLine(start, base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([end, *wing]))
    else:
        font = QFont()
        font.setPixelSize(max(6, round(shape["size"] * longer)))
        path = QPainterPath()
        path.addText(points[0] + QPointF(0, QFontMetricsF(font).ascent()), font, shape["text"])
        outline = "#000000" if colour.lightness() > 140 else "#ffffff"
        painter.strokePath(path, QPen(QColor(outline), max(1.0, font.pixelSize() / 6)))
        painter.fillPath(path, colour)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotateDialog", text)


class _AddAnnotation(QUndoCommand):
    def __init__(self, canvas: AnnotationCanvas, shape: Annotation) -> None:
        # The undo action shows this as its tooltip ("Add arrow").
        kind = str(shape["kind"])
        shape_name = _tr(TOOL_NAMES.get(kind, kind))
        super().__init__(
            QCoreApplication.translate("AnnotateDialog", "Add {shape}").format(shape=shape_name)
        )
        self._canvas, self._shape = canvas, shape

    def redo(self) -> None:
        self._canvas.annotations.append(self._shape)
        self._canvas.update()

    def undo(self) -> None:
        self._canvas.annotations.pop()
        self._canvas.update()


class _ClearAnnotations(QUndoCommand):
    def __init__(self, canvas: AnnotationCanvas) -> None:
        super().__init__(QCoreApplication.translate("AnnotateDialog", "Clear annotations"))
        self._canvas, self._before = canvas, list(canvas.annotations)

    def redo(self) -> None:
        self._canvas.annotations.clear()
        self._canvas.update()

    def undo(self) -> None:
        self._canvas.annotations[:] = self._before
        self._canvas.update()


class AnnotateDialog(QDialog):
    """Tools, colours, text, undo/redo; Save stores the list through the caller's `save`."""

    def __init__(
        self,
        image: QImage,
        annotations: list[Annotation] | None,
        save: Saver,
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotate {name}").format(name=title))
        self._save = save
        self.canvas = AnnotationCanvas(image, self)
        self.canvas.annotations = copy.deepcopy(annotations or [])
        self.undo_stack = QUndoStack(self)
        self.canvas.drawn.connect(self._on_canvas_drawn)
        toolbar = QToolBar()
        self.tool_actions: dict[str, QAction] = {}
        tools = QActionGroup(self)
        for kind, label, key in TOOLS:
            action = QAction(self.tr(label), tools)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setData(kind)
            toolbar.addAction(action)
            self.tool_actions[kind] = action
        self.tool_actions["arrow"].setChecked(True)
        tools.triggered.connect(self._on_tools_triggered)
        toolbar.addSeparator()
        self.colour_actions: dict[str, QAction] = {}
        colours = QActionGroup(self)
        # "Other colour…" may pick a colour no swatch shows; then no swatch is checked.
        colours.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self._colours = colours
        for label, value in SWATCHES:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(value))
            action = QAction(swatch, self.tr(label), colours)
            action.setCheckable(True)
            action.setData(value)
            toolbar.addAction(action)
            self.colour_actions[value] = action
        self.colour_actions[SWATCHES[0][1]].setChecked(True)
        colours.triggered.connect(self._on_colours_triggered)
        other = toolbar.addAction(self.tr("Other colour…"))
        other.triggered.connect(self._on_other_colour_triggered)
        toolbar.addSeparator()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Text to place"))
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        toolbar.addWidget(QLabel(self.tr("Text:")))
        toolbar.addWidget(self.text_edit)
        toolbar.addSeparator()
        # Own actions rather than createUndoAction(): a toolbar elides "Undo Add rectangle".
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_action.setToolTip)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.clear_action = QAction(self.tr("Clear all"), self)
        self.clear_action.triggered.connect(self._on_clear_action_triggered)
        for action in (self.undo_action, self.redo_action, self.clear_action):
            toolbar.addAction(action)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 960, 720)

    @property
    def annotations(self) -> list[Annotation]:
        return copy.deepcopy(self.canvas.annotations)

    def set_tool(self, kind: str) -> None:
        self.tool_actions[kind].setChecked(True)
        self.canvas.tool = kind

    def set_colour(self, colour: str) -> None:
        self.canvas.colour = QColor(colour).name()
        action = self.colour_actions.get(self.canvas.colour)
        if action is not None:
            action.setChecked(True)
        elif self._colours.checkedAction() is not None:
            self._colours.checkedAction().setChecked(False)

    @Slot()
    def save(self) -> None:
        try:
            self._save(self.annotations)
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Annotations not saved"), str(exc))
            return
        self.accept()

    @Slot(object)
    def _on_canvas_drawn(self, shape: Annotation) -> None:
        self.undo_stack.push(_AddAnnotation(self.canvas, shape))

    @Slot(QAction)
    def _on_tools_triggered(self, action: QAction) -> None:
        self.canvas.tool = str(action.data())

    @Slot(QAction)
    def _on_colours_triggered(self, action: QAction) -> None:
        action.setChecked(True)  # a second click on the chosen swatch keeps it chosen
        self.canvas.colour = str(action.data())

    @Slot()
    def _on_other_colour_triggered(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.canvas.colour), self, self.tr("Colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    @Slot(str)
    def _on_text_edit_text_changed(self, text: str) -> None:
        self.canvas.text = text

    @Slot()
    def _on_clear_action_triggered(self) -> None:
        if self.canvas.annotations:
            self.undo_stack.push(_ClearAnnotations(self.canvas))
