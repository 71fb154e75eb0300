"""Every `sqms` command with its arguments and help, and the handler that runs it.

The parser is built from the standard library, `vocab` and `i18n` alone (its help texts are
translated as they are declared, in the language `main` chose): each command names its handler
as "module:function" in this package, and `main` imports that module only when the command
runs. So `sqms --help`, `--version` and a mistyped argument answer without loading SQLAlchemy,
the store or the services, and a command pays only for what it uses. What the declarations
share is in `commands.py`; the audit commands, the largest area, in `audit_commands.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from pathlib import Path
from typing import Any

from sqms_desktop import __version__
from sqms_desktop.cli.audit_commands import audits
from sqms_desktop.cli.commands import (
    AUDIT_REFERENCE,
    CAPA_REFERENCE,
    FINDING_REFERENCE,
    SUPPLIER_CODE,
    Commands,
    command_group,
    date_arg,
)
from sqms_desktop.cli.partnership_commands import partnership_commands
from sqms_desktop.cli.settings_commands import settings_commands
from sqms_desktop.cli.sync_commands import sync_commands
from sqms_desktop.i18n import LANGUAGES, translate
from sqms_desktop.vocab import (
    PolicyKey,
    ProposalKind,
    Register,
    RiskClass,
    SupplierStatus,
    UserRole,
)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; with `command` (the area a command line names, "audit"), the
    other areas are listed with their help but their commands are not declared: declaring all
    of them takes 40–60 ms, twice that in German, and one command line runs one area."""
    commands = Commands()
    parser = argparse.ArgumentParser(
        prog="sqms",
        description=translate(
            "cli", "SQMS Desktop on the command line: suppliers, audits, trail, demo data."
        ),
        parents=[commands.common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sqms {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--lang",
        dest="cli_language",
        choices=sorted(LANGUAGES),
        help=translate(
            "cli",
            "the language sqms speaks: en or de (default: $SQMS_LANG or your system's); "
            "--json output is the same in every language",
        ),
    )
    parser.add_argument(
        "--debug", action="store_true", help=translate("cli", "show tracebacks and debug logs")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "cli",
            "use the demo store (in your user data folder; created on first use, as "
            "sqms-desktop --demo does); not with --db",
        ),
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("SQMS_USER") or getpass.getuser(),
        help=translate("cli", "who acts (default: $SQMS_USER or your login name)"),
    )
    areas: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is not None:
        areas = _OnlyArea(areas, command)
    _suppliers(areas, commands)
    audits(areas, commands)
    _trail(areas, commands)
    _store(areas, commands)
    _backup(areas, commands)
    _templates(areas, commands)
    _capas(areas, commands)
    _people(areas, commands)
    _reports(areas, commands)
    _score(areas, commands)
    _programme(areas, commands)
    _scorecards(areas, commands)
    _kpis(areas, commands)
    sync_commands(areas, commands)
    partnership_commands(areas, commands)  # issue 17: the partnership with a supplier
    _self_assessment(areas, commands)
    settings_commands(areas, commands)  # issue 18: the store-wide settings
    _demo(areas, commands)
    return parser


class _Dropped:
    """The declarations of an area that is not run: each call is accepted and forgotten."""

    def __getattr__(self, _name: str) -> Any:
        return self._accept

    def _accept(self, *_args: Any, **_kwargs: Any) -> _Dropped:
        return self


class _OnlyArea:
    """The areas of a parser built for one `command`: every area is listed, with its help (for
    `sqms --help` and a mistyped area's "choose from …"), and only `command`'s is declared."""

    def __init__(self, areas: Any, command: str) -> None:
        self.areas = areas
        self.command = command

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self.command:
            return self.areas.add_parser(name, **kwargs)
        listed = {k: kwargs[k] for k in ("help", "aliases") if k in kwargs}
        self.areas.add_parser(name, **listed)
        return _Dropped()


def _supplier_fields(command: argparse.ArgumentParser, *, adding: bool) -> None:
    """The fields `supplier add` and `supplier edit` share; an edit changes those given."""
    command.add_argument("--name", required=adding, help=translate("cli", "legal name"))
    command.add_argument(
        "--country", metavar="CC", help=translate("cli", "ISO 3166 two-letter code, e.g. DE")
    )
    command.add_argument("--risk", choices=RiskClass.values(), help=translate("cli", "risk class"))
    command.add_argument(
        "--risk-reason", metavar="TEXT", help=translate("cli", "why it has its risk class")
    )
    command.add_argument("--street", metavar="TEXT")
    command.add_argument("--postal-code", metavar="CODE")
    command.add_argument("--city", metavar="NAME")
    command.add_argument(
        "--duns", metavar="NUMBER", help=translate("cli", "D-U-N-S number, 9 digits")
    )
    command.add_argument(
        "--vat", metavar="ID", help=translate("cli", "VAT id with its country prefix")
    )
    command.add_argument(
        "--commodity",
        action="append",
        metavar="TEXT",
        help=translate("cli", "repeatable; an edit replaces all"),
    )
    command.add_argument(
        "--approval-scope", metavar="TEXT", help=translate("cli", "what it is approved for")
    )


def _suppliers(areas: Any, c: Commands) -> None:
    group = command_group(areas, "supplier", translate("cli", "suppliers"))
    c.add(group, "list", "suppliers:list_", translate("cli", "list the suppliers"), c.listing)
    show = c.add(
        group, "show", "suppliers:show", translate("cli", "one supplier in detail"), c.listing
    )
    show.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    history = c.add(
        group,
        "history",
        "suppliers:history",
        translate("cli", "a supplier's status history"),
        c.listing,
    )
    history.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    writing = (c.listing, c.acting)
    add = c.add(
        group,
        "add",
        "supplier_writes:add",
        translate("cli", "add a supplier; prints its code"),
        *writing,
    )
    add.add_argument("--code", required=True, help=translate("cli", SUPPLIER_CODE))
    _supplier_fields(add, adding=True)
    add.add_argument("--status", choices=SupplierStatus.values(), default=SupplierStatus.PROSPECT)
    edit = c.add(
        group,
        "edit",
        "supplier_writes:edit",
        translate("cli", "change a supplier's fields (not its code)"),
        *writing,
    )
    edit.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    _supplier_fields(edit, adding=False)
    edit.add_argument(
        "--hold", choices=("yes", "no"), help=translate("cli", "the new business hold")
    )
    edit.add_argument(
        "--reason", default="", metavar="TEXT", help=translate("cli", "why (trailed)")
    )
    status = c.add(
        group,
        "status",
        "supplier_writes:status",
        translate("cli", "change a supplier's status"),
        *writing,
    )
    status.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    status.add_argument("status", choices=SupplierStatus.values())
    status.add_argument(
        "--reason", required=True, metavar="TEXT", help=translate("cli", "why (status history)")
    )
    status.add_argument("--approval-scope", metavar="TEXT")
    status.add_argument(
        "--hold", choices=("yes", "no"), help=translate("cli", "the new business hold")
    )
    _supplier_parts(group, c)
    imp = c.add(
        group,
        "import",
        "supplier_import:import_",
        translate("cli", "import a supplier list (.xlsx or .csv): all rows or none"),
        *writing,
    )
    imp.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    imp.add_argument(
        "--mapping", metavar="NAME", help=translate("cli", "the source whose column mapping to use")
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=translate(
            "cli", "read FIELD from the column HEADER (repeatable); with --mapping NAME, remembered"
        ),
    )
    imp.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("cli", "the workbook's sheet (default: the first)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "show the plan; change nothing")
    )


def _supplier_parts(group: Any, c: Commands) -> None:
    """`supplier site add`, `supplier contact add`, `supplier cert add`."""
    writing = (c.listing, c.acting)
    sites = group.add_parser("site", help=translate("cli", "a supplier's sites")).add_subparsers(
        metavar="ACTION"
    )
    site = c.add(
        sites,
        "add",
        "supplier_writes:site_add",
        translate("cli", "add a site to a supplier"),
        *writing,
    )
    site.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    site.add_argument(
        "--name", required=True, help=translate("cli", "unique among the supplier's sites")
    )
    site.add_argument(
        "--address", default="", metavar="TEXT", help=translate("cli", "street and number")
    )
    site.add_argument("--postal-code", default="", metavar="CODE")
    site.add_argument("--city", default="", metavar="NAME")
    site.add_argument("--country", default="", metavar="CC")
    site.add_argument(
        "--process",
        action="append",
        default=[],
        metavar="TEXT",
        help=translate("cli", "made there; repeatable"),
    )
    contacts = group.add_parser(
        "contact", help=translate("cli", "a supplier's contacts")
    ).add_subparsers(metavar="ACTION")
    contact = c.add(
        contacts,
        "add",
        "supplier_writes:contact_add",
        translate("cli", "add a contact person"),
        *writing,
    )
    contact.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    contact.add_argument("--name", required=True)
    contact.add_argument("--email", default="", metavar="E")
    contact.add_argument(
        "--role", default="", metavar="R", help=translate("cli", "e.g. quality manager")
    )
    contact.add_argument("--phone", default="", metavar="NUMBER")
    certs = group.add_parser(
        "cert", help=translate("cli", "a supplier's certificates")
    ).add_subparsers(metavar="ACTION")
    cert = c.add(
        certs,
        "add",
        "supplier_writes:cert_add",
        translate("cli", "add a certificate, with its scan"),
        *writing,
    )
    cert.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    cert.add_argument(
        "--standard", required=True, metavar="STD", help=translate("cli", "e.g. ISO 9001")
    )
    cert.add_argument("--number", required=True, metavar="N")
    cert.add_argument("--valid-to", required=True, type=date_arg, metavar="YYYY-MM-DD")
    cert.add_argument(
        "--valid-from", type=date_arg, metavar="YYYY-MM-DD", help=translate("cli", "default: today")
    )
    cert.add_argument(
        "--issuer", default="", metavar="BODY", help=translate("cli", "the certification body")
    )
    cert.add_argument(
        "--scope", default="", metavar="TEXT", help=translate("cli", "what it covers")
    )
    cert.add_argument(
        "--file", type=Path, metavar="SCAN", help=translate("cli", "the scan: PDF, PNG or JPEG")
    )


def _trail(areas: Any, c: Commands) -> None:
    group = command_group(areas, "trail", translate("cli", "the audit trail"))
    verify = c.add(
        group, "verify", "trail:verify", translate("cli", "check the trail's hash chain"), c.listing
    )
    verify.set_defaults(json=False)
    listed = c.add(group, "list", "trail:list_", translate("cli", "list trail entries"), c.listing)
    listed.add_argument(
        "--record", metavar="ID", help=translate("cli", "only entries of this record id")
    )
    listed.add_argument(
        "--user", dest="trail_user", metavar="NAME", help=translate("cli", "only this user")
    )
    listed.add_argument(
        "--limit", type=int, default=100, help=translate("cli", "newest N entries (100)")
    )


def _store(areas: Any, c: Commands) -> None:
    group = command_group(areas, "store", translate("cli", "the store itself"))
    c.add(
        group,
        "info",
        "store:info",
        translate("cli", "where the store is, its schema and contents"),
        c.listing,
    )
    c.add(
        group,
        "check",
        "store:check",
        translate(
            "cli", "check the records against the change log, and the trail (as `trail verify`)"
        ),
        c.listing,
    )
    keys = command_group(
        group, "key", translate("cli", "the store's trail key (kept outside the store file)")
    )
    out = c.add(
        keys,
        "export",
        "store:key_export",
        translate("cli", "back up the store's trail key to a file"),
        c.listing,
    )
    out.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("cli", "the backup file")
    )
    into = c.add(
        keys,
        "import",
        "store:key_import",
        translate(
            "cli", "bring back the store's trail key from a backup (a new computer, a lost profile)"
        ),
        c.listing,
    )
    into.add_argument(
        "file", type=Path, help=translate("cli", "the backup made by `sqms store key export`")
    )


