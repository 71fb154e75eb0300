"""The central store on PostgreSQL: the same migrations, services, queries, trail and command
line as on SQLite, each test on a database of its own (tests/support/postgres.py). Skipped
without SQMS_TEST_POSTGRES_URL; CI starts a server and requires them (.ci/run)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pypdf import PdfReader
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.queries.finding_register import FindingFilter, findings_register
from sqms_desktop.queries.suppliers import list_suppliers
from sqms_desktop.queries.trail import TrailFilter, list_trail
from sqms_desktop.services import audit_plan, audits, suppliers, templates, users
from sqms_desktop.store.attachments import AttachmentBlob, attachment_store
from sqms_desktop.store.base import Base
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Change, TrailEntry
from sqms_desktop.store.migrate import HEAD_REVISION, current_revision, upgrade_to_head
from sqms_desktop.store.models import Attachment, Audit, Supplier, alembic_compares
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences
from tests.support.cli_session import Sqms, new_team_store
from tests.support.day_one import work_day_one

pytestmark = pytest.mark.postgres

WRITER = Path(__file__).with_name("postgres_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def central(postgres_url: str) -> Iterator[Store]:
    store = open_store(postgres_url)
    yield store
    store.close()


def _team(store: Store) -> tuple[str, str, str]:
    """An administrator, a lead auditor (lena), a supplier and the ISO 9001 extract released;
    returns the supplier, template and lead ids."""
    with UnitOfWork(store, WriteContext(user="root")) as u:
        users.create_user(u, "root", "Root Admin", "admin")
        lena = users.create_user(u, "lena", "Lena Größ", "lead_auditor")
        supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="KUHN", name="Kuhn Stanztechnik GmbH", country="DE")
        )
        template = templates.create_template(u, ISO9001_EXTRACT)
        templates.release_template(u, template.id)
        u.commit()
        return supplier.id, template.id, lena.id


def test_a_new_database_is_migrated_to_head_and_matches_the_models(central: Store) -> None:
    with central.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": alembic_compares}
        )
        assert compare_metadata(context, Base.metadata) == []
    again = open_store(central.url)  # a second start: nothing to do, no backup
    try:
        assert upgrade_to_head(again.engine) is None
        with again.engine.connect() as connection:
            assert current_revision(connection) == HEAD_REVISION
    finally:
        again.close()


@pytest.mark.parametrize("table", ["audit", "capa", "finding"])
def test_the_next_number_is_read_from_an_index_not_the_whole_table(
    central: Store, table: str
) -> None:
    """services.next_number's byte-wise range over a reference: without the COLLATE "C" index
    PostgreSQL can only scan every row (seen: 50 ms per number at 200,000 findings)."""
    query = (
        f'SELECT max(reference COLLATE "C") FROM {table} '
        "WHERE reference COLLATE \"C\" >= 'AUD-2026-' AND reference COLLATE \"C\" < 'AUD-2026.'"
    )
    with central.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # a tiny table is scanned anyway
        plan = "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {query}")))
    assert f"ix_{table}_reference_bytewise" in plan
    assert "Seq Scan" not in plan


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE trail_entry SET reason = 'rewritten'",
        "DELETE FROM trail_entry",
        "UPDATE change SET author = 'mallory'",
        "DELETE FROM change",
    ],
)
def test_the_logs_refuse_update_and_delete(central: Store, statement: str) -> None:
    _team(central)
    with central.session() as session:
        before = session.scalar(select(func.count()).select_from(TrailEntry))
    with (
        central.engine.connect() as connection,
        pytest.raises(IntegrityError, match="append-only"),
    ):
        connection.execute(text(statement))
    with central.session() as session:
        assert session.scalar(select(func.count()).select_from(TrailEntry)) == before
        assert "mallory" not in session.scalars(select(Change.author)).all()
        assert verify_chain(session).ok


@pytest.mark.slow
def test_a_teams_first_day_on_the_central_store(
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue-13 day one with `--db postgresql+psycopg://…`, then the trail and the fold
    checked, and the certificate scan kept in the store itself."""
    sqms: Sqms = new_team_store(postgres_url, capsys, monkeypatch)
    work_day_one(sqms, tmp_path)
    verified = sqms.json("trail", "verify")
    assert verified["ok"] is True
    assert verified["checked"] > 100
    checked = sqms.json("store", "check")
    assert (checked["ok"], checked["differences"], checked["trail"]["ok"]) == (True, [], True)
    assert checked["trail"]["checkpoints"] >= 1  # the day's electronic signature
    info = sqms.json("store", "info")
    assert (info["backend"], info["attachments_in_database"]) == ("postgresql", True)
    assert info["schema_revision"] == HEAD_REVISION
    store = open_store(postgres_url)
    try:
        with store.session() as session:
            (scan,) = session.scalars(select(Attachment)).all()
            kept = session.scalars(select(AttachmentBlob.sha256)).all()
        assert kept == [scan.sha256]
        assert attachment_store(store).read(scan.sha256).startswith(b"%PDF")
    finally:
        store.close()


