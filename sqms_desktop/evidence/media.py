"""What a file is, decided before anything is stored: a photo that decodes, a PDF that parses
(its pages counted), or another document whose first bytes match its extension. Anything else
is refused with the file's name and the reason (`EvidenceFileError`, and only that), unless the
user asks to keep it as an unverified binary, which is then named so wherever it is listed.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from sqms_desktop.errors import InputFileError, refusing_broken_input
from sqms_desktop.evidence.images import photo_facts
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024

IMAGE_SUFFIXES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".heic": "image/heic",  # claims to be a photo; refused unless Pillow can read it
    ".heif": "image/heif",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCUMENT_SUFFIXES = {
    ".pdf": "application/pdf",
    ".xlsx": XLSX,
    ".docx": DOCX,
    ".txt": "text/plain",
    ".csv": "text/csv",
}
# First bytes of the image formats, so a photo saved without (or with a wrong) extension is
# still checked as a photo.
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")
# Where the folder keeps each kind of file: one suffix per media type, so the name can be
# rebuilt from the record alone.
SUFFIXES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "application/pdf": ".pdf",
    XLSX: ".xlsx",
    DOCX: ".docx",
    "text/plain": ".txt",
    "text/csv": ".csv",
}
# A file kept although it could not be verified as what it claims, at the user's request.
UNVERIFIED_BINARY = "application/octet-stream"
SUFFIXES[UNVERIFIED_BINARY] = ".bin"
KINDS_ACCEPTED = QT_TRANSLATE_NOOP(
    "media", "photos (JPEG, PNG, TIFF, WebP) and documents (PDF, xlsx, docx, txt, csv)"
)


class EvidenceFileError(InputFileError):
    """A file refused as evidence: not what its name or first bytes claim, damaged, empty or
    too large. The message begins with the file's name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(name, message, message=message)


@dataclass(frozen=True)
class EvidenceFile:
    """What `inspect_evidence` found out about a file that may be kept."""

    name: str
    media_type: str
    size_bytes: int
    taken_at: dt.datetime | None = None
    pages: int | None = None  # of a PDF

    @property
    def suffix(self) -> str:
        return suffix_for(self.media_type)


def suffix_for(media_type: str) -> str:
    """The suffix the attachment folder stores a media type under (`""` if unknown)."""
    return SUFFIXES.get(media_type, "")


def clean_name(original_name: str) -> str:
    """The file's own name without any folder, as the user knows it."""
    name = PurePath(original_name.replace("\\", "/")).name.strip()
    if not name:
        raise EvidenceFileError(original_name, translate("media", "the evidence file needs a name"))
    return name[:255]


def inspect_evidence(data: bytes, original_name: str, *, unverified: bool = False) -> EvidenceFile:
    """Check a file completely; nothing is stored before this passes. With `unverified` a file
    that fails the check is kept all the same, as an unverified binary (never as what it
    claims to be); its name and size are still checked."""
    name = clean_name(original_name)
    check_size(len(data), name)
    try:
        with refusing_broken_input(
            lambda reason: EvidenceFileError(
                name, translate("media", "{name}: {reason}").format(name=name, reason=reason)
            )
        ):
            return _inspect(data, name)
    except EvidenceFileError:
        if not unverified:
            raise
        return EvidenceFile(name, UNVERIFIED_BINARY, len(data))


def _inspect(data: bytes, name: str) -> EvidenceFile:
    suffix = PurePath(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES or data.startswith(_IMAGE_MAGIC) or _is_webp(data):
        try:
            media_type, taken_at = photo_facts(data, name)
        except InputFileError:
            raise
        except Exception as exc:  # photo_facts names the file and the reason
            raise EvidenceFileError(name, str(exc)) from exc
        return EvidenceFile(name, media_type, len(data), taken_at)
    document_type = DOCUMENT_SUFFIXES.get(suffix)
    if document_type is None:
        if suffix:
            text = translate("media", "{name} is a {suffix} file; evidence is {kinds}")
        else:
            text = translate("media", "{name} is a file without an extension; evidence is {kinds}")
        raise EvidenceFileError(
            name,
            text.format(name=name, suffix=suffix, kinds=translate("media", KINDS_ACCEPTED)),
        )
    if suffix == ".pdf":
        return EvidenceFile(name, document_type, len(data), pages=pdf_pages(data, name))
    _check_document(data, name, suffix)
    return EvidenceFile(name, document_type, len(data))


def check_size(size: int, name: str) -> None:
    if size == 0:
        raise EvidenceFileError(name, translate("media", "{name} is empty").format(name=name))
    if size > MAX_BYTES:
        raise EvidenceFileError(
            name,
            translate(
                "media", "{name} is {size:.1f} MB; evidence files may be at most {most} MB"
            ).format(name=name, size=size / _MB, most=MAX_BYTES // _MB),
        )


def pdf_pages(data: bytes, name: str) -> int:
    """The number of pages of a PDF, after parsing its structure (pypdf); a file that only
    begins like a PDF, is cut short or damaged is refused naming the reason."""
    from pypdf import PdfReader

    if not data[:1024].lstrip().startswith(b"%PDF-"):
        raise EvidenceFileError(
            name,
            translate("media", "{name} is not a PDF: it does not begin with %PDF-").format(
                name=name
            ),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise EvidenceFileError(
                    name,
                    translate(
                        "media",
                        "{name} is a password-protected PDF; its pages cannot be checked "
                        "(keep it as an unverified binary if it must be kept)",
                    ).format(name=name),
                )
            pages = len(reader.pages)
    except EvidenceFileError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a damaged file
        raise EvidenceFileError(
            name,
            translate("media", "{name} is a damaged PDF: {kind}: {reason}").format(
                name=name, kind=exc.__class__.__name__, reason=exc
            ),
        ) from exc
    if pages < 1:
        raise EvidenceFileError(
            name, translate("media", "{name} is a PDF without pages").format(name=name)
        )
    return pages


def _is_webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _check_document(data: bytes, name: str, suffix: str) -> None:
    if suffix in (".xlsx", ".docx"):
        _check_office(data, name, "xl/" if suffix == ".xlsx" else "word/")
    elif b"\x00" in data[:65536]:
        raise EvidenceFileError(
            name,
            translate("media", "{name} is not a text file: it holds binary data").format(name=name),
        )


def _check_office(data: bytes, name: str, part: str) -> None:
    """An Office file is a ZIP with its own parts; only the directory is read, nothing unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise EvidenceFileError(
            name,
            translate("media", "{name} is not an Office file: it is not a ZIP archive").format(
                name=name
            ),
        ) from None
    if "[Content_Types].xml" not in names or not any(n.startswith(part) for n in names):
        raise EvidenceFileError(
            name,
            translate(
                "media", "{name} is a ZIP archive but not the Office file its name says"
            ).format(name=name),
        )
