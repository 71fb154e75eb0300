"""The printed reports read as a person reads them: the text `pdftotext` (poppler-utils) takes
out of the PDF, page by page. Values in words, dates whole, nothing said twice, no placeholder
for a company name that is not set, no heading alone at a page end, every question listed."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.queries.report_data import read_audit_report
from sqms_desktop.reports import ReportSettings, audit_report_pdf
from sqms_desktop.reports.capa_report import capa_report_pdf
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Answer, Audit, Capa, CapaFinding, Finding, Question
from sqms_desktop.vocab import (
    AuditStatus,
    CapaState,
    FindingClass,
    FindingStatus,
    Scheme,
    word,
)
from tests.support.reports import COMPANY, SETTINGS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]
RAW_VALUES = [
    *(c.value for c in FindingClass if "_" in c.value),
    *(s.value for s in AuditStatus if "_" in s.value),
    *(s.value for s in FindingStatus if "_" in s.value),
    *(s.value for s in CapaState if "_" in s.value),
]


def pages(pdf: bytes, folder: Path, *, layout: bool = False) -> list[str]:
    """The text of each page as `pdftotext` reads it (pages end with a form feed); with
    `layout`, a table's row stays on one line, as printed."""
    path = folder / "report.pdf"
    path.write_bytes(pdf)
    options = ["-layout"] if layout else []
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8").split("\f")


def _audit_with_capas_and_na(store: Store) -> str:
    """A signed weighted audit with CAPAs and questions marked not applicable, from the demo."""
    with store.session() as s:
        capas = (
            select(func.count(CapaFinding.capa_id))
            .join(Finding, Finding.id == CapaFinding.finding_id)
            .where(Finding.audit_id == Audit.id)
            .scalar_subquery()
        )
        na = (
            select(func.count(Answer.id))
            .where(Answer.audit_id == Audit.id, Answer.not_applicable)
            .scalar_subquery()
        )
        found = s.scalars(
            select(Audit.id)
            .where(Audit.status.in_([AuditStatus.SIGNED, AuditStatus.REPORT_ISSUED]))
            .where(capas > 0, na > 0)
            .order_by(Audit.reference)
        ).first()
    assert found is not None
    return found


def test_the_audit_report_prints_words_whole_dates_and_every_question(
    demo: Store, tmp_path: Path
) -> None:
    audit_id = _audit_with_capas_and_na(demo)
    with demo.session() as s:
        data = read_audit_report(s, audit_id)
        questions = s.scalar(
            select(func.count(Question.id)).where(
                Question.template_id == s.get_one(Audit, audit_id).template_id
            )
        )
    pdf = audit_report_pdf(demo, audit_id, SETTINGS, appendix=True)
    whole = "\n".join(pages(pdf, tmp_path))
    rows = "\n".join(pages(pdf, tmp_path, layout=True))
    assert re.search(rf"Audit type\s+{word(data.type)}\n", rows)
    assert re.search(rf"Status\s+{word(data.status)}\n", rows)
    for check in data.signatures:
        assert re.search(rf"{check.printed_name}\s+{word(check.meaning)}\s", rows)
    for finding in data.findings:
        assert f"{finding.reference} · {word(finding.status)}" in rows

    for raw in RAW_VALUES:
        assert raw not in whole
    assert word(data.status) in ("Report issued", "Signed")
    assert word(data.status) in whole
    assert "nonconformit" in whole.lower()
    for capa in data.capas:  # a date broken over two lines would not be found whole
        assert capa.issued_on is not None
        assert capa.issued_on.isoformat() in whole
        assert (capa.closed_on or capa.closure_due).isoformat() in whole  # type: ignore[union-attr]
    assert data.signatures
    assert "Approved" in whole or "Reviewed" in whole  # the meaning, in words

    # The record version printed is the one the signature names, in the block and the footers.
    signed = {str(c.record_version) for c in data.signatures if c.valid}
    printed = set(re.findall(r"Record version\s+(\d+)", whole))
    assert printed == signed

    # "not applicable" once, whatever the reason says.
    assert not re.search(r"not (applicable|evaluated):\s*(not|n/a)", whole, re.IGNORECASE)
    assert "not applicable" in whole.lower() or "not evaluated" in whole.lower()

    # The appendix: every question of the checklist, the unanswered ones said so.
    appendix = whole[whole.index("Appendix A All answers") :]
    unanswered = questions - len([a for a in data.answers if a.value != "not answered"])
    assert len(data.answers) == questions
    assert appendix.count("not answered") == unanswered
    for answer in data.answers:
        assert answer.qid in appendix


