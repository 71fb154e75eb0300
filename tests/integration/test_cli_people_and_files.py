"""What a new user trips over on the command line: a signature without a meaning, a `--user`
the store does not know, the demo store, and the files the commands write (their mode, and
never the store itself)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
from pathlib import Path

import pytest

from sqms_desktop import paths
from sqms_desktop.cli import main
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.demo import SMALL_DEMO

LEAD = "anna.kowalczyk"  # the demo's lead auditor
QE = "marta.zielinska"  # the demo's quality engineer


def sqms(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse refuses with exit status 2
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _first(rows: list[dict[str, str]], **wanted: str) -> str:
    return next(r["reference"] for r in rows if all(r[k] == v for k, v in wanted.items()))


def test_signing_without_a_meaning_is_refused_and_lists_the_meanings(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo_copy)
    audits = json.loads(sqms(capsys, monkeypatch, "--db", db, "audit", "list", "--json")[1])
    completed = _first(audits, status="completed")
    code, out, err = sqms(
        capsys, monkeypatch, "--db", db, "--user", LEAD, "audit", "sign", completed,
        stdin=f"{DEMO_PASSWORDS[LEAD]}\n",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert "the following arguments are required: --meaning" in err
    assert "{authored,reviewed,approved,responsible}" in err
    shown = json.loads(
        sqms(capsys, monkeypatch, "--db", db, "audit", "show", completed, "--json")[1]
    )
    assert shown["audit"]["status"] == "completed"  # nothing was signed
    code, out, err = sqms(
        capsys, monkeypatch, "--db", db, "--user", LEAD, "audit", "sign", completed,
        "--meaning", "reviewed", stdin=f"{DEMO_PASSWORDS[LEAD]}\n",
    )  # fmt: skip
    assert code == 0, err
    assert out == f"{completed} signed by Anna Kowalczyk (reviewed)\n"


def test_a_user_the_store_does_not_know_is_named_with_the_way_to_choose_one(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo_copy)
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    monkeypatch.setenv("SQMS_USER", "root")
    for command in (
        ("supplier", "status", "SUP-0001", "probation", "--reason", "late deliveries"),
        ("audit", "sign", "AUD-2026-0001", "--meaning", "approved"),
        ("user", "add", "kim", "--role", "auditor", "--full-name", "Kim"),
    ):
        code, out, err = sqms(capsys, monkeypatch, "--db", db, *command, stdin="x\nx\n")
        assert (code, out) == (2, "")
        assert err == (
            "sqms: error: root is not a user of this store (users: admin, anna.kowalczyk, "
            "elif.sahin, jonas.weiss, li.na, marta.zielinska); "
            "choose one with --user NAME or $SQMS_USER\n"
        ), command
    assert "password" not in err
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before


def test_a_store_without_users_says_how_to_add_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "new.sqlite")
    open_store(f"sqlite:///{db}").close()
    code, _, err = sqms(
        capsys, monkeypatch, "--db", db, "--user", "root", "supplier", "add", "--code", "S1",
        "--name", "Acme", stdin="x\n",
    )  # fmt: skip
    assert code == 2
    assert err == (
        "sqms: error: this store has no users yet; add its first administrator with "
        "`sqms user add NAME --role admin --full-name TEXT`\n"
    )


@pytest.fixture
def demo_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder, empty, so the demo store is made in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SQMS_DB", raising=False)
    return tmp_path / "data"


@pytest.mark.slow
def test_dash_dash_demo_works_on_the_demo_store(
    demo_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = paths.demo_store_path()
    assert demo == demo_home / "sqms-desktop" / "demo" / "sqms-demo.sqlite"
    size = [f"--{k}={v}" for k, v in SMALL_DEMO.items() if k != "seed"]
    code, out, err = sqms(capsys, monkeypatch, "--demo", "demo", *size, "--json")
    assert code == 0, err
    assert json.loads(out)["store"] == str(demo)
    suppliers = json.loads(sqms(capsys, monkeypatch, "--demo", "supplier", "list", "--json")[1])
    assert len(suppliers) == SMALL_DEMO["suppliers"]
    info = sqms(capsys, monkeypatch, "--demo", "store", "info")[1]
    assert str(demo) in info
    code, out, err = sqms(
        capsys, monkeypatch, "--demo", "--user", QE, "supplier", "status", suppliers[0]["code"],
        "probation", "--reason", "three late deliveries", stdin=f"{DEMO_PASSWORDS[QE]}\n",
    )  # fmt: skip
    assert code == 0, err
    refused = sqms(capsys, monkeypatch, "--demo", "--db", str(demo), "supplier", "list")
    assert refused == (
        2,
        "",
        "sqms: error: --demo and --db both choose the store; give one of them\n",
    )


def _store_state(db: Path) -> tuple[str, list[str]]:
    """The store's bytes and its attachments folder, to show a refused command changed neither."""
    attachments = db.parent / "attachments"
    files = sorted(str(p.relative_to(attachments)) for p in attachments.rglob("*"))
    return hashlib.sha256(db.read_bytes()).hexdigest(), files


