"""The chapters of the audit report (ISO 19011 §6.5.1), as lists of flowables.

Every piece of user text goes through `markup`, which escapes it and picks fonts per character.
Nothing here reads the clock: dates and times printed are the recorded ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sqms_desktop.i18n import QT_TRANSLATE_NOOP, plural, translate
from sqms_desktop.queries.report_data import AuditReportData, EvidenceItem, FindingItem
from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.reports.charts import element_chart
from sqms_desktop.reports.document import Heading
from sqms_desktop.reports.fonts import markup
from sqms_desktop.reports.language import day, percent
from sqms_desktop.reports.photos import PhotoMaker, photo_grid
from sqms_desktop.reports.styles import (
    CLASS_COLOURS,
    CLASS_ORDER,
    CLASS_TITLES,
    GRADE_COLOURS,
    SHADE,
    Styles,
    facts,
    grid,
)
from sqms_desktop.vocab import Scheme, word

SAMPLING_STATEMENT = QT_TRANSLATE_NOOP(
    "reports",
    "An audit is a sampling exercise. Its findings and conclusions rest on samples of the "
    "information available during the audit, so nonconformities may exist that were not "
    "found, and an area without findings is not thereby shown to conform "
    "(ISO 19011:2018, 6.5.1).",
)
SCHEME_NAMES: dict[str, str] = {
    Scheme.VDA63: QT_TRANSLATE_NOOP("reports", "VDA 6.3"),
    Scheme.WEIGHTED: QT_TRANSLATE_NOOP("reports", "weighted scoring"),
    Scheme.YES_NO: QT_TRANSLATE_NOOP("reports", "yes/no conformity"),
}
PHOTO_HEIGHT = 62 * mm


def photo_box(width: float) -> tuple[float, float]:
    """Width and height in points a photo may take: two to a row."""
    return width / 2 - 8, PHOTO_HEIGHT


def human(value: str) -> str:
    """A stored value in words (`report_issued` → "Report issued"), never the raw value, in the
    report's language: the table the GUI's labels use too (`vocab.WORDS`)."""
    return word(value)


def span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return "—"
    if end in (None, start):
        return day(start)
    return translate("reports", "{start} to {end}").format(start=day(start), end=day(end))


def signed_time(check: SignatureCheck) -> str:
    """The recorded time in the signer's own zone, with the zone printed."""
    offset = dt.timedelta(minutes=check.utc_offset_minutes)
    local = check.signed_at + offset
    sign = "+" if offset >= dt.timedelta(0) else "-"
    minutes = abs(check.utc_offset_minutes)
    return f"{day(local.date())} {local:%H:%M} UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def printed_version(data: AuditReportData) -> int:
    """The record version the report vouches for: while the newest valid signature still holds
    (the content is as signed), the version it signed, so the signature block and the record
    printed name the same version; otherwise the record's own."""
    signed = [c.record_version for c in data.signatures if c.valid]
    return max(signed) if signed else data.record_version


def score_text(data: AuditReportData) -> str:
    result = data.result
    return translate("reports", "not rated") if result.total is None else percent(result.total)


