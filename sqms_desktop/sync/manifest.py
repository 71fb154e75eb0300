"""A bundle's `manifest.json` and the trusted comment that binds it to the signature.

The manifest says who made the bundle, for whom, which of its bundles it is, what it holds and
what its origin has received from everyone (the acknowledgements that let the recipient send
only what is missing). The signature's trusted comment repeats the bundle id, origin, sequence,
recipient and expiry, so the manifest cannot be swapped under a valid signature.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import BundleRefused
from sqms_desktop.i18n import translate

FORMAT = "sqms-bundle/1"
FORMATS = ("json", "xlsx")
DATA_MEMBER = {"json": "changes.jsonl", "xlsx": "data.xlsx"}
REPLICA_ID = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
KEY_ID = re.compile(r"^[0-9A-F]{16}$")


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    origin: str
    origin_name: str
    key_id: str
    recipient: str | None
    seq: int
    created_at: dt.datetime
    expires_at: dt.datetime
    schema: str
    format: str
    acknowledgements: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    changes: int = 0
    attachments: int = 0
    app_version: str = ""

    @property
    def data_member(self) -> str:
        return DATA_MEMBER[self.format]

    def encode(self) -> bytes:
        return canonical_json(
            {
                "format": FORMAT,
                "bundle_id": self.bundle_id,
                "origin": self.origin,
                "origin_name": self.origin_name,
                "key_id": self.key_id,
                "recipient": self.recipient,
                "seq": self.seq,
                "created_at": utc_text(self.created_at),
                "expires_at": utc_text(self.expires_at),
                "schema": self.schema,
                "data_format": self.format,
                "acknowledgements": dict(sorted(self.acknowledgements.items())),
                "counts": dict(sorted(self.counts.items())),
                "changes": self.changes,
                "attachments": self.attachments,
                "app_version": self.app_version,
            }
        ).encode()

    def trusted_comment(self) -> str:
        return trusted_comment(self)


def utc_text(moment: dt.datetime) -> str:
    """A moment as bundles, trust lists and the bundle log write it: 2026-12-03T10:00:00Z."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def trusted_comment(manifest: Manifest) -> str:
    """What the signature carries, readable in `minisign -V`'s output."""
    return (
        f"sqms bundle {manifest.bundle_id} origin {manifest.origin} seq {manifest.seq} "
        f"recipient {manifest.recipient or '*'} expires {utc_text(manifest.expires_at)}"
    )


def _refuse(why: str) -> BundleRefused:
    return BundleRefused("malformed", f"manifest.json: {why}")


def parse_manifest(data: bytes) -> Manifest:
    """The manifest, strictly: every key present with the right type, nothing else."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, too deep, too many digits
        raise _refuse(translate("manifest", "not JSON ({problem})").format(problem=exc)) from None
    if not isinstance(raw, dict):
        raise _refuse(translate("manifest", "not a JSON object"))
    expected = {
        "format", "bundle_id", "origin", "origin_name", "key_id", "recipient", "seq",
        "created_at", "expires_at", "schema", "data_format", "acknowledgements", "counts",
        "changes", "attachments", "app_version",
    }  # fmt: skip
    if set(raw) != expected:
        missing, extra = expected - set(raw), set(raw) - expected
        raise _refuse(
            translate("manifest", "keys differ from the format")
            + (
                translate("manifest", "; missing {keys}").format(keys=", ".join(sorted(missing)))
                if missing
                else ""
            )
            + (
                translate("manifest", "; unknown {keys}").format(keys=", ".join(sorted(extra)))
                if extra
                else ""
            )
        )
    if raw["format"] != FORMAT:
        raise _refuse(
            translate("manifest", "format {found!r} is not {expected}").format(
                found=raw["format"], expected=FORMAT
            )
        )
    try:
        bundle_id = str(uuid.UUID(_text(raw, "bundle_id")))
    except ValueError:
        raise _refuse(translate("manifest", "bundle_id is not a UUID")) from None
    origin = _text(raw, "origin")
    if not REPLICA_ID.match(origin):
        raise _refuse(
            translate("manifest", "origin {origin!r} is not a replica id").format(origin=origin)
        )
    recipient = raw["recipient"]
    if recipient is not None and (
        not isinstance(recipient, str) or not REPLICA_ID.match(recipient)
    ):
        raise _refuse(translate("manifest", "recipient is not a replica id"))
    key_id = _text(raw, "key_id")
    if not KEY_ID.match(key_id):
        raise _refuse(translate("manifest", "key_id is not a minisign key id"))
    if raw["data_format"] not in FORMATS:
        raise _refuse(
            translate("manifest", "data_format must be one of {formats}").format(
                formats=", ".join(FORMATS)
            )
        )
    return Manifest(
        bundle_id=bundle_id,
        origin=origin,
        origin_name=_text(raw, "origin_name"),
        key_id=key_id,
        recipient=recipient,
        seq=_count(raw, "seq", least=1),
        created_at=_moment(raw, "created_at"),
        expires_at=_moment(raw, "expires_at"),
        schema=_text(raw, "schema"),
        format=raw["data_format"],
        acknowledgements=_vector(raw, "acknowledgements"),
        counts=_vector(raw, "counts"),
        changes=_count(raw, "changes"),
        attachments=_count(raw, "attachments"),
        app_version=_text(raw, "app_version", empty=True),
    )


def _text(raw: dict[str, Any], key: str, *, empty: bool = False) -> str:
    value = raw[key]
    if not isinstance(value, str) or (not empty and not value) or len(value) > 200:
        raise _refuse(
            translate("manifest", "{key} must be text of 1 to 200 characters").format(key=key)
        )
    return value


def _count(raw: dict[str, Any], key: str, *, least: int = 0) -> int:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise _refuse(
            translate("manifest", "{key} must be a whole number of at least {least}").format(
                key=key, least=least
            )
        )
    return value


def _moment(raw: dict[str, Any], key: str) -> dt.datetime:
    value = _text(raw, key)
    try:
        moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        raise _refuse(
            translate("manifest", "{key} is not a UTC time like 2026-12-03T10:00:00Z").format(
                key=key
            )
        ) from None
    return moment


def _vector(raw: dict[str, Any], key: str) -> dict[str, int]:
    value = raw[key]
    if not isinstance(value, dict):
        raise _refuse(translate("manifest", "{key} must be an object").format(key=key))
    vector: dict[str, int] = {}
    for name, number in value.items():
        if not isinstance(name, str) or not name or len(name) > 64:
            raise _refuse(
                translate("manifest", "{key} has a bad name {name!r}").format(key=key, name=name)
            )
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise _refuse(
                translate("manifest", "{key}[{name}] must be a whole number").format(
                    key=key, name=name
                )
            )
        vector[name] = number
    return vector
