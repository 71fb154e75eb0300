"""`sqms --db NEW.sqlite …` run in the test's process, as a quality team starting a store of its
own: the first administrator creates itself, then the team's people are added."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from sqms_desktop.cli import main

PASSWORDS = {
    "root": "admin-password-1",
    "quinn": "quinn-password-1",
    "omar": "omar-password-1",
    "lena": "lena-password-1",
}
TEAM = (("quinn", "quality_engineer"), ("omar", "auditor"), ("lena", "lead_auditor"))


class Sqms:
    """`sqms --db DB …` in this process, as `--user`, with the password on stdin; DB is a file
    or a database URL."""

    def __init__(
        self, db: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.db = db
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(
        self, *args: str, user: str = "quinn", stdin: str | None = None
    ) -> tuple[int, str, str]:
        self.capsys.readouterr()
        text = f"{PASSWORDS[user]}\n" if stdin is None else stdin
        self.monkeypatch.setattr("sys.stdin", io.StringIO(text))
        code = main(["--db", str(self.db), "--user", user, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str, user: str = "quinn") -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)


def new_team_store(
    db: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    """A new store with root (administrator), quinn (quality engineer), omar (auditor) and
    lena (lead auditor)."""
    run = Sqms(db, capsys, monkeypatch)
    assert run("user", "add", "root", "--role", "admin", "--full-name", "Root Admin",
               user="root", stdin=f"{PASSWORDS['root']}\n")[0] == 0  # fmt: skip
    for name, role in TEAM:
        stdin = f"{PASSWORDS['root']}\n{PASSWORDS[name]}\n"
        code, _, err = run("user", "add", name, "--role", role, "--full-name", name.title(),
                           user="root", stdin=stdin)  # fmt: skip
        assert code == 0, err
    return run
