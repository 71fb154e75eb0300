"""The minutes of a supplier review as a PDF, in the audit report's style (same fonts, page
frame, "Page N of M", escaped user text, byte-identical output for the same data): the review's
facts, the scorecard snapshot as it stood, topics, minutes, agreed actions and the signature
block with each signature's printed name, time with zone, meaning and whether it still holds.
Printed in its settings' language (`reports/language.py`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.queries.supplier_reviews import ReviewRow, review, review_signatures
from sqms_desktop.reports.document import Heading, PageFrame, build_pdf
from sqms_desktop.reports.fonts import markup, register_fonts
from sqms_desktop.reports.language import day, integer, money, number, printing
from sqms_desktop.reports.sections import human, signed_time
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.reports.styles import MARGIN, Styles, facts, grid, make_styles
from sqms_desktop.store.engine import Store


def _snapshot_day(text: str) -> str:
    """A date kept in the snapshot as ISO text, as the report's language writes it."""
    try:
        return day(dt.date.fromisoformat(text))
    except (TypeError, ValueError):
        return str(text)


def _figure(value: Any) -> str:
    """A figure kept in the snapshot (a number, or text from an older snapshot)."""
    return number(value, 1) if isinstance(value, float) else str(value)


def scorecard_lines(snapshot: dict[str, Any]) -> list[tuple[str, str]]:
    """The snapshot as label/value lines in the language now in use (the GUI shows the same
    words)."""
    if not snapshot:
        return [(translate("reports", "Scorecard"), translate("reports", "no snapshot"))]
    deliveries = int(snapshot.get("deliveries") or 0)
    lines = [(translate("reports", "Period"), str(snapshot.get("period", "")))]
    if deliveries:
        lines += [
            (
                translate("reports", "Deliveries"),
                translate("reports", "{deliveries} ({on_time} on time)").format(
                    deliveries=deliveries, on_time=snapshot.get("on_time", 0)
                ),
            ),
            (translate("reports", "On-time delivery"), f"{_figure(snapshot.get('on_time_pct'))} %"),
            (
                translate("reports", "PPM"),
                translate("reports", "{ppm} ({rejected} of {received} rejected)").format(
                    ppm=number(snapshot.get("ppm") or 0, 0, grouped=True),
                    rejected=integer(snapshot.get("rejected_qty", 0)),
                    received=integer(snapshot.get("received_qty", 0)),
                ),
            ),
            (translate("reports", "Complaints"), str(snapshot.get("complaints", 0))),
        ]
    else:
        lines.append((translate("reports", "Deliveries"), translate("reports", "no deliveries")))
    # the scorecard's own result, where the snapshot has it
    for name, title in (
        ("score", translate("reports", "Score")),
        ("band", translate("reports", "Band")),
    ):
        if snapshot.get(name) is not None:
            lines.append((title, _figure(snapshot[name])))
    audit = snapshot.get("audit")
    if audit:
        latest = translate("reports", "{reference} ({date}): {score} %").format(
            reference=audit["reference"],
            date=_snapshot_day(audit["date"]),
            score=number(audit["score"], 1),
        )
        if audit.get("grade"):
            latest += translate("reports", ", grade {grade}").format(grade=audit["grade"])
    else:
        latest = translate("reports", "none with a score")
    lines.append((translate("reports", "Latest audit"), latest))
    capas = snapshot.get("open_capas") or []
    lines.append(
        (
            translate("reports", "Open CAPAs"),
            f"{len(capas)}: {', '.join(capas)}" if capas else translate("reports", "none"),
        )
    )
    costs = snapshot.get("poor_quality_cost_cents") or {}
    lines.append(
        (
            translate("reports", "Cost of poor quality"),
            "; ".join(money(c, cur) for cur, c in sorted(costs.items()))
            if costs
            else translate("reports", "none"),
        )
    )
    return lines


