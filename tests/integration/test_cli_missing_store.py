"""A mistyped `--db`: a command that only reads names the missing store (exit 2) and makes no
new, empty store that `store check` would then call healthy; the first administrator still
makes a new store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sqms_desktop.cli import EXIT_BAD_INPUT, main

READERS = [
    ("supplier", "list"),
    ("audit", "list"),
    ("audit", "show", "AUD-2026-0001"),
    ("audit", "finding", "list"),
    ("store", "info"),
    ("store", "check"),
    ("trail", "verify"),
    ("trail", "list"),
    ("template", "list"),
    ("capa", "list"),
    ("user", "list"),
    ("signature", "verify", "AUD-2026-0001"),
    ("report", "pdf", "AUD-2026-0001", "-o", "{out}/r.pdf"),
    ("export", "findings", "-o", "{out}/f.xlsx"),
    ("template", "export", "iso9001", "-o", "{out}/t.xlsx"),
    ("supplier", "add", "--code", "S1", "--name", "Acme"),
]


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_store_that_does_not_exist_is_named_and_not_made(
    command: tuple[str, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "typo" / "sqms.sqlite"
    monkeypatch.setattr("sys.stdin", io.StringIO("some-password-1\n"))
    args = [part.format(out=tmp_path) for part in command]
    code = main(["--db", str(db), "--user", "root", *args])
    out, err = capsys.readouterr()
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert f"there is no store at {db}" in err
    assert not db.exists()
    assert not db.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_environment_variable_is_checked_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sqms.sqllite"
    monkeypatch.setenv("SQMS_DB", str(db))
    assert main(["store", "check"]) == EXIT_BAD_INPUT
    assert f"there is no store at {db}; check --db (or $SQMS_DB)" in capsys.readouterr().err
    assert not db.exists()


def test_the_first_administrator_makes_a_new_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "new" / "sqms.sqlite"
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-password-1\n"))
    add = ["user", "add", "root", "--role", "admin", "--full-name", "Root Admin"]
    assert main(["--db", str(db), "--user", "root", *add]) == 0
    assert db.is_file()
    capsys.readouterr()
    assert main(["--db", str(db), "user", "list"]) == 0
    assert "Root Admin" in capsys.readouterr().out
