"""`sqms programme [--months N] [--json]`: the audit programme on the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.vocab import ProgrammeState
from tests.support.cli_session import new_team_store
from tests.support.demo import DEMO_TODAY

FIELDS = {
    "supplier_id", "code", "name", "supplier_status", "risk_class", "due", "audit_type",
    "reason", "state", "month", "last_reference", "last_held_on", "last_grade", "template_id",
    "planned_audit_id", "planned_reference", "planned_start",
}  # fmt: skip


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    return code, capsys.readouterr().out


def test_the_demo_programme_lists_audits_by_month_with_their_reasons(
    demo_store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_store_file), "programme", "--today", DEMO_TODAY.isoformat()]
    code, out = _run(capsys, *db, "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows, "the demo has suppliers due or planned"
    assert all(set(r) == FIELDS for r in rows)
    assert [r["month"] for r in rows] == sorted(r["month"] for r in rows)
    assert {r["state"] for r in rows} <= set(ProgrammeState.values())
    horizon = dt.date(DEMO_TODAY.year + 1, DEMO_TODAY.month, DEMO_TODAY.day)
    for row in rows:
        shown = row["planned_start"] or row["due"]
        assert row["month"] == shown[:7]
        if row["state"] != ProgrammeState.PLANNED_LATE:
            assert dt.date.fromisoformat(shown) <= horizon
    code, text = _run(capsys, *db, "--months", "3")
    assert code == 0
    assert "MONTH" in text
    assert rows[0]["code"] in text


def test_an_empty_store_says_nothing_is_due(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sqms = new_team_store(tmp_path / "team.sqlite", capsys, monkeypatch)
    assert sqms.json("programme") == []
    code, out, _ = sqms("programme", "--months", "6")
    assert code == 0
    assert out.strip() == "no audit overdue, due or planned in the next 6 months"
