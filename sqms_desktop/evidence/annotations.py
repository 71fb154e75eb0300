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
from sqms_desktop.i18n import translate

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
        raise ValidationError(translate("annotations", "annotations must be a list of shapes"))
    if len(annotations) > MAX_ANNOTATIONS:
        raise ValidationError(
            translate("annotations", "a photo takes at most {n} annotations").format(
                n=MAX_ANNOTATIONS
            )
        )
    return [_validate_one(number, item) for number, item in enumerate(annotations, start=1)]


def _validate_one(number: int, item: object) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValidationError(
            translate(
                "annotations", "annotation {number} is not a shape (a mapping of fields)"
            ).format(number=number)
        )
    kind = item.get("kind")
    if kind not in ANNOTATION_KINDS:
        raise ValidationError(
            translate(
                "annotations", "annotation {number}: kind must be one of {kinds}; got {kind!r}"
            ).format(number=number, kinds=", ".join(ANNOTATION_KINDS), kind=kind)
        )
    where = translate("annotations", "annotation {number} ({kind})").format(
        number=number, kind=kind
    )
    unknown = sorted(set(item) - _KEYS[kind])
    if unknown:
        raise ValidationError(
            translate("annotations", "{where}: unknown field {field!r}").format(
                where=where, field=unknown[0]
            )
        )
    colour = item.get("colour")
    if not isinstance(colour, str) or not COLOUR.match(colour):
        raise ValidationError(
            translate(
                "annotations", "{where}: colour must be written #rrggbb; got {colour!r}"
            ).format(where=where, colour=colour)
        )
    clean: dict[str, Any] = {"kind": kind, "colour": colour.lower()}
    if kind != "text" or "width" in item:
        clean["width"] = _fraction(where, "width", item.get("width"), upper=0.1)
    clean["points"] = _points(where, kind, item.get("points"))
    if kind == "text":
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(
                translate("annotations", "{where}: text must not be empty").format(where=where)
            )
        if len(text) > MAX_TEXT:
            raise ValidationError(
                translate("annotations", "{where}: text is longer than {n} characters").format(
                    where=where, n=MAX_TEXT
                )
            )
        clean["text"] = text
        clean["size"] = _fraction(where, "size", item.get("size"), upper=0.5)
    return clean


def _number(where: str, field: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            translate("annotations", "{where}: {field} must be a number; got {value!r}").format(
                where=where, field=field, value=value
            )
        )
    return float(value)


def _coordinate(where: str, index: int, value: object) -> float:
    """One coordinate of point `index`; its name is translated only for a refusal (a freehand
    line has thousands of points)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return _number(where, translate("annotations", "point {index}").format(index=index), value)


def _fraction(where: str, field: str, value: object, *, upper: float) -> float:
    number = _number(where, field, value)
    if not 0 < number <= upper:
        raise ValidationError(
            translate(
                "annotations",
                "{where}: {field} is a fraction of the photo's longer side, above 0 and at most "
                "{upper}; got {number}",
            ).format(where=where, field=field, upper=upper, number=number)
        )
    return number


def _points(where: str, kind: str, value: object) -> list[list[float]]:
    if not isinstance(value, list):
        raise ValidationError(
            translate("annotations", "{where}: points must be a list of [x, y] pairs").format(
                where=where
            )
        )
    wanted = 1 if kind == "text" else 2
    if kind == "freehand":
        if not 2 <= len(value) <= MAX_FREEHAND_POINTS:
            raise ValidationError(
                translate(
                    "annotations", "{where}: points must hold 2 to {most} pairs; got {given}"
                ).format(where=where, most=MAX_FREEHAND_POINTS, given=len(value))
            )
    elif len(value) != wanted:
        raise ValidationError(
            translate("annotations", "{where}: points must hold {n} pair(s); got {given}").format(
                where=where, n=wanted, given=len(value)
            )
        )
    points = []
    for index, pair in enumerate(value, start=1):
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValidationError(
                translate("annotations", "{where}: point {index} must be an [x, y] pair").format(
                    where=where, index=index
                )
            )
        x, y = (_coordinate(where, index, c) for c in pair)
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise ValidationError(
                translate(
                    "annotations",
                    "{where}: point {index} lies outside the photo (x and y run from 0 to 1)",
                ).format(where=where, index=index)
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
