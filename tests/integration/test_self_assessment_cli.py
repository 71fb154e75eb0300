"""`sqms self-assessment export|import` on a real store: out, filled, dry run, in, once."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import LEAD_PASSWORD, World, build_world
from tests.support.self_assessment import ANSWERS, COMMENTS, add_questionnaire, cells, fill
from tests.support.store_hash import store_hash

QE_PASSWORD = "quinn-password-1\n"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    built = build_world(store, context, uow)
    add_questionnaire(built)
    return built


@pytest.fixture
def run(
    store_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    def sqms(*args: str, user: str = "quinn", stdin: str = QE_PASSWORD) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db", str(store_path), "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return sqms


def test_export_fill_dry_run_import_and_once_only(
    world: World, run: Run, store_path: Path, tmp_path: Path
) -> None:
    form = tmp_path / "S1 self-assessment.xlsx"
    code, out, err = run(
        "self-assessment", "export", "--supplier", "S1", "--template", "supplier-sa",
        "-o", str(form), "--json",
    )  # fmt: skip
    assert code == 0, err
    exported = json.loads(out)
    assert (exported["template"], exported["version"]) == ("supplier-sa", 1)
    assert exported["form_id"].startswith("SA-")
    fill(form, ANSWERS, COMMENTS)

    before = store_hash(store_path)
    code, out, err = run("self-assessment", "import", str(form), "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert (preview["applied"], preview["audit"], preview["answered"]) == (False, None, 7)
    assert {a["question"]: a["value"] for a in preview["answers"]}["q7"] == "stamping; painting"
    assert store_hash(store_path) == before

    code, out, err = run(
        "self-assessment", "import", str(form), "--user", "lena", stdin=LEAD_PASSWORD + "\n"
    )
    assert code == 0, err
    assert out.splitlines()[-1].startswith("AUD-2026-0003: 7 of 8 questions answered by ")
    code, out, err = run("audit", "show", "AUD-2026-0003", "--json")
    shown = json.loads(out)
    assert (shown["audit"]["type"], shown["audit"]["status"]) == ("self_assessment", "in_progress")

    code, _, err = run(
        "self-assessment", "import", str(form), "--user", "lena", stdin=LEAD_PASSWORD + "\n"
    )
    assert code == 1
    assert "imported already, as audit AUD-2026-0003" in err


def test_a_wrong_answer_exits_2_naming_row_and_column(
    world: World, run: Run, store_path: Path, tmp_path: Path
) -> None:
    form = tmp_path / "sa.xlsx"
    code, _, err = run(
        "self-assessment", "export", "--supplier", "S1", "--template", "supplier-sa",
        "-o", str(form),
    )  # fmt: skip
    assert code == 0, err
    fill(form, {"q5": 900})
    cell = cells(form)["q5"][0]
    before = store_hash(store_path)
    code, _, err = run("self-assessment", "import", str(form), "--lead", "lena")
    assert code == 2
    assert f"Self-assessment!{cell} (row {cell[1:]}, column Answer), question q5: 900 lies" in err
    assert store_hash(store_path) == before


def test_export_needs_the_issuers_password(world: World, run: Run, tmp_path: Path) -> None:
    form = tmp_path / "out" / "sa.xlsx"
    code, _, err = run(
        "self-assessment", "export", "--supplier", "S1", "--template", "supplier-sa",
        "-o", str(form), stdin="wrong\n",
    )  # fmt: skip
    assert code != 0
    assert "wrong user name or password" in err
    assert not form.exists()
