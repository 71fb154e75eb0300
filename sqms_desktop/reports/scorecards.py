"""Supplier scorecards printed: a workbook (one row per supplier, ready to filter) or a PDF
(an overview table, then per supplier its parts with their sentences, the trend chart and the
proposals). Both read `queries/scorecards.scorecards` once; the same data give the same bytes.
Both are written in their settings' language (`reports/language.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress
from sqms_desktop.queries.scorecards import Scorecard, scorecard_settings, scorecards
from sqms_desktop.reports.document import Heading, PageFrame, build_pdf
from sqms_desktop.reports.fonts import markup, register_fonts
from sqms_desktop.reports.language import money, number, percent, printing
from sqms_desktop.reports.registers import Column, workbook_bytes
from sqms_desktop.reports.scorecard_chart import trend_chart
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.reports.styles import GRADE_COLOURS, MARGIN, Styles, facts, grid, make_styles
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import ScorecardPart, word

SUFFIXES = (".xlsx", ".pdf")


def _n(value: float | None, digits: int = 1) -> str:
    return translate("reports", "no data") if value is None else number(value, digits, grouped=True)


def _dash(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else number(value, digits, grouped=True)


def _cost(card: Scorecard) -> str:
    return ", ".join(money(cents, cur) for cur, cents in card.poor_quality_cost) or translate(
        "reports", "none"
    )


def _proposals(card: Scorecard) -> str:
    return "; ".join(f"{word(p.kind)}: {p.basis}" for p in card.proposals)


def workbook_rows(cards: Sequence[Scorecard]) -> tuple[list[Column], list[list[Any]]]:
    """The workbook's columns and rows in the language now in use."""
    parts = [word(p) for p in ScorecardPart]
    columns = [
        Column(translate("reports", "Supplier code"), 13),
        Column(translate("reports", "Supplier"), 28),
        Column(translate("reports", "Period"), 9),
        Column(translate("reports", "Score"), 8, number_format="0.0"),
        Column(translate("reports", "Band"), 6),
        *(Column(f"{name} (0–100)", 12, number_format="0.0") for name in parts),
        Column(translate("reports", "Deliveries"), 10),
        Column(translate("reports", "On time %"), 10, number_format="0.0"),
        Column(translate("reports", "PPM"), 10, number_format="#,##0"),
        Column(translate("reports", "Audit score"), 10, number_format="0.0"),
        Column(translate("reports", "Audit"), 16),
        Column(translate("reports", "CAPA stages on time"), 12),
        Column(translate("reports", "Mean days to containment"), 12, number_format="0.0"),
        Column(translate("reports", "Cost of poor quality"), 16),
        Column(translate("reports", "Forecast flag"), 9),
        Column(translate("reports", "Trend"), 50, wrap=True),
        Column(translate("reports", "Proposals"), 40, wrap=True),
        *(
            Column(translate("reports", "{part}: why").format(part=name), 50, wrap=True)
            for name in parts
        ),
    ]
    rows = [
        [
            c.code,
            c.name,
            c.period,
            c.score,
            c.band or "",
            *(p.value for p in c.parts),
            c.deliveries,
            c.on_time_pct,
            c.ppm,
            c.audit_score,
            c.audit_reference or "",
            translate("reports", "{on_time} of {due}").format(
                on_time=c.stages_on_time, due=c.stages_due
            )
            if c.stages_due
            else "",
            c.mean_days_to_containment,
            _cost(c),
            translate("reports", "yes") if c.forecast_flag else "",
            c.trend.explanation
            if c.trend
            else translate("reports", "fewer than 3 months with a score"),
            _proposals(c),
            *(p.explanation for p in c.parts),
        ]
        for c in cards
    ]
    return columns, rows


def scorecards_workbook(cards: Sequence[Scorecard], language: str = "en") -> bytes:
    """The workbook in `language`."""
    with printing(language):
        columns, rows = workbook_rows(cards)
        return workbook_bytes(translate("reports", "Scorecards"), columns, rows)


