"""The visible tables are a fold over the change log: rebuilding from it gives the same records."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sqms_desktop.store.engine import open_store
from sqms_desktop.store.registry import record_tables
from sqms_desktop.sync.check import differences, table_records
from sqms_desktop.sync.fold import ChangeRow, fold, read_changes, rebuild


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    store = open_store(f"sqlite:///{path}")
    with store.session() as session:
        dump = {
            t.name: sorted((tuple(r) for r in session.execute(select(t)).all()), key=repr)
            for t in record_tables()
        }
    store.close()
    return dump


@pytest.mark.slow
def test_rebuilding_from_the_change_log_alone_gives_the_same_records(
    demo_copy: Path, tmp_path: Path
) -> None:
    source = open_store(f"sqlite:///{demo_copy}")
    with source.session() as session:
        records = fold(read_changes(session))
    source.close()

    target_path = tmp_path / "rebuilt.sqlite"
    target = open_store(f"sqlite:///{target_path}")
    with target.session() as session:
        written = rebuild(session, records)
        session.commit()
    target.close()

    original = _dump(demo_copy)
    rebuilt = _dump(target_path)
    assert written["audit"] == len(original["audit"]) > 0
    assert written["answer"] == len(original["answer"]) > 0
    for table in original:
        assert rebuilt[table] == original[table], f"{table} differs after the rebuild"


@pytest.mark.slow
def test_store_check_finds_a_record_changed_behind_the_write_path(demo_copy: Path) -> None:
    import sqlite3

    store = open_store(f"sqlite:///{demo_copy}")
    with store.session() as session:
        assert differences(session) == []
    connection = sqlite3.connect(demo_copy)
    connection.execute("UPDATE supplier SET status = 'approved' WHERE code = 'SUP-0005'")
    connection.commit()
    connection.close()
    with store.session() as session:
        found = differences(session)
        stored = table_records(session)
    store.close()
    assert len(found) == 1
    assert "fields differ: status" in found[0]
    assert any(r["code"] == "SUP-0005" for r in stored["supplier"].values())


def _c(
    cid: str, field: str | None, value: object, parents: tuple[str, ...] = (), *, hlc: str = ""
) -> ChangeRow:
    replica = cid.split(":", maxsplit=1)[0]
    kind = "delete" if field is None else "set"
    return ChangeRow(cid, replica, hlc or cid, "site", "s1", field, kind, value, parents)


def test_concurrent_edits_keep_every_head_and_show_the_latest() -> None:
    changes = [
        _c("a:1", "name", "Werk 1", hlc="0001"),
        _c("a:2", "name", "Werk Nord", ("a:1",), hlc="0003"),
        _c("b:7", "name", "Werk Süd", ("a:1",), hlc="0002"),
    ]
    assert fold(changes)["site"]["s1"]["name"] == "Werk Nord"
    resolved = [*changes, _c("b:8", "name", "Werk Süd", ("a:2", "b:7"), hlc="0004")]
    assert fold(resolved)["site"]["s1"]["name"] == "Werk Süd"


def test_equal_clocks_break_ties_by_replica_id() -> None:
    changes = [
        _c("a:1", "name", "base", hlc="0001"),
        _c("a:2", "name", "from a", ("a:1",), hlc="0005"),
        _c("z:1", "name", "from z", ("a:1",), hlc="0005"),
    ]
    assert fold(changes)["site"]["s1"]["name"] == "from z"


def test_delete_that_saw_every_edit_removes_the_record() -> None:
    changes = [
        _c("a:1", "name", "Werk 1"),
        _c("a:2", "city", "Ulm"),
        _c("a:3", None, None, ("a:1", "a:2")),
    ]
    assert "s1" not in fold(changes).get("site", {})


def test_edit_concurrent_with_a_delete_stays_visible() -> None:
    changes = [
        _c("a:1", "name", "Werk 1"),
        _c("a:2", None, None, ("a:1",)),
        _c("b:1", "name", "Werk 1 (renamed)", ("a:1",)),
    ]
    assert fold(changes)["site"]["s1"]["name"] == "Werk 1 (renamed)"


@given(st.permutations(range(6)))
def test_fold_does_not_depend_on_the_order_changes_arrive_in(order: list[int]) -> None:
    changes = [
        _c("a:1", "name", "one", hlc="0001"),
        _c("a:2", "name", "two", ("a:1",), hlc="0002"),
        _c("b:1", "name", "three", ("a:1",), hlc="0002"),
        _c("a:3", "city", "Łódź", hlc="0003"),
        _c("b:2", "city", "Poznań", ("a:3",), hlc="0001"),
        _c("c:1", None, None, ("a:2",), hlc="0009"),
    ]
    expected = fold(changes)
    assert fold([changes[i] for i in order]) == expected
    assert expected["site"]["s1"] == {"name": "three", "city": "Poznań"}