class _Story:
    def __init__(self, row: ReviewRow, checks: list[SignatureCheck], s: Styles, width: float):
        self.r, self.checks, self.s, self.width = row, checks, s, width

    def p(self, text: str | None, style: Any = None) -> Paragraph:
        return Paragraph(markup(text or "—"), style or self.s.body)

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        cells = [[self.p(k, self.s.label), self.p(v)] for k, v in rows]
        table = Table(cells, colWidths=[48 * mm, self.width - 48 * mm], hAlign="LEFT")
        table.setStyle(facts())
        return table

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[self.p(h, self.s.cell_bold) for h in header]]
        cells += [[self.p(v, self.s.cell) for v in row] for row in rows]
        table = Table(cells, colWidths=[w * self.width for w in widths], repeatRows=1)
        table.setStyle(grid())
        return table

    def flow(self, company: str) -> list[Flowable]:
        r = self.r
        story: list[Flowable] = [Paragraph(markup(company), self.s.subtitle)] if company else []
        story += [
            Spacer(1, 6 * mm),
            Heading(
                translate("reports", "Supplier review"),
                self.s.title,
                outline=translate("reports", "Supplier review {date}").format(date=day(r.held_on)),
            ),
            Paragraph(markup(f"{r.supplier_name} ({r.supplier_code})"), self.s.subtitle),
            Spacer(1, 6 * mm),
            self.facts(
                [
                    (translate("reports", "Held on"), day(r.held_on)),
                    (translate("reports", "Period reviewed"), r.period),
                    (translate("reports", "Attendees"), "; ".join(r.attendees)),
                    (translate("reports", "Status"), human(r.status)),
                ]
            ),
            Heading(translate("reports", "Scorecard at the review"), self.s.h2, 1),
            self.facts(scorecard_lines(r.scorecard)),
            Heading(translate("reports", "Topics"), self.s.h2, 1),
            *[self.p(line) for line in (r.topics.splitlines() or [""])],
            Heading(translate("reports", "Minutes"), self.s.h2, 1),
            *[self.p(line) for line in (r.minutes.splitlines() or [""]) if line.strip()],
            Heading(translate("reports", "Agreed actions"), self.s.h2, 1),
        ]
        if r.actions:
            story.append(
                self.table(
                    [
                        translate("reports", "Action"),
                        translate("reports", "Owner"),
                        translate("reports", "Due"),
                        translate("reports", "Done"),
                    ],
                    [[a.description, a.owner, day(a.due), day(a.done_on)] for a in r.actions],
                    [0.52, 0.2, 0.14, 0.14],
                )
            )
        else:
            story.append(self.p(translate("reports", "No actions agreed.")))
        story.append(Heading(translate("reports", "Signatures"), self.s.h2, 1))
        if self.checks:
            story.append(
                self.table(
                    [
                        translate("reports", "Signed by"),
                        translate("reports", "Meaning"),
                        translate("reports", "Time"),
                        translate("reports", "Valid"),
                    ],
                    [
                        [
                            c.printed_name,
                            human(c.meaning),
                            signed_time(c),
                            translate("reports", "yes")
                            if c.valid
                            else translate("reports", "NO: {problem}").format(problem=c.problem),
                        ]
                        for c in self.checks
                    ],
                    [0.3, 0.16, 0.28, 0.26],
                )
            )
        else:
            story.append(self.p(translate("reports", "Not signed: these minutes are a draft.")))
        return story


def render_review(row: ReviewRow, checks: list[SignatureCheck], settings: ReportSettings) -> bytes:
    with printing(settings.language):
        return _render(row, checks, settings)


def _render(row: ReviewRow, checks: list[SignatureCheck], settings: ReportSettings) -> bytes:
    register_fonts()
    styles = make_styles()
    width = settings.page[0] - 2 * MARGIN
    digest = hashlib.sha256(canonical_json(as_json(row)).encode("utf-8")).hexdigest()
    return build_pdf(
        _Story(row, checks, styles, width).flow(settings.client),
        pagesize=settings.page,
        frame=PageFrame(
            header_left=settings.company_name or translate("reports", "Supplier review"),
            header_right=translate("reports", "Supplier review {code} {date}").format(
                code=row.supplier_code, date=day(row.held_on)
            ),
            footer_left=f"{row.supplier_code} {row.supplier_name}",
            footer_centre=f"{human(row.status)} · SHA-256 {digest[:12]}…",
        ),
        title=translate("reports", "Supplier review {code} {date}").format(
            code=row.supplier_code, date=day(row.held_on)
        ),
        author=", ".join(row.attendees),
        subject=translate("reports", "Supplier review of {supplier}, period {period}").format(
            supplier=row.supplier_name, period=row.period
        ),
        progress=Progress(),
    )


def supplier_review_pdf(store: Store, review_id: str, settings: ReportSettings) -> bytes:
    settings = with_store(settings, store)
    with printing(settings.language), store.session() as session:
        row = review(session, review_id)
        if row is None:
            raise NotFoundError(
                translate("reports", "no supplier review with id {review_id}").format(
                    review_id=review_id
                )
            )
        checks = review_signatures(session, review_id)
    return render_review(row, checks, settings)


def write_supplier_review(
    store: Store, review_id: str, path: Path, settings: ReportSettings
) -> Path:
    refuse_store_path(store.url, path)
    return write_atomically(path, supplier_review_pdf(store, review_id, settings))
