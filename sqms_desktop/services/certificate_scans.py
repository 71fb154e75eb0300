"""A certificate's scan, kept as evidence: the file is checked for what it is (a PDF, PNG or
JPEG), its bytes go into the store's content-addressed attachments under their SHA-256, and an
Attachment row describes them; the certificate then points at that row.

The bytes are written before the record is committed (as with audit evidence), so a record never
names bytes that are not there; an action that rolls back leaves only unreferenced bytes in an
attachment folder (the same bytes may serve another record), none in an attachment table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqms_desktop.errors import ValidationError
from sqms_desktop.evidence import check_size, clean_name, inspect_evidence
from sqms_desktop.i18n import translate
from sqms_desktop.store.attachments import Attachments, attachment_store
from sqms_desktop.store.models import Attachment
from sqms_desktop.store.uow import UnitOfWork

SCAN_TYPES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


@dataclass(frozen=True)
class CertificateScan:
    """The scan's bytes and the file name it came with (plain data, so a dialog can hand it over
    from any thread)."""

    data: bytes
    name: str


def read_scan(path: Path) -> CertificateScan:
    """A scan from disk; its size is checked before it is read."""
    name = clean_name(path.name)
    try:
        check_size(path.stat().st_size, name)
        return CertificateScan(path.read_bytes(), name)
    except FileNotFoundError:
        raise ValidationError(
            translate("certificate_scans", "the scan {path} does not exist").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ValidationError(
            translate("certificate_scans", "the scan {path} is a folder, not a file").format(
                path=path
            )
        ) from None
    except OSError as exc:
        raise ValidationError(
            translate("certificate_scans", "cannot read the scan {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def store_scan(
    uow: UnitOfWork, scan: CertificateScan, attachments: Attachments | None, caption: str
) -> Attachment:
    """Check the scan, keep its bytes (in the store's own attachments unless `attachments` names
    another place) and add the Attachment that describes them."""
    found = inspect_evidence(scan.data, scan.name)
    if found.media_type not in SCAN_TYPES:
        raise ValidationError(
            translate(
                "certificate_scans",
                "{name} is not a scan a certificate can keep: it must be a {types} file",
            ).format(name=found.name, types=", ".join(SCAN_TYPES.values()))
        )
    (attachments or attachment_store(uow.session)).put(scan.data, found.suffix)
    return uow.add(
        Attachment(
            sha256=hashlib.sha256(scan.data).hexdigest(),
            media_type=found.media_type,
            original_name=found.name,
            caption=caption,
            taken_at=found.taken_at,
            size_bytes=found.size_bytes,
            audit_id=None,
            finding_id=None,
            question_id=None,
            annotations=None,
        )
    )
