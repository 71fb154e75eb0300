"""The one write path: every write leaves field-level changes and trail entries, atomically."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import ValidationError
from sqms_desktop.services import suppliers
from sqms_desktop.services.suppliers import SupplierInput
from sqms_desktop.store.clock import Hlc
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change, ChangeHead, Replica, TrailEntry
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork


def _changes(store: Store, entity_id: str) -> list[Change]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Change).where(Change.entity_id == entity_id).order_by(Change.seq)
            )
        )


def _create(uow: Callable[[], UnitOfWork], code: str = "ACME") -> str:
    with uow() as u:
        supplier = suppliers.create_supplier(u, SupplierInput(code=code, name="Acme Präzision"))
        u.commit()
        return supplier.id


def test_create_records_one_change_per_field(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    supplier_id = _create(uow)
    changes = _changes(store, supplier_id)
    fields = {c.field: c for c in changes}
    assert set(fields) == {
        "code",
        "name",
        "country",
        "status",
        "approval_scope",
        "new_business_hold",
        "risk_class",
        "commodities",
        "street",
        "postal_code",
        "city",
        "duns",
        "vat_id",
        "risk_reason",
        "preferred",
    }
    assert fields["name"].value == "Acme Präzision"
    assert fields["status"].kind == "status"
    assert fields["name"].kind == "set"
    assert all(c.parents == [] for c in changes)
    assert all(c.author == "anna" and c.entity == "supplier" for c in changes)
    with store.session() as session:
        replica = session.scalars(select(Replica).where(Replica.is_local.is_(True))).one()
        # the changes before are those of the store's administrator, made by the fixture
        before = session.scalar(
            select(func.count()).select_from(Change).where(Change.entity_id != supplier_id)
        )
    assert before
    assert [c.change_id for c in changes] == [
        f"{replica.id}:{n}" for n in range(before + 1, before + len(changes) + 1)
    ]


def test_update_names_the_field_heads_as_parents(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    supplier_id = _create(uow)
    first_status = next(c for c in _changes(store, supplier_id) if c.field == "status")
    with uow() as u:
        suppliers.set_supplier_status(u, supplier_id, "approved", reason="audit passed")
        u.commit()
    with uow() as u:
        suppliers.set_supplier_status(u, supplier_id, "probation", reason="PPM above target")
        u.commit()
    status = [c for c in _changes(store, supplier_id) if c.field == "status"]
    assert [c.value for c in status] == ["prospect", "approved", "probation"]
    assert status[1].parents == [first_status.change_id]
    assert status[2].parents == [status[1].change_id]
    with store.session() as session:
        heads = session.scalars(
            select(ChangeHead.change_id).where(
                ChangeHead.entity_id == supplier_id, ChangeHead.field == "status"
            )
        ).all()
    assert heads == [status[2].change_id]


def test_hlc_strictly_increases_even_when_the_clock_stands_still(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    _create(uow, "AAA")
    _create(uow, "BBB")
    with store.session() as session:
        hlcs = [Hlc.decode(h) for h in session.scalars(select(Change.hlc).order_by(Change.seq))]
    assert hlcs == sorted(hlcs)
    assert len(set(hlcs)) == len(hlcs)


def test_trail_keeps_old_new_value_user_offset_and_reason(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    supplier_id = _create(uow)
    with uow() as u:
        suppliers.set_supplier_status(u, supplier_id, "approved", reason="audit AUD-1 passed")
        u.commit()
    with store.session() as session:
        entries = session.scalars(
            select(TrailEntry).where(TrailEntry.record_id == supplier_id).order_by(TrailEntry.seq)
        ).all()
    created, changed = entries
    assert created.action == "create"
    assert json.loads(created.new_value or "")["code"] == "ACME"
    assert (changed.field, changed.old_value, changed.new_value) == (
        "status",
        '"prospect"',
        '"approved"',
    )
    assert changed.reason == "audit AUD-1 passed"
    assert changed.user == "anna"
    assert changed.utc_offset_minutes == 60
    assert changed.at_utc.endswith("Z")
    assert changed.prev_hash == created.hash


def test_unchanged_values_write_nothing(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    supplier_id = _create(uow)
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(TrailEntry))
    with uow() as u:
        supplier = u.session.get_one(Supplier, supplier_id)
        assert u.update(supplier, {"name": "Acme Präzision"}) == []
        u.commit()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(TrailEntry)) == before


def test_a_failed_action_leaves_no_record_change_or_trail(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    supplier_id = _create(uow)
    with store.session() as session:
        before = [
            session.scalar(select(func.count()).select_from(table))
            for table in (Change, TrailEntry, ChangeHead)
        ]
    with uow() as u:
        suppliers.add_site(u, supplier_id, "Werk Süd", city="Ulm", country="DE")
        with pytest.raises(ValidationError, match="valid until"):
            suppliers.add_certificate(
                u,
                supplier_id,
                "ISO 9001",
                "C-1",
                issuer="TÜV",
                valid_from=dt.date(2026, 1, 1),
                valid_until=dt.date(2025, 1, 1),
            )
        # the action failed: the caller does not commit, the unit of work rolls back
    with store.session() as session:
        after = [
            session.scalar(select(func.count()).select_from(table))
            for table in (Change, TrailEntry, ChangeHead)
        ]
    assert after == before


def test_delete_sees_every_field_head_and_needs_a_reason(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    supplier_id = _create(uow)
    with uow() as u:
        site = suppliers.add_site(u, supplier_id, "Werk Nord", country="DE")
        u.commit()
    with uow() as u:
        record = u.session.get_one(type(site), site.id)
        with pytest.raises(ValidationError, match="reason"):
            u.delete(record, reason=" ")
        u.delete(record, reason="site closed in 2025")
        u.commit()
    changes = _changes(store, site.id)
    removal = changes[-1]
    assert removal.kind == "delete"
    assert removal.field is None
    assert sorted(removal.parents) == sorted(c.change_id for c in changes[:-1])
    with store.session() as session:
        entry = session.scalars(select(TrailEntry).order_by(TrailEntry.seq.desc())).first()
    assert entry is not None
    assert (entry.action, entry.reason) == ("delete", "site closed in 2025")
    assert json.loads(entry.old_value or "")["name"] == "Werk Nord"


def test_duplicate_supplier_code_is_refused(uow: Callable[[], UnitOfWork]) -> None:
    _create(uow, "DUP")
    with pytest.raises(ValidationError, match="DUP is already used"):
        _create(uow, "DUP")


def test_a_unit_of_work_commits_once(uow: Callable[[], UnitOfWork]) -> None:
    from sqms_desktop.errors import StateError

    with uow() as u:
        suppliers.create_supplier(u, SupplierInput(code="ONCE", name="Once"))
        u.commit()
        with pytest.raises(StateError, match="already saved"):
            u.commit()


def test_text_longer_than_its_column_is_refused_in_words(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    """SQLite would keep it whole and PostgreSQL refuse it with a database error: both say this."""
    supplier_id = _create(uow)
    with uow() as u, pytest.raises(ValidationError, match=r"supplier duns is longer than 9"):
        u.add(Supplier(code="LONG", name="Long GmbH", duns="1" * 10, commodities=[]))
    with uow() as u:
        supplier = u.get(Supplier, supplier_id)
        assert supplier is not None
        with pytest.raises(
            ValidationError, match=r"supplier code is longer than 32 .*\(33 given\)"
        ):
            u.update(supplier, {"code": "C" * 33})
    assert [c.field for c in _changes(store, supplier_id)].count("code") == 1
