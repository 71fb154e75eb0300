"""The evidence strip under a checklist question: thumbnails of its photos and documents.

Files come in by the file dialog, drag and drop, or paste, many at once; they are checked and
stored on a worker thread (one unit of work per file, so one bad file does not cost the others)
and thumbnails are rendered there too. Only ids, bytes and messages cross threads.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.evidence import is_image, open_image, suffix_for, thumbnail_png
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.annotate import AnnotateDialog
from sqms_desktop.gui.dialogs.photo_viewer import PhotoViewer, to_qimage
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.progress import Progress
from sqms_desktop.queries.audits import audit_status
from sqms_desktop.queries.evidence import AttachmentRow, evidence_of_audit
from sqms_desktop.services import evidence as service
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import LOCKED_STATES
from sqms_desktop.store.attachments import Attachments, attachment_store
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)
THUMB_PX = 96  # small enough that the question above the strip fits a 720-pixel-high screen
EDIT_PX = 1600
ID_ROLE = Qt.ItemDataRole.UserRole
FILE_FILTER = QT_TRANSLATE_NOOP(
    "EvidenceStrip",
    "Evidence (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf *.xlsx *.docx *.txt *.csv)",
)
Source = Path | tuple[str, bytes]  # a file, or (name, bytes) from the clipboard


@dataclass(frozen=True)
class EvidenceRow:
    """One attachment as the strip shows it; plain values only."""

    id: str
    name: str
    caption: str
    sha256: str
    media_type: str
    annotations: list[dict[str, Any]] | None

    @property
    def thumb_key(self) -> str:
        return self.sha256 + json.dumps(self.annotations or [], sort_keys=True)

    @classmethod
    def of(cls, record: AttachmentRow) -> EvidenceRow:
        return cls(
            record.id,
            record.original_name,
            record.caption,
            record.sha256,
            record.media_type,
            record.annotations,
        )


@dataclass
class ImportOutcome:
    attached: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def import_sources(
    store: Store,
    user: str,
    audit_id: str,
    question_id: str | None,
    sources: Sequence[Source],
    progress: Progress,
) -> ImportOutcome:
    """A job for `Operation`: attach each file as an action of its own, so one refused file does
    not cost the others, collecting the refusals."""
    actor = Actor(store, user)
    outcome = ImportOutcome()
    for number, source in enumerate(sources):
        name = source.name if isinstance(source, Path) else source[0]
        progress.report(number, len(sources), name)
        try:
            if isinstance(source, Path):
                record = actor.run(
                    service.attach_evidence, audit_id, source, question_id=question_id
                )
            else:
                record = actor.run(
                    service.attach_evidence_bytes,
                    audit_id,
                    source[1],
                    source[0],
                    question_id=question_id,
                )
            outcome.attached.append(record.id)
        except SqmsError as exc:
            outcome.refused.append(str(exc))
    progress.report(len(sources), len(sources), "")
    return outcome


def render_thumbnails(
    attachments: Attachments, rows: Sequence[EvidenceRow], progress: Progress
) -> dict[str, bytes]:
    """A job for `Operation`: PNG thumbnails by `thumb_key`; a photo that fails keeps its icon."""
    done: dict[str, bytes] = {}
    for number, row in enumerate(rows):
        progress.report(number, len(rows), row.name)
        try:
            data = attachments.read(row.sha256, suffix_for(row.media_type))
            done[row.thumb_key] = thumbnail_png(data, max_px=THUMB_PX, annotations=row.annotations)
        except SqmsError as exc:
            log.warning("no thumbnail for %s: %s", row.name, exc)
    return done


class _ThumbnailCache:
    """Rendered thumbnails by content and annotations; shared, so revisiting a question is
    instant. Bounded: a day's photos fit, a week's do not stay."""

    def __init__(self, limit: int = 400) -> None:
        self._limit = limit
        self._items: OrderedDict[str, QPixmap] = OrderedDict()

    def get(self, key: str) -> QPixmap | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: str, pixmap: QPixmap) -> None:
        self._items[key] = pixmap
        self._items.move_to_end(key)
        while len(self._items) > self._limit:
            self._items.popitem(last=False)


THUMBNAILS = _ThumbnailCache()


class EvidenceStrip(QWidget):
    """Thumbnails of the current question's evidence (the whole audit's when no question).

    Signals:
        changed(): evidence was added, removed, captioned or annotated.
        imported(outcome): an import finished; `ImportOutcome` with ids and refusals.
        thumbnails_loaded(): the thumbnails of the current list are shown.
    """

    changed = Signal()
    imported = Signal(object)
    thumbnails_loaded = Signal()

    def __init__(
        self,
        store: Store,
        audit_id: str,
        parent: QWidget | None = None,
        *,
        user: str | None = None,
        heading: str = "",
    ) -> None:
        super().__init__(parent)
        if user is None:
            from sqms_desktop.gui.base.account import acting_user

            user = acting_user()
        self._store, self._audit_id, self._user = store, audit_id, user
        self._actor = Actor(store, user)
        self._question_id: str | None = None
        self._rows: list[EvidenceRow] = []
        # The audit's evidence as last read: (question id, row); None until first read.
        self._audit_rows: list[tuple[str | None, EvidenceRow]] | None = None
        self._locked = False
        self._filling = False
        self._generation = 0
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setGridSize(QSize(THUMB_PX + 24, THUMB_PX + 44))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QListWidget.EditTrigger.EditKeyPressed | QListWidget.EditTrigger.SelectedClicked
        )
        self.list.setFixedHeight(THUMB_PX + 64)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button(self.tr("Add…"), self.add_files_dialog)
        self.add_button.setToolTip(self.tr("Add photos or documents (or drop or paste them here)"))
        self.paste_button = self._button(self.tr("Paste"), self.paste)
        self.view_button = self._button(self.tr("View"), self.view_current)
        self.annotate_button = self._button(self.tr("Annotate…"), self.annotate_current)
        self.remove_button = self._button(self.tr("Remove…"), self._on_remove_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Refusals stay until the next import: the auditor may be looking at the camera.
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(color_style("alert"))
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        buttons = QHBoxLayout()
        if heading:  # beside the buttons, not above them: a line of height saved for the question
            title = QLabel(heading)
            title.setObjectName("evidence_heading")
            buttons.addWidget(title)
        for button in (self.add_button, self.paste_button, self.view_button):
            buttons.addWidget(button)
        buttons.addWidget(self.annotate_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.problems)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.reload()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- what is shown ---------------------------------------------------------------------

    @property
    def rows(self) -> list[EvidenceRow]:
        return list(self._rows)

    @property
    def locked(self) -> bool:
        return self._locked

    def set_question(self, question_id: str | None) -> None:
        """Show and attach to this question's evidence (None: the audit as a whole).

        Moving between questions filters the audit's evidence read before; only the strip's
        own changes (import, caption, annotation, removal) read the store again."""
        self._question_id = question_id
        if self._audit_rows is None:
            self.reload()
        else:
            self._show_rows()

    def reload(self) -> None:
        with self._store.session() as session:
            status = audit_status(session, self._audit_id)
            evidence = evidence_of_audit(session, self._audit_id)
        self._locked = status is None or status in LOCKED_STATES
        self._audit_rows = [(a.question_id, EvidenceRow.of(a)) for a in evidence]
        self._show_rows()

    def _show_rows(self) -> None:
        rows = [
            row
            for question_id, row in self._audit_rows or []
            if self._question_id is None or question_id == self._question_id
        ]
        self._rows = rows
        self._generation += 1
        self._fill()
        missing = [
            r for r in rows if is_image(r.media_type) and THUMBNAILS.get(r.thumb_key) is None
        ]
        if not missing:
            emit(self.thumbnails_loaded)
            return
        generation = self._generation
        attachments = attachment_store(self._store)
        operation = self._start(lambda p: render_thumbnails(attachments, missing, p), "thumbnails")
        operation.succeeded.connect(lambda result: self._on_thumbnails_rendered(generation, result))

    def _fill(self) -> None:
        self._filling = True
        try:
            current = self.current_id()
            self.list.clear()
            document = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            for row in self._rows:
                item = QListWidgetItem(row.caption or row.name)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(f"{row.name}\n{row.caption}\nSHA-256 {row.sha256[:12]}…".strip())
                pixmap = THUMBNAILS.get(row.thumb_key)
                item.setIcon(QIcon(pixmap) if pixmap is not None else document)
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags if not self._locked else flags & ~Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if row.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        count = len(self._rows)
        self.status.setText(
            self.tr("%n item(s)", "", count) if count else self.tr("No evidence yet")
        )
        self._update_buttons()

    def _on_thumbnails_rendered(self, generation: int, result: dict[str, bytes]) -> None:
        for key, png in result.items():
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            THUMBNAILS.put(key, pixmap)
        if generation == self._generation:
            self._fill()
            emit(self.thumbnails_loaded)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _current_row(self) -> EvidenceRow | None:
        wanted = self.current_id()
        return next((r for r in self._rows if r.id == wanted), None)

    @Slot()
    def _update_buttons(self) -> None:
        row = self._current_row()
        for button in (self.add_button, self.paste_button):
            button.setEnabled(not self._locked)
        self.view_button.setEnabled(row is not None)
        self.annotate_button.setEnabled(
            row is not None and is_image(row.media_type) and not self._locked
        )
        self.remove_button.setEnabled(row is not None and not self._locked)
        self.setAcceptDrops(not self._locked)

    # -- adding ----------------------------------------------------------------------------

    @Slot()
    def add_files_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), "", self.tr(FILE_FILTER) + ";;" + self.tr("All (*)")
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, sources: Sequence[Source]) -> Operation | None:
        """Attach files (or named bytes) on a worker thread; `imported` reports the outcome."""
        if not sources or self._locked:
            return None
        store, user, audit_id, question = self._store, self._user, self._audit_id, self._question_id
        listed = list(sources)
        self.status.setText(self.tr("Adding %n file(s)…", "", len(listed)))
        operation = self._start(
            lambda p: import_sources(store, user, audit_id, question, listed, p), "attach evidence"
        )
        operation.succeeded.connect(self._on_import_succeeded)
        return operation

    @Slot()
    def paste(self) -> Operation | None:
        """Files copied in a file manager, or a picture (a screenshot, a photo from a phone app)."""
        return self.add_files(sources_of(QGuiApplication.clipboard().mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if not self._locked and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if not self._locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = sources_of(event.mimeData())
        if sources and not self._locked:
            event.acceptProposedAction()
            self.add_files(sources)

    @Slot(object)
    def _on_import_succeeded(self, outcome: ImportOutcome) -> None:
        self.reload()
        if outcome.attached:
            emit(self.changed)
        self.problems.setText("\n".join(outcome.refused))
        self.problems.setVisible(bool(outcome.refused))
        emit(self.imported, outcome)

    # -- changing --------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        attachment_id = str(item.data(ID_ROLE))
        row = next((r for r in self._rows if r.id == attachment_id), None)
        text = item.text().strip()
        if row is None or text in (row.caption, row.name if not row.caption else None):
            return
        self._write(lambda: self._actor.run(service.set_caption, attachment_id, text))

    def remove(self, attachment_id: str, reason: str) -> bool:
        return self._write(
            lambda: self._actor.run(service.remove_evidence, attachment_id, reason=reason)
        )

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self._current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove evidence"),
            self.tr("Why is {name} removed? (kept in the trail)").format(name=row.name),
        )
        if ok:
            self.remove(row.id, reason)

    def _write(self, action: Callable[[], object]) -> bool:
        """One small write on the GUI thread (a caption, a removal): it takes milliseconds."""
        try:
            action()
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Evidence not changed"), str(exc))
            self.reload()
            return False
        self.reload()
        emit(self.changed)
        return True

    # -- viewing and annotating ------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.view_current()

    def _bytes_of(self, row: EvidenceRow) -> bytes | None:
        try:
            return attachment_store(self._store).read(row.sha256, suffix_for(row.media_type))
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Evidence missing"), str(exc))
            return None

    def viewer_for(self, row: EvidenceRow) -> PhotoViewer | None:
        data = self._bytes_of(row)
        if data is None:
            return None
        return PhotoViewer(
            data,
            name=row.name,
            caption=row.caption,
            sha256=row.sha256,
            annotations=row.annotations,
            parent=self,
        )

    @Slot()
    def view_current(self) -> None:
        row = self._current_row()
        if row is None:
            return
        if not is_image(row.media_type):
            self._open_document(row)
            return
        viewer = self.viewer_for(row)
        if viewer is not None:
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.show()

    def _open_document(self, row: EvidenceRow) -> None:
        """A copy under its own name: the stored file must never be edited by another program."""
        data = self._bytes_of(row)
        if data is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="sqms-evidence-"))
        copy = folder / row.name
        copy.write_bytes(data)
        copy.chmod(0o444)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def annotator_for(self, row: EvidenceRow) -> AnnotateDialog | None:
        data = self._bytes_of(row)
        if data is None:
            return None
        try:
            image = to_qimage(open_image(data, max_px=EDIT_PX, name=row.name).convert("RGB"))
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Cannot annotate"), str(exc))
            return None
        attachment_id = row.id

        def save(annotations: list[dict[str, Any]]) -> None:
            self._actor.run(service.set_annotations, attachment_id, annotations)
            self.reload()
            emit(self.changed)

        return AnnotateDialog(image, row.annotations, save, title=row.name, parent=self)

    @Slot()
    def annotate_current(self) -> None:
        row = self._current_row()
        if row is None or self._locked or not is_image(row.media_type):
            return
        dialog = self.annotator_for(row)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # -- internals -------------------------------------------------------------------------

    def _start(self, job: Any, name: str) -> Operation:
        operation = Operation(job, name=name)
        operation.failed.connect(self._on_operation_failed)
        operation.finished.connect(operation.deleteLater)
        operation.start()
        return operation

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self.problems.setText(str(error))
        self.problems.show()


def sources_of(mime: QMimeData) -> list[Source]:
    """Local files named by the data, else its picture as a PNG named by the time of the paste."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if files:
        return list(files)
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # str at run time
            buffer.close()
            name = f"pasted {dt.datetime.now():%Y-%m-%d %H-%M-%S}.png"
            return [(name, bytes(data.data()))]
    return []
