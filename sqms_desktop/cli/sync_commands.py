"""The sync commands: `sqms replica …`, `sqms trust …`, `sqms bundle …`, `sqms conflict …`.

Secrets come on standard input, one per line, never as arguments: first the password of
`--user` (when the store has users), then the replica key's passphrase where one is needed
(not when the OS keyring keeps it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqms_desktop.cli.commands import Commands, command_group
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

SECRETS = QT_TRANSLATE_NOOP(
    "cli",
    "standard input: the password of --user (when the store has users), then the replica "
    "key's passphrase",
)


def sync_commands(areas: Any, c: Commands) -> None:
    writing = (c.listing, c.acting)
    replica = command_group(
        areas,
        "replica",
        translate("cli", "this store's replica identity and the enrolled replicas"),
    )
    init = c.add(
        replica,
        "init",
        "sync:replica_init",
        translate(
            "cli", "give this store its replica name, role and Ed25519 key ({secrets})"
        ).format(secrets=translate("cli", SECRETS)),
        *writing,
    )
    init.add_argument(
        "--name", required=True, help=translate("cli", "the replica's name, e.g. laptop-omar")
    )
    role = init.add_mutually_exclusive_group()
    role.add_argument(
        "--central", action="store_true", help=translate("cli", "this is the central store")
    )
    role.add_argument(
        "--copy",
        action="store_true",
        help=translate(
            "cli", "this store is a copy of the central store's file: make it a laptop of it"
        ),
    )
    key = c.add(
        replica,
        "export-key",
        "sync:export_key",
        translate("cli", "write this store's public key"),
        c.listing,
    )
    key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pub")
    key.add_argument(
        "--pem", action="store_true", help=translate("cli", "PEM instead of minisign's format")
    )
    enrol = c.add(
        replica,
        "enrol",
        "sync:enrol",
        translate("cli", "enrol a replica's public key (central store only)"),
        *writing,
    )
    enrol.add_argument("key_file", type=Path, metavar="FILE.pub")
    enrol.add_argument("--name", required=True, help=translate("cli", "the replica's name"))
    enrol.add_argument("--role", default="laptop", choices=("laptop",))
    enrol.add_argument(
        "--replica", metavar="ID", help=translate("cli", "its replica id, if FILE.pub does not say")
    )
    enrol.add_argument(
        "--speaks-for",
        action="append",
        default=[],
        metavar="USER",
        help=translate(
            "cli", "a user the replica may speak for (repeatable; default: any active user)"
        ),
    )
    revoke = c.add(
        replica,
        "revoke",
        "sync:revoke",
        translate("cli", "stop trusting a replica's key"),
        *writing,
    )
    revoke.add_argument("name", help=translate("cli", "the replica's name"))
    revoke.add_argument("--reason", default="", metavar="TEXT")
    c.add(
        replica,
        "list",
        "sync:replica_list",
        translate("cli", "this store's replica and the ones it knows"),
        c.listing,
    )

    trust = command_group(areas, "trust", translate("cli", "the signed trust list"))
    texport = c.add(
        trust,
        "export",
        "sync:trust_export",
        translate("cli", "write the signed trust list ({secrets})").format(
            secrets=translate("cli", SECRETS)
        ),
        *writing,
    )
    texport.add_argument("-o", "--output", type=Path, required=True, metavar="trust.json")
    texport.add_argument(
        "--days", type=int, default=365, help=translate("cli", "valid for this many days")
    )
    timport = c.add(
        trust,
        "import",
        "sync:trust_import",
        translate("cli", "accept a newer trust list"),
        *writing,
    )
    timport.add_argument("file", type=Path, metavar="trust.json")
    timport.add_argument(
        "--central-key",
        type=Path,
        metavar="FILE.pub",
        help=translate("cli", "the central store's key (first time)"),
    )

    bundle = command_group(areas, "bundle", translate("cli", "signed bundles of changes"))
    export = c.add(
        bundle,
        "export",
        "sync:bundle_export",
        translate("cli", "write a signed bundle ({secrets})").format(
            secrets=translate("cli", SECRETS)
        ),
        *writing,
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.sqmsbundle")
    export.add_argument("--format", default="json", choices=("json", "xlsx"))
    export.add_argument(
        "--for",
        dest="recipient",
        metavar="REPLICA",
        help=translate("cli", "default: the central store"),
    )
    export.add_argument(
        "--days",
        type=int,
        default=30,
        help=translate("cli", "the bundle expires after this many days"),
    )
    verify = c.add(
        bundle,
        "verify",
        "sync:bundle_verify",
        translate("cli", "check a bundle; change nothing"),
        c.listing,
    )
    verify.add_argument("file", type=Path, metavar="FILE.sqmsbundle")
    imp = c.add(
        bundle,
        "import",
        "sync:bundle_import",
        translate("cli", "import a bundle: all of it or nothing"),
        *writing,
    )
    imp.add_argument("file", type=Path, metavar="FILE.sqmsbundle")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would change; change nothing"),
    )
    c.add(
        bundle, "log", "sync:bundle_log", translate("cli", "bundles sent and received"), c.listing
    )

    conflict = command_group(
        areas, "conflict", translate("cli", "concurrent edits waiting for a person")
    )
    c.add(conflict, "list", "sync:conflict_list", translate("cli", "the open conflicts"), c.listing)
    resolve = c.add(
        conflict,
        "resolve",
        "sync:conflict_resolve",
        translate("cli", "settle a conflict"),
        *writing,
    )
    resolve.add_argument(
        "id", help=translate("cli", "the conflict's id, as `sqms conflict list` shows it")
    )
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="CHANGE_ID", help=translate("cli", "take this side"))
    choice.add_argument("--value", metavar="V", help=translate("cli", "set this value instead"))
