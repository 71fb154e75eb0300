"""Shared fixtures: real SQLite stores in temporary folders, a fixed clock, offscreen Qt, and a
fresh PostgreSQL database per test when a server is named (tests/support/postgres.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
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
# English unless a test asks for another language, whatever the machine's locale: the window and
# the command line follow the system's language (LANG, LANGUAGE) and SQMS_LANG.
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "SQMS_LANG"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "en_US.UTF-8"
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)

from sqms_desktop.store.engine import Store, open_store  # noqa: E402
from sqms_desktop.store.models import User  # noqa: E402
from sqms_desktop.store.uow import UnitOfWork, WriteContext  # noqa: E402
from tests.support.demo import build_small_demo, copy_demo  # noqa: E402
from tests.support.once import built_once_per_run  # noqa: E402
from tests.support.postgres import postgres_server, postgres_url  # noqa: E402, F401
from tests.support.store import StepClock, counting_ids  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak",
        action="store_true",
        help="run the fuzzers and the crash harness long (400 inputs per fuzzer, 200 kills) "
        "instead of the everyday few",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests.support import soak

    soak.SOAK = bool(config.getoption("--soak"))


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


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo store, made once per test run and shared by every xdist worker (with its
    `attachments/` and `self-assessments/` beside it): read only, copy it before changing it."""
    folder = built_once_per_run(
        tmp_path_factory, "demo", lambda into: build_small_demo(into / "demo.sqlite")
    )
    return folder / "demo.sqlite"


@pytest.fixture
def demo_copy(demo_store_file: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo store that a test may change."""
    return copy_demo(demo_store_file, tmp_path)


@pytest.fixture(scope="module")
def demo(demo_store_file: Path) -> Iterator[Store]:
    """The small demo store, opened once per module, for tests that only read it."""
    store = open_store(f"sqlite:///{demo_store_file}")
    yield store
    store.close()
