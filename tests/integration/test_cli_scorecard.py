"""`sqms scorecard`, `sqms scorecard settings`, `sqms proposals` and `sqms proposal
accept|dismiss` end to end on a quality team's own store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sqms_desktop.performance.kpi import shift_period
from sqms_desktop.performance.scorecard import last_complete_period
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import SupplierStatus
from tests.support.cli_session import Sqms, new_team_store
from tests.support.scorecards import ScorecardWorld, day
from tests.support.store import StepClock, counting_ids

PERIOD = last_complete_period(dt.date.today())  # the default period of the command


@pytest.fixture
def sqms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    db = tmp_path / "team.sqlite"
    run = new_team_store(db, capsys, monkeypatch)
    store = open_store(f"sqlite:///{db}")
    context = WriteContext(user="root", clock=StepClock(), new_id=counting_ids(7))
    world = ScorecardWorld(store, context, lambda: UnitOfWork(store, context))
    good = world.supplier("GOOD")
    # 10 deliveries of 1000, 9 on time, 1 part rejected: PPM 100 → quality 100, delivery 90
    world.deliveries(good, PERIOD, on_time=9, late=1, rejected=1)
    world.audit(good, day(PERIOD, 2), 80.0)
    low = world.supplier("LOW")
    world.monthly(low, [50, 50, 50], end=PERIOD)
    world.supplier("NEW", status=SupplierStatus.PROSPECT)
    store.close()
    return run


def test_the_json_gives_the_promised_keys_per_supplier(sqms: Sqms) -> None:
    cards = {c["code"]: c for c in sqms.json("scorecard")}
    assert set(cards) == {"GOOD", "LOW", "NEW"}
    good = cards["GOOD"]
    # 0.4 * 100 + 0.3 * 90 + 0.2 * 80 = 83 of 90 weight (no CAPA) → 83 / 0.9 = 92.2
    assert {k: good[k] for k in ("code", "period", "deliveries", "on_time_pct", "ppm")} == {
        "code": "GOOD",
        "period": PERIOD,
        "deliveries": 10,
        "on_time_pct": 90.0,
        "ppm": 100.0,
    }
    assert (good["audit_score"], good["score"], good["band"]) == (80.0, 92.2, "A")
    assert {name: (p["value"], p["weight"]) for name, p in good["parts"].items()} == {
        "quality": (100.0, 40),
        "delivery": (90.0, 30),
        "audit": (80.0, 20),
        "responsiveness": (None, 10),
    }
    assert (cards["NEW"]["score"], cards["NEW"]["band"], cards["NEW"]["ppm"]) == (None, None, None)
    assert cards["LOW"]["band"] == "C"
    assert [p["kind"] for p in cards["LOW"]["proposals"]] == ["probation"]


def test_one_supplier_and_another_period(sqms: Sqms) -> None:
    (card,) = sqms.json("scorecard", "--supplier", "LOW", "--period", shift_period(PERIOD, -1))
    assert (card["code"], card["period"], card["score"]) == ("LOW", shift_period(PERIOD, -1), 50.0)
    assert card["proposals"] == []  # only two months in band C up to then


def test_unknown_supplier_and_a_badly_written_period_are_refused(sqms: Sqms) -> None:
    code, _, err = sqms("scorecard", "--supplier", "NOPE")
    assert code == 1
    assert "no supplier NOPE" in err
    code, _, err = sqms("scorecard", "--period", "2026-13")
    assert code == 2
    assert "YYYY-MM" in err


def test_the_table_lists_every_supplier(sqms: Sqms) -> None:
    code, out, _ = sqms("scorecard")
    assert code == 0
    assert f"Scorecards {PERIOD}" in out
    assert "GOOD" in out
    assert "probation" in out


def test_a_workbook_and_a_pdf_are_written(sqms: Sqms, tmp_path: Path) -> None:
    book = tmp_path / "out" / "cards.xlsx"
    code, out, err = sqms("scorecard", "-o", str(book))
    assert code == 0, err
    assert "3 scorecards" in out
    sheet = load_workbook(book).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Supplier code", "Supplier", "Period", "Score", "Band")
    assert rows[1][:5] == ("GOOD", "GOOD GmbH", PERIOD, 92.2, "A")
    pdf = tmp_path / "out" / "cards.pdf"
    code, _, err = sqms("scorecard", "--supplier", "GOOD", "-o", str(pdf))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"Supplier scorecards {PERIOD}" in text
    assert "GOOD GmbH" in text
    assert "92.2" in text
    assert "Trend and forecast" in text
    code, _, err = sqms("scorecard", "-o", str(tmp_path / "cards.csv"))
    assert code == 2
    assert ".xlsx or .pdf" in err


def test_proposals_are_listed_dismissed_and_accepted(sqms: Sqms) -> None:
    assert [(p["code"], p["kind"]) for p in sqms.json("proposals")] == [("LOW", "probation")]
    code, _, err = sqms("proposal", "accept", "LOW", "probation", "--reason", "Bad", user="omar")
    assert code == 1
    assert "auditor" in err or "role" in err
    decided = sqms.json("proposal", "accept", "LOW", "probation", "--reason", "Three bad months")
    assert decided["decision"] == "accepted"
    assert sqms.json("proposals") == []
    (supplier,) = [s for s in sqms.json("supplier", "list") if s["code"] == "LOW"]
    assert supplier["status"] == "probation"
    code, _, err = sqms("proposal", "dismiss", "LOW", "probation", "--reason", "again")
    assert code == 1
    assert "no probation proposal" in err


def test_settings_are_shown_changed_and_checked(sqms: Sqms) -> None:
    assert sqms.json("scorecard", "settings") == {
        "weights": {"quality": 40, "delivery": 30, "audit": 20, "responsiveness": 10},
        "bands": {"A": 90, "B": 70},
    }
    code, _, err = sqms(
        "scorecard", "settings", "--weights", "50,30,20,10", "--reason", "x", user="root"
    )
    assert code == 2
    assert "add up to 100" in err
    code, _, err = sqms("scorecard", "settings", "--bands", "95,75", "--reason", "x")
    assert code == 1  # quinn is no administrator
    code, _, err = sqms(
        "scorecard", "settings", "--weights", "50,20,20,10", "--bands", "95,75",
        "--reason", "Stricter", user="root",
    )  # fmt: skip
    assert code == 0, err
    assert sqms.json("scorecard", "settings")["bands"] == {"A": 95, "B": 75}
    good = next(c for c in sqms.json("scorecard") if c["code"] == "GOOD")
    # 0.5 * 100 + 0.2 * 90 + 0.2 * 80 = 84 of 90 → 93.3, below the new A bound of 95: B
    assert (good["score"], good["band"]) == (93.3, "B")