def _band_cell(card: Scorecard, styles: Styles) -> Paragraph:
    colour = GRADE_COLOURS.get(card.band or "", colors.black)
    text = f'<font color="{colour.hexval()}"><b>{card.band}</b></font>' if card.band else "–"
    return Paragraph(text, styles.cell)


def _overview(cards: Sequence[Scorecard], styles: Styles, width: float) -> list[Flowable]:
    head = [
        translate("reports", "Code"),
        translate("reports", "Supplier"),
        translate("reports", "Score"),
        translate("reports", "Band"),
        *(word(p) for p in ScorecardPart if p != ScorecardPart.RESPONSIVENESS),
        translate("reports", "Resp."),
        translate("reports", "Trend"),
    ]
    rows: list[list[Any]] = [[Paragraph(markup(h), styles.label) for h in head]]
    for c in cards:
        rows.append(
            [
                Paragraph(markup(c.code), styles.cell_whole),
                Paragraph(markup(c.name), styles.cell),
                Paragraph(_dash(c.score), styles.cell),
                _band_cell(c, styles),
                *(Paragraph(_dash(p.value, 0), styles.cell) for p in c.parts),
                Paragraph(
                    translate("reports", "falling below band") if c.forecast_flag else "",
                    styles.cell,
                ),
            ]
        )
    # Wide enough for the German headings (Klasse, Qualität, Lieferung) too.
    fixed = [0.11, 0.0, 0.09, 0.08, 0.1, 0.11, 0.08, 0.08, 0.14]
    widths = [width * f for f in fixed]
    widths[1] = width - sum(widths)
    return [Table(rows, colWidths=widths, style=grid(), repeatRows=1)]


def _supplier(
    card: Scorecard, styles: Styles, width: float, bounds: tuple[float, float]
) -> list[Flowable]:
    title = f"{card.code} {card.name}"
    score = (
        translate("reports", "{score} — band {band}").format(score=_n(card.score), band=card.band)
        if card.band
        else translate("reports", "no score (no data)")
    )
    figures = [
        (translate("reports", "Score"), score),
        (translate("reports", "Deliveries"), str(card.deliveries)),
        (
            translate("reports", "On time"),
            translate("reports", "no deliveries")
            if card.on_time_pct is None
            else percent(card.on_time_pct),
        ),
        (
            translate("reports", "PPM"),
            translate("reports", "nothing received")
            if card.ppm is None
            else number(card.ppm, 0, grouped=True),
        ),
        (
            translate("reports", "Audit"),
            f"{card.audit_reference}: {percent(card.audit_score or 0)}"
            if card.audit_reference
            else translate("reports", "never audited"),
        ),
        (translate("reports", "Cost of poor quality"), _cost(card)),
        (translate("reports", "Agreement"), card.targets.agreement or translate("reports", "none")),
    ]
    table = Table(
        [
            [Paragraph(markup(k), styles.label), Paragraph(markup(v), styles.cell)]
            for k, v in figures
        ],
        colWidths=[width * 0.25, width * 0.75],
        style=facts(),
    )
    parts: list[list[Any]] = [
        [
            Paragraph(h, styles.label)
            for h in (
                translate("reports", "Part"),
                translate("reports", "Value"),
                translate("reports", "Weight"),
                translate("reports", "Why"),
            )
        ]
    ]
    for p in card.parts:
        weight = (
            f"{p.weight} %"
            if p.effective_weight in (0, p.weight)
            else f"{p.weight} → {percent(p.effective_weight)}"
        )
        parts.append(
            [
                Paragraph(markup(word(p.part)), styles.cell_bold),
                Paragraph(_n(p.value), styles.cell),
                Paragraph(markup(weight), styles.cell),
                Paragraph(markup(p.explanation), styles.cell),
            ]
        )
    story: list[Flowable] = [
        Heading(title, styles.h2, level=1),
        table,
        Spacer(1, 6),
        Table(
            parts,
            colWidths=[width * f for f in (0.2, 0.09, 0.13, 0.58)],
            style=grid(),
            repeatRows=1,
        ),
        Spacer(1, 6),
        KeepTogether(
            [
                Paragraph(translate("reports", "Trend and forecast"), styles.h3),
                trend_chart(card.history, card.trend, bounds, width),
                Paragraph(
                    markup(
                        card.trend.explanation
                        if card.trend
                        else translate("reports", "Fewer than three months with a score: no trend.")
                    ),
                    styles.small,
                ),
            ]
        ),
    ]
    if card.proposals:
        story.append(Paragraph(translate("reports", "Proposals"), styles.h3))
        story += [
            Paragraph(markup(f"{word(p.kind)}: {p.explanation}"), styles.body)
            for p in card.proposals
        ]
    return story


