"""The scorecard's weights and bands, changed together as one action with one reason.

Each value is a store policy (`scorecard_weight_*`, `scorecard_band_*_from`) set through
`services/policy.store_policy` (administrators only, within each policy's bounds); what no single
policy can check is checked here first, so nothing is written unless all of it holds: the four
weights add up to 100, and band A starts above band B.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.scorecard import Bands, Weights
from sqms_desktop.queries.policy import policy_definition
from sqms_desktop.queries.scorecards import scorecard_settings
from sqms_desktop.services import require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.services.policy import store_policy
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import PolicyKey, UserRole

WEIGHT_KEYS = (
    PolicyKey.WEIGHT_QUALITY,
    PolicyKey.WEIGHT_DELIVERY,
    PolicyKey.WEIGHT_AUDIT,
    PolicyKey.WEIGHT_RESPONSIVENESS,
)


@dataclass(frozen=True)
class SettingsChange:
    """What to set: the four weights (quality, delivery, audit, responsiveness), the lower
    bounds of bands A and B, or both; None keeps the current ones."""

    weights: tuple[int, int, int, int] | None = None
    bands: tuple[int, int] | None = None


def _check_bounds(key: PolicyKey, value: int) -> None:
    policy = policy_definition(key)
    if not policy.minimum <= value <= policy.maximum:
        raise ValidationError(
            translate(
                "scorecard_settings",
                "{meaning} must lie between {minimum} and {maximum}; got {value}",
            ).format(
                meaning=policy.meaning, minimum=policy.minimum, maximum=policy.maximum, value=value
            )
        )


def set_scorecard_settings(uow: UnitOfWork, change: SettingsChange, *, reason: str) -> None:
    require_actor(uow, UserRole.ADMIN, action=said("changing the scorecard's weights and bands"))
    why = require_text(reason, "reason for the change")
    if change.weights is None and change.bands is None:
        raise ValidationError(
            translate("scorecard_settings", "give the weights, the bands or both")
        )
    current = scorecard_settings(uow.session)
    weights = Weights(*change.weights) if change.weights else current.weights
    bands = Bands(*change.bands) if change.bands else current.bands
    values = dict(zip(WEIGHT_KEYS, weights.in_order(), strict=True))
    values[PolicyKey.BAND_A_FROM] = int(bands.a_from)
    values[PolicyKey.BAND_B_FROM] = int(bands.b_from)
    for key, value in values.items():
        _check_bounds(key, value)
    if sum(weights.in_order()) != 100:
        raise ValidationError(
            translate(
                "scorecard_settings",
                "the weights of quality, delivery, audit and responsiveness must add "
                "up to 100; {terms} = {total}",
            ).format(
                terms=" + ".join(str(w) for w in weights.in_order()), total=sum(weights.in_order())
            )
        )
    if not bands.a_from > bands.b_from:
        raise ValidationError(
            translate(
                "scorecard_settings",
                "band A must start above band B; got A from {a_from:g}, B from {b_from:g}",
            ).format(a_from=bands.a_from, b_from=bands.b_from)
        )
    before = dict(zip(WEIGHT_KEYS, current.weights.in_order(), strict=True))
    before[PolicyKey.BAND_A_FROM] = int(current.bands.a_from)
    before[PolicyKey.BAND_B_FROM] = int(current.bands.b_from)
    changed = {key: value for key, value in values.items() if before[key] != value}
    if not changed:
        raise ValidationError(
            translate(
                "scorecard_settings", "the weights and bands are already so; nothing would change"
            )
        )
    for key, value in changed.items():
        store_policy(uow, key, value, reason=why)
