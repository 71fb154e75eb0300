"""Column mappings remembered per source of imported files (an ERP's export, a team's list)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import ImportMapping


@dataclass(frozen=True)
class MappingRow:
    source: str
    columns: dict[str, str]  # our field → the source's column header


def import_mapping(session: Session, kind: str, source: str) -> dict[str, str] | None:
    """The mapping remembered for `source`, None when there is none."""
    found = session.scalar(
        select(ImportMapping.columns).where(
            ImportMapping.kind == kind, ImportMapping.source == source.strip()
        )
    )
    return dict(found) if found is not None else None


def import_mappings(session: Session, kind: str) -> list[MappingRow]:
    """Every source with a remembered mapping for `kind`, by name (for a choice of source)."""
    rows = session.execute(
        select(ImportMapping.source, ImportMapping.columns)
        .where(ImportMapping.kind == kind)
        .order_by(ImportMapping.source)
    )
    return [MappingRow(source, dict(columns)) for source, columns in rows]
