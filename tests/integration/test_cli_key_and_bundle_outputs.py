"""The sync and credential exports never write over the store, its journals or into its
attachments folder (the reports, registers, templates and SCAR forms are checked in
test_cli_people_and_files.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sqms_desktop.cli import EXIT_BAD_INPUT
from tests.support.cli_session import PASSWORDS, Sqms, new_team_store

pytestmark = pytest.mark.slow  # every write signs in (scrypt)

PASSPHRASE = "central-passphrase-1"
SECRETS = f"{PASSWORDS['root']}\n{PASSPHRASE}\n"
WRITERS = {
    "replica export-key": ("replica", "export-key"),
    "trust export": ("trust", "export"),
    "bundle export": ("bundle", "export"),
    "user export-credential": ("user", "export-credential", "root"),
}


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("central") / "central.sqlite"
    with pytest.MonkeyPatch.context() as monkeypatch:
        run = new_team_store(db, _NoCapture(), monkeypatch)  # type: ignore[arg-type]
        code, _, err = run(
            "replica", "init", "--name", "central", "--central", user="root", stdin=SECRETS
        )
        assert code == 0, err
    return db


class _NoCapture:
    def readouterr(self) -> tuple[str, str]:
        return "", ""


def _state(db: Path) -> list[tuple[str, str]]:
    files = [db, Path(f"{db}-wal"), *sorted((db.parent / "attachments").rglob("*"))]
    return [(p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in files if p.is_file()]


@pytest.mark.parametrize("where", ["store", "wal", "shm", "attachments"])
@pytest.mark.parametrize("name", list(WRITERS))
def test_a_sync_or_credential_export_never_writes_over_the_store(
    name: str,
    where: str,
    central: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    targets = {
        "store": central,
        "wal": Path(f"{central}-wal"),
        "shm": Path(f"{central}-shm"),
        "attachments": central.parent / "attachments" / "central.pub",
    }
    before = _state(central)
    run = Sqms(central, capsys, monkeypatch)
    code, out, err = run(*WRITERS[name], "-o", str(targets[where]), user="root", stdin=SECRETS)
    assert (code, out) == (EXIT_BAD_INPUT, ""), err
    expected = "is the store itself" if where != "attachments" else "attachments folder"
    assert expected in err
    assert _state(central) == before
    assert not targets["attachments"].exists()
