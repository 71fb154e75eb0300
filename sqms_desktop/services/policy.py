"""Store-wide policies an administrator sets: one value per key, trailed like any record."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import ValidationError
from sqms_desktop.services import require_text
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import StoreSetting, UserRole
from sqms_desktop.store.uow import UnitOfWork


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
            "lockout_minutes",
            15,
            1,
            24 * 60,
            "minutes an account stays locked after five wrong passwords in a row",
        ),
    )
}


def policy_value(session: Session, key: str) -> int:
    policy = _policy(key)
    stored = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
    return policy.default if stored is None else int(stored)


def lockout_minutes(session: Session) -> int:
    return policy_value(session, "lockout_minutes")


def set_policy(uow: UnitOfWork, key: str, value: int, *, reason: str) -> StoreSetting:
    """Only an administrator changes a policy, within its bounds, and says why."""
    require_actor(uow, UserRole.ADMIN, action="changing a store policy")
    policy = _policy(key)
    if not policy.minimum <= value <= policy.maximum:
        raise ValidationError(
            f"{key} must lie between {policy.minimum} and {policy.maximum}; got {value}"
        )
    why = require_text(reason, "reason for the change")
    setting = uow.session.scalars(select(StoreSetting).where(StoreSetting.key == key)).first()
    if setting is None:  # made with the default, so the change to the new value has its reason
        setting = uow.add(StoreSetting(key=key, value=policy.default))
    uow.update(setting, {"value": value}, reason=why)
    return setting


def _policy(key: str) -> Policy:
    try:
        return POLICIES[key]
    except KeyError:
        known = ", ".join(sorted(POLICIES))
        raise ValidationError(f"{key!r} is not a store policy (known: {known})") from None
