"""`sqms user …`, `sqms audit sign` and `sqms signature verify`: people and their signatures.

Passwords are read from standard input, never from an argument (arguments show in `ps`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from sqms_desktop.cli.output import (
    human,
    open_from_args,
    print_json,
    print_table,
    read_passwords,
    signed_in,
    unit_of_work,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.policy import POLICIES, policy_value
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.services import identity, policy, signatures, users
from sqms_desktop.store.ledger import Credential
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import SignatureMeaning, UserRole

Command = Callable[..., argparse.ArgumentParser]


def register(areas: Any, audit: Any, command: Command, listing: argparse.ArgumentParser) -> None:
    group = areas.add_parser("user", help="users and roles").add_subparsers(metavar="ACTION")
    add = command(group, "add", _add, "add a user (passwords on standard input)")
    add.add_argument("name", help="user name (lower case)")
    add.add_argument("--role", required=True, choices=UserRole.values())
    add.add_argument("--full-name", required=True, help="the printed name used in signatures")
    command(group, "list", _list, "list users", listing)
    off = command(group, "deactivate", _deactivate, "deactivate a user (users are never deleted)")
    off.add_argument("name")
    off.add_argument("--reason", default="deactivated by an administrator")
    sign = command(audit, "sign", _sign, "sign a completed audit (password on standard input)")
    sign.add_argument("reference")
    sign.add_argument("--meaning", default="approved", choices=SignatureMeaning.values())
    sign.add_argument(
        "--user", default=argparse.SUPPRESS, help="who signs (the same as the global --user)"
    )
    group = areas.add_parser("signature", help="electronic signatures").add_subparsers(
        metavar="ACTION"
    )
    verify = command(group, "verify", _verify, "check every signature on a record", listing)
    verify.add_argument("reference", help="audit reference, e.g. AUD-2026-0042")
    group = areas.add_parser("policy", help="store-wide security policies").add_subparsers(
        metavar="ACTION"
    )
    command(group, "list", _policy_list, "the store's policies and their values", listing)
    change = command(
        group, "set", _policy_set, "change a policy (administrators; password on standard input)"
    )
    change.add_argument("key", choices=sorted(POLICIES))
    change.add_argument("value", type=int)
    change.add_argument("--reason", required=True, help="why the policy changes (trailed)")


def _passwords(count: int) -> list[str]:
    wanted = "the acting user's password, then the new password" if count == 2 else "the password"
    return read_passwords(count, wanted)


def _add(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        first = session.scalar(select(Credential.user_id).limit(1)) is None
    if first and args.role != UserRole.ADMIN:
        raise ValidationError("the first user of a store must be an admin")
    # The first admin of an empty store creates itself; after that an admin acts.
    uow = UnitOfWork(store, WriteContext(user=args.name if first else args.user))
    with uow:
        if first:
            (new,) = _passwords(1)
        else:
            acting, new = _passwords(2)
            identity.acting_user(uow, args.user, acting)
        user = users.create_user(uow, args.name, args.full_name, args.role, new)
        uow.commit()
    print(f"user {user.username} ({human(user.role)}) added; signing key {user.public_key[:16]}…")
    return 0


def _list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = session.scalars(select(User).order_by(User.username)).all()
    if args.json:
        print_json(
            [
                {
                    "username": u.username,
                    "full_name": u.full_name,
                    "role": u.role,
                    "active": u.active,
                    "public_key": u.public_key,
                }
                for u in rows
            ]
        )
        return 0
    print_table(
        [[u.username, u.full_name, human(u.role), "yes" if u.active else "no"] for u in rows],
        ["USER", "NAME", "ROLE", "ACTIVE"],
    )
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        user = users.deactivate_user(uow, args.name, reason=args.reason)
        uow.commit()
    print(f"user {user.username} deactivated")
    return 0


def _sign(args: argparse.Namespace) -> int:
    uow = unit_of_work(args)
    with uow:
        (password,) = _passwords(1)
        audit_id = audit_id_by_reference(uow.session, args.reference)
        signature = signatures.sign_audit(uow, audit_id, args.user, password, args.meaning)
        uow.commit()
    print(f"{args.reference} signed by {signature.printed_name} ({signature.meaning})")
    return 0


def _verify(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        audit_id = audit_id_by_reference(session, args.reference)
        checks = verify_signatures(session, "audit", audit_id)
    if args.json:
        print_json(
            [
                {
                    "printed_name": c.printed_name,
                    "meaning": c.meaning,
                    "signed_at_utc": c.signed_at.isoformat() + "Z",
                    "utc_offset_minutes": c.utc_offset_minutes,
                    "record_version": c.record_version,
                    "valid": c.valid,
                    "problem": c.problem,
                }
                for c in checks
            ]
        )
    else:
        if not checks:
            print(f"{args.reference} has no signatures")
        for check in checks:
            print(check.describe())
    return 0 if all(c.valid for c in checks) else 1


def _policy_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = [(p, policy_value(session, p.key)) for p in POLICIES.values()]
    if args.json:
        print_json(
            [
                {"key": p.key, "value": value, "default": p.default, "meaning": p.meaning}
                for p, value in rows
            ]
        )
        return 0
    print_table(
        [[p.key, str(value), str(p.default), p.meaning] for p, value in rows],
        ["POLICY", "VALUE", "DEFAULT", "MEANING"],
    )
    return 0


def _policy_set(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        policy.set_policy(uow, args.key, args.value, reason=args.reason)
        uow.commit()
    print(f"{args.key} set to {args.value}")
    return 0