def _backup(areas: Any, c: Commands) -> None:
    group = command_group(
        areas, "backup", translate("cli", "the store file's rolling backups (SQLite stores)")
    )
    c.add(
        group,
        "create",
        "backup:create",
        translate("cli", "back up the store now (online backup)"),
        c.listing,
    )
    c.add(
        group,
        "list",
        "backup:list_",
        translate("cli", "list the store's backups, newest first"),
        c.listing,
    )
    verify = c.add(
        group,
        "verify",
        "backup:verify",
        translate(
            "cli",
            "check backups: SQLite's integrity check and every attachment they name, with its hash",
        ),
        c.listing,
    )
    verify.add_argument(
        "name", nargs="?", help=translate("cli", "one backup's file name (default: all)")
    )
    restore = c.add(
        group,
        "restore",
        "backup:restore",
        translate(
            "cli", "put a backup in the store's place; the store as it is is kept as a backup first"
        ),
        c.listing,
    )
    restore.add_argument(
        "name", help=translate("cli", "the backup's file name, as `sqms backup list` shows it")
    )
    restore.add_argument(
        "--yes", action="store_true", help=translate("cli", "restore without asking")
    )


def _templates(areas: Any, c: Commands) -> None:
    group = command_group(areas, "template", translate("cli", "checklist templates"))
    c.add(
        group,
        "list",
        "templates:list_",
        translate("cli", "list templates and their versions"),
        c.listing,
    )
    c.add(
        group,
        "library",
        "templates:library",
        translate("cli", "list the built-in checklist library"),
        c.listing,
    )
    imp = c.add(
        group,
        "import",
        "templates:import_",
        translate("cli", "import a template workbook or an XLSForm (ODK, KoboToolbox) as a draft"),
        c.listing,
    )
    imp.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=translate("cli", "the workbook (.xlsx) or XLSForm to import"),
    )
    imp.add_argument(
        "--library", metavar="KEY", help=translate("cli", "import a built-in checklist instead")
    )
    exp = c.add(
        group,
        "export",
        "templates:export",
        translate("cli", "write a template version as a workbook"),
    )
    exp.add_argument("key")
    exp.add_argument(
        "--version", type=int, help=translate("cli", "version to export (default: the newest)")
    )
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    show = c.add(
        group,
        "show",
        "templates:show",
        translate("cli", "a template's sections and questions"),
        c.listing,
    )
    show.add_argument("key")
    show.add_argument("--version", type=int)
    release = c.add(
        group,
        "release",
        "templates:release",
        translate("cli", "release a draft version (immutable after)"),
    )
    release.add_argument("key")
    release.add_argument(
        "--version", type=int, help=translate("cli", "default: the newest version")
    )
    retire = c.add(
        group, "retire", "templates:retire", translate("cli", "retire a released version")
    )
    retire.add_argument("key")
    retire.add_argument("--version", type=int, required=True)
    retire.add_argument("--reason", required=True)
    diff = c.add(
        group,
        "diff",
        "templates:diff",
        translate("cli", "what a version changed against the one before"),
        c.listing,
    )
    diff.add_argument("key")
    diff.add_argument("--version", type=int, help=translate("cli", "default: the newest version"))


