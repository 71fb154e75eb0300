"""Handlers of the sync commands (declared in `sync_commands.py`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select

from sqms_desktop.cli.output import (
    counted,
    password_of,
    print_json,
    read_secret_lines,
    refuse_store_file,
    unit_of_work,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.paths import write_atomically
from sqms_desktop.queries.common import as_json
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork


@contextmanager
def _acting(
    args: argparse.Namespace, *, passphrase: bool = False
) -> Iterator[tuple[UnitOfWork, str | None]]:
    """One action: signed in as --user when the store has users, with the passphrase read
    after the password (None when not asked for or not given: the keyring may hold it)."""
    from sqms_desktop.cli.output import require_store_user
    from sqms_desktop.services.identity import acting_user

    uow = unit_of_work(args)
    with uow:
        has_users = bool(uow.session.scalar(select(func.count()).select_from(User)))
        lines = _secrets(args, has_users=has_users, passphrase=passphrase)
        if has_users:
            require_store_user(uow.session, args.user)
            if not lines:
                raise ValidationError(
                    translate("cli", "standard input must hold {wanted}, one per line").format(
                        wanted=password_of(args.user)
                    )
                )
            acting_user(uow, args.user, lines.pop(0))
        secret = lines.pop(0) if passphrase and lines else None
        yield uow, secret


def _secrets(args: argparse.Namespace, *, has_users: bool, passphrase: bool) -> list[str]:
    """The lines of standard input; at a terminal, asked for without echo."""
    if not sys.stdin.isatty():
        return read_secret_lines(int(has_users) + int(passphrase))
    import getpass

    asked = translate("cli", "password of {user}: ").format(user=args.user)
    lines = [getpass.getpass(asked)] if has_users else []
    if passphrase:
        lines.append(getpass.getpass(translate("cli", "replica key passphrase: ")))
    return lines


def replica_init(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import init_from_copy, init_replica

    with _acting(args, passphrase=True) as (uow, secret):
        if secret is None:
            raise ValidationError(
                translate("cli", "standard input must hold the new key's passphrase")
            )
        if args.copy:
            made = init_from_copy(uow, name=args.name, passphrase=secret)
        else:
            made = init_replica(uow, name=args.name, central=args.central, passphrase=secret)
        uow.commit()
    if args.json:
        print_json(as_json(made))
    else:
        print(
            translate("cli", "replica {name} ({role}) id {id}, key {key}").format(
                name=made.name, role=made.role, id=made.replica_id, key=made.key_id
            )
        )
    return 0


def export_key(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import public_key_text

    refuse_store_file(args, args.output)
    uow = unit_of_work(args)
    with uow:
        text = public_key_text(uow, pem=args.pem)
    write_atomically(args.output, text.encode())
    if args.json:
        print_json({"path": str(args.output), "format": "pem" if args.pem else "minisign"})
    else:
        print(translate("cli", "public key written to {path}").format(path=args.output))
    return 0


def enrol(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import enrol as enrol_key

    text = _read_text(args.key_file)
    with _acting(args) as (uow, _):
        made = enrol_key(
            uow,
            text,
            source=str(args.key_file),
            name=args.name,
            role=args.role,
            replica_id=args.replica,
            users=args.speaks_for or None,
        )
        uow.commit()
    if args.json:
        print_json(as_json(made))
    else:
        print(
            translate(
                "cli",
                "enrolled {name} (replica {id}, key {key}); "
                "run `sqms trust export` to issue the new trust list",
            ).format(name=made.name, id=made.replica_id, key=made.key_id)
        )
    return 0


def revoke(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import revoke as revoke_key

    with _acting(args) as (uow, _):
        made = revoke_key(uow, args.name, reason=args.reason)
        uow.commit()
    if args.json:
        print_json(as_json(made))
    else:
        print(
            translate(
                "cli", "revoked {name} (key {key}); issue a new trust list: sqms trust export"
            ).format(name=made.name, key=made.key_id)
        )
    return 0


def replica_list(args: argparse.Namespace) -> int:
    from sqms_desktop.cli.output import open_from_args
    from sqms_desktop.queries.sync import sync_status

    with open_from_args(args).session() as session:
        status = sync_status(session)
    if args.json:
        print_json(as_json(status))
        return 0
    if status.local is None:
        print(translate("cli", "this store is not set up for sync (sqms replica init --name NAME)"))
    else:
        print(
            translate("cli", "this store: {name} ({role}) key {key}").format(
                name=status.local.name, role=status.local.role, key=status.local.key_id
            )
        )
    for peer in status.peers:
        flag = translate("cli", " REVOKED") if peer.revoked else ""
        waiting = _changes(status.unacknowledged.get(peer.name, 0))
        print(
            translate("cli", "  {name} ({role}) key {key}{flag}, {changes} unacknowledged").format(
                name=peer.name, role=peer.role, key=peer.key_id, flag=flag, changes=waiting
            )
        )
    if status.trust_version is not None:
        print(
            translate("cli", "trust list version {version}, expires {day}").format(
                version=status.trust_version, day=status.trust_expires
            )
        )
    return 0


def trust_export(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import export_trust

    refuse_store_file(args, args.output)
    with _acting(args, passphrase=True) as (uow, secret):
        data = export_trust(uow, passphrase=secret, days=args.days)
        write_atomically(args.output, data)
        uow.commit()
    if args.json:
        print_json({"path": str(args.output)})
    else:
        print(translate("cli", "trust list written to {path}").format(path=args.output))
    return 0


def trust_import(args: argparse.Namespace) -> int:
    from sqms_desktop.services.replicas import import_trust

    data = _read_bytes(args.file)
    central = _read_text(args.central_key) if args.central_key else None
    with _acting(args) as (uow, _):
        document = import_trust(uow, data, source=str(args.file), central_key_text=central)
        uow.commit()
    if args.json:
        print_json(
            {
                "version": document.version,
                "keys": len(document.keys),
                "expires_at": document.expires_at.isoformat(),
            }
        )
    else:
        print(
            plural(
                len(document.keys),
                translate("cli", "trust list version {version} accepted ({n} key)"),
                translate("cli", "trust list version {version} accepted ({n} keys)"),
            ).format(version=document.version, n=len(document.keys))
        )
    return 0


def bundle_export(args: argparse.Namespace) -> int:
    from sqms_desktop.services.bundles import export_bundle

    refuse_store_file(args, args.output)
    with _acting(args, passphrase=True) as (uow, secret):
        result = export_bundle(
            uow,
            args.output,
            recipient=args.recipient,
            fmt=args.format,
            passphrase=secret,
            days=args.days,
        )
        uow.commit()
    if args.json:
        print_json(as_json(result))
    else:
        print(
            translate("cli", "{path}: {changes}, {attachments} for {recipient}").format(
                path=result.path,
                changes=_changes(result.changes),
                attachments=_attachments(result.attachments),
                recipient=result.recipient,
            )
        )
    return 0


def bundle_verify(args: argparse.Namespace) -> int:
    from sqms_desktop.cli.output import open_from_args
    from sqms_desktop.errors import BundleRefused
    from sqms_desktop.services.bundles import verify_bundle

    with open_from_args(args).session() as session:
        try:
            summary = verify_bundle(session, args.file)
        except BundleRefused as refused:
            if not args.json:
                raise
            print_json({"ok": False, "reason": refused.reason, "error": str(refused)})
            return 1
    if args.json:
        print_json({"ok": True, **as_json(summary)})
        return 0
    print(
        translate("cli", "{file}: signature, trust and hashes verified").format(file=args.file.name)
    )
    _print_summary(summary)
    return 0


def _print_summary(summary: Any) -> None:
    print(
        translate("cli", "  from {name} ({id}), bundle {seq}, key {key}, expires {day}").format(
            name=summary.origin_name,
            id=summary.origin_id,
            seq=summary.seq,
            key=summary.key_id,
            day=f"{summary.expires_at:%Y-%m-%d}",
        )
    )
    print(
        translate("cli", "  {changes}, {attachments} ({bytes} bytes)").format(
            changes=_changes(summary.changes),
            attachments=_attachments(summary.attachments),
            bytes=f"{summary.attachment_bytes:,}",
        )
    )
    for entity, count in sorted(summary.counts.items()):
        print(f"    {entity}: {count}")


def bundle_import(args: argparse.Namespace) -> int:
    from sqms_desktop.services.bundles import import_bundle

    with _acting(args) as (uow, _):
        receipt = import_bundle(uow, args.file, dry_run=args.dry_run)
        uow.commit()
    if args.json:
        print_json(as_json(receipt))
        return 0
    said = (
        translate("cli", "{file}: would add {changes} ({duplicates} already here), {conflicts}")
        if receipt.dry_run
        else translate("cli", "{file}: added {changes} ({duplicates} already here), {conflicts}")
    )
    print(
        said.format(
            file=args.file.name,
            changes=_changes(receipt.new_changes),
            duplicates=receipt.duplicates,
            conflicts=counted(
                receipt.conflicts,
                translate("cli", "{n} conflict"),
                translate("cli", "{n} conflicts"),
            ),
        )
    )
    for entity, count in sorted(receipt.records.items()):
        records = counted(count, translate("cli", "{n} record"), translate("cli", "{n} records"))
        print(f"  {entity}: {records}")
    for old, new in receipt.renumbered:
        print(translate("cli", "  numbered {old} -> {new}").format(old=old, new=new))
    return 0


def bundle_log(args: argparse.Namespace) -> int:
    from sqms_desktop.cli.output import open_from_args
    from sqms_desktop.queries.sync import bundle_log as read_log

    with open_from_args(args).session() as session:
        rows = read_log(session)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    for row in rows:
        peer = row.recipient if row.direction == "sent" else row.origin
        state = ""
        if row.direction == "sent":
            state = (
                translate("cli", "acknowledged")
                if row.acknowledged
                else translate("cli", "not yet acknowledged")
            )
        elif row.receipt:
            state = translate("cli", "{n} new").format(n=row.receipt.get("new", 0))
        print(
            f"{row.at:%Y-%m-%d %H:%M} {row.direction:8} {peer or '':16} #{row.seq} "
            f"{_changes(row.changes)} {state}  {row.file_name}"
        )
    return 0


def conflict_list(args: argparse.Namespace) -> int:
    from sqms_desktop.cli.output import open_from_args
    from sqms_desktop.queries.sync import list_conflicts

    with open_from_args(args).session() as session:
        rows = list_conflicts(session)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    if not rows:
        print(translate("cli", "no open conflicts"))
    for row in rows:
        print(f"{row.id}  {row.entity} {row.record_label}  {row.field}")
        if row.base is not None:
            print(translate("cli", "    base: {value}").format(value=row.base))
        for side in row.sides:
            mark = "*" if side.winner else " "
            print(f"  {mark} {side.change_id}  {side.replica}/{side.author}  {side.value}")
    return 0


def conflict_resolve(args: argparse.Namespace) -> int:
    from sqms_desktop.services.conflicts import resolve_conflict

    with _acting(args) as (uow, _):
        done = resolve_conflict(uow, args.id, take=args.take, value=args.value)
        uow.commit()
    if args.json:
        print_json({"id": args.id, "done": done})
    else:
        print(done)
    return 0


def _changes(count: int) -> str:
    """ "1 change", "3 changes"."""
    return counted(count, translate("cli", "{n} change"), translate("cli", "{n} changes"))


def _attachments(count: int) -> str:
    return counted(count, translate("cli", "{n} attachment"), translate("cli", "{n} attachments"))


def _read_bytes(path: Any) -> bytes:
    try:
        return bytes(path.read_bytes())
    except FileNotFoundError:
        raise ValidationError(translate("cli", "{path} does not exist").format(path=path)) from None
    except IsADirectoryError:
        raise ValidationError(
            translate("cli", "{path} is a folder, not a file").format(path=path)
        ) from None


def _read_text(path: Any) -> str:
    try:
        return _read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            translate("cli", "{path} is not a text file").format(path=path)
        ) from None
