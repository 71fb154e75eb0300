"""The annotation layer: shapes and text drawn over a photo, kept apart from its bytes.

Coordinates and sizes are fractions of the EXIF-oriented image (sizes of its longer side), so one
list draws the same at thumbnail, screen and report resolution, and survives any re-encoding.
Validation is strict because the list travels in bundles and is drawn by code that trusts it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from sqms_desktop.errors import ValidationError

ANNOTATION_KINDS = ("arrow", "ellipse", "rectangle", "freehand", "text")
MAX_ANNOTATIONS = 500
MAX_FREEHAND_POINTS = 5000
MAX_TEXT = 500
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TWO_POINTS = ("arrow", "ellipse", "rectangle")
_KEYS = {
    "arrow": {"kind", "colour", "width", "points"},
    "ellipse": {"kind", "colour", "width", "points"},
    "rectangle": {"kind", "colour", "width", "points"},
    "freehand": {"kind", "colour", "width", "points"},
    "text": {"kind", "colour", "points", "text", "size", "width"},
}
DEFAULT_WIDTH = 0.006
DEFAULT_TEXT_SIZE = 0.04


def validate_annotations(annotations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A clean copy of the list (floats, lower-case colours), or a ValidationError that names
    the annotation (1-based) and the field at fault."""
    if not isinstance(annotations, list):
        raise ValidationError("annotations must be a list of shapes")
    if len(annotations) > MAX_ANNOTATIONS:
        raise ValidationError(f"a photo takes at most {MAX_ANNOTATIONS} annotations")
    return [_validate_one(number, item) for number, item in enumerate(annotations, start=1)]


def _validate_one(number: int, item: object) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValidationError(f"annotation {number} is not a shape (a mapping of fields)")
    kind = item.get("kind")
    if kind not in ANNOTATION_KINDS:
        raise ValidationError(
            f"annotation {number}: kind must be one of {', '.join(ANNOTATION_KINDS)}; got {kind!r}"
        )
    where = f"annotation {number} ({kind})"
    unknown = sorted(set(item) - _KEYS[kind])
    if unknown:
        raise ValidationError(f"{where}: unknown field {unknown[0]!r}")
    colour = item.get("colour")
    if not isinstance(colour, str) or not COLOUR.match(colour):
        raise ValidationError(f"{where}: colour must be written #rrggbb; got {colour!r}")
    clean: dict[str, Any] = {"kind": kind, "colour": colour.lower()}
    if kind != "text" or "width" in item:
        clean["width"] = _fraction(where, "width", item.get("width"), upper=0.1)
    clean["points"] = _points(where, kind, item.get("points"))
    if kind == "text":
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(f"{where}: text must not be empty")
        if len(text) > MAX_TEXT:
            raise ValidationError(f"{where}: text is longer than {MAX_TEXT} characters")
        clean["text"] = text
        clean["size"] = _fraction(where, "size", item.get("size"), upper=0.5)
    return clean


def _number(where: str, field: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"{where}: {field} must be a number; got {value!r}")
    return float(value)


def _fraction(where: str, field: str, value: object, *, upper: float) -> float:
    number = _number(where, field, value)
    if not 0 < number <= upper:
        raise ValidationError(
            f"{where}: {field} is a fraction of the photo's longer side, above 0 and at most "
            f"{upper}; got {number}"
        )
    return number


def _points(where: str, kind: str, value: object) -> list[list[float]]:
    if not isinstance(value, list):
        raise ValidationError(f"{where}: points must be a list of [x, y] pairs")
    wanted = 1 if kind == "text" else 2
    if kind == "freehand":
        if not 2 <= len(value) <= MAX_FREEHAND_POINTS:
            raise ValidationError(
                f"{where}: points must hold 2 to {MAX_FREEHAND_POINTS} pairs; got {len(value)}"
            )
    elif len(value) != wanted:
        raise ValidationError(f"{where}: points must hold {wanted} pair(s); got {len(value)}")
    points = []
    for index, pair in enumerate(value, start=1):
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValidationError(f"{where}: point {index} must be an [x, y] pair")
        x, y = (_number(where, f"point {index}", c) for c in pair)
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise ValidationError(
                f"{where}: point {index} lies outside the photo (x and y run from 0 to 1)"
            )
        points.append([x, y])
    return points


# -- drawing ---------------------------------------------------------------------------------


def draw_annotations(image: Image.Image, annotations: list[dict[str, Any]]) -> None:
    """Draw validated annotations onto `image` in place (an RGB copy the caller owns)."""
    draw = ImageDraw.Draw(image)
    longer = max(image.size)
    for item in annotations:
        colour = item["colour"]
        pixels = [(x * (image.width - 1), y * (image.height - 1)) for x, y in item["points"]]
        width = max(1, round(item.get("width", DEFAULT_WIDTH) * longer))
        kind = item["kind"]
        if kind in ("rectangle", "ellipse"):
            (x0, y0), (x1, y1) = pixels
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            shape = draw.rectangle if kind == "rectangle" else draw.ellipse
            shape(box, outline=colour, width=width)
        elif kind == "arrow":
            _arrow(draw, pixels[0], pixels[1], colour, width)
        elif kind == "freehand":
            draw.line(pixels, fill=colour, width=width, joint="curve")
        else:
            size = max(6, round(item["size"] * longer))
            font = ImageFont.load_default(size=size)
            draw.text(
                pixels[0],
                item["text"],
                fill=colour,
                font=font,
                stroke_width=max(1, size // 12),
                stroke_fill=_contrast(colour),
            )


def _arrow(
    draw: ImageDraw.ImageDraw,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: str,
    width: int,
) -> None:
    """A shaft and a filled head at `end`; the head grows with the stroke so it stays visible."""
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = max(10.0, width * 5.0)
    spread = math.radians(25)
    left = (end[0] - head * math.cos(angle - spread), end[1] - head * math.sin(angle - spread))
    right = (end[0] - head * math.cos(angle + spread), end[1] - head * math.sin(angle + spread))
    base = (end[0] - head * 0.8 * math.cos(angle), end[1] - head * 0.8 * math.sin(angle))
    draw.line([start, base], fill=colour, width=width)
    draw.polygon([end, left, right], fill=colour)


def _contrast(colour: str) -> str:
    """Black or white outline for text, whichever stands off the fill, so it reads on any photo."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#ffffff"
