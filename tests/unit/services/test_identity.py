"""Sign-in: the password is checked before anything about the account is told, and every wrong
password counts, also when several arrive at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.services import identity, users
from sqms_desktop.services.identity import MAX_FAILED_ATTEMPTS, AuthenticationError
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Credential, TrailEntry
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock

LEAD_PW = "lead-auditor-pw"


@pytest.fixture
def lena(store: Store, uow: Callable[[], UnitOfWork]) -> str:
    with uow() as u:
        users.create_user(u, "ada", "Ada Admin", "admin")
        user = users.create_user(u, "lena", "Lena Lead", "lead_auditor", LEAD_PW)
        u.commit()
    return user.id


def _as(store: Store, clock: StepClock | None = None) -> UnitOfWork:
    return UnitOfWork(store, WriteContext(user="lena", clock=clock or StepClock()))


def _failures(store: Store, user_id: str) -> tuple[int, str | None, list[str]]:
    """Lena's failure count, lockout and sign-in events in the trail (refused, locked)."""
    with store.session() as session:
        credential = session.get_one(Credential, user_id)
        events = session.scalars(
            select(TrailEntry.action)
            .where(
                TrailEntry.entity == identity.USER_ENTITY,
                TrailEntry.record_id == user_id,
                TrailEntry.action.in_(("refused", "locked")),
            )
            .order_by(TrailEntry.seq)
        ).all()
    return credential.failed_attempts, credential.locked_until, list(events)


def test_a_wrong_password_on_a_locked_account_tells_only_that_it_is_wrong_and_counts(
    store: Store, lena: str
) -> None:
    clock = StepClock()
    for _ in range(MAX_FAILED_ATTEMPTS):
        with _as(store, clock) as u, pytest.raises(AuthenticationError):
            identity.authenticate(u, "lena", "not-the-password")
    with _as(store, clock) as u, pytest.raises(AuthenticationError) as refused:
        identity.authenticate(u, "lena", "still-not-it")
    assert str(refused.value) == "wrong user name or password"  # not "lena is locked …"
    count, locked_until, events = _failures(store, lena)
    assert count == MAX_FAILED_ATTEMPTS + 1
    assert locked_until is not None
    assert events.count("refused") == MAX_FAILED_ATTEMPTS - 1
    assert events.count("locked") == 2  # the fifth, and the sixth renews the lockout
    with _as(store, clock) as u, pytest.raises(AuthenticationError, match="lena is locked"):
        identity.authenticate(u, "lena", LEAD_PW)  # only the right password learns it


def test_a_deactivated_account_is_named_only_to_someone_who_knows_its_password(
    store: Store, uow: Callable[[], UnitOfWork], lena: str
) -> None:
    with uow() as u:
        users.deactivate_user(u, "lena", reason="left the company")
        u.commit()
    with _as(store) as u, pytest.raises(AuthenticationError) as refused:
        identity.authenticate(u, "lena", "a-guess-1234")
    assert str(refused.value) == "wrong user name or password"
    with _as(store) as u, pytest.raises(AuthenticationError, match="lena is deactivated"):
        identity.authenticate(u, "lena", LEAD_PW)
    assert _failures(store, lena)[0] == 1


def test_wrong_passwords_checked_side_by_side_both_count(store: Store, lena: str) -> None:
    """Two sign-ins that read the account before either counts its failure: the second must
    not write back the count it read (both would then leave 1, and lockout never comes)."""
    first, second = _as(store), _as(store)
    with first, second:
        second.session.get_one(Credential, lena)  # read before the first one counts
        with pytest.raises(AuthenticationError):
            identity.authenticate(first, "lena", "guess-number-1")
        with pytest.raises(AuthenticationError):
            identity.authenticate(second, "lena", "guess-number-2")
    assert _failures(store, lena)[0] == 2


def test_the_fifth_wrong_password_in_a_row_locks_for_the_policy_time(
    store: Store, lena: str
) -> None:
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    for _ in range(MAX_FAILED_ATTEMPTS):
        with _as(store, StepClock(start)) as u, pytest.raises(AuthenticationError):
            identity.authenticate(u, "lena", "not-the-password")
    count, locked_until, events = _failures(store, lena)
    assert count == MAX_FAILED_ATTEMPTS
    assert locked_until is not None
    assert dt.datetime.fromisoformat(locked_until) == start + dt.timedelta(minutes=15)
    assert events == ["refused"] * (MAX_FAILED_ATTEMPTS - 1) + ["locked"]
