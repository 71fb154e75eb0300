"""Everything `sqms trail verify` (and `sqms store check`) checks about the records' history.

1. The chain: every entry keyed under the store's trail key and linked to the one before; the
   trail's end is where this computer last saw it (store/trail.py).
2. Trail and change log, one to one (store/trail_links.py).
3. The checkpoints: each signed trail head still in the trail, signed by a key its signer had
   (a user's from the trail, the replica's own); every local electronic signature and every
   bundle export has its checkpoint.
4. The signatures: each made with the key its signer had then; a key in a user's row that no
   trailed change put there; a record in a signed state without a valid signature.

Each check names the first thing that fails, so a person knows where to look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import language, translate
from sqms_desktop.queries.signatures import (
    CHANGED_SINCE,
    REOPENED_SINCE,
    SIGNED_STATES,
    first_entry,
    key_problem,
    user_key_history,
    verify_signatures,
)
from sqms_desktop.store import trail_key
from sqms_desktop.store.ledger import Replica, TrailCheckpoint, TrailEntry
from sqms_desktop.store.models import Audit, Signature, User
from sqms_desktop.store.trail import (
    CHECKPOINT_FIELDS,
    TrailReport,
    checkpoint_payload,
    verify_chain,
)
from sqms_desktop.store.trail_links import check_links
from sqms_desktop.vocab import word


@dataclass(frozen=True)
class Problem:
    """One thing that fails: which check, which trail entry (None: not tied to one), why."""

    check: str  # "chain", "links", "checkpoint", "signature"
    seq: int | None
    message: str


@dataclass(frozen=True)
class TrailVerification:
    chain: TrailReport
    checkpoints: int
    signatures: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def verify_trail(
    session: Session,
    *,
    location: str | None,
    progress: Callable[[int], None] | None = None,
) -> TrailVerification:
    """Run every check; `location` is the store as `Store.describe()` names it."""
    keys = trail_key.all_keys()
    chain = verify_chain(session, keys=keys, location=location, progress=progress)
    problems: list[Problem] = []
    if chain.first_break is not None:
        problems.append(Problem("chain", chain.first_break.seq, chain.first_break.describe()))
    local = session.scalar(select(Replica).where(Replica.is_local.is_(True)))
    own = [k for k in keys.values() if local is not None and k.replica_id == local.id]
    first_key = min(own, key=lambda k: k.keyed_from) if own else None
    link = check_links(
        session,
        keyed_from=chain.keyed_from,
        legacy_changes=first_key.legacy_changes if first_key else None,
    )
    if link is not None:
        problems.append(Problem("links", link.seq, link.describe()))
    checkpoint_problems, checkpoints = _checkpoints(session, local, chain.keyed_from)
    problems.extend(checkpoint_problems)
    signature_problems, signatures = _signatures(session)
    problems.extend(signature_problems)
    return TrailVerification(chain, checkpoints, signatures, problems)


def _checkpoints(
    session: Session, local: Replica | None, keyed_from: int | None
) -> tuple[list[Problem], int]:
    problems: list[Problem] = []
    refs: set[str] = set()
    count = 0
    for checkpoint in session.scalars(select(TrailCheckpoint).order_by(TrailCheckpoint.seq)):
        count += 1
        refs.add(checkpoint.ref)
        problem = _checkpoint_problem(session, checkpoint)
        if problem:
            who = f"{checkpoint.signer_kind} {checkpoint.signer_id}"
            problems.append(
                Problem(
                    "checkpoint",
                    checkpoint.seq,
                    translate(
                        "trail_integrity",
                        "checkpoint at trail entry #{seq} ({occasion} {ref}, signed by {who}): "
                        "{problem}",
                    ).format(
                        seq=checkpoint.seq,
                        occasion=checkpoint.occasion,
                        ref=checkpoint.ref,
                        who=who,
                        problem=problem,
                    ),
                )
            )
    if local is not None and keyed_from is not None:
        # Every signature made here and every bundle exported from here since keying.
        due = session.execute(
            select(TrailEntry.seq, TrailEntry.entity, TrailEntry.record_id).where(
                TrailEntry.seq >= keyed_from,
                TrailEntry.replica_id == local.id,
                ((TrailEntry.entity == Signature.__tablename__) & (TrailEntry.action == "create"))
                | ((TrailEntry.entity == "bundle") & (TrailEntry.action == "export")),
            )
        ).all()
        for seq, entity, record_id in due:
            if record_id not in refs:
                said = (
                    translate(
                        "trail_integrity",
                        "trail entry #{seq}: the electronic signature {record_id} has no "
                        "checkpoint (its signed trail head was removed)",
                    )
                    if entity == Signature.__tablename__
                    else translate(
                        "trail_integrity",
                        "trail entry #{seq}: the bundle {record_id} has no checkpoint (its "
                        "signed trail head was removed)",
                    )
                )
                problems.append(
                    Problem("checkpoint", seq, said.format(seq=seq, record_id=record_id))
                )
    problems.sort(key=lambda p: p.seq or 0)
    return problems[:1], count


def _checkpoint_problem(session: Session, checkpoint: TrailCheckpoint) -> str:
    entry_hash = session.scalar(select(TrailEntry.hash).where(TrailEntry.seq == checkpoint.seq))
    if entry_hash is None:
        return translate("trail_integrity", "that entry is no longer in the trail")
    if entry_hash != checkpoint.hash:
        return translate("trail_integrity", "the trail up to it was rewritten after it was signed")
    row = {name: getattr(checkpoint, name) for name in CHECKPOINT_FIELDS}
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(checkpoint.public_key))
        key.verify(bytes.fromhex(checkpoint.signature), checkpoint_payload(row))
    except (InvalidSignature, ValueError):
        return translate("trail_integrity", "its signature does not match the head it claims")
    if checkpoint.signer_kind == "user":
        user = session.get(User, checkpoint.signer_id)
        if user is None:
            return translate("trail_integrity", "its signer is not a user of this store")
        history = user_key_history(session, user.id)
        return key_problem(history, user.public_key, checkpoint.public_key, checkpoint.seq + 1)
    replica = session.get(Replica, checkpoint.signer_id)
    if replica is None or replica.public_key != checkpoint.public_key:
        return translate("trail_integrity", "it is not signed with the replica's key")
    return ""


def _signatures(session: Session) -> tuple[list[Problem], int]:
    """Each signature checked; each record in a signed state has at least one valid one."""
    problems: list[Problem] = []
    count = 0
    signed_records: set[tuple[str, str]] = {
        (entity, record_id)
        for entity, record_id in session.execute(
            select(Signature.entity, Signature.record_id).distinct()
        )
    }
    signed_audits = session.scalars(
        select(Audit.id).where(Audit.status.in_([s.value for s in SIGNED_STATES]))
    ).all()
    for audit_id in signed_audits:
        signed_records.add(("audit", audit_id))
    for entity, record_id in sorted(signed_records):
        checks = verify_signatures(session, entity, record_id)
        count += len(checks)
        for check in checks:
            if not check.valid and _tampering(check.problem):
                seq = first_entry(session, Signature.__tablename__, check.signature_id)
                problems.append(
                    Problem(
                        "signature",
                        seq or None,
                        translate(
                            "trail_integrity",
                            "signature {signature} on {entity} {record_id} ({name}, {meaning}): "
                            "{problem}",
                        ).format(
                            signature=check.signature_id,
                            entity=entity,
                            record_id=record_id,
                            name=check.printed_name,
                            meaning=check.meaning,
                            problem=check.problem,
                        ),
                    )
                )
        if entity == "audit" and record_id in signed_audits and not any(c.valid for c in checks):
            audit = session.get(Audit, record_id)
            reference = audit.reference if audit is not None else record_id
            why = (
                checks[0].problem
                if checks
                else translate("trail_integrity", "there is no signature at all")
            )
            if audit is None:
                status = translate("trail_integrity", "signed")
            else:  # as stored in English, underscores and all; its word in German
                status = word(audit.status) if language() == "de" else audit.status
            problems.append(
                Problem(
                    "signature",
                    first_entry(session, "audit", record_id) or None,
                    translate(
                        "trail_integrity",
                        "audit {reference} is {status} without a valid signature ({why})",
                    ).format(reference=reference, status=status, why=why),
                )
            )
    problems.sort(key=lambda p: p.seq or 0)
    return problems, count


def _tampering(problem: str) -> bool:
    """A signature that no longer holds because the record was edited or reopened is normal
    history; one whose key or bytes do not hold is not."""
    return problem not in {
        translate("signatures", CHANGED_SINCE),
        translate("signatures", REOPENED_SINCE),
    }
