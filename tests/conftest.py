"""Shared fixtures: real SQLite stores in temporary folders, a fixed clock, offscreen Qt."""

from __future__ import annotations

import atexit
import datetime as dt
import itertools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

# Set before any Qt import: GUI tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests never touch the user's own store, logs or settings (platformdirs and QSettings follow XDG).
_SANDBOX = Path(tempfile.mkdtemp(prefix="sqms-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ.pop("SQMS_DB", None)
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)

from sqms_desktop.store.engine import Store, open_store  # noqa: E402
from sqms_desktop.store.models import User  # noqa: E402
from sqms_desktop.store.uow import UnitOfWork, WriteContext  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


class StepClock:
    """A clock that moves one second per reading, so trails and HLCs are reproducible."""

    def __init__(self, start: dt.datetime = START) -> None:
        self._ticks = itertools.count()
        self.start = start

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=next(self._ticks))


def counting_ids(seed: int = 1) -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: str(uuid.UUID(int=seed << 64 | next(counter)))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "sqms.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{store_path}")
    yield opened
    opened.close()


@pytest.fixture
def context() -> WriteContext:
    return WriteContext(user="anna", clock=StepClock(), new_id=counting_ids())


@pytest.fixture
def uow(store: Store, context: WriteContext) -> Callable[[], UnitOfWork]:
    """A factory: `with uow() as u: ...; u.commit()` is one action of anna, the store's admin.

    Anna (an administrator, no password) is the first user of the store, made on first use.
    """
    from sqms_desktop.services.users import create_user

    with UnitOfWork(store, context) as first:
        if first.session.scalars(select(User.id).limit(1)).first() is None:
            create_user(first, context.user, "Anna Admin", "admin")
            first.commit()
    return lambda: UnitOfWork(store, context)


@pytest.fixture
def bare_uow(store: Store, context: WriteContext) -> Callable[[], UnitOfWork]:
    """Like `uow` on a store without users: for the write path's own counts of changes."""
    return lambda: UnitOfWork(store, context)


def acting(store: Store, username: str, context: WriteContext | None = None) -> UnitOfWork:
    """One action of another user of the store (same clock and ids as the fixtures)."""
    base = context or WriteContext(user=username)
    return UnitOfWork(store, WriteContext(user=username, clock=base.clock, new_id=base.new_id))


DEMO_TODAY = dt.date(2026, 11, 24)
SMALL_DEMO = {"suppliers": 8, "audits": 40, "seed": 11}


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store made once per test session; copy it before changing it."""
    from sqms_desktop.demo import DemoOptions, create_demo_store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_store(path, DemoOptions(**SMALL_DEMO, today=DEMO_TODAY))
    return path


@pytest.fixture
def demo_copy(demo_store_file: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo store that a test may change."""
    import sqlite3

    target = tmp_path / "demo-copy.sqlite"
    src = sqlite3.connect(demo_store_file)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    evidence = demo_store_file.parent / "attachments"
    if evidence.is_dir():  # the demo's photos, so reports and the evidence strip find them
        shutil.copytree(evidence, tmp_path / "attachments")
    return target
