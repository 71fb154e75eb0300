"""`sqms template import|release|diff|list|export`: template versions on the command line, as a
quality engineer signs in for each change."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sqms_desktop.checklists.xlsx_format import write_template
from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from tests.support.templates import changed_spec


def _people(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An administrator and Marta, a quality engineer, both with passwords."""
    _stdin(monkeypatch, "admin-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "root", "--role", "admin",
                 "--full-name", "Root Admin"]) == 0  # fmt: skip
    _stdin(monkeypatch, "admin-password-1\nmarta-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "marta", "--role",
                 "quality_engineer", "--full-name", "Marta Zielińska"]) == 0  # fmt: skip


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def _as_marta(db: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    _stdin(monkeypatch, "marta-password-1\n")
    return main(["--db", db, "--user", "marta", *args])


def test_template_commands_round_trip_through_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.sqlite")
    _people(db, monkeypatch)
    source = tmp_path / "iso.xlsx"
    write_template(ISO9001_EXTRACT, source)
    capsys.readouterr()
    assert _as_marta(db, monkeypatch, "template", "import", str(source)) == 0
    assert "demo-iso9001 v1 imported as a new template" in capsys.readouterr().out
    assert _as_marta(db, monkeypatch, "template", "release", "demo-iso9001") == 0
    changed = tmp_path / "changed.xlsx"
    write_template(changed_spec(ISO9001_EXTRACT), changed)
    assert _as_marta(db, monkeypatch, "template", "import", str(changed), "--json") == 0
    assert json.loads(capsys.readouterr().out.split("released\n")[-1])["action"] == "new_version"
    assert main(["--db", db, "template", "diff", "demo-iso9001", "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert (diff["added"], diff["removed"]) == (["q10.4"], ["q10.3"])
    assert main(["--db", db, "template", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["version"], t["status"]) for t in listed] == [(1, "released"), (2, "draft")]
    out = tmp_path / "out.xlsx"
    assert (
        main(["--db", db, "template", "export", "demo-iso9001", "--version", "2", "-o", str(out)])
        == 0
    )
    capsys.readouterr()
    assert _as_marta(db, monkeypatch, "template", "import", str(out)) == 0
    assert "identical" in capsys.readouterr().out


def test_template_commands_need_a_signed_in_quality_engineer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.sqlite")
    _people(db, monkeypatch)
    source = tmp_path / "iso.xlsx"
    write_template(ISO9001_EXTRACT, source)
    _stdin(monkeypatch, "not-martas-password\n")
    assert main(["--db", db, "--user", "marta", "template", "import", str(source)]) == 1
    assert "wrong user name or password" in capsys.readouterr().err
    _stdin(monkeypatch, "")
    assert main(["--db", db, "--user", "marta", "template", "import", str(source)]) == 2
    assert "standard input must hold the password of marta" in capsys.readouterr().err
    _stdin(monkeypatch, "admin-password-1\nlead-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "lena", "--role", "lead_auditor",
                 "--full-name", "Lena Lead"]) == 0  # fmt: skip
    _stdin(monkeypatch, "lead-password-1\n")
    assert main(["--db", db, "--user", "lena", "template", "import", str(source)]) == 1
    assert "importing a checklist template needs the quality engineer or administrator role" in (
        capsys.readouterr().err
    )
    assert main(["--db", db, "template", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_broken_workbook_prints_every_problem_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "settings"
    sheet.append(["key", "title", "scheme"])
    sheet.append(["x", "", "nope"])
    book.save(tmp_path / "bad.xlsx")
    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "template", "import", str(tmp_path / "bad.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "4 problems; nothing was imported" in err
    assert "settings!A2: key 'x' must be" in err
    assert "questions: the sheet is missing" in err
    assert not Path(db).exists()  # refused before any store was opened, let alone made
