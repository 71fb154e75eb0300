"""The store's refusals arrive in German when the application speaks German, and in the same
English words as before when it speaks English: a store too new to open, a wrong password, a
role that does not allow the action, the clock policy's warning."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.errors import SqmsError, StoreTooNewError
from sqms_desktop.i18n import speaking
from sqms_desktop.services import identity, users
from sqms_desktop.services.identity import AuthenticationError, PermissionDenied
from sqms_desktop.store.clock import clock_warning
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock

PASSWORD = "lead-auditor-pw"


def _refusal(language: str, action: Callable[[], object]) -> SqmsError:
    with speaking(language), pytest.raises(SqmsError) as refused:
        action()
    return refused.value


def test_a_store_from_a_newer_version_is_refused_in_german(store_path: Path) -> None:
    open_store(f"sqlite:///{store_path}").close()
    with sqlite3.connect(store_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    url = f"sqlite:///{store_path}"

    german = _refusal("de", lambda: open_store(url))
    english = _refusal("en", lambda: open_store(url))

    assert isinstance(german, StoreTooNewError)
    assert str(german).startswith(
        f"{url} wurde von einer neueren Version von SQMS Desktop geschrieben (Schema-Revision 9999)"
    )
    assert str(german).endswith("nichts wurde geändert.")
    assert str(english).startswith(
        f"{url} was written by a newer SQMS Desktop (schema revision 9999); "
    )
    assert str(english).endswith("Install the newer version to open it; nothing was changed.")
    assert german.english == str(english)  # the dialog still knows the English sentence


@pytest.fixture
def lena(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    with uow() as u:
        users.create_user(u, "lena", "Lena Lead", "lead_auditor", PASSWORD)
        u.commit()


def _as_lena(store: Store) -> UnitOfWork:
    return UnitOfWork(store, WriteContext(user="lena", clock=StepClock()))


def test_a_wrong_password_and_a_role_refusal_are_said_in_german(store: Store, lena: None) -> None:
    def sign_in() -> None:
        with _as_lena(store) as u:
            identity.sign_in(u, "lena", "not her password")

    def add_user() -> None:
        with _as_lena(store) as u:
            users.create_user(u, "max", "Max Muster", "auditor")

    wrong = _refusal("de", sign_in)
    assert isinstance(wrong, AuthenticationError)
    assert str(wrong) == "falscher Benutzername oder falsches Passwort"
    assert str(_refusal("en", sign_in)) == "wrong user name or password"

    denied = _refusal("de", add_user)
    assert isinstance(denied, PermissionDenied)
    assert str(denied) == (
        "Lena Lead hat die Rolle Lead-Auditor; Hinzufügen von Benutzern erfordert die Rolle "
        "Administrator"
    )
    assert str(_refusal("en", add_user)) == (
        "Lena Lead is a lead auditor; adding users needs the administrator role"
    )
    assert (
        denied.english == "Lena Lead is a lead auditor; adding users needs the administrator role"
    )


def test_the_clock_warning_is_german_and_its_english_unchanged() -> None:
    newest = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC)
    now = dt.datetime(2026, 12, 4, 9, 30, tzinfo=dt.UTC)

    with speaking("de"):
        german = clock_warning(newest, now)
    with speaking("en"):
        english = clock_warning(newest, now)

    assert german == (
        "Die Uhr dieses Computers (2026-12-04 09:30) geht 30 Minuten gegenüber dem neuesten "
        "Eintrag in der Datenbank (2026-12-04 10:00) nach; stellen Sie Datum und Uhrzeit "
        "richtig, bevor Sie etwas erfassen, sonst wirken neue Einträge älter als frühere."
    )
    assert english == (
        "This computer's clock (2026-12-04 09:30) is 30 minutes behind the newest entry in the "
        "store (2026-12-04 10:00); set the date and time right before recording anything, or "
        "new entries will look older than earlier ones."
    )
