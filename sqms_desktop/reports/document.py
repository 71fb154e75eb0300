"""The printed document around the content: page template, header, footer, "Page N of M",
bookmarks per chapter, metadata, and byte-identical output.

"Page N of M" needs M before any page is final, so the canvas keeps every page until the end and
stamps the numbers then (the usual ReportLab recipe). `invariant=1` fixes the creation date and
document id, so the same story gives the same bytes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from sqms_desktop.i18n import language, translate
from sqms_desktop.progress import Progress
from sqms_desktop.reports.fonts import SANS, SANS_BOLD, draw_text, fit, markup, register_fonts
from sqms_desktop.reports.styles import HEADER_GAP, MARGIN, MUTED, RULE


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    header_left: str
    header_right: str
    footer_left: str
    footer_centre: str


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (level 0 for chapters, 1 below)."""

    def __init__(self, text: str, style: Any, level: int = 0, *, outline: str = "") -> None:
        super().__init__(markup(text), style)
        self.outline_title = outline or text
        self.outline_level = level


class _NumberedCanvas(Canvas):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._width = float(kwargs["pagesize"][0])

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own way to begin a page

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self.setFillColor(MUTED)
            draw_text(
                self,
                self._width - MARGIN,
                MARGIN - 10,
                translate("reports", "Page {page} of {pages}").format(
                    page=self.getPageNumber(), pages=total
                ),
                7.5,
                align="right",
            )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    def __init__(
        self,
        out: io.BytesIO,
        *,
        pagesize: tuple[float, float],
        frame: PageFrame,
        title: str,
        author: str,
        subject: str,
        progress: Progress,
    ) -> None:
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP,
            bottomMargin=MARGIN + HEADER_GAP / 2,
            title=title,
            author=author,
            subject=subject,
            creator="SQMS Desktop",
            producer="SQMS Desktop (ReportLab)",
            invariant=1,
            lang=language(),
            initialFontName=SANS,
        )
        self._frame = frame
        self._progress = progress
        self._bookmarks = 0
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [body], onPage=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            if not self._bookmarks:
                self.canv.showOutline()  # viewers open with the bookmarks pane
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_title, key, level=flowable.outline_level, closed=False
            )

    def afterPage(self) -> None:
        self._progress.check()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        right = width - MARGIN
        top = height - MARGIN
        canvas.saveState()
        canvas.setFillColor(MUTED)
        space = (right - MARGIN) / 2 - 6
        draw_text(
            canvas,
            MARGIN,
            top,
            fit(self._frame.header_left, 8, space, SANS_BOLD),
            8,
            base=SANS_BOLD,
        )
        draw_text(canvas, right, top, fit(self._frame.header_right, 8, space), 8, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, right, top - 4)
        canvas.line(MARGIN, MARGIN, right, MARGIN)
        draw_text(canvas, MARGIN, MARGIN - 10, fit(self._frame.footer_left, 7.5, space * 0.9), 7.5)
        draw_text(
            canvas,
            width / 2 + 30,
            MARGIN - 10,
            self._frame.footer_centre,
            7.5,
            base=SANS,
            align="centre",
        )
        canvas.restoreState()


_settings_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams (pages, fonts, the photos' JPEGs) written as binary, not ASCII85 text.

    ASCII85 keeps a PDF 7-bit clean, which no one needs any more; it makes the file a quarter
    larger and cost about a fifth of the layout time (ReportLab turns the encoded text back into
    bytes character by character). ReportLab reads the choice from a process-wide setting while
    it builds, so it is set only around a build, one build at a time: the same story still gives
    the same bytes whatever else the process builds.
    """
    with _settings_lock:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def build_pdf(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    frame: PageFrame,
    title: str,
    author: str,
    subject: str,
    progress: Progress,
) -> bytes:
    register_fonts()
    out = io.BytesIO()
    with _binary_streams():
        document = ReportDocument(
            out,
            pagesize=pagesize,
            frame=frame,
            title=title,
            author=author,
            subject=subject,
            progress=progress,
        )
        document.build(story, canvasmaker=_NumberedCanvas)
    return out.getvalue()


__all__ = ["SANS", "Heading", "PageFrame", "build_pdf"]