def _capas(areas: Any, c: Commands) -> None:
    group = command_group(areas, "capa", translate("cli", "CAPAs and SCARs (8D)"))
    listed = c.add(
        group, "list", "capas:list_", translate("cli", "list the CAPAs (the register)"), c.listing
    )
    listed.add_argument(
        "--overdue", action="store_true", help=translate("cli", "only CAPAs past a deadline")
    )
    listed.add_argument(
        "--supplier", metavar="CODE", help=translate("cli", "only this supplier's CAPAs")
    )
    new = c.add(
        group,
        "new",
        "capas:new",
        translate(
            "cli",
            "raise a CAPA (or with --scar a SCAR) from findings; prints its reference "
            "(password on standard input)",
        ),
        c.acting,
        c.listing,
    )
    new.add_argument(
        "--finding",
        dest="findings",
        action="append",
        required=True,
        metavar="FINDING_ID",
        help=translate("cli", "repeatable; {reference}, or its id").format(
            reference=translate("cli", FINDING_REFERENCE)
        ),
    )
    new.add_argument(
        "--scar", action="store_true", help=translate("cli", "addressed to the supplier (a SCAR)")
    )
    new.add_argument(
        "--owner",
        metavar="USER",
        help=translate(
            "cli", "a user name (or a person's name, e.g. the supplier's contact); default: you"
        ),
    )
    new.add_argument("--title", help=translate("cli", "default: from the findings' text"))
    new.add_argument(
        "--safety-critical",
        action="store_true",
        default=None,
        help=translate("cli", "containment within a day (default: when a finding is critical)"),
    )
    new.add_argument(
        "--draft",
        action="store_true",
        help=translate("cli", "keep it a draft; do not issue it (no deadlines yet)"),
    )
    show = c.add(
        group,
        "show",
        "capas:show",
        translate("cli", "one CAPA in detail, with its findings"),
        c.listing,
    )
    show.add_argument("reference", metavar="REF", help=translate("cli", CAPA_REFERENCE))
    out = c.add(
        group,
        "export-scar",
        "capas:export_scar",
        translate(
            "cli", "write a SCAR response form for the supplier (password on standard input)"
        ),
    )
    out.add_argument(
        "reference", metavar="REF", help=translate("cli", "CAPA reference, e.g. CAPA-2026-0007")
    )
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    back = c.add(
        group,
        "import-response",
        "capas:import_response",
        translate("cli", "read a supplier's filled SCAR form back (password on standard input)"),
        c.listing,
    )
    back.add_argument("file", type=Path, metavar="FILE.xlsx")
    back.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only show what would change; change nothing"),
    )
    check = c.add(
        group,
        "effectiveness",
        "capas:effectiveness",
        translate(
            "cli",
            "confirm or fail a CAPA's effectiveness in an audit of its supplier "
            "(password on stdin)",
        ),
    )
    check.add_argument("reference", metavar="REF", help=translate("cli", "CAPA reference"))
    check.add_argument(
        "--audit",
        required=True,
        metavar="AUDIT_REF",
        help=translate("cli", "the audit checking it"),
    )
    verdict = check.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--effective", action="store_true")
    verdict.add_argument(
        "--not-effective", action="store_true", help=translate("cli", "reopens the CAPA")
    )
    check.add_argument(
        "--note", default="", help=translate("cli", "what was seen (required when not effective)")
    )


