"""`sqms user export-credential` and `sqms user import-credential`: a user brings their password
and sealed signing key to a store that got their account in a bundle (services/credentials.py).

Both act as the credential's own user, proven by their password on standard input.
"""

from __future__ import annotations

import argparse
import json

from sqms_desktop.cli.output import (
    open_from_args,
    password_of,
    print_json,
    read_passwords,
    refuse_store_file,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import write_atomically
from sqms_desktop.services.credentials import (
    MAX_FILE_BYTES,
    export_credential,
    import_credential,
    parse_credential,
)
from sqms_desktop.store.uow import UnitOfWork, WriteContext


def export(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    (password,) = read_passwords(1, password_of(args.name))
    store = open_from_args(args)
    with UnitOfWork(store, WriteContext(user=args.name)) as uow:
        credential = export_credential(uow, args.name, password)
        data = json.dumps(credential.as_json(), indent=2).encode("utf-8") + b"\n"
        path = write_atomically(args.output, data, private=True)
        uow.commit()  # trailed once the file is there
    if args.json:
        named = {"username": credential.username, "public_key": credential.public_key}
        print_json({**named, "file": str(path)})
    else:
        print(
            translate("cli", "credential of {user} written to {path}; keep it private").format(
                user=credential.username, path=path
            )
        )
    return 0


def import_(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.file, writing=False)
    try:
        with args.file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            translate("cli", "cannot read {file}: {problem}").format(
                file=args.file, problem=exc.strerror or exc
            )
        ) from None
    credential = parse_credential(data, str(args.file))
    (password,) = read_passwords(1, password_of(credential.username))
    store = open_from_args(args)
    with UnitOfWork(store, WriteContext(user=credential.username)) as uow:
        user = import_credential(uow, credential, password)
        uow.commit()
    if args.json:
        print_json({"username": user.username, "public_key": user.public_key, "imported": True})
    else:
        print(
            translate("cli", "{user} can now sign in and sign on this store").format(
                user=user.username
            )
        )
    return 0
