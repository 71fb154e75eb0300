"""Real pictures made in memory, and an annotation to draw on them."""

from __future__ import annotations

import io

from PIL import Image

RED_BOX = {
    "kind": "rectangle",
    "colour": "#ff0000",
    "width": 0.02,
    "points": [[0.2, 0.2], [0.8, 0.8]],
}


def jpeg(
    size: tuple[int, int] = (400, 200),
    *,
    orientation: int | None = None,
    taken: str | None = None,
    offset: str | None = None,
    colour: str = "#3a6ea5",
) -> bytes:
    """A real JPEG; the left half is lighter, so orientation shows in the pixels."""
    image = Image.new("RGB", size, colour)
    image.paste((240, 240, 240), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if taken is not None:
        detail = exif.get_ifd(0x8769)
        detail[0x9003] = taken
        if offset is not None:
            detail[0x9011] = offset
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()
