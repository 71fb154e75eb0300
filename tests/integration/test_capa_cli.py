"""`sqms capa list|export-scar|import-response` and `sqms report capa` on a real store."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from sqms_desktop.cli import main
from sqms_desktop.queries.capas import capa_detail, capa_id_by_reference
from sqms_desktop.services import capas
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import D, World, build_world

PASSWORD = "quinn-password-1\n"


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    built = build_world(store, context, uow)
    issued = built.raise_capa("Burrs on flange", finding_ids=built.findings)
    built.raise_capa("Still a draft")
    with built.qe() as u:
        capas.issue_capa(u, issued, D)
        u.commit()
    return built


@pytest.fixture
def run(
    store_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    def sqms(*args: str, stdin: str = PASSWORD) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db", str(store_path), "--user", "quinn", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return sqms


def test_capa_list_filters_and_prints_json(
    world: World, run: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, _ = run("capa", "list")
    assert code == 0
    assert "CAPA-2026-0001" in out
    assert "Still a draft" in out
    assert "OVERDUE (containment due)" in out
    code, out, _ = run("capa", "list", "--overdue", "--json")
    rows = json.loads(out)
    assert [(r["reference"], r["overdue"]) for r in rows] == [("CAPA-2026-0001", True)]
    code, out, _ = run("capa", "list", "--supplier", "S2")
    assert "0 CAPAs" in out
    code, _, err = run("capa", "list", "--supplier", "NOPE")
    assert code == 1
    assert "no supplier NOPE" in err


def test_export_fill_dry_run_and_import(
    world: World, store: Store, run: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    form = tmp_path / "CAPA-2026-0001.xlsx"
    code, out, _ = run("capa", "export-scar", "CAPA-2026-0001", "-o", str(form))
    assert code == 0
    assert form.is_file()
    book = openpyxl.load_workbook(form)
    where = {r[1]: r[2] for r in book["_sqms"].iter_rows(values_only=True) if r[0] == "response"}
    book["SCAR"][where["d4.escape_point"]] = "Final inspection"
    book.save(form)

    code, out, _ = run("capa", "import-response", str(form), "--dry-run")
    assert code == 0
    assert "D4 Escape point: (empty) → Final inspection" in out
    assert "1 field would change" in out
    code, out, err = run("capa", "import-response", str(form), stdin="wrong\n")
    assert code == 1
    code, out, _ = run("capa", "import-response", str(form), "--json", stdin=PASSWORD)
    assert code == 0
    assert json.loads(out)["changes"][0]["new"] == "Final inspection"
    with store.session() as session:
        capa_id = capa_id_by_reference(session, "CAPA-2026-0001")
        assert capa_detail(session, capa_id, D).steps["d4"]["escape_point"] == "Final inspection"

    book = openpyxl.load_workbook(form)
    where_title = next(
        c for row in book["SCAR"].iter_rows() for c in row if c.value == "Burrs on flange"
    )
    where_title.value = "Something else"
    book.save(form)
    code, _, err = run("capa", "import-response", str(form), stdin=PASSWORD)
    assert code == 2  # a form that is not what it claims: bad input
    assert "nothing was imported" in err
    assert "the issued part was changed" in err


def test_a_draft_gets_no_form_and_a_report_is_written(
    world: World, run: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    code, _, err = run("capa", "export-scar", "CAPA-2026-0002", "-o", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert "is draft" in err
    code, _, err = run("capa", "export-scar", "CAPA-2099-0001", "-o", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert "no CAPA with reference" in err
    pdf = tmp_path / "8d.pdf"
    code, out, _ = run("report", "capa", "CAPA-2026-0001", "-o", str(pdf), "--company", "Acme")
    assert code == 0
    assert "8D report of CAPA-2026-0001 written" in out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_effectiveness_is_recorded_against_an_audit_of_the_supplier(
    world: World, run: Callable[..., tuple[int, str, str]], store: Store
) -> None:
    with store.session() as session:
        capa_id = capa_id_by_reference(session, "CAPA-2026-0001")
        audit_ref = session.get_one(Audit, world.audit).reference
    with world.qe() as u:
        for stage in ("containment", "root_cause", "corrective_action", "verification"):
            capas.advance_capa(u, capa_id, stage, on=D)
        u.commit()
    check = ("capa", "effectiveness", "CAPA-2026-0001", "--audit", audit_ref)
    code, _, err = run(*check, "--not-effective", stdin=PASSWORD)
    assert code == 2  # a missing note is bad input
    assert "needs a note" in err
    code, out, err = run(*check, "--not-effective", "--note", "Burrs again", stdin=PASSWORD)
    assert code == 0, err
    assert (
        out.strip()
        == f"CAPA-2026-0001 not effective; reopened (containment), checked in {audit_ref}"
    )


@pytest.mark.parametrize("stdin", ["not-the-password\n", ""])
def test_export_scar_needs_the_issuers_password_and_writes_nothing_without_it(
    world: World, run: Callable[..., tuple[int, str, str]], tmp_path: Path, stdin: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    form = folder / "CAPA-2026-0001.xlsx"
    code, out, err = run("capa", "export-scar", "CAPA-2026-0001", "-o", str(form), stdin=stdin)
    assert code != 0
    assert out == ""
    expected = "wrong user name or password" if stdin else "must hold the password of quinn"
    assert expected in err
    assert list(folder.iterdir()) == []  # neither the form nor a temporary file
