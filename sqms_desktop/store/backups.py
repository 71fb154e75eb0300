"""Rolling backups of an SQLite store: made with the online backup API, checked, restored.

A backup is a copy of the database file in `backups/` beside it, made with SQLite's online
backup API (a file copy under WAL can miss committed data), and a small manifest beside the
copy: when it was made, why, the newest trail entry it holds, and the SHA-256 of every
attachment it needs. Attachments are not copied: they are content-addressed files beside the
store that are never rewritten, so a backup names them and verifying it checks each is there
with its hash. Backups are made before a migration, when the window closes and once a day;
those older than KEEP_DAYS go, except the newest (docs/design.md, "Backups and damaged stores").

A PostgreSQL store is backed up by its server (pg_dump); every function here refuses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from sqms_desktop.errors import StoreDamagedError, StoreError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, Translated, plural, translate
from sqms_desktop.store import trail_key
from sqms_desktop.store.integrity import file_problems

log = logging.getLogger(__name__)

KEEP_DAYS = 14  # how long rolling backups are kept
DAILY = dt.timedelta(days=1)  # a start-up makes one when the newest is older than this
MANIFEST = ".json"
ROLLING_LABELS = frozenset({"exit", "daily", "manual"})  # thinned to one a day once a day old
# Shown by the window too (gui/app/store_actions.py), translated there under "backups".
PG_REFUSAL = QT_TRANSLATE_NOOP(
    "backups",
    "Backups of a PostgreSQL store are the database server's job: use pg_dump "
    "(for example `pg_dump -Fc -f sqms.dump URL`) and the server's own schedule; SQMS Desktop "
    "makes, lists and restores backups of SQLite store files only.",
)


@dataclass(frozen=True)
class Backup:
    """One backup file and what its manifest says."""

    path: Path
    made_at: dt.datetime  # aware, UTC
    label: str  # why it was made: manual, exit, daily, rev0011, before-restore
    size_bytes: int
    trail_seq: int  # the newest trail entry it holds (0: none)
    attachments: tuple[str, ...]  # the SHA-256 of every attachment it needs
    verified_at: dt.datetime | None = None
    problems: tuple[str, ...] = ()

    @property
    def verified(self) -> bool | None:
        """True or False after a verification, None before any."""
        return None if self.verified_at is None else not self.problems

    @property
    def name(self) -> str:
        return self.path.name


def sqlite_file(url: str) -> Path:
    """The store file of an SQLite URL; any other store is refused with PG_REFUSAL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise StoreError(translate("backups", PG_REFUSAL))
    if parsed.database in (None, "", ":memory:"):
        raise StoreError(translate("backups", "an in-memory store has no file to back up"))
    return Path(str(parsed.database))


def backup_folder(db: Path) -> Path:
    return db.parent / "backups"


