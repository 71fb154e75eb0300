"""The merge rules of the fold, on hand-made changes: a deterministic winner, a CAPA's stage
that never goes back, a delete that removes only what it saw, and a delete settled later."""

from __future__ import annotations

from typing import Any

from sqms_desktop.sync.fold import ChangeRow, fold_record


def change(
    cid: str,
    field: str | None,
    value: Any = None,
    *,
    kind: str = "set",
    parents: tuple[str, ...] = (),
    hlc: str | None = None,
    entity: str = "supplier",
) -> ChangeRow:
    replica, _, seq = cid.partition(":")
    return ChangeRow(
        change_id=cid,
        replica_id=replica,
        hlc=hlc or f"{1_700_000_000_000 + int(seq):013d}-000000",
        entity=entity,
        entity_id="r1",
        field=field,
        kind=kind,
        value=value,
        parents=parents,
    )


CREATED = [change("c:1", "name", "Kuhn"), change("c:2", "city", "Ulm")]


def test_concurrent_edits_keep_both_heads_and_show_the_latest_clock() -> None:
    a = change("a:1", "name", "Kuhn GmbH", parents=("c:1",), hlc="1700000000100-000000")
    b = change("b:1", "name", "Kuhn AG", parents=("c:1",), hlc="1700000000200-000000")
    state = fold_record([*CREATED, a, b])
    assert state.fields["name"] == "Kuhn AG"
    assert {h.change_id for h in state.heads["name"]} == {"a:1", "b:1"}
    assert state.visible


def test_the_same_clock_is_broken_by_the_replica_id_in_any_order() -> None:
    a = change("a:1", "name", "A", parents=("c:1",), hlc="1700000000100-000000")
    b = change("b:1", "name", "B", parents=("c:1",), hlc="1700000000100-000000")
    assert fold_record([*CREATED, a, b]).fields["name"] == "B"
    assert fold_record([b, a, *CREATED]).fields["name"] == "B"


def test_a_capa_stage_takes_the_furthest_stage_not_the_latest_clock() -> None:
    made = change("c:1", "state", "issued", kind="status", entity="capa")
    ahead = change("a:1", "state", "root_cause", kind="status", parents=("c:1",),
                   hlc="1700000000100-000000", entity="capa")  # fmt: skip
    behind = change("b:1", "state", "containment", kind="status", parents=("c:1",),
                    hlc="1700000000900-000000", entity="capa")  # fmt: skip
    assert fold_record([made, ahead, behind]).fields["state"] == "root_cause"


def test_a_delete_that_saw_every_head_removes_the_record() -> None:
    gone = change("c:3", None, kind="delete", parents=("c:1", "c:2"))
    assert not fold_record([*CREATED, gone]).visible


def test_a_delete_concurrent_with_an_edit_keeps_the_whole_record_and_is_open() -> None:
    gone = change("c:3", None, kind="delete", parents=("c:1", "c:2"))
    edit = change("a:1", "city", "Neu-Ulm", parents=("c:2",))
    state = fold_record([*CREATED, gone, edit])
    assert state.visible
    assert state.fields == {"name": "Kuhn", "city": "Neu-Ulm"}
    assert [d.change_id for d in state.open_deletes] == ["c:3"]


def test_a_record_made_again_after_its_delete_shows_the_new_values_without_a_conflict() -> None:
    gone = change("c:3", None, kind="delete", parents=("c:1", "c:2"))
    again = [
        change("c:4", "name", "Kuhn neu", parents=("c:1", "c:3")),
        change("c:5", "city", "Ulm", parents=("c:2", "c:3")),
    ]
    state = fold_record([*CREATED, gone, *again])
    assert state.visible
    assert state.fields == {"name": "Kuhn neu", "city": "Ulm"}
    assert state.open_deletes == []
    assert all(len(heads) == 1 for heads in state.heads.values())


def test_keeping_a_record_settles_the_delete() -> None:
    gone = change("c:3", None, kind="delete", parents=("c:1", "c:2"))
    edit = change("a:1", "city", "Neu-Ulm", parents=("c:2",))
    keep = change("c:4", None, kind="resolve", parents=("c:3",))
    state = fold_record([*CREATED, gone, edit, keep])
    assert state.visible
    assert state.open_deletes == []
