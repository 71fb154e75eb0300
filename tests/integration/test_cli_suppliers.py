"""`sqms supplier add | edit | status | history | site add | contact add | cert add | import |
show | list` on a new, empty store, as a quality team starts with its own suppliers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli_session import Sqms, new_team_store
from tests.support.supplier_files import pdf_scan, supplier_rows, write_csv, write_xlsx

pytestmark = pytest.mark.slow  # every command signs in (scrypt): some seconds in all


@pytest.fixture
def sqms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    return new_team_store(tmp_path / "new" / "NEW.sqlite", capsys, monkeypatch)


def test_a_supplier_with_a_site_a_contact_and_a_certificate(sqms: Sqms, tmp_path: Path) -> None:
    code, out, err = sqms("supplier", "add", "--code", "ACME", "--name", "Acme Gießerei GmbH",
                          "--country", "DE", "--risk", "high", "--status", "prospect",
                          "--risk-reason", "safety parts", "--street", "Hafenstraße 3",
                          "--postal-code", "70173", "--city", "Stuttgart", "--duns", "150483782",
                          "--vat", "DE123456789", "--commodity", "castings",
                          "--commodity", "machining",
                          "--approval-scope", "Die castings")  # fmt: skip
    assert (code, out, err) == (0, "ACME\n", "")
    made = sqms.json("supplier", "add", "--code", "BETA", "--name", "Beta AB", "--country", "SE")
    assert made["code"] == "BETA"
    assert isinstance(made, dict)

    code, out, _ = sqms("supplier", "edit", "ACME", "--name", "Acme Guss GmbH", "--city", "Ulm")
    assert (code, out) == (0, "ACME: changed name, city\n")
    assert sqms.json("supplier", "edit", "ACME", "--city", "Ulm") == {"code": "ACME", "changed": []}

    code, out, _ = sqms("supplier", "status", "ACME", "approved", "--reason", "audit passed")
    assert (code, out) == (0, "ACME is now approved\n")
    # in German the status is the word the screens use
    code, out, _ = sqms("--lang", "de", "supplier", "status", "BETA", "probation", "--reason", "x")
    assert (code, out) == (0, "BETA hat jetzt den Status „Auf Bewährung“\n")
    status = sqms.json("supplier", "status", "ACME", "conditional", "--reason", "PPM high")
    assert status == {"code": "ACME", "status": "conditional", "reason": "PPM high"}

    code, out, _ = sqms("supplier", "site", "add", "ACME", "--name", "Werk Ulm", "--address",
                        "Industriestraße 5", "--city", "Ulm", "--country", "DE",
                        "--process", "die casting", "--process", "machining")  # fmt: skip
    assert (code, out) == (0, "ACME: site Werk Ulm added\n")
    code, out, _ = sqms("supplier", "contact", "add", "ACME", "--name", "Jana Nováková",
                        "--email", "jana@acme.example", "--role", "Quality manager",
                        "--phone", "+49 711 1234")  # fmt: skip
    assert (code, out) == (0, "ACME: contact Jana Nováková added\n")
    scan = tmp_path / "iso9001.pdf"
    scan.write_bytes(pdf_scan())
    cert = sqms.json("supplier", "cert", "add", "ACME", "--standard", "ISO 9001", "--number",
                     "C-1", "--valid-to", "2099-01-31", "--valid-from", "2026-02-01",
                     "--issuer", "TÜV SÜD", "--scope", "Die casting",
                     "--file", str(scan))  # fmt: skip
    assert isinstance(cert, dict)
    assert cert["attachment_id"]
    code, out, _ = sqms("supplier", "cert", "add", "ACME", "--standard", "IATF 16949",
                        "--number", "C-2", "--valid-to", "2099-12-31")  # fmt: skip
    assert (code, out) == (0, "ACME: IATF 16949 certificate C-2 until 2099-12-31\n")

    detail = sqms.json("supplier", "show", "ACME", user="omar")  # auditors read
    assert isinstance(detail, dict)
    assert (detail["street"], detail["city"], detail["duns"], detail["vat_id"]) == (
        "Hafenstraße 3",
        "Ulm",
        "150483782",
        "DE123456789",
    )
    assert detail["sites"][0]["processes"] == ["die casting", "machining"]
    assert detail["contacts"][0]["role"] == "Quality manager"
    first = detail["certificates"][0]
    assert (first["number"], first["warning"], first["attachment_id"], first["scan_name"]) == (
        "C-1",
        "none",
        cert["attachment_id"],
        "iso9001.pdf",
    )
    assert [h["new_status"] for h in detail["status_history"]] == [
        "prospect",
        "approved",
        "conditional",
    ]
    code, out, _ = sqms("supplier", "show", "ACME")
    assert "address: Hafenstraße 3, 70173 Ulm, DE" in out
    assert "site: Werk Ulm, Industriestraße 5, Ulm, DE (die casting, machining)" in out
    assert "contact: Jana Nováková, Quality manager, jana@acme.example, +49 711 1234" in out
    assert "certificate: ISO 9001 C-1 (TÜV SÜD), until 2099-01-31, scan iso9001.pdf" in out
    assert "approved → conditional: PPM high" in out

    history = sqms.json("supplier", "history", "ACME")
    assert isinstance(history, list)
    assert [(h["old_status"], h["new_status"], h["reason"], h["user_name"]) for h in history] == [
        (None, "prospect", "", "Quinn"),
        ("prospect", "approved", "audit passed", "Quinn"),
        ("approved", "conditional", "PPM high", "Quinn"),
    ]
    code, out, _ = sqms("supplier", "history", "ACME")
    assert out.splitlines()[0].split() == ["WHEN", "WHO", "FROM", "TO", "REASON"]
    assert "(created)" in out

    rows = sqms.json("supplier", "list")
    assert isinstance(rows, list)
    acme = next(r for r in rows if r["code"] == "ACME")
    assert (acme["next_audit"], acme["open_findings"], acme["open_capas"]) == (None, 0, 0)
    assert (acme["certificates_expiring"], acme["certificates_expired"]) == (0, 0)
    code, out, _ = sqms("supplier", "list")
    assert out.splitlines()[0].split()[:7] == [
        "CODE", "NAME", "CTRY", "STATUS", "RISK", "NEXT", "AUDIT"
    ]  # fmt: skip
    assert "2 suppliers" in out


def test_refusals_name_the_role_the_field_or_the_file(sqms: Sqms, tmp_path: Path) -> None:
    code, out, err = sqms("supplier", "add", "--code", "OMAR", "--name", "X", user="omar")
    assert (code, out) == (1, "")
    assert err.strip() == (
        "sqms: error: Omar is an auditor; creating a supplier needs the quality engineer or "
        "lead auditor or administrator role"
    )
    code, _, err = sqms("supplier", "add", "--code", "ACME", "--name", "Acme", "--vat", "DE12")
    assert "VAT id 'DE12' does not have the form of a DE VAT id" in err
    assert sqms("supplier", "add", "--code", "ACME", "--name", "Acme")[0] == 0
    code, _, err = sqms("supplier", "status", "ACME", "prospect", "--reason", "again")
    assert "ACME is already prospect; nothing would change" in err
    code, _, err = sqms("supplier", "contact", "add", "ACME", "--name", "X", "--email", "x")
    assert "e-mail address 'x' is not of the form name@example.com" in err
    code, _, err = sqms("supplier", "cert", "add", "ACME", "--standard", "ISO 9001", "--number",
                        "C-1", "--valid-to", "2099-01-01", "--file", str(sqms.db))  # fmt: skip
    assert (code, err.strip()) == (
        2,
        f"sqms: error: {sqms.db} is the store itself; name another file",
    )
    code, _, err = sqms("supplier", "import", str(sqms.db))
    assert "is the store itself" in err
    listed = sqms.json("supplier", "list")
    assert isinstance(listed, list)
    assert [row["code"] for row in listed] == ["ACME"]


def test_a_spreadsheet_is_not_read_when_openpyxl_lacks_defusedxml(
    sqms: Sqms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal is where a spreadsheet is parsed (safe_xlsx.load_workbook): a command that
    reads none, `supplier list`, does not load openpyxl to ask (test_cli_lazy.py)."""
    import openpyxl.xml

    path = write_xlsx(tmp_path / "erp.xlsx", supplier_rows(3))
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    code, out, err = sqms("supplier", "import", str(path))
    assert (code, out) == (1, "")
    assert "not using defusedxml" in err
    assert sqms.json("supplier", "list") == []


