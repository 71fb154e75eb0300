"""`sqms demo`: a store filled with realistic demo data, built all or nothing.

A file store is built beside its place and renamed into it at the end, so a cancelled run
leaves nothing; a server database (any other URL) is filled in place.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from sqms_desktop.cli.output import print_json
from sqms_desktop.demo import DemoOptions, create_demo_store, generate_demo
from sqms_desktop.i18n import translate
from sqms_desktop.paths import demo_store_path, resolve_db
from sqms_desktop.progress import Progress
from sqms_desktop.queries.common import as_json
from sqms_desktop.store.engine import open_store


def _progress(quiet: bool) -> Progress:
    """Percent done on standard error, one line rewritten in place."""
    shown = [-1]

    def report(done: int, total: int, message: str) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0] and not quiet:
            shown[0] = percent
            print(f"\r{percent:3d} % {message:<40}", end="", file=sys.stderr, flush=True)

    return Progress(report)


def build_default_demo(path: Path) -> None:
    """The demo store of `sqms --demo …` on first use: the same data `sqms demo` and
    `sqms-desktop --demo` build with their defaults."""
    print(
        translate("cli", "sqms: creating the demo store at {path} (first use)").format(path=path),
        file=sys.stderr,
    )
    create_demo_store(path, DemoOptions(), _progress(False))
    print(file=sys.stderr)


def create(args: argparse.Namespace) -> int:
    options = DemoOptions(
        suppliers=args.suppliers, audits=args.audits, seed=args.seed, today=args.today
    )
    chosen = getattr(args, "db", None) or os.environ.get("SQMS_DB")
    url = resolve_db(chosen or str(demo_store_path()))
    progress = _progress(args.json)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        summary = create_demo_store(path, options, progress)
        where = str(path)
    else:
        store = open_store(url)
        try:
            summary = generate_demo(store, options, progress)
        finally:
            store.close()
        where = parsed.render_as_string(hide_password=True)
    if not args.json:
        print(file=sys.stderr)
    result = {"store": where, **as_json(summary)}
    if args.json:
        print_json(result)
    else:
        print(
            translate(
                "cli",
                "demo store {store}: {suppliers} suppliers, {audits} audits "
                "({self_assessments} of them self-assessments), {findings} findings, "
                "{capas} CAPAs, {deliveries} deliveries",
            ).format(
                store=where,
                suppliers=summary.suppliers,
                audits=summary.audits,
                self_assessments=summary.self_assessments,
                findings=summary.findings,
                capas=summary.capas,
                deliveries=summary.deliveries,
            )
        )
    return 0