def backup_sqlite(db: Path, label: str, *, now: dt.datetime | None = None) -> Path:
    """Copy a live SQLite file with the online backup API, and write its manifest."""
    moment = (now or dt.datetime.now().astimezone()).astimezone()
    folder = backup_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{db.stem}-{moment:%Y%m%d-%H%M%S}-{label}"
    target = folder / f"{stem}{db.suffix}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}{db.suffix}"
    with closing(sqlite3.connect(db)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    seq, hashes = _contents(target)
    _write_manifest(
        Backup(target, moment.astimezone(dt.UTC), label, target.stat().st_size, seq, hashes)
    )
    log.info("backed up %s to %s", db, target)
    return target


def create_backup(db: Path, label: str = "manual", *, now: dt.datetime | None = None) -> Backup:
    if not db.is_file():
        raise StoreError(
            translate("backups", "{db} does not exist; there is nothing to back up").format(db=db)
        )
    return read_backup(backup_sqlite(db, label, now=now))


def list_backups(db: Path) -> list[Backup]:
    """This store's backups, newest first (other stores in the same folder are left out)."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found = [
        read_backup(path)
        for path in folder.glob(f"{db.stem}-*{db.suffix}")
        if path.is_file() and path.name.removeprefix(f"{db.stem}-")[:8].isdigit()
    ]
    return sorted(found, key=lambda b: (b.made_at, b.name), reverse=True)


def find_backup(db: Path, name: str) -> Backup:
    """A backup by its file name (or its path), refused when it is not one of this store's."""
    for backup in list_backups(db):
        if name in (backup.name, str(backup.path)):
            return backup
    raise StoreError(
        translate(
            "backups",
            "{name} is not a backup of {db}; `sqms backup list` shows the backups in {folder}",
        ).format(name=name, db=db, folder=backup_folder(db))
    )


def read_backup(path: Path) -> Backup:
    """A backup as its manifest describes it; a copy without one (made by an older version)
    is read from the file itself."""
    manifest = path.with_name(path.name + MANIFEST)
    size = path.stat().st_size
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        verified = data.get("verified_at")
        return Backup(
            path=path,
            made_at=dt.datetime.fromisoformat(data["made_at"]),
            label=str(data["label"]),
            size_bytes=size,
            trail_seq=int(data["trail_seq"]),
            attachments=tuple(data["attachments"]),
            verified_at=dt.datetime.fromisoformat(verified) if verified else None,
            problems=tuple(data.get("problems", ())),
        )
    except (OSError, ValueError, KeyError, TypeError):
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        label = path.stem.split("-", 3)[-1] if path.stem.count("-") >= 3 else "copy"
        seq, hashes = _contents(path)
        return Backup(path, made, label, size, seq, hashes)


def verify_backup(db: Path, backup: Backup, *, now: dt.datetime | None = None) -> Backup:
    """SQLite's full integrity check of the copy, and every attachment it names present with
    its hash; the result is kept in the manifest (the Backups list shows it)."""
    problems = file_problems(backup.path, full=True)
    root = db.parent / "attachments"
    for sha256 in backup.attachments:
        problem = _attachment_problem(root, sha256)
        if problem:
            problems.append(problem)
    checked = replace(
        backup,
        verified_at=(now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
        problems=tuple(problems),
    )
    _write_manifest(checked)
    return checked


def newest_good_backup(db: Path) -> Backup | None:
    """The newest backup that passes verification (older ones are tried in turn)."""
    for backup in list_backups(db):
        checked = verify_backup(db, backup)
        if checked.verified:
            return checked
    return None


def store_trail_seq(db: Path) -> int | None:
    """The newest trail entry of the store file; None when it cannot be read (damaged)."""
    try:
        return _contents(db, strict=True)[0]
    except sqlite3.DatabaseError:
        return None


def what_would_be_lost(db: Path, backup: Backup) -> str:
    """The sentence a restore's confirmation shows: the backup's time and the trail entries
    the store holds beyond it (or that they cannot be counted)."""
    when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    current = store_trail_seq(db)
    if current is None:
        return translate(
            "backups",
            "Everything written after {when} (the backup's time) would be lost; the store "
            "cannot be read to count how many trail entries that is.",
        ).format(when=when)
    missing = max(current - backup.trail_seq, 0)
    if missing == 0:
        return translate(
            "backups",
            "The backup of {when} holds every trail entry of the store; nothing would be lost.",
        ).format(when=when)
    return plural(
        missing,
        translate(
            "backups",
            "Everything written after {when} would be lost: {n} trail entry the backup does "
            "not hold.",
        ),
        translate(
            "backups",
            "Everything written after {when} would be lost: {n} trail entries the backup does "
            "not hold.",
        ),
    ).format(when=when, n=missing)


def restore_backup(db: Path, backup: Backup, *, now: dt.datetime | None = None) -> Path:
    """Put `backup` in the store's place; the store it replaces is kept as a backup first
    (label before-restore, or a plain copy labelled damaged when SQLite cannot read it).
    Every connection to the store must be closed. Returns the kept copy."""
    problems = file_problems(backup.path, full=True)
    if problems:
        raise StoreError(
            translate("backups", "{name} is damaged ({problem}); choose another backup").format(
                name=backup.name, problem=problems[0]
            )
        )
    kept = _keep_current(db, now=now)
    restoring = db.with_name(db.name + ".restoring")
    restoring.unlink(missing_ok=True)
    with closing(sqlite3.connect(backup.path)) as src, closing(sqlite3.connect(restoring)) as dst:
        src.backup(dst)
    for tail in ("-wal", "-shm", "-journal"):
        # The replaced store's journal must not be replayed onto the restored file.
        Path(f"{db}{tail}").unlink(missing_ok=True)
    os.replace(restoring, db)
    # The restored trail is shorter than the one this computer saw last; that is the point.
    trail_key.forget_heads(str(db.resolve()))
    log.warning("restored %s from %s; the replaced store is kept as %s", db, backup.path, kept)
    return kept


def prune_backups(
    db: Path, *, keep_days: int = KEEP_DAYS, now: dt.datetime | None = None
) -> list[Path]:
    """Remove what rolling backups leave behind; returns the files removed. Never the newest
    backup; none older than `keep_days`; of the days before today, only the newest backup of
    each day (a window closed ten times a day leaves one copy of that day). Backups made before
    a migration or a restore are kept for the whole `keep_days`."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    removed = []
    days_seen: set[dt.date] = set()
    for backup in list_backups(db)[1:]:
        age = moment - backup.made_at
        day = backup.made_at.date()  # UTC days: the same thinning on every computer
        rolling = backup.label in ROLLING_LABELS
        later_of_same_day = rolling and day in days_seen
        if rolling:
            days_seen.add(day)
        if age > dt.timedelta(days=keep_days) or (later_of_same_day and age > DAILY):
            backup.path.unlink(missing_ok=True)
            backup.path.with_name(backup.name + MANIFEST).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def rolling_backup(
    db: Path,
    label: str,
    *,
    only_after: dt.timedelta | None = None,
    now: dt.datetime | None = None,
    keep_days: int = KEEP_DAYS,
) -> Backup | None:
    """A backup (unless `only_after` is given and the newest is younger), then pruning: what
    the window does on exit (always) and at start (daily). `keep_days`: the store's policy
    (`backup_keep_days`)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    try:
        backups = list_backups(db)
        made = None
        if only_after is None or not backups or moment - backups[0].made_at >= only_after:
            made = create_backup(db, label, now=moment)
        prune_backups(db, keep_days=keep_days, now=moment)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            translate("backups", "the {label} backup of {db} failed: {reason}").format(
                label=label, db=db, reason=exc
            )
        ) from exc
    return made


def damaged_store(db: Path, problems: list[str]) -> StoreDamagedError:
    """The refusal of a damaged store: the file, what SQLite found, and the newest good backup
    with what restoring it would lose. Nothing is reset or repaired."""
    more = len(problems) - 1
    if more == 0:
        text = translate(
            "backups",
            "{db} is damaged and was not opened; nothing was changed. SQLite reports: {problem}.",
        ).format(db=db, problem=problems[0])
    else:
        text = translate(
            "backups",
            "{db} is damaged and was not opened; nothing was changed. SQLite reports: "
            "{problem} (and {more} more problems).",
        ).format(db=db, problem=problems[0], more=more)
    good = newest_good_backup(db)
    if good is None:
        advice = translate(
            "backups",
            "No good backup of it was found in {folder}: keep the file as it is "
            "and ask for help recovering it.",
        ).format(folder=backup_folder(db))
        return StoreDamagedError(_sentences(text, advice), path=str(db), backup=None)
    when = good.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    advice = translate(
        "backups",
        "The newest good backup is {name} ({when}). {lost} "
        "Restore it with `sqms backup restore {name}` or from the window's offer; the "
        "damaged file is kept as a backup first.",
    ).format(name=good.name, when=when, lost=what_would_be_lost(db, good))
    return StoreDamagedError(_sentences(text, advice), path=str(db), backup=good.name)


def _sentences(first: str, second: str) -> str:
    """Two translated sentences as one text that still knows its English (i18n.Translated)."""
    return Translated("{0} {1}").format(first, second)


def _keep_current(db: Path, *, now: dt.datetime | None) -> Path:
    if not db.exists():
        return db
    try:
        return backup_sqlite(db, "before-restore", now=now)
    except sqlite3.DatabaseError:
        moment = (now or dt.datetime.now()).astimezone()
        folder = backup_folder(db)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{db.stem}-{moment:%Y%m%d-%H%M%S}-damaged{db.suffix}"
        shutil.copy2(db, target)
        wal = Path(f"{db}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
        return target


def _contents(path: Path, *, strict: bool = False) -> tuple[int, tuple[str, ...]]:
    """The newest trail sequence and the attachment hashes a database file holds."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            seq = connection.execute("SELECT max(seq) FROM trail_entry").fetchone()[0]
            hashes = connection.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY 1")
            return int(seq or 0), tuple(str(row[0]) for row in hashes)
    except sqlite3.DatabaseError:
        if strict:
            raise
        return 0, ()


def _attachment_problem(root: Path, sha256: str) -> str | None:
    files = sorted((root / sha256[:2]).glob(f"{sha256}*")) if len(sha256) == 64 else []
    if not files:
        return f"attachment {sha256[:12]}… is missing from {root}"
    for path in files:
        if hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
            return None
    return f"attachment {sha256[:12]}… in {files[0]} was altered on disk"


def _write_manifest(backup: Backup) -> None:
    data = {
        "made_at": backup.made_at.isoformat(),
        "label": backup.label,
        "trail_seq": backup.trail_seq,
        "attachments": list(backup.attachments),
        "verified_at": backup.verified_at.isoformat() if backup.verified_at else None,
        "problems": list(backup.problems),
    }
    manifest = backup.path.with_name(backup.name + MANIFEST)
    manifest.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
