"""The store-wide settings declared once, and read: every key with its kind, default, bounds,
group and label, whatever the value is kept as.

A store-wide setting is one `StoreSetting` record per key, so a change is trailed and travels
with the store (bundles, backups). The whole numbers are the store policies of
`queries/policy.py` (`POLICIES`, bounds and defaults there); beside them the store keeps the
company name printed on every report (text) and the company logo (an `Attachment` without an
audit: the setting holds its id, the bytes live with the store's other attachments). The
window's settings dialog and `sqms settings` are both built from `STORE_SETTINGS`; the
personal settings (language, theme, paper size, idle lock) are declared beside the window's
other settings in `gui/base/settings.py`. Changing them: `services/store_settings.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import ValidationError
from sqms_desktop.evidence import suffix_for
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.queries.policy import DEADLINE_POLICIES, POLICIES
from sqms_desktop.store.attachments import attachment_store
from sqms_desktop.store.models import Attachment, StoreSetting
from sqms_desktop.vocab import PolicyKey

CONTEXT = "store_settings"
COMPANY_NAME = "company_name"
REPORT_LOGO = "report_logo"
MAX_COMPANY_NAME = 200
MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_MEDIA_TYPES = ("image/png", "image/jpeg")


class Kind(StrEnum):
    """What a setting's value is."""

    NUMBER = "number"  # a whole number within bounds
    TEXT = "text"  # one line of text, at most `maximum` characters
    IMAGE = "image"  # a PNG or JPEG kept as an attachment of the store


class Group(StrEnum):
    """The pages of the settings dialog, in their order (store-wide ones)."""

    REPORTS = "reports"
    CAPA = "capa"
    SCORECARDS = "scorecards"
    PROGRAMME = "programme"
    SECURITY = "security"
    BACKUPS = "backups"


GROUP_LABELS = {
    Group.REPORTS: QT_TRANSLATE_NOOP("store_settings", "Reports"),
    Group.CAPA: QT_TRANSLATE_NOOP("store_settings", "CAPA deadlines"),
    Group.SCORECARDS: QT_TRANSLATE_NOOP("store_settings", "Scorecards"),
    Group.PROGRAMME: QT_TRANSLATE_NOOP("store_settings", "Audit programme"),
    Group.SECURITY: QT_TRANSLATE_NOOP("store_settings", "Security"),
    Group.BACKUPS: QT_TRANSLATE_NOOP("store_settings", "Backups"),
}


@dataclass(frozen=True)
class StoreSettingSpec:
    """One store-wide setting as declared. `label` and `unit` are English, marked for
    translation (context "store_settings"); `minimum`/`maximum` bound a number, `maximum` is a
    text's longest length."""

    key: str
    kind: Kind
    group: Group
    label: str
    default: int | str
    minimum: int = 0
    maximum: int = 0
    unit: str = ""

    def shown_label(self) -> str:
        return translate("store_settings", self.label)


def _number(key: PolicyKey, group: Group, label: str, unit: str = "") -> StoreSettingSpec:
    policy = POLICIES[key]
    return StoreSettingSpec(
        key, Kind.NUMBER, group, label, policy.default, policy.minimum, policy.maximum, unit
    )


