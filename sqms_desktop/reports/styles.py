"""The look of printed reports: one set of paragraph styles, colours and table styles.

Kept apart from the layout so an 8D/SCAR report can be printed in the same style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.reports.fonts import SANS, SANS_BOLD
from sqms_desktop.vocab import FindingClass

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#eef2f7")
MARGIN = 18 * mm
HEADER_GAP = 10 * mm

# Finding classes in the order a reader needs them, with the colour of their badge; the titles
# are translated where they are printed (`translate("reports", CLASS_TITLES[c])`).
F = FindingClass
CLASS_ORDER = (
    F.CRITICAL,
    F.MAJOR_NC,
    F.MINOR_NC,
    F.OBSERVATION,
    F.OPPORTUNITY_FOR_IMPROVEMENT,
    F.GOOD_PRACTICE,
)
CLASS_TITLES: dict[str, str] = {
    F.CRITICAL: QT_TRANSLATE_NOOP("reports", "Critical nonconformities"),
    F.MAJOR_NC: QT_TRANSLATE_NOOP("reports", "Major nonconformities"),
    F.MINOR_NC: QT_TRANSLATE_NOOP("reports", "Minor nonconformities"),
    F.OBSERVATION: QT_TRANSLATE_NOOP("reports", "Observations"),
    F.OPPORTUNITY_FOR_IMPROVEMENT: QT_TRANSLATE_NOOP("reports", "Opportunities for improvement"),
    F.GOOD_PRACTICE: QT_TRANSLATE_NOOP("reports", "Good practices"),
}
CLASS_COLOURS: dict[str, colors.Color] = {
    F.CRITICAL: colors.HexColor("#7b1e1e"),
    F.MAJOR_NC: colors.HexColor("#b42318"),
    F.MINOR_NC: colors.HexColor("#c4671a"),
    F.OBSERVATION: colors.HexColor("#1d4e89"),
    F.OPPORTUNITY_FOR_IMPROVEMENT: colors.HexColor("#3b6e47"),
    F.GOOD_PRACTICE: colors.HexColor("#2f7d32"),
}
GRADE_COLOURS = {
    "A": colors.HexColor("#2f7d32"),
    "B": colors.HexColor("#c4671a"),
    "C": colors.HexColor("#b42318"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_whole: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    big: ParagraphStyle
    caption: ParagraphStyle
    tile: ParagraphStyle
    hash: ParagraphStyle


def make_styles() -> Styles:
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle("label", body, fontName=SANS_BOLD, fontSize=8.5, textColor=MUTED),
        cell=ParagraphStyle("cell", body, fontSize=8.5, leading=11),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=SANS_BOLD, fontSize=8.5, leading=11),
        # Dates and references break between words only, never inside one ("2026-10-2" / "9").
        cell_whole=ParagraphStyle("cell_whole", body, fontSize=8.5, leading=11, splitLongWords=0),
        h1=ParagraphStyle(
            "h1",
            body,
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            body,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            body,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        title=ParagraphStyle(
            "title", body, fontName=SANS_BOLD, fontSize=24, leading=30, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", body, fontSize=13, leading=18, textColor=INK),
        big=ParagraphStyle(
            "big", body, fontName=SANS_BOLD, fontSize=30, leading=34, alignment=TA_CENTER
        ),
        caption=ParagraphStyle(
            "caption", body, fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_LEFT
        ),
        tile=ParagraphStyle(
            "tile", body, fontName=SANS_BOLD, fontSize=8.5, textColor=MUTED, alignment=TA_CENTER
        ),
        hash=ParagraphStyle("hash", body, fontSize=7.5, leading=10),
    )


def grid(header: bool = True) -> TableStyle:
    """Thin rules between rows, a shaded header row."""
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(commands)


def facts() -> TableStyle:
    """Label/value pairs: labels muted on the left, no header row."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ]
    )
