"""Twenty wrong passwords at once, from twenty `sqms` processes on one SQLite store: every one
is counted, so the account locks (a count read before the write would leave it at 1)."""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.cli import main
from sqms_desktop.services.identity import MAX_FAILED_ATTEMPTS, USER_ENTITY
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import Credential, TrailEntry
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork, WriteContext

PROCESSES = 20


def _guess(db: str, number: int, start: object) -> None:
    """One process: wait until all are ready, then one wrong password; the exit status is
    the command's."""
    sys.stdin = io.StringIO(f"wrong-guess-{number:02d}\n")
    sys.stderr = io.StringIO()
    start.wait()  # type: ignore[attr-defined]
    code = main(["--db", db, "--user", "lena", "supplier", "add", "--code", f"S{number}",
                 "--name", "Guess"])  # fmt: skip
    os._exit(code if "wrong user name or password" in sys.stderr.getvalue() else 99)


@pytest.mark.slow
def test_twenty_parallel_wrong_passwords_all_count_and_lock_the_account(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    store = open_store(f"sqlite:///{db}")
    try:
        with UnitOfWork(store, WriteContext(user="ada")) as u:
            create_user(u, "ada", "Ada Admin", "admin")
            create_user(u, "lena", "Lena Lead", "lead_auditor", "lead-auditor-pw")
            u.commit()
    finally:
        store.close()
    context = multiprocessing.get_context("fork")
    start = context.Barrier(PROCESSES)
    children = [context.Process(target=_guess, args=(str(db), n, start)) for n in range(PROCESSES)]
    for child in children:
        child.start()
    for child in children:
        child.join()
    assert [c.exitcode for c in children] == [1] * PROCESSES  # each refused, none "busy"
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            lena = session.scalars(select(User).where(User.username == "lena")).one()
            credential = session.get_one(Credential, lena.id)
            events = session.scalars(
                select(TrailEntry.action).where(
                    TrailEntry.entity == USER_ENTITY,
                    TrailEntry.record_id == lena.id,
                    TrailEntry.action.in_(("refused", "locked")),
                )
            ).all()
    finally:
        store.close()
    assert credential.failed_attempts == PROCESSES
    assert credential.locked_until is not None
    assert events.count("refused") == MAX_FAILED_ATTEMPTS - 1
    assert events.count("locked") == PROCESSES - (MAX_FAILED_ATTEMPTS - 1)
