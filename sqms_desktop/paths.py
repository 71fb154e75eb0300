"""Where things live: shipped data beside the package, user data in the platform's folders."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

from sqms_desktop import APP_ID
from sqms_desktop.errors import StoreError

_PACKAGE_DIR = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    """Path of a shipped folder (`migrations`, `ui`, `resources`).

    An installed wheel carries them inside the package; a source checkout keeps them at the root.
    """
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_store_path() -> Path:
    return user_data_dir() / "store" / "sqms.sqlite"


def demo_store_path() -> Path:
    return user_data_dir() / "demo" / "sqms-demo.sqlite"


def resolve_db(db: str | None) -> str:
    """The database the user chose: `--db`, else `SQMS_DB`, else the default store.

    Accepts a file path or an SQLAlchemy URL (`postgresql+psycopg://…`) and returns a URL.
    """
    chosen = db or os.environ.get("SQMS_DB") or str(default_store_path())
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def write_atomically(path: Path, data: bytes) -> Path:
    """Write through a temporary file in the same folder, so a reader never sees half a file
    (reports, registers, SCAR forms, attachments)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise StoreError(f"cannot write into {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