def test_import_fifty_rows_one_bad_then_fixed_then_again(sqms: Sqms, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "erp.xlsx", supplier_rows(50, bad_row=17))
    code, out, err = sqms("supplier", "import", str(path))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "sqms: erp.xlsx: 1 problem; nothing was imported",
        "  erp.xlsx, sheet Suppliers, row 17, column 'duns': DUNS number '1000000' must be 9 "
        "digits (e.g. 150483782); it has 7 digit(s)",
    ]
    assert sqms.json("supplier", "list") == []

    write_xlsx(path, supplier_rows(50))
    code, out, _ = sqms("supplier", "import", str(path), "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == (
        "erp.xlsx: would import (dry run, nothing changed): 50 new, 0 update, 0 unchanged"
    )
    assert sqms.json("supplier", "list") == []

    done = sqms.json("supplier", "import", str(path))
    assert isinstance(done, dict)
    assert (done["applied"], done["counts"]) == (True, {"new": 50, "update": 0, "unchanged": 0})
    assert len(sqms.json("supplier", "list")) == 50  # type: ignore[arg-type]

    code, out, _ = sqms("supplier", "import", str(path))
    assert out.splitlines()[-1] == "erp.xlsx: imported: 0 new, 0 update, 50 unchanged"

    rows = supplier_rows(50)
    rows[4][1] = "Renamed GmbH"
    write_xlsx(path, rows)
    code, out, _ = sqms("supplier", "import", str(path))
    assert (
        "row    6  update     SUP-005  Renamed GmbH  (name: Lieferant 5 GmbH → Renamed GmbH)" in out
    )
    assert len(sqms.json("supplier", "list")) == 50  # type: ignore[arg-type]


