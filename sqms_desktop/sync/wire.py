"""How changes travel inside a bundle: `changes.jsonl`, one change per line, read strictly.

A bundle comes from another computer, so nothing in it is trusted before it is checked here:
every key, type, id, clock reading, entity, field and value, against the tables this version
knows. The same checks serve the Excel form of a bundle (workbook.py) through
`validate_change`. Any problem refuses the whole file with `BundleRefused("malformed", …)`
naming the line (or sheet and row) and what is wrong, so nothing half-read reaches the store.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NoReturn

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, DateTime, Float, Integer, String

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import BundleRefused
from sqms_desktop.i18n import plural, translate
from sqms_desktop.store.base import ID_LENGTH
from sqms_desktop.store.clock import MAX_FUTURE
from sqms_desktop.store.registry import STATUS_FIELDS, fields_of, from_json, record_tables

KEYS = (
    "change_id",
    "replica_id",
    "seq",
    "hlc",
    "author",
    "entity",
    "entity_id",
    "field",
    "kind",
    "value",
    "parents",
)
KINDS = ("set", "status", "delete", "resolve", "append")
MAX_FUTURE_MS = int(MAX_FUTURE.total_seconds() * 1000)  # the clock policy: store/clock.py
MAX_AUTHOR = 64
MAX_SEQ = 2**63 - 1  # the change table's BIGINT
JSONL_NAME = "changes.jsonl"

_REPLICA_ID = re.compile(r"[A-Za-z0-9_-]{1,16}")
_CHANGE_ID = re.compile(r"([A-Za-z0-9_-]{1,16}):([1-9][0-9]{0,18})")
_HLC = re.compile(r"([0-9]{13})-([0-9]{6})")
# Control characters and what XML cannot hold: never part of a name or an id, so both read back
# the same from a workbook (text values may hold line breaks and tabs; see value_problem).
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_INT_LIMITS = {False: 2**31, True: 2**63}  # INTEGER and BIGINT, as PostgreSQL keeps them


@dataclass(frozen=True)
class WireChange:
    """One row of the change log as it travels; the same eleven fields as `ledger.Change`."""

    change_id: str
    replica_id: str
    seq: int
    hlc: str
    author: str
    entity: str
    entity_id: str
    field: str | None
    kind: str
    value: Any
    parents: tuple[str, ...]

    def to_row(self) -> dict[str, Any]:
        """The values to insert into the `change` table (its value column holds JSON)."""
        return self.to_json()

    def to_json(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "replica_id": self.replica_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "author": self.author,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "field": self.field,
            "kind": self.kind,
            "value": self.value,
            "parents": list(self.parents),
        }


class _Bad(Exception):
    """One problem in one change: the key it is about (None: the change as a whole) and why."""

    def __init__(self, key: str | None, why: str) -> None:
        super().__init__(why)
        self.key = key
        self.why = why


def malformed(where: str, why: str) -> NoReturn:
    raise BundleRefused("malformed", f"{where}: {why}")


def _line(number: int) -> str:
    """Where a problem is, in a message: "changes.jsonl line 3"."""
    return translate("wire", "changes.jsonl line {number}").format(number=number)


def encode_jsonl(changes: Iterable[WireChange]) -> bytes:
    """One canonical JSON object per line, each line ending in "\\n", UTF-8."""
    return "".join(canonical_json(c.to_json()) + "\n" for c in changes).encode("utf-8")


def parse_jsonl(
    data: bytes, *, now_ms: int, max_future_ms: int = MAX_FUTURE_MS
) -> list[WireChange]:
    """Every change in a `changes.jsonl`, in file order; the first problem refuses the file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        malformed(
            _line(bad_line),
            translate("wire", "not UTF-8 text (byte {byte})").format(byte=exc.start + 1),
        )
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1]:
        malformed(
            _line(len(lines)),
            translate(
                "wire",
                "the last line does not end with a line break, so the file may be cut short",
            ),
        )
    first_seen: dict[str, int] = {}
    changes: list[WireChange] = []
    for number, line in enumerate(lines[:-1], start=1):
        where = _line(number)
        if not line.strip():
            malformed(
                where, translate("wire", "the line is blank; every line must hold one change")
            )
        change = validate_change(
            load_json(line, where), where=where, now_ms=now_ms, max_future_ms=max_future_ms
        )
        earlier = first_seen.setdefault(change.change_id, number)
        if earlier != number:
            malformed(
                where,
                translate("wire", "change {change_id} appears twice (first on line {line})").format(
                    change_id=change.change_id, line=earlier
                ),
            )
        changes.append(change)
    return changes