class Chapters:
    def __init__(
        self, data: AuditReportData, styles: Styles, photos: PhotoMaker, width: float, client: str
    ) -> None:
        self.data = data
        self.s = styles
        self.photos = photos
        self.width = width
        self.client = client

    def p(
        self, text: str | None, style: ParagraphStyle | None = None, *, bold: bool = False
    ) -> Paragraph:
        return Paragraph(markup(text or "—", bold=bold), style or self.s.body)

    def fact_table(
        self, rows: Iterable[tuple[str, str | None]], style: ParagraphStyle | None = None
    ) -> Table:
        cells = [[self.p(label, self.s.label), self.p(value, style)] for label, value in rows]
        table = Table(cells, colWidths=[42 * mm, self.width - 42 * mm], hAlign="LEFT")
        table.setStyle(facts())
        return table

    def table(
        self,
        header: Sequence[str],
        rows: list[list[str]],
        widths: Sequence[float],
        *,
        whole: Sequence[int] = (),
    ) -> Table:
        """A grid with a repeated header row; the columns in `whole` hold values (dates,
        references) that must never break inside, so their lines wrap only between words."""
        cells = [[self.p(h, self.s.cell_bold) for h in header]]
        cells += [
            [
                self.p(value, self.s.cell_whole if column in whole else self.s.cell)
                for column, value in enumerate(row)
            ]
            for row in rows
        ]
        table = Table(
            cells, colWidths=[w * self.width for w in widths], repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(grid())
        return table

    # -- chapters --------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        d, r = self.data, self.data.result
        grade_style = self.s.big.clone(
            "grade", textColor=GRADE_COLOURS.get(r.grade, self.s.big.textColor)
        )
        counts = {c: sum(1 for f in d.findings if f.finding_class == c) for c in CLASS_ORDER}
        tiles = Table(
            [
                [
                    self.p(score_text(d), self.s.big),
                    Paragraph(markup(r.grade), grade_style),
                    self.p(str(len(d.findings)), self.s.big),
                ],
                [
                    self.p(translate("reports", "Score"), self.s.tile),
                    self.p(translate("reports", "Grade"), self.s.tile),
                    self.p(translate("reports", "Findings"), self.s.tile),
                ],
            ],
            colWidths=[self.width / 3] * 3,
        )
        tiles.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            )
        )
        scheme = SCHEME_NAMES.get(r.scheme)
        scheme_name = translate("reports", scheme) if scheme else r.scheme
        if r.edition:
            scheme_name += " " + translate("reports", "({edition} edition)").format(
                edition=r.edition
            )
        story: list[Flowable] = [
            Heading(translate("reports", "1 Executive summary"), self.s.h1),
            tiles,
            Spacer(1, 4),
            self.p(
                translate(
                    "reports",
                    "Scored by {scheme}: {evaluated} of {total} scored questions evaluated.",
                ).format(scheme=scheme_name, evaluated=r.overall.evaluated, total=r.overall.total),
                self.s.small,
            ),
        ]
        if d.recorded_grade and (d.recorded_grade != r.grade or d.recorded_score != r.total):
            recorded = "—" if d.recorded_score is None else percent(d.recorded_score)
            story.append(
                self.p(
                    translate("reports", "Recorded at completion: {score}, grade {grade}.").format(
                        score=recorded, grade=d.recorded_grade
                    ),
                    self.s.small,
                )
            )
        story.append(Paragraph(translate("reports", "Downgrade reasons"), self.s.h3))
        if r.reasons:
            reasons: list[Any] = [ListItem(self.p(why), leftIndent=10) for why in r.reasons]
            story.append(
                ListFlowable(
                    reasons,
                    bulletType="bullet",
                    start="•",
                    leftIndent=10,
                    bulletFontName="SQMS-Sans",
                )
            )
        else:
            story.append(self.p(translate("reports", "None: the grade follows from the score.")))
        figures = list(r.elements) + list(r.sub_elements)
        if figures:
            story += [
                Paragraph(translate("reports", "Degree of fulfilment by element"), self.s.h3),
                element_chart(figures, self.width),
            ]
        story += [
            Paragraph(translate("reports", "Findings by class"), self.s.h3),
            self.table(
                [translate("reports", "Class"), translate("reports", "Number")],
                [[translate("reports", CLASS_TITLES[c]), str(n)] for c, n in counts.items() if n]
                or [[translate("reports", "No findings"), "0"]],
                [0.7, 0.3],
            ),
            Paragraph(translate("reports", "Conclusions"), self.s.h3),
            self.p(d.conclusions),
        ]
        return story

    def identity(self) -> list[Flowable]:
        d = self.data
        # A store without a company name leaves the audit client out (the settings ask for it).
        client = [(translate("reports", "Audit client"), self.client)] if self.client else []
        return [
            Heading(translate("reports", "2 Audit objectives, scope and team"), self.s.h1),
            self.fact_table(
                [
                    (translate("reports", "Audit objectives"), d.objectives),
                    (translate("reports", "Scope"), d.scope),
                    *client,
                    (translate("reports", "Auditee"), f"{d.supplier_name} ({d.supplier_code})"),
                    (translate("reports", "Site and location"), d.site),
                    (translate("reports", "Audit type"), human(d.type)),
                    (translate("reports", "Audit criteria"), d.criteria),
                    (translate("reports", "Checklist"), d.checklist),
                    (translate("reports", "Planned dates"), span(d.planned_start, d.planned_end)),
                    (translate("reports", "Audit dates"), span(d.actual_start, d.actual_end)),
                    (translate("reports", "Lead auditor"), d.lead_auditor),
                    (translate("reports", "Audit team"), ", ".join(d.team) or "—"),
                    (translate("reports", "Auditee participants"), d.auditee_participants),
                    (translate("reports", "Follow-up of"), d.follow_up_of or "—"),
                    (translate("reports", "Status"), human(d.status)),
                ]
            ),
        ]

    def findings(self) -> list[Flowable]:
        title = Heading(translate("reports", "3 Findings"), self.s.h1.clone("h1k", keepWithNext=0))
        if not self.data.findings:
            return [title, self.p(translate("reports", "No findings were raised."))]
        story: list[Flowable] = []
        for finding_class in CLASS_ORDER:
            group = [f for f in self.data.findings if f.finding_class == finding_class]
            if group:
                style = self.s.h2.clone(
                    "h2c", textColor=CLASS_COLOURS[finding_class], keepWithNext=0
                )
                heading = Heading(
                    f"{translate('reports', CLASS_TITLES[finding_class])} ({len(group)})", style, 1
                )
                # One level of KeepTogether only: ReportLab's nested ones always break the page.
                first, *rest = [self._finding(f) for f in group]
                lead = [heading, *first] if story else [title, heading, *first]
                story += [KeepTogether(lead), *(KeepTogether(parts) for parts in rest)]
        return story

    def _finding(self, f: FindingItem) -> list[Flowable]:
        rows = [
            (translate("reports", "Statement"), f.statement),
            (translate("reports", "Requirement"), f.requirement),
            (translate("reports", "Objective evidence"), f.objective_evidence),
            (translate("reports", "Checklist question"), f.question or "—"),
        ]
        if f.capas or f.needs_capa_decision:
            # A major finding says which CAPA answers it, or why none is needed.
            rows.append(
                (
                    translate("reports", "CAPA"),
                    f.capa_line() or translate("reports", "none raised and no reason recorded"),
                )
            )
        parts: list[Flowable] = [
            Paragraph(markup(f"{f.reference} · {human(f.status)}", bold=True), self.s.h3),
            self.fact_table(rows),
        ]
        if f.evidence:
            parts += [Spacer(1, 4), self._photos(f.evidence)]
        return parts

    def _photos(self, items: Sequence[EvidenceItem]) -> Table:
        cell = self.width / 2 - 8
        return photo_grid([self.photos.flowable(i, cell, PHOTO_HEIGHT) for i in items], self.width)

    def capas(self) -> list[Flowable]:
        story: list[Flowable] = [Heading(translate("reports", "4 CAPAs raised"), self.s.h1)]
        if not self.data.capas:
            return [
                *story,
                self.p(translate("reports", "No CAPA was raised from this audit's findings.")),
            ]
        prefix = f"{self.data.reference}-"
        rows = [
            [
                c.reference,
                c.title,
                f"{human(c.type)} {'SCAR' if c.is_scar else 'CAPA'}\n{human(c.state)}",
                c.owner,
                day(c.issued_on),
                translate("reports", "closed\n{day}").format(day=day(c.closed_on))
                if c.closed_on
                else translate("reports", "due\n{day}").format(day=day(c.closure_due)),
                ", ".join(f.removeprefix(prefix) for f in c.findings),
            ]
            for c in self.data.capas
        ]
        header = [
            translate("reports", "Reference"),
            translate("reports", "Title"),
            translate("reports", "Type and state"),
            translate("reports", "Owner"),
            translate("reports", "Issued"),
            translate("reports", "Closure"),
            translate("reports", "Findings"),
        ]
        # Wide enough for the longer German headings too (which hyphenate at soft hyphens).
        widths = [0.17, 0.18, 0.15, 0.12, 0.13, 0.13, 0.12]
        # The heading and its note stay with the table: never alone at a page's end.
        return [
            KeepTogether(
                [
                    *story,
                    self.p(
                        translate(
                            "reports", "Findings are numbered within the audit: F01 is {prefix}F01."
                        ).format(prefix=prefix),
                        self.s.small,
                    ),
                    Spacer(1, 3),
                    self.table(header, rows, widths, whole=(0, 4, 5)),
                ]
            )
        ]

    def closing(self) -> list[Flowable]:
        d = self.data
        return [
            Heading(translate("reports", "5 Closing meeting and conclusions"), self.s.h1),
            self.fact_table(
                [
                    (translate("reports", "Conclusions"), d.conclusions),
                    (
                        translate("reports", "Present at the closing meeting"),
                        d.closing_participants or "—",
                    ),
                    (
                        translate("reports", "Unresolved diverging opinions"),
                        d.diverging_opinions or translate("reports", "None recorded."),
                    ),
                    *self._unanswered(),
                ]
            ),
            Paragraph(translate("reports", "Sampling statement"), self.s.h3),
            self.p(translate("reports", SAMPLING_STATEMENT)),
        ]

    def _unanswered(self) -> list[tuple[str, str]]:
        """The reason an audit was completed with required questions unanswered, if it was."""
        d = self.data
        if not d.incomplete_reason:
            return []
        count = plural(
            d.unanswered,
            translate("reports", "{n} question"),
            translate("reports", "{n} questions"),
        ).format(n=d.unanswered)
        return [
            (
                translate("reports", "Completed with questions unanswered"),
                f"{count}: {d.incomplete_reason}",
            )
        ]

    def evidence(self, number: int) -> list[Flowable]:
        items = self.data.other_evidence
        if not items:
            return []
        return [
            KeepTogether(
                [
                    Heading(
                        translate("reports", "{number} Further evidence").format(number=number),
                        self.s.h1.clone("h1k", keepWithNext=0),
                    ),
                    self.p(
                        translate(
                            "reports",
                            "Photos and documents captured for checklist questions or for the "
                            "audit as a whole, not attached to a finding.",
                        ),
                        self.s.small,
                    ),
                    Spacer(1, 4),
                    self._photos(items),
                ]
            )
        ]

    def signatures(self, number: int) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            Heading(
                translate("reports", "{number} Signatures and record").format(number=number),
                self.s.h1,
            )
        ]
        if d.signatures:
            rows = [
                [
                    c.printed_name,
                    human(c.meaning),
                    signed_time(c),
                    str(c.record_version),
                    translate("reports", "valid")
                    if c.valid
                    else translate("reports", "NOT VALID: {problem}").format(problem=c.problem),
                ]
                for c in d.signatures
            ]
            story.append(
                self.table(
                    [
                        translate("reports", "Printed name"),
                        translate("reports", "Meaning"),
                        translate("reports", "Date and time"),
                        translate("reports", "Version"),
                        translate("reports", "Signature"),
                    ],
                    rows,
                    [0.24, 0.13, 0.24, 0.1, 0.29],
                    whole=(2,),
                )
            )
        else:
            story.append(self.p(translate("reports", "This audit has not been signed.")))
        version = str(printed_version(d))
        if int(version) != d.record_version:
            version += " " + translate(
                "reports",
                "(as signed; the {n} later write(s) to the record changed only its workflow "
                "status, not its content)",
            ).format(n=d.record_version - int(version))
        block: list[Flowable] = [
            Spacer(1, 8),
            self.fact_table([(translate("reports", "Record version"), version)]),
            self.fact_table(
                [(translate("reports", "Content SHA-256"), d.content_sha256)], self.s.hash
            ),
            Spacer(1, 4),
            self.p(
                translate(
                    "reports",
                    "The content hash is the SHA-256 of the audit's canonical content (its "
                    "fields, answers and findings), the value each signature vouches for; "
                    "“sqms signature verify {reference}” recomputes it.",
                ).format(reference=d.reference),
                self.s.small,
            ),
        ]
        # One block with its heading: the signatures never part from the record they sign.
        return [KeepTogether([*story, *block])]

    def appendix(self) -> list[Flowable]:
        story: list[Flowable] = [Heading(translate("reports", "Appendix A All answers"), self.s.h1)]
        if not self.data.answers:
            return [*story, self.p(translate("reports", "The checklist has no questions."))]
        sections: dict[str, list[list[str]]] = {}
        for a in self.data.answers:
            sections.setdefault(a.section, []).append(
                [a.qid, a.text, a.value, a.note, a.answered_by]
            )
        for section, rows in sections.items():
            story += [
                Heading(section, self.s.h2, 1),
                self.table(
                    [
                        translate("reports", "ID"),
                        translate("reports", "Question"),
                        translate("reports", "Answer"),
                        translate("reports", "Note"),
                        translate("reports", "By"),
                    ],
                    rows,
                    [0.12, 0.43, 0.16, 0.15, 0.14],
                ),
            ]
        return story
