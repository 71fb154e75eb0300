"""Store-wide policies an administrator sets: one value per key, trailed like any record."""

from __future__ import annotations

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.policy import policy_definition
from sqms_desktop.queries.store_settings import inconsistencies, store_numbers
from sqms_desktop.services import require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import StoreSetting
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import PolicyKey, UserRole

# Policies that only hold together (weights adding up to 100, band A above band B): one alone
# would leave the scorecard inconsistent, so they change through services/scorecard_settings.
CHANGED_TOGETHER = frozenset(
    {
        PolicyKey.WEIGHT_QUALITY,
        PolicyKey.WEIGHT_DELIVERY,
        PolicyKey.WEIGHT_AUDIT,
        PolicyKey.WEIGHT_RESPONSIVENESS,
        PolicyKey.BAND_A_FROM,
        PolicyKey.BAND_B_FROM,
    }
)


def set_policy(uow: UnitOfWork, key: str, value: int, *, reason: str) -> StoreSetting:
    """Only an administrator changes a policy, within its bounds, and says why; the scorecard's
    weights and bands only together (`sqms scorecard settings`), and none so that the policies
    together break a rule (`queries/store_settings.inconsistencies`: CAPA stages due in order)."""
    if key in CHANGED_TOGETHER:
        raise ValidationError(
            translate(
                "policy",
                "{key} changes together with the other scorecard weights and bands, so "
                "they still add up to 100 and band A stays above band B: sqms scorecard "
                "settings --weights Q,D,A,R --bands A,B --reason …",
            ).format(key=key)
        )
    problems = inconsistencies(store_numbers(uow.session) | {key: value})
    if problems:
        raise ValidationError("; ".join(problems))
    return store_policy(uow, key, value, reason=reason)


def store_policy(uow: UnitOfWork, key: str, value: int, *, reason: str) -> StoreSetting:
    """One policy written within its bounds, by an administrator, with the reason; for the
    services that check a group of policies together first."""
    require_actor(uow, UserRole.ADMIN, action=said("changing a store policy"))
    policy = policy_definition(key)
    if not policy.minimum <= value <= policy.maximum:
        raise ValidationError(
            translate(
                "policy", "{key} must lie between {minimum} and {maximum}; got {value}"
            ).format(key=key, minimum=policy.minimum, maximum=policy.maximum, value=value)
        )
    why = require_text(reason, "reason for the change")
    setting = uow.session.scalars(select(StoreSetting).where(StoreSetting.key == key)).first()
    if setting is None:  # made with the default, so the change to the new value has its reason
        setting = uow.add(StoreSetting(key=key, value=policy.default))
    uow.update(setting, {"value": value}, reason=why)
    return setting
