"""`sqms export`: a register written from the command line, and a missing supplier named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from sqms_desktop.cli import main

pytestmark = pytest.mark.slow


def test_command_line_exports_and_names_a_missing_supplier(
    demo_store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "capas.xlsx"
    assert main(["--db", str(demo_store_file), "export", "capas", "-o", str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active is not None
    missing = ["--db", str(demo_store_file), "export", "findings", "-o", str(tmp_path / "x.xlsx")]
    assert main([*missing, "--supplier", "NO-SUCH"]) == 1
    assert "no supplier NO-SUCH" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
