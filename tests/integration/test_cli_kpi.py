"""`sqms kpi import FILE [--mapping NAME] [--dry-run] [--json]` on real CSV and .xlsx files, as
a quality engineer brings in a month of deliveries from the ERP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.cli import EXIT_BAD_INPUT, EXIT_ERROR
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.models import Delivery
from tests.support.cli_session import Sqms, new_team_store
from tests.support.delivery_files import DELIVERY_HEADERS, delivery_rows
from tests.support.supplier_files import write_csv, write_xlsx

pytestmark = pytest.mark.slow  # every command signs in (scrypt): some seconds in all


@pytest.fixture
def sqms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    run = new_team_store(tmp_path / "team" / "store.sqlite", capsys, monkeypatch)
    for code in ("S1", "S2"):
        assert run("supplier", "add", "--code", code, "--name", f"Supplier {code}")[0] == 0
    return run


def _deliveries(sqms: Sqms) -> dict[str, tuple[int, int, bool, int]]:
    """Each stored delivery's received and rejected quantity, complaint and premium freight."""
    store = open_store(f"sqlite:///{sqms.db}")
    try:
        with store.session() as session:
            return {
                d.delivery_no: (
                    d.received_qty,
                    d.rejected_qty,
                    d.complaint,
                    d.premium_freight_cents,
                )
                for d in session.scalars(select(Delivery))
            }
    finally:
        store.close()


def _delivery_changes(sqms: Sqms) -> int:
    store = open_store(f"sqlite:///{sqms.db}")
    try:
        with store.session() as session:
            wanted = select(func.count()).select_from(Change).where(Change.entity == "delivery")
            return session.scalar(wanted) or 0
    finally:
        store.close()


def test_import_then_again_then_a_dry_run_of_a_correction(sqms: Sqms, tmp_path: Path) -> None:
    rows = delivery_rows(4)
    rows[0][6:8] = ["1", "120.50"]
    path = write_csv(tmp_path / "march.csv", rows, DELIVERY_HEADERS)
    code, out, err = sqms("kpi", "import", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "row     2  new     S1  D-0001",
        "row     3  new     S2  D-0002",
        "row     4  new     S1  D-0003",
        "row     5  new     S2  D-0004",
        "march.csv: imported: 4 new, 0 updated, 0 unchanged",
    ]
    assert _deliveries(sqms)["D-0001"] == (100, 0, True, 12050)
    changes = _delivery_changes(sqms)

    again = sqms.json("kpi", "import", str(path))
    assert (again["ok"], again["applied"]) == (True, True)
    assert again["counts"] == {"new": 0, "updated": 0, "unchanged": 4}
    assert again["errors"] == []
    assert _delivery_changes(sqms) == changes

    rows[3][5] = "15"
    corrected = write_csv(tmp_path / "march.csv", rows, DELIVERY_HEADERS)
    code, out, _ = sqms("kpi", "import", str(corrected), "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "row     5  update  S2  D-0004  (rejected_qty: 10 → 15)",
        "march.csv: would import (dry run, nothing changed): 0 new, 1 updated, 3 unchanged",
    ]
    dry = sqms.json("kpi", "import", str(corrected), "--dry-run")
    assert (dry["applied"], dry["counts"]["updated"]) == (False, 1)
    assert dry["rows"][3] == {
        "row": 5,
        "supplier": "S2",
        "delivery": "D-0004",
        "action": "update",
        "changes": [{"field": "rejected_qty", "old": "10", "new": "15"}],
        "same_as": None,
    }
    assert _deliveries(sqms)["D-0004"][1] == 10  # the dry run changed nothing
    assert _delivery_changes(sqms) == changes


def test_bad_rows_are_listed_with_row_column_and_message_and_nothing_is_imported(
    sqms: Sqms, tmp_path: Path
) -> None:
    rows = delivery_rows(5)
    rows[1][0] = "NOPE"
    rows[3][5] = "900"
    path = write_xlsx(tmp_path / "march.xlsx", rows, DELIVERY_HEADERS, sheet="LIKP")
    code, out, err = sqms("kpi", "import", str(path), "--json")
    assert code == EXIT_BAD_INPUT
    result = json.loads(out)
    assert (result["ok"], result["applied"]) == (False, False)
    assert result["errors"] == [
        {
            "row": 3,
            "column": "supplier",
            "message": "there is no supplier with the code 'NOPE' in the store",
        },
        {
            "row": 5,
            "column": "rejected_qty",
            "message": "900 parts rejected of 400 received: more than were received",
        },
    ]
    code, out, err = sqms("kpi", "import", str(path))
    assert (code, out) == (EXIT_BAD_INPUT, "")
    assert err.splitlines()[:2] == [
        "sqms: march.xlsx: 2 problems; nothing was imported",
        "  march.xlsx, sheet LIKP, row 3, column 'supplier': there is no supplier with the "
        "code 'NOPE' in the store",
    ]
    assert _deliveries(sqms) == {}


def test_a_mapping_named_for_its_source_is_remembered(sqms: Sqms, tmp_path: Path) -> None:
    headers = ("Kreditor", "Beleg", "Liefertermin", "Wareneingang", "Menge", "Ausschuss")
    path = write_xlsx(tmp_path / "sap.xlsx", [r[:6] for r in delivery_rows(3)], headers)
    code, _, err = sqms("kpi", "import", str(path))
    assert code == EXIT_BAD_INPUT
    assert "no column for the required field supplier" in err
    maps = [
        f"--map={field}={header}" for field, header in zip(DELIVERY_HEADERS, headers, strict=False)
    ]
    done = sqms.json("kpi", "import", str(path), "--mapping", "SAP", *maps)
    assert (done["mapping_saved"], done["counts"]["new"]) == (True, 3)
    again = sqms.json("kpi", "import", str(path), "--mapping", "SAP")
    assert again["counts"]["unchanged"] == 3
    code, _, err = sqms("kpi", "import", str(path), "--mapping", "Oracle")
    assert code == EXIT_BAD_INPUT
    assert "no column mapping is remembered for the source 'Oracle'" in err


def test_an_auditor_is_refused(sqms: Sqms, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "march.csv", delivery_rows(1), DELIVERY_HEADERS)
    code, _, err = sqms("kpi", "import", str(path), user="omar")
    assert code == EXIT_ERROR
    assert "importing deliveries needs" in err
    assert _deliveries(sqms) == {}
