"""Evidence photos for print: annotated, downscaled to about 200 dpi, JPEG at a fixed quality.

A 12 MP phone photo printed 8 cm wide needs about 630 pixels, not 4,000: downscaling keeps a report
with 60 photos at a few MB. The original bytes are read (and their hash checked on reading),
never changed. Encoding uses fixed settings and no metadata, so the same photo gives the same
bytes and the PDF stays byte-identical.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import cast

from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import SqmsError
from sqms_desktop.evidence import is_image, render_annotated, suffix_for
from sqms_desktop.i18n import translate
from sqms_desktop.progress import Progress
from sqms_desktop.queries.report_data import EvidenceItem
from sqms_desktop.reports.fonts import markup
from sqms_desktop.reports.styles import Styles
from sqms_desktop.store.attachments import Attachments

PRINT_DPI = 200
JPEG_QUALITY = 80


def print_pixels(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> int:
    """Longest side in pixels for a photo printed within a box of that many points."""
    return max(1, math.ceil(max(width_pt, height_pt) / inch * dpi))


def print_jpeg(data: bytes, annotations: list[dict[str, object]] | None, max_px: int) -> bytes:
    image = render_annotated(data, annotations, max_px=max_px)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False, progressive=False)
    return out.getvalue()


def sha_prefix(sha256: str) -> str:
    return sha256[:12]


def caption_text(item: EvidenceItem) -> str:
    caption = item.caption or item.original_name
    return f"{caption} · SHA-256 {sha_prefix(item.sha256)}…"


class PhotoMaker:
    """Turns evidence records into flowables; reads bytes from the store's attachments.

    `start` hands every photo to a few threads and returns at once: Pillow releases the GIL
    while it decodes and scales, so the photos are prepared while the main thread builds the
    chapters and lays out the pages, which waits for a photo only when it reaches it. A photo
    is read (and its hash checked) once, decoded once. Use it as a context manager: leaving it
    (after the PDF is built, or on cancel or error) drops the photos not yet started and waits
    for those under way. The output does not depend on any of this.
    """

    def __init__(self, folder: Attachments | None, styles: Styles) -> None:
        self._folder = folder
        self._styles = styles
        self._pool: ThreadPoolExecutor | None = None
        self._pending: dict[tuple[str, str, int], Future[bytes | SqmsError]] = {}
        self._progress = Progress()
        self._total = 0
        self._done: set[tuple[str, str, int]] = set()

    def __enter__(self) -> PhotoMaker:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _key(self, item: EvidenceItem, max_px: int) -> tuple[str, str, int]:
        return item.sha256, canonical_json(list(item.annotations)), max_px

    def _render(self, item: EvidenceItem, max_px: int) -> bytes:
        if self._folder is None:
            raise SqmsError("this store keeps no attachments")
        data = self._folder.read(item.sha256, suffix_for(item.media_type))
        return print_jpeg(data, list(item.annotations) or None, max_px)

    def start(
        self, items: Sequence[EvidenceItem], width: float, height: float, progress: Progress
    ) -> None:
        """Begin rendering every photo for a box of width × height points, in the order given
        (the order the pages show them); each is reported to `progress` when the layout takes
        it, as "photo N of M" out of M + 1 steps (the last is the rest of the layout)."""
        max_px = print_pixels(width, height)
        photos = [i for i in items if is_image(i.media_type)]
        self._progress = progress
        self._total = len(photos)
        if not photos:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))

        def render(item: EvidenceItem) -> bytes | SqmsError:
            if progress.cancelled:
                return SqmsError("cancelled")
            try:
                return self._render(item, max_px)
            except SqmsError as exc:
                return exc

        for item in photos:
            key = self._key(item, max_px)
            if key not in self._pending:
                self._pending[key] = self._pool.submit(render, item)

    def _jpeg(self, item: EvidenceItem, max_px: int) -> bytes:
        """The print JPEG, waiting for its thread if it is still being prepared."""
        key = self._key(item, max_px)
        pending = self._pending.get(key)
        result = pending.result() if pending is not None else self._render(item, max_px)
        if pending is not None and key not in self._done:
            self._done.add(key)
            done = len(self._done)
            self._progress.report(done, self._total + 1, f"photo {done} of {self._total}")
        if isinstance(result, SqmsError):
            raise result
        return result

    def flowable(self, item: EvidenceItem, width: float, height: float) -> Flowable:
        """The photo fitted into width × height points with its caption below, or for a
        document (or a photo that cannot be read) a line saying what and why."""
        caption = Paragraph(markup(caption_text(item)), self._styles.caption)
        if not is_image(item.media_type):
            note = translate("reports", "Document {name} ({type})").format(
                name=item.original_name, type=item.media_type
            )
            return _stack(Paragraph(markup(note), self._styles.small), caption)
        return _stack(_PendingPhoto(lambda: self._picture(item, width, height)), caption)

    def _picture(self, item: EvidenceItem, width: float, height: float) -> Flowable:
        try:
            jpeg = self._jpeg(item, print_pixels(width, height))
        except SqmsError as exc:
            problem = translate("reports", "Photo {name} cannot be printed: {problem}").format(
                name=item.original_name, problem=exc
            )
            return Paragraph(markup(problem), self._styles.small)
        return PrintedPhoto(jpeg, width, height)


class _PendingPhoto(Flowable):
    """A photo cell whose picture (or the line saying why it cannot be printed) is made when
    the layout first measures it, so the pages before it need not wait for its thread."""

    def __init__(self, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self._make = make
        self._content: Flowable | None = None

    def _picture(self) -> Flowable:
        if self._content is None:
            self._content = self._make()
        return self._content

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Some packers call wrap without a canvas; neither a picture nor a line needs one.
        canvas = cast("Canvas", getattr(self, "canv", None))
        self.width, self.height = self._picture().wrapOn(canvas, availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self._picture().drawOn(self.canv, 0, 0)


class _JpegReader(ImageReader):
    """A print JPEG for `Canvas.drawImage`, embedded as it is (DCTDecode), never decoded.

    ReportLab names each image by the MD5 of its decoded pixels, so that an image drawn twice is
    stored once; for a JPEG that meant decoding every photo a second time (and keeping 1 MB of
    pixels per photo until the PDF was written) only to name it. The JPEG's own bytes name it
    just as well: the same rendering gives the same name, a different one another.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))  # reads the header only
        self._jpeg = jpeg

    def getRGBData(self) -> bytes:  # ReportLab's name
        self._dataA = None  # a JPEG has no alpha channel to mask with
        return self._jpeg


class PrintedPhoto(Flowable):
    """A prepared print JPEG fitted into width × height points, aligned left."""

    def __init__(self, jpeg: bytes, width: float, height: float) -> None:
        super().__init__()
        self._reader = _JpegReader(jpeg)
        pixels_wide, pixels_high = self._reader.getSize()
        scale = min(width / pixels_wide, height / pixels_high)
        self.drawWidth = pixels_wide * scale
        self.drawHeight = pixels_high * scale
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self._reader, 0, 0, self.drawWidth, self.drawHeight)


def _stack(*parts: Flowable) -> Table:
    table = Table([[p] for p in parts])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def photo_grid(cells: list[Flowable], width: float, columns: int = 2) -> Table:
    """Photos side by side, `columns` to a row."""
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] = rows[-1] + [""] * (columns - len(rows[-1]))  # type: ignore[list-item]
    table = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
