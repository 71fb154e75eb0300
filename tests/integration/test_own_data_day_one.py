"""A quality team's first day on a store of its own, all on the command line and without the
demo (the steps: tests/support/day_one.py; the same day on PostgreSQL:
test_postgres_store.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_session import new_team_store
from tests.support.day_one import work_day_one

pytestmark = pytest.mark.slow  # every write signs in (scrypt)


def test_a_team_works_on_its_own_data_from_an_empty_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sqms = new_team_store(tmp_path / "NEW.sqlite", capsys, monkeypatch)
    work_day_one(sqms, tmp_path)
