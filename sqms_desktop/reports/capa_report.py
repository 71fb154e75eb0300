"""The 8D report of a CAPA / SCAR as a PDF, in the audit report's style (same fonts, page
frame, "Page N of M", bookmarks, escaped user text, byte-identical output for the same data).

The fishbone diagram is drawn on the canvas with the shared geometry of
`sqms_desktop.capa.fishbone`, with the same per-character font fallback as the text. The report
is read and printed in its settings' language (`reports/language.py`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from sqms_desktop.canonical import canonical_json
from sqms_desktop.capa.content import STEP_FIELDS, STEPS, field_label, six_m_name, step_title
from sqms_desktop.capa.fishbone import layout
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress, ProgressCallback
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.queries.common import as_json
from sqms_desktop.reports.document import Heading, PageFrame, build_pdf
from sqms_desktop.reports.fonts import SANS_BOLD, draw_text, fit, markup, register_fonts
from sqms_desktop.reports.language import day, integer, printing
from sqms_desktop.reports.sections import human
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.reports.styles import ACCENT, INK, MARGIN, MUTED, Styles, facts, grid, make_styles
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import CapaState, Effectiveness

ALERT = colors.HexColor("#b42318")
GOOD = colors.HexColor("#2f7d32")
FISHBONE_HEIGHT = 78 * mm


class FishboneFlowable(Flowable):
    """The Ishikawa diagram: six bones on a spine to the effect's box."""

    def __init__(self, width: float, effect: str, causes: dict[str, list[str]]) -> None:
        super().__init__()
        self.width = width
        self.height = FISHBONE_HEIGHT
        self.effect = effect
        self.causes = causes

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        shape = layout(self.width, self.height, self.causes)
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.6)
        x0, x1, y = shape.spine
        c.line(x0, y, x1, y)
        hx, hy, hw, hh = shape.head
        c.setFillColor(colors.HexColor("#eef2f7"))
        c.rect(hx, hy, hw, hh, fill=1, stroke=1)
        c.setFillColor(INK)
        words = self.effect.split()
        lines: list[str] = []
        for word in words:
            if lines and len(lines[-1]) + len(word) < 26:
                lines[-1] += " " + word
            else:
                lines.append(word)
        lines = lines[:6]
        top = hy + hh / 2 + len(lines) * 4.5 - 7
        for n, text in enumerate(lines):
            draw_text(
                c,
                hx + hw / 2,
                top - n * 9,
                fit(text, 7.5, hw - 8, SANS_BOLD),
                7.5,
                base=SANS_BOLD,
                align="centre",
            )
        for bone in shape.bones:
            c.setStrokeColor(ACCENT)
            c.setLineWidth(1)
            c.line(*bone.outer, *bone.inner)
            c.setFillColor(ACCENT)
            draw_text(
                c,
                bone.outer[0],
                bone.label_y,
                six_m_name(bone.category),
                8,
                base=SANS_BOLD,
                align="centre",
            )
            c.setFillColor(INK)
            for x, ty, text in bone.causes:
                draw_text(c, x, ty, fit(text, 6.8, shape.cause_width), 6.8, align="right")
            if bone.more:
                c.setFillColor(MUTED)
                last_y = bone.causes[-1][1] if bone.causes else bone.label_y
                step = -11 if bone.outer[1] > y else 11
                draw_text(
                    c,
                    bone.causes[-1][0] if bone.causes else bone.outer[0],
                    last_y + step,
                    translate("reports", "+{n} more").format(n=bone.more),
                    6.5,
                    align="right",
                )
        c.restoreState()


