"""The `sqms` command line, run as a user or a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.migrate import HEAD_REVISION


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point in a child process, as a shell would start it."""
    return subprocess.run(
        [sys.executable, "-m", "sqms_desktop.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.slow
def test_supplier_list_json(demo_store_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_store_file), "supplier", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 8
    assert {"code", "name", "status", "risk_class", "open_capas", "last_audit"} <= set(rows[0])
    assert [r["code"] for r in rows] == sorted(r["code"] for r in rows)
    assert any("ö" in r["name"] or "Ö" in r["name"] for r in rows)


@pytest.mark.slow
def test_audit_list_json_and_db_after_the_command(
    demo_store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "list", "--json", "--db", str(demo_store_file)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 40 + 2  # the planned audits and two suppliers' self-assessments
    assert {r["status"] for r in rows} >= {"planned", "closed", "cancelled"}
    assert all(r["reference"].startswith("AUD-") for r in rows)


@pytest.mark.slow
def test_audit_list_filters_by_supplier(
    demo_store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(demo_store_file), "audit", "list", "--json", "--supplier", "SUP-0002"])
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert {r["supplier_code"] for r in rows} == {"SUP-0002"}


@pytest.mark.slow
def test_plain_listing_is_a_readable_table(
    demo_store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store_file), "supplier", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["CODE", "NAME", "CTRY"]
    assert "8 suppliers" in out


@pytest.mark.slow
def test_sqms_db_environment_variable_chooses_the_store(demo_store_file: Path) -> None:
    done = run("supplier", "list", "--json", env={"SQMS_DB": str(demo_store_file)})
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 8


@pytest.mark.slow
def test_sqlalchemy_url_is_accepted(demo_store_file: Path) -> None:
    done = run("--db", f"sqlite:///{demo_store_file}", "audit", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 40 + 2  # with two self-assessments


@pytest.mark.slow
def test_unknown_record_is_a_plain_error_without_traceback(demo_store_file: Path) -> None:
    done = run("--db", str(demo_store_file), "supplier", "show", "NOPE")
    assert done.returncode == 1
    assert done.stderr.strip() == "sqms: error: no supplier NOPE"
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.slow
def test_too_new_store_is_a_plain_error(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "future.sqlite"
    open_store(f"sqlite:///{path}").close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    done = run("--db", str(path), "supplier", "list")
    assert done.returncode == 1
    assert "newer SQMS Desktop" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_trail_verify_reports_and_fails_on_a_broken_chain(demo_copy: Path) -> None:
    done = run("--db", str(demo_copy), "trail", "verify", "--json")
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert report["checked"] > 100

    import sqlite3

    connection = sqlite3.connect(demo_copy)
    connection.execute("DROP TRIGGER trail_entry_no_update")
    connection.execute("UPDATE trail_entry SET user = 'mallory' WHERE seq = 42")
    connection.commit()
    connection.close()
    done = run("--db", str(demo_copy), "trail", "verify")
    assert done.returncode == 1
    assert "trail BROKEN at trail entry #42" in done.stderr


@pytest.mark.slow
def test_store_info_and_check(demo_store_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_store_file), "store", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_revision"] == HEAD_REVISION
    assert info["records"]["supplier"] == 8
    assert info["changes"] > info["trail_entries"] > 0
    assert main(["--db", str(demo_store_file), "store", "check"]) == 0


@pytest.mark.slow
def test_demo_command_writes_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "cli-demo.sqlite"
    done = run(
        "--db", str(path), "demo", "--suppliers", "3", "--audits", "9", "--seed", "5", "--json"
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["suppliers"] == 3
    assert summary["audits"] == 9 + summary["self_assessments"]
    assert summary["self_assessments"] == 2
    assert path.exists()
    again = run("--db", str(path), "demo", "--suppliers", "3", "--audits", "9")
    assert again.returncode == 2  # refused as bad input: demo data go to a new file only
    assert "already exists; demo data are written to a new file only" in again.stderr


def test_a_listing_command_without_json_is_refused_nowhere() -> None:
    """Every listing command takes --json (scripts rely on it)."""
    from sqms_desktop.cli import build_parser

    parser = build_parser()
    listings = [
        ["supplier", "list"],
        ["audit", "list"],
        ["trail", "list"],
        ["trail", "verify"],
        ["store", "info"],
        ["store", "check"],
    ]
    for words in listings:
        assert parser.parse_args([*words, "--json"]).json is True


@pytest.mark.slow
def test_score_prints_the_breakdown_and_json(
    demo_store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(demo_store_file), "audit", "list", "--json", "--status", "closed"])
    closed = json.loads(capsys.readouterr().out)
    audit = closed[0]
    assert main(["--db", str(demo_store_file), "score", audit["reference"], "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["audit"] == audit["reference"]
    assert result["total"] == audit["score"]
    assert result["grade"] == audit["grade"]
    assert result["elements"]
    assert main(["--db", str(demo_store_file), "score", audit["reference"]]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{audit['reference']}: ")
    assert "ELEMENT" in out
