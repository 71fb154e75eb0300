"""GUI test fixtures: stores filled through the real services, and no trace in the user's home."""

from __future__ import annotations

import dataclasses
import gc
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sqms_desktop import logsetup, paths
from sqms_desktop.gui.base import screen
from sqms_desktop.gui.base.collector import MainThreadCollector
from sqms_desktop.gui.base.language import uninstall_language
from sqms_desktop.store.engine import Store, open_store
from tests.support.once import built_once_per_run
from tests.support.people import People, build_people_store
from tests.support.sample import Sample, UowFactory, build_sample
from tests.support.screens import LAPTOP_AREA


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the application does: cyclic garbage is collected on the GUI thread only, never on a
    worker thread that happens to allocate (which destroys Qt objects there and crashes)."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _automatic_collection_stays_off() -> Iterator[None]:
    """A test that runs the application's `main()` stops the application's own collector, which
    switches automatic collection back on; later tests need it off, as the session left it."""
    yield
    gc.disable()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says this whenever a top-level window is shown; it is not a
    # problem of ours, and every other Qt warning still fails the test.
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(
                pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
            )


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings, logs and the demo store go to the test's folder, never to the real home."""
    home = tmp_path / "user"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    monkeypatch.setattr(logsetup, "user_log_dir", lambda: home / "log")
    monkeypatch.setattr(paths, "user_data_dir", lambda: home / "data")
    monkeypatch.delenv("SQMS_DB", raising=False)
    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_sqms", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _source_texts_after_each_test() -> Iterator[None]:
    """A test that starts the application or switches its language leaves no translator behind:
    the next test reads the texts as the code writes them."""
    yield
    uninstall_language()


@pytest.fixture(autouse=True)
def _a_laptop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows are fitted to a 1280×720 laptop screen less its task bar, the smallest screen
    the application is made for, not to the offscreen platform's 800×800."""
    monkeypatch.setattr(screen, "available_area", lambda widget: LAPTOP_AREA)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample(uow: UowFactory) -> Sample:
    return build_sample(uow)


@pytest.fixture
def sample_store(store: Store, sample: Sample) -> Store:
    """The shared `store` fixture, filled with the sample."""
    return store


# -- users with passwords, for sign-in, the idle lock and signing ----------------------------


@pytest.fixture(scope="session")
def people_store_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, People]:
    """Made once per run for every xdist worker, as every password costs scrypt's deliberate
    tenth of a second; the ids of its audits are kept beside it for the workers that did not
    build it. Read only: `people_store` opens a copy."""

    def build(folder: Path) -> None:
        people = build_people_store(folder / "people.sqlite")
        (folder / "people.json").write_text(json.dumps(dataclasses.asdict(people)))

    folder = built_once_per_run(tmp_path_factory, "people", build)
    people = People(**json.loads((folder / "people.json").read_text()))
    return folder / "people.sqlite", people


@pytest.fixture
def people(people_store_file: tuple[Path, People]) -> People:
    return people_store_file[1]


@pytest.fixture
def people_store(people_store_file: tuple[Path, People], tmp_path: Path) -> Iterator[Store]:
    """A private copy of the store with users, passwords and a completed audit."""
    import sqlite3

    target = tmp_path / "people.sqlite"
    source, copy = sqlite3.connect(people_store_file[0]), sqlite3.connect(target)
    source.backup(copy)
    copy.close()
    source.close()
    opened = open_store(f"sqlite:///{target}")
    yield opened
    opened.close()


# -- an empty store with its team, for the supplier master from day one ----------------------

QUALITY_ENGINEER = "quinn"
AUDITOR = "omar"


@pytest.fixture
def team_store(store: Store, uow: UowFactory) -> Store:
    """A store with no records but its people: an administrator (anna), a quality engineer
    (quinn) and an auditor (omar); none has a password, as signing in is not under test."""
    from sqms_desktop.services.users import create_user

    with uow() as u:
        create_user(u, QUALITY_ENGINEER, "Quinn Quality", "quality_engineer")
        create_user(u, AUDITOR, "Omar Şen", "auditor")
        u.commit()
    return store


@pytest.fixture(scope="module")
def demo_store(demo_store_file: Path) -> Iterator[Store]:
    """The run's demo store, for tests that only read it (a page listed, a dialog opened and
    never accepted)."""
    store = open_store(f"sqlite:///{demo_store_file}")
    yield store
    store.close()