class _Story:
    def __init__(self, detail: CapaDetail, s: Styles, width: float) -> None:
        self.d = detail
        self.s = s
        self.width = width

    def p(self, text: str | None, style: object | None = None, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text or "—", bold=bold), style or self.s.body)  # type: ignore[arg-type]

    def facts(self, rows: list[tuple[str, str]], alert: str = "") -> Table:
        """Label/value rows; the row labelled `alert` prints in red (an overdue state)."""
        red = self.s.body.clone("alert", textColor=ALERT)
        cells = [[self.p(k, self.s.label), self.p(v, red if k == alert else None)] for k, v in rows]
        table = Table(cells, colWidths=[48 * mm, self.width - 48 * mm], hAlign="LEFT")
        table.setStyle(facts())
        return table

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        *,
        whole: tuple[int, ...] = (),
    ) -> Table:
        """A grid; the columns in `whole` (dates, references) never break inside a value."""
        cells = [[self.p(h, self.s.cell_bold) for h in header]]
        cells += [
            [self.p(v, self.s.cell_whole if n in whole else self.s.cell) for n, v in enumerate(row)]
            for row in rows
        ]
        table = Table(
            cells, colWidths=[w * self.width for w in widths], repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(grid())
        return table

    def cover(self, company: str) -> list[Flowable]:
        d, r = self.d, self.d.row
        state = human(r.state) + (
            translate("reports", ", overdue ({stage})").format(stage=human(r.overdue_stage))
            if r.overdue_stage
            else ""
        )
        state_label = translate("reports", "State")
        rows = [
            (translate("reports", "Supplier"), f"{r.supplier_name} ({r.supplier_code})"),
            (translate("reports", "Title"), r.title),
            (translate("reports", "Type"), f"{human(r.type)} {'SCAR' if r.is_scar else 'CAPA'}"),
            (
                translate("reports", "Source"),
                human(r.source) + (f" {d.source_reference}" if d.source_reference else ""),
            ),
            (
                translate("reports", "Safety critical"),
                translate("reports", "yes (24 h containment)")
                if d.safety_critical
                else translate("reports", "no"),
            ),
            (translate("reports", "Owner"), r.owner),
            (translate("reports", "Issued"), day(r.issued_on)),
            (state_label, state),
            (
                translate("reports", "Pending rejection"),
                r.rejection or translate("reports", "none"),
            ),
        ]
        if r.state == CapaState.CANCELLED:
            rows.append((translate("reports", "Cancelled because"), d.cancel_reason))
        table = self.facts(rows, alert=state_label if r.overdue_stage else "")
        story: list[Flowable] = [Paragraph(markup(company), self.s.subtitle)] if company else []
        story += [
            Spacer(1, 6 * mm),
            Heading(
                translate("reports", "8D report"),
                self.s.title,
                outline=translate("reports", "8D report {reference}").format(reference=r.reference),
            ),
            Paragraph(markup(r.reference), self.s.subtitle),
            Spacer(1, 6 * mm),
            table,
            # Under the facts, not in a table cell: a long description may run over pages.
            Paragraph(translate("reports", "Problem description"), self.s.h3),
            self.p(d.problem_description),
        ]
        return story

    def timeline(self) -> list[Flowable]:
        rows = [
            [
                human(s.stage),
                day(s.due),
                day(s.reached_on),
                human(s.status),
                str(s.rejections or ""),
            ]
            for s in self.d.timeline
        ]
        table = self.table(
            [
                translate("reports", "Stage"),
                translate("reports", "Due"),
                translate("reports", "Reached"),
                translate("reports", "Status"),
                translate("reports", "Rejected"),
            ],
            rows,
            [0.28, 0.18, 0.18, 0.2, 0.16],
            whole=(1, 2),
        )
        for n, line in enumerate(self.d.timeline, start=1):
            if line.status == "overdue":
                table.setStyle([("BACKGROUND", (0, n), (-1, n), colors.HexColor("#fde8e6"))])
        story: list[Flowable] = [
            Heading(translate("reports", "Stage timeline"), self.s.h2, 1),
            table,
        ]
        if self.d.findings:
            story += [
                Heading(translate("reports", "Findings answered"), self.s.h2, 1),
                self.table(
                    [
                        translate("reports", "Finding"),
                        translate("reports", "Class"),
                        translate("reports", "Statement"),
                        translate("reports", "Requirement"),
                    ],
                    [
                        [f.reference, human(f.finding_class), f.statement, f.requirement]
                        for f in self.d.findings
                    ],
                    [0.22, 0.17, 0.41, 0.2],
                    whole=(0,),
                ),
            ]
        return story

    def steps(self) -> list[Flowable]:
        story: list[Flowable] = []
        for step in STEPS:
            content = self.d.steps[step]
            story.append(Heading(step_title(step), self.s.h1, 0))
            if step == "d1":
                team = content["team"]
                story.append(
                    self.table(
                        [translate("reports", "Name"), translate("reports", "Role")],
                        [[m["name"], m["role"]] for m in team],
                        [0.5, 0.5],
                    )
                    if team
                    else self.p(translate("reports", "No team named yet."))
                )
                continue
            if step == "d4":
                story += self._d4(content)
            else:
                rows = [(field_label(spec), content[spec.key]) for spec in STEP_FIELDS[step]]
                story.append(self.facts(rows))
            story += self._actions(step.upper())
        return story

    def _d4(self, content: dict[str, object]) -> list[Flowable]:
        story: list[Flowable] = []
        for chain, cause, title in (
            ("occurrence_whys", "occurrence_root_cause", translate("reports", "Why did it occur?")),
            (
                "non_detection_whys",
                "non_detection_root_cause",
                translate("reports", "Why was it not detected?"),
            ),
        ):
            whys = list(content[chain])  # type: ignore[call-overload]
            rows = [
                (translate("reports", "Why {n}").format(n=n), text)
                for n, text in enumerate(whys, start=1)
            ]
            rows.append((translate("reports", "Root cause"), str(content[cause])))
            story += [Heading(title, self.s.h3, 1), self.facts(rows)]
        story += [
            self.facts([(translate("reports", "Escape point"), str(content["escape_point"]))])
        ]
        causes = content["ishikawa"]
        assert isinstance(causes, dict)
        effect = self.d.steps["d2"]["what"] or self.d.row.title
        # The heading and its diagram as one block: a heading never stands alone at a page end.
        story.append(
            KeepTogether(
                [
                    Heading(translate("reports", "Ishikawa (6M)"), self.s.h3, 1),
                    FishboneFlowable(self.width, effect, causes),
                    Spacer(1, 2 * mm),
                ]
            )
        )
        return story

    def _actions(self, step: str) -> list[Flowable]:
        actions = self.d.actions_of(step)
        if not actions:
            return []
        if step == "D3":
            header = [
                translate("reports", "Containment action"),
                translate("reports", "Owner"),
                translate("reports", "Due"),
                translate("reports", "Done"),
                translate("reports", "Quantity"),
                translate("reports", "Result"),
            ]
            rows = [
                [
                    a.description,
                    a.owner,
                    day(a.due),
                    day(a.done_on),
                    "" if a.quantity is None else integer(a.quantity),
                    a.evidence,
                ]
                for a in actions
            ]
            widths = [0.27, 0.14, 0.13, 0.13, 0.11, 0.22]
        else:
            header = [
                translate("reports", "Action"),
                translate("reports", "Owner"),
                translate("reports", "Due"),
                translate("reports", "Done"),
                translate("reports", "Validation"),
                translate("reports", "Evidence"),
            ]
            rows = [
                [
                    a.description,
                    a.owner,
                    day(a.due),
                    day(a.done_on),
                    a.validation,
                    "\n".join(
                        [a.evidence]
                        + [f"{name} (SHA-256 {sha[:12]}…)" for _, name, sha in a.attachments]
                    ).strip(),
                ]
                for a in actions
            ]
            widths = [0.26, 0.13, 0.13, 0.13, 0.17, 0.18]
        return [Spacer(1, 2 * mm), self.table(header, rows, widths, whole=(2, 3))]

    def decisions(self) -> list[Flowable]:
        d = self.d
        story: list[Flowable] = [
            Heading(translate("reports", "Decisions and effectiveness"), self.s.h1, 0)
        ]
        if d.reviews:
            story.append(
                self.table(
                    [
                        translate("reports", "Date"),
                        translate("reports", "Stage"),
                        translate("reports", "Decision"),
                        translate("reports", "By"),
                        translate("reports", "Reason"),
                    ],
                    [
                        [
                            day(v.decided_on),
                            human(v.stage),
                            human(v.decision),
                            v.decided_by,
                            v.reason,
                        ]
                        for v in d.reviews
                    ],
                    [0.13, 0.17, 0.14, 0.16, 0.4],
                    whole=(0,),
                )
            )
        checked = d.row.effectiveness in (Effectiveness.EFFECTIVE, Effectiveness.NOT_EFFECTIVE)
        result = human(d.row.effectiveness) if checked else translate("reports", "Not checked yet")
        story += [
            Spacer(1, 3 * mm),
            self.facts(
                [
                    (translate("reports", "Effectiveness check due"), day(d.effectiveness_due)),
                    (translate("reports", "Criterion"), d.effectiveness_criterion),
                    (
                        translate("reports", "Result"),
                        result
                        + (
                            f" ({day(d.effectiveness_checked_on)})"
                            if d.effectiveness_checked_on
                            else ""
                        ),
                    ),
                    (translate("reports", "Note"), d.effectiveness_note),
                ]
            ),
        ]
        return story


def capa_report_pdf(
    store: Store,
    capa_id: str,
    settings: ReportSettings,
    *,
    today: dt.date,
    progress: Progress | ProgressCallback | None = None,
) -> bytes:
    job = progress if isinstance(progress, Progress) else Progress(progress)
    job.report(0, 2, "reading the CAPA")
    settings = with_store(settings, store)
    with printing(settings.language):  # the core's sentences read here speak it too
        with store.session() as session:
            detail = capa_detail(session, capa_id, today)
        return render_capa_report(detail, settings, progress=job)


def render_capa_report(
    detail: CapaDetail, settings: ReportSettings, *, progress: Progress | None = None
) -> bytes:
    with printing(settings.language):
        return _render(detail, settings, progress or Progress())


def _render(detail: CapaDetail, settings: ReportSettings, job: Progress) -> bytes:
    register_fonts()
    styles = make_styles()
    width = settings.page[0] - 2 * MARGIN
    story = _Story(detail, styles, width)
    flow = story.cover(settings.client) + story.timeline() + story.steps() + story.decisions()
    digest = hashlib.sha256(canonical_json(as_json(detail)).encode("utf-8")).hexdigest()
    r = detail.row
    job.report(1, 2, "laying out pages")
    pdf = build_pdf(
        flow,
        pagesize=settings.page,
        frame=PageFrame(
            header_left=settings.company_name or translate("reports", "8D report"),
            header_right=translate("reports", "8D report {reference}").format(
                reference=r.reference
            ),
            footer_left=f"{r.supplier_code} {r.supplier_name}",
            footer_centre=f"{human(r.state)} · SHA-256 {digest[:12]}…",
        ),
        title=translate("reports", "8D report {reference}: {title}").format(
            reference=r.reference, title=r.title
        ),
        author=r.owner,
        subject=translate("reports", "{kind} {reference} of {supplier}").format(
            kind="SCAR" if r.is_scar else "CAPA", reference=r.reference, supplier=r.supplier_name
        ),
        progress=job,
    )
    job.report(2, 2, "done")
    return pdf


def write_capa_report(
    store: Store,
    capa_id: str,
    path: Path,
    settings: ReportSettings,
    *,
    today: dt.date,
    progress: Progress | ProgressCallback | None = None,
) -> Path:
    refuse_store_path(store.url, path)
    return write_atomically(
        path, capa_report_pdf(store, capa_id, settings, today=today, progress=progress)
    )


__all__ = ["FishboneFlowable", "capa_report_pdf", "render_capa_report", "write_capa_report"]
