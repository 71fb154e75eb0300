"""Store size per audit: the demo store's file, and the part of it that is the change log.

    .venv/bin/python benchmarks/store_size.py STORE [--json FILE]

The issue's target is under 25 KB per audit for the whole file, nothing lost (the change log
still rebuilds every table). Measured on a store made by `sqms demo`: the file size (after the
WAL is folded in) divided by the audits it holds; each table's bytes with its indexes, from
SQLite's `dbstat` table when the library has it, else from page counts (`PRAGMA page_count`
for the file, and no per-table split). The baseline is the same store without its change log:
the bytes of every other table, so the ratio says how much the log multiplies the data.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

# The change log (what bundles carry and what rebuilds every table) and the audit trail.
LOG_TABLES = frozenset({"change", "change_head", "trail_entry", "trail_checkpoint"})


def table_bytes(db: sqlite3.Connection) -> dict[str, int] | None:
    """Bytes used by each table, its indexes counted with it; None without `dbstat`."""
    try:
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return None
    owner = dict(
        db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")
    )
    found: dict[str, int] = {}
    for name, size in rows:
        table = owner.get(name, name)
        found[table] = found.get(table, 0) + int(size)
    return found


def measure(store: Path) -> dict[str, object]:
    with closing(sqlite3.connect(store)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the size a copy of the file would have
        audits = db.execute("SELECT count(*) FROM audit").fetchone()[0]
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        tables = table_bytes(db)
    file_bytes = store.stat().st_size
    result: dict[str, object] = {
        "store": str(store),
        "audits": audits,
        "file_bytes": file_bytes,
        "page_bytes": pages * page_size,
        "free_bytes": free * page_size,
        "method": "dbstat" if tables is not None else "page_count",
        "file_per_audit": file_bytes / audits if audits else None,
    }
    if tables is not None:
        log = sum(size for name, size in tables.items() if name in LOG_TABLES)
        data = sum(size for name, size in tables.items() if name not in LOG_TABLES)
        result |= {
            "tables": dict(sorted(tables.items(), key=lambda kv: -kv[1])),
            "log_bytes": log,
            "data_bytes": data,
            "log_per_audit": log / audits if audits else None,
            "data_per_audit": data / audits if audits else None,
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    result = measure(args.store)
    audits = int(result["audits"])  # type: ignore[call-overload]
    tables: dict[str, int] = result.get("tables") or {}  # type: ignore[assignment]
    kb = 1000  # KB of 1,000 bytes, the stricter reading of the target
    print(f"{args.store.name}: {args.store.stat().st_size / 1e6:.1f} MB for {audits} audits")
    if audits:
        print(f"file: {args.store.stat().st_size / audits / kb:.1f} KB per audit")
    if tables and audits:
        log = sum(size for name, size in tables.items() if name in LOG_TABLES)
        print(
            f"change log and trail {log / audits / kb:.1f} KB per audit, the other tables "
            f"{(sum(tables.values()) - log) / audits / kb:.1f} KB per audit"
        )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
