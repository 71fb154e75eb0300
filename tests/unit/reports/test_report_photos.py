"""Evidence photos in a printed report: prepared on threads while the pages are laid out, each
original still read and hash-checked, an altered or missing one said so on the page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.queries.report_data import EvidenceItem
from sqms_desktop.reports.document import PageFrame, build_pdf
from sqms_desktop.reports.fonts import register_fonts
from sqms_desktop.reports.photos import PhotoMaker, photo_grid
from sqms_desktop.reports.styles import make_styles
from sqms_desktop.store.attachments import AttachmentFolder

BOX = (230.0, 170.0)


def _jpeg(colour: str, size: tuple[int, int] = (1600, 1200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def _item(sha256: str, name: str) -> EvidenceItem:
    return EvidenceItem(sha256, "image/jpeg", name, f"Caption of {name}", None, (), "")


def _pdf(items: list[EvidenceItem], folder: AttachmentFolder, progress: Progress) -> bytes:
    register_fonts()
    with PhotoMaker(folder, make_styles()) as photos:
        photos.start(items, *BOX, progress)
        story = [photo_grid([photos.flowable(i, *BOX) for i in items], 2 * BOX[0] + 16)]
        return build_pdf(
            story,
            pagesize=(595.0, 842.0),
            frame=PageFrame("Nordwerk", "Audit report", "SUP-0001", "Record version 1"),
            title="t",
            author="a",
            subject="s",
            progress=progress,
        )


def test_an_altered_or_missing_photo_is_named_and_the_others_print(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "attachments")
    good, _ = folder.put(_jpeg("#336699"), ".jpg")
    altered, path = folder.put(_jpeg("#993333"), ".jpg")
    path.write_bytes(_jpeg("#000000"))  # same name, other bytes: no longer the evidence
    missing = "ab" * 32
    items = [_item(good, "good.jpg"), _item(altered, "altered.jpg"), _item(missing, "gone.jpg")]
    seen: list[str] = []
    pdf = _pdf(items, folder, Progress(lambda done, total, message: seen.append(message)))
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Photo altered.jpg cannot be printed" in text
    assert "was altered on disk" in text
    assert "Photo gone.jpg cannot be printed" in text
    assert "is missing from" in text
    for name in ("good.jpg", "altered.jpg", "gone.jpg"):
        assert f"Caption of {name}" in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1  # only the photo whose bytes still match their hash
    assert max(images[0].image.size) <= 640  # downscaled for its box, not the original
    assert seen == ["photo 1 of 3", "photo 2 of 3", "photo 3 of 3"]


def test_the_same_photos_give_the_same_bytes(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "attachments")
    items = [
        _item(folder.put(_jpeg(colour), ".jpg")[0], f"{n}.jpg")
        for n, colour in enumerate(("#336699", "#669933", "#996633", "#336699"))
    ]
    assert _pdf(items, folder, Progress()) == _pdf(items, folder, Progress())


def test_cancelling_while_photos_are_prepared_keeps_nothing(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "attachments")
    items = [_item(folder.put(_jpeg(f"#{n:02x}3366"), ".jpg")[0], f"{n}.jpg") for n in range(6)]
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        if message == "photo 2 of 6":
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled):
        _pdf(items, folder, progress)
