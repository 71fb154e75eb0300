"""A SCAR raised from a major finding with `sqms capa new`, on a team's own new store (no demo):
plan and perform an audit on a new supplier, signing refused until every major finding has a CAPA
or a recorded reason, the links shown both ways, and the report saying which."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from sqms_desktop.cli import main
from tests.support.quality_team import PASSWORDS, SUPPLIER, TEMPLATE, build_quality_team_store

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`sqms --db NEW.sqlite --user USER …` in this process, USER's password on standard input."""
    db = tmp_path / "store" / "NEW.sqlite"
    build_quality_team_store(db)

    def sqms(user: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
        password = PASSWORDS.get(user, "")
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n" if stdin is None else stdin))
        code = main(["--db", str(db), "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return sqms


def _audit_with_two_majors(run: Run) -> str:
    code, out, err = run(
        "lena", "audit", "new", "--supplier", SUPPLIER, "--template", TEMPLATE, "--lead", "lena"
    )
    assert code == 0, err
    audit = out.strip()
    for qid in ("q4.1", "q5.1", "q6.1"):
        assert run("lena", "audit", "answer", audit, qid, "3")[0] == 0
    for statement in ("Parts shipped without final inspection", "Gauge G-7 out of calibration"):
        code, _, err = run(
            "lena", "audit", "finding", "add", audit, "--class", "major_nc",
            "--statement", statement, "--question", "q8.6", "--evidence", "Lot 4711 sampled",
        )  # fmt: skip
        assert code == 0, err
    run("lena", "audit", "finding", "add", audit, "--class", "minor_nc", "--statement", "Label")
    code, _, err = run(
        "lena", "audit", "complete", audit, "--conclusions", "Not effective.",
        "--incomplete-reason", "Stopped after the major findings",
    )  # fmt: skip
    assert code == 0, err
    return audit


@pytest.mark.slow
def test_a_scar_from_a_major_finding_lets_the_audit_be_signed(run: Run, tmp_path: Path) -> None:
    audit = _audit_with_two_majors(run)
    first, second, minor = (f"{audit}-F0{n}" for n in (1, 2, 3))

    code, _, err = run("lena", "audit", "sign", audit, "--meaning", "approved")
    assert code == 1
    assert err.strip() == (
        f"sqms: error: audit {audit} cannot be signed: {first} (major nc), {second} (major nc) "
        "have neither a CAPA nor a recorded reason why none is needed; raise a CAPA from each "
        "or record the reason"
    )
    shown = run("lena", "audit", "show", audit)[1]
    assert "needs a CAPA or a reason why none is needed before the audit is signed" in shown

    code, out, err = run("quinn", "capa", "new", "--finding", first, "--scar", "--json")
    assert code == 0, err
    raised = json.loads(out)
    today = dt.date.today()
    assert raised["reference"] == f"CAPA-{today.year}-0001"
    assert raised["findings"] == [first]
    assert raised["is_scar"] is True
    assert raised["state"] == "issued"
    assert raised["supplier"] == SUPPLIER
    assert raised["title"] == "Parts shipped without final inspection"
    assert raised["owner"] == "Quinn Quality"
    assert raised["containment_due"] == (today + dt.timedelta(days=1)).isoformat()
    assert raised["closure_due"] == (today + dt.timedelta(days=30)).isoformat()

    refused = run("quinn", "capa", "new", "--finding", first)
    assert refused[2] == (
        f"sqms: error: no CAPA raised: {first} already has an open CAPA, "
        f"{raised['reference']} (issued)\n"
    )
    assert (
        "cannot be signed: " + f"{second} (major nc) has neither"
        in (run("lena", "audit", "sign", audit, "--meaning", "approved")[2])
    )
    code, out, err = run(
        "lena", "audit", "finding", "no-capa", second, "--reason", "Gauge replaced on site"
    )
    assert (code, out) == (0, f"{second}: no CAPA needed (Gauge replaced on site)\n"), err
    code, _, err = run("lena", "audit", "sign", audit, "--meaning", "approved")
    assert code == 0, err

    findings = {
        f["reference"]: f
        for f in json.loads(run("lena", "audit", "show", audit, "--json")[1])["findings"]
    }
    assert findings[first]["capas"] == [
        {"reference": raised["reference"], "state": "issued", "is_scar": True}
    ]
    assert findings[second]["no_capa_reason"] == "Gauge replaced on site"
    assert findings[minor]["capas"] == []
    assert findings[first]["status"] == "capa_raised"
    text = run("lena", "audit", "show", audit)[1]
    assert f"  SCAR {raised['reference']} (issued)" in text
    assert "  no CAPA: Gauge replaced on site" in text

    capa = json.loads(run("lena", "capa", "show", raised["reference"], "--json")[1])
    assert capa["row"]["findings"] == [first]
    assert [f["reference"] for f in capa["findings"]] == [first]
    assert "Finding: Parts shipped without final inspection" in capa["problem_description"]
    assert capa["steps"]["d2"]["why"] == "Requirement not met: 8.6"
    listed = run("lena", "capa", "list")[1]
    assert f"{raised['reference']}  {SUPPLIER}" in listed
    assert first in listed
    shown = run("lena", "capa", "show", raised["reference"])[1]
    assert f"  {first} [major nonconformity] Parts shipped without final inspection" in shown

    pdf = tmp_path / "report.pdf"
    assert run("lena", "report", "pdf", audit, "-o", str(pdf))[0] == 0
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert f"CAPA {raised['reference']}" in flat
    assert "CAPA no CAPA: Gauge replaced on site" in flat


@pytest.mark.slow
def test_capa_new_refusals_and_options(run: Run) -> None:
    audit = _audit_with_two_majors(run)
    code, _, err = run("quinn", "capa", "new", "--finding", f"{audit}-F09")
    assert code == 1
    assert f"no finding '{audit}-F09'" in err
    code, _, err = run("lena", "capa", "new", "--finding", f"{audit}-F01")
    assert "issuing a CAPA needs the quality engineer role; raise it as a draft" in err
    code, out, err = run(
        "lena", "capa", "new", "--finding", f"{audit}-F01", "--finding", f"{audit}-F03",
        "--draft", "--title", "Final inspection skipped", "--owner", "quinn", "--safety-critical",
    )  # fmt: skip
    assert code == 0, err
    reference = out.strip()
    assert "kept as a draft" in err
    shown = json.loads(run("lena", "capa", "show", reference, "--json")[1])
    assert shown["row"]["is_scar"] is False  # without --scar: an internal CAPA
    assert (shown["row"]["title"], shown["row"]["owner"]) == (
        "Final inspection skipped",
        "Quinn Quality",
    )
    assert shown["safety_critical"] is True
    assert shown["row"]["findings"] == [f"{audit}-F01", f"{audit}-F03"]
    code, _, err = run("lena", "audit", "finding", "no-capa", f"{audit}-F03", "--reason", "x")
    assert "only a major nonconformity or a critical finding" in err
    code, _, err = run("lena", "audit", "finding", "no-capa", f"{audit}-F01", "--reason", "x")
    assert f"{audit}-F01 is answered by {reference} (draft)" in err
