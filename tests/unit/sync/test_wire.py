"""changes.jsonl: what a bundle carries comes back exactly, and anything else is refused by line."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import insert, select

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import BundleRefused
from sqms_desktop.services.suppliers import SupplierInput, create_supplier, set_supplier_status
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.sync.fold import read_changes
from sqms_desktop.sync.wire import (
    KEYS,
    WireChange,
    counts_by_entity,
    encode_jsonl,
    parse_jsonl,
    validate_change,
)
from tests.support.wire_changes import NOW_MS, change, hlc, variety

DAY_MS = 24 * 60 * 60 * 1000


def _refusal(data: bytes) -> str:
    with pytest.raises(BundleRefused) as caught:
        parse_jsonl(data, now_ms=NOW_MS)
    assert caught.value.reason == "malformed"
    return str(caught.value)


def _with_second_line(fields: dict[str, Any]) -> bytes:
    """A valid first line, then `fields` as line 2 (written as given, however wrong)."""
    return encode_jsonl([change(1)]) + json.dumps(fields).encode() + b"\n"


def test_every_kind_of_value_comes_back_exactly() -> None:
    changes = variety()

    data = encode_jsonl(changes)

    assert parse_jsonl(data, now_ms=NOW_MS) == changes


def test_each_line_is_one_canonical_object_in_readable_utf8() -> None:
    changes = variety()

    lines = encode_jsonl(changes).decode("utf-8").split("\n")

    assert lines[-1] == ""  # every line, the last too, ends in a line break
    assert lines[:-1] == [canonical_json(c.to_json()) for c in changes]
    assert "東京 😀" in lines[1]
    assert list(json.loads(lines[0])) == sorted(KEYS)


def test_an_empty_file_holds_no_changes() -> None:
    assert encode_jsonl([]) == b""
    assert parse_jsonl(b"", now_ms=NOW_MS) == []


def test_a_row_goes_into_the_change_table_and_reads_back_the_same(store: Store) -> None:
    changes = variety()

    with store.session() as session:
        session.execute(insert(Change), [c.to_row() for c in changes])
        session.commit()
        stored = {row.change_id: row for row in read_changes(session)}

    for sent in changes:
        row = stored[sent.change_id]
        assert (row.entity, row.entity_id, row.field, row.kind, row.value, row.parents) == (
            sent.entity,
            sent.entity_id,
            sent.field,
            sent.kind,
            sent.value,
            sent.parents,
        )


def test_the_changes_a_store_writes_pass_the_checks_unchanged(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    with uow() as u:
        supplier = create_supplier(u, SupplierInput(code="S-1", name="Acme", commodities=["zinc"]))
        u.commit()
    with uow() as u:
        set_supplier_status(u, supplier.id, "approved", reason="audit passed")
        u.commit()
    with store.session() as session:
        rows = session.scalars(select(Change).order_by(Change.seq)).all()
        fields = [{key: getattr(row, key) for key in KEYS} for row in rows]
    later = NOW_MS * 2  # the store's test clock runs in March 2026; any later "now" will do

    checked = [validate_change(f, where="store", now_ms=later) for f in fields]
    back = parse_jsonl(encode_jsonl(checked), now_ms=later)

    assert [c.to_row() for c in back] == [{**f, "parents": list(f["parents"])} for f in fields]
    assert {c.kind for c in back} == {"set", "status"}


def test_counts_by_entity_are_sorted_by_name() -> None:
    counts = counts_by_entity(variety())

    assert list(counts) == sorted(counts)
    assert counts["supplier"] == 8
    assert counts["answer"] == 5
    assert sum(counts.values()) == len(variety())


def _valid() -> dict[str, Any]:
    return change(2, parents=("lapA:1", "lapB:7")).to_json()


def _set(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.update(fields)


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.pop(key)


def _value(entity: str, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return _set(entity=entity, field=field, value=value)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing key", _drop("hlc"), "the change has no hlc"),
    ("extra key", _set(colour="red"), "unknown key(s) 'colour'"),
    ("seq as text", _set(seq="2"), "seq: '2' is not a sequence number"),
    ("seq as bool", _set(seq=True), "seq: true is not a sequence number"),
    ("seq zero", _set(seq=0, change_id="lapA:0"), "seq: 0 is not a sequence number"),
    ("id mismatch", _set(change_id="lapA:3"), "change_id: 'lapA:3' does not match"),
    ("replica with space", _set(replica_id="lap A", change_id="lap A:2"), "not a replica id"),
    ("replica too long", _set(replica_id="a" * 17, change_id="a" * 17 + ":2"), "not a replica id"),
    ("replica as number", _set(replica_id=7), "replica_id: must be text, not a whole number"),
    ("hlc as a date", _set(hlc="2026-12-01"), "hlc: '2026-12-01' is not a clock reading"),
    ("hlc short counter", _set(hlc=hlc()[:-1]), "is not a clock reading"),
    ("hlc far ahead", _set(hlc=hlc(-3 * DAY_MS)), "hlc: its clock is 3 days in the future"),
    ("unknown entity", _set(entity="spaceship"), "entity: 'spaceship' is not a kind of record"),
    ("log table", _set(entity="change"), "entity: 'change' is not a kind of record"),
    ("unknown field", _set(field="colour"), "field: 'colour' is not a field of supplier"),
    ("the id", _set(field="id"), "field: 'id' is not a field of supplier"),
    ("unknown kind", _set(kind="upsert"), "kind: 'upsert' is not a kind of change"),
    ("delete a field", _set(kind="delete", value=None), "a delete removes the whole record"),
    ("delete a value", _set(kind="delete", field=None), "value: a delete carries no value"),
    ("set no field", _set(field=None), "field: a set change must name a field, not null"),
    ("keep with a value", _set(kind="resolve", field=None), "keeping a record carries no value"),
    (
        "status of a name",
        _set(kind="status"),
        "supplier.name is not a status, so it takes no status",
    ),
    ("set a status", _set(field="status", value="approved"), "changes by a status change"),
    ("bad date", _value("certificate", "valid_from", "2026-13-01"), "must be a date (YYYY-MM-DD)"),
    ("basic date", _value("certificate", "valid_from", "20260501"), "must be a date (YYYY-MM-DD)"),
    ("date as number", _value("certificate", "valid_from", 20260501), "not the number 20260501"),
    ("bad time", _value("answer", "answered_at", "yesterday"), "must be a date and time"),
    ("long code", _value("supplier", "code", "C" * 33), "holds at most 32 characters; this"),
    ("bool for int", _value("kpi_record", "complaints", True), "must be a whole number, not true"),
    (
        "float for int",
        _value("kpi_record", "complaints", 1.5),
        "must be a whole number, not the number 1.5",
    ),
    ("int for bool", _value("supplier", "new_business_hold", 1), "must be true or false"),
    ("text for float", _value("question", "weight", "1.5"), 'must be a number, not the text "1.5"'),
    ("list for text", _value("supplier", "name", ["Acme"]), 'must be text, not the list ["Acme"]'),
    (
        "object for text",
        _value("answer", "note", {"a": 1}),
        'note must be text, not the object {"a":1}',
    ),
    ("null required", _value("supplier", "name", None), "supplier.name must have a value"),
    ("int overflow", _value("question", "position", 2**31), "between -2,147,483,648 and"),
    ("NUL in text", _value("answer", "note", "a\x00b"), "must not contain a NUL character"),
    ("parents as text", _set(parents="lapA:1"), "parents: must be a list of change ids, not text"),
    ("parent not an id", _set(parents=["lapA-1"]), "parents: 'lapA-1' is not a change id"),
    ("parent seq zero", _set(parents=["lapA:0"]), "parents: 'lapA:0' is not a change id"),
    ("parent a number", _set(parents=[1]), "parents: 1 is not a change id"),
    ("names itself", _set(parents=["lapA:2"]), "the change names itself (lapA:2)"),
    ("names a later", _set(parents=["lapA:9"]), "lapA:9 was written after this change"),
    ("names twice", _set(parents=["lapB:1", "lapB:1"]), "lapB:1 is named twice"),
    ("empty author", _set(author=""), "author: '' is not a user name"),
    ("blank author", _set(author="   "), "author: '   ' is not a user name"),
    ("long author", _set(author="a" * 65), "is not a user name (1 to 64 characters, no"),
    ("author as list", _set(author=["anna"]), "author: must be text, not a list"),
    ("tab in author", _set(author="an\tna"), "author: 'an\\tna' is not a user name"),
    ("newline in id", _set(entity_id="a\nb"), "entity_id: 'a\\nb' is not a record id"),
    ("long record id", _set(entity_id="x" * 37), "entity_id: 'xxxx"),
    ("empty record id", _set(entity_id=""), "entity_id: '' is not a record id"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [pytest.param(m, e, id=name) for name, m, e in MALFORMED],
)
def test_a_malformed_change_is_refused_naming_its_line(
    mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    fields = _valid()
    mutate(fields)

    message = _refusal(_with_second_line(fields))

    assert message.startswith("changes.jsonl line 2: "), message
    assert expected in message, message


def test_a_clock_just_inside_the_limit_is_accepted_and_the_limit_can_be_set() -> None:
    fields = {**_valid(), "hlc": hlc(-DAY_MS)}
    data = _with_second_line(fields)

    assert len(parse_jsonl(data, now_ms=NOW_MS)) == 2
    with pytest.raises(BundleRefused, match="its clock is 24 hours in the future"):
        parse_jsonl(data, now_ms=NOW_MS, max_future_ms=60_000)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b'{"a":1}\n\xff\xfe\n', "line 2: not UTF-8 text (byte 9)", id="not-utf8"),
        pytest.param(b"\n", "line 1: the line is blank", id="blank"),
        pytest.param(b"  \n", "line 1: the line is blank", id="spaces"),
        pytest.param(b"[1, 2]\n", "line 1: a change must be a JSON object, not a list", id="list"),
        pytest.param(b'"text"\n', "line 1: a change must be a JSON object, not text", id="text"),
        pytest.param(b"{'a': 1}\n", "line 1: not valid JSON (Expecting property name", id="json"),
        pytest.param(b'{"a": NaN}\n', "line 1: NaN is not a number JSON allows", id="nan"),
        pytest.param(b'{"a": 1, "a": 2}\n', "line 1: the key 'a' appears twice", id="dup-key"),
        pytest.param(b"\xef\xbb\xbf{}\n", "line 1: not valid JSON (Unexpected UTF-8 BOM", id="bom"),
        pytest.param(b"[" * 100_000 + b"\n", "line 1: not valid JSON", id="deep"),
    ],
)
def test_a_line_that_is_not_one_json_object_is_refused(data: bytes, expected: str) -> None:
    assert expected in _refusal(data)


def test_a_file_cut_short_is_refused() -> None:
    data = encode_jsonl([change(1), change(2)])[:-1]

    assert _refusal(data).startswith("changes.jsonl line 2: the last line does not end")


def test_a_blank_line_between_changes_is_refused() -> None:
    first, second = (encode_jsonl([c]) for c in (change(1), change(2)))

    assert _refusal(first + b"\n" + second).startswith("changes.jsonl line 2: the line is blank")


def test_a_change_twice_in_one_file_is_refused_naming_both_lines() -> None:
    data = encode_jsonl([change(1), change(2), change(1)])

    assert _refusal(data) == "changes.jsonl line 3: change lapA:1 appears twice (first on line 1)"


def test_validate_change_names_the_place_and_the_reader_s_own_column_names() -> None:
    fields = {**_valid(), "seq": -1}

    with pytest.raises(BundleRefused) as caught:
        validate_change(
            fields,
            where="data.xlsx sheet supplier row 12",
            now_ms=NOW_MS,
            labels={"seq": "column C (seq)"},
        )

    assert str(caught.value).startswith("data.xlsx sheet supplier row 12: column C (seq): -1 is")


def test_wire_changes_are_values() -> None:
    one = change(3, parents=("lapA:1",))

    assert one == WireChange(**{**one.to_json(), "parents": ("lapA:1",)})
    assert one.to_row()["parents"] == ["lapA:1"]
