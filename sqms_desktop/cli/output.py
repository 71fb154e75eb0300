"""What the command line's commands share: opening the store and printing for people or scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqms_desktop.errors import MissingStoreError, ValidationError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.paths import refuse_store_path, resolve_db, sqlite_file
from sqms_desktop.store.engine import Store, open_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sqms_desktop.store.uow import UnitOfWork

# The unit of work (store/uow.py: the trail, its signing key, the attachment registry and
# cryptography, ~0.1 s) is imported by the commands that write, when they ask for one.

# The stores this command opened, closed by `main` when the command ends: a database server's
# connections are then closed properly instead of being dropped when the process exits.
_opened: list[Store] = []


# The commands that may make a new store where none is: the first administrator of a store,
# a new replica, the demo. Every other command refuses a store file that does not exist, so a
# mistyped --db is named as such instead of becoming a new, empty (and "healthy") store.
STORE_CREATING = frozenset({"people:user_add", "sync:replica_init", "demo:create"})


def open_from_args(args: argparse.Namespace) -> Store:
    url = resolve_db(getattr(args, "db", None))
    if getattr(args, "handler", None) not in STORE_CREATING:
        require_existing_store(url)
    store = open_store(url)
    _opened.append(store)
    warn_about_clock(store)
    return store


def warn_about_clock(store: Store) -> None:
    """One line on stderr when this computer's clock is behind the store's newest entry (or
    years ahead of it): the policy and its words are store/clock.py's, as in the window."""
    from sqms_desktop.store.clock import clock_warning, newest_entry_time

    with store.session() as session:
        newest = newest_entry_time(session)
    warning = clock_warning(newest, dt.datetime.now().astimezone())
    if warning is not None:
        print(translate("cli", "sqms: warning: {message}").format(message=warning), file=sys.stderr)


def require_existing_store(url: str) -> None:
    """Refuse a store file that does not exist (`MissingStoreError`, exit 2)."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise MissingStoreError(
            translate(
                "cli",
                "there is no store at {path}; check --db (or $SQMS_DB). A new store is made by "
                "adding its first administrator: sqms --db PATH user add NAME --role admin …",
            ).format(path=path)
        )


def close_opened_stores() -> None:
    while _opened:
        _opened.pop().close()


def refuse_store_file(args: argparse.Namespace, path: Path, *, writing: bool = True) -> None:
    """Refuse a file option that names the store, its journals or (when `writing`) a place in
    its attachments folder (`paths.refuse_store_path`); checked before anything is written."""
    refuse_store_path(resolve_db(getattr(args, "db", None)), path, writing=writing)


def unit_of_work(args: argparse.Namespace) -> UnitOfWork:
    """One action on the chosen store, for the person named by `--user` (not yet signed in)."""
    from sqms_desktop.store.uow import UnitOfWork, WriteContext

    return UnitOfWork(open_from_args(args), WriteContext(user=args.user))


MAX_SECRET_LINE = 1024


def read_secret_lines(count: int) -> list[str]:
    """At most `count` lines of standard input, one per secret and each bounded, so that
    `yes | sqms …` or a file piped in by mistake neither hangs nor fills the memory."""
    lines: list[str] = []
    for _ in range(count):
        line = sys.stdin.readline(MAX_SECRET_LINE + 1)
        if not line:
            break
        if len(line) > MAX_SECRET_LINE:
            raise ValidationError(
                translate(
                    "cli",
                    "a line of standard input is longer than {count} characters; "
                    "a password or passphrase is one line of its own",
                ).format(count=MAX_SECRET_LINE)
            )
        lines.append(line.rstrip("\r\n"))
    return lines


def read_passwords(count: int, wanted: str | None = None) -> list[str]:
    """`count` passwords, one per line of standard input (never from an argument: `ps` shows
    arguments); `wanted` says which, translated ("the password of anna")."""
    lines = read_secret_lines(count)
    if len(lines) < count:
        raise ValidationError(
            translate("cli", "standard input must hold {wanted}, one per line").format(
                wanted=wanted or translate("cli", "the password")
            )
        )
    return lines


def password_of(user: str) -> str:
    """ "the password of USER", as `read_passwords` names what it wants."""
    return translate("cli", "the password of {user}").format(user=user)


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[UnitOfWork]:
    """One action of the person named by `--user`, signed in with the password on standard
    input; the services then apply that person's role rules. The caller commits."""
    from sqms_desktop.services.identity import acting_user

    uow = unit_of_work(args)
    with uow:
        require_store_user(uow.session, args.user)
        (password,) = read_passwords(1, password_of(args.user))
        acting_user(uow, args.user, password)
        yield uow


def require_store_user(session: Session, username: str) -> None:
    """Refuse, before any password is asked, a `--user` who is not a user of this store: the
    default is the login name, which a new user does not know to change, so the message says
    who was taken, who the users are and how to choose one."""
    from sqms_desktop.queries.people import list_users

    users = list_users(session)
    if any(u.username == username for u in users):
        return  # a deactivated user is refused by the sign-in itself, with that reason
    active = [u.username for u in users if u.active]
    if not active:
        raise ValidationError(
            translate(
                "cli",
                "this store has no users yet; add its first administrator with "
                "`sqms user add NAME --role admin --full-name TEXT`",
            )
        )
    raise ValidationError(
        translate(
            "cli",
            "{user} is not a user of this store (users: {users}); "
            "choose one with --user NAME or $SQMS_USER",
        ).format(user=username or translate("cli", "(no user)"), users=", ".join(active))
    )


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    """Columns a terminal gives the text (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [_width(h) for h in headers]
    for row in rows:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def human(value: str) -> str:
    """A stored value as people read it at a terminal ("in_progress" → "in progress"); stored
    values are words of the data, the same in every language (they are typed in options)."""
    return value.replace("_", " ")


def counted(count: int, one: str, other: str) -> str:
    """A count in words, both forms translated by the caller: `counted(n, translate("cli",
    "{n} change"), translate("cli", "{n} changes"))` → "1 change", "3 changes"."""
    return plural(count, one, other).format(n=count)


def problems_line(file: object, count: int) -> str:
    """ "sqms: FILE: 3 problems; nothing was imported" (the problems follow, one a line)."""
    return plural(
        count,
        translate("cli", "sqms: {file}: {n} problem; nothing was imported"),
        translate("cli", "sqms: {file}: {n} problems; nothing was imported"),
    ).format(file=file, n=count)


def print_plan_end(
    file: str,
    source: str,
    ignored: tuple[str, ...] | list[str],
    counts: str,
    applied: bool,
    mapping_saved: bool,
) -> None:
    """The end of an import's listing: columns not read, the counts, the mapping remembered."""
    if ignored:
        print(translate("cli", "columns not read: {columns}").format(columns=", ".join(ignored)))
    said = (
        translate("cli", "{file}: imported: {counts}")
        if applied
        else translate("cli", "{file}: would import (dry run, nothing changed): {counts}")
    )
    print(said.format(file=file, counts=counts))
    if mapping_saved:
        print(translate("cli", "column mapping remembered for {source}").format(source=source))
