"""`sqms risk | agreement | development | cost | review` on a new store, each read command's
JSON checked against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Delivery
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.cli_session import Sqms, new_team_store
from tests.support.documents import pdf

MINUTES = "Sorting continues until CAPA-2026-0001 is closed."

pytestmark = pytest.mark.slow  # every command signs in (scrypt): some seconds in all


@pytest.fixture
def sqms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    db = tmp_path / "new" / "NEW.sqlite"
    run = new_team_store(db, capsys, monkeypatch)
    for code in ("ACME", "BETA"):
        assert (
            run("supplier", "add", "--code", code, "--name", code.title(), "--risk", "low")[0] == 0
        )
    store = open_store(f"sqlite:///{db}")
    try:
        with UnitOfWork(store, WriteContext(user="quinn")) as u:
            raise_capa(u, CapaInput(supplier_id=_id(u, "ACME"), title="Burrs", owner="quinn"))
            u.add(
                Delivery(
                    supplier_id=_id(u, "ACME"),
                    delivery_no="D-100",
                    due_date=dt.date(2026, 3, 10),
                    received_date=dt.date(2026, 3, 10),
                    period="2026-03",
                    received_qty=4000,
                    rejected_qty=10,
                    complaint=False,
                    premium_freight_cents=0,
                )
            )
            u.commit()
    finally:
        store.close()
    return run


def _id(u: UnitOfWork, code: str) -> str:
    from sqms_desktop.queries.suppliers import supplier_id_by_code

    return supplier_id_by_code(u.session, code)


def test_the_risk_register_raises_a_suppliers_class(sqms: Sqms) -> None:
    made = sqms.json("risk", "add", "ACME", "--category", "single_source", "--description",
                     "Sole die caster", "--likelihood", "3", "--impact", "5",
                     "--capa", "CAPA-2026-0001")  # fmt: skip
    assert made["score"] == 15
    sqms.json("risk", "add", "BETA", "--category", "capacity", "--description", "Full",
              "--likelihood", "2", "--impact", "4")  # fmt: skip
    classes = sqms.json("risk", "classes", user="omar")  # auditors read
    assert classes == [
        {
            "code": "ACME",
            "risk_class": "high",
            "reason": "raised from low by the open single source risk “Sole die caster”: "
            "likelihood 3 × impact 5 = 15 (high)",
        },
        {
            "code": "BETA",
            "risk_class": "medium",
            "reason": "raised from low by the open capacity risk “Full”: "
            "likelihood 2 × impact 4 = 8 (medium)",
        },
    ]
    edited = sqms.json("risk", "edit", made["id"][:8], "--impact", "4")
    assert edited == {"id": made["id"], "changed": ["impact"]}
    listed = sqms.json("risk", "list", "--supplier", "ACME")
    assert [(r["score"], r["risk_class"], r["capa_reference"]) for r in listed] == [
        (12, "medium", "CAPA-2026-0001")
    ]
    closed = sqms.json("risk", "close", made["id"][:8], "--reason", "Second source approved")
    assert closed["status"] == "closed"
    assert sqms.json("risk", "list", "--open", "--supplier", "ACME") == []
    code, _, err = sqms("risk", "add", "ACME", "--category", "capacity", "--description", "x",
                        "--likelihood", "6", "--impact", "1")  # fmt: skip
    assert code == 2
    assert "likelihood must be a whole number from 1 to 5" in err
    code, _, err = sqms("risk", "add", "ACME", "--category", "capacity", "--description", "x",
                        "--likelihood", "2", "--impact", "1", user="omar")  # fmt: skip
    assert code == 1
    assert "needs the" in err


def test_agreements_refuse_overlap_and_list_the_one_in_force(sqms: Sqms, tmp_path: Path) -> None:
    signed = tmp_path / "qa.pdf"
    signed.write_bytes(pdf())
    made = sqms.json("agreement", "add", "ACME", "--reference", "QA-1", "--valid-from",
                     "2026-01-01", "--valid-until", "2026-12-31", "--ppm", "500", "--on-time",
                     "95", "--capa-days", "10", "--file", str(signed))  # fmt: skip
    assert made["reference"] == "QA-1"
    code, _, err = sqms("agreement", "add", "ACME", "--reference", "QA-2", "--valid-from",
                        "2026-06-01", "--valid-until", "2027-05-31")  # fmt: skip
    assert code == 2
    assert "overlaps agreement QA-1 of ACME" in err
    in_force = sqms.json("agreement", "list", "--on", "2026-07-01")
    assert [(a["supplier_code"], a["ppm_target"], a["on_time_target_pct"],
             a["capa_response_days"], a["document_name"]) for a in in_force] == [
        ("ACME", 500, 95.0, 10, "qa.pdf")
    ]  # fmt: skip
    assert sqms.json("agreement", "list", "--on", "2027-01-01") == []


def test_development_actions_and_their_update(sqms: Sqms) -> None:
    made = sqms.json("development", "add", "ACME", "--kind", "training", "--title",
                     "SPC training", "--owner", "Jana", "--due", "2026-05-31")  # fmt: skip
    updated = sqms.json("development", "update", made["id"][:8], "--status", "done")
    assert updated["changed"] == ["status"]
    code, _, err = sqms("development", "update", made["id"][:8], "--result", "Charts in use")
    assert code == 2
    assert "--result and --audit go together" in err
    listed = sqms.json("development", "list", "--supplier", "ACME")
    assert [(r["kind"], r["title"], r["status"], r["due"]) for r in listed] == [
        ("training", "SPC training", "done", "2026-05-31")
    ]


def test_costs_and_their_sums_per_period(sqms: Sqms) -> None:
    for args in (
        ("--category", "sorting", "--date", "2026-03-02", "--amount", "120.50",
         "--currency", "EUR", "--capa", "CAPA-2026-0001"),
        ("--category", "scrap", "--date", "2026-03-20", "--amount", "79.50",
         "--currency", "eur", "--delivery", "D-100"),
        ("--category", "rework", "--date", "2026-04-01", "--amount", "10", "--currency", "EUR"),
    ):  # fmt: skip
        sqms.json("cost", "add", "ACME", *args)
    sums = sqms.json("cost", "list", "--sums")
    assert [(s["period"], s["amount_cents"], s["currency"], s["count"]) for s in sums] == [
        ("2026-03", 20000, "EUR", 2),
        ("2026-04", 1000, "EUR", 1),
    ]
    by_category = sqms.json("cost", "list", "--by-category", "--period", "2026-03")
    assert [(s["category"], s["amount_cents"]) for s in by_category] == [
        ("scrap", 7950),
        ("sorting", 12050),
    ]
    rows = sqms.json("cost", "list", "--supplier", "ACME", "--period", "2026-03")
    assert [(r["capa_reference"], r["delivery_no"]) for r in rows] == [
        ("", "D-100"),
        ("CAPA-2026-0001", ""),
    ]
    code, _, err = sqms("cost", "add", "ACME", "--category", "scrap", "--date", "2026-03-01",
                        "--amount", "1.234", "--currency", "EUR")  # fmt: skip
    assert code == 2
    assert "more than two decimals" in err


def test_a_review_is_recorded_signed_locked_and_printed(sqms: Sqms, tmp_path: Path) -> None:
    made = sqms.json("review", "add", "ACME", "--date", "2026-04-08", "--period", "2026-03",
                     "--attendee", "Jana Novak", "--attendee", "Quinn", "--topics",
                     "PPM trend", "--minutes", MINUTES)  # fmt: skip
    snapshot = made["scorecard"]
    # one delivery on its due date: 4000 received, 10 rejected = 2500 PPM, 100 % on time
    assert (snapshot["deliveries"], snapshot["on_time_pct"], snapshot["ppm"]) == (1, 100.0, 2500)
    assert snapshot["open_capas"] == ["CAPA-2026-0001"]
    short = made["id"][:8]
    agreed = sqms.json("review", "action", short, "--description", "Sort stock", "--owner",
                       "Jana", "--due", "2026-04-30")  # fmt: skip
    assert agreed["review_id"] == made["id"]
    signed = sqms.json("review", "sign", short, "--meaning", "approved", user="lena")
    assert (signed["status"], signed["signed_by"], signed["meaning"]) == (
        "signed",
        "Lena",
        "approved",
    )
    code, _, err = sqms("review", "action", short, "--description", "More", "--owner", "J",
                        "--due", "2026-05-01")  # fmt: skip
    assert code == 1
    assert "is signed; its minutes cannot change" in err
    listed = sqms.json("review", "list", "--supplier", "ACME")
    assert [(r["status"], len(r["actions"]), r["attendees"]) for r in listed] == [
        ("signed", 1, ["Jana Novak", "Quinn"])
    ]
    out = tmp_path / "minutes.pdf"
    printed = sqms.json("review", "print", short, "-o", str(out))
    assert printed["output"] == str(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert MINUTES in text
    assert "Lena" in text
    assert out.read_bytes().startswith(b"%PDF")
    before = Path(sqms.db).read_bytes()
    code, _, err = sqms("review", "print", short, "-o", str(sqms.db))
    assert code == 2
    assert "store" in err
    assert Path(sqms.db).read_bytes() == before
