"""Where things live: shipped data beside the package, user data in the platform's folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

import platformdirs

from sqms_desktop import APP_ID
from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.i18n import translate


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_config_dir() -> Path:
    """Where secrets that must not travel with the store live (the trail keys)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


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


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite store URL (None for a database server or an in-memory store)."""
    if not url.startswith("sqlite:///"):
        return None
    database = url.removeprefix("sqlite:///").split("?", 1)[0]
    if database in ("", ":memory:"):
        return None
    return Path(database)


def refuse_store_path(url: str, path: Path, *, writing: bool = True) -> None:
    """A file the user names must never be the store (or its journal) itself: written over,
    the store is lost; read as a list or a scan, it makes no sense. Nothing is written inside
    the store's attachments folder either, where every file is named by its own hash."""
    if not url.startswith("sqlite:///"):
        return
    store = Path(url.removeprefix("sqlite:///")).resolve()
    target = path.expanduser().resolve()
    journals = [Path(f"{store}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    if target in journals:
        raise ValidationError(
            translate("paths", "{path} is the store itself; name another file").format(path=path)
        )
    attachments = store.parent / "attachments"
    if writing and target.is_relative_to(attachments):
        raise ValidationError(
            translate(
                "paths",
                "{path} is inside the store's attachments folder {attachments}; "
                "name a file elsewhere",
            ).format(path=path, attachments=attachments)
        )


def _umask() -> int:
    """The process's umask. Linux shows it in /proc without changing it; elsewhere it is read
    by setting and restoring it (the only portable way)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_file_mode() -> int:
    """The mode a file gets when a program simply creates it (0644 under umask 022): what
    the user expects of a report or a workbook written for them."""
    return 0o666 & ~_umask()


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Write `data` through `atomic_output` (reports, registers, SCAR forms, attachments)."""
    with atomic_output(path, private=private) as out:
        out.write(data)
    return Path(path)


@contextmanager
def atomic_output(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """A file to write `path` through: a temporary file in the same folder, renamed over
    `path` (os.replace) only when the block ends without an error. A reader never sees half a
    file, and an export that fails or is cancelled midway leaves no temporary file and the
    file that was there before unchanged. The temporary file is private (0600) while it is
    written; the finished file gets the user's normal mode, as a plain write would, or stays
    private (`private`: a user's credential). Every writer of a file the user names uses this,
    after `refuse_store_path`."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise StoreError(
            translate("paths", "cannot write into {folder}: {error}").format(
                folder=folder, error=exc.strerror or exc
            )
        ) from exc
    out = os.fdopen(handle, "wb")
    try:
        yield out
    except BaseException as exc:  # the writer failed or was cancelled: nothing of it stays
        with suppress(OSError):  # what is still buffered cannot be written either
            out.close()
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # the block only writes `out`: a full disk, say
            raise StoreError(
                translate("paths", "cannot write {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                )
            ) from exc
        raise
    try:
        with out:
            out.flush()
            if hasattr(os, "fchmod"):  # POSIX; Windows files have no such modes
                os.fchmod(out.fileno(), 0o600 if private else normal_file_mode())
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise StoreError(
            translate("paths", "cannot write {path}: {error}").format(
                path=target, error=exc.strerror or exc
            )
        ) from exc
