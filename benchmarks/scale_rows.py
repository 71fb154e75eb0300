"""A copy of a demo store with more suppliers, audits and findings: the sizes of issue 19's list
pages (2,000 suppliers, 50,000 audits, 200,000 findings) in minutes instead of hours.

Making 50,000 audits through the services (`sqms demo`) takes about 2.5 h of CPU here. What the
list pages read depends on the rows' count and shape, not on how they were written, so this
copies the store (SQLite's backup; the attachments folder hard-linked) and multiplies its rows by
plain SQL, in one transaction, in the copy only:
- suppliers: copied in rounds until there are `--suppliers`, each with a new code continuing the
  store's numbering (SUP-0001 … SUP-1000 → SUP-1001 …), with their sites and certificates;
- audits: copied in rounds until there are `--audits`, spread over the original suppliers and
  their copies (the copy's site with it), each with a new reference continuing its year's
  numbering (AUD-2026-…); their findings come along (reference: the new audit's, same Fnn), and
  the CAPAs raised on those findings are copied once per round (CAPA-<year>-… continued) and
  linked to the copied findings;
- findings: when the audits' findings are fewer than `--findings`, findings are copied again
  within their own audit (Fnn + 100, + 200, …, above every finding number in the store; linked
  to the same CAPAs) until there are that many: the copied audits' findings first, then those
  of audits never signed (a signature covers the audit's findings, so a signed audit is never
  given more). From a source that already has the audits, all the extra findings go to its
  unsigned audits.
Every new row has a new id in the store's format (`str(uuid.uuid4())`, as `store.uow.random_id`).
Not copied: answers, signatures, attachments rows, CAPA actions and reviews, KPIs, and above all
the change log and trail (`change`, `change_head`, `trail_entry`): the copies were never
"written" by anyone, so `sqms store check` (which rebuilds the tables from the change log) will
report them, a bundle export will not carry them, and `sqms trail verify` still passes (the
trail is untouched). The pages read none of what is left out except the one selected audit's
answer count and signatures (a copy shows 0 answered and no signature).
Afterwards `PRAGMA foreign_key_check` must be empty and `PRAGMA integrity_check` "ok", or the
script fails; then the copy is opened once as the window opens a store, which migrates it to this
code's schema (its indexes included) when the source is older; `--check` then signs in and reads
what the pages read.

Usage: .venv/bin/python benchmarks/scale_rows.py SOURCE TARGET [--suppliers N] [--audits N]
       [--findings N] [--check]   (TARGET gets a folder of its own: its attachments sit beside it)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

ISSUE = {"suppliers": 2000, "audits": 50_000, "findings": 200_000}
TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
FINDING_ROUND = 100  # a finding copied within its audit: Fnn + 100 × round


def new_id() -> str:
    """The store's id format (store/uow.random_id)."""
    return str(uuid.uuid4())


