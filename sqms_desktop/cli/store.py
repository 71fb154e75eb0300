"""`sqms store info | check`: where the store is and what it holds; whether its records equal
the fold of its change log and its trail verifies."""

from __future__ import annotations

import argparse
import sys

from sqms_desktop.cli import EXIT_ERROR
from sqms_desktop.cli.output import open_from_args, print_json, refuse_store_file
from sqms_desktop.cli.trail import print_verification, verification_json
from sqms_desktop.errors import ValidationError
from sqms_desktop.paths import write_atomically
from sqms_desktop.queries.store import store_contents, trail_key_backup, trail_key_ids
from sqms_desktop.queries.trail_integrity import verify_trail
from sqms_desktop.store import trail_key
from sqms_desktop.store.integrity import integrity_problems
from sqms_desktop.sync.check import differences


def info(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        contents = store_contents(session)
    shown = {
        "store": store.describe(),
        "backend": contents.backend,
        "schema_revision": contents.schema_revision,
        "replica_id": contents.replica_id,
        "changes": contents.changes,
        "trail_entries": contents.trail_entries,
        "attachments_dir": str(store.attachments_dir) if store.attachments_dir else None,
        # A store without a folder (PostgreSQL) keeps them in its attachment_blob table.
        "attachments_in_database": store.attachments_dir is None,
        "records": contents.records,
    }
    if args.json:
        print_json(shown)
        return 0
    for key, value in shown.items():
        if key == "attachments_dir":
            print(f"attachments: {value or 'in the database'}")
        elif key not in ("records", "attachments_in_database"):
            print(f"{key.replace('_', ' ')}: {value}")
    for name, count in contents.records.items():
        print(f"  {name}: {count}")
    return 0


def check(args: argparse.Namespace) -> int:
    """SQLite's full integrity check, the records against the fold of the change log, and
    every check of `sqms trail verify`."""
    store = open_from_args(args)
    damage = integrity_problems(store)
    with store.session() as session:
        found = differences(session)
        trail = verify_trail(session, location=store.describe())
    ok = not damage and not found and trail.ok
    if args.json:
        print_json(
            {
                "ok": ok,
                "integrity": damage,
                "differences": found,
                "trail": verification_json(trail),
            }
        )
        return 0 if ok else EXIT_ERROR
    for line in damage:
        print(f"the store file is damaged: {line}", file=sys.stderr)
    if found:
        for line in found:
            print(line, file=sys.stderr)
        print("the records do NOT match the change log", file=sys.stderr)
    else:
        print("the records match the fold of the change log")
    print_verification(trail)
    return 0 if ok else EXIT_ERROR


def key_export(args: argparse.Namespace) -> int:
    """The trail keys this store's entries are chained with, as far as this computer has them."""
    refuse_store_file(args, args.output)
    store = open_from_args(args)
    with store.session() as session:
        text, key_ids = trail_key_backup(session, store.describe())
    path = write_atomically(args.output, text.encode("utf-8"), private=True)
    if args.json:
        print_json({"file": str(path), "keys": key_ids})
    else:
        print(f"{len(key_ids)} trail key(s) written to {path}; keep it private, apart from backups")
    return 0


def key_import(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.file, writing=False)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    keys = trail_key.parse_backup(data, source=str(args.file))
    store = open_from_args(args)
    with store.session() as session:
        used = set(trail_key_ids(session))
    mine = [key for key in keys if key.key_id in used]
    if not mine:
        raise ValidationError(
            f"{args.file} holds no trail key that {store.describe()} uses; is it the backup "
            "of another store?"
        )
    for key in mine:
        trail_key.save(key)
    if args.json:
        print_json({"imported": [k.key_id for k in mine]})
    else:
        print(f"{len(mine)} trail key(s) of {store.describe()} are on this computer again")
    return 0
