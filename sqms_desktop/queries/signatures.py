"""Reading signatures: a record's canonical content and hash, and whether each signature holds.

Signing is a write (`services/signatures.py`); checking one is a read that the reports, the GUI and
`sqms signature verify` share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.store.base import Record
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import (
    Answer,
    Audit,
    Finding,
    Question,
    ReviewAction,
    Signature,
    SupplierReview,
    User,
)
from sqms_desktop.store.registry import fields_of, record_classes, table_of, to_json
from sqms_desktop.vocab import AuditStatus

# Workflow fields are not content: signing moves an audit to "signed" without changing it.
# Nor is numbering: the central store gives a reference a laptop made provisionally (P-…) its
# final number after the audit may have been signed there (services/numbering.py).
NOT_CONTENT = frozenset({"status", "state", "reference"})
# What signatures made before numbering was left out covered: the references too.
LEGACY_NOT_CONTENT = frozenset({"status", "state"})


SIGNED_STATES = frozenset({AuditStatus.SIGNED, AuditStatus.REPORT_ISSUED, AuditStatus.CLOSED})
# Why a signature stops holding in the normal course of a record's life (not tampering).
# Kept in English and translated where a check says them (`translate("signatures", …)`).
CHANGED_SINCE = QT_TRANSLATE_NOOP("signatures", "the record was changed after it was signed")
REOPENED_SINCE = QT_TRANSLATE_NOOP("signatures", "the record was reopened after it was signed")


def _fields(record: Record, left_out: frozenset[str] = NOT_CONTENT) -> dict[str, Any]:
    table = table_of(record)
    return {
        name: to_json(table.columns[name], getattr(record, name))
        for name in fields_of(table)
        if name not in left_out
    }


def canonical_content(
    session: Session, entity: str, record_id: str, *, legacy: bool = False
) -> dict[str, Any]:
    """What a signature on the record vouches for; an audit includes its answers and findings.

    `legacy`: the content as signatures made before numbering was left out saw it.
    """
    left_out = LEGACY_NOT_CONTENT if legacy else NOT_CONTENT
    model = record_classes().get(entity)
    record = session.get(model, record_id) if model is not None else None
    if record is None:
        raise NotFoundError(
            translate("signatures", "no {entity} with id {record_id}").format(
                entity=entity, record_id=record_id
            )
        )
    content: dict[str, Any] = {
        "entity": entity,
        "id": record_id,
        "fields": _fields(record, left_out),
    }
    if isinstance(record, Audit):
        answers = session.execute(
            select(Question.qid, Answer)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.audit_id == record_id)
            .order_by(Question.qid)
        ).all()
        content["answers"] = [
            {"qid": qid, **{k: v for k, v in _fields(a, left_out).items() if k != "answered_at"}}
            for qid, a in answers
        ]
        order = Finding.reference if legacy else Finding.id  # ids outlast renumbering
        findings = session.scalars(
            select(Finding).where(Finding.audit_id == record_id).order_by(order)
        ).all()
        content["findings"] = [_fields(f, left_out) for f in findings]
    if isinstance(record, SupplierReview):
        # The agreed actions are part of the minutes; marking one done later is not.
        actions = session.scalars(
            select(ReviewAction)
            .where(ReviewAction.review_id == record_id)
            .order_by(ReviewAction.id)
        ).all()
        content["actions"] = [
            {k: v for k, v in _fields(a, left_out).items() if k != "done_on"} for a in actions
        ]
    return content


def content_hash(session: Session, entity: str, record_id: str, *, legacy: bool = False) -> str:
    body = canonical_json(canonical_content(session, entity, record_id, legacy=legacy))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record_version(session: Session, record_id: str) -> int:
    """How many times the record itself was written (its trail entries)."""
    count = session.scalar(
        select(func.count()).select_from(TrailEntry).where(TrailEntry.record_id == record_id)
    )
    return int(count or 0)


def payload(signature: Signature, username: str) -> bytes:
    return canonical_json(
        {
            "entity": signature.entity,
            "record_id": signature.record_id,
            "record_version": signature.record_version,
            "content_sha256": signature.content_sha256,
            "meaning": signature.meaning,
            "signer": username,
            "printed_name": signature.printed_name,
            "signed_at": signature.signed_at.isoformat(),
            "utc_offset_minutes": signature.utc_offset_minutes,
        }
    ).encode("utf-8")


@dataclass(frozen=True)
class SignatureCheck:
    signature_id: str
    printed_name: str
    meaning: str
    signed_at: dt.datetime
    utc_offset_minutes: int
    record_version: int
    valid: bool
    problem: str

    def describe(self) -> str:
        offset = dt.timedelta(minutes=self.utc_offset_minutes)
        local = (self.signed_at.replace(tzinfo=dt.UTC) + offset).replace(tzinfo=dt.timezone(offset))
        state = (
            translate("signatures", "valid")
            if self.valid
            else translate("signatures", "NOT VALID: {problem}").format(problem=self.problem)
        )
        return translate(
            "signatures", "{name}, {meaning}, {time} (record version {version}): {state}"
        ).format(
            name=self.printed_name,
            meaning=self.meaning,
            time=f"{local:%Y-%m-%d %H:%M %z}",
            version=self.record_version,
            state=state,
        )


@dataclass(frozen=True)
class KeySpan:
    """A user's signing key as the trail records it: current from trail entry `since` until
    the entry that replaced it (None: still current)."""

    public_key: str
    since: int
    until: int | None


def user_key_history(session: Session, user_id: str) -> list[KeySpan]:
    """Every signing key the user had, from the keyed trail: a key put into the user's row
    without a trailed change is not in it. A new key comes with a password set by an
    administrator; the creation entry carries the first."""
    rows = session.execute(
        select(TrailEntry.seq, TrailEntry.field, TrailEntry.new_value)
        .where(
            TrailEntry.entity == User.__tablename__,
            TrailEntry.record_id == user_id,
            or_(
                TrailEntry.field == "public_key",
                and_(TrailEntry.field.is_(None), TrailEntry.action == "create"),
            ),
        )
        .order_by(TrailEntry.seq)
    ).all()
    found: list[tuple[int, str]] = []
    for seq, field, new_value in rows:
        value = json.loads(new_value) if new_value else None
        if field is None:
            value = value.get("public_key") if isinstance(value, dict) else None
        if isinstance(value, str) and value and (not found or found[-1][1] != value):
            found.append((seq, value))
    return [
        KeySpan(key, since, found[n + 1][0] if n + 1 < len(found) else None)
        for n, (since, key) in enumerate(found)
    ]


def key_problem(history: list[KeySpan], current: str, public_key: str, at_seq: int) -> str:
    """Why `public_key` was not the user's key when trail entry `at_seq` was written (the
    signature's or checkpoint's own), or "" when it was."""
    if not history or history[-1].public_key != current:
        return translate("signatures", "the signer's key was changed outside a trailed key change")
    for span in history:
        if (
            span.public_key == public_key
            and span.since < at_seq
            and (span.until is None or at_seq < span.until)
        ):
            return ""
    return translate("signatures", "signed with a key that was not the signer's at that time")


def first_entry(session: Session, entity: str, record_id: str) -> int:
    """The seq of the record's first trail entry in this store (0: none)."""
    seq = session.scalar(
        select(func.min(TrailEntry.seq)).where(
            TrailEntry.entity == entity, TrailEntry.record_id == record_id
        )
    )
    return int(seq or 0)


