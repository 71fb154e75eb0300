"""`sqms user export-credential` / `import-credential`: a user whose account reached a laptop in
a bundle brings their password and sealed signing key there, and nothing else gets in."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.services import identity
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Credential, TrailEntry
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.cli_session import PASSWORDS, Sqms, new_team_store
from tests.support.replicas import deliver

LENA = PASSWORDS["lena"]
pytestmark = pytest.mark.slow  # a team store of four users with passwords per test


@pytest.fixture
def central(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Sqms:
    return new_team_store(tmp_path / "central.sqlite", capsys, monkeypatch)


@pytest.fixture
def laptop(
    central: Sqms,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Sqms:
    """A second store that got the central store's user accounts as a bundle brings them: the
    change rows, folded into its tables; no credential came with them."""
    path = tmp_path / "laptop.sqlite"
    source, target = open_store(f"sqlite:///{central.db}"), open_store(f"sqlite:///{path}")
    deliver(source, target)
    source.close()
    target.close()
    return Sqms(path, capsys, monkeypatch)


def _store(run: Sqms) -> Store:
    return open_store(f"sqlite:///{run.db}")


def _credential_of(run: Sqms, username: str) -> Credential | None:
    store = _store(run)
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        found = session.get(Credential, user.id)
    store.close()
    return found


def _export(central: Sqms, target: Path) -> dict[str, str]:
    code, out, err = central("user", "export-credential", "lena", "-o", str(target), "--json",
                             user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["file"] == str(target)
    return dict(json.loads(target.read_text("utf-8")))


def test_a_credential_carries_a_user_to_the_laptop(
    central: Sqms, laptop: Sqms, tmp_path: Path
) -> None:
    refused = laptop("user", "export-credential", "lena", "-o", str(tmp_path / "x.json"),
                     user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert refused[0] == 1
    assert "lena has no password yet" in refused[2]

    exported = tmp_path / "lena.credential.json"
    document = _export(central, exported)
    assert sorted(document) == ["format", "password_hash", "public_key", "sealed_key", "username"]
    assert document["username"] == "lena"
    assert LENA not in exported.read_text("utf-8")
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600

    code, out, err = laptop("user", "import-credential", str(exported), "--json",
                            user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {
        "username": "lena",
        "public_key": document["public_key"],
        "imported": True,
    }
    store = _store(laptop)
    with UnitOfWork(store, WriteContext(user="lena")) as uow:
        user = identity.sign_in(uow, "lena", LENA)
        credential = uow.session.get_one(Credential, user.id)
        key = identity.unseal_key(credential.sealed_key, LENA)
        assert identity.public_hex(key) == user.public_key == document["public_key"]
        events = uow.session.scalars(
            select(TrailEntry.action).where(TrailEntry.record_id == user.id)
        ).all()
    store.close()
    assert "cred-in" in events

    again = laptop("user", "import-credential", str(exported), user="lena", stdin=f"{LENA}\n")
    assert again[0] == 1
    assert "lena already has a password on this store" in again[2]


def test_a_wrong_password_imports_nothing(central: Sqms, laptop: Sqms, tmp_path: Path) -> None:
    exported = tmp_path / "lena.json"
    _export(central, exported)
    code, _, err = laptop("user", "import-credential", str(exported),
                          user="lena", stdin="not-lenas-password\n")  # fmt: skip
    assert code == 1
    assert "the password is not lena's password in the file" in err
    assert _credential_of(laptop, "lena") is None


def test_another_account_with_the_same_name_is_refused(
    central: Sqms,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exported = tmp_path / "lena.json"
    _export(central, exported)
    other = tmp_path / "other" / "store.sqlite"
    other.parent.mkdir()
    unrelated = new_team_store(other, capsys, monkeypatch)  # its own lena, its own key
    store = _store(unrelated)
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == "lena")).one()
        session.delete(session.get_one(Credential, user.id))  # as if it never had one
        session.commit()
    store.close()
    code, _, err = unrelated("user", "import-credential", str(exported),
                             user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert code == 2
    assert "the file's signing key is not the key of lena on this store" in err
    assert _credential_of(unrelated, "lena") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d | {"sealed_key": d["sealed_key"].replace('"key": "', '"key": "AAAA')},
         "the sealed signing key of lena in the file is damaged"),
        (lambda d: d | {"password_hash": identity.hash_password("another-password")},
         "the password is not lena's password in the file"),
        (lambda d: {k: v for k, v in d.items() if k != "sealed_key"},
         "the field 'sealed_key' is missing"),
        (lambda d: d | {"format": "something-else"}, "not a credential file"),
    ],
)  # fmt: skip
def test_a_tampered_file_imports_nothing(
    central: Sqms, laptop: Sqms, tmp_path: Path, change: object, message: str
) -> None:
    exported = tmp_path / "lena.json"
    document = _export(central, exported)
    exported.write_text(json.dumps(change(document)), "utf-8")  # type: ignore[operator]
    code, _, err = laptop("user", "import-credential", str(exported),
                          user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert code == (1 if "password" in message else 2)  # a wrong password is refused; a bad file
    assert message in err
    assert _credential_of(laptop, "lena") is None


def test_a_file_that_is_not_json_is_named(laptop: Sqms, tmp_path: Path) -> None:
    garbage = tmp_path / "lena.json"
    garbage.write_bytes(b"\x00\x01 not json")
    code, _, err = laptop("user", "import-credential", str(garbage), user="lena")
    assert code == 2
    assert f"{garbage}: not a credential file" in err


def test_the_credential_is_never_written_over_the_store(central: Sqms) -> None:
    before = central.db.read_bytes()
    code, _, err = central("user", "export-credential", "lena", "-o", str(central.db),
                           user="lena", stdin=f"{LENA}\n")  # fmt: skip
    assert code == 2
    assert "is the store itself" in err
    assert central.db.read_bytes() == before