def load_json(text: str, where: str) -> Any:
    """Strict JSON: no NaN or Infinity, no key twice in one object."""
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_no_constant)
    except _Bad as exc:
        malformed(where, exc.why)
    except json.JSONDecodeError as exc:
        malformed(
            where,
            translate("wire", "not valid JSON ({problem} at character {position})").format(
                problem=exc.msg, position=exc.pos + 1
            ),
        )
    except (ValueError, RecursionError) as exc:
        malformed(where, translate("wire", "not valid JSON ({problem})").format(problem=exc))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Bad(
                None,
                translate("wire", "the key {key} appears twice in one object").format(
                    key=_quoted(key)
                ),
            )
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise _Bad(None, translate("wire", "{name} is not a number JSON allows").format(name=name))


def validate_change(
    fields: Any,
    *,
    where: str,
    now_ms: int,
    max_future_ms: int = MAX_FUTURE_MS,
    labels: Mapping[str, str] | None = None,
) -> WireChange:
    """One change checked in full. `labels` names the keys as the reader sees them (the
    workbook reader says "column K (value_json)" where the JSON says "value")."""
    try:
        return _checked(fields, now_ms, max_future_ms)
    except _Bad as exc:
        if exc.key is None:
            malformed(where, exc.why)
        label = (labels or {}).get(exc.key, exc.key)
        malformed(where, f"{label}: {exc.why}")


def counts_by_entity(changes: Iterable[WireChange]) -> dict[str, int]:
    """How many changes each entity has, by entity name (for the manifest and `verify`)."""
    counts = Counter(change.entity for change in changes)
    return dict(sorted(counts.items()))


