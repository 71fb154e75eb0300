"""The minutes of a supplier review as a PDF, in the audit report's style (same fonts, page
frame, "Page N of M", escaped user text, byte-identical output for the same data): the review's
facts, the scorecard snapshot as it stood, topics, minutes, agreed actions and the signature
block with each signature's printed name, time with zone, meaning and whether it still holds.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import NotFoundError
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.queries.supplier_reviews import ReviewRow, review, review_signatures
from sqms_desktop.reports.document import Heading, PageFrame, build_pdf
from sqms_desktop.reports.fonts import markup, register_fonts
from sqms_desktop.reports.sections import day, human, signed_time
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.reports.styles import MARGIN, Styles, facts, grid, make_styles
from sqms_desktop.store.engine import Store


def _money(cents: int, currency: str) -> str:
    return f"{cents // 100:,}.{cents % 100:02d} {currency}"


def scorecard_lines(snapshot: dict[str, Any]) -> list[tuple[str, str]]:
    """The snapshot as label/value lines (the GUI shows the same words)."""
    if not snapshot:
        return [("Scorecard", "no snapshot")]
    deliveries = int(snapshot.get("deliveries") or 0)
    lines = [("Period", str(snapshot.get("period", "")))]
    if deliveries:
        lines += [
            ("Deliveries", f"{deliveries} ({snapshot.get('on_time', 0)} on time)"),
            ("On-time delivery", f"{snapshot.get('on_time_pct')} %"),
            (
                "PPM",
                f"{snapshot.get('ppm'):,.0f} ({snapshot.get('rejected_qty', 0):,} of "
                f"{snapshot.get('received_qty', 0):,} rejected)",
            ),
            ("Complaints", str(snapshot.get("complaints", 0))),
        ]
    else:
        lines.append(("Deliveries", "no deliveries"))
    for name in ("score", "band"):  # the scorecard's own result, where the snapshot has it
        if snapshot.get(name) is not None:
            lines.append((name.capitalize(), str(snapshot[name])))
    audit = snapshot.get("audit")
    lines.append(
        (
            "Latest audit",
            "none with a score"
            if not audit
            else f"{audit['reference']} ({audit['date']}): {audit['score']:.1f} %"
            + (f", grade {audit['grade']}" if audit.get("grade") else ""),
        )
    )
    capas = snapshot.get("open_capas") or []
    lines.append(("Open CAPAs", f"{len(capas)}: {', '.join(capas)}" if capas else "none"))
    costs = snapshot.get("poor_quality_cost_cents") or {}
    lines.append(
        (
            "Cost of poor quality",
            "; ".join(_money(c, cur) for cur, c in sorted(costs.items())) if costs else "none",
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
            Heading("Supplier review", self.s.title, outline=f"Supplier review {day(r.held_on)}"),
            Paragraph(markup(f"{r.supplier_name} ({r.supplier_code})"), self.s.subtitle),
            Spacer(1, 6 * mm),
            self.facts(
                [
                    ("Held on", day(r.held_on)),
                    ("Period reviewed", r.period),
                    ("Attendees", "; ".join(r.attendees)),
                    ("Status", human(r.status)),
                ]
            ),
            Heading("Scorecard at the review", self.s.h2, 1),
            self.facts(scorecard_lines(r.scorecard)),
            Heading("Topics", self.s.h2, 1),
            *[self.p(line) for line in (r.topics.splitlines() or [""])],
            Heading("Minutes", self.s.h2, 1),
            *[self.p(line) for line in (r.minutes.splitlines() or [""]) if line.strip()],
            Heading("Agreed actions", self.s.h2, 1),
        ]
        if r.actions:
            story.append(
                self.table(
                    ["Action", "Owner", "Due", "Done"],
                    [[a.description, a.owner, day(a.due), day(a.done_on)] for a in r.actions],
                    [0.52, 0.2, 0.14, 0.14],
                )
            )
        else:
            story.append(self.p("No actions agreed."))
        story.append(Heading("Signatures", self.s.h2, 1))
        if self.checks:
            story.append(
                self.table(
                    ["Signed by", "Meaning", "Time", "Valid"],
                    [
                        [
                            c.printed_name,
                            human(c.meaning),
                            signed_time(c),
                            "yes" if c.valid else f"NO: {c.problem}",
                        ]
                        for c in self.checks
                    ],
                    [0.3, 0.16, 0.28, 0.26],
                )
            )
        else:
            story.append(self.p("Not signed: these minutes are a draft."))
        return story


def render_review(row: ReviewRow, checks: list[SignatureCheck], settings: ReportSettings) -> bytes:
    register_fonts()
    styles = make_styles()
    width = settings.page[0] - 2 * MARGIN
    digest = hashlib.sha256(canonical_json(as_json(row)).encode("utf-8")).hexdigest()
    return build_pdf(
        _Story(row, checks, styles, width).flow(settings.client),
        pagesize=settings.page,
        frame=PageFrame(
            header_left=settings.company_name or "Supplier review",
            header_right=f"Supplier review {row.supplier_code} {day(row.held_on)}",
            footer_left=f"{row.supplier_code} {row.supplier_name}",
            footer_centre=f"{human(row.status)} · SHA-256 {digest[:12]}…",
        ),
        title=f"Supplier review {row.supplier_code} {day(row.held_on)}",
        author=", ".join(row.attendees),
        subject=f"Supplier review of {row.supplier_name}, period {row.period}",
        progress=Progress(),
    )


def supplier_review_pdf(store: Store, review_id: str, settings: ReportSettings) -> bytes:
    settings = with_store(settings, store)
    with store.session() as session:
        row = review(session, review_id)
        if row is None:
            raise NotFoundError(f"no supplier review with id {review_id}")
        checks = review_signatures(session, review_id)
    return render_review(row, checks, settings)


def write_supplier_review(
    store: Store, review_id: str, path: Path, settings: ReportSettings
) -> Path:
    refuse_store_path(store.url, path)
    return write_atomically(path, supplier_review_pdf(store, review_id, settings))
