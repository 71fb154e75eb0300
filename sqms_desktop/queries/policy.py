"""Store-wide policies as they are read: each key's bounds, default and stored value."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import DEFAULT_DEADLINES
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.store.models import StoreSetting
from sqms_desktop.vocab import PolicyKey

# The policy of each CAPA stage deadline (days from the issue date), in stage order.
DEADLINE_POLICIES = {
    "containment_due": PolicyKey.CAPA_CONTAINMENT_DAYS,
    "root_cause_due": PolicyKey.CAPA_ROOT_CAUSE_DAYS,
    "corrective_action_due": PolicyKey.CAPA_CORRECTIVE_ACTION_DAYS,
    "verification_due": PolicyKey.CAPA_VERIFICATION_DAYS,
    "closure_due": PolicyKey.CAPA_CLOSURE_DAYS,
}


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
        Policy(PolicyKey.WEIGHT_QUALITY, 40, 0, 100, "scorecard weight of quality (PPM), %"),
        Policy(PolicyKey.WEIGHT_DELIVERY, 30, 0, 100, "scorecard weight of on-time delivery, %"),
        Policy(PolicyKey.WEIGHT_AUDIT, 20, 0, 100, "scorecard weight of the latest audit, %"),
        Policy(
            PolicyKey.WEIGHT_RESPONSIVENESS,
            10,
            0,
            100,
            "scorecard weight of CAPA responsiveness, %",
        ),
        Policy(PolicyKey.BAND_A_FROM, 90, 1, 100, "lowest scorecard score in band A"),
        Policy(PolicyKey.BAND_B_FROM, 70, 1, 100, "lowest scorecard score in band B"),
        Policy(
            PolicyKey.PPM_TARGET,
            100,
            0,
            1_000_000,
            "PPM at or below which the scorecard's quality part is 100 (no agreement target)",
        ),
        Policy(
            PolicyKey.PPM_CEILING,
            2000,
            1,
            1_000_000,
            "PPM at or above which the scorecard's quality part is 0",
        ),
        Policy(
            PolicyKey.ON_TIME_DAYS_EARLY,
            2,
            0,
            60,
            "days before the due date a delivery still counts as on time",
        ),
        Policy(
            PolicyKey.ON_TIME_DAYS_LATE,
            0,
            0,
            60,
            "days after the due date a delivery still counts as on time",
        ),
        Policy(PolicyKey.AUDIT_MONTHS_HIGH, 12, 1, 120, "months between audits, high risk class"),
        Policy(PolicyKey.AUDIT_MONTHS_MEDIUM, 24, 1, 120, "months between audits, medium risk"),
        Policy(PolicyKey.AUDIT_MONTHS_LOW, 36, 1, 120, "months between audits, low risk class"),
        Policy(PolicyKey.FOLLOW_UP_MONTHS_C, 6, 1, 60, "months to follow up a C-rated audit"),
        Policy(PolicyKey.FOLLOW_UP_MONTHS_B, 12, 1, 60, "months to follow up a B-rated audit"),
        Policy(
            PolicyKey.CAPA_CONTAINMENT_DAYS,
            DEFAULT_DEADLINES["containment_due"],
            1,
            365,
            "days from issue to containment",
        ),
        Policy(
            PolicyKey.CAPA_ROOT_CAUSE_DAYS,
            DEFAULT_DEADLINES["root_cause_due"],
            1,
            365,
            "days from issue to the root cause",
        ),
        Policy(
            PolicyKey.CAPA_CORRECTIVE_ACTION_DAYS,
            DEFAULT_DEADLINES["corrective_action_due"],
            1,
            365,
            "days from issue to the corrective action",
        ),
        Policy(
            PolicyKey.CAPA_VERIFICATION_DAYS,
            DEFAULT_DEADLINES["verification_due"],
            1,
            365,
            "days from issue to the verification",
        ),
        Policy(
            PolicyKey.CAPA_CLOSURE_DAYS,
            DEFAULT_DEADLINES["closure_due"],
            1,
            365,
            "days from issue to closing a CAPA",
        ),
        Policy(
            PolicyKey.BACKUP_KEEP_DAYS,
            14,
            1,
            3650,
            "days rolling backups of the store file are kept",
        ),
    )
}


def policy_value(session: Session, key: str) -> int:
    policy = policy_definition(key)
    stored = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
    return policy.default if stored is None else int(stored)


def store_deadline_days(session: Session) -> dict[str, int]:
    """Days from the issue date per CAPA stage deadline, as the store sets them for suppliers
    without an agreement of their own."""
    return {due: policy_value(session, key) for due, key in DEADLINE_POLICIES.items()}


def lockout_minutes(session: Session) -> int:
    return policy_value(session, PolicyKey.LOCKOUT_MINUTES)


def policy_definition(key: str) -> Policy:
    try:
        return POLICIES[key]
    except KeyError:
        known = ", ".join(sorted(POLICIES))
        raise ValidationError(
            translate("policy", "{key!r} is not a store policy (known: {known})").format(
                key=key, known=known
            )
        ) from None
