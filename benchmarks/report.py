"""Audit report speed: a 300-question audit with 60 photos of 12 MP, against plain ReportLab.

Both lay out the same text (300 answers, 60 findings with statement, requirement and evidence)
and the same 60 photos, in the same run:
- ours: `render_report` (fonts with fallback, chart, page N of M, bookmarks, photos annotated
  and downscaled to 200 dpi on threads while the pages are laid out, each original's hash
  checked on read);
- plain: a bare SimpleDocTemplate with Paragraphs and Image flowables that embed the original
  JPEG files as they are (ReportLab passes JPEG through without decoding).
Usage: .venv/bin/python benchmarks/report.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqms_desktop.queries.report_data import AnswerItem, AuditReportData, EvidenceItem, FindingItem  # noqa: E402
from sqms_desktop.reports import ReportSettings, render_report  # noqa: E402
from sqms_desktop.scoring import Figure, ScoreResult  # noqa: E402
from sqms_desktop.store.attachments import AttachmentFolder  # noqa: E402

QUESTIONS = 300
PHOTOS = 60
SIZE = (4000, 3000)  # 12 MP
CACHE = ROOT / "benchmarks" / "data" / "report-photos"


def make_photos() -> list[Path]:
    """60 distinct 12 MP JPEGs with noise, so they compress like photos (cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(PHOTOS):
        path = CACHE / f"photo-{number:02d}.jpg"
        if not path.exists():
            noise = Image.effect_noise(SIZE, 40 + number % 7).convert("RGB")
            tint = Image.new("RGB", SIZE, (90 + number * 2, 110, 140 - number))
            image = Image.blend(noise, tint, 0.6)
            draw = ImageDraw.Draw(image)
            for x in range(0, SIZE[0], 120):
                draw.line([(x, 0), (x + 600 + number * 5, SIZE[1])], fill="#202020", width=12)
            image.save(path, "JPEG", quality=88)
        paths.append(path)
    return paths


def report_data(folder: AttachmentFolder, photos: list[Path]) -> AuditReportData:
    evidence = []
    for number, path in enumerate(photos):
        sha, _ = folder.put(path.read_bytes(), ".jpg")
        evidence.append(EvidenceItem(sha, "image/jpeg", path.name, f"Photo {number}", None, (), ""))
    findings = tuple(
        FindingItem(
            f"AUD-2026-0001-F{n + 1:02d}",
            ("major_nc", "minor_nc", "observation")[n % 3],
            f"Finding {n}: control plan characteristic CC-{n:02d} measured less often than "
            "required by the control plan; two lots released without the record.",
            f"IATF 16949 8.5.1.1 ({n})",
            "Records sampled on site; photos taken by the audit team.",
            "open",
            f"q{n} Is the control plan followed?",
            (evidence[n],),
        )
        for n in range(PHOTOS)
    )
    answers = tuple(
        AnswerItem(
            f"S{n // 20} Section {n // 20}",
            f"q{n}",
            f"Question {n}: is the process documented, followed and effective, with records kept?",
            "3",
            "Seen on the shop floor." if n % 5 == 0 else "",
            "Jonas Weiß",
        )
        for n in range(QUESTIONS)
    )
    elements = tuple(
        Figure(f"S{n}", f"Section {n}", 70.0 + n, 70 + n, 70.0 + n, 100.0, 20, 20)
        for n in range(QUESTIONS // 20)
    )
    result = ScoreResult("weighted", None, 78.5, "C", elements[0], elements)
    return AuditReportData(
        audit_id="bench",
        reference="AUD-2026-0001",
        status="completed",
        type="process",
        supplier_code="SUP-0001",
        supplier_name="Hoffmann Stanzwerk",
        site="Plant 1",
        checklist="Benchmark checklist (bench v1)",
        scheme="weighted",
        rule_edition=None,
        objectives="Objectives",
        scope="Scope",
        criteria="Criteria",
        planned_start=dt.date(2026, 3, 2),
        planned_end=dt.date(2026, 3, 3),
        actual_start=dt.date(2026, 3, 2),
        actual_end=dt.date(2026, 3, 3),
        lead_auditor="Jonas Weiß",
        team=("Elif Şahin",),
        auditee_participants="QM",
        closing_participants="QM",
        diverging_opinions="",
        conclusions="Conclusions",
        incomplete_reason="",
        unanswered=0,
        follow_up_of="",
        recorded_score=78.5,
        recorded_grade="C",
        result=result,
        findings=findings,
        capas=(),
        signatures=(),
        record_version=12,
        content_sha256="0" * 64,
        answers=answers,
        other_evidence=(),
    )


def plain_reportlab(data: AuditReportData, photos: list[Path], out: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image as RLImage
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = []
    for finding, photo in zip(data.findings, photos, strict=True):
        story.append(Paragraph(finding.reference, styles["Heading3"]))
        for text in (finding.statement, finding.requirement, finding.objective_evidence):
            story.append(Paragraph(text, styles["BodyText"]))
        story.append(RLImage(str(photo), width=80 * mm, height=60 * mm))
    for answer in data.answers:
        story.append(Paragraph(f"{answer.qid} {answer.text} {answer.value}", styles["BodyText"]))
    SimpleDocTemplate(str(out)).build(story)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    photos = make_photos()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        folder = AttachmentFolder(root / "attachments")
        data = report_data(folder, photos)
        settings = ReportSettings("Nordwerk Fahrzeugtechnik GmbH")
        ours, plain, cpu_ours, cpu_plain = [], [], [], []
        size_ours = size_plain = 0
        for run in range(args.runs + 1):  # the first run of each warms up
            start, cpu = time.perf_counter(), time.process_time()
            pdf = render_report(data, settings, folder, appendix=True)
            took_ours, used_ours = time.perf_counter() - start, time.process_time() - cpu
            start, cpu = time.perf_counter(), time.process_time()
            plain_reportlab(data, photos, root / "plain.pdf")
            took_plain, used_plain = time.perf_counter() - start, time.process_time() - cpu
            if run:
                ours.append(took_ours)
                plain.append(took_plain)
                cpu_ours.append(used_ours)
                cpu_plain.append(used_plain)
            size_ours, size_plain = len(pdf), (root / "plain.pdf").stat().st_size
    ours_median, plain_median = statistics.median(ours), statistics.median(plain)
    # CPU time (all threads) says how much work was done; on a loaded machine the wall time
    # also says how long the process waited for a core.
    print(
        f"ours:  median {ours_median:.2f} s over {len(ours)} runs ({size_ours / 1e6:.1f} MB), "
        f"CPU {statistics.median(cpu_ours):.2f} s"
    )
    print(
        f"plain: median {plain_median:.2f} s over {len(plain)} runs ({size_plain / 1e6:.1f} MB), "
        f"CPU {statistics.median(cpu_plain):.2f} s"
    )
    print(f"ratio: {ours_median / plain_median:.2f}")
    if args.json:
        figures = {
            "runs": len(ours),
            "ours_seconds": ours,
            "plain_seconds": plain,
            "ours_median": ours_median,
            "plain_median": plain_median,
            "ours_cpu_median": statistics.median(cpu_ours),
            "plain_cpu_median": statistics.median(cpu_plain),
            "ours_bytes": size_ours,
            "plain_bytes": size_plain,
            "ratio": ours_median / plain_median,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
