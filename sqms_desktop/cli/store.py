"""`sqms store info | check`: where the store is and what it holds; whether its records equal
the fold of its change log and its trail verifies."""

from __future__ import annotations

import argparse
import sys

from sqms_desktop.cli import EXIT_ERROR
from sqms_desktop.cli.output import open_from_args, print_json
from sqms_desktop.cli.trail import print_verification, verification_json
from sqms_desktop.queries.store import store_contents
from sqms_desktop.queries.trail_integrity import verify_trail
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
    """The records against the fold of the change log, and every check of `sqms trail verify`."""
    store = open_from_args(args)
    with store.session() as session:
        found = differences(session)
        trail = verify_trail(session, location=store.describe())
    ok = not found and trail.ok
    if args.json:
        print_json({"ok": ok, "differences": found, "trail": verification_json(trail)})
        return 0 if ok else EXIT_ERROR
    if found:
        for line in found:
            print(line, file=sys.stderr)
        print("the records do NOT match the change log", file=sys.stderr)
    else:
        print("the records match the fold of the change log")
    print_verification(trail)
    return 0 if ok else EXIT_ERROR
