"""Where the Ishikawa (fishbone) diagram's lines and texts go, for any size of canvas.

Pure geometry in a y-up coordinate system (the PDF's); the window flips y. Sharing it keeps
the diagram in the 8D editor and in the PDF alike: the spine runs to the effect's box on the
right, man/machine/method above it, material/measurement/environment below, each cause a line
of text beside its bone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqms_desktop.capa.content import SIX_M

TOP = ("man", "machine", "method")
BOTTOM = ("material", "measurement", "environment")
assert set(TOP + BOTTOM) == set(SIX_M)
LINE = 11.0  # distance between causes along a bone
HEAD_FRACTION = 0.22


@dataclass(frozen=True)
class Bone:
    category: str
    outer: tuple[float, float]  # the end away from the spine, where the label goes
    inner: tuple[float, float]  # where it meets the spine
    label_y: float
    causes: list[tuple[float, float, str]]  # (right x, baseline y, text): text ends at x
    more: int  # causes that did not fit


@dataclass(frozen=True)
class Fishbone:
    spine: tuple[float, float, float]  # x from, x to, y
    head: tuple[float, float, float, float]  # x, y, width, height of the effect's box
    bones: list[Bone]
    cause_width: float  # room for a cause's text


def layout(
    width: float, height: float, causes: dict[str, list[str]], *, margin: float = 6.0
) -> Fishbone:
    head_w = max(width * HEAD_FRACTION, 60.0)
    spine_y = height / 2
    spine_to = width - margin - head_w
    head = (spine_to, spine_y - min(height * 0.3, 40), head_w, min(height * 0.6, 80))
    span = (spine_to - margin) / 3
    slant = min(span * 0.35, 40.0)
    room = max(int((height / 2 - margin - 18) // LINE), 1)
    bones = []
    for row, categories in ((1, TOP), (-1, BOTTOM)):
        for index, category in enumerate(categories):
            inner_x = margin + span * (index + 1) - 8
            outer = (inner_x - slant, spine_y + row * (height / 2 - margin - 12))
            inner = (inner_x, spine_y)
            items = causes.get(category, [])
            shown = items[:room] if len(items) <= room else items[: room - 1]
            placed = []
            for k, text in enumerate(shown):
                # from the outer end towards the spine, one line apart
                y = outer[1] - row * (LINE * (k + 1) - 2)
                t = (outer[1] - y) / (outer[1] - inner[1])
                x = outer[0] + (inner[0] - outer[0]) * t
                placed.append((x - 3, y - (3 if row > 0 else 0), text))
            label_y = outer[1] + (3 if row > 0 else -9)
            bones.append(Bone(category, outer, inner, label_y, placed, len(items) - len(shown)))
    return Fishbone((margin, spine_to, spine_y), head, bones, span - slant - 10)
