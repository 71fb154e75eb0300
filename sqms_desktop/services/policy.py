"""Store-wide policies an administrator sets: one value per key, trailed like any record."""

from __future__ import annotations

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.queries.policy import policy_definition
from sqms_desktop.services import require_text
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import StoreSetting
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole


def set_policy(uow: UnitOfWork, key: str, value: int, *, reason: str) -> StoreSetting:
    """Only an administrator changes a policy, within its bounds, and says why."""
    require_actor(uow, UserRole.ADMIN, action="changing a store policy")
    policy = policy_definition(key)
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