class Numbers:
    """The next free number after each prefix of a reference column (AUD-2026- → 12), as
    `services.next_number` counts, keeping the width of the reference copied."""

    def __init__(self, existing: Iterable[str]) -> None:
        self._next: dict[str, int] = defaultdict(lambda: 1)
        for reference in existing:
            match = TRAILING_NUMBER.match(reference)
            if match:
                prefix, digits = match.groups()
                self._next[prefix] = max(self._next[prefix], int(digits) + 1)

    def after(self, reference: str) -> str:
        match = TRAILING_NUMBER.match(reference)
        if match is None:
            raise ValueError(f"{reference!r} does not end in a number; cannot number a copy")
        prefix, digits = match.groups()
        number = self._next[prefix]
        self._next[prefix] = number + 1
        return f"{prefix}{number:0{len(digits)}d}"


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def copy_rows(connection: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> int:
    """Insert a copy of each `rows[i]["old_id"]` row of `table`, its columns replaced by the
    other keys of `rows[i]` (`id` among them): one INSERT … SELECT over a temporary map."""
    if not rows:
        return 0
    replaced = [key for key in rows[0] if key != "old_id"]
    names = columns(connection, table)
    missing = set(replaced) - set(names)
    if missing:
        raise RuntimeError(f"{table} has no column {sorted(missing)}")
    connection.execute("DROP TABLE IF EXISTS temp.copy_map")
    connection.execute(
        "CREATE TEMP TABLE copy_map (old_id TEXT NOT NULL, "
        + ", ".join(f'"{name}"' for name in replaced)
        + ")"
    )
    connection.executemany(
        "INSERT INTO temp.copy_map VALUES (" + ", ".join("?" * (len(replaced) + 1)) + ")",
        [(row["old_id"], *(row[name] for name in replaced)) for row in rows],
    )
    selected = ", ".join(f'm."{n}"' if n in replaced else f's."{n}"' for n in names)
    inserted = connection.execute(
        f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
        f'SELECT {selected} FROM temp.copy_map m JOIN "{table}" s ON s.id = m.old_id '
        "ORDER BY m.rowid"
    ).rowcount
    connection.execute("DROP TABLE temp.copy_map")
    if inserted != len(rows):
        raise RuntimeError(f"{table}: {inserted} rows copied of {len(rows)}")
    return inserted


@dataclass
class Made:
    """What was added, per table, and how long each step took."""

    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: dict[str, float] = field(default_factory=dict)


def multiply(connection: sqlite3.Connection, wanted: dict[str, int]) -> Made:
    """Add copies until the wanted counts; inside the caller's transaction."""
    made = Made()
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        made.seconds[name] = round(now - clock, 2)
        clock = now

    def all_rows(sql: str) -> list[tuple[Any, ...]]:
        return connection.execute(sql).fetchall()

    # -- suppliers, with their sites and certificates ---------------------------------------
    suppliers = all_rows("SELECT id, code FROM supplier ORDER BY rowid")
    codes = Numbers(code for _, code in suppliers)
    supplier_copy: dict[tuple[str, int], str] = {}  # (original, round) -> copy
    rows: list[dict[str, Any]] = []
    count, rounds = len(suppliers), 0
    while count < wanted["suppliers"] and suppliers:
        rounds += 1
        for old, code in suppliers[: wanted["suppliers"] - count]:
            supplier_copy[old, rounds] = copy = new_id()
            rows.append({"old_id": old, "id": copy, "code": codes.after(code)})
        count = len(suppliers) + len(rows)
    made.rows["supplier"] += copy_rows(connection, "supplier", rows)
    site_copy: dict[tuple[str, int], str] = {}
    for table in ("site", "certificate"):
        rows = []
        for old, supplier in all_rows(f"SELECT id, supplier_id FROM {table} ORDER BY rowid"):
            for number in range(1, rounds + 1):
                copied = supplier_copy.get((supplier, number))
                if copied is not None:
                    rows.append({"old_id": old, "id": new_id(), "supplier_id": copied})
                    if table == "site":
                        site_copy[old, number] = rows[-1]["id"]
        made.rows[table] += copy_rows(connection, table, rows)
    step("suppliers, sites, certificates")

    # -- audits, with their findings and the CAPAs on those ---------------------------------
    audits = all_rows("SELECT id, reference, supplier_id, site_id FROM audit ORDER BY rowid")
    references = Numbers(reference for _, reference, _, _ in audits)
    findings_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    finding_refs = []
    for finding, audit, reference in all_rows(
        "SELECT id, audit_id, reference FROM finding ORDER BY rowid"
    ):
        findings_of[audit].append((finding, reference))
        finding_refs.append(reference)
    findings_left = wanted["findings"] - len(finding_refs)
    audit_rows: list[dict[str, Any]] = []
    finding_rows: list[dict[str, Any]] = []
    finding_copy: dict[tuple[str, int], str] = {}  # (original finding, round) -> copy
    supplier_of_finding: dict[str, str] = {}
    count, round_number = len(audits), 0
    while count < wanted["audits"] and audits:
        round_number += 1
        for number, (old, reference, supplier, site) in enumerate(
            audits[: wanted["audits"] - count]
        ):
            # Spread the copies over the original suppliers and their copies.
            which = (round_number + number) % (rounds + 1)
            to_supplier = supplier_copy.get((supplier, which), supplier)
            to_site = site_copy.get((site, which), site) if to_supplier != supplier else site
            audit = new_id()
            new_reference = references.after(reference)
            audit_rows.append(
                {
                    "old_id": old,
                    "id": audit,
                    "reference": new_reference,
                    "supplier_id": to_supplier,
                    "site_id": to_site,
                }
            )
            for finding, finding_reference in findings_of.get(old, []):
                if findings_left <= 0:
                    break
                suffix = (
                    finding_reference[len(reference) :]
                    if finding_reference.startswith(reference)
                    else "-" + finding_reference
                )
                copy = new_id()
                finding_rows.append(
                    {
                        "old_id": finding,
                        "id": copy,
                        "audit_id": audit,
                        "reference": new_reference + suffix,
                    }
                )
                finding_copy[finding, round_number] = copy
                supplier_of_finding[copy] = to_supplier
                findings_left -= 1
        count = len(audits) + len(audit_rows)
    made.rows["audit"] += copy_rows(connection, "audit", audit_rows)
    made.rows["finding"] += copy_rows(connection, "finding", finding_rows)
    step("audits and their findings")

    links = all_rows("SELECT capa_id, finding_id FROM capa_finding ORDER BY rowid")
    capas_of: dict[str, list[str]] = defaultdict(list)
    for capa, finding in links:
        capas_of[finding].append(capa)
    capa_references = Numbers(r for (r,) in all_rows("SELECT reference FROM capa"))
    reference_of_capa = dict(all_rows("SELECT id, reference FROM capa"))
    capa_copy: dict[tuple[str, int], str] = {}
    capa_rows: list[dict[str, Any]] = []
    link_rows: list[tuple[str, str, str]] = []
    for (finding, number), copy in finding_copy.items():
        for capa in capas_of.get(finding, []):
            new_capa = capa_copy.get((capa, number))
            if new_capa is None:
                capa_copy[capa, number] = new_capa = new_id()
                capa_rows.append(
                    {
                        "old_id": capa,
                        "id": new_capa,
                        "reference": capa_references.after(reference_of_capa[capa]),
                        "supplier_id": supplier_of_finding[copy],
                    }
                )
            link_rows.append((new_capa, copy, new_id()))
            capas_of[copy].append(new_capa)
    made.rows["capa"] += copy_rows(connection, "capa", capa_rows)
    connection.executemany(
        "INSERT INTO capa_finding (capa_id, finding_id, id) VALUES (?, ?, ?)", link_rows
    )
    made.rows["capa_finding"] += len(link_rows)
    step("CAPAs of the copied findings")

    # -- more findings within their audits, when the audits brought too few -----------------
    # Never into a signed audit: its signature covers its findings. The newest first (the
    # copies, then originals never signed); only findings numbered as the store numbers them
    # (Fnn), each copy numbered above every finding number in the store.
    numbered = []
    highest = 0
    for finding, reference, signed in all_rows(
        "SELECT id, reference, EXISTS (SELECT 1 FROM signature s WHERE s.entity = 'audit' "
        "AND s.record_id = f.audit_id) FROM finding f ORDER BY rowid DESC"
    ):
        match = TRAILING_NUMBER.match(reference)
        if match is None:
            continue
        highest = max(highest, int(match[2]))
        if not signed and int(match[2]) < FINDING_ROUND:
            numbered.append((finding, match[1], int(match[2])))
    offset = (highest // FINDING_ROUND + 1) * FINDING_ROUND
    while findings_left > 0:
        if not numbered:
            raise RuntimeError("no finding numbered below F100 in an unsigned audit to copy")
        rows, link_rows = [], []
        for finding, prefix, number in numbered[:findings_left]:
            copy = new_id()
            rows.append({"old_id": finding, "id": copy, "reference": f"{prefix}{number + offset}"})
            link_rows += [(capa, copy, new_id()) for capa in capas_of.get(finding, [])]
        made.rows["finding"] += copy_rows(connection, "finding", rows)
        connection.executemany(
            "INSERT INTO capa_finding (capa_id, finding_id, id) VALUES (?, ?, ?)", link_rows
        )
        made.rows["capa_finding"] += len(link_rows)
        findings_left -= len(rows)
        offset += FINDING_ROUND
    step("findings copied within their audits")
    return made


def copy_store(source: Path, target: Path) -> None:
    """SQLite's online backup of `source` (read-only) to `target`, and its attachments folder
    hard-linked (they are content-addressed and never rewritten)."""
    if target.resolve() == source.resolve():
        raise SystemExit("the target must not be the source")
    target.parent.mkdir(parents=True, exist_ok=True)
    for tail in ("", "-wal", "-shm", "-journal"):
        target.with_name(target.name + tail).unlink(missing_ok=True)
    # This computer remembers the newest trail entry it wrote to each store location (the
    # sign-in of `--check` writes one); the store made here anew has not seen it.
    from sqms_desktop.store import trail_key

    for location in {str(target), str(target.absolute()), str(target.resolve())}:
        trail_key.forget_heads(location)
    # A store closed cleanly has no write-ahead log left: read it as immutable, so that not
    # even SQLite's shared-memory file is made beside it; otherwise read-only, with its log.
    wal = source.with_name(source.name + "-wal")
    immutable = "&immutable=1" if not wal.exists() or wal.stat().st_size == 0 else ""
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro{immutable}", uri=True)) as reading,
        closing(sqlite3.connect(target)) as writing,
    ):
        reading.backup(writing, pages=16384)
    folder, copied = source.parent / "attachments", target.parent / "attachments"
    if folder.is_dir() and folder.resolve() != copied.resolve():
        shutil.rmtree(copied, ignore_errors=True)

        def link(from_path: str, to_path: str) -> None:
            try:
                os.link(from_path, to_path)
            except OSError:
                shutil.copy2(from_path, to_path)

        shutil.copytree(folder, copied, copy_function=link)


def counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = ("supplier", "site", "certificate", "audit", "finding", "capa", "capa_finding")
    return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def check_store(connection: sqlite3.Connection) -> dict[str, Any]:
    """Every foreign key valid and the file sound; raises otherwise."""
    started = time.perf_counter()
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"foreign keys broken: {broken[:10]} ({len(broken)} in all)")
    keys = time.perf_counter() - started
    integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        raise RuntimeError(f"integrity_check: {integrity[:10]}")
    return {
        "foreign_key_check": "empty",
        "foreign_key_check_seconds": round(keys, 1),
        "integrity_check": "ok",
        "integrity_check_seconds": round(time.perf_counter() - started - keys, 1),
    }