def test_import_with_a_mapping_remembered_for_its_source(sqms: Sqms, tmp_path: Path) -> None:
    headers = ("Lieferant", "Name1", "Ort", "Land", "Risiko", "Status", "Warengruppe", "DUNS-Nr")
    rows = [[cell.replace("Łódź", "Düsseldorf") for cell in row] for row in supplier_rows(3)]
    path = write_csv(tmp_path / "sap.csv", rows, headers, delimiter=";", encoding="cp1252")
    code, _, err = sqms("supplier", "import", str(path), "--mapping", "SAP")
    assert "no column mapping is remembered for the source 'SAP'" in err
    maps = ["--map", "code=Lieferant", "--map", "name=Name1", "--map", "duns=DUNS-Nr",
            "--map", "city=Ort", "--map", "country=Land"]  # fmt: skip
    code, out, err = sqms("supplier", "import", str(path), "--mapping", "SAP", *maps)
    assert code == 0, err
    assert out.splitlines()[-1] == "column mapping remembered for SAP"
    code, out, err = sqms("supplier", "import", str(path), "--mapping", "SAP", "--json")
    plan = json.loads(out)
    assert plan["counts"] == {"new": 0, "update": 0, "unchanged": 3}
    assert plan["columns"]["duns"] == "DUNS-Nr"
    assert plan["ignored_columns"] == ["Risiko", "Warengruppe"]  # "Status" reads by its name
    code, _, err = sqms("supplier", "import", str(path), "--map", "code")
    assert "--map 'code' must be FIELD=HEADER" in err
