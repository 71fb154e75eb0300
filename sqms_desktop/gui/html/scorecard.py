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
from sqms_desktop.gui.models.partnership import money
from sqms_desktop.gui.models.scorecards import band_color, number
from sqms_desktop.performance.responsiveness import StageCheck
from sqms_desktop.queries.scorecards import Scorecard

# The links of the breakdowns; the page turns a click into a request for the records behind.
AUDIT_LINK, CAPA_LINK, DELIVERIES_LINK = "audit:", "capa:", "deliveries:"


def _weight(weight: int, effective: float, has_value: bool) -> str:
    if not has_value:
        return QCoreApplication.translate("ScorecardHtml", "{w} % (left out)").format(w=weight)
    if abs(effective - weight) < 0.05:
        return f"{weight} %"
    return QCoreApplication.translate("ScorecardHtml", "{w} % → {e} %").format(
        w=weight, e=number(effective)
    )


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def _late_html(late: Sequence[StageCheck]) -> str:
    lines = []
    for check in late:
        if check.accepted_on is None:
            said = QCoreApplication.translate(
                "ScorecardHtml",
                "{stage} due {due}, not accepted by the month's end ({n} days late)",
            )
        else:
            said = QCoreApplication.translate(
                "ScorecardHtml", "{stage} due {due}, accepted {on} ({n} days late)"
            )
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
            QCoreApplication.translate("ScorecardHtml", "{score} — band {band}").format(
                score=number(card.score), band=card.band.value
            ),
            band_color(card.band, colors) or colors.muted,
        )
    else:
        headline = badge_html(
            QCoreApplication.translate("ScorecardHtml", "No score: no part has data"), colors.muted
        )
    parts = table_html(
        [
            QCoreApplication.translate("ScorecardHtml", "Part"),
            QCoreApplication.translate("ScorecardHtml", "Value"),
            QCoreApplication.translate("ScorecardHtml", "Weight"),
            QCoreApplication.translate("ScorecardHtml", "Why"),
        ],
        [
            [
                f"<b>{escape(label(p.part))}</b>",
                escape(number(p.value) or QCoreApplication.translate("ScorecardHtml", "no data")),
                escape(_weight(p.weight, p.effective_weight, p.value is not None)),
                escape(p.explanation),
            ]
            for p in card.parts
        ],
        widths=[20, 8, 17, 55],
    )
    costs = ", ".join(money(cents, cur) for cur, cents in card.poor_quality_cost)
    targets = card.targets
    figures = facts_table(
        [
            (QCoreApplication.translate("ScorecardHtml", "Period"), escape(card.period)),
            (
                QCoreApplication.translate("ScorecardHtml", "Deliveries"),
                _link(f"{DELIVERIES_LINK}{card.supplier_id}:{card.period}", str(card.deliveries))
                if card.deliveries
                else QCoreApplication.translate("ScorecardHtml", "no deliveries"),
            ),
            (
                QCoreApplication.translate("ScorecardHtml", "Audit behind the score"),
                _link(AUDIT_LINK + card.audit_id, card.audit_reference or "")
                if card.audit_id
                else QCoreApplication.translate("ScorecardHtml", "never audited"),
            ),
            (
                QCoreApplication.translate("ScorecardHtml", "Cost of poor quality"),
                escape(costs or QCoreApplication.translate("ScorecardHtml", "none recorded")),
            ),
            (
                QCoreApplication.translate("ScorecardHtml", "Quality agreement"),
                escape(targets.agreement or QCoreApplication.translate("ScorecardHtml", "none")),
            ),
            (
                QCoreApplication.translate("ScorecardHtml", "PPM target"),
                escape(
                    QCoreApplication.translate("ScorecardHtml", "{t} ({source}); 0 at {c}").format(
                        t=targets.ppm_target,
                        source=QCoreApplication.translate("ScorecardHtml", "agreement")
                        if targets.ppm_target_from == "agreement"
                        else QCoreApplication.translate("ScorecardHtml", "default"),
                        c=targets.ppm_ceiling,
                    )
                ),
            ),
        ]
    )
    trend = (
        card.trend.explanation
        if card.trend
        else QCoreApplication.translate(
            "ScorecardHtml", "Fewer than three months with a score: no trend."
        )
    )
    flag = (
        badge_html(
            QCoreApplication.translate("ScorecardHtml", "Forecast to fall below its band."),
            colors.warning,
        )
        + " "
        if card.forecast_flag
        else ""
    )
    proposals = "".join(
        f"<p><b>{escape(label(p.kind))}</b>: {escape(p.explanation)}</p>" for p in card.proposals
    )
    return (
        f"<h2>{escape(card.code)} {escape(card.name)}</h2><p>{headline}</p>"
        + parts
        + section_html(QCoreApplication.translate("ScorecardHtml", "Figures"), figures)
        + section_html(
            QCoreApplication.translate("ScorecardHtml", "CAPA stages late"), _late_html(late)
        )
        + section_html(
            QCoreApplication.translate("ScorecardHtml", "Trend"), f"<p>{flag}{escape(trend)}</p>"
        )
        + section_html(QCoreApplication.translate("ScorecardHtml", "Proposals"), proposals)
    )
