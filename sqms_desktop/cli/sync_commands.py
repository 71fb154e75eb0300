"""The sync commands: `sqms replica …`, `sqms trust …`, `sqms bundle …`, `sqms conflict …`.

Secrets come on standard input, one per line, never as arguments: first the password of
`--user` (when the store has users), then the replica key's passphrase where one is needed
(not when the OS keyring keeps it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqms_desktop.cli.commands import Commands, command_group

SECRETS = (
    "standard input: the password of --user (when the store has users), then the replica "
    "key's passphrase"
)


def sync_commands(areas: Any, c: Commands) -> None:
    writing = (c.listing, c.acting)
    replica = command_group(
        areas, "replica", "this store's replica identity and the enrolled replicas"
    )
    init = c.add(
        replica,
        "init",
        "sync:replica_init",
        f"give this store its replica name, role and Ed25519 key ({SECRETS})",
        *writing,
    )
    init.add_argument("--name", required=True, help="the replica's name, e.g. laptop-omar")
    role = init.add_mutually_exclusive_group()
    role.add_argument("--central", action="store_true", help="this is the central store")
    role.add_argument(
        "--copy",
        action="store_true",
        help="this store is a copy of the central store's file: make it a laptop of it",
    )
    key = c.add(
        replica, "export-key", "sync:export_key", "write this store's public key", c.listing
    )
    key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pub")
    key.add_argument("--pem", action="store_true", help="PEM instead of minisign's format")
    enrol = c.add(
        replica,
        "enrol",
        "sync:enrol",
        "enrol a replica's public key (central store only)",
        *writing,
    )
    enrol.add_argument("key_file", type=Path, metavar="FILE.pub")
    enrol.add_argument("--name", required=True, help="the replica's name")
    enrol.add_argument("--role", default="laptop", choices=("laptop",))
    enrol.add_argument("--replica", metavar="ID", help="its replica id, if FILE.pub does not say")
    enrol.add_argument(
        "--speaks-for",
        action="append",
        default=[],
        metavar="USER",
        help="a user the replica may speak for (repeatable; default: any active user)",
    )
    revoke = c.add(replica, "revoke", "sync:revoke", "stop trusting a replica's key", *writing)
    revoke.add_argument("name", help="the replica's name")
    revoke.add_argument("--reason", default="", metavar="TEXT")
    c.add(
        replica,
        "list",
        "sync:replica_list",
        "this store's replica and the ones it knows",
        c.listing,
    )

    trust = command_group(areas, "trust", "the signed trust list")
    texport = c.add(
        trust, "export", "sync:trust_export", f"write the signed trust list ({SECRETS})", *writing
    )
    texport.add_argument("-o", "--output", type=Path, required=True, metavar="trust.json")
    texport.add_argument("--days", type=int, default=365, help="valid for this many days")
    timport = c.add(trust, "import", "sync:trust_import", "accept a newer trust list", *writing)
    timport.add_argument("file", type=Path, metavar="trust.json")
    timport.add_argument(
        "--central-key", type=Path, metavar="FILE.pub", help="the central store's key (first time)"
    )

    bundle = command_group(areas, "bundle", "signed bundles of changes")
    export = c.add(
        bundle, "export", "sync:bundle_export", f"write a signed bundle ({SECRETS})", *writing
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.sqmsbundle")
    export.add_argument("--format", default="json", choices=("json", "xlsx"))
    export.add_argument(
        "--for", dest="recipient", metavar="REPLICA", help="default: the central store"
    )
    export.add_argument(
        "--days", type=int, default=30, help="the bundle expires after this many days"
    )
    verify = c.add(
        bundle, "verify", "sync:bundle_verify", "check a bundle; change nothing", c.listing
    )
    verify.add_argument("file", type=Path, metavar="FILE.sqmsbundle")
    imp = c.add(
        bundle, "import", "sync:bundle_import", "import a bundle: all of it or nothing", *writing
    )
    imp.add_argument("file", type=Path, metavar="FILE.sqmsbundle")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    c.add(bundle, "log", "sync:bundle_log", "bundles sent and received", c.listing)

    conflict = command_group(areas, "conflict", "concurrent edits waiting for a person")
    c.add(conflict, "list", "sync:conflict_list", "the open conflicts", c.listing)
    resolve = c.add(conflict, "resolve", "sync:conflict_resolve", "settle a conflict", *writing)
    resolve.add_argument("id", help="the conflict's id, as `sqms conflict list` shows it")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="CHANGE_ID", help="take this side")
    choice.add_argument("--value", metavar="V", help="set this value instead")
