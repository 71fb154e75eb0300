"""How hard the fuzzers try (a few inputs in the everyday run, many with `pytest --soak`), and
the one check every fuzzed input goes through."""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, settings

from sqms_desktop.errors import SqmsError
from tests.support import soak
from tests.support.importers import Importer, ImportWorld
from tests.support.store_hash import store_hash

TRIED: dict[str, int] = {}  # inputs run per importer, shown at the end (tests/fuzz/conftest.py)
EXAMPLES = 8  # per fuzzer and kind of mutation, in the everyday run
SOAK_EXAMPLES = 400
DEADLINE = dt.timedelta(seconds=45)  # one input; far above the slowest import, even on a loaded CI
HANG_SECONDS = 60  # an import still running then is stopped and reported as a hang


def fuzz_settings(examples: int = EXAMPLES) -> settings:
    return settings(
        max_examples=SOAK_EXAMPLES if soak.SOAK else examples,
        deadline=DEADLINE,
        # the fixtures the fuzzers take (stores, valid inputs) are made once, before any input
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
        derandomize=not soak.SOAK,  # the everyday run tries the same inputs every time
        database=None,
    )


def import_or_refuse(world: ImportWorld, importer: Importer, name: str, data: bytes) -> bool:
    """Run the importer on `data`: True when it imported; a refusal must be the importer's own
    error (an `SqmsError`) and leave the store as it was. Any other exception propagates."""
    TRIED[importer.name] = TRIED.get(importer.name, 0) + 1
    db = importer.db(world)
    before = store_hash(db)
    path = world.scratch(name)
    path.write_bytes(data)
    try:
        with _bounded(HANG_SECONDS):
            importer.run(world, path)
    except SqmsError:
        assert store_hash(db) == before, f"{importer.name}: a refused {name} changed the store"
        return False
    return True


@contextmanager
def _bounded(seconds: int) -> Iterator[None]:
    """Stop a hanging import (Hypothesis's deadline only judges an input once it returns)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"the import was still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