def _people(areas: Any, c: Commands) -> None:
    """Users, signatures and the store's security policies (`audit sign` is with the audits)."""
    group = command_group(areas, "user", translate("cli", "users and roles"))
    add = c.add(
        group,
        "add",
        "people:user_add",
        translate("cli", "add a user (passwords on standard input)"),
    )
    add.add_argument("name", help=translate("cli", "user name (lower case)"))
    add.add_argument("--role", required=True, choices=UserRole.values())
    add.add_argument(
        "--full-name", required=True, help=translate("cli", "the printed name used in signatures")
    )
    c.add(group, "list", "people:user_list", translate("cli", "list users"), c.listing)
    off = c.add(
        group,
        "deactivate",
        "people:user_deactivate",
        translate("cli", "deactivate a user (users are never deleted)"),
    )
    off.add_argument("name")
    off.add_argument("--reason", default="deactivated by an administrator")
    out = c.add(
        group,
        "export-credential",
        "credentials:export",
        translate(
            "cli",
            "write a user's password hash and sealed signing key to a file for another store of "
            "the team (the user's password on standard input)",
        ),
        c.listing,
    )
    out.add_argument("name", help=translate("cli", "user name"))
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    into = c.add(
        group,
        "import-credential",
        "credentials:import_",
        translate(
            "cli",
            "let a user whose account came in a bundle sign in here with the credential exported "
            "from another store (the user's password on standard input)",
        ),
        c.listing,
    )
    into.add_argument("file", type=Path, metavar="FILE")
    group = command_group(areas, "signature", translate("cli", "electronic signatures"))
    verify = c.add(
        group,
        "verify",
        "people:signature_verify",
        translate("cli", "check every signature on a record"),
        c.listing,
    )
    verify.add_argument("reference", help=translate("cli", AUDIT_REFERENCE))
    group = command_group(areas, "policy", translate("cli", "store-wide security policies"))
    c.add(
        group,
        "list",
        "people:policy_list",
        translate("cli", "the store's policies and their values"),
        c.listing,
    )
    change = c.add(
        group,
        "set",
        "people:policy_set",
        translate("cli", "change a policy (administrators; password on standard input)"),
    )
    change.add_argument("key", choices=sorted(PolicyKey.values()))
    change.add_argument("value", type=int)
    change.add_argument(
        "--reason", required=True, help=translate("cli", "why the policy changes (trailed)")
    )