def revision(db: Path) -> str:
    """The store's schema revision (alembic_version), read by plain SQL."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""


def to_head(target: Path) -> dict[str, str]:
    """The copy brought to this code's schema as the window would on opening it (a migration
    adds the code's indexes, which the pages' reads depend on)."""
    from sqms_desktop.store.engine import open_store

    before = revision(target)
    open_store(f"sqlite:///{target.resolve()}").close()
    return {"revision_before": before, "revision": revision(target)}


def check_in_application(target: Path) -> dict[str, Any]:
    """Open the copy as the window does (`open_store`: quick_check, schema revision), sign in as
    the demo's administrator, and read what the pages read, a copied audit's detail among it."""
    from sqms_desktop.demo.words import ADMIN_USER, DEMO_PASSWORDS
    from sqms_desktop.gui.app.sign_in import check_password
    from sqms_desktop.queries.audits import audit_detail
    from sqms_desktop.queries.finding_register import count_findings, finding_ids
    from sqms_desktop.queries.suppliers import list_suppliers
    from sqms_desktop.services.actor import Actor
    from sqms_desktop.store.engine import open_store

    found: dict[str, Any] = {}
    started = time.perf_counter()
    store = open_store(f"sqlite:///{target.resolve()}")
    found["open_seconds"] = round(time.perf_counter() - started, 2)
    try:
        check_password(store, ADMIN_USER, DEMO_PASSWORDS[ADMIN_USER])
        found["sign_in"] = f"{ADMIN_USER}: ok"
        actor = Actor(store, ADMIN_USER)
        found["suppliers_listed"] = len(actor.read(list_suppliers))
        found["findings_counted"] = actor.read(count_findings)
        found["finding_ids_read"] = len(actor.read(finding_ids))
        with closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as connection:
            (newest,) = connection.execute("SELECT id FROM audit ORDER BY rowid DESC LIMIT 1")
        detail = actor.read(audit_detail, newest[0])
        found["copied_audit_detail"] = (
            f"{detail.audit.reference}: {len(detail.findings)} findings, "
            f"{detail.answers} of {detail.questions} answered"
        )
    finally:
        store.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a demo store (only read)")
    parser.add_argument("target", type=Path, help="the copy to make (replaced if it exists)")
    for name, number in ISSUE.items():
        parser.add_argument(f"--{name}", type=int, default=number, help=f"default {number:,}")
    parser.add_argument("--check", action="store_true", help="open it in the application too")
    parser.add_argument("--json", type=Path, help="also write what was done to this file")
    args = parser.parse_args()
    if not args.source.exists():
        parser.error(f"no store at {args.source}")
    wanted = {"suppliers": args.suppliers, "audits": args.audits, "findings": args.findings}
    started = time.perf_counter()
    copy_store(args.source, args.target)
    copied = time.perf_counter() - started
    with closing(sqlite3.connect(args.target, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")  # checked all at once afterwards
        before = counts(connection)
        connection.execute("BEGIN IMMEDIATE")
        try:
            made = multiply(connection, wanted)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        after = counts(connection)
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            connection.execute("ANALYZE")  # the planner's statistics, as for the original
        checks = check_store(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    schema = to_head(args.target)
    result: dict[str, Any] = {
        "source": str(args.source),
        "target": str(args.target),
        "wanted": wanted,
        "before": before,
        "after": after,
        "added": dict(made.rows),
        "copy_seconds": round(copied, 1),
        "step_seconds": made.seconds,
        **checks,
        **schema,
        "seconds": round(time.perf_counter() - started, 1),
        "target_mb": round(args.target.stat().st_size / 1e6, 1),
    }
    if args.check:
        result["application"] = check_in_application(args.target)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    short = [k for k, table in (("suppliers", "supplier"), ("audits", "audit"),
                                ("findings", "finding")) if after[table] < wanted[k]]  # fmt: skip
    if short:
        print(f"fewer than wanted: {', '.join(short)} (the source has none to copy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
