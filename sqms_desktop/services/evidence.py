"""Evidence of an audit: attach photos and documents, caption, annotate, link to findings.

Only the audit's team (or an administrator) writes evidence, and only while the audit is not
locked (the same rules as answers and findings). A file is checked completely before anything
is kept, so a refused file leaves no record and no bytes. The bytes go into the
content-addressed folder before the record is committed, so a record never points at bytes that
are not there. Annotations are a separate field: the original's bytes and SHA-256 never change.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.evidence import (
    EvidenceFileError,
    check_size,
    clean_name,
    inspect_evidence,
    is_image,
    suffix_for,
    validate_annotations,
)
from sqms_desktop.i18n import translate
from sqms_desktop.services import get
from sqms_desktop.services.audit_plan import require_audit_member
from sqms_desktop.services.audits import require_editable
from sqms_desktop.store.attachments import Attachments, attachment_store
from sqms_desktop.store.models import Attachment, Audit, Finding, Question
from sqms_desktop.store.uow import UnitOfWork

MAX_CAPTION = 2000


def attach_evidence(
    uow: UnitOfWork,
    audit_id: str,
    path: Path,
    *,
    caption: str = "",
    question_id: str | None = None,
    finding_id: str | None = None,
    attachments: Attachments | None = None,
    unverified: bool = False,
) -> Attachment:
    """Attach a file from disk; its size is checked before it is read. The bytes go to the
    store's own attachments unless `attachments` names another place (the demo's side folder).
    A file that cannot be read is refused with `EvidenceFileError` naming it."""
    name = clean_name(path.name)
    try:
        check_size(path.stat().st_size, name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise EvidenceFileError(
            name, translate("evidence", "{path} does not exist").format(path=path)
        ) from None
    except IsADirectoryError:
        raise EvidenceFileError(
            name, translate("evidence", "{path} is a folder, not a file").format(path=path)
        ) from None
    except OSError as exc:
        raise EvidenceFileError(
            name,
            translate("evidence", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        ) from None
    return attach_evidence_bytes(
        uow,
        audit_id,
        data,
        name,
        caption=caption,
        question_id=question_id,
        finding_id=finding_id,
        attachments=attachments,
        unverified=unverified,
    )


def attach_evidence_bytes(
    uow: UnitOfWork,
    audit_id: str,
    data: bytes,
    original_name: str,
    *,
    caption: str = "",
    question_id: str | None = None,
    finding_id: str | None = None,
    attachments: Attachments | None = None,
    unverified: bool = False,
) -> Attachment:
    """Attach bytes that came without a file (a paste from the clipboard). With `unverified`
    a file that fails its check is kept as an unverified binary (evidence.UNVERIFIED_BINARY).
    The bytes are written before the record; if the action then fails, the attachment store
    removes them again with the rollback (store/attachments.py)."""
    audit = get(uow, Audit, audit_id, "audit")
    require_editable(audit)
    require_audit_member(uow, audit, "attaching evidence")
    if question_id is not None:
        question = get(uow, Question, question_id, "question")
        if question.template_id != audit.template_id:
            raise ValidationError(
                translate("evidence", "question {qid} is not in this audit's checklist").format(
                    qid=question.qid
                )
            )
    if finding_id is not None:
        _finding_of(uow, audit, finding_id)
    found = inspect_evidence(data, original_name, unverified=unverified)
    caption = _caption(caption)
    sha256 = hashlib.sha256(data).hexdigest()
    twin = uow.session.scalars(
        select(Attachment).where(
            Attachment.audit_id == audit.id,
            Attachment.sha256 == sha256,
            Attachment.question_id.is_(None)
            if question_id is None
            else Attachment.question_id == question_id,
        )
    ).first()
    if twin is not None:
        raise ValidationError(
            translate(
                "evidence", "{name} is already attached here as {twin} (same content)"
            ).format(name=found.name, twin=twin.original_name)
        )
    (attachments or attachment_store(uow.session)).put(data, found.suffix)
    return uow.add(
        Attachment(
            sha256=sha256,
            media_type=found.media_type,
            original_name=found.name,
            caption=caption,
            taken_at=found.taken_at,
            size_bytes=found.size_bytes,
            audit_id=audit.id,
            finding_id=finding_id,
            question_id=question_id,
            annotations=None,
        )
    )


def set_caption(uow: UnitOfWork, attachment_id: str, caption: str) -> Attachment:
    attachment = _changeable(uow, attachment_id)
    uow.update(attachment, {"caption": _caption(caption)})
    return attachment


def set_annotations(
    uow: UnitOfWork, attachment_id: str, annotations: list[dict[str, Any]]
) -> Attachment:
    """Replace the annotation layer; the photo's bytes and hash stay as they are."""
    attachment = _changeable(uow, attachment_id)
    if not is_image(attachment.media_type):
        raise ValidationError(
            translate("evidence", "{name} is a document; only photos can be annotated").format(
                name=attachment.original_name
            )
        )
    uow.update(attachment, {"annotations": validate_annotations(annotations)})
    return attachment


def link_to_finding(uow: UnitOfWork, attachment_id: str, finding_id: str | None) -> Attachment:
    """Show the evidence with a finding of the same audit, or (None) with none."""
    attachment = _changeable(uow, attachment_id)
    if finding_id is not None:
        audit = get(uow, Audit, attachment.audit_id or "", "audit")
        _finding_of(uow, audit, finding_id)
    uow.update(attachment, {"finding_id": finding_id})
    return attachment


def remove_evidence(uow: UnitOfWork, attachment_id: str, *, reason: str) -> None:
    """Delete the record, with the reason in the trail. The bytes stay in the folder: other
    records, bundles or signed reports may still name the same SHA-256."""
    attachment = _changeable(uow, attachment_id)
    if not reason.strip():
        raise ValidationError(
            translate("evidence", "removing {name} needs a reason").format(
                name=attachment.original_name
            )
        )
    uow.delete(attachment, reason=reason.strip())


def evidence_bytes(attachments: Attachments, attachment: Attachment) -> bytes:
    """The original bytes, checked against their SHA-256 (StoreError if missing or altered)."""
    return attachments.read(attachment.sha256, suffix_for(attachment.media_type))


def _changeable(uow: UnitOfWork, attachment_id: str) -> Attachment:
    """Evidence of an audit that is not locked, changed by a member of that audit's team."""
    attachment = get(uow, Attachment, attachment_id, "evidence")
    if attachment.audit_id is None:
        raise StateError(
            translate("evidence", "{name} is not evidence of an audit").format(
                name=attachment.original_name
            )
        )
    audit = get(uow, Audit, attachment.audit_id, "audit")
    require_editable(audit)
    require_audit_member(uow, audit, "changing evidence")
    return attachment


def _finding_of(uow: UnitOfWork, audit: Audit, finding_id: str) -> Finding:
    finding = get(uow, Finding, finding_id, "finding")
    if finding.audit_id != audit.id:
        raise ValidationError(
            translate("evidence", "finding {reference} belongs to another audit").format(
                reference=finding.reference
            )
        )
    return finding


def _caption(caption: str) -> str:
    cleaned = caption.strip()
    if len(cleaned) > MAX_CAPTION:
        raise ValidationError(
            translate("evidence", "a caption is at most {n} characters").format(n=MAX_CAPTION)
        )
    return cleaned
