"""The fuzzers share one set of stores per session (each built on first use) and say at the
end how many inputs each importer was given."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import fuzzing
from tests.support.importers import IMPORTERS, ImportWorld


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImportWorld]:
    built = ImportWorld(tmp_path_factory.mktemp("fuzz"))
    yield built
    built.close()


@pytest.fixture(scope="session")
def valid(world: ImportWorld) -> dict[str, tuple[str, bytes]]:
    """(file name, bytes) of a valid input per importer, made once per session on first use."""

    class Valid(dict[str, tuple[str, bytes]]):
        def __missing__(self, name: str) -> tuple[str, bytes]:
            self[name] = IMPORTERS[name].valid(world)
            return self[name]

    return Valid()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if fuzzing.TRIED:
        tried = ", ".join(f"{name} {n}" for name, n in sorted(fuzzing.TRIED.items()))
        terminalreporter.write_line(f"fuzz inputs tried: {tried}")


@pytest.fixture
def good(valid: dict[str, tuple[str, bytes]], name: str) -> tuple[str, bytes]:
    """The valid input of the importer the test is parametrized with (`name`), made before the
    first example runs, so making it never counts against an example's deadline."""
    return valid[name]
