"""The built-in checklist library: shipped workbooks import cleanly and match their sources."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.checklists.library import library_file, library_files
from sqms_desktop.checklists.xlsx_format import read_template, write_template
from sqms_desktop.errors import NotFoundError
from sqms_desktop.queries.templates import spec_of
from sqms_desktop.services import templates
from sqms_desktop.store.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = ("as9100-supplement", "gmp-api-supplier", "iso9001-supplier", "vda63-process")


def test_the_library_has_the_four_templates() -> None:
    assert sorted(library_files()) == sorted(LIBRARY)
    with pytest.raises(NotFoundError, match="the library has: "):
        library_file("nope")


@pytest.mark.parametrize("key", LIBRARY)
def test_each_template_imports_cleanly_and_round_trips(
    key: str, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    spec = read_template(library_file(key))
    assert spec.key == key
    with uow() as u:
        outcome = templates.import_template(u, spec)
        templates.release_template(u, outcome.template_id)
        u.commit()
    with uow() as u:
        stored = spec_of(u.session, outcome.template_id)
    write_template(stored, tmp_path / "again.xlsx")
    assert read_template(tmp_path / "again.xlsx") == stored
    assert stored.sections == spec.sections


def test_library_content_meets_the_brief() -> None:
    specs = {key: read_template(library_file(key)) for key in LIBRARY}

    def scored(key: str) -> list[str]:
        return [
            q.qid
            for s in specs[key].sections
            for q in s.questions
            if q.type in ("score", "yes_no", "yes_no_na")
        ]

    iso = specs["iso9001-supplier"]
    assert iso.scheme == "weighted"
    assert len(scored("iso9001-supplier")) >= 45
    clauses = {s.code.split(".")[0] for s in iso.sections}
    assert {"4", "5", "6", "7", "8", "9", "10"} <= clauses
    for deep in ("8.4", "8.5", "8.7", "9.2", "10.2"):
        section = next(s for s in iso.sections if s.code == deep)
        assert len(section.questions) >= 4, deep

    vda = specs["vda63-process"]
    assert vda.scheme == "vda63"
    codes = [s.code for s in vda.sections]
    assert [c for c in codes if "." not in c] == ["P2", "P3", "P4", "P5", "P7"]
    assert [c for c in codes if c.startswith("P6.")] == [f"P6.U{n}" for n in range(1, 7)]
    assert any(q.star for s in vda.sections for q in s.questions)

    gmp = specs["gmp-api-supplier"]
    assert gmp.scheme == "yes_no"
    assert len(scored("gmp-api-supplier")) >= 40

    as9100 = specs["as9100-supplement"]
    text = " ".join(f"{s.title} {q.text}" for s in as9100.sections for q in s.questions).lower()
    for topic in ("flow", "first article", "counterfeit", "key characteristic"):
        assert topic in text, topic


def test_shipped_workbooks_match_their_sources() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_checklist_library.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
