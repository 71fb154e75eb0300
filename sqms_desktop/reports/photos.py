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
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
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

    `prepare` decodes many photos on a few threads (Pillow releases the GIL while decoding),
    which roughly halves a photo-heavy report on two cores; the output does not depend on it.
    """

    def __init__(self, folder: Attachments | None, styles: Styles) -> None:
        self._folder = folder
        self._styles = styles
        self._ready: dict[tuple[str, str, int], bytes | SqmsError] = {}

    def _key(self, item: EvidenceItem, max_px: int) -> tuple[str, str, int]:
        return item.sha256, canonical_json(list(item.annotations)), max_px

    def _render(self, item: EvidenceItem, max_px: int) -> bytes:
        if self._folder is None:
            raise SqmsError("this store keeps no attachments")
        data = self._folder.read(item.sha256, suffix_for(item.media_type))
        return print_jpeg(data, list(item.annotations) or None, max_px)

    def prepare(
        self, items: Sequence[EvidenceItem], width: float, height: float, progress: Progress
    ) -> None:
        """Render every photo for a box of width × height points, reporting each one."""
        max_px = print_pixels(width, height)
        photos = [i for i in items if is_image(i.media_type)]
        workers = min(4, os.cpu_count() or 1)

        def render(item: EvidenceItem) -> bytes | SqmsError:
            if progress.cancelled:
                return SqmsError("cancelled")
            try:
                return self._render(item, max_px)
            except SqmsError as exc:
                return exc

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for done, (item, result) in enumerate(
                zip(photos, pool.map(render, photos), strict=True), start=1
            ):
                self._ready[self._key(item, max_px)] = result
                progress.report(done, len(photos) + 1, f"photo {done} of {len(photos)}")

    def flowable(self, item: EvidenceItem, width: float, height: float) -> Flowable:
        """The photo fitted into width × height points with its caption below, or for a
        document (or a photo that cannot be read) a line saying what and why."""
        caption = Paragraph(markup(caption_text(item)), self._styles.caption)
        if not is_image(item.media_type):
            note = translate("reports", "Document {name} ({type})").format(
                name=item.original_name, type=item.media_type
            )
            return _stack(Paragraph(markup(note), self._styles.small), caption)
        max_px = print_pixels(width, height)
        try:
            jpeg = self._ready.get(self._key(item, max_px)) or self._render(item, max_px)
            if isinstance(jpeg, SqmsError):
                raise jpeg
        except SqmsError as exc:
            problem = translate("reports", "Photo {name} cannot be printed: {problem}").format(
                name=item.original_name, problem=exc
            )
            return _stack(Paragraph(markup(problem), self._styles.small), caption)
        return _stack(PrintedPhoto(jpeg, width, height), caption)


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