def _checked(fields: Any, now_ms: int, max_future_ms: int) -> WireChange:
    if not isinstance(fields, dict):
        raise _Bad(
            None,
            translate("wire", "a change must be a JSON object, not {kind}").format(
                kind=_kind_of(fields)
            ),
        )
    missing = [key for key in KEYS if key not in fields]
    if missing:
        raise _Bad(
            None, translate("wire", "the change has no {keys}").format(keys=", ".join(missing))
        )
    extra = sorted(_quoted(str(key)) for key in fields if key not in KEYS)
    if extra:
        raise _Bad(
            None,
            translate("wire", "unknown key(s) {keys}; a change has exactly {count}").format(
                keys=", ".join(extra), count=len(KEYS)
            ),
        )
    replica_id = _text(fields, "replica_id")
    if not _REPLICA_ID.fullmatch(replica_id):
        raise _Bad(
            "replica_id",
            translate(
                "wire", "{value} is not a replica id (1 to 16 letters, digits, '-' or '_')"
            ).format(value=_quoted(replica_id)),
        )
    seq = fields["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQ:
        raise _Bad(
            "seq",
            translate("wire", "{value} is not a sequence number (a whole number from 1)").format(
                value=_quoted(seq)
            ),
        )
    change_id = _text(fields, "change_id")
    if change_id != f"{replica_id}:{seq}":
        raise _Bad(
            "change_id",
            translate(
                "wire", "{value} does not match its replica and seq ({replica_id}:{seq})"
            ).format(value=_quoted(change_id), replica_id=replica_id, seq=seq),
        )
    hlc = _hlc(_text(fields, "hlc"), now_ms, max_future_ms)
    author = _text(fields, "author")
    if not author.strip() or len(author) > MAX_AUTHOR or _CONTROL.search(author):
        raise _Bad(
            "author",
            translate("wire", "{value} is not a user name ({rule})").format(
                value=_quoted(author), rule=_name_rule(MAX_AUTHOR)
            ),
        )
    entity = _text(fields, "entity")
    columns = entity_columns().get(entity)
    if columns is None:
        raise _Bad(
            "entity",
            translate("wire", "{value} is not a kind of record this version knows").format(
                value=_quoted(entity)
            ),
        )
    entity_id = _text(fields, "entity_id")
    if not entity_id or len(entity_id) > ID_LENGTH or _CONTROL.search(entity_id):
        raise _Bad(
            "entity_id",
            translate("wire", "{value} is not a record id ({rule})").format(
                value=_quoted(entity_id), rule=_name_rule(ID_LENGTH)
            ),
        )
    kind = _text(fields, "kind")
    if kind not in KINDS:
        raise _Bad(
            "kind",
            translate("wire", "{value} is not a kind of change ({kinds})").format(
                value=_quoted(kind), kinds=", ".join(KINDS)
            ),
        )
    field = fields["field"]
    value = fields["value"]
    if kind == "delete":
        if field is not None:
            raise _Bad(
                "field",
                translate(
                    "wire", "a delete removes the whole record, so it names no field ({value})"
                ).format(value=_quoted(field)),
            )
        if value is not None:
            raise _Bad("value", translate("wire", "a delete carries no value"))
    elif kind == "resolve" and field is None:
        # Keeping a record whose delete met a concurrent edit: it names the deletes it settles.
        if value is not None:
            raise _Bad("value", translate("wire", "keeping a record carries no value"))
        if not fields["parents"]:
            raise _Bad(
                "parents", translate("wire", "keeping a record names the deletes it settles")
            )
    else:
        if not isinstance(field, str):
            raise _Bad(
                "field",
                translate("wire", "a {kind} change must name a field, not {found}").format(
                    kind=kind, found=_kind_of(field)
                ),
            )
        column = columns.get(field)
        if column is None:
            raise _Bad(
                "field",
                translate("wire", "{value} is not a field of {entity}").format(
                    value=_quoted(field), entity=entity
                ),
            )
        if kind == "status" and field not in STATUS_FIELDS:
            raise _Bad(
                "kind",
                translate(
                    "wire", "{entity}.{field} is not a status, so it takes no status change"
                ).format(entity=entity, field=field),
            )
        if kind == "set" and field in STATUS_FIELDS:
            raise _Bad(
                "kind",
                translate("wire", "{entity}.{field} changes by a status change, not a set").format(
                    entity=entity, field=field
                ),
            )
        problem = value_problem(column, value)
        if problem:
            raise _Bad("value", f"{entity}.{field} {problem}")
    parents = _parents(fields["parents"], replica_id, seq, change_id)
    return WireChange(
        change_id, replica_id, seq, hlc, author, entity, entity_id, field, kind, value, parents
    )


def _name_rule(length: int) -> str:
    return translate("wire", "1 to {length} characters, no control characters").format(
        length=length
    )


def _text(fields: dict[str, Any], key: str) -> str:
    value = fields[key]
    if not isinstance(value, str):
        raise _Bad(key, translate("wire", "must be text, not {kind}").format(kind=_kind_of(value)))
    return value


def _hlc(hlc: str, now_ms: int, max_future_ms: int) -> str:
    match = _HLC.fullmatch(hlc)
    if match is None:
        raise _Bad(
            "hlc",
            translate("wire", "{value} is not a clock reading (13 digits, '-', 6 digits)").format(
                value=_quoted(hlc)
            ),
        )
    ahead = int(match.group(1)) - now_ms
    if ahead > max_future_ms:
        at = dt.datetime.fromtimestamp(int(match.group(1)) / 1000, dt.UTC)
        raise _Bad(
            "hlc",
            translate(
                "wire",
                "its clock is {ahead} in the future ({at} UTC); "
                "changes more than {limit} ahead of this computer's clock "
                "are refused (check the clock of the computer that wrote them)",
            ).format(
                ahead=_duration(ahead),
                at=f"{at:%Y-%m-%d %H:%M}",
                limit=_duration(max_future_ms),
            ),
        )
    return hlc


def _parents(parents: Any, replica_id: str, seq: int, change_id: str) -> tuple[str, ...]:
    if not isinstance(parents, list | tuple):
        raise _Bad(
            "parents",
            translate("wire", "must be a list of change ids, not {kind}").format(
                kind=_kind_of(parents)
            ),
        )
    seen: set[str] = set()
    for parent in parents:
        match = _CHANGE_ID.fullmatch(parent) if isinstance(parent, str) else None
        if match is None or int(match.group(2)) > MAX_SEQ:
            raise _Bad(
                "parents",
                translate("wire", "{value} is not a change id (replica:seq)").format(
                    value=_quoted(parent)
                ),
            )
        if parent == change_id:
            raise _Bad(
                "parents",
                translate("wire", "the change names itself ({parent}) as its parent").format(
                    parent=parent
                ),
            )
        if match.group(1) == replica_id and int(match.group(2)) > seq:
            raise _Bad(
                "parents",
                translate(
                    "wire", "{parent} was written after this change, so it cannot precede it"
                ).format(parent=parent),
            )
        if parent in seen:
            raise _Bad(
                "parents", translate("wire", "{parent} is named twice").format(parent=parent)
            )
        seen.add(parent)
    return tuple(parents)


@cache
def entity_columns() -> dict[str, dict[str, Column[Any]]]:
    """The fields a change may carry, by entity: every column of each record table but id."""
    return {t.name: {name: t.columns[name] for name in fields_of(t)} for t in record_tables()}


def value_problem(column: Column[Any], value: Any) -> str | None:
    """Why `column` cannot hold the JSON `value` (None when it can), as words after its name."""
    column_type = column.type
    if value is None:
        return (
            None if column.nullable else translate("wire", "must have a value (it cannot be empty)")
        )
    if isinstance(column_type, JSON):
        return None
    if isinstance(column_type, String):
        return _text_problem(column_type.length, value)
    if isinstance(column_type, Boolean):
        ok, want = isinstance(value, bool), translate("wire", "true or false")
    elif isinstance(column_type, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
        want = translate("wire", "a whole number")
        limit = _INT_LIMITS[isinstance(column_type, BigInteger)]
        if ok and not -limit <= value < limit:
            return translate(
                "wire", "must be a whole number between {low:,} and {high:,}, not {value}"
            ).format(low=-limit, high=limit - 1, value=value)
    elif isinstance(column_type, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        ok, want = ok and math.isfinite(value), translate("wire", "a number")
    elif isinstance(column_type, DateTime):
        ok = _iso(dt.datetime, value)
        want = translate("wire", "a date and time (YYYY-MM-DDTHH:MM:SS)")
    elif isinstance(column_type, Date):
        ok, want = _iso(dt.date, value), translate("wire", "a date (YYYY-MM-DD)")
    else:  # pragma: no cover - every record column has one of the types above
        ok, want = True, ""
    if not ok:
        return translate("wire", "must be {wanted}, not {found}").format(
            wanted=want, found=_described(value)
        )
    try:
        from_json(column, value)
    except (TypeError, ValueError) as exc:  # pragma: no cover - the checks above come first
        return translate("wire", "cannot hold {value} ({problem})").format(
            value=_shown(value), problem=exc
        )
    return None


def _text_problem(length: int | None, value: Any) -> str | None:
    if not isinstance(value, str):
        return translate("wire", "must be text, not {kind}").format(kind=_described(value))
    if length is not None and len(value) > length:
        return translate("wire", "holds at most {length} characters; this text has {count}").format(
            length=length, count=len(value)
        )
    if "\x00" in value:
        return translate("wire", "must not contain a NUL character")
    return None


def _iso(parse: type[dt.date], value: Any) -> bool:
    """A date (or date and time) exactly as the store writes it, so it reads back the same."""
    if not isinstance(value, str):
        return False
    try:
        return parse.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _shown(value: Any) -> str:
    try:
        text = canonical_json(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _described(value: Any) -> str:
    """A JSON value in a message: "true", "the number 1.5", "the text \"abc\"", "the list […]"."""
    if value is None or isinstance(value, bool):
        return canonical_json(value)
    shown = _shown(value)
    if isinstance(value, int | float):
        return translate("wire", "the number {value}").format(value=shown)
    if isinstance(value, str):
        return translate("wire", "the text {value}").format(value=shown)
    if isinstance(value, list):
        return translate("wire", "the list {value}").format(value=shown)
    if isinstance(value, dict):
        return translate("wire", "the object {value}").format(value=shown)
    return f"the {type(value).__name__} {shown}"


def _quoted(value: Any) -> str:
    """A value from the file in a message: text quoted, anything else as JSON; both cut short."""
    if not isinstance(value, str):
        return _shown(value)
    return repr(value) if len(value) <= 40 else repr(value[:37]) + "…"


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("wire", "true/false")
    if isinstance(value, int):
        return translate("wire", "a whole number")
    if isinstance(value, float):
        return translate("wire", "a number")
    if isinstance(value, str):
        return translate("wire", "text")
    if isinstance(value, list | tuple):
        return translate("wire", "a list")
    if isinstance(value, dict):
        return translate("wire", "an object")
    return type(value).__name__


def _duration(ms: int) -> str:
    """A span as a person says it: "3 days 4 hours", "25 hours", "12 minutes"."""
    minutes = max(ms // 60_000, 1)
    if minutes < 120:
        return plural(
            minutes, translate("wire", "{n} minute"), translate("wire", "{n} minutes")
        ).format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("wire", "{n} hours").format(n=hours)
    days, hours = divmod(hours, 24)
    text = translate("wire", "{n} days").format(n=days)
    if hours:
        text += " " + plural(
            hours, translate("wire", "{n} hour"), translate("wire", "{n} hours")
        ).format(n=hours)
    return text
