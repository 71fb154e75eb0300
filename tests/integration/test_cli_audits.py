"""`sqms audit new|answer|finding add|complete|sign|show`: a whole audit without a window."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.services import suppliers, templates, users
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences

LEAD_PW = "lead-auditor-pw"
PASSWORDS = {"lena": LEAD_PW, "omar": "omar-password-1", "pia": "pia-password-1"}
KEY = ISO9001_EXTRACT.key
QIDS = [q.qid for s in ISO9001_EXTRACT.sections for q in s.questions]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with people, a supplier and a checklist (v1 released, v2 a draft)."""
    path = tmp_path / "store" / "sqms.sqlite"
    store = open_store(f"sqlite:///{path}")
    try:
        with UnitOfWork(store, WriteContext(user="root")) as u:
            users.create_user(u, "root", "Root Admin", "admin")
            users.create_user(u, "lena", "Lena Größ", "lead_auditor", LEAD_PW)
            users.create_user(u, "omar", "Omar Şen", "auditor", PASSWORDS["omar"])
            users.create_user(u, "pia", "Pia Nowak", "auditor", PASSWORDS["pia"])
            supplier = suppliers.create_supplier(
                u, suppliers.SupplierInput(code="S1", name="Kowalczyk Sp. z o.o.")
            )
            suppliers.add_site(u, supplier.id, "Plant Łódź", city="Łódź")
            template = templates.create_template(u, ISO9001_EXTRACT)
            templates.release_template(u, template.id)
            templates.import_template(
                u, dataclasses.replace(ISO9001_EXTRACT, title="ISO 9001 audit, 2nd edition")
            )
            u.commit()
    finally:
        store.close()
    return str(path)


