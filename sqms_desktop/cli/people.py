"""`sqms user …`, `sqms audit sign`, `sqms signature verify` and `sqms policy …`: people, their
signatures and the store's security policies.

Passwords are read from standard input, never from an argument (arguments show in `ps`).
"""

from __future__ import annotations

import argparse

from sqms_desktop.cli.output import (
    human,
    open_from_args,
    print_json,
    print_table,
    read_passwords,
    require_store_user,
    signed_in,
    unit_of_work,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.people import has_users, list_users
from sqms_desktop.queries.policy import POLICIES, policy_value
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.services import identity, policy, signatures, users
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import UserRole


def _passwords(count: int) -> list[str]:
    wanted = (
        translate("cli", "the acting user's password, then the new password")
        if count == 2
        else translate("cli", "the password")
    )
    return read_passwords(count, wanted)


def user_add(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        first = not has_users(session)
    if first and args.role != UserRole.ADMIN:
        raise ValidationError(translate("cli", "the first user of a store must be an admin"))
    # The first admin of an empty store creates itself; after that an admin acts.
    uow = UnitOfWork(store, WriteContext(user=args.name if first else args.user))
    with uow:
        if first:
            (new,) = _passwords(1)
        else:
            require_store_user(uow.session, args.user)
            acting, new = _passwords(2)
            identity.acting_user(uow, args.user, acting)
        user = users.create_user(uow, args.name, args.full_name, args.role, new)
        uow.commit()
    print(
        translate("cli", "user {user} ({role}) added; signing key {key}…").format(
            user=user.username, role=human(user.role), key=user.public_key[:16]
        )
    )
    return 0


def user_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = list_users(session)
    if args.json:
        print_json([as_json(u) for u in rows])
        return 0
    print_table(
        [
            [
                u.username,
                u.full_name,
                human(u.role),
                translate("cli", "yes") if u.active else translate("cli", "no"),
            ]
            for u in rows
        ],
        [
            translate("cli", "USER"),
            translate("cli", "NAME"),
            translate("cli", "ROLE"),
            translate("cli", "ACTIVE"),
        ],
    )
    return 0


def user_deactivate(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        user = users.deactivate_user(uow, args.name, reason=args.reason)
        uow.commit()
    print(translate("cli", "user {user} deactivated").format(user=user.username))
    return 0


def audit_sign(args: argparse.Namespace) -> int:
    uow = unit_of_work(args)
    with uow:
        require_store_user(uow.session, args.user)
        (password,) = _passwords(1)
        audit_id = audit_id_by_reference(uow.session, args.reference)
        signature = signatures.sign_audit(uow, audit_id, args.user, password, args.meaning)
        uow.commit()
    print(
        translate("cli", "{reference} signed by {name} ({meaning})").format(
            reference=args.reference, name=signature.printed_name, meaning=signature.meaning
        )
    )
    return 0


def signature_verify(args: argparse.Namespace) -> int:
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
            print(
                translate("cli", "{reference} has no signatures").format(reference=args.reference)
            )
        for check in checks:
            print(check.describe())
    return 0 if all(c.valid for c in checks) else 1


def policy_list(args: argparse.Namespace) -> int:
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
        [
            translate("cli", "POLICY"),
            translate("cli", "VALUE"),
            translate("cli", "DEFAULT"),
            translate("cli", "MEANING"),
        ],
    )
    return 0


def policy_set(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        policy.set_policy(uow, args.key, args.value, reason=args.reason)
        uow.commit()
    print(translate("cli", "{key} set to {value}").format(key=args.key, value=args.value))
    return 0
