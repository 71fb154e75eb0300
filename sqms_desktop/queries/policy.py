"""Store-wide policies as they are read: each key's bounds, default and stored value."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import ValidationError
from sqms_desktop.store.models import StoreSetting
from sqms_desktop.vocab import PolicyKey


@dataclass(frozen=True)
class Policy:
    key: str
    default: int
    minimum: int
    maximum: int
    meaning: str


POLICIES = {
    p.key: p
    for p in (
        Policy(
            PolicyKey.LOCKOUT_MINUTES,
            15,
            1,
            24 * 60,
            "minutes an account stays locked after five wrong passwords in a row",
        ),
    )
}


def policy_value(session: Session, key: str) -> int:
    policy = policy_definition(key)
    stored = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
    return policy.default if stored is None else int(stored)


def lockout_minutes(session: Session) -> int:
    return policy_value(session, PolicyKey.LOCKOUT_MINUTES)


def policy_definition(key: str) -> Policy:
    try:
        return POLICIES[key]
    except KeyError:
        known = ", ".join(sorted(POLICIES))
        raise ValidationError(f"{key!r} is not a store policy (known: {known})") from None