_DAYS = QT_TRANSLATE_NOOP("store_settings", "days")
_MONTHS = QT_TRANSLATE_NOOP("store_settings", "months")
_PERCENT = QT_TRANSLATE_NOOP("store_settings", "%")
P = PolicyKey
STORE_SETTINGS: dict[str, StoreSettingSpec] = {
    s.key: s
    for s in (
        StoreSettingSpec(
            COMPANY_NAME,
            Kind.TEXT,
            Group.REPORTS,
            QT_TRANSLATE_NOOP("store_settings", "Company name"),
            "",
            maximum=MAX_COMPANY_NAME,
        ),
        StoreSettingSpec(
            REPORT_LOGO,
            Kind.IMAGE,
            Group.REPORTS,
            QT_TRANSLATE_NOOP("store_settings", "Company logo"),
            "",
        ),
        _number(
            P.CAPA_CONTAINMENT_DAYS,
            Group.CAPA,
            QT_TRANSLATE_NOOP("store_settings", "Containment"),
            _DAYS,
        ),
        _number(
            P.CAPA_ROOT_CAUSE_DAYS,
            Group.CAPA,
            QT_TRANSLATE_NOOP("store_settings", "Root cause"),
            _DAYS,
        ),
        _number(
            P.CAPA_CORRECTIVE_ACTION_DAYS,
            Group.CAPA,
            QT_TRANSLATE_NOOP("store_settings", "Corrective action"),
            _DAYS,
        ),
        _number(
            P.CAPA_VERIFICATION_DAYS,
            Group.CAPA,
            QT_TRANSLATE_NOOP("store_settings", "Verification"),
            _DAYS,
        ),
        _number(
            P.CAPA_CLOSURE_DAYS,
            Group.CAPA,
            QT_TRANSLATE_NOOP("store_settings", "Closure"),
            _DAYS,
        ),
        _number(
            P.WEIGHT_QUALITY,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Weight of quality (PPM)"),
            _PERCENT,
        ),
        _number(
            P.WEIGHT_DELIVERY,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Weight of on-time delivery"),
            _PERCENT,
        ),
        _number(
            P.WEIGHT_AUDIT,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Weight of the latest audit"),
            _PERCENT,
        ),
        _number(
            P.WEIGHT_RESPONSIVENESS,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Weight of CAPA responsiveness"),
            _PERCENT,
        ),
        _number(
            P.BAND_A_FROM,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Band A from score"),
        ),
        _number(
            P.BAND_B_FROM,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "Band B from score"),
        ),
        _number(
            P.PPM_TARGET,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "PPM target (quality 100)"),
            QT_TRANSLATE_NOOP("store_settings", "PPM"),
        ),
        _number(
            P.PPM_CEILING,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "PPM ceiling (quality 0)"),
            QT_TRANSLATE_NOOP("store_settings", "PPM"),
        ),
        _number(
            P.ON_TIME_DAYS_EARLY,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "On time if early by up to"),
            _DAYS,
        ),
        _number(
            P.ON_TIME_DAYS_LATE,
            Group.SCORECARDS,
            QT_TRANSLATE_NOOP("store_settings", "On time if late by up to"),
            _DAYS,
        ),
        _number(
            P.AUDIT_MONTHS_HIGH,
            Group.PROGRAMME,
            QT_TRANSLATE_NOOP("store_settings", "Audit every, high risk"),
            _MONTHS,
        ),
        _number(
            P.AUDIT_MONTHS_MEDIUM,
            Group.PROGRAMME,
            QT_TRANSLATE_NOOP("store_settings", "Audit every, medium risk"),
            _MONTHS,
        ),
        _number(
            P.AUDIT_MONTHS_LOW,
            Group.PROGRAMME,
            QT_TRANSLATE_NOOP("store_settings", "Audit every, low risk"),
            _MONTHS,
        ),
        _number(
            P.FOLLOW_UP_MONTHS_C,
            Group.PROGRAMME,
            QT_TRANSLATE_NOOP("store_settings", "Follow up an audit graded C within"),
            _MONTHS,
        ),
        _number(
            P.FOLLOW_UP_MONTHS_B,
            Group.PROGRAMME,
            QT_TRANSLATE_NOOP("store_settings", "Follow up an audit graded B within"),
            _MONTHS,
        ),
        _number(
            P.LOCKOUT_MINUTES,
            Group.SECURITY,
            QT_TRANSLATE_NOOP("store_settings", "Lock an account after five wrong passwords for"),
            QT_TRANSLATE_NOOP("store_settings", "minutes"),
        ),
        _number(
            P.BACKUP_KEEP_DAYS,
            Group.BACKUPS,
            QT_TRANSLATE_NOOP("store_settings", "Keep rolling backups for"),
            _DAYS,
        ),
    )
}
WEIGHT_KEYS = (P.WEIGHT_QUALITY, P.WEIGHT_DELIVERY, P.WEIGHT_AUDIT, P.WEIGHT_RESPONSIVENESS)


def store_setting_spec(key: str) -> StoreSettingSpec:
    try:
        return STORE_SETTINGS[key]
    except KeyError:
        known = ", ".join(STORE_SETTINGS)
        raise ValidationError(
            translate(
                "store_settings", "{key!r} is not a store-wide setting (known: {known})"
            ).format(key=key, known=known)
        ) from None


def check_number(spec: StoreSettingSpec, value: int) -> None:
    if not spec.minimum <= value <= spec.maximum:
        raise ValidationError(
            translate(
                "store_settings", "{label} must lie between {minimum} and {maximum}; got {value}"
            ).format(
                label=spec.shown_label(), minimum=spec.minimum, maximum=spec.maximum, value=value
            )
        )


def parse_number(spec: StoreSettingSpec, text: str) -> int:
    """A whole number as typed (the command line), within the setting's bounds."""
    try:
        value = int(text.strip())
    except ValueError:
        raise ValidationError(
            translate(
                "store_settings",
                "{label} takes a whole number; got {text!r}",
            ).format(label=spec.shown_label(), text=text)
        ) from None
    check_number(spec, value)
    return value


