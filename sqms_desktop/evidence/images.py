"""Reading photos with bounded memory: EXIF orientation first, never the full 50 MP unless asked.

JPEG (what cameras and phones write) is decoded at a reduced scale by libjpeg itself
(`Image.draft`), so a 160 px thumbnail of a 50 MP photo needs a few MB instead of 150 MB. Other
formats decode whole once, bounded by `MAX_PIXELS`.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from sqms_desktop.errors import ValidationError
from sqms_desktop.evidence.annotations import draw_annotations, validate_annotations
from sqms_desktop.i18n import translate

# The app's one image policy. 50 MP photos are everyday evidence; beyond ~100 MP a file is more
# likely a decompression bomb than a photo. Pillow warns between the limit and twice the limit
# and raises beyond; the warning is turned into an error so a bomb is refused, never decoded.
MAX_PIXELS = 100_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.simplefilter("error", Image.DecompressionBombWarning)

IMAGE_FORMATS = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",  # phones write multi-picture JPEGs; the first picture is the photo
    "PNG": "image/png",
    "TIFF": "image/tiff",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME_ORIGINAL = 0x9011
_DATETIME = 0x0132


def is_image(media_type: str) -> bool:
    return media_type in IMAGE_FORMATS.values()


def open_image(data: bytes, *, max_px: int, name: str | None = None) -> Image.Image:
    """The photo turned upright by its EXIF orientation, its longer side at most `max_px`.

    Raises ValidationError "cannot read <name> as an image: …" for anything Pillow cannot
    decode completely (truncated, corrupt, not an image, too many pixels).
    """
    if max_px < 1:
        raise ValueError("max_px must be positive")
    if name is None:
        name = translate("images", "the file")
    try:
        image = Image.open(io.BytesIO(data))
        _check_pixels(image, name)
        if image.format in ("JPEG", "MPO"):
            # libjpeg decodes at 1/2, 1/4 or 1/8 scale, at least as large as asked.
            image.draft("RGB", (max_px, max_px))
        image.load()
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            translate(
                "images",
                "cannot read {name} as an image: it has more pixels than the "
                "{mp} MP allowed ({reason})",
            ).format(name=name, mp=MAX_PIXELS // 1_000_000, reason=exc)
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        reason = str(exc) or type(exc).__name__
        if isinstance(exc, UnidentifiedImageError):
            reason = translate(
                "images", "it is not an image format SQMS reads (JPEG, PNG, TIFF, WebP, GIF, BMP)"
            )
        elif "truncated" in reason.lower():
            reason = translate(
                "images", "the file is cut short (truncated); copy it from the camera again"
            )
        raise ValidationError(
            translate("images", "cannot read {name} as an image: {reason}").format(
                name=name, reason=reason
            )
        ) from None
    if upright.mode not in ("RGB", "RGBA"):
        upright = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
    return upright


def _check_pixels(image: Image.Image, name: str) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ValidationError(
            translate(
                "images",
                "cannot read {name} as an image: {width} × {height} pixels is more than the "
                "{mp} MP allowed",
            ).format(name=name, width=width, height=height, mp=MAX_PIXELS // 1_000_000)
        )


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def render_annotated(
    data: bytes, annotations: list[dict[str, Any]] | None, *, max_px: int
) -> Image.Image:
    """An RGB rendering with the annotation layer drawn; the stored bytes are never touched."""
    image = _flatten(open_image(data, max_px=max_px))
    if annotations:
        draw_annotations(image, validate_annotations(annotations))
    return image


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparent screenshots print and draw the same as photos."""
    if image.mode == "RGB":
        return image.copy()
    canvas = Image.new("RGB", image.size, "#ffffff")
    canvas.paste(image, mask=image.getchannel("A"))
    return canvas


def thumbnail_png(
    data: bytes, *, max_px: int = 160, annotations: list[dict[str, Any]] | None = None
) -> bytes:
    out = io.BytesIO()
    render_annotated(data, annotations, max_px=max_px).save(out, "PNG", optimize=False)
    return out.getvalue()


def photo_facts(data: bytes, name: str) -> tuple[str, dt.datetime | None]:
    """Media type and EXIF time of a photo, after proving it decodes (at thumbnail size, so
    a 50 MP JPEG costs little). Raises ValidationError naming the file otherwise."""
    open_image(data, max_px=160, name=name)
    with Image.open(io.BytesIO(data)) as image:
        media_type = IMAGE_FORMATS.get(image.format or "")
        if media_type is None:
            raise ValidationError(
                translate(
                    "images",
                    "cannot read {name} as an image: {format} is not a format SQMS keeps "
                    "as a photo (JPEG, PNG, TIFF, WebP, GIF, BMP)",
                ).format(name=name, format=image.format)
            )
        return media_type, _taken_at(image)


def _taken_at(image: Image.Image) -> dt.datetime | None:
    """EXIF DateTimeOriginal, in UTC when the camera wrote its offset, else as the camera's
    clock showed it (cameras rarely know their time zone)."""
    try:
        exif = image.getexif()
        detail = exif.get_ifd(_EXIF_IFD)
        raw = detail.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        if not isinstance(raw, str):
            return None
        moment = dt.datetime.strptime(raw.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
        offset = detail.get(_OFFSET_TIME_ORIGINAL)
        if isinstance(offset, str) and offset.strip():
            aware = dt.datetime.fromisoformat(moment.isoformat() + offset.strip().rstrip("\x00"))
            return aware.astimezone(dt.UTC).replace(tzinfo=None)
        return moment
    except (ValueError, TypeError, OSError, SyntaxError):
        return None  # a broken EXIF block does not make the photo less true
