"""A supplier's scorecard as the detail pane shows it: the score and band, each part's value,
weight and why, the figures and targets behind them, the trend and the proposals. Every piece
of text from the store is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, table_html
from sqms_desktop.gui.models.scorecards import band_color, number
from sqms_desktop.performance.responsiveness import StageCheck
from sqms_desktop.queries.scorecards import Scorecard

# The links of the breakdowns; the page turns a click into a request for the records behind.
AUDIT_LINK, CAPA_LINK, DELIVERIES_LINK = "audit:", "capa:", "deliveries:"


def _tr(text: str) -> str:
    return QCoreApplication.translate("scorecard", text)


def _weight(weight: int, effective: float, has_value: bool) -> str:
    if not has_value:
        return _tr("{w} % (left out)").format(w=weight)
    if abs(effective - weight) < 0.05:
        return f"{weight} %"
    return _tr("{w} % → {e} %").format(w=weight, e=number(effective))


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def _late_html(late: Sequence[StageCheck]) -> str:
    lines = []
    for check in late:
        if check.accepted_on is None:
            said = _tr("{stage} due {due}, not accepted by the month's end ({n} days late)")
        else:
            said = _tr("{stage} due {due}, accepted {on} ({n} days late)")
        text = said.format(
            stage=label(check.stage),
            due=check.due.isoformat(),
            on=check.accepted_on.isoformat() if check.accepted_on else "",
            n=check.days_late,
        )
        lines.append(
            f"<li>{_link(CAPA_LINK + check.capa_id, check.reference)}: {escape(text)}</li>"
        )
    return f"<ul>{''.join(lines)}</ul>" if lines else ""


def scorecard_html(card: Scorecard, colors: Colors, late: Sequence[StageCheck] = ()) -> str:
    """The card; `late`: the CAPA stages the responsiveness part counted late (linked)."""
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
            (
                _tr("Deliveries"),
                _link(f"{DELIVERIES_LINK}{card.supplier_id}:{card.period}", str(card.deliveries))
                if card.deliveries
                else _tr("no deliveries"),
            ),
            (
                _tr("Audit behind the score"),
                _link(AUDIT_LINK + card.audit_id, card.audit_reference or "")
                if card.audit_id
                else _tr("never audited"),
            ),
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
        + section_html(_tr("CAPA stages late"), _late_html(late))
        + section_html(_tr("Trend"), f"<p>{flag}{escape(trend)}</p>")
        + section_html(_tr("Proposals"), proposals)
    )
