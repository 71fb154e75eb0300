"""`sqms template import FORM.xlsx` on a new, empty store: an ODK/KoboToolbox form becomes a
draft checklist, the parts left out are listed, and a broken form changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from tests.support.xlsform import (
    SITE_VISIT_KEY,
    SITE_VISIT_WARNED,
    write_site_visit,
    write_xlsform,
)


def _as_root(db: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-password-1\n"))
    return main(["--db", db, "--user", "root", *args])


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new store whose only person is its first administrator."""
    path = str(tmp_path / "new.sqlite")
    assert _as_root(path, monkeypatch, "user", "add", "root", "--role", "admin",
                    "--full-name", "Root Admin") == 0  # fmt: skip
    return path


def test_an_xlsform_is_imported_as_a_draft_with_its_warnings(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = write_site_visit(tmp_path / "site-visit.xlsx")
    capsys.readouterr()
    assert _as_root(db, monkeypatch, "template", "import", str(form)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{SITE_VISIT_KEY} v1 imported as a new template"
    assert out[1] == "4 parts of the form were left out:"
    assert [line.strip().split(":")[0] for line in out[2:]] == list(SITE_VISIT_WARNED)
    assert "doc_gaps is imported without its relevant '${doc_control} <= 2'" in out[2]

    assert main(["--db", db, "template", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["key"], row["version"], row["status"], row["scheme"], row["questions"]) == (
        SITE_VISIT_KEY,
        1,
        "draft",
        "weighted",
        13,
    )
    assert main(["--db", db, "template", "show", SITE_VISIT_KEY]) == 0
    shown = capsys.readouterr().out
    assert "3 Production › Warehouse" in shown
    assert 'hazards_seen multi choice w1: Which hazards did you see?  (when iso_cert == "yes")' in (
        shown
    )

    assert _as_root(db, monkeypatch, "template", "import", str(form), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["ok"], again["format"], again["action"], again["version"]) == (
        True,
        "xlsform",
        "unchanged",
        1,
    )
    assert [w.split(":")[0] for w in again["warnings"]] == list(SITE_VISIT_WARNED)


def test_a_broken_xlsform_is_refused_and_stores_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = write_xlsform(
        tmp_path / "broken.xlsx",
        [("type", "name", "label"), ("text", "q1", "Fine"), ("select_one scale", "q2", "Rate")],
        [("list_name", "name", "label"), ("yn", "yes", "Yes"), ("yn", "no", "No")],
    )
    capsys.readouterr()
    assert _as_root(db, monkeypatch, "template", "import", str(form)) == 2
    err = capsys.readouterr().err
    assert "broken.xlsx: 1 problem; nothing was imported" in err
    assert "survey!A3: the choice list 'scale' is not in the choices sheet" in err

    assert _as_root(db, monkeypatch, "template", "import", str(form), "--json") == 2
    refused = json.loads(capsys.readouterr().out)
    assert refused["ok"] is False
    assert refused["problems"] == ["survey!A3: the choice list 'scale' is not in the choices sheet"]
    assert main(["--db", db, "template", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
