"""A read session on the session's demo store (built once per run), for the list queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from sqms_desktop.store.engine import open_store


@pytest.fixture
def session(demo_store_file: Path) -> Iterator[Session]:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as opened:
        yield opened
    store.close()
