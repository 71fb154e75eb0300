"""What the command line's commands share: opening the store and printing for people or scripts."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqms_desktop.errors import ValidationError
from sqms_desktop.paths import resolve_db
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext


def open_from_args(args: argparse.Namespace) -> Store:
    return open_store(resolve_db(getattr(args, "db", None)))


def refuse_store_file(args: argparse.Namespace, path: Path) -> None:
    """A file option must never name the store (or its journal) itself: written over, the store
    is lost; read as a list or a scan, it makes no sense."""
    url = resolve_db(getattr(args, "db", None))
    if not url.startswith("sqlite:///"):
        return
    store = Path(url.removeprefix("sqlite:///")).resolve()
    target = path.expanduser().resolve()
    if target in (store, Path(f"{store}-wal"), Path(f"{store}-shm"), Path(f"{store}-journal")):
        raise ValidationError(f"{path} is the store itself; name another file")


def unit_of_work(args: argparse.Namespace) -> UnitOfWork:
    """One action on the chosen store, for the person named by `--user` (not yet signed in)."""
    return UnitOfWork(open_from_args(args), WriteContext(user=args.user))


def read_passwords(count: int, wanted: str = "the password") -> list[str]:
    """`count` passwords, one per line of standard input (never from an argument: `ps` shows
    arguments)."""
    lines = sys.stdin.read().splitlines()
    if len(lines) < count:
        raise ValidationError(f"standard input must hold {wanted}, one per line")
    return lines[:count]


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[UnitOfWork]:
    """One action of the person named by `--user`, signed in with the password on standard
    input; the services then apply that person's role rules. The caller commits."""
    from sqms_desktop.services.identity import acting_user

    (password,) = read_passwords(1, f"the password of {args.user}")
    uow = unit_of_work(args)
    with uow:
        acting_user(uow, args.user, password)
        yield uow


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
    return value.replace("_", " ")
