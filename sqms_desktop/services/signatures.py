"""Electronic signatures (21 CFR Part 11): sign with the password again, verify anywhere.

A signature covers the SHA-256 of the record's canonical content together with the signer's
printed name, the time and the meaning, all signed with the signer's Ed25519 key. Editing the
record changes the hash, so the signature shows as no longer valid; copying it onto another
record fails too, because the record's identity is part of what was signed.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.errors import StateError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.queries.signatures import content_hash, payload, record_version
from sqms_desktop.services import get, in_words, require_choice, said
from sqms_desktop.services.audits import require_capa_decisions
from sqms_desktop.services.identity import acting_user, require_role, unseal_key
from sqms_desktop.store.clock import utc_naive
from sqms_desktop.store.ledger import Credential
from sqms_desktop.store.models import Audit, Signature, User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, SignatureMeaning, UserRole

# What the role refusal names, marked for the translators and said where it is refused.
SIGNING = QT_TRANSLATE_NOOP("services", "signing an audit")


def sign_record(
    uow: UnitOfWork, username: str, password: str, entity: str, record_id: str, meaning: str
) -> Signature:
    """Sign after re-authentication; the signature is stored and trailed like any record."""
    return _sign_as(uow, acting_user(uow, username, password), password, entity, record_id, meaning)


def _sign_as(
    uow: UnitOfWork, user: User, password: str, entity: str, record_id: str, meaning: str
) -> Signature:
    """Sign as an already authenticated user (unsealing the key needs the password again)."""
    require_choice(meaning, SignatureMeaning.values(), "signature meaning")
    credential = uow.session.get_one(Credential, user.id)
    private_key = unseal_key(credential.sealed_key, password)
    now = uow.now
    signature = Signature(
        entity=entity,
        record_id=record_id,
        record_version=record_version(uow.session, record_id),
        content_sha256=content_hash(uow.session, entity, record_id),
        meaning=meaning,
        signer_id=user.id,
        printed_name=user.full_name,
        signed_at=utc_naive(now),
        utc_offset_minutes=int((now.utcoffset() or dt.timedelta(0)).total_seconds() // 60),
        public_key=user.public_key,
        signature="",
    )
    signature.signature = private_key.sign(payload(signature, user.username)).hex()
    uow.add(signature)
    # The trail's head, signed with the same key: the history up to this signature cannot be
    # rewritten later, even by someone who also holds the store's trail key.
    uow.checkpoint(
        signer_kind="user",
        signer_id=user.id,
        private_key=private_key,
        occasion="signature",
        ref=signature.id,
    )
    return signature


def sign_audit(
    uow: UnitOfWork,
    audit_id: str,
    username: str,
    password: str,
    meaning: str = SignatureMeaning.APPROVED,
) -> Signature:
    """The lead auditor signs a completed audit; it is locked until reopened with a reason.

    Every major or critical finding needs a CAPA or a recorded reason why none is needed first.
    """
    audit = get(uow, Audit, audit_id, "audit")
    if audit.status != AuditStatus.COMPLETED:
        raise StateError(
            translate(
                "signatures", "audit {reference} is {status}; only a completed audit can be signed"
            ).format(reference=audit.reference, status=in_words(audit.status, spaced=True))
        )
    require_capa_decisions(uow, audit, "signed")  # translated there (audits.DOINGS)
    signer = acting_user(uow, username, password)
    require_role(signer, UserRole.LEAD_AUDITOR, action=said(SIGNING))
    signature = _sign_as(uow, signer, password, "audit", audit.id, meaning)
    uow.update(audit, {"status": AuditStatus.SIGNED.value}, reason=f"signed ({meaning})")
    return signature