def _reports(areas: Any, c: Commands) -> None:
    group = command_group(areas, "report", translate("cli", "printed reports"), metavar="KIND")
    pdf = c.add(
        group,
        "pdf",
        "reports:pdf",
        translate("cli", "write an audit's report as a PDF"),
        c.printing,
    )
    pdf.add_argument("reference", metavar="AUDIT_REF", help=translate("cli", AUDIT_REFERENCE))
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    pdf.add_argument(
        "--appendix", action="store_true", help=translate("cli", "add every answer as an appendix")
    )
    pdf.add_argument(
        "--company", help=translate("cli", "company name on the cover ($SQMS_REPORT_COMPANY)")
    )
    pdf.add_argument(
        "--logo", metavar="FILE", help=translate("cli", "PNG or JPEG logo ($SQMS_REPORT_LOGO)")
    )
    pdf.add_argument(
        "--page-size",
        metavar="A4|Letter",
        help=translate("cli", "paper size (default: $SQMS_REPORT_PAGE_SIZE or A4)"),
    )
    capa = c.add(
        group,
        "capa",
        "reports:capa",
        translate("cli", "write a CAPA's 8D report as a PDF"),
        c.printing,
    )
    capa.add_argument(
        "reference",
        metavar="CAPA_REF",
        help=translate("cli", "CAPA reference, e.g. CAPA-2026-0007"),
    )
    capa.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    capa.add_argument(
        "--company", help=translate("cli", "company name on the cover ($SQMS_REPORT_COMPANY)")
    )
    capa.add_argument(
        "--page-size", metavar="A4|Letter", help=translate("cli", "paper size (default: A4)")
    )
    export = c.add(
        areas, "export", "reports:export", translate("cli", "write a register as an Excel workbook")
    )
    export.add_argument(
        "register", choices=Register.values(), help=translate("cli", "which register")
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument(
        "--supplier", metavar="CODE", help=translate("cli", "only this supplier's records")
    )


def _score(areas: Any, c: Commands) -> None:
    scoring = c.add(
        areas,
        "score",
        "score:breakdown",
        translate("cli", "score an audit: breakdown and reasons"),
        c.listing,
    )
    scoring.add_argument("reference", help=translate("cli", AUDIT_REFERENCE))


def _programme(areas: Any, c: Commands) -> None:
    listed = c.add(
        areas,
        "programme",
        "programme:list_",
        translate("cli", "the audit programme: audits overdue, due and planned, by month"),
        c.listing,
    )
    listed.add_argument(
        "--months",
        type=int,
        default=12,
        metavar="N",
        help=translate("cli", "how far ahead (default 12)"),
    )
    listed.add_argument(
        "--today",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "the day to count from (today)"),
    )