def verify_signatures(session: Session, entity: str, record_id: str) -> list[SignatureCheck]:
    """Check every signature on a record against its current content and the signer's key."""
    current = _ContentHashes(session, entity, record_id)
    record = session.get(record_classes()[entity], record_id)
    reopened = isinstance(record, Audit) and record.status not in SIGNED_STATES
    checks = []
    for signature in session.scalars(
        select(Signature)
        .where(Signature.entity == entity, Signature.record_id == record_id)
        .order_by(Signature.signed_at)
    ):
        signer = session.get_one(User, signature.signer_id)
        history = user_key_history(session, signer.id)
        at_seq = first_entry(session, "signature", signature.id)
        problem = key_problem(history, signer.public_key, signature.public_key, at_seq) or _problem(
            signature, signer, current, reopened=reopened
        )
        checks.append(
            SignatureCheck(
                signature.id,
                signature.printed_name,
                signature.meaning,
                signature.signed_at,
                signature.utc_offset_minutes,
                signature.record_version,
                problem == "",
                problem,
            )
        )
    return checks


class _ContentHashes:
    """The record's content hash now, and, only when a signature needs it (one made before
    numbering was left out of the content), the legacy one: each is costly on a large audit."""

    def __init__(self, session: Session, entity: str, record_id: str) -> None:
        self._args = (session, entity, record_id)
        self._current: str | None = None
        self._legacy: str | None = None

    def __contains__(self, value: object) -> bool:
        if self._current is None:
            self._current = content_hash(*self._args)
        if value == self._current:
            return True
        if self._legacy is None:
            self._legacy = content_hash(*self._args, legacy=True)
        return value == self._legacy


def _problem(signature: Signature, signer: User, current: _ContentHashes, *, reopened: bool) -> str:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(signature.public_key))
        key.verify(bytes.fromhex(signature.signature), payload(signature, signer.username))
    except (InvalidSignature, ValueError):
        return translate("signatures", "the signature does not match what it claims to sign")
    if signature.content_sha256 not in current:
        return translate("signatures", CHANGED_SINCE)
    if reopened:
        return translate("signatures", REOPENED_SINCE)
    return ""
