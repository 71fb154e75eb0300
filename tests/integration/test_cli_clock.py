"""The command line warns on standard error when the clock is behind the store's newest entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sqms_desktop.services import users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import open_store
from tests.support.cli_session import Sqms


def test_a_command_warns_when_the_clock_is_behind_the_newest_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite"
    store = open_store(f"sqlite:///{db}")
    future = dt.datetime.now().astimezone() + dt.timedelta(days=2)
    Actor(store, "root", clock=lambda: future).run(users.create_user, "root", "Root", "admin")
    store.close()
    code, _, err = Sqms(db, capsys, monkeypatch)("supplier", "list")
    assert code == 0
    assert "sqms: warning: This computer's clock" in err
    assert "behind the newest entry in the store" in err
