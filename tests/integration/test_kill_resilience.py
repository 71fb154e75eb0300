"""Killing the application mid-write loses nothing committed and leaves the store consistent.

A child process (kill_child.py) makes a random sequence of service writes, one committed
action each, and prints each write after its commit; the parent kills it with SIGKILL after a
seeded number of printed writes plus a small seeded delay (so the kill lands anywhere in the
next write, commit included, whatever the machine's load), then checks the store as the next
start-up would find it: SQLite's integrity check, `sqms store check` and `sqms trail verify`
(through the CLI, so the checks stay those users run), the change log rebuilding every table
exactly, and every printed write present. Each seed is one test (its id names the seed); each
kills the child `ROUNDS` times on its own copy of one prepared store.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.services import suppliers, templates, users
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Answer, Attachment, Capa, Finding
from sqms_desktop.store.models import Audit as AuditRow
from sqms_desktop.store.models import Supplier as SupplierRow
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences
from tests.support import soak
from tests.support.store_hash import attachments_listing

CHILD = Path(__file__).with_name("kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
SEED = 20260302
ROUNDS = 2  # kills per seed, each on the store the one before left
SEEDS = 100 if soak.SOAK else 3  # 200 kills with --soak, 6 in the everyday run

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with its people, a released template and a supplier, closed, to be copied."""
    db = tmp_path_factory.mktemp("kill-base") / "kill.sqlite"
    store = open_store(f"sqlite:///{db}")
    try:
        with UnitOfWork(store, WriteContext(user="root")) as u:
            users.create_user(u, "root", "Root Admin", "admin")
            users.create_user(u, "lena", "Lena Größ", "lead_auditor")
            users.create_user(u, "quinn", "Quinn Quality", "quality_engineer")
            suppliers.create_supplier(u, suppliers.SupplierInput(code="S1", name="S1"))
            template = templates.create_template(u, ISO9001_EXTRACT)
            templates.release_template(u, template.id)
            u.commit()
    finally:
        store.close()
    return db


def _kill_after_some_writes(db: Path, seed: int, round_: int, rng: random.Random) -> list[str]:
    """Run the child until it printed a seeded number of writes, kill it, return every
    complete line it printed (some may still sit in the pipe)."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(seed), str(round_)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        wanted = rng.randint(3, 25)
        while len(lines) < wanted:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"seed {seed}: the child ended early: {child.communicate()[1]}")
            lines.append(line)
        time.sleep(rng.uniform(0, 0.05))  # land anywhere in the next write, commit included
    finally:
        child.kill()
        rest, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    lines.extend(rest.splitlines(keepends=True))
    return [line for line in lines if line.endswith("\n")]  # a line cut by the kill is not one


def _check(db: Path, printed: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    for command in (("store", "check", "--json"), ("trail", "verify", "--json")):
        capsys.readouterr()
        code = main(["--db", str(db), *command])
        out, err = capsys.readouterr()
        assert code == 0, f"sqms {' '.join(command)}: exit {code}\n{out}{err}"
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            assert differences(session) == [], "the change log does not rebuild the tables"
            _check_printed(session, printed, db.parent / "attachments")
    finally:
        store.close()


def _check_printed(session: Session, printed: list[str], attachments: Path) -> None:
    """Every printed write is in the store; an answer is the printed one or a later one."""
    files = {Path(line.split()[0]).stem for line in attachments_listing(attachments)}
    latest: dict[tuple[str, str], int] = {}
    for line in printed:
        kind, record_id, *rest = line.split()
        if kind == "supplier":
            assert session.get(SupplierRow, record_id) is not None, line
        elif kind == "audit":
            assert session.get(AuditRow, record_id) is not None, line
        elif kind == "answer":
            latest[(record_id, rest[0])] = int(rest[3])
        elif kind == "finding":
            assert session.get(Finding, record_id) is not None, line
            attachment = session.get(Attachment, rest[0])
            assert attachment is not None, line
            assert attachment.finding_id == record_id, line
            assert rest[1] in files, f"{line}: the photo's file is gone"
        elif kind in ("capa", "capa_step"):
            capa = session.get(Capa, record_id)
            assert capa is not None, line
        else:
            pytest.fail(f"an unknown line from the child: {line!r}")
    for (audit_id, question_id), step in latest.items():
        note = session.scalars(
            select(Answer.note).where(
                Answer.audit_id == audit_id, Answer.question_id == question_id
            )
        ).one()
        stored_step = int(str(note).split()[-1])
        # the stored answer is the last printed one, or one committed after it, never older
        assert stored_step >= step, f"answer {audit_id}/{question_id}: {note!r}, printed {step}"


@pytest.mark.parametrize("seed", [SEED + n for n in range(SEEDS)], ids=lambda s: f"seed{s}")
def test_killing_the_process_mid_write_loses_nothing_and_keeps_the_store_consistent(
    prepared: Path, tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kill.sqlite"
    shutil.copyfile(prepared, db)
    rng = random.Random(seed)
    printed: list[str] = []
    for round_ in range(ROUNDS):
        try:
            lines = _kill_after_some_writes(db, seed, round_, rng)
            assert lines, "the child printed no write"
            printed += lines
            _check(db, printed, capsys)
        except BaseException as failure:
            failure.add_note(f"replay: seed {seed}, kill {round_ + 1} of {ROUNDS}, {db}")
            raise
