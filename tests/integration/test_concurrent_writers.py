"""Two `sqms` writers and the window's writer on one SQLite store: every write is kept and none
is refused as "busy" (docs/design.md, "The write lock").

Before the unit of work took the write lock at BEGIN, a writer that had read (the sign-in, the
supplier code check) held a snapshot that the other writers' commits made stale, and its first
write failed at once whatever the busy timeout: 38–58 % of the writes were refused.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import SqmsError
from sqms_desktop.services import suppliers
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.trail import verify_chain
from tests.support.cli_session import PASSWORDS, new_team_store

CHILD = Path(__file__).with_name("cli_writer.py")
ROOT = Path(__file__).resolve().parents[2]
EACH = 12

pytestmark = pytest.mark.slow


def _writer(db: Path, prefix: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), "quinn", PASSWORDS["quinn"], prefix, str(EACH)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_two_cli_writers_and_the_window_lose_and_refuse_no_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shared.sqlite"
    new_team_store(db, capsys, monkeypatch)
    children = [_writer(db, "A"), _writer(db, "B")]
    store = open_store(f"sqlite:///{db}")
    refused: list[str] = []

    def window_writes() -> None:
        # The window's path: Actor.run on a worker thread, one committed action per supplier.
        actor = Actor(store, "quinn")
        for number in range(EACH):
            code = f"W{number:03d}"
            try:
                actor.run(suppliers.create_supplier, suppliers.SupplierInput(code=code, name=code))
            except SqmsError as exc:
                refused.append(f"{code}: {exc}")

    try:
        worker = threading.Thread(target=window_writes)
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        worker.start()
        outputs = [child.communicate(timeout=300) for child in children]
        worker.join(timeout=300)
        lines = [line for out, _ in outputs for line in out.splitlines()]
        failed = [line for line in lines if line.split(" ", 2)[1] != "0"]
        assert failed == [], [err for _, err in outputs]
        assert refused == []
        assert len(lines) == 2 * EACH
        with store.session() as session:
            codes = set(session.scalars(select(Supplier.code)))
            assert session.scalar(select(func.count()).select_from(Supplier)) == 3 * EACH
            assert verify_chain(session).ok
        expected = {f"{p}{n:03d}" for p in "ABW" for n in range(EACH)}
        assert codes == expected
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
        store.close()
