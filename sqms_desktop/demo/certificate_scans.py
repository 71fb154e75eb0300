"""Scans of the demo suppliers' certificates: a one-page certificate drawn with Pillow as a
greyscale PNG, the way an office scanner hands one over.

Drawn, not shipped, so every byte follows from the certificate's data: the same demo gives the
same scans and so the same SHA-256 names. The text uses the fonts the reports embed
(resources/fonts), so Polish, Turkish, Czech and Chinese supplier names print as written.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from sqms_desktop.resources import shipped

SIZE = (620, 877)  # A4 at 75 dpi
PAPER = 248
INK = 30
FONTS = {"sans": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "cjk": "wqy-microhei.ttc"}


@dataclass(frozen=True)
class CertificateFacts:
    """What the certificate says."""

    holder: str
    supplier_code: str
    standard: str
    number: str
    issuer: str
    scope: str
    valid_from: dt.date
    valid_until: dt.date


@cache
def _font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(shipped("resources") / "fonts" / FONTS[kind]), size)


def _face(text: str, bold: bool = False) -> str:
    """The CJK font for text with Chinese characters, else DejaVu (which has no CJK glyphs)."""
    if any(ord(ch) >= 0x2E80 for ch in text):
        return "cjk"
    return "bold" if bold else "sans"


def certificate_scan_png(facts: CertificateFacts) -> bytes:
    image = Image.new("L", SIZE, PAPER)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    draw.rectangle((18, 18, width - 19, height - 19), outline=INK, width=3)
    draw.rectangle((26, 26, width - 27, height - 27), outline=120, width=1)

    def centred(y: int, text: str, size: int, bold: bool = False) -> int:
        font = _font(_face(text, bold), size)
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        draw.text(((width - (right - left)) / 2, y), text, fill=INK, font=font)
        return y + int(bottom - top) + size // 2

    y = centred(60, facts.issuer, 20, bold=True)
    y = centred(y + 30, "CERTIFICATE", 34, bold=True)
    y = centred(y + 10, "This is to certify that the management system of", 13)
    y = centred(y + 10, facts.holder, 19, bold=True)
    y = centred(y, f"(supplier {facts.supplier_code})", 12)
    y = centred(y + 10, "has been assessed and found to conform to the requirements of", 13)
    y = centred(y + 10, facts.standard, 28, bold=True)
    y += 14
    for line in textwrap.wrap(f"Scope: {facts.scope}", 64):
        y = centred(y, line, 13)
    y += 30
    for line in (
        f"Certificate no.: {facts.number}",
        f"Valid from: {facts.valid_from:%Y-%m-%d}",
        f"Valid until: {facts.valid_until:%Y-%m-%d}",
    ):
        y = centred(y, line, 14)
    seal = (width // 2 - 60, height - 250, width // 2 + 60, height - 130)
    draw.ellipse(seal, outline=90, width=4)
    draw.ellipse((seal[0] + 12, seal[1] + 12, seal[2] - 12, seal[3] - 12), outline=90, width=1)
    draw.text((width // 2, height - 190), "SEAL", fill=90, font=_font("bold", 16), anchor="mm")
    draw.line((width - 250, height - 80, width - 60, height - 80), fill=INK, width=1)
    draw.text(
        (width - 155, height - 66),
        "Head of certification body",
        fill=INK,
        font=_font("sans", 11),
        anchor="mm",
    )
    out = io.BytesIO()
    # zlib's default level, not `optimize`: a tenth larger, a fifth of the time (a store of a
    # thousand suppliers has some 5,000 scans, and `optimize` cost ~30 ms each).
    image.save(out, "PNG")
    return out.getvalue()