def _self_assessment(areas: Any, c: Commands) -> None:
    """A checklist out to a supplier as a questionnaire, and its answers back as an audit."""
    group = command_group(areas, "self-assessment", translate("cli", "supplier self-assessments"))
    out = c.add(
        group,
        "export",
        "self_assessment:export",
        translate(
            "cli",
            "write a checklist as a protected questionnaire for a supplier to fill in "
            "(password on standard input)",
        ),
        c.acting,
        c.listing,
    )
    out.add_argument(
        "--supplier", required=True, metavar="CODE", help=translate("cli", SUPPLIER_CODE)
    )
    out.add_argument(
        "--template", required=True, metavar="KEY", help=translate("cli", "the checklist's key")
    )
    out.add_argument(
        "--version", type=int, help=translate("cli", "default: the newest released version")
    )
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    back = c.add(
        group,
        "import",
        "self_assessment:import_",
        translate(
            "cli",
            "read a filled questionnaire back as a self-assessment audit for a lead auditor to "
            "review (password on standard input)",
        ),
        c.acting,
        c.listing,
    )
    back.add_argument("file", type=Path, metavar="FILE.xlsx")
    back.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only check it and show the answers; change nothing"),
    )
    back.add_argument(
        "--lead",
        metavar="USER",
        help=translate("cli", "the lead auditor who reviews it (default: you)"),
    )