def test_a_store_without_a_company_name_prints_no_placeholder(demo: Store, tmp_path: Path) -> None:
    audit_id = _audit_with_capas_and_na(demo)
    unnamed = "\n".join(pages(audit_report_pdf(demo, audit_id, ReportSettings("")), tmp_path))
    assert "company name" not in unnamed
    assert "Audit client" not in unnamed
    named = "\n".join(pages(audit_report_pdf(demo, audit_id, SETTINGS), tmp_path))
    assert f"Audit client\n{COMPANY}" in named.replace("Audit client\n\n", "Audit client\n")
    with demo.session() as s:
        capa_id = s.scalars(select(Capa.id).order_by(Capa.reference)).first()
    assert capa_id is not None
    capa = "\n".join(
        pages(
            capa_report_pdf(demo, capa_id, ReportSettings(""), today=dt.date(2026, 11, 24)),
            tmp_path,
        )
    )
    assert "company name" not in capa


def test_the_8d_report_keeps_the_ishikawa_heading_with_its_diagram(
    demo: Store, tmp_path: Path
) -> None:
    """Every CAPA of the demo prints (a long problem description once broke the layout), in
    words, and its Ishikawa heading shares its page with the diagram's bones."""
    with demo.session() as s:
        capas = s.execute(select(Capa.id, Capa.is_scar, Capa.type)).all()
        findings: dict[str, list[tuple[str, str]]] = {}
        for capa_id, reference, finding_class in s.execute(
            select(CapaFinding.capa_id, Finding.reference, Finding.finding_class).join(
                Finding, Finding.id == CapaFinding.finding_id
            )
        ):
            findings.setdefault(capa_id, []).append((reference, finding_class))
    assert capas
    for capa_id, is_scar, capa_type in capas:
        pdf = capa_report_pdf(demo, capa_id, SETTINGS, today=dt.date(2026, 11, 24))
        text = pages(pdf, tmp_path)
        whole = "\n".join(text)
        for raw in RAW_VALUES:
            assert raw not in whole
        assert f"{capa_type.capitalize()} {'SCAR' if is_scar else 'CAPA'}" in whole
        rows = "\n".join(pages(pdf, tmp_path, layout=True))
        for reference, finding_class in findings.get(capa_id, []):
            assert re.search(rf"{reference}\s+{word(finding_class).split()[0]}\b", rows)
        (page,) = [p for p in text if "Ishikawa (6M)" in p]
        for bone in ("Man", "Machine", "Method", "Material", "Measurement", "Environment"):
            assert bone in page


def test_a_weighted_reason_that_says_not_applicable_is_printed_once(
    demo: Store, tmp_path: Path
) -> None:
    with demo.session() as s:
        rows = s.execute(
            select(Answer.audit_id, Answer.na_justification)
            .join(Audit, Audit.id == Answer.audit_id)
            .where(Answer.not_applicable, Answer.na_justification.ilike("not applicable%"))
        ).all()
        assert rows
        audit_id, reason = rows[0]
        assert s.get_one(Audit, audit_id).template_id
        data = read_audit_report(s, audit_id)
    values = [a.value for a in data.answers]
    assert reason in values
    scheme_word = "not evaluated" if data.scheme == Scheme.VDA63 else "not applicable"
    assert f"{scheme_word}: {reason}" not in values
