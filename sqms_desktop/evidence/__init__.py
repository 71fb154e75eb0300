"""Evidence: photos and documents captured during an audit, and the annotation layer on photos.

Qt-free. The original bytes are kept as they came (their SHA-256 names them in the attachment
folder); everything drawn on a photo lives in a separate list of annotations rendered on demand.
"""

from sqms_desktop.evidence.annotations import (
    ANNOTATION_KINDS,
    draw_annotations,
    validate_annotations,
)
from sqms_desktop.evidence.images import (
    MAX_PIXELS,
    is_image,
    open_image,
    render_annotated,
    thumbnail_png,
)
from sqms_desktop.evidence.media import (
    MAX_BYTES,
    UNVERIFIED_BINARY,
    EvidenceFile,
    EvidenceFileError,
    check_size,
    clean_name,
    inspect_evidence,
    pdf_pages,
    suffix_for,
)

__all__ = [
    "ANNOTATION_KINDS",
    "MAX_BYTES",
    "MAX_PIXELS",
    "UNVERIFIED_BINARY",
    "EvidenceFile",
    "EvidenceFileError",
    "check_size",
    "clean_name",
    "draw_annotations",
    "inspect_evidence",
    "is_image",
    "open_image",
    "pdf_pages",
    "render_annotated",
    "suffix_for",
    "thumbnail_png",
    "validate_annotations",
]
