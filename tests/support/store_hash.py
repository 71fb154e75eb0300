"""One hash of everything a store holds: every table's rows and the attachments folder.

A refused import must leave this unchanged. The rows are read with plain sqlite3 (no ORM, so a
column the models forget still counts) in a fixed order; the folder is listed with each file's
size and SHA-256, so a stray file left by a refused unit of work changes the hash too.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def store_hash(db: Path) -> str:
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(f"\0table {table}\0".encode())
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            for row in sorted(rows, key=repr):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    for line in attachments_listing(db.parent / "attachments"):
        digest.update(line.encode())
    return digest.hexdigest()


def attachments_listing(folder: Path) -> list[str]:
    """'relative/path size sha256' for every file under `folder` (none when it is missing)."""
    if not folder.is_dir():
        return []
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        lines.append(f"{path.relative_to(folder)} {len(data)} {hashlib.sha256(data).hexdigest()}")
    return lines
