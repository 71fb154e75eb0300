"""The demo store: realistic, complete, deterministic, and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.demo import DemoOptions, create_demo_store
from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.services.capas import overdue_stage
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import (
    Audit,
    AuditStatus,
    Capa,
    CapaState,
    Certificate,
    Finding,
    FindingClass,
    KpiRecord,
    Supplier,
)
from sqms_desktop.trail import verify_chain
from tests.conftest import DEMO_TODAY


def test_demo_covers_every_state_class_and_stage(demo_store_file: Path) -> None:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        statuses = set(session.scalars(select(Audit.status)))
        classes = set(session.scalars(select(Finding.finding_class)))
        capas = session.scalars(select(Capa)).all()
        names = list(session.scalars(select(Supplier.name)))
        certificates = session.scalars(select(Certificate)).all()
        kpi_periods = session.scalar(
            select(func.count(func.distinct(KpiRecord.period))).where(
                KpiRecord.supplier_id == select(Supplier.id).limit(1).scalar_subquery()
            )
        )
        assert verify_chain(session).ok
    store.close()
    assert statuses == set(AuditStatus.values())
    assert classes == set(FindingClass.values())
    assert {c.state for c in capas} == set(CapaState.values())
    assert any(overdue_stage(c, DEMO_TODAY) for c in capas), "some CAPAs must be overdue"
    text = " ".join(names)
    for letter in ("ü", "ş", "ł", "精"):
        assert any(letter in n.lower() or letter in n for n in names), f"no name with {letter}"
    assert text
    warn = DEMO_TODAY + dt.timedelta(days=90)
    assert any(DEMO_TODAY <= c.valid_until <= warn for c in certificates)
    assert any(c.valid_until < DEMO_TODAY for c in certificates)
    assert kpi_periods == 24


def _dump(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    rows = []
    for table in ("supplier", "audit", "answer", "finding", "capa", "kpi_record"):
        rows += [(table, *r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY id")]
    rows += list(connection.execute("SELECT change_id, hlc, value FROM change ORDER BY seq"))
    rows += list(connection.execute("SELECT hash FROM trail_entry ORDER BY seq"))
    connection.close()
    return rows


def test_same_seed_gives_the_same_store(tmp_path: Path) -> None:
    options = DemoOptions(suppliers=3, audits=12, seed=99, today=DEMO_TODAY)
    create_demo_store(tmp_path / "a.sqlite", options)
    create_demo_store(tmp_path / "b.sqlite", options)
    create_demo_store(tmp_path / "c.sqlite", DemoOptions(3, 12, seed=100, today=DEMO_TODAY))
    assert _dump(tmp_path / "a.sqlite") == _dump(tmp_path / "b.sqlite")
    assert _dump(tmp_path / "a.sqlite") != _dump(tmp_path / "c.sqlite")


def test_cancelled_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    seen: list[int] = []
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done == 5:
            progress.cancel()

    progress._callback = report
    target = tmp_path / "demo.sqlite"
    with pytest.raises(Cancelled):
        create_demo_store(target, DemoOptions(suppliers=4, audits=20, today=DEMO_TODAY), progress)
    assert seen[-1] == 5
    assert list(tmp_path.iterdir()) == []


def test_demo_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite"
    target.write_bytes(b"precious")
    from sqms_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="already exists"):
        create_demo_store(target, DemoOptions(suppliers=1, audits=1))
    assert target.read_bytes() == b"precious"


def test_demo_never_mixes_into_a_store_with_suppliers(demo_copy: Path) -> None:
    from sqms_desktop.demo import generate_demo
    from sqms_desktop.errors import ValidationError

    store = open_store(f"sqlite:///{demo_copy}")
    try:
        with pytest.raises(ValidationError, match="already holds suppliers"):
            generate_demo(store, DemoOptions(suppliers=1, audits=1))
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Supplier)) == 8
    finally:
        store.close()


def test_nothing_in_the_demo_trail_happens_after_its_reference_day(demo_store_file: Path) -> None:
    connection = sqlite3.connect(demo_store_file)
    latest = connection.execute("SELECT max(at_utc) FROM trail_entry").fetchone()[0]
    connection.close()
    assert latest < (DEMO_TODAY + dt.timedelta(days=1)).isoformat()


def test_demo_audits_use_the_library_and_vda_audits_score_by_element(
    demo_store_file: Path,
) -> None:
    from sqms_desktop.audit_score import score_audit
    from sqms_desktop.store.models import ChecklistTemplate

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        keys = set(session.scalars(select(ChecklistTemplate.key)))
        vda = session.scalars(
            select(Audit)
            .join(ChecklistTemplate, ChecklistTemplate.id == Audit.template_id)
            .where(ChecklistTemplate.scheme == "vda63", Audit.status == "closed")
        ).first()
        assert vda is not None
        result = score_audit(session, vda.id)
        stored = (vda.score, vda.grade, vda.rule_edition)
    store.close()
    assert keys == {"iso9001-supplier", "vda63-process", "gmp-api-supplier", "as9100-supplement"}
    assert stored == (result.total, result.grade, 2023)
    assert [f.code for f in result.elements] == ["P2", "P3", "P4", "P5", "P6", "P7"]
    assert [f.code for f in result.sub_elements] == ["U1", "U2", "U3", "U4", "U5", "U6"]


def test_every_signed_demo_audit_carries_a_valid_signature(demo_store_file: Path) -> None:
    from sqms_desktop.demo_data import DEMO_PASSWORDS
    from sqms_desktop.services.identity import password_matches
    from sqms_desktop.services.signatures import verify_signatures
    from sqms_desktop.store.ledger import Credential
    from sqms_desktop.store.models import User

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        signed = session.scalars(
            select(Audit).where(Audit.status.in_(["signed", "report_issued", "closed"]))
        ).all()
        assert signed
        for audit in signed:
            checks = verify_signatures(session, "audit", audit.id)
            assert [c.valid for c in checks] == [True], (audit.reference, checks)
        hashes = dict(
            session.execute(
                select(User.username, Credential.password_hash).join(
                    Credential, Credential.user_id == User.id
                )
            ).all()
        )
    store.close()
    assert password_matches(DEMO_PASSWORDS["admin"], hashes["admin"])
