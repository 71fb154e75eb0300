"""A supplier's scorecard as the detail pane shows it: the score and band, each part's value,
weight and why, the figures and targets behind them, the trend and the proposals. Every piece
of text from the store is escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, table_html
from sqms_desktop.gui.models.scorecards import band_color, number
from sqms_desktop.queries.scorecards import Scorecard


def _tr(text: str) -> str:
    return QCoreApplication.translate("scorecard", text)


def _weight(weight: int, effective: float, has_value: bool) -> str:
    if not has_value:
        return _tr("{w} % (left out)").format(w=weight)
    if abs(effective - weight) < 0.05:
        return f"{weight} %"
    return _tr("{w} % → {e} %").format(w=weight, e=number(effective))


def scorecard_html(card: Scorecard, colors: Colors) -> str:
    if card.band is not None:
        headline = badge_html(
            _tr("{score} — band {band}").format(score=number(card.score), band=card.band.value),
            band_color(card.band, colors) or colors.muted,
        )
    else:
        headline = badge_html(_tr("No score: no part has data"), colors.muted)
    parts = table_html(
        [_tr("Part"), _tr("Value"), _tr("Weight"), _tr("Why")],
        [
            [
                f"<b>{escape(label(p.part))}</b>",
                escape(number(p.value) or _tr("no data")),
                escape(_weight(p.weight, p.effective_weight, p.value is not None)),
                escape(p.explanation),
            ]
            for p in card.parts
        ],
        widths=[16, 9, 14, 61],
    )
    costs = ", ".join(f"{cents / 100:,.2f} {cur}" for cur, cents in card.poor_quality_cost)
    targets = card.targets
    figures = facts_table(
        [
            (_tr("Period"), escape(card.period)),
            (_tr("Deliveries"), str(card.deliveries) if card.deliveries else _tr("no deliveries")),
            (_tr("Audit"), escape(card.audit_reference or _tr("never audited"))),
            (_tr("Cost of poor quality"), escape(costs or _tr("none recorded"))),
            (_tr("Quality agreement"), escape(targets.agreement or _tr("none"))),
            (
                _tr("PPM target"),
                escape(
                    _tr("{t} ({source}); 0 at {c}").format(
                        t=targets.ppm_target,
                        source=_tr("agreement")
                        if targets.ppm_target_from == "agreement"
                        else _tr("default"),
                        c=targets.ppm_ceiling,
                    )
                ),
            ),
        ]
    )
    trend = (
        card.trend.explanation
        if card.trend
        else _tr("Fewer than three months with a score: no trend.")
    )
    flag = (
        badge_html(_tr("Forecast to fall below its band."), colors.warning) + " "
        if card.forecast_flag
        else ""
    )
    proposals = "".join(
        f"<p><b>{escape(label(p.kind))}</b>: {escape(p.explanation)}</p>" for p in card.proposals
    )
    return (
        f"<h2>{escape(card.code)} {escape(card.name)}</h2><p>{headline}</p>"
        + parts
        + section_html(_tr("Figures"), figures)
        + section_html(_tr("Trend"), f"<p>{flag}{escape(trend)}</p>")
        + section_html(_tr("Proposals"), proposals)
    )