@pytest.fixture
def references(demo_copy: Path) -> dict[str, str]:
    store = open_store(f"sqlite:///{demo_copy}")
    try:
        with UnitOfWork(store, WriteContext(user=LEAD)) as uow:
            from sqlalchemy import select

            from sqms_desktop.store.models import Audit, Capa

            audit = uow.session.scalars(
                select(Audit.reference).where(Audit.status == "report_issued")
            ).first()
            scar = uow.session.scalars(select(Capa.reference).where(Capa.is_scar)).first()
            capa = uow.session.scalars(select(Capa.reference)).first()
    finally:
        store.close()
    assert audit is not None
    assert scar is not None
    assert capa is not None
    return {"audit": audit, "scar": scar, "capa": capa}


def _writers(refs: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Every command that writes a file the user names with -o, up to that option."""
    return {
        "report pdf": ("report", "pdf", refs["audit"]),
        "report capa": ("report", "capa", refs["capa"]),
        "export": ("export", "findings"),
        "template export": ("template", "export", "iso9001-supplier"),
        "capa export-scar": ("--user", LEAD, "capa", "export-scar", refs["scar"]),
        "scorecard": ("scorecard",),
    }


@pytest.mark.slow
def test_written_files_get_the_users_normal_mode(
    demo_copy: Path,
    references: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_dir = tmp_path / "out"
    suffix = {"export": ".xlsx", "template export": ".xlsx", "capa export-scar": ".xlsx"}
    for mask, expected in ((0o022, 0o644), (0o027, 0o640)):
        old = os.umask(mask)
        try:
            for name, command in _writers(references).items():
                target = out_dir / f"{name.replace(' ', '-')}-{mask:o}{suffix.get(name, '.pdf')}"
                code, _, err = sqms(
                    capsys, monkeypatch, "--db", str(demo_copy), *command, "-o", str(target),
                    stdin=f"{DEMO_PASSWORDS[LEAD]}\n",
                )  # fmt: skip
                assert code == 0, (name, err)
                assert stat.S_IMODE(target.stat().st_mode) == expected, name
        finally:
            os.umask(old)


@pytest.mark.parametrize(
    "name",
    ["report pdf", "report capa", "export", "template export", "capa export-scar", "scorecard"],
)
@pytest.mark.parametrize("where", ["store", "wal", "shm", "attachments"])
def test_no_command_writes_over_the_store_or_into_its_attachments(
    name: str,
    where: str,
    demo_copy: Path,
    references: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    targets = {
        "store": demo_copy,
        "wal": Path(f"{demo_copy}-wal"),
        "shm": Path(f"{demo_copy}-shm"),
        "attachments": demo_copy.parent / "attachments" / "report.pdf",
    }
    before = _store_state(demo_copy)
    command = _writers(references)[name]
    code, out, err = sqms(
        capsys, monkeypatch, "--db", str(demo_copy), *command, "-o", str(targets[where])
    )
    assert (code, out) == (2, "")
    expected = "is the store itself" if where != "attachments" else "attachments folder"
    assert expected in err
    assert _store_state(demo_copy) == before
    assert not targets[where].exists() or where == "store"


def test_dash_dash_demo_builds_the_demo_store_on_first_use(
    demo_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqms_desktop.demo import DemoOptions

    # A smaller demo than the default, so the test is quick; the path is the real one.
    monkeypatch.setattr(
        "sqms_desktop.cli.demo.DemoOptions", lambda: DemoOptions(suppliers=2, audits=3, seed=5)
    )
    demo = paths.demo_store_path()
    assert not demo.exists()
    code, out, err = sqms(capsys, monkeypatch, "--demo", "supplier", "list", "--json")
    assert code == 0, err
    assert f"creating the demo store at {demo} (first use)" in err
    assert len(json.loads(out)) == 2
    assert demo.is_file()
    code, _, err = sqms(capsys, monkeypatch, "--demo", "supplier", "list")
    assert code == 0
    assert "creating" not in err  # built once, then opened
