"""`sqms backup create | list | verify | restore`: the store file's rolling backups.

The commands work on the file, not through an opened store: a damaged store, which opening
refuses, can still be listed, verified and restored. A PostgreSQL store is refused: its
server makes its backups (pg_dump). Restoring asks for a confirmation that states what would
be lost, unless `--yes`; the store it replaces is kept as a backup first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqms_desktop.cli.output import print_json
from sqms_desktop.errors import MissingStoreError, StateError, StoreError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import resolve_db
from sqms_desktop.store import backups
from sqms_desktop.store.lockfile import live_holder, lock_path


def _store_file(args: argparse.Namespace) -> Path:
    url = resolve_db(getattr(args, "db", None))
    db = backups.sqlite_file(url)
    if not db.is_file():
        raise MissingStoreError(
            translate("cli", "there is no store at {path}; check --db (or $SQMS_DB)").format(
                path=db
            )
        )
    return db


def _shown(backup: backups.Backup) -> dict[str, Any]:
    return {
        "name": backup.name,
        "path": str(backup.path),
        "made_at": backup.made_at.isoformat(),
        "label": backup.label,
        "size_bytes": backup.size_bytes,
        "trail_seq": backup.trail_seq,
        "attachments": len(backup.attachments),
        "verified": backup.verified,
        "verified_at": backup.verified_at.isoformat() if backup.verified_at else None,
        "problems": list(backup.problems),
    }


def _line(backup: backups.Backup) -> str:
    state = {
        None: translate("cli", "not verified"),
        True: translate("cli", "verified"),
        False: translate("cli", "FAILED verification"),
    }
    when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    size = f"{backup.size_bytes / 1_000_000:.1f} MB"
    return f"{backup.name}  {when}  {backup.label}  {size}  {state[backup.verified]}"


def create(args: argparse.Namespace) -> int:
    made = backups.create_backup(_store_file(args))
    if args.json:
        print_json(_shown(made))
    else:
        print(made.path)
    return 0


def list_(args: argparse.Namespace) -> int:
    db = _store_file(args)
    found = backups.list_backups(db)
    if args.json:
        print_json([_shown(b) for b in found])
    elif not found:
        print(
            translate("cli", "no backups of {store} in {folder}").format(
                store=db, folder=backups.backup_folder(db)
            )
        )
    for backup in [] if args.json else found:
        print(_line(backup))
    return 0


def verify(args: argparse.Namespace) -> int:
    db = _store_file(args)
    chosen = [backups.find_backup(db, args.name)] if args.name else backups.list_backups(db)
    checked = [backups.verify_backup(db, b) for b in chosen]
    if args.json:
        print_json([_shown(b) for b in checked])
    for backup in [] if args.json else checked:
        print(_line(backup))
        for problem in backup.problems:
            print(f"  {problem}")
    if any(not b.verified for b in checked):
        if not args.json:
            print(translate("cli", "sqms: error: a backup failed verification"), file=sys.stderr)
        return 1
    return 0


def restore(args: argparse.Namespace) -> int:
    db = _store_file(args)
    backup = backups.find_backup(db, args.name)
    holder = live_holder(lock_path(f"sqlite:///{db}"))
    if holder is not None:
        raise StateError(
            translate("cli", "{holder} has {store} open; close that window first").format(
                holder=holder.describe(), store=db
            )
        )
    lost = backups.what_would_be_lost(db, backup)
    if not args.yes:
        print(
            translate("cli", "Restore {store} from {backup}? {lost}").format(
                store=db, backup=backup.name, lost=lost
            ),
            file=sys.stderr,
        )
        # "yes" is typed in every language (and the language's own word for it, if it has one).
        yes = translate("cli", "yes")
        prompt = translate(
            "cli", "The store as it is now is kept as a backup first. Type {yes} to restore: "
        ).format(yes=yes)
        print(prompt, end="", file=sys.stderr, flush=True)
        answers = {"y", "yes", yes.lower(), yes[:1].lower()}
        if sys.stdin.readline(100).strip().lower() not in answers:
            raise StoreError(translate("cli", "restore cancelled; nothing was changed"))
    kept = backups.restore_backup(db, backup)
    if args.json:
        print_json({"restored": backup.name, "kept": str(kept), "lost": lost})
    else:
        print(
            translate(
                "cli", "{store} restored from {backup}; the replaced store is kept as {kept}"
            ).format(store=db, backup=backup.name, kept=kept)
        )
    return 0
