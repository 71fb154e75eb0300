"""What every `sqms` command declaration shares: the options common to commands (`--db`,
`--json`, `--user`), how a command names its handler, and the help texts and argument types
several areas use. Standard library only, as the parser itself (see `parser.py`)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

AUDIT_REFERENCE = "audit reference, e.g. AUD-2026-0042"
FINDING_REFERENCE = "finding reference as `sqms audit show` prints it, e.g. AUD-2026-0042-F03"
CAPA_REFERENCE = "CAPA reference, e.g. CAPA-2026-0007"
SUPPLIER_CODE = "supplier code, e.g. SUP-0001"
REPORT_LANGUAGES = ("en", "de")


class Commands:
    """Declares the commands of one parser: the options they share and the handler each runs."""

    def __init__(self) -> None:
        self.common = argparse.ArgumentParser(add_help=False)
        self.common.add_argument(
            "--db",
            default=argparse.SUPPRESS,
            help="store to use: a file path or an SQLAlchemy URL (default: $SQMS_DB or your store)",
        )
        self.listing = argparse.ArgumentParser(add_help=False)
        self.listing.add_argument("--json", action="store_true", help="print JSON for scripts")
        # Commands that write take --user after the command too ("sqms audit answer … --user x").
        self.acting = argparse.ArgumentParser(add_help=False)
        self.acting.add_argument(
            "--user", default=argparse.SUPPRESS, help="who acts (the same as the global --user)"
        )
        # Commands that print a report take the report's language (the codes of i18n.LANGUAGES,
        # written out here: the parser imports the standard library only).
        self.printing = argparse.ArgumentParser(add_help=False)
        self.printing.add_argument(
            "--lang",
            dest="report_language",
            choices=REPORT_LANGUAGES,
            help="language of the report (default: $SQMS_LANG or the system's language)",
        )

    def add(
        self, group: Any, name: str, handler: str, help_text: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        """A command `name` in `group` run by `handler`, "module:function" in sqms_desktop.cli."""
        sub: argparse.ArgumentParser = group.add_parser(
            name, help=help_text, description=help_text, parents=[self.common, *parents]
        )
        sub.set_defaults(handler=handler)
        return sub


def command_group(areas: Any, name: str, help_text: str, metavar: str = "ACTION") -> Any:
    return areas.add_parser(name, help=help_text).add_subparsers(metavar=metavar)


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
