"""Fonts embedded in every report, with per-character fallback to a CJK font.

ReportLab's standard fonts know only Latin-1, so "Şahin", "Zielińska" or "苏州" would print as black
boxes. DejaVu Sans covers Latin, Greek and Cyrillic; WenQuanYi Micro Hei covers CJK. A run of text
is split into pieces by which font has the glyph, so a Chinese supplier name inside a German
sentence prints with both fonts. Both ship in `resources/fonts` (licences beside them): the
application never fetches fonts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sqms_desktop.errors import SqmsError
from sqms_desktop.i18n import translate
from sqms_desktop.resources import shipped

SANS = "SQMS-Sans"
SANS_BOLD = "SQMS-Sans-Bold"
CJK = "SQMS-CJK"
_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the shipped fonts once per process (reports may be built on worker threads)."""
    with _lock:
        if CJK in pdfmetrics.getRegisteredFontNames():
            return
        folder = shipped("resources") / "fonts"
        for name, (file_name, index) in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise SqmsError(
                    translate(
                        "reports", "the report font {path} is missing; reinstall SQMS Desktop"
                    ).format(path=path)
                )
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        # <b> in paragraph markup switches to the bold face; CJK has no bold face of its own.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def font_for(char: str, base: str = SANS) -> str:
    """The font that draws `char`: the base font when it can, else the CJK font when it can."""
    code = ord(char)
    if code in _glyphs(base) or char.isspace():
        return base
    if code in _glyphs(CJK):
        return CJK
    return base


def runs(text: str, base: str = SANS) -> Iterator[tuple[str, str]]:
    """The text as (font, piece) runs, each piece drawable by its font."""
    start, current = 0, None
    for index, char in enumerate(text):
        font = font_for(char, base)
        if font != current:
            if current is not None and index > start:
                yield current, text[start:index]
            start, current = index, font
    if current is not None:
        yield current, text[start:]


def markup(text: str | None, *, bold: bool = False) -> str:
    """User text as Paragraph markup: escaped (so "R&D <ok>" prints as typed), line breaks kept,
    and CJK runs wrapped in the CJK font."""
    if not text:
        return ""
    base = SANS_BOLD if bold else SANS
    parts = []
    for font, piece in runs(text, base):
        escaped = escape(piece).replace("\r\n", "\n").replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    body = "".join(parts)
    return f"<b>{body}</b>" if bold else body


def text_width(text: str, size: float, base: str = SANS) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text, base))


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, base: str = SANS, align: str = ""
) -> None:
    """Draw one line on the canvas with fallback fonts; `align` "right" or "centre" moves x."""
    width = text_width(text, size, base)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, piece in runs(text, base):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def fit(text: str, size: float, width: float, base: str = SANS) -> str:
    """The text shortened with an ellipsis so that it fits in `width` points."""
    if text_width(text, size, base) <= width:
        return text
    while text and text_width(text + "…", size, base) > width:
        text = text[:-1]
    return text + "…"
