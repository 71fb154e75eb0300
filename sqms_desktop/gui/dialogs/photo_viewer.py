"""A photo of the evidence at full screen size, with zoom, its caption and its hash prefix.

The viewer shows what the report prints (the annotated rendering), next to the SHA-256 prefix of
the original, so an auditor can match a printed photo to the stored file.
"""

from __future__ import annotations

from typing import Any

from PIL import Image
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.evidence import render_annotated
from sqms_desktop.gui.base.screen import fit_to_screen

VIEW_PX = 3000  # enough for a 4K screen at 100 %; a 50 MP photo decodes at 1/2 scale for it
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


def to_qimage(image: Image.Image) -> QImage:
    """A deep copy, so the QImage outlives the Pillow buffer it came from."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class _ZoomArea(QScrollArea):
    """Ctrl + wheel zooms, as in every image viewer; the plain wheel scrolls."""

    def __init__(self, viewer: PhotoViewer) -> None:
        super().__init__(viewer)
        self._viewer = viewer

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._viewer.refit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self._viewer.zoom_in()
            else:
                self._viewer.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)


class PhotoViewer(QDialog):
    """Zoom in, out, to fit and to 100 %; opens fitted to the window."""

    def __init__(
        self,
        data: bytes,
        *,
        name: str,
        caption: str,
        sha256: str,
        annotations: list[dict[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence: {name}").format(name=name))
        self._pixmap = QPixmap.fromImage(
            to_qimage(render_annotated(data, annotations, max_px=VIEW_PX))
        )
        self._zoom = 1.0
        self._fit = True
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = _ZoomArea(self)
        self.area.setWidget(self.image_label)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(False)
        self.caption_label = QLabel(caption or self.tr("(no caption)"))
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label = QLabel(self.tr("SHA-256 {prefix}…").format(prefix=sha256[:12]))
        self.hash_label.setToolTip(sha256)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_label = QLabel()
        toolbar = QToolBar()
        self.zoom_in_action = self._action(
            toolbar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in
        )
        self.zoom_out_action = self._action(
            toolbar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out
        )
        self.fit_action = self._action(toolbar, self.tr("Fit"), QKeySequence("Ctrl+0"), self.fit)
        self.actual_action = self._action(
            toolbar, self.tr("100 %"), QKeySequence("Ctrl+1"), self.actual_size
        )
        toolbar.addSeparator()
        toolbar.addWidget(self.zoom_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.hash_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 700)
        self._show()

    def _action(self, toolbar: QToolBar, text: str, keys: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.triggered.connect(slot)
        toolbar.addAction(action)
        self.addAction(action)
        return action

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def image_size(self) -> tuple[int, int]:
        return self._pixmap.width(), self._pixmap.height()

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    @Slot()
    def actual_size(self) -> None:
        self._set_zoom(1.0)

    @Slot()
    def fit(self) -> None:
        self._fit = True
        self._show()

    def _set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._show()

    def _show(self) -> None:
        if self._fit:
            room = self.area.viewport().size()
            self._zoom = min(
                1.0,
                (room.width() - 4) / max(1, self._pixmap.width()),
                (room.height() - 4) / max(1, self._pixmap.height()),
            )
            self._zoom = max(MIN_ZOOM, self._zoom)
        size = self._pixmap.size() * self._zoom
        mode = Qt.TransformationMode.SmoothTransformation
        scaled = self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode)
        self.image_label.setPixmap(scaled)
        self.image_label.resize(scaled.size())
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")

    def refit(self) -> None:
        """The window changed size: a fitted photo follows it, a zoomed one stays."""
        if self._fit:
            self._show()