def sqms(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str | None = None,
) -> tuple[int, str, str]:
    """Run `sqms` in this process; by default the `--user`'s password goes on standard input."""
    if stdin is None:
        users_named = [args[i + 1] for i, arg in enumerate(args[:-1]) if arg == "--user"]
        stdin = f"{PASSWORDS.get(users_named[-1], '')}\n" if users_named else ""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    monkeypatch.setenv("SQMS_USER", "visitor")  # who acts without --user
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_a_whole_audit_on_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        return sqms(capsys, monkeypatch, "--db", db, *args, stdin=stdin)

    code, out, err = run(
        "--user", "lena", "audit", "new", "--supplier", "S1", "--template", KEY, "--lead",
        "lena", "--type", "process", "--date", "2026-03-02", "--site", "Plant Łódź",
        "--team", "omar", "--objectives", "Check R&D <release>",
    )  # fmt: skip
    assert code == 0, err
    reference = out.strip()
    assert reference == "AUD-2026-0001", out
    planned = json.loads(run("audit", "show", reference, "--json")[1])
    assert planned["audit"]["status"] == "planned"
    assert planned["audit"]["template"].endswith(" v1")  # the newest *released* version

    refused = run("audit", "answer", reference, "q4.1", "3", "--user", "pia")
    assert refused[0] == 1
    assert refused[2].strip() == (
        f"sqms: error: Pia Nowak is not on the team of audit {reference}; starting an audit "
        "needs its lead auditor (Lena Größ), a member of its team or an administrator"
    )
    for qid in QIDS[3:]:  # q4.1, q5.1 and q6.1 below
        assert run("audit", "answer", reference, qid, "3", "--user", "omar")[0] == 0
    code, out, err = run("audit", "answer", reference, "q4.1", "0", stdin="some-password\n")
    assert (code, out) == (2, "")  # $SQMS_USER is visitor, no user of the store: asked first
    assert err == (
        "sqms: error: visitor is not a user of this store (users: lena, omar, pia, root); "
        "choose one with --user NAME or $SQMS_USER\n"
    )
    wrong = run("audit", "answer", reference, "q4.1", "0", "--user", "omar", stdin="guess\n")
    assert wrong[2] == "sqms: error: wrong user name or password\n"
    code, out, err = run(
        "audit", "answer", reference, "q4.1", "0", "--note", "no context", "--user", "omar"
    )
    assert code == 0, err
    assert out == f"{reference} q4.1: 0\n"
    assert "proposed finding (minor nc)" in err
    assert (
        run("audit", "answer", reference, "q5.1", "--na", "", "--user", "omar")[0] == 2
    )  # N/A without a reason: bad input
    code, out, err = run(
        "audit", "answer", reference, "q5.1", "--na", "no management on site", "--user", "omar"
    )
    assert (code, out) == (0, f"{reference} q5.1: n/a\n")
    assert run("audit", "answer", reference, "q6.1", "--note", "ask", "--user", "omar")[0] == 0

    photo = tmp_path / "gauge.jpg"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(photo, "JPEG")
    code, out, err = run(
        "--user", "lena", "audit", "finding", "add", reference, "--class", "minor_nc",
        "--statement", "Context analysis missing", "--question", "q4.1", "--photo", str(photo),
    )  # fmt: skip
    assert code == 0, err
    assert out == f"{reference}-F01\n"
    complete = (
        "--user", "lena", "audit", "complete", reference, "--conclusions", "Largely effective.",
        "--participants", "J. Kowalczyk", "--diverging", "Scope of 4.1", "--date", "2026-03-03",
    )  # fmt: skip
    code, out, err = run(*complete)  # q6.1 has a note but no answer
    assert (code, out) == (2, "")
    assert err == (
        f"sqms: error: audit {reference} has 1 unanswered question (q6.1); completing it anyway "
        "needs the reason they stay unanswered: --incomplete-reason TEXT\n"
    )
    assert json.loads(run("audit", "show", reference, "--json")[1])["audit"]["status"] == (
        "in_progress"
    )
    code, out, err = run(*complete, "--incomplete-reason", "Resources not shown on the day")
    assert code == 0, err
    assert re.fullmatch(
        rf"{reference} completed: \d+\.\d\d %, grade [ABC]\n"
        r"1 question left unanswered \(q6\.1\): Resources not shown on the day\n",
        out,
    )
    code, out, err = run("audit", "sign", reference, "--user", "lena", "--meaning", "approved")
    assert code == 0, err
    assert run("audit", "answer", reference, "q4.1", "3", "--user", "lena")[2].endswith(
        "signed and locked; reopen it with a reason to change it\n"
    )

    shown = json.loads(run("audit", "show", reference, "--json")[1])
    assert shown["audit"]["status"] == "signed"
    assert shown["objectives"] == "Check R&D <release>"
    assert shown["answered"] == len(QIDS) - 1  # q6.1 has a note only
    answers = {a["qid"]: a for a in shown["answers"]}
    assert answers["q4.1"] | {"answered_at_utc": ""} == {
        "qid": "q4.1",
        "value": "0",
        "na": False,
        "justification": "",
        "note": "no context",
        "answered_by": "omar",
        "answered_at_utc": "",
    }
    assert (answers["q5.1"]["na"], answers["q5.1"]["justification"]) == (
        True,
        "no management on site",
    )
    assert (answers["q6.1"]["value"], answers["q6.1"]["note"]) == (None, "ask")
    (finding,) = shown["findings"]
    assert finding["question"] == "q4.1"
    assert finding["requirement"] == "4.1"
    assert finding["photos"] == [hashlib.sha256(photo.read_bytes()).hexdigest()]
    assert shown["closing_meeting"] == {
        "conclusions": "Largely effective.",
        "participants": "J. Kowalczyk",
        "diverging_opinions": "Scope of 4.1",
        "incomplete_reason": "Resources not shown on the day",
    }
    (signature,) = shown["signatures"]
    assert (signature["printed_name"], signature["meaning"], signature["valid"]) == (
        "Lena Größ",
        "approved",
        True,
    )
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            result = score_audit(session, shown["audit"]["id"])
            assert differences(session) == []
    finally:
        store.close()
    assert (shown["score"], shown["grade"]) == (result.total, result.grade)
    assert result.unanswered == ("q6.1",)

    code, out, err = run("audit", "show", reference)
    assert code == 0, err
    assert "diverging opinions: Scope of 4.1" in out
    assert f"finding {reference}-F01 [minor nc] (question q4.1) Context analysis missing" in out
    assert "signed by Lena Größ (approved, " in out

    refused = run("audit", "reopen", reference, "--reason", "typo", "--user", "omar")
    assert "reopening an audit needs the lead auditor or quality engineer" in refused[2]
    code, out, err = run(
        "audit", "reopen", reference, "--reason", "F01 misworded", "--user", "lena"
    )
    assert code == 0, err
    reopened = json.loads(run("audit", "show", reference, "--json")[1])
    assert reopened["audit"]["status"] == "in_progress"
    assert [s["valid"] for s in reopened["signatures"]] == [False]
    trail = json.loads(run("trail", "list", "--record", reopened["audit"]["id"], "--json")[1])
    assert any(e["reason"] == "F01 misworded" for e in trail)


