"""`sqms store info | check`: where the store is and what it holds; whether its records equal
the fold of its change log and its trail verifies."""

from __future__ import annotations

import argparse
import sys

from sqms_desktop.cli import EXIT_ERROR
from sqms_desktop.cli.output import open_from_args, print_json, refuse_store_file
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, plural, translate
from sqms_desktop.queries.store import store_contents, trail_key_backup, trail_key_ids

# `store check` imports the trail's verification and the fold of the change log in its
# function, `store key import` the trail key: `store info` needs neither (~0.2 s).

# The lines of `store info` for people (the keys of its JSON are its own).
INFO_LABELS = {
    "store": QT_TRANSLATE_NOOP("cli", "store"),
    "backend": QT_TRANSLATE_NOOP("cli", "backend"),
    "schema_revision": QT_TRANSLATE_NOOP("cli", "schema revision"),
    "replica_id": QT_TRANSLATE_NOOP("cli", "replica id"),
    "changes": QT_TRANSLATE_NOOP("cli", "changes"),
    "trail_entries": QT_TRANSLATE_NOOP("cli", "trail entries"),
}


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
            where = value or translate("cli", "in the database")
            print(translate("cli", "attachments: {where}").format(where=where))
        elif key in INFO_LABELS:
            print(f"{translate('cli', INFO_LABELS[key])}: {value}")
    for name, count in contents.records.items():
        print(f"  {name}: {count}")
    return 0


def check(args: argparse.Namespace) -> int:
    """SQLite's full integrity check, the records against the fold of the change log, and
    every check of `sqms trail verify`."""
    from sqms_desktop.cli.trail import print_verification, verification_json
    from sqms_desktop.queries.trail_integrity import verify_trail
    from sqms_desktop.store.integrity import integrity_problems
    from sqms_desktop.sync.check import differences

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
        print(
            translate("cli", "the store file is damaged: {problem}").format(problem=line),
            file=sys.stderr,
        )
    if found:
        for line in found:
            print(line, file=sys.stderr)
        print(translate("cli", "the records do NOT match the change log"), file=sys.stderr)
    else:
        print(translate("cli", "the records match the fold of the change log"))
    print_verification(trail)
    return 0 if ok else EXIT_ERROR


def key_export(args: argparse.Namespace) -> int:
    """The trail keys this store's entries are chained with, as far as this computer has them."""
    from sqms_desktop.paths import write_atomically

    refuse_store_file(args, args.output)
    store = open_from_args(args)
    with store.session() as session:
        text, key_ids = trail_key_backup(session, store.describe())
    path = write_atomically(args.output, text.encode("utf-8"), private=True)
    if args.json:
        print_json({"file": str(path), "keys": key_ids})
    else:
        print(
            plural(
                len(key_ids),
                translate(
                    "cli", "{n} trail key written to {path}; keep it private, apart from backups"
                ),
                translate(
                    "cli", "{n} trail keys written to {path}; keep it private, apart from backups"
                ),
            ).format(n=len(key_ids), path=path)
        )
    return 0


def key_import(args: argparse.Namespace) -> int:
    from sqms_desktop.store import trail_key

    refuse_store_file(args, args.file, writing=False)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("cli", "cannot read {file}: {problem}").format(
                file=args.file, problem=exc.strerror or exc
            )
        ) from None
    keys = trail_key.parse_backup(data, source=str(args.file))
    store = open_from_args(args)
    with store.session() as session:
        used = set(trail_key_ids(session))
    mine = [key for key in keys if key.key_id in used]
    if not mine:
        raise ValidationError(
            translate(
                "cli",
                "{file} holds no trail key that {store} uses; is it the backup of another store?",
            ).format(file=args.file, store=store.describe())
        )
    for key in mine:
        trail_key.save(key)
    if args.json:
        print_json({"imported": [k.key_id for k in mine]})
    else:
        print(
            plural(
                len(mine),
                translate("cli", "{n} trail key of {store} is on this computer again"),
                translate("cli", "{n} trail keys of {store} are on this computer again"),
            ).format(n=len(mine), store=store.describe())
        )
    return 0
