"""A report is printed in its own language, whatever the process speaks: the German audit report
read back with `pdftotext` says in German what the English one says in English, with German
dates and figures, and building it on another thread leaves this one speaking English."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from defusedxml import ElementTree
from openpyxl import load_workbook

from sqms_desktop import i18n
from sqms_desktop.cli import main
from sqms_desktop.errors import ValidationError
from sqms_desktop.queries.report_data import read_audit_report
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.reports import ReportSettings, audit_report_pdf, settings_from
from sqms_desktop.reports.capa_report import capa_report_pdf
from sqms_desktop.reports.scorecards import scorecards_workbook
from sqms_desktop.resources import translations_dir
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Capa
from sqms_desktop.vocab import word
from tests.support.reports import SETTINGS, busiest_audit

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]
GERMAN = dataclasses.replace(SETTINGS, language="de")
PLACEHOLDER = re.compile(r"\{\w+\}")


def text_of(pdf: bytes, folder: Path) -> str:
    """The PDF's text in the order it is drawn (`pdftotext -raw`: a cell's lines stay
    together), every run of white space one space."""
    path = folder / "report.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def count(words: str, text: str) -> int:
    """How often `words` stand in `text` as whole words."""
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def report_texts() -> dict[str, str]:
    """The finished German translations of the reports' own texts (no placeholders, no soft
    hyphens), by English source."""
    root = ElementTree.parse(translations_dir() / "reports_de.ts").getroot()
    found = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        german = message.findtext("translation") or ""
        if PLACEHOLDER.search(source) or "\u00ad" in german or source == german:
            continue
        found[" ".join(source.split())] = " ".join(german.split())
    return found


@pytest.fixture(scope="module")
def audit_id(demo: Store) -> str:
    found, _ = busiest_audit(demo, Audit.status.in_(("signed", "report_issued", "closed")))
    return found


def test_the_german_audit_report_says_in_german_what_the_english_one_says(
    demo: Store, audit_id: str, tmp_path: Path
) -> None:
    english = text_of(audit_report_pdf(demo, audit_id, SETTINGS), tmp_path)
    german = text_of(audit_report_pdf(demo, audit_id, GERMAN), tmp_path)
    # The report's own texts the English report prints: found more often there than in the
    # German one, which prints the audit's own (English) data alike.
    printed = {
        source: translation
        for source, translation in report_texts().items()
        if len(source) >= 6 and count(source, english) > count(source, german)
    }
    assert len(printed) >= 40
    for source, translation in printed.items():
        assert translation in german, source
    for heading in (
        "Executive summary",
        "Audit objectives, scope and team",
        "Closing meeting and conclusions",
        "Signatures and record",
        "Sampling statement",
        "Downgrade reasons",
        "Findings by class",
        "Lead auditor",
        "Audit criteria",
        "Planned dates",
        "Record version",
        "Present at the closing meeting",
        "Page 1 of",
    ):
        assert heading in english
        assert heading not in german
    for heading in (
        "Auditbericht",
        "1 Zusammenfassung",
        "2 Auditziele, Umfang und Team",
        "3 Feststellungen",
        "5 Abschlussgespräch und Schlussfolgerungen",
        "Signaturen und Datensatz",
        "Hinweis zur Stichprobe",
    ):
        assert heading in german
    assert re.search(r"Seite 1 von \d+", german)


def test_words_dates_and_figures_follow_the_report_language(
    demo: Store, audit_id: str, tmp_path: Path
) -> None:
    german = text_of(audit_report_pdf(demo, audit_id, GERMAN), tmp_path)
    with demo.session() as s:
        data = read_audit_report(s, audit_id)
    with i18n.speaking("de"):
        status = word(data.status)
    assert status != word(data.status)  # German, and English again outside the block
    assert f"Status {status}" in german
    start = data.actual_start
    assert start is not None
    assert f"{start:%d.%m.%Y}" in german
    assert start.isoformat() not in german
    assert data.result.total is not None
    assert f"{data.result.total:.1f} %".replace(".", ",") in german


def test_the_english_report_is_unchanged_by_the_language_of_the_process(
    demo: Store, audit_id: str
) -> None:
    english = audit_report_pdf(demo, audit_id, SETTINGS)
    with i18n.speaking("de"):
        assert audit_report_pdf(demo, audit_id, SETTINGS) == english
    assert audit_report_pdf(demo, audit_id, SETTINGS) == english


def test_a_report_built_on_another_thread_leaves_this_thread_speaking_its_language() -> None:
    inside, leave = threading.Event(), threading.Event()
    seen: list[str] = []

    def build() -> None:
        with i18n.speaking("de"):
            seen.append(i18n.translate("reports", "Audit report"))
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=build)
    worker.start()
    assert inside.wait(10)
    try:
        assert i18n.language() == "en"
        assert i18n.translate("reports", "Audit report") == "Audit report"
    finally:
        leave.set()
        worker.join(10)
    assert seen == ["Auditbericht"]


def test_the_8d_report_prints_the_german_disciplines_and_dates(demo: Store, tmp_path: Path) -> None:
    with demo.session() as s:
        capa = s.query(Capa).filter(Capa.issued_on.is_not(None)).order_by(Capa.reference).first()
        assert capa is not None
        capa_id, issued = capa.id, capa.issued_on
    assert issued is not None
    pdf = capa_report_pdf(demo, capa_id, GERMAN, today=issued)
    german = text_of(pdf, tmp_path)
    for text in ("8D-Bericht", "D3 Sofortmaßnahmen", "D8 Abschluss und Würdigung", "Stufe"):
        assert text in german
    assert f"{issued:%d.%m.%Y}" in german
    assert "Interim containment" not in german


def test_the_scorecard_workbook_has_german_headings(demo: Store) -> None:
    with demo.session() as s:
        cards = scorecards(s, "2026-10", None)
    sheet = load_workbook(io.BytesIO(scorecards_workbook(cards, "de"))).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert "Lieferantencode" in header
    assert "Qualität (0–100)" in header
    english = load_workbook(io.BytesIO(scorecards_workbook(cards))).active
    assert english is not None
    assert "Supplier code" in [cell.value for cell in english[1]]


def test_the_report_language_comes_from_the_option_then_sqms_lang_then_the_system() -> None:
    assert settings_from(language="de", environ={}).language == "de"
    assert settings_from(environ={"SQMS_LANG": "de"}).language == "de"
    assert settings_from(language="en", environ={"SQMS_LANG": "de"}).language == "en"
    assert settings_from(environ={}).language == "en"  # the tests' system speaks English
    assert ReportSettings().language == "en"
    with pytest.raises(ValidationError, match="report language"):
        ReportSettings(language="fr")


def test_sqms_report_pdf_lang_de_writes_a_german_report(
    demo_store_file: Path, demo: Store, audit_id: str, tmp_path: Path
) -> None:
    with demo.session() as s:
        reference = s.get_one(Audit, audit_id).reference
    out = tmp_path / "bericht.pdf"
    args = ["--db", str(demo_store_file), "report", "pdf", reference, "-o", str(out)]
    assert main([*args, "--lang", "de"]) == 0
    assert "3 Feststellungen" in text_of(out.read_bytes(), tmp_path)
