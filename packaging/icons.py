"""Regenerate the application's icon files from the one drawing, resources/icons/app.svg.

    .venv/bin/python packaging/icons.py          (any machine; Qt renders offscreen)

writes, all committed so a build needs no drawing tools:
  packaging/linux/icons/hicolor/scalable/apps/sqms-desktop.svg   the drawing itself
  packaging/linux/icons/hicolor/NxN/apps/sqms-desktop.png        N = 16 … 512, for the desktop
  packaging/windows/sqms-desktop.ico                             16 … 256, for the .exe and setup
  packaging/macos/sqms-desktop.icns                              16 … 1024, for the .app

Every size is drawn from the SVG by Qt's QSvgRenderer (the renderer the window itself uses for
the icon), never scaled down from a larger PNG; Pillow only packs them into .ico and .icns.
`--check` writes nothing and exits 1 when a committed file differs from what would be written.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
NAME = "sqms-desktop"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / f"{NAME}.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICNS = ROOT / "packaging" / "macos" / f"{NAME}.icns"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The drawing at `size`×`size` pixels on a transparent ground, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode the {size}px icon as PNG")
    return bytes(data.data())


def packed(pngs: dict[int, bytes], sizes: tuple[int, ...], kind: str) -> bytes:
    """The sizes as one .ico or .icns file, each size its own drawing."""
    images = [Image.open(io.BytesIO(pngs[size])) for size in sorted(sizes, reverse=True)]
    out = io.BytesIO()
    largest = images[0]
    if kind == "ICO":
        largest.save(out, "ICO", sizes=[(s, s) for s in sizes], append_images=images[1:])
    else:
        largest.save(out, "ICNS", append_images=images[1:])
    return out.getvalue()


def wanted() -> dict[Path, bytes]:
    """Every file this script owns and what it should hold."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise RuntimeError(f"{SOURCE} is not an SVG Qt can draw")
    pngs = {size: render(renderer, size) for size in {*LINUX_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    files = {HICOLOR / "scalable" / "apps" / f"{NAME}.svg": SOURCE.read_bytes()}
    for size in LINUX_SIZES:
        files[HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"] = pngs[size]
    files[ICO] = packed(pngs, ICO_SIZES, "ICO")
    files[ICNS] = packed(pngs, ICNS_SIZES, "ICNS")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file is out of date"
    )
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841  (QImage, QPainter)
    stale = []
    for path, data in sorted(wanted().items()):
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            shutil.move(tmp, path)
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        print("run: .venv/bin/python packaging/icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
