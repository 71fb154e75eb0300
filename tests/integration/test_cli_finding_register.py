"""`sqms audit finding list`: the findings register on the command line, on a new empty store,
on a store built with the services, and on the demo."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.findings import Register, build_register


def sqms(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_store_has_an_empty_register(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "new.sqlite")
    open_store(f"sqlite:///{db}").close()
    code, out, _ = sqms(capsys, "--db", db, "audit", "finding", "list")
    assert code == 0
    assert out.splitlines()[-1] == f"0 findings, 0 without a CAPA, in {db}"
    code, out, _ = sqms(capsys, "--db", db, "audit", "finding", "list", "--json", "--open")
    assert (code, json.loads(out)) == (0, [])


@pytest.fixture
def register(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Register:
    return build_register(store, context, uow)


def _listed(capsys, store_path: Path, *args: str) -> list[dict[str, object]]:
    code, out, err = sqms(
        capsys, "--db", str(store_path), "audit", "finding", "list", "--json", *args
    )
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), ["A3-F1", "A2-F2", "A2-F1", "A1-F2", "A1-F1"]),
        (("--supplier", "S1"), ["A3-F1", "A1-F2", "A1-F1"]),
        (("--class", "major_nc"), ["A2-F2", "A1-F1"]),
        (("--class", "major_nc", "--class", "observation"), ["A2-F2", "A2-F1", "A1-F1"]),
        (("--open",), ["A2-F2", "A2-F1", "A1-F2", "A1-F1"]),
        (("--status", "closed"), ["A3-F1"]),
        (("--has-capa",), ["A2-F2", "A1-F1"]),
        (("--no-capa", "--open"), ["A2-F1", "A1-F2"]),
        (("--from", "2026-02-01", "--to", "2026-02-28"), ["A2-F2", "A2-F1"]),
        (("--search", "calibration"), ["A1-F1"]),
        (("--supplier", "S1", "--class", "minor_nc", "--open"), ["A1-F2"]),
    ],
)
def test_options_narrow_the_register(
    capsys, register: Register, store_path: Path, args: tuple[str, ...], expected: list[str]
) -> None:
    rows = _listed(capsys, store_path, *args)
    assert [r["reference"] for r in rows] == [register.finding_refs[n] for n in expected]


def test_json_carries_audit_question_and_capa(capsys, register: Register, store_path: Path) -> None:
    (row,) = _listed(capsys, store_path, "--audit", register.audit_refs["A1"], "--has-capa")
    assert row["reference"] == register.finding_refs["A1-F1"]
    assert row["audit_reference"] == register.audit_refs["A1"]
    assert row["audit_date"] == "2026-01-12"
    assert (row["supplier_code"], row["supplier_name"]) == ("S1", "Acme Castings GmbH")
    assert (row["qid"], row["question_text"]) == ("q1", "Are gauges calibrated?")
    assert (row["finding_class"], row["status"]) == ("major_nc", "capa_raised")
    assert row["capas"] == [register.capa_refs["issued"]]
    assert row["capa_ids"] == [register.capa_ids["issued"]]
    assert row["capa_due"] == "2026-01-21"
    assert row["capa_overdue"] is True  # today is long after 21 January 2026


def test_the_table_for_people(capsys, register: Register, store_path: Path) -> None:
    code, out, _ = sqms(
        capsys, "--db", str(store_path), "audit", "finding", "list", "--supplier", "S1"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "FINDING", "DATE", "SUPPLIER", "QUESTION", "CLASS", "STATUS", "CAPA", "DUE", "STATEMENT",
    ]  # fmt: skip
    major = next(line for line in lines if line.startswith(register.finding_refs["A1-F1"]))
    assert "major nc" in major
    assert f"{register.capa_refs['issued']}  2026-01-21 OVERDUE" in major
    assert "Gauge 17 out of calibration" in major
    assert lines[-1] == f"3 findings, 2 without a CAPA, in {store_path}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--supplier", "NOPE"), "no supplier NOPE"),
        (("--audit", "AUD-1999-0001"), "no audit AUD-1999-0001"),
        (
            ("--from", "2026-03-01", "--to", "2026-01-01"),
            "--from 2026-03-01 is after --to 2026-01-01",
        ),
    ],
)
def test_a_mistake_is_named_not_answered_with_nothing(
    capsys, register: Register, store_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = sqms(capsys, "--db", str(store_path), "audit", "finding", "list", *args)
    assert code == (2 if "--from" in args else 1)  # a date range backwards is bad input
    assert out == ""
    assert message in err


def test_bad_option_values_are_refused_by_the_parser(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    for args in (("--class", "major"), ("--from", "1 March"), ("--has-capa", "--no-capa")):
        with pytest.raises(SystemExit) as stopped:
            main(["--db", db, "audit", "finding", "list", *args])
        assert stopped.value.code == 2
    assert "invalid choice: 'major'" in capsys.readouterr().err


@pytest.mark.slow
def test_the_demo_register(capsys, demo_store_file: Path) -> None:
    db = str(demo_store_file)
    rows = _listed(capsys, demo_store_file)
    with sqlite3.connect(db) as raw:
        (findings,) = raw.execute("select count(*) from finding").fetchone()
        (linked,) = raw.execute("select count(distinct finding_id) from capa_finding").fetchone()
    assert len(rows) == findings > 0
    dates = [r["audit_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    with_capa = _listed(capsys, demo_store_file, "--has-capa")
    assert len(with_capa) == linked > 0
    assert all(r["capas"] for r in with_capa)
    without = _listed(capsys, demo_store_file, "--no-capa")
    assert len(without) + len(with_capa) == findings
    code = str(rows[0]["supplier_code"])
    majors = _listed(capsys, demo_store_file, "--supplier", code, "--class", "major_nc", "--open")
    assert all(r["supplier_code"] == code and r["finding_class"] == "major_nc" for r in majors)
    assert all(r["status"] != "closed" for r in majors)
    spring = _listed(capsys, demo_store_file, "--from", "2026-03-01", "--to", "2026-05-31")
    assert all(
        dt.date(2026, 3, 1).isoformat() <= str(r["audit_date"]) <= "2026-05-31" for r in spring
    )
    assert 0 < len(spring) < findings
    code_, out, _ = sqms(capsys, "--db", db, "audit", "finding", "list")
    assert code_ == 0
    assert out.splitlines()[-1].startswith(f"{findings} findings, {findings - linked} without")
