"""Where files go: written files get the user's normal mode, and nothing is written over the
store, its journals or into its attachments folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.paths import (
    atomic_output,
    normal_file_mode,
    refuse_store_path,
    write_atomically,
)


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_written_file_gets_the_mode_a_plain_write_would(
    tmp_path: Path, mask: int, mode: int
) -> None:
    os.umask(mask)
    written = write_atomically(tmp_path / "report.pdf", b"%PDF-1.4")
    assert stat.S_IMODE(written.stat().st_mode) == mode
    assert normal_file_mode() == mode
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"x")
    assert stat.S_IMODE(plain.stat().st_mode) == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt", "report.pdf"]


@pytest.mark.parametrize(
    "name",
    [
        "sqms.sqlite",
        "sqms.sqlite-wal",
        "sqms.sqlite-shm",
        "sqms.sqlite-journal",
        "attachments/x.pdf",
    ],
)
def test_the_store_and_its_attachments_are_refused(tmp_path: Path, name: str) -> None:
    url = f"sqlite:///{tmp_path / 'sqms.sqlite'}"
    with pytest.raises(ValidationError, match=r"store itself|attachments folder"):
        refuse_store_path(url, tmp_path / "sub" / ".." / name)


def test_other_files_and_reading_from_attachments_are_allowed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sqms.sqlite'}"
    refuse_store_path(url, tmp_path / "report.pdf")
    refuse_store_path(url, tmp_path / "attachments-copy" / "x.pdf")
    refuse_store_path(url, tmp_path / "attachments" / "ab" / "scan.pdf", writing=False)
    refuse_store_path("postgresql+psycopg://central/sqms", tmp_path / "sqms.sqlite")


@pytest.mark.parametrize("failure", [RuntimeError("the writer broke"), KeyboardInterrupt()])
def test_a_write_that_stops_midway_leaves_the_file_before_it_and_no_temporary_file(
    tmp_path: Path, failure: BaseException
) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"the register exported yesterday")

    def export() -> None:
        with atomic_output(target) as out:
            out.write(b"half of today's regis")
            raise failure

    with pytest.raises(type(failure)):
        export()
    assert target.read_bytes() == b"the register exported yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]
    with atomic_output(target) as out:
        out.write(b"today's register")
    assert target.read_bytes() == b"today's register"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]
