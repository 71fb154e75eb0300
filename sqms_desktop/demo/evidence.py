"""Evidence for the demo: shop-floor photos drawn with Pillow, a calibration certificate as PDF.

The photos are drawn, not shipped, so the demo stays small and every byte follows from the seed:
the same seed gives the same JPEGs, hence the same SHA-256 names and the same store. They carry
what real phone photos carry and the application has to handle: EXIF DateTimeOriginal with its
offset, and for some an EXIF orientation (pixels stored sideways, as a phone held upright writes
them), so the annotation layer, which lives in the upright picture, shows whether orientation is
honoured everywhere a photo is drawn.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from sqms_desktop.services import evidence
from sqms_desktop.store.attachments import Attachments
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import FindingClass

LANDSCAPE = (1600, 1200)
RED = "#e53935"  # what is wrong
GREEN = "#43a047"  # what is good
# How the pixels are stored for each EXIF orientation: the inverse of what a viewer applies.
_STORED = {
    1: None,
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}

Point = tuple[float, float]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class DemoPhoto:
    """A photo as the camera hands it over: JPEG bytes, file name, caption, annotation layer."""

    data: bytes
    name: str
    caption: str
    annotations: list[dict[str, Any]]
    facts: dict[str, str]  # what the photo shows, for documents that go with it (gauge, due)


@lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


class _Scene:
    """One upright picture being drawn, and the annotations an auditor would put on it."""

    def __init__(self, size: tuple[int, int], rng: random.Random) -> None:
        self.image = Image.new("RGB", size, "#c8ccd0")
        self.draw = ImageDraw.Draw(self.image)
        self.w, self.h = size
        self.u = min(size)  # the unit shapes are measured in, so portrait photos keep circles
        self.rng = rng
        self.notes: list[dict[str, Any]] = []
        self.facts: dict[str, str] = {}
        self.horizon = self.h * rng.uniform(0.42, 0.5)

    def at(self, x: float, y: float) -> list[float]:
        """A pixel of the upright picture as the annotation layer writes it (fractions)."""
        return [
            round(min(max(x / (self.w - 1), 0.0), 1.0), 4),
            round(min(max(y / (self.h - 1), 0.0), 1.0), 4),
        ]

    def text(self, xy: Point, words: str, size: float, fill: str = "#202020") -> None:
        self.draw.text(xy, words, fill=fill, font=_font(max(8, round(size))))

    def mark(self, boxes: list[Box], label: str, shape: str = "ellipse") -> None:
        """Ellipses (or rectangles) around the spots, an arrow to the first from a label where
        there is room: what an auditor draws on a photo to show what the finding is about."""
        pad = self.u * (0.02 if shape == "ellipse" else 0.008)
        colour = RED
        for x0, y0, x1, y1 in boxes:
            self.notes.append(
                {
                    "kind": shape,
                    "colour": colour,
                    "width": 0.006,
                    "points": [self.at(x0 - pad, y0 - pad), self.at(x1 + pad, y1 + pad)],
                }
            )
        x0, y0, x1, y1 = boxes[0]
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        left = cx > self.w / 2
        tx = cx - self.u * 0.42 if left else cx + self.u * 0.12
        ty = max(self.h * 0.06, cy - self.u * 0.3)
        self.notes.append(
            {
                "kind": "arrow",
                "colour": colour,
                "width": 0.005,
                "points": [self.at(tx + self.u * 0.15, ty + self.u * 0.06), self.at(cx, y0 - pad)],
            }
        )
        self.notes.append(
            {
                "kind": "text",
                "colour": colour,
                "size": 0.035,
                "points": [self.at(tx, ty)],
                "text": label,
            }
        )


def _gradient(size: tuple[int, int], top: str, bottom: str) -> Image.Image:
    """A vertical gradient, coloured on one column and then widened (cheap at any size)."""
    ramp = Image.linear_gradient("L").resize((1, size[1]), Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, black=top, white=bottom).resize(size, Image.Resampling.NEAREST)


def _hall(s: _Scene) -> None:
    """Wall, skylights, epoxy floor with walkway lines, and machines along the far wall."""
    y0 = round(s.horizon)
    s.image.paste(_gradient((s.w, y0), "#d9dee3", "#aab2b8"), (0, 0))
    s.image.paste(_gradient((s.w, s.h - y0), "#7f938a", "#56675f"), (0, y0))
    for i in range(6):
        x = s.w * (0.04 + i * 0.17)
        s.draw.rectangle((x, s.h * 0.03, x + s.w * 0.11, s.h * 0.09), fill="#eef3f7")
    vanish = (s.w * s.rng.uniform(0.4, 0.6), y0 - s.h * 0.3)
    for side in (0.12, 0.88):
        foot = s.w * side
        top = foot + (vanish[0] - foot) * 0.55  # where the line meets the wall
        s.draw.polygon(
            [(foot - s.u * 0.03, s.h), (foot + s.u * 0.03, s.h), (top + 3, y0), (top - 3, y0)],
            fill="#e8c21c",
        )
    x = s.w * s.rng.uniform(0.0, 0.06)
    number = s.rng.randint(1, 12)
    while x < s.w * 0.92:
        width = s.u * s.rng.uniform(0.28, 0.36)
        _machine(s, x, y0, width, f"CNC-{number:02d}")
        x += width + s.u * s.rng.uniform(0.05, 0.12)
        number += 1


def _machine(s: _Scene, x: float, floor: float, width: float, label: str) -> None:
    height = width * 0.8
    top = floor - height
    body = s.rng.choice(("#e7e4da", "#d8dde2", "#e9e1c9"))
    s.draw.rounded_rectangle((x, top, x + width, floor + width * 0.06), 12, body, "#5b6166", 3)
    s.draw.rectangle((x, floor - width * 0.1, x + width, floor + width * 0.06), fill="#3d4246")
    s.draw.rectangle(
        (x + width * 0.08, top + height * 0.15, x + width * 0.6, top + height * 0.7),
        fill="#4b5d6b",
        outline="#2f3a42",
        width=3,
    )
    panel = (x + width * 0.7, top + height * 0.15, x + width * 0.92, top + height * 0.55)
    s.draw.rectangle(panel, fill="#2c2f33")
    for row in range(3):
        for col in range(2):
            cx = panel[0] + (col + 0.5) * (panel[2] - panel[0]) / 2
            cy = panel[1] + (row + 1.6) * (panel[3] - panel[1]) / 5
            colour = ("#2ecc71", "#f1c40f", "#e74c3c")[row]
            s.draw.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=colour)
    pole = x + width * 0.95
    s.draw.line((pole, top, pole, top - height * 0.25), fill="#444", width=4)
    for n, colour in enumerate(("#e74c3c", "#f1c40f", "#2ecc71")):
        cy = top - height * 0.25 + n * 14
        s.draw.rectangle((pole - 8, cy, pole + 8, cy + 12), fill=colour)
    plate = (x + width * 0.08, top + height * 0.76, x + width * 0.42, top + height * 0.9)
    s.draw.rectangle(plate, fill="#ffffff", outline="#333333", width=2)
    s.text((plate[0] + 6, plate[1] + 2), label, (plate[3] - plate[1]) * 0.75)


def _bench(s: _Scene, top: float, colour: str = "#6d6a66") -> None:
    s.draw.rectangle((0, top, s.w, s.h), fill=colour)
    s.draw.rectangle((0, top, s.w, top + s.u * 0.02), fill="#8c8884")


def _gauge(s: _Scene, day: dt.date) -> str:
    """A dial gauge on its stand at final inspection, with an overdue calibration sticker."""
    _bench(s, s.h * 0.7)
    r = s.u * 0.19
    cx, cy = s.w * s.rng.uniform(0.32, 0.45), s.h * 0.5
    s.draw.rectangle((cx - r * 0.12, cy + r, cx + r * 0.12, s.h * 0.74), fill="#9aa0a6")
    s.draw.ellipse((cx - r * 1.12, cy - r * 1.12, cx + r * 1.12, cy + r * 1.12), fill="#3a3f44")
    s.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill="#fbfbf7")
    for tick in range(100):
        angle = math.radians(tick * 3.6 - 90)
        inner = r * (0.8 if tick % 10 == 0 else 0.88)
        s.draw.line(
            (
                cx + inner * math.cos(angle),
                cy + inner * math.sin(angle),
                cx + r * 0.96 * math.cos(angle),
                cy + r * 0.96 * math.sin(angle),
            ),
            fill="#111111",
            width=3 if tick % 10 == 0 else 1,
        )
        if tick % 10 == 0:
            tx, ty = cx + r * 0.66 * math.cos(angle), cy + r * 0.66 * math.sin(angle)
            s.text((tx - r * 0.06, ty - r * 0.06), str(tick), r * 0.11)
    needle = math.radians(s.rng.uniform(0, 360))
    s.draw.line(
        (cx, cy, cx + r * 0.85 * math.cos(needle), cy + r * 0.85 * math.sin(needle)),
        fill="#c0392b",
        width=5,
    )
    s.draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill="#222222")
    s.text((cx - r * 0.2, cy + r * 0.3), "0.01 mm", r * 0.1)
    gauge = "G-114"  # the gauge the demo's finding statement names
    due = day - dt.timedelta(days=s.rng.randint(12, 140))
    s.facts.update(gauge=gauge, due=due.isoformat())
    sx, sy = cx + r * 1.4, cy - r * 0.1
    sticker = (sx, sy, sx + s.u * 0.2, sy + s.u * 0.11)
    s.draw.rectangle(sticker, fill="#8bc34a", outline="#33691e", width=2)
    for n, line in enumerate(("CALIBRATED", f"ID {gauge}", f"DUE {due:%Y-%m-%d}")):
        s.text((sx + 8, sy + 6 + n * s.u * 0.032), line, s.u * 0.026)
    s.mark([sticker], f"{gauge}: due {due:%m/%Y}, overdue")
    return (
        f"Dial gauge {gauge} at final inspection; the calibration label shows "
        f"{due:%Y-%m-%d} as the next due date, so it was overdue when we saw it in use."
    )


def _burr(s: _Scene, day: dt.date) -> str:
    """A turned flange on the surface plate with a burr left on its outer edge."""
    _bench(s, s.h * 0.55, "#3b3d40")
    rx = s.u * 0.3
    ry = rx * 0.55
    cx, cy = s.w * s.rng.uniform(0.4, 0.6), s.h * 0.72
    depth = s.u * 0.05
    s.draw.ellipse((cx - rx, cy - ry + depth, cx + rx, cy + ry + depth), fill="#7b8085")
    s.draw.rectangle((cx - rx, cy, cx + rx, cy + depth), fill="#7b8085")
    for ring in range(14):
        k = 1 - ring * 0.045
        shade = 170 + (ring % 3) * 14
        s.draw.ellipse(
            (cx - rx * k, cy - ry * k, cx + rx * k, cy + ry * k), fill=(shade, shade + 2, shade + 6)
        )
    s.draw.ellipse((cx - rx * 0.32, cy - ry * 0.32, cx + rx * 0.32, cy + ry * 0.32), fill="#2b2d30")
    for hole in range(6):
        a = math.radians(hole * 60 + 30)
        hx, hy = cx + rx * 0.7 * math.cos(a), cy + ry * 0.7 * math.sin(a)
        s.draw.ellipse(
            (hx - rx * 0.07, hy - ry * 0.07, hx + rx * 0.07, hy + ry * 0.07), fill="#303236"
        )
    a = math.radians(s.rng.choice((200, 230, 320, 340)))
    spikes: list[Point] = []
    for n in range(9):
        step = a + math.radians(n * 2.2)
        out = 1.0 + (0.09 if n % 2 else 0.01) * s.rng.uniform(0.7, 1.3)
        spikes.append((cx + rx * out * math.cos(step), cy + ry * out * math.sin(step)))
    s.draw.polygon(spikes, fill="#e4e4de", outline="#55585c")
    xs, ys = [p[0] for p in spikes], [p[1] for p in spikes]
    size = s.rng.choice((0.3, 0.4, 0.5, 0.8))
    s.mark([(min(xs), min(ys), max(xs), max(ys))], f"burr ~{size} mm")
    rule_y = cy + ry + depth + s.u * 0.06
    s.draw.rectangle((s.w * 0.1, rule_y, s.w * 0.9, rule_y + s.u * 0.05), fill="#c9ccd0")
    for mm in range(0, 151):
        x = s.w * 0.1 + mm * (s.w * 0.8) / 150
        length = s.u * (0.025 if mm % 10 == 0 else 0.012)
        s.draw.line((x, rule_y, x, rule_y + length), fill="#222222", width=1)
    part = f"{s.rng.randint(4100, 4899)}-{s.rng.randint(10, 99)}"
    s.facts["part"] = part
    return f"Flange {part} from the finished-goods bin: burr of about {size} mm on the rim."


def _shelf(s: _Scene, day: dt.date) -> str:
    """The quarantine rack: boxes with status labels, two without."""
    left, right = s.w * 0.12, s.w * 0.88
    top, bottom = s.h * 0.2, s.h * 0.95
    sign = (s.w / 2 - s.u * 0.3, top - s.u * 0.12, s.w / 2 + s.u * 0.3, top - s.u * 0.03)
    s.draw.rectangle(sign, fill="#c62828")
    s.text((sign[0] + 14, sign[1] + 12), "QUARANTINE - BLOCKED STOCK", s.u * 0.04, "#ffffff")
    for x in (left, right):
        s.draw.rectangle((x - 10, top, x + 10, bottom), fill="#1f5fa8")
    levels = 3
    unlabelled = set(s.rng.sample(range(levels * 4), 2))
    spots: list[Box] = []
    for level in range(levels):
        beam = top + (level + 1) * (bottom - top) / levels
        s.draw.rectangle((left, beam - 14, right, beam), fill="#ef7d00")
        x = left + 20
        for slot in range(4):
            width = (right - left - 40) / 4 - 14
            height = (bottom - top) / levels * s.rng.uniform(0.55, 0.8)
            box = (x, beam - 14 - height, x + width, beam - 14)
            s.draw.rectangle(
                box,
                fill=s.rng.choice(("#b78a57", "#a97d4c", "#c39a67")),
                outline="#6d4c2a",
                width=2,
            )
            if level * 4 + slot in unlabelled:
                spots.append(box)
            else:
                colour, word = s.rng.choice(
                    (("#c62828", "BLOCKED"), ("#f9a825", "HOLD"), ("#2e7d32", "RELEASED"))
                )
                tag = (
                    box[0] + width * 0.15,
                    box[1] + height * 0.2,
                    box[0] + width * 0.8,
                    box[1] + height * 0.45,
                )
                s.draw.rectangle(tag, fill=colour)
                s.text((tag[0] + 6, tag[1] + 4), word, (tag[3] - tag[1]) * 0.45, "#ffffff")
            x += width + 14
    s.mark(spots, "no status label")
    return "Quarantine rack Q-2: two boxes without a status label among blocked stock."


def _board(s: _Scene, day: dt.date) -> str:
    """The work-instruction board at the press line, two sheets at an old revision."""
    board = (s.w * 0.1, s.h * 0.12, s.w * 0.9, s.h * 0.86)
    s.draw.rectangle(board, fill="#f3efe6", outline="#4e4e4e", width=8)
    s.text((board[0] + 20, board[1] + 14), "PRESS LINE 2 - WORK INSTRUCTIONS", s.u * 0.045)
    columns, rows = (3, 2) if s.w > s.h else (2, 3)
    old = sorted(s.rng.sample(range(columns * rows), 2))
    current = s.rng.choice("CDE")
    spots: list[Box] = []
    for n in range(columns * rows):
        col, row = n % columns, n // columns
        cw = (board[2] - board[0] - 40) / columns
        rh = (board[3] - board[1] - s.u * 0.1) / rows
        x0 = board[0] + 20 + col * cw
        y0 = board[1] + s.u * 0.08 + row * rh
        sheet = (x0 + 10, y0 + 10, x0 + cw - 10, y0 + rh - 10)
        s.draw.rectangle(sheet, fill="#ffffff", outline="#9e9e9e", width=2)
        revision = chr(ord(current) - 1) if n in old else current
        s.text((sheet[0] + 10, sheet[1] + 8), f"WI-{112 + n} Rev. {revision}", s.u * 0.028)
        for line in range(7):
            y = sheet[1] + s.u * 0.06 + line * s.u * 0.025
            if y > sheet[3] - 10:
                break
            s.draw.rectangle(
                (sheet[0] + 10, y, sheet[0] + 10 + (cw - 50) * s.rng.uniform(0.4, 0.95), y + 6),
                fill="#bdbdbd",
            )
        if n in old:
            spots.append(sheet)
    s.mark(spots, f"Rev. {chr(ord(current) - 1)} obsolete, current {current}", "rectangle")
    return (
        f"Work-instruction board at press line 2: WI-{112 + old[0]} and WI-{112 + old[1]} "
        f"posted at revision {chr(ord(current) - 1)}; {current} is current."
    )


def _tools(s: _Scene, day: dt.date) -> str:
    """A 5S shadow board in the machining hall: every tool in its outline."""
    board = (s.w * 0.2, s.h * 0.5, s.w * 0.8, s.h * 0.92)
    s.draw.rectangle(board, fill="#fafafa", outline="#263238", width=6)
    s.text((board[0] + 16, board[1] + 10), "5S - CNC CELL", s.u * 0.04)
    x = board[0] + s.u * 0.06
    tool = s.rng.randrange(3)
    while x < board[2] - s.u * 0.08:
        y = board[1] + s.u * 0.1
        length = s.u * s.rng.uniform(0.15, 0.22)
        shadow = (x - 14, y - 14, x + 14, y + length + 14)
        s.draw.rounded_rectangle(shadow, 10, "#ffd54f")  # the painted outline of the tool
        if tool == 0:  # spanner
            s.draw.rectangle((x - 6, y, x + 6, y + length), fill="#78909c")
            s.draw.ellipse((x - 16, y - 12, x + 16, y + 20), outline="#78909c", width=8)
        elif tool == 1:  # screwdriver
            s.draw.rectangle((x - 10, y, x + 10, y + length * 0.4), fill="#d32f2f")
            s.draw.rectangle((x - 3, y + length * 0.4, x + 3, y + length), fill="#90a4ae")
        else:  # hammer
            s.draw.rectangle((x - 5, y + 10, x + 5, y + length), fill="#8d6e63")
            s.draw.rectangle((x - 14, y - 6, x + 14, y + 14), fill="#546e7a")
        tool = (tool + 1) % 3
        x += s.u * 0.08
    s.notes.append(
        {
            "kind": "rectangle",
            "colour": GREEN,
            "width": 0.005,
            "points": [s.at(board[0], board[1]), s.at(board[2], board[3])],
        }
    )
    s.notes.append(
        {
            "kind": "text",
            "colour": GREEN,
            "size": 0.035,
            "text": "all tools in place",
            "points": [s.at(board[0], board[1] - s.u * 0.07)],
        }
    )
    return "Shadow board at the CNC cell: every tool in its place, 5S audit posted."


SCENES: dict[str, Callable[[_Scene, dt.date], str]] = {
    "gauge": _gauge,
    "burr": _burr,
    "shelf": _shelf,
    "board": _board,
    "tools": _tools,
}


def _finish(s: _Scene) -> Image.Image:
    """What makes a drawing look taken: grain and darker corners, as one light mask over the
    picture (a blur would cost more time than the rest of the picture)."""
    small = (s.w // 4, s.h // 4)
    grain = Image.frombytes("L", small, s.rng.randbytes(small[0] * small[1]))
    grain = grain.resize((s.w, s.h), Image.Resampling.BILINEAR).point(_GRAIN)
    light = ImageChops.multiply(grain, _vignette((s.w, s.h)))
    return Image.composite(s.image, _black(s.image.size), light)


_GRAIN = [241 + v * 14 // 255 for v in range(256)]


@lru_cache(maxsize=4)
def _vignette(size: tuple[int, int]) -> Image.Image:
    corners = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return corners.point(lambda v: 255 - v * 70 // 255)


@lru_cache(maxsize=4)
def _black(size: tuple[int, int]) -> Image.Image:
    return Image.new("RGB", size, "#000000")


def shop_floor_photo(
    scene: str, seed: int, taken: dt.datetime, *, orientation: int = 1
) -> DemoPhoto:
    """A JPEG of `scene` as a phone would store it; annotations point at what the photo shows.

    `taken` is the local time with its offset (EXIF DateTimeOriginal and OffsetTimeOriginal);
    orientation 6 or 8 stores a portrait photo sideways with that EXIF orientation.
    """
    rng = random.Random(seed)
    upright = (LANDSCAPE[1], LANDSCAPE[0]) if orientation in (6, 8) else LANDSCAPE
    s = _Scene(upright, rng)
    if scene != "board":
        _hall(s)
    else:
        s.image.paste(_gradient(upright, "#d5d9dc", "#9ea7ad"))
    caption = SCENES[scene](s, taken.date())
    image = _finish(s)
    turn = _STORED[orientation]
    if turn is not None:
        image = image.transpose(turn)
    exif = Image.Exif()
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    offset = taken.strftime("%z")
    exif[0x010F] = "SQMS"  # Make
    exif[0x0110] = "demo camera"  # Model
    exif[0x0132] = stamp  # DateTime
    exif[0x0112] = orientation
    detail = exif.get_ifd(0x8769)
    detail[0x9003] = stamp  # DateTimeOriginal
    detail[0x9011] = f"{offset[:3]}:{offset[3:]}"  # OffsetTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif.tobytes())
    prefix = "PXL" if orientation != 1 else "IMG"
    name = f"{prefix}_{taken:%Y%m%d_%H%M%S}.jpg"
    return DemoPhoto(out.getvalue(), name, caption, s.notes, s.facts)


def calibration_certificate_pdf(gauge: str, supplier_code: str, calibrated: dt.date) -> bytes:
    """A one-page calibration certificate; invariant, so the same inputs give the same bytes."""
    out = io.BytesIO()
    page = pdf_canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(f"Calibration certificate {gauge}")
    page.setAuthor("Demo calibration laboratory")
    width, height = A4
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, height - 80, "Calibration certificate")
    page.setFont("Helvetica", 11)
    lines = (
        f"Certificate no.: KAL-{calibrated:%Y%m%d}-{gauge}",
        f"Instrument: dial gauge, range 0-10 mm, resolution 0.01 mm, ID {gauge}",
        f"Owner: supplier {supplier_code}, final inspection",
        f"Calibrated on: {calibrated:%Y-%m-%d}    Next calibration due: "
        f"{calibrated + dt.timedelta(days=365):%Y-%m-%d}",
        "Method: comparison with gauge blocks, grade 1, 10 points up and down",
        "Largest deviation: 0.006 mm (limit 0.013 mm)    Hysteresis: 0.002 mm",
        "Result: conforming",
        "Laboratory: demo calibration laboratory (an invented name for the demo)",
    )
    for n, line in enumerate(lines):
        page.drawString(60, height - 130 - n * 22, line)
    page.line(60, height - 320, width - 60, height - 320)
    page.drawString(60, height - 340, "Signed: head of laboratory")
    page.showPage()
    page.save()
    return out.getvalue()


# -- placing the evidence --------------------------------------------------------------------

# Which picture shows what a finding says, by the words of its statement. A finding no picture
# fits gets none: a photo that shows something else would mislead the reader of the report.
SCENE_WORDS = (
    ("gauge", "gauge"),
    ("work instructions", "board"),
    ("status labels", "shelf"),
    ("nonconforming product was shipped", "burr"),
    ("control plan characteristic", "burr"),
    ("5s", "tools"),
)


@dataclass(frozen=True)
class SeenFinding:
    """A finding as the camera needs it: what to photograph and what to link the photo to."""

    id: str
    finding_class: str
    statement: str
    question_id: str | None


def scene_for(finding: SeenFinding) -> str | None:
    words = finding.statement.lower()
    return next((scene for word, scene in SCENE_WORDS if word in words), None)


class DemoCamera:
    """Takes the demo's photos during an audit and attaches them through the evidence service,
    as the lead auditor would: linked to the finding they prove, captioned, most annotated."""

    def __init__(self, folder: Attachments | None, seed: int) -> None:
        self.folder = folder  # None: the store's own attachments
        self.rng = random.Random(seed * 7_368_787 + 23)
        self.photos = 0
        self.documents = 0
        self.audits = 0

    def shoot(
        self,
        uow: UnitOfWork,
        audit_id: str,
        supplier_code: str,
        morning: dt.datetime,
        findings: list[SeenFinding],
        answered: list[str],
    ) -> int:
        """Attach this audit's evidence; returns how many files were attached."""
        rng = self.rng
        shots: list[tuple[str, SeenFinding | None]] = []
        for finding in findings:
            scene = scene_for(finding)
            chance = 0.5 if finding.finding_class == FindingClass.MAJOR_NC else 0.2
            if scene is not None and len(shots) < 2 and (self.audits < 2 or rng.random() < chance):
                shots.append((scene, finding))
        if answered and rng.random() < (0.03 if shots else 0.08):
            shots.append(("tools", None))  # the site as found, kept with a checklist question
        attached = 0
        gauge: dict[str, str] = {}
        for number, (scene, shown) in enumerate(shots):
            taken = morning + dt.timedelta(
                minutes=40 + number * 95 + rng.randint(0, 50), seconds=rng.randint(0, 59)
            )
            orientation = 6 if self.photos % 5 == 2 else 8 if self.photos % 11 == 7 else 1
            photo = shop_floor_photo(scene, rng.getrandbits(32), taken, orientation=orientation)
            attachment = evidence.attach_evidence_bytes(
                uow,
                audit_id,
                photo.data,
                photo.name,
                caption=photo.caption,
                question_id=shown.question_id if shown else rng.choice(answered),
                finding_id=shown.id if shown else None,
                attachments=self.folder,
            )
            if rng.random() < 0.85:
                evidence.set_annotations(uow, attachment.id, photo.annotations)
            gauge = gauge or {k: v for k, v in photo.facts.items() if k in ("gauge", "due")}
            self.photos += 1
            attached += 1
        if attached and not self.documents:
            self._certificate(uow, audit_id, supplier_code, morning.date(), gauge)
            attached += 1
        self.audits += 1 if attached else 0
        return attached

    def _certificate(
        self, uow: UnitOfWork, audit_id: str, supplier: str, day: dt.date, gauge: dict[str, str]
    ) -> None:
        """The calibration certificate the supplier showed: the one document of the demo."""
        name = gauge.get("gauge", f"G-{self.rng.randint(101, 189)}")
        due = dt.date.fromisoformat(gauge["due"]) if gauge else day + dt.timedelta(days=200)
        evidence.attach_evidence_bytes(
            uow,
            audit_id,
            calibration_certificate_pdf(name, supplier, due - dt.timedelta(days=365)),
            f"Calibration certificate {name}.pdf",
            caption=f"Calibration certificate of dial gauge {name}, shown by the supplier's "
            f"quality manager; next calibration due {due:%Y-%m-%d}.",
            attachments=self.folder,
        )
        self.documents += 1
