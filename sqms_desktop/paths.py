"""Where things live: shipped data beside the package, user data in the platform's folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from sqms_desktop import APP_ID

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
