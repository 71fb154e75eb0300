"""Remembering how a source's columns map onto our fields, so the next file from the same ERP or
team imports without the mapping step. One mapping per kind of import and source name; saving
again replaces it (and is trailed like any change).

The importers check the role and the field names before they call `remember_mapping`, since
who may import, and which fields exist, depend on what is imported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.import_mappings import import_mapping
from sqms_desktop.services import require_text
from sqms_desktop.store.models import ImportMapping
from sqms_desktop.store.uow import UnitOfWork


def check_mapping(columns: Mapping[str, str], fields: Sequence[str]) -> dict[str, str]:
    """The mapping with every field known, else which is not; a field mapped to "" is one the
    source's files do not hold (it is then not read, even from a column of its name)."""
    cleaned: dict[str, str] = {}
    for field, header in columns.items():
        if field not in fields:
            raise ValidationError(
                translate(
                    "import_mappings", "{field!r} is not a field to map (fields: {fields})"
                ).format(field=field, fields=", ".join(fields))
            )
        cleaned[field] = (
            require_text(
                header,
                translate("import_mappings", "the column header for {field}").format(field=field),
                limit=200,
            )
            if header.strip()
            else ""
        )
    return cleaned


def remember_mapping(
    uow: UnitOfWork, kind: str, source: str, columns: Mapping[str, str]
) -> ImportMapping:
    """Store `columns` (our field → the source's header) as `source`'s mapping for `kind`."""
    name = require_text(source, "the source name", limit=100)
    existing = uow.session.scalars(
        select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.source == name)
    ).first()
    if existing is not None:
        uow.update(existing, {"columns": dict(columns)}, reason=f"column mapping of {name}")
        return existing
    return uow.add(ImportMapping(kind=kind, source=name, columns=dict(columns)))


def mapping_for(
    uow: UnitOfWork,
    kind: str,
    source: str,
    columns: Mapping[str, str] | None,
    fields: Sequence[str],
) -> dict[str, str]:
    """The mapping an import uses: the one remembered for `source` (none without a source),
    with `columns` (our field → the file's header) added or overriding. A named source with
    nothing remembered and nothing given is refused: the user meant a mapping that is not
    there (a typing slip in the name), and reading by header names instead would hide it."""
    given = check_mapping(columns or {}, fields)
    if not source.strip():
        return given
    remembered = import_mapping(uow.session, kind, source)
    if remembered is None and not given:
        raise ValidationError(
            translate(
                "import_mappings",
                "no column mapping is remembered for the source {source!r}; give the "
                "columns (field = the file's header) to import with one and remember "
                "it",
            ).format(source=source.strip())
        )
    return {**(remembered or {}), **given}
