"""Consistency check: do the visible tables equal the fold of the change log?"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import translate
from sqms_desktop.store.registry import fields_of, record_tables, to_json
from sqms_desktop.sync.fold import Records, fold, read_changes


def table_records(session: Session) -> Records:
    """The visible tables as JSON values, in the fold's shape."""
    records: Records = {}
    for table in record_tables():
        names = fields_of(table)
        rows: dict[str, dict[str, Any]] = {}
        for row in session.execute(select(table)).mappings():
            rows[row["id"]] = {n: to_json(table.columns[n], row[n]) for n in names}
        if rows:
            records[table.name] = rows
    return records


def differences(session: Session, *, limit: int = 20) -> list[str]:
    """Where the tables and the change log disagree; empty when they agree."""
    stored = table_records(session)
    folded = {k: v for k, v in fold(read_changes(session)).items() if v}
    # A column added by a later migration has no change for older records: it reads as empty.
    for table in record_tables():
        names = fields_of(table)
        for record in folded.get(table.name, {}).values():
            for name in names:
                record.setdefault(name, None)
    found: list[str] = []
    for entity in sorted(set(stored) | set(folded)):
        have, want = stored.get(entity, {}), folded.get(entity, {})
        for record_id in sorted(set(have) | set(want)):
            if record_id not in want:
                found.append(
                    translate(
                        "check", "{entity} {record_id}: in the table but not in the change log"
                    ).format(entity=entity, record_id=record_id)
                )
            elif record_id not in have:
                found.append(
                    translate(
                        "check", "{entity} {record_id}: in the change log but not in the table"
                    ).format(entity=entity, record_id=record_id)
                )
            elif have[record_id] != want[record_id]:
                fields = sorted(
                    f
                    for f in set(have[record_id]) | set(want[record_id])
                    if have[record_id].get(f) != want[record_id].get(f)
                )
                found.append(
                    translate("check", "{entity} {record_id}: fields differ: {fields}").format(
                        entity=entity, record_id=record_id, fields=", ".join(fields)
                    )
                )
            if len(found) >= limit:
                return found
    return found