def _scorecards(areas: Any, c: Commands) -> None:
    """Issue 17: scorecards, their settings and the proposals they make."""
    card = c.add(
        areas,
        "scorecard",
        "scorecard:show",
        translate(
            "cli",
            "supplier scorecards for a month (default: the last complete month); "
            "`sqms scorecard settings` changes the weights and bands",
        ),
        c.listing,
        c.printing,
    )
    card.add_argument("--supplier", metavar="CODE", help=translate("cli", SUPPLIER_CODE))
    card.add_argument(
        "--period",
        metavar="YYYY-MM",
        help=translate("cli", "the month (default: the last complete)"),
    )
    card.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.xlsx|FILE.pdf",
        help=translate("cli", "write a workbook or PDF"),
    )
    card.add_argument(
        "--company", help=translate("cli", "company name on the PDF ($SQMS_REPORT_COMPANY)")
    )
    settings = card.add_subparsers(metavar="[settings]", dest="scorecard_action")
    change = settings.add_parser(
        "settings",
        help=translate(
            "cli",
            "change the weights and bands together (administrators; password on standard input)",
        ),
        description=translate(
            "cli",
            "Change the scorecard's weights (adding up to 100) and bands (A above B) "
            "as one action with a reason; without --weights or --bands, print them.",
        ),
        parents=[c.common, c.listing, c.acting],
    )
    change.set_defaults(handler="scorecard:settings")
    change.add_argument(
        "--weights",
        metavar="Q,D,A,R",
        help=translate("cli", "quality,delivery,audit,responsiveness"),
    )
    change.add_argument(
        "--bands", metavar="A,B", help=translate("cli", "lowest score of band A and of band B")
    )
    change.add_argument(
        "--reason", metavar="TEXT", help=translate("cli", "why they change (trailed)")
    )
    c.add(
        areas,
        "proposals",
        "scorecard:proposals",
        translate("cli", "the scorecard proposals that stand"),
        c.listing,
    )
    group = command_group(areas, "proposal", translate("cli", "decide a scorecard proposal"))
    for verb, meaning in (
        (
            "accept",
            translate("cli", "accept a proposal with a reason (password on standard input)"),
        ),
        (
            "dismiss",
            translate("cli", "dismiss a proposal with a reason (password on standard input)"),
        ),
    ):
        decide = c.add(
            group,
            verb,
            f"scorecard:{verb}",
            meaning,
            c.listing,
            c.acting,
        )
        decide.add_argument(
            "supplier", metavar="SUPPLIER_CODE", help=translate("cli", SUPPLIER_CODE)
        )
        decide.add_argument(
            "kind",
            choices=ProposalKind.values(),
            metavar="KIND",
            help=" | ".join(ProposalKind.values()),
        )
        decide.add_argument(
            "--reason", required=True, metavar="TEXT", help=translate("cli", "why (trailed)")
        )
        decide.add_argument(
            "--basis",
            metavar="TEXT",
            help=translate("cli", "only if the proposal still rests on this"),
        )


def _kpis(areas: Any, c: Commands) -> None:
    """`sqms kpi import`: deliveries from the ERP, the facts the KPIs are computed from."""
    group = command_group(areas, "kpi", translate("cli", "delivery KPIs from the ERP"))
    imp = c.add(
        group,
        "import",
        "kpi:import_",
        translate(
            "cli",
            "import deliveries (.xlsx or .csv) from the ERP: all rows or none; the same rows "
            "again change nothing",
        ),
        c.listing,
        c.acting,
    )
    imp.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    imp.add_argument(
        "--mapping", metavar="NAME", help=translate("cli", "the source whose column mapping to use")
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=translate(
            "cli", "read FIELD from the column HEADER (repeatable); with --mapping NAME, remembered"
        ),
    )
    imp.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("cli", "the workbook's sheet (default: the first)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "show the preview; change nothing")
    )


def _demo(areas: Any, c: Commands) -> None:
    demo = c.add(
        areas,
        "demo",
        "demo:create",
        translate(
            "cli", "create a store filled with realistic demo data (default: the demo store)"
        ),
        c.listing,
    )
    demo.add_argument("--suppliers", type=int, default=40, metavar="N")
    demo.add_argument("--audits", type=int, default=100, metavar="M")
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help=translate("cli", "the reference date the demo is built around (default: today)"),
    )
