"""Changing the store-wide settings (`queries/store_settings.STORE_SETTINGS`): only an
administrator, every value checked before anything is written, with a reason, trailed.

Several settings change as one action (`set_store_settings`), so settings that only hold
together (the scorecard's weights adding up to 100, band A above band B, CAPA stages due in
order) can change together; whatever is wrong with any value refuses the whole action. The
company logo is kept as an attachment of the store (its bytes with the evidence, the setting
holds the attachment's id), so it travels with the store to every computer that prints its
reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.evidence import EvidenceFileError, clean_name, inspect_evidence
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.queries.store_settings import (
    LOGO_MEDIA_TYPES,
    MAX_LOGO_BYTES,
    REPORT_LOGO,
    Kind,
    StoreSettingSpec,
    check_number,
    clean_text,
    inconsistencies,
    report_logo,
    store_numbers,
    store_setting_spec,
    store_setting_values,
)
from sqms_desktop.services import require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.services.policy import store_policy
from sqms_desktop.store.attachments import attachment_store
from sqms_desktop.store.models import Attachment, StoreSetting
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole


@dataclass(frozen=True)
class LogoFile:
    """A logo as bytes with the name it came with (a file chosen, a paste)."""

    name: str
    data: bytes


# What the role refusal names, marked for the translators and said where it is refused.
CHANGING = QT_TRANSLATE_NOOP("services", "changing the store's settings")

# What a setting may be set to: a number, a text, and for the logo a file, its bytes, or ""
# (or None) to print no logo.
Value = int | str | Path | LogoFile | None


def set_store_setting(uow: UnitOfWork, key: str, value: Value, *, reason: str) -> bool:
    """One store-wide setting (see `set_store_settings`); True when it changed."""
    return bool(set_store_settings(uow, {key: value}, reason=reason))


def set_store_settings(uow: UnitOfWork, values: Mapping[str, Value], *, reason: str) -> list[str]:
    """Set store-wide settings as one action with one reason; returns the keys whose value
    changed (none: nothing is written). A number given as text (the command line) is read as a
    whole number. Refused as a whole, before anything is written, when the user is not an
    administrator, the reason is empty, a key is unknown, a value is out of its bounds or of
    the wrong kind, or the numbers together break a rule (`inconsistencies`)."""
    require_actor(uow, UserRole.ADMIN, action=said(CHANGING))
    why = require_text(reason, "reason for the change")
    current = {v.spec.key: v for v in store_setting_values(uow.session)}
    numbers: dict[str, int] = {}
    texts: dict[str, str] = {}
    logo: LogoFile | None = None
    clear_logo = False
    for key, value in values.items():
        spec = store_setting_spec(key)
        if spec.kind is Kind.NUMBER:
            numbers[key] = _number(spec, value)
        elif spec.kind is Kind.TEXT:
            if not isinstance(value, str):
                raise ValidationError(_wrong_kind(spec, value))
            texts[key] = clean_text(spec, value)
        else:
            logo = _logo_file(spec, value)
            clear_logo = logo is None
    merged = store_numbers(uow.session) | numbers
    problems = inconsistencies(merged)
    if problems:
        raise ValidationError("; ".join(problems))
    changed = []
    for key, number in numbers.items():
        if current[key].value != number:
            store_policy(uow, key, number, reason=why)
            changed.append(key)
    for key, text in texts.items():
        if current[key].value != text:
            _store_value(uow, key, text, why)
            changed.append(key)
    if logo is not None or clear_logo:
        kept = report_logo(uow.session)
        new_id = _keep_logo(uow, logo) if logo is not None else ""
        if (kept.attachment_id if kept else "") != new_id:
            _store_value(uow, REPORT_LOGO, new_id, why)
            changed.append(REPORT_LOGO)
    return changed


def _wrong_kind(spec: StoreSettingSpec, value: object) -> str:
    return translate(
        "store_settings",
        "{label} cannot be set to {value!r}",
    ).format(label=spec.shown_label(), value=value)


def _number(spec: StoreSettingSpec, value: Value) -> int:
    if isinstance(value, bool):
        raise ValidationError(_wrong_kind(spec, value))
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ValidationError(
                translate(
                    "store_settings",
                    "{label} takes a whole number; got {text!r}",
                ).format(label=spec.shown_label(), text=value)
            ) from None
    if not isinstance(value, int):
        raise ValidationError(_wrong_kind(spec, value))
    check_number(spec, value)
    return value


def _logo_file(spec: StoreSettingSpec, value: Value) -> LogoFile | None:
    """The logo to keep, read from a path or given as bytes; None to print none."""
    if value is None or value == "":
        return None
    if isinstance(value, LogoFile):
        return value
    if isinstance(value, str):
        value = Path(value).expanduser()
    if not isinstance(value, Path):
        raise ValidationError(_wrong_kind(spec, value))
    try:
        size = value.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise ValidationError(_too_big(value.name, size))
        return LogoFile(value.name, value.read_bytes())
    except FileNotFoundError:
        raise ValidationError(
            translate(
                "store_settings",
                "No file {path}: choose the logo again.",
            ).format(path=value)
        ) from None
    except IsADirectoryError:
        raise ValidationError(
            translate(
                "store_settings", "{path} is a folder; the logo is a PNG or JPEG file"
            ).format(path=value)
        ) from None
    except OSError as exc:
        raise ValidationError(
            translate(
                "store_settings",
                "Cannot read {path}: {reason}",
            ).format(path=value, reason=exc.strerror or exc)
        ) from None


def _too_big(name: str, size: int) -> str:
    return translate(
        "store_settings", "{name} has {size} MB; a logo may have at most {maximum} MB"
    ).format(name=name, size=f"{size / 1048576:.1f}", maximum=MAX_LOGO_BYTES // 1048576)


def _keep_logo(uow: UnitOfWork, logo: LogoFile) -> str:
    """The logo checked (a PNG or JPEG that opens as an image) and kept; its attachment id.
    The logo the store has already is not kept twice."""
    name = clean_name(logo.name)
    if len(logo.data) > MAX_LOGO_BYTES:
        raise ValidationError(_too_big(name, len(logo.data)))
    try:
        found = inspect_evidence(logo.data, name)
    except EvidenceFileError as exc:
        raise ValidationError(str(exc)) from None
    if found.media_type not in LOGO_MEDIA_TYPES:
        raise ValidationError(
            translate(
                "store_settings", "{name} is not a PNG or JPEG image; the logo must be one"
            ).format(name=name)
        )
    sha256 = hashlib.sha256(logo.data).hexdigest()
    kept_now = report_logo(uow.session)
    if kept_now is not None and kept_now.sha256 == sha256:
        return kept_now.attachment_id
    attachment_store(uow.session).put(logo.data, found.suffix)
    attachment = uow.add(
        Attachment(
            sha256=sha256,
            media_type=found.media_type,
            original_name=found.name,
            caption=translate(
                "store_settings",
                "Company logo for reports",
            ),
            taken_at=None,
            size_bytes=found.size_bytes,
            audit_id=None,
            finding_id=None,
            question_id=None,
            annotations=None,
        )
    )
    return attachment.id


def _store_value(uow: UnitOfWork, key: str, value: str, why: str) -> None:
    setting = uow.session.scalars(select(StoreSetting).where(StoreSetting.key == key)).first()
    if setting is None:  # made with the default, so the change to the new value has its reason
        setting = uow.add(StoreSetting(key=key, value=store_setting_spec(key).default))
    uow.update(setting, {"value": value}, reason=why)
