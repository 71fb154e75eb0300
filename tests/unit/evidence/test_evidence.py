"""Evidence files: photos decode upright and with bounded memory, bad files are refused with
their name, and the annotation layer is checked and drawn without touching the photo."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook
from PIL import Image, ImageChops

from sqms_desktop.errors import ValidationError
from sqms_desktop.evidence import (
    MAX_BYTES,
    UNVERIFIED_BINARY,
    EvidenceFileError,
    inspect_evidence,
    is_image,
    open_image,
    render_annotated,
    thumbnail_png,
    validate_annotations,
)
from tests.support.documents import damaged_pdf, pdf
from tests.support.photos import RED_BOX, jpeg


def png(size: tuple[int, int] = (120, 90), mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (10, 200, 30, 255) if mode == "RGBA" else "#0ac81e").save(out, "PNG")
    return out.getvalue()


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active["A1"] = "measured"  # type: ignore[index]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size without pixels behind it: what a decompression bomb looks like."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0"))


# -- photos ----------------------------------------------------------------------------------


def test_thumbnail_respects_exif_orientation() -> None:
    data = jpeg((400, 200), orientation=6)  # stored landscape, shown rotated 90° clockwise
    thumb = Image.open(io.BytesIO(thumbnail_png(data)))
    assert thumb.format == "PNG"
    assert thumb.size == (80, 160)
    # After the clockwise turn the light left half of the stored image is on top.
    assert sum(thumb.getpixel((40, 20))[:3]) > sum(thumb.getpixel((40, 140))[:3])


def test_open_image_downscales_to_the_longer_side() -> None:
    image = open_image(jpeg((1200, 300)), max_px=600)
    assert image.size == (600, 150)
    assert image.mode == "RGB"
    assert open_image(png(), max_px=1000).size == (120, 90)  # never enlarged


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xd8\xff\xe0 this is no photo at all", "cannot read site.jpg as an image"),
        (
            jpeg((300, 300))[:400],
            r"cannot read site.jpg as an image: the file is cut short \(truncated\)",
        ),
        (b"plain words", "cannot read site.jpg as an image: it is not an image format"),
    ],
)
def test_a_photo_that_does_not_decode_is_refused_by_name(data: bytes, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        inspect_evidence(data, "C:\\Users\\anna\\site.jpg")


@pytest.mark.parametrize("pixels", [(12_000, 10_000), (20_000, 20_000)])
def test_more_than_100_megapixels_is_refused(pixels: tuple[int, int]) -> None:
    with pytest.raises(ValidationError, match=r"cannot read bomb.png as an image: .*100 MP"):
        inspect_evidence(png_header_only(*pixels), "bomb.png")


def test_exif_time_is_kept_in_utc_when_the_camera_knows_its_offset() -> None:
    found = inspect_evidence(jpeg(taken="2026:03:02 14:05:09", offset="+02:00"), "a.jpg")
    assert (found.media_type, str(found.taken_at)) == ("image/jpeg", "2026-03-02 12:05:09")
    assert str(inspect_evidence(jpeg(taken="2026:03:02 14:05:09"), "a.jpg").taken_at) == (
        "2026-03-02 14:05:09"
    )
    assert inspect_evidence(jpeg(), "a.jpg").taken_at is None


def test_a_photo_is_recognised_by_its_bytes_whatever_its_name() -> None:
    assert inspect_evidence(png(), "screenshot").media_type == "image/png"
    assert is_image("image/png")
    assert not is_image("application/pdf")


def test_fifty_megapixel_thumbnail_needs_bounded_memory(tmp_path: Path) -> None:
    """A 50 MP photo decoded whole needs 150 MB; a thumbnail must take a small part of that."""
    big = tmp_path / "50mp.jpg"
    image = Image.new("RGB", (8660, 5774), "#777777")
    image.paste("#ffffff", (0, 0, 4330, 5774))
    image.save(big, "JPEG", quality=70)
    del image
    script = (
        "import resource, sys\n"
        "from sqms_desktop.evidence import thumbnail_png, inspect_evidence\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "inspect_evidence(data, '50mp.jpg')\n"
        "thumb = thumbnail_png(data)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(after - before, len(thumb))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(big)], capture_output=True, text=True, check=True
    )
    grown_kb, thumb_bytes = (int(v) for v in done.stdout.split())
    assert thumb_bytes > 0
    assert grown_kb < 40 * 1024, f"peak grew by {grown_kb // 1024} MB for a 160 px thumbnail"


# -- documents -------------------------------------------------------------------------------


def test_documents_are_checked_by_extension_and_first_bytes() -> None:
    assert inspect_evidence(pdf(), "cert.pdf").media_type == "application/pdf"
    assert inspect_evidence(xlsx_bytes(), "spc.xlsx").suffix == ".xlsx"
    assert inspect_evidence(b"lot;ppm\n1;12\n", "lots.csv").media_type == "text/csv"
    assert inspect_evidence("Notiz: Prüfmittel ok".encode(), "n.txt").suffix == ".txt"
    with pytest.raises(ValidationError, match=r"cert.pdf is not a PDF"):
        inspect_evidence(b"<html>", "cert.pdf")
    with pytest.raises(ValidationError, match=r"plan.docx is a ZIP archive but not the Office"):
        inspect_evidence(xlsx_bytes(), "plan.docx")
    with pytest.raises(ValidationError, match=r"plan.docx is not an Office file"):
        inspect_evidence(b"no zip", "plan.docx")
    with pytest.raises(ValidationError, match=r"n.txt is not a text file"):
        inspect_evidence(b"MZ\x00\x00", "n.txt")
    with pytest.raises(ValidationError, match=r"tool.exe is a \.exe file; evidence is photos"):
        inspect_evidence(b"MZ\x00\x00", "tool.exe")
    with pytest.raises(ValidationError, match=r"empty.pdf is empty"):
        inspect_evidence(b"", "empty.pdf")
    with pytest.raises(ValidationError, match=r"huge.pdf is 50.0 MB; evidence files may be at"):
        inspect_evidence(b"%PDF-" + bytes(MAX_BYTES), "huge.pdf")


def test_a_pdf_is_parsed_and_its_pages_counted() -> None:
    assert inspect_evidence(pdf(3), "cert.pdf").pages == 3
    for data in (b"%PDF-1.7\n...", damaged_pdf(), pdf(2)[:200]):
        with pytest.raises(EvidenceFileError, match=r"^cert.pdf is a damaged PDF: "):
            inspect_evidence(data, "cert.pdf")


def test_a_file_that_fails_its_check_is_kept_only_when_asked_and_named_unverified() -> None:
    kept = inspect_evidence(damaged_pdf(), "cert.pdf", unverified=True)
    assert (kept.media_type, kept.suffix, kept.pages) == (UNVERIFIED_BINARY, ".bin", None)
    assert inspect_evidence(pdf(), "cert.pdf", unverified=True).media_type == "application/pdf"
    with pytest.raises(EvidenceFileError, match=r"empty.pdf is empty"):
        inspect_evidence(b"", "empty.pdf", unverified=True)  # the size is still checked


# -- the annotation layer --------------------------------------------------------------------


def test_annotations_are_validated_and_normalised() -> None:
    clean = validate_annotations(
        [
            {**RED_BOX, "colour": "#FF0000"},
            {"kind": "text", "colour": "#ffff00", "points": [[0, 1]], "text": "burr", "size": 0.05},
            {"kind": "freehand", "colour": "#00ff00", "width": 1 / 200, "points": [(0, 0), (1, 1)]},
        ]
    )
    assert clean[0]["colour"] == "#ff0000"
    assert clean[2]["points"] == [[0.0, 0.0], [1.0, 1.0]]
    assert json.loads(json.dumps(clean)) == clean


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({**RED_BOX, "kind": "star"}, "annotation 2: kind must be one of arrow, ellipse"),
        ({**RED_BOX, "colour": "red"}, r"annotation 2 \(rectangle\): colour must be written"),
        ({**RED_BOX, "width": 0}, r"annotation 2 \(rectangle\): width is a fraction"),
        ({**RED_BOX, "width": True}, r"annotation 2 \(rectangle\): width must be a number"),
        ({**RED_BOX, "points": [[0.1, 0.1]]}, r"\(rectangle\): points must hold 2 pair"),
        ({**RED_BOX, "points": [[0.1, 0.1], [1.2, 0]]}, "point 2 lies outside the photo"),
        ({**RED_BOX, "fill": "#000000"}, r"\(rectangle\): unknown field 'fill'"),
        (
            {"kind": "text", "colour": "#000000", "points": [[0, 0]], "text": " ", "size": 0.1},
            r"annotation 2 \(text\): text must not be empty",
        ),
        ("arrow", "annotation 2 is not a shape"),
    ],
)
def test_a_bad_annotation_is_named_with_its_field(item: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_annotations([RED_BOX, item])  # type: ignore[list-item]


def test_rendering_draws_every_kind_and_leaves_the_bytes_alone() -> None:
    data = jpeg((600, 400))
    before = bytes(data)
    shapes = [
        RED_BOX,
        {"kind": "ellipse", "colour": "#00ff00", "width": 0.01, "points": [[0.9, 0.9], [0.6, 0.6]]},
        {"kind": "arrow", "colour": "#ffff00", "width": 0.01, "points": [[0.05, 0.9], [0.4, 0.5]]},
        {"kind": "freehand", "colour": "#ff00ff", "width": 0.01, "points": [[0, 0], [0.3, 0.1]]},
        {
            "kind": "text",
            "colour": "#ffffff",
            "points": [[0.5, 0.05]],
            "text": "Burr",
            "size": 0.08,
        },
    ]
    plain = render_annotated(data, None, max_px=600)
    drawn = render_annotated(data, shapes, max_px=600)
    assert plain.size == drawn.size == (600, 400)
    assert drawn.mode == "RGB"
    assert drawn.getpixel((120, 200)) == (255, 0, 0)  # the rectangle's left edge
    assert plain.getpixel((120, 200)) != (255, 0, 0)
    difference = ImageChops.difference(plain, drawn).convert("L")
    changed = difference.point(lambda v: 255 if v else 0).histogram()[255]
    assert changed > 5000
    assert data == before


def test_transparent_pictures_render_on_white() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(out, "PNG")
    assert render_annotated(out.getvalue(), [], max_px=50).getpixel((25, 25)) == (255, 255, 255)
