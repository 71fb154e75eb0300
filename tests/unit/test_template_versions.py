"""Template versions: released versions never change; re-imports make drafts or new versions."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from sqms_desktop.checklists.diff import diff_specs
from sqms_desktop.checklists.spec import QuestionSpec, TemplateSpec
from sqms_desktop.checklists.xlsx_format import write_template
from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.templates import list_templates, spec_of
from sqms_desktop.services import templates
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork


def _changed(spec: TemplateSpec) -> TemplateSpec:
    """Question q4.1 reworded, q10.3 dropped, q10.4 added, q7.2 re-weighted."""
    sections = []
    for section in spec.sections:
        questions = []
        for question in section.questions:
            if question.qid == "q10.3":
                continue
            if question.qid == "q4.1":
                text = "Does the supplier know what shapes its QMS?"
                questions.append(replace(question, text=text))
            elif question.qid == "q7.2":
                questions.append(replace(question, weight=3.0))
            else:
                questions.append(question)
        if section.code == "9-10":
            questions.append(QuestionSpec("q10.4", "Are lessons learned shared across sites?"))
        sections.append(replace(section, questions=questions))
    return replace(spec, sections=sections)


def _import(uow: Callable[[], UnitOfWork], spec: TemplateSpec) -> templates.ImportOutcome:
    with uow() as u:
        outcome = templates.import_template(u, spec)
        u.commit()
    return outcome


def test_import_creates_then_ignores_then_replaces_a_draft_then_versions(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    first = _import(uow, ISO9001_EXTRACT)
    assert (first.action, first.version) == ("created", 1)
    assert _import(uow, ISO9001_EXTRACT).action == "unchanged"

    changed = _changed(ISO9001_EXTRACT)
    replaced = _import(uow, changed)
    assert (replaced.action, replaced.version) == ("draft_replaced", 1)

    with uow() as u:
        templates.release_template(u, replaced.template_id)
        u.commit()
    assert _import(uow, changed).action == "unchanged"
    again = _import(uow, ISO9001_EXTRACT)
    assert (again.action, again.version) == ("new_version", 2)

    with store.session() as session:
        rows = list_templates(session, key="demo-iso9001")
        released = spec_of(session, replaced.template_id)
    assert [(r.version, r.status) for r in rows] == [(1, "released"), (2, "draft")]
    assert released.sections == changed.sections, "a released version never changes"


def test_diff_names_added_removed_and_changed_questions() -> None:
    old = replace(ISO9001_EXTRACT, version=1)
    new = replace(_changed(ISO9001_EXTRACT), version=2, title="ISO 9001 audit, 2nd edition")
    diff = diff_specs(old, new)
    assert diff.added == ("q10.4",)
    assert diff.removed == ("q10.3",)
    assert {c.qid: [f.field for f in c.changes] for c in diff.changed} == {
        "q4.1": ["text"],
        "q7.2": ["weight"],
    }
    assert diff.lines()[0].startswith("title: 'ISO 9001 supplier system audit (demo extract)'")
    assert "~ q7.2: weight 1.5 → 3.0" in diff.lines()
    assert diff_specs(old, old).lines() == ["no differences"]


def test_retire_needs_a_released_version_and_a_reason(
    uow: Callable[[], UnitOfWork],
) -> None:
    outcome = _import(uow, ISO9001_EXTRACT)
    with uow() as u:
        with pytest.raises(StateError, match="only a released version can be retired"):
            templates.retire_template(u, outcome.template_id, reason="old")
        templates.release_template(u, outcome.template_id)
        with pytest.raises(ValidationError, match="reason"):
            templates.retire_template(u, outcome.template_id, reason=" ")
        templates.retire_template(u, outcome.template_id, reason="superseded by v2")
        u.commit()


def _people(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An administrator and Marta, a quality engineer, both with passwords."""
    _stdin(monkeypatch, "admin-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "root", "--role", "admin",
                 "--full-name", "Root Admin"]) == 0  # fmt: skip
    _stdin(monkeypatch, "admin-password-1\nmarta-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "marta", "--role",
                 "quality_engineer", "--full-name", "Marta Zielińska"]) == 0  # fmt: skip


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def _as_marta(db: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    _stdin(monkeypatch, "marta-password-1\n")
    return main(["--db", db, "--user", "marta", *args])


def test_template_commands_round_trip_through_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.sqlite")
    _people(db, monkeypatch)
    source = tmp_path / "iso.xlsx"
    write_template(ISO9001_EXTRACT, source)
    capsys.readouterr()
    assert _as_marta(db, monkeypatch, "template", "import", str(source)) == 0
    assert "demo-iso9001 v1 imported as a new template" in capsys.readouterr().out
    assert _as_marta(db, monkeypatch, "template", "release", "demo-iso9001") == 0
    changed = tmp_path / "changed.xlsx"
    write_template(_changed(ISO9001_EXTRACT), changed)
    assert _as_marta(db, monkeypatch, "template", "import", str(changed), "--json") == 0
    assert json.loads(capsys.readouterr().out.split("released\n")[-1])["action"] == "new_version"
    assert main(["--db", db, "template", "diff", "demo-iso9001", "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert (diff["added"], diff["removed"]) == (["q10.4"], ["q10.3"])
    assert main(["--db", db, "template", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["version"], t["status"]) for t in listed] == [(1, "released"), (2, "draft")]
    out = tmp_path / "out.xlsx"
    assert (
        main(["--db", db, "template", "export", "demo-iso9001", "--version", "2", "-o", str(out)])
        == 0
    )
    capsys.readouterr()
    assert _as_marta(db, monkeypatch, "template", "import", str(out)) == 0
    assert "identical" in capsys.readouterr().out


def test_template_commands_need_a_signed_in_quality_engineer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.sqlite")
    _people(db, monkeypatch)
    source = tmp_path / "iso.xlsx"
    write_template(ISO9001_EXTRACT, source)
    _stdin(monkeypatch, "not-martas-password\n")
    assert main(["--db", db, "--user", "marta", "template", "import", str(source)]) == 1
    assert "wrong user name or password" in capsys.readouterr().err
    _stdin(monkeypatch, "")
    assert main(["--db", db, "--user", "marta", "template", "import", str(source)]) == 1
    assert "standard input must hold the password of marta" in capsys.readouterr().err
    _stdin(monkeypatch, "admin-password-1\nlead-password-1\n")
    assert main(["--db", db, "--user", "root", "user", "add", "lena", "--role", "lead_auditor",
                 "--full-name", "Lena Lead"]) == 0  # fmt: skip
    _stdin(monkeypatch, "lead-password-1\n")
    assert main(["--db", db, "--user", "lena", "template", "import", str(source)]) == 1
    assert "importing a checklist template needs the quality engineer or administrator role" in (
        capsys.readouterr().err
    )
    assert main(["--db", db, "template", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_broken_workbook_prints_every_problem_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "settings"
    sheet.append(["key", "title", "scheme"])
    sheet.append(["x", "", "nope"])
    book.save(tmp_path / "bad.xlsx")
    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "template", "import", str(tmp_path / "bad.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "4 problem(s); nothing was imported" in err
    assert "settings!A2: key 'x' must be" in err
    assert "questions: the sheet is missing" in err
    assert main(["--db", db, "template", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