@pytest.mark.slow
def test_the_demo_fills_a_central_store(postgres_url: str, tmp_path: Path) -> None:
    """`sqms demo` on PostgreSQL, its photos kept in the database and printed in a report."""
    run = subprocess.run(
        [sys.executable, "-m", "sqms_desktop.cli", "demo", "--db", postgres_url,
         "--suppliers", "3", "--audits", "6", "--today", "2026-11-30", "--json"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["store"] == make_url(postgres_url).render_as_string(hide_password=True)
    assert summary["audits"] == 6 + summary["self_assessments"]
    assert summary["self_assessments"] == 2
    assert summary["deliveries"] > 0
    store = open_store(postgres_url)
    try:
        with store.session() as session:
            assert verify_chain(session).ok
            assert differences(session) == []
            photos = session.scalars(select(Attachment)).all()
        assert photos, "the demo attaches photos and certificate scans"
        kept = attachment_store(store)
        for photo in photos:
            assert kept.has(photo.sha256)
            kept.read(photo.sha256)  # checks the bytes against their SHA-256
        with store.session() as session:
            audit, shown = session.execute(
                select(Audit.reference, func.count(Attachment.id))
                .join(Attachment, Attachment.audit_id == Audit.id)
                .where(Attachment.media_type == "image/jpeg")
                .group_by(Audit.reference)
                .order_by(func.count(Attachment.id).desc(), Audit.reference)
                .limit(1)
            ).one()
    finally:
        store.close()
    report = tmp_path / "report.pdf"
    assert main(["--db", postgres_url, "report", "pdf", audit, "-o", str(report)]) == 0
    printed = sum(len(page.images) for page in PdfReader(report).pages)
    assert printed >= shown


@pytest.mark.slow
def test_two_processes_number_audits_at_once_without_a_twin(central: Store) -> None:
    supplier_id, template_id, lead_id = _team(central)
    per_writer = 12
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                central.url,
                supplier_id,
                template_id,
                lead_id,
                str(per_writer),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:  # both have the store open before either writes
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    printed: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        printed += out.split()
    with central.session() as session:
        stored = session.scalars(select(Audit.reference)).all()
        assert verify_chain(session).ok
        assert differences(session) == []
    assert len(printed) == 2 * per_writer
    assert sorted(stored) == sorted(printed)
    numbers = sorted(int(reference.rsplit("-", 1)[1]) for reference in stored)
    assert numbers == list(range(1, 2 * per_writer + 1))


def test_searches_ignore_case_as_on_sqlite(central: Store) -> None:
    supplier_id, template_id, lead_id = _team(central)
    with UnitOfWork(central, WriteContext(user="lena")) as u:
        audit = audit_plan.plan_audit(
            u, audit_plan.AuditPlan(supplier_id, template_id, lead_id, dt.date(2026, 3, 2))
        )
        audits.start_audit(u, audit.id, dt.date(2026, 3, 2))
        audits.raise_finding(u, audit.id, "minor_nc", "Gauge G-17 Calibration overdue")
        u.commit()
    with UnitOfWork(central, WriteContext(user="root")) as u:
        suppliers.add_site(u, supplier_id, "Werk Ulm", city="Ulm", country="DE")
        u.commit()
    with central.session() as session:
        for needle in ("calibration", "GAUGE G-17", "kuhn"):
            found = findings_register(session, FindingFilter(text=needle))
            assert [f.statement for f in found] == ["Gauge G-17 Calibration overdue"], needle
        assert findings_register(session, FindingFilter(text="g-17%")) == []  # % is a character
        trail = list_trail(session, TrailFilter(text="werk ulm"))
        assert {entry.entity for entry in trail} == {"site"}
    with (
        UnitOfWork(central, WriteContext(user="root")) as u,
        pytest.raises(ValidationError, match="already has a site called 'WERK ULM'"),
    ):
        suppliers.add_site(u, supplier_id, "WERK ULM", city="Ulm", country="DE")


def test_json_ordering_and_text_lengths_as_on_sqlite(central: Store, tmp_path: Path) -> None:
    """The same services on both stores give the same rows, in the same order."""
    local = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    try:
        shown = [_suppliers_shown(store) for store in (local, central)]
    finally:
        local.close()
    assert shown[0] == shown[1]
    assert [code for code, _ in shown[1]] == ["AB-2", "AB.1", "AB10", "ABC", "AB_3"]  # bytewise
    assert shown[1][0][1] == ["Stanzteile", "Ösen", '{"quoted": [1, 2]}']


def _suppliers_shown(store: Store) -> list[tuple[str, list[str]]]:
    with UnitOfWork(store, WriteContext(user="root")) as u:
        users.create_user(u, "root", "Root Admin", "admin")
        for code in ("AB_3", "AB10", "AB.1", "AB-2", "ABC"):
            commodities = ["Stanzteile", "Ösen", '{"quoted": [1, 2]}']
            suppliers.create_supplier(
                u,
                suppliers.SupplierInput(
                    code=code, name=f"Supplier {code}", commodities=commodities
                ),
            )
        supplier = u.session.scalars(select(Supplier).where(Supplier.code == "AB.1")).one()
        with pytest.raises(ValidationError, match="longer than"):
            suppliers.edit_supplier(u, supplier.id, suppliers.SupplierChanges(name="x" * 201))
        u.commit()
    with store.session() as session:
        kept = dict(session.execute(select(Supplier.code, Supplier.commodities)).all())
        return [(row.code, kept[row.code]) for row in list_suppliers(session)]


def test_connection_errors_are_explained(postgres_url: str) -> None:
    url = make_url(postgres_url)
    with pytest.raises(StoreError, match="no database called"):
        open_store(url.set(database="no_such_store").render_as_string(hide_password=False))
    with pytest.raises(StoreError, match="refused the user name or password"):
        open_store(url.set(password="wrong-password").render_as_string(hide_password=False))
    with pytest.raises(StoreError, match="No PostgreSQL server answers") as refused:
        open_store(url.set(port=1).render_as_string(hide_password=False))
    assert "wrong-password" not in str(refused.value)
