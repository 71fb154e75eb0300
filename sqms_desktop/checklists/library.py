"""The built-in checklist library shipped in `resources/checklists/`."""

from __future__ import annotations

from pathlib import Path

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.resources import shipped


def library_dir() -> Path:
    return shipped("resources") / "checklists"


def library_files() -> dict[str, Path]:
    """Built-in workbooks by template key (the file name without `.xlsx`)."""
    folder = library_dir()
    if not folder.is_dir():
        return {}
    return {path.stem: path for path in sorted(folder.glob("*.xlsx"))}


def library_file(key: str) -> Path:
    files = library_files()
    if key not in files:
        known = ", ".join(files) or "none"
        raise NotFoundError(
            translate("library", "no built-in checklist {key!r} (the library has: {known})").format(
                key=key, known=known
            )
        )
    return files[key]
