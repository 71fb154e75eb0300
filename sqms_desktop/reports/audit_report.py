"""The audit report as a PDF: read the audit, prepare photos, lay out, write atomically.

Long work (a 300-question audit with 60 photos) reports progress and can be cancelled between
photos and between pages; a cancelled or failed run leaves no file behind. The report is read and
printed in its settings' language (`reports/language.py`).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress, ProgressCallback
from sqms_desktop.queries.report_data import AuditReportData, read_audit_report
from sqms_desktop.reports.document import Heading, PageFrame, build_pdf
from sqms_desktop.reports.fonts import markup, register_fonts
from sqms_desktop.reports.language import printing
from sqms_desktop.reports.photos import PhotoMaker
from sqms_desktop.reports.sections import (
    Chapters,
    human,
    photo_box,
    printed_version,
    score_text,
    span,
)
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.reports.styles import GRADE_COLOURS, MARGIN, Styles, facts, make_styles
from sqms_desktop.store.attachments import Attachments, attachment_store
from sqms_desktop.store.engine import Store

LOGO_BOX = (60 * mm, 25 * mm)


def audit_report_pdf(
    store: Store,
    audit_id: str,
    settings: ReportSettings,
    *,
    appendix: bool = False,
    progress: Progress | ProgressCallback | None = None,
) -> bytes:
    """The report's bytes; the same stored data and settings give the same bytes."""
    job = progress if isinstance(progress, Progress) else Progress(progress)
    job.report(0, 1, "reading the audit")
    settings = with_store(settings, store)
    with printing(settings.language):  # the core's sentences read here speak it too
        with store.session() as session:
            data = read_audit_report(session, audit_id)
        attachments = attachment_store(store)
        return render_report(data, settings, attachments, appendix=appendix, progress=job)


def render_report(
    data: AuditReportData,
    settings: ReportSettings,
    attachments: Attachments | None,
    *,
    appendix: bool = False,
    progress: Progress | None = None,
) -> bytes:
    with printing(settings.language):
        return _render_report(data, settings, attachments, appendix=appendix, progress=progress)


def _render_report(
    data: AuditReportData,
    settings: ReportSettings,
    attachments: Attachments | None,
    *,
    appendix: bool,
    progress: Progress | None,
) -> bytes:
    job = progress or Progress()
    register_fonts()
    styles = make_styles()
    width = settings.page[0] - 2 * MARGIN
    total = data.photos + 1
    with PhotoMaker(attachments, styles) as photos:
        evidence = [e for f in data.findings for e in f.evidence] + list(data.other_evidence)
        photos.start(evidence, *photo_box(width), job)
        story = _story(data, settings, styles, photos, width, appendix=appendix)
        job.report(0, total, "laying out pages")
        pdf = build_pdf(
            story,
            pagesize=settings.page,
            frame=PageFrame(
                header_left=settings.company_name or translate("reports", "Supplier audit report"),
                header_right=translate("reports", "Audit report {reference}").format(
                    reference=data.reference
                ),
                footer_left=f"{data.supplier_code} {data.supplier_name}",
                footer_centre=translate("reports", "Record version {version}").format(
                    version=printed_version(data)
                )
                + f" · SHA-256 {data.content_sha256[:12]}…",
            ),
            title=translate("reports", "Audit report {reference}: {supplier}").format(
                reference=data.reference, supplier=data.supplier_name
            ),
            author=data.lead_auditor,
            subject=translate(
                "reports", "{type} audit of {supplier} ({code}) against {checklist}"
            ).format(
                type=human(data.type).capitalize(),
                supplier=data.supplier_name,
                code=data.supplier_code,
                checklist=data.checklist,
            ),
            progress=job,
        )
    job.report(total, total, "done")
    return pdf


def _story(
    data: AuditReportData,
    settings: ReportSettings,
    styles: Styles,
    photos: PhotoMaker,
    width: float,
    *,
    appendix: bool,
) -> list[Flowable]:
    chapters = Chapters(data, styles, photos, width, settings.client)
    story: list[Flowable] = _cover(data, settings, styles, width)
    story += chapters.summary() + chapters.identity() + chapters.findings()
    story += chapters.capas() + chapters.closing()
    number = 6
    further = chapters.evidence(number)
    if further:
        story += further
        number += 1
    story += chapters.signatures(number)
    if appendix:
        story += [PageBreak(), *chapters.appendix()]
    return story


def _cover(
    data: AuditReportData, settings: ReportSettings, s: Styles, width: float
) -> list[Flowable]:
    story: list[Flowable] = []
    if settings.logo_path is not None or settings.logo_data is not None:
        story.append(_logo(settings.logo_path or io.BytesIO(settings.logo_data or b"")))
    story += [
        *([Paragraph(markup(settings.company_name), s.subtitle)] if settings.company_name else []),
        Spacer(1, 30 * mm),
        Heading(
            translate("reports", "Audit report"),
            s.title,
            outline=translate("reports", "Cover: {reference}").format(reference=data.reference),
        ),
        Spacer(1, 3 * mm),
        Paragraph(markup(data.reference), s.subtitle),
        Spacer(1, 12 * mm),
    ]
    grade_colour = GRADE_COLOURS.get(data.result.grade, s.body.textColor)
    rows = [
        (translate("reports", "Supplier"), f"{data.supplier_name} ({data.supplier_code})"),
        (translate("reports", "Site"), data.site or "—"),
        (translate("reports", "Audit type"), human(data.type)),
        (translate("reports", "Checklist"), data.checklist),
        (
            translate("reports", "Audit dates"),
            span(data.actual_start, data.actual_end)
            if data.actual_start
            else translate("reports", "planned {dates}").format(
                dates=span(data.planned_start, data.planned_end)
            ),
        ),
        (translate("reports", "Lead auditor"), data.lead_auditor),
        (translate("reports", "Status"), human(data.status)),
        (
            translate("reports", "Result"),
            translate("reports", "{score}, grade {grade}").format(
                score=score_text(data), grade=data.result.grade
            ),
        ),
    ]
    cells = [[Paragraph(markup(k), s.label), Paragraph(markup(v), s.body)] for k, v in rows]
    cells[-1][1] = Paragraph(
        markup(rows[-1][1], bold=True), s.body.clone("result", textColor=grade_colour)
    )
    table = Table(cells, colWidths=[40 * mm, width - 40 * mm], hAlign="LEFT")
    table.setStyle(facts())
    return [*story, table, PageBreak()]


def _logo(path: Path | io.BytesIO) -> Image:
    try:
        logo = Image(path if isinstance(path, io.BytesIO) else str(path))
        scale = min(LOGO_BOX[0] / logo.imageWidth, LOGO_BOX[1] / logo.imageHeight)
    except (OSError, ValueError, ZeroDivisionError) as exc:
        what = "the store's logo" if isinstance(path, io.BytesIO) else f"the logo {path}"
        raise ValidationError(f"{what} cannot be read as an image ({exc})") from exc
    logo.drawWidth = logo.imageWidth * scale
    logo.drawHeight = logo.imageHeight * scale
    logo.hAlign = "LEFT"
    return logo


def write_audit_report(
    store: Store,
    audit_id: str,
    path: Path,
    settings: ReportSettings,
    *,
    appendix: bool = False,
    progress: Progress | ProgressCallback | None = None,
) -> Path:
    """Generate and save; a cancelled or failed run leaves no file (and no partial file).
    A `path` that is the store or in its attachments folder is refused before any work."""
    refuse_store_path(store.url, path)
    return write_atomically(
        path, audit_report_pdf(store, audit_id, settings, appendix=appendix, progress=progress)
    )