def clean_text(spec: StoreSettingSpec, text: str) -> str:
    value = text.strip()
    if "\n" in value or "\r" in value:
        raise ValidationError(
            translate(
                "store_settings",
                "{label} is one line of text",
            ).format(label=spec.shown_label())
        )
    if len(value) > spec.maximum:
        raise ValidationError(
            translate(
                "store_settings", "{label} takes at most {maximum} characters; got {count}"
            ).format(label=spec.shown_label(), maximum=spec.maximum, count=len(value))
        )
    return value


def inconsistencies(numbers: Mapping[str, int]) -> list[str]:
    """What no single setting can check, for the numbers as they would be: the scorecard's
    four weights add up to 100, band A starts above band B, CAPA stages are due in order, the
    PPM target lies below the ceiling. Each text says what is wrong with the values given."""
    found = []

    def value(key: str) -> int:
        return numbers.get(key, POLICIES[key].default)

    weights = [value(k) for k in WEIGHT_KEYS]
    if sum(weights) != 100:
        found.append(
            translate(
                "store_settings",
                "the weights of quality, delivery, audit and responsiveness must add up to 100; "
                "{terms} = {total}",
            ).format(terms=" + ".join(str(w) for w in weights), total=sum(weights))
        )
    if not value(P.BAND_A_FROM) > value(P.BAND_B_FROM):
        found.append(
            translate(
                "store_settings", "band A must start above band B; got A from {a}, B from {b}"
            ).format(a=value(P.BAND_A_FROM), b=value(P.BAND_B_FROM))
        )
    if not value(P.PPM_TARGET) < value(P.PPM_CEILING):
        found.append(
            translate(
                "store_settings",
                "the PPM target must lie below the PPM ceiling; got {target} and {ceiling}",
            ).format(target=value(P.PPM_TARGET), ceiling=value(P.PPM_CEILING))
        )
    earlier: StoreSettingSpec | None = None
    for key in DEADLINE_POLICIES.values():
        spec = STORE_SETTINGS[key]
        if earlier is not None and value(key) < value(earlier.key):
            found.append(
                translate(
                    "store_settings",
                    "CAPA stages are due in order: {stage} ({days} days) comes before "
                    "{earlier} ({earlier_days} days)",
                ).format(
                    stage=spec.shown_label(),
                    days=value(key),
                    earlier=earlier.shown_label(),
                    earlier_days=value(earlier.key),
                )
            )
        earlier = spec
    return found


@dataclass(frozen=True)
class ReportLogo:
    """The company logo the store keeps for its reports."""

    attachment_id: str
    sha256: str
    media_type: str
    name: str
    size_bytes: int


@dataclass(frozen=True)
class StoreSettingValue:
    """One setting with its value now: a number, a text, or for the logo its file name ("" when
    none); `is_default` when the store never set it (or set it back)."""

    spec: StoreSettingSpec
    value: int | str
    is_default: bool


def _stored(session: Session) -> dict[str, object]:
    rows = session.execute(select(StoreSetting.key, StoreSetting.value)).all()
    return {str(key): value for key, value in rows}


def report_logo(session: Session) -> ReportLogo | None:
    attachment_id = _stored(session).get(REPORT_LOGO)
    if not attachment_id:
        return None
    attachment = session.get(Attachment, str(attachment_id))
    if attachment is None:
        return None
    return ReportLogo(
        attachment.id,
        attachment.sha256,
        attachment.media_type,
        attachment.original_name,
        attachment.size_bytes,
    )


def report_logo_bytes(session: Session) -> bytes | None:
    """The logo's bytes, checked against their SHA-256; None when the store has no logo."""
    logo = report_logo(session)
    if logo is None:
        return None
    return attachment_store(session).read(logo.sha256, suffix_for(logo.media_type))


def company_name(session: Session) -> str:
    value = _stored(session).get(COMPANY_NAME)
    return str(value) if value else ""


def store_setting_values(session: Session) -> list[StoreSettingValue]:
    """Every store-wide setting in declaration order, with its value now."""
    stored = _stored(session)
    logo = report_logo(session)
    found = []
    for spec in STORE_SETTINGS.values():
        raw = stored.get(spec.key)
        value: int | str
        if spec.kind is Kind.IMAGE:
            value = logo.name if logo is not None else ""
            found.append(StoreSettingValue(spec, value, logo is None))
            continue
        if raw is None:
            value = spec.default
        else:
            value = int(str(raw)) if spec.kind is Kind.NUMBER else str(raw)
        found.append(StoreSettingValue(spec, value, value == spec.default))
    return found


def store_numbers(session: Session) -> dict[str, int]:
    """Every number setting's value now, by key."""
    return {
        v.spec.key: int(v.value)
        for v in store_setting_values(session)
        if v.spec.kind is Kind.NUMBER
    }
