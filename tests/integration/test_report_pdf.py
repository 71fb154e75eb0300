"""`sqms report pdf`: the audit report written from the command line, byte for byte the same as
the one rendered in this process, whatever the other process's hash seed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sqms_desktop.cli import main
from sqms_desktop.reports import audit_report_pdf
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Audit
from tests.support.reports import COMPANY, SETTINGS, busiest_audit

pytestmark = pytest.mark.slow


def test_same_data_give_the_same_bytes_in_another_process(
    demo_store_file: Path, demo: Store, tmp_path: Path
) -> None:
    audit_id, reference = busiest_audit(demo, Audit.status == "signed")
    first = audit_report_pdf(demo, audit_id, SETTINGS, appendix=True)
    assert audit_report_pdf(demo, audit_id, SETTINGS, appendix=True) == first
    out = tmp_path / "report.pdf"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "SQMS_REPORT_COMPANY": COMPANY}
    cli = "import sys; from sqms_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", cli, "--db", str(demo_store_file)]
    subprocess.run(
        [*command, "report", "pdf", reference, "-o", str(out), "--appendix"],
        check=True,
        env=env,
        capture_output=True,
    )
    assert out.read_bytes() == first


def test_command_line_writes_the_report(
    demo_store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pdf"
    with open_store(f"sqlite:///{demo_store_file}").session() as s:
        reference = s.scalar(select(Audit.reference).where(Audit.status == "closed"))
    args = ["--db", str(demo_store_file), "report", "pdf", str(reference), "-o", str(out)]
    assert main([*args, "--company", "ACME <R&D>", "--page-size", "letter"]) == 0
    assert "written to" in capsys.readouterr().out
    page = PdfReader(out).pages[0]
    assert "ACME <R&D>" in (page.extract_text() or "")
    assert main([*args, "--page-size", "A3"]) == 2
    assert "page size must be A4 or Letter" in capsys.readouterr().err
    shutil.rmtree(tmp_path, ignore_errors=True)
