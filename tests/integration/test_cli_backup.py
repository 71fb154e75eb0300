"""`sqms backup create | list | verify | restore` on a team's store file."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.support.cli_session import Sqms, new_team_store


def _codes(run: Sqms) -> set[str]:
    return {row["code"] for row in run.json("supplier", "list")}


def test_backup_create_list_verify_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "team.sqlite"
    run = new_team_store(db, capsys, monkeypatch)
    assert run("supplier", "add", "--code", "S1", "--name", "Acme")[0] == 0
    made = run.json("backup", "create")
    assert Path(made["path"]).parent == tmp_path / "backups"
    assert made["label"] == "manual"
    assert run("supplier", "add", "--code", "S2", "--name", "Later")[0] == 0

    listed = run.json("backup", "list")
    assert [b["name"] for b in listed] == [made["name"]]
    assert listed[0]["verified"] is None
    checked = run.json("backup", "verify")
    assert checked[0]["verified"] is True
    code, out, _ = run("backup", "list")
    assert code == 0
    assert f"{made['name']}" in out
    assert "verified" in out

    code, _, err = run("backup", "restore", made["name"], stdin="no\n")
    assert code == 1
    assert "1 trail entry the backup does not hold" in err
    assert "restore cancelled; nothing was changed" in err
    assert _codes(run) == {"S1", "S2"}

    code, out, err = run("backup", "restore", made["name"], stdin="yes\n")
    assert code == 0, err
    assert "the replaced store is kept as" in out
    assert _codes(run) == {"S1"}
    labels = {b["label"] for b in run.json("backup", "list")}
    assert labels == {"manual", "before-restore"}


def test_restore_is_refused_while_a_window_has_the_store_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "team.sqlite"
    run = new_team_store(db, capsys, monkeypatch)
    made = run.json("backup", "create")
    # What QLockFile writes: pid, program, host (this process stands for the window).
    Path(f"{db}.lock").write_text(f"{os.getpid()}\nsqms-desktop\n{socket.gethostname()}\n")
    code, _, err = run("backup", "restore", made["name"], "--yes")
    assert code == 1
    assert f"process {os.getpid()}" in err
    assert "close that window first" in err


def test_backups_of_a_postgresql_store_are_the_servers_job(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = Sqms("postgresql+psycopg://sqms@central.example/sqms", capsys, monkeypatch)
    code, _, err = run("backup", "create")
    assert code == 1
    assert "pg_dump" in err


def test_a_missing_store_has_no_backups_to_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = Sqms(tmp_path / "typo.sqlite", capsys, monkeypatch)
    code, _, err = run("backup", "list")
    assert code == 2
    assert "there is no store at" in err
    assert "typo.sqlite" in err
    assert not (tmp_path / "typo.sqlite").exists()