@pytest.mark.slow
def test_a_follow_up_lists_the_open_findings_of_the_last_audit(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(*args: str) -> tuple[int, str, str]:
        return sqms(capsys, monkeypatch, "--db", db, "--user", "lena", *args)

    first = run("audit", "new", "--supplier", "S1", "--template", f"{KEY}@1", "--lead", "lena")
    reference = first[1].strip()
    assert run("audit", "new", "--supplier", "S1", "--lead", "lena", "--type", "follow-up")[
        2
    ].startswith("sqms: error: S1 has no completed audit to follow up")
    for qid in QIDS:
        run("audit", "answer", reference, qid, "2")
    run("audit", "finding", "add", reference, "--class", "major_nc", "--statement", "No CAPAs")
    assert run("audit", "complete", reference, "--conclusions", "Not effective.")[0] == 0

    code, out, err = run(
        "audit", "new", "--supplier", "S1", "--lead", "lena", "--type", "follow-up",
        "--date", "2026-09-01",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(run("audit", "show", out.strip(), "--json")[1])
    assert shown["follow_up_of"] == reference
    assert shown["audit"]["type"] == "follow_up"
    assert shown["answers"] == []
    assert f"- {reference}-F01 (major nc): No CAPAs" in shown["objectives"].splitlines()


def test_plain_errors_for_what_a_person_can_fix(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    codes: list[int] = []

    def err(*args: str) -> str:
        code, _, text = sqms(capsys, monkeypatch, "--db", db, "--user", "lena", *args)
        codes.append(code)
        return text.strip().removeprefix("sqms: error: ")

    new = ("audit", "new", "--supplier", "S1", "--lead", "lena")
    assert err(*new, "--template", f"{KEY}@2") == (
        f"template {KEY} v2 is draft; audits use released templates only"
    )
    assert err(*new, "--template", "nope") == "no checklist template 'nope'"
    assert err(*new, "--template", f"{KEY}@x") == "template version must be a whole number; got 'x'"
    assert err(*new, "--template", KEY, "--site", "Kraków") == (
        "the supplier has no site 'Kraków' (its sites: Plant Łódź)"
    )
    assert err(*new, "--template", KEY, "--type", "social") == (
        "audit type must be one of system, process, product, qualification, follow_up, "
        "self_assessment; got 'social'"
    )
    _, out, _ = sqms(capsys, monkeypatch, "--db", db, "--user", "lena", *new, "--template", KEY)
    reference = out.strip()
    assert err("audit", "answer", reference, "q4.1") == "give a VALUE, --na REASON or --note TEXT"
    assert err("audit", "answer", reference, "q4.1", "7") == (
        "question q4.1: the weighted scheme scores 0, 1, 2, 3; got '7'"
    )
    assert err("audit", "answer", reference, "q99", "1") == (
        f"audit {reference} has no question q99 in its checklist"
    )
    assert err("audit", "complete", reference) == (
        f"audit {reference} needs the conclusions of the closing meeting before it is completed"
    )
    # 1: refused as the store stands (state, not found); 2: a value that is not valid input.
    assert codes == [1, 1, 2, 1, 2, 2, 2, 1, 2]


def test_audit_new_prints_only_the_reference(db: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sqms_desktop.cli", "--db", db, "--user", "lena", "audit", "new",
         "--supplier", "S1", "--template", KEY, "--lead", "lena", "--type", "system"],
        input=f"{LEAD_PW}\n", capture_output=True, text=True, check=False, env=os.environ.copy(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"AUD-\d{4}-0001\n", done.stdout)
    assert done.stderr == ""


def test_complete_as_json_names_the_unanswered_questions_and_the_reason(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(*args: str) -> tuple[int, str, str]:
        return sqms(capsys, monkeypatch, "--db", db, "--user", "lena", *args)

    reference = run("audit", "new", "--supplier", "S1", "--template", KEY, "--lead", "lena")[
        1
    ].strip()
    for qid in QIDS[1:]:  # every score question but the first
        assert run("audit", "answer", reference, qid, "2")[0] == 0, qid
    code, out, err = run(
        "audit", "complete", reference, "--conclusions", "Effective.",
        "--incomplete-reason", "Scope agreed without 4.1", "--json",
    )  # fmt: skip
    assert code == 0, err
    done = json.loads(out)
    assert (done["reference"], done["status"]) == (reference, "completed")
    assert done["unanswered"] == [QIDS[0]]
    assert done["incomplete_reason"] == "Scope agreed without 4.1"
