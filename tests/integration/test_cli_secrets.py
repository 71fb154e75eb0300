"""Secrets on standard input are read one bounded line per prompt: `yes | sqms …` or a large
file piped in by mistake ends with a clear refusal instead of hanging or filling the memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_session import Sqms, new_team_store

pytestmark = pytest.mark.slow  # the team store signs in (scrypt)


class Endless:
    """`yes` on standard input: a line for every read, and no end to the stream."""

    def __init__(self, line: str = "y\n") -> None:
        self.line = line
        self.lines_read = 0

    def readline(self, limit: int = -1) -> str:
        self.lines_read += 1
        return self.line if limit < 0 else self.line[:limit]

    def read(self, size: int = -1) -> str:
        if size < 0:
            raise AssertionError("the whole of an endless stream was asked for")
        return self.line[:size]

    def isatty(self) -> bool:
        return False


@pytest.fixture
def sqms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    return new_team_store(tmp_path / "store.sqlite", capsys, monkeypatch)


def test_yes_piped_into_a_write_is_a_wrong_password_not_a_hang(
    sqms: Sqms, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = Endless()
    monkeypatch.setattr("sys.stdin", stream)
    from sqms_desktop.cli import main

    code = main(["--db", str(sqms.db), "--user", "quinn", "supplier", "add", "--code", "K1",
                 "--name", "Kuhn"])  # fmt: skip
    assert code != 0
    assert stream.lines_read == 1
    assert sqms.json("supplier", "list") == []


def test_an_overlong_line_is_refused_as_no_password(
    sqms: Sqms, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Endless("x" * 5000))
    from sqms_desktop.cli import main

    capsys.readouterr()
    code = main(["--db", str(sqms.db), "--user", "quinn", "supplier", "add", "--code", "K1",
                 "--name", "Kuhn"])  # fmt: skip
    assert code != 0
    assert "longer than 1024 characters" in capsys.readouterr().err


def test_the_sync_commands_read_the_password_then_the_passphrase_only(
    sqms: Sqms, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = Endless("admin-password-1\n")
    monkeypatch.setattr("sys.stdin", stream)
    from sqms_desktop.cli import main

    code = main(["--db", str(sqms.db), "--user", "root", "replica", "init", "--name", "central",
                 "--central"])  # fmt: skip
    assert code == 0  # the password, then the same line taken as the passphrase
    assert stream.lines_read == 2