def scorecards_pdf(
    cards: Sequence[Scorecard], period: str, bounds: tuple[float, float], settings: ReportSettings
) -> bytes:
    with printing(settings.language):
        return _pdf(cards, period, bounds, settings)


def _pdf(
    cards: Sequence[Scorecard], period: str, bounds: tuple[float, float], settings: ReportSettings
) -> bytes:
    register_fonts()
    styles = make_styles()
    width = settings.page[0] - 2 * MARGIN
    story: list[Flowable] = [
        Heading(
            translate("reports", "Supplier scorecards {period}").format(period=period), styles.h1
        ),
        Paragraph(
            markup(
                plural(
                    len(cards),
                    translate("reports", "{n} supplier"),
                    translate("reports", "{n} suppliers"),
                ).format(n=len(cards))
                + translate(
                    "reports",
                    "; each part is 0–100 (Resp.: CAPA responsiveness), weighted as shown per "
                    "supplier; a part without data (–) is left out and the others' weights "
                    "scaled up.",
                )
            ),
            styles.small,
        ),
        Spacer(1, 6),
        *_overview(cards, styles, width),
    ]
    for card in cards:
        story += _supplier(card, styles, width, bounds)
    return build_pdf(
        story,
        pagesize=settings.page,
        frame=PageFrame(
            header_left=settings.company_name or translate("reports", "Supplier scorecards"),
            header_right=translate("reports", "Scorecards {period}").format(period=period),
            footer_left="SQMS Desktop",
            footer_centre=period,
        ),
        title=translate("reports", "Supplier scorecards {period}").format(period=period),
        author="SQMS Desktop",
        subject=translate("reports", "Supplier scorecards for {period}").format(period=period),
        progress=Progress(),
    )


def write_scorecards(
    store: Store,
    path: Path,
    period: str,
    *,
    supplier_id: str | None = None,
    today: dt.date | None = None,
    settings: ReportSettings | None = None,
) -> int:
    """Write the scorecards of `period` to an .xlsx or .pdf (by the file's suffix), atomically;
    returns how many suppliers were written. The store's own files are refused first."""
    refuse_store_path(store.url, path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        if suffix:
            text = translate(
                "reports", "{path}: the scorecards are written as .xlsx or .pdf, not {suffix}"
            )
        else:
            text = translate(
                "reports",
                "{path}: the scorecards are written as .xlsx or .pdf, not a file without a suffix",
            )
        raise ValidationError(text.format(path=path, suffix=suffix))
    settings = settings or ReportSettings()
    # The scorecards' sentences are made while they are read: in the report's language.
    with printing(settings.language), store.session() as session:
        cards = scorecards(session, period, supplier_id, today=today)
        bands = scorecard_settings(session).bands
    if suffix == ".xlsx":
        data = scorecards_workbook(cards, settings.language)
    else:
        data = scorecards_pdf(
            cards,
            period,
            (bands.a_from, bands.b_from),
            with_store(settings, store),
        )
    write_atomically(path, data)
    return len(cards)
