"""The demo tells one story: each CAPA is about the problem its findings state, photos that a
finding speaks of are there and show it, and every supplier has its master data."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from sqms_desktop.demo.capa_topics import PROBLEM_OF, RELATED, SERIOUS
from sqms_desktop.demo.evidence import SeenFinding, scene_for
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import (
    Attachment,
    Audit,
    Capa,
    CapaFinding,
    Certificate,
    Contact,
    Finding,
    Site,
    Supplier,
)
from sqms_desktop.vocab import AuditStatus

pytestmark = pytest.mark.slow


def test_each_capa_is_titled_after_the_problem_its_findings_state(demo: Store) -> None:
    with demo.session() as session:
        capas = session.scalars(select(Capa)).all()
        linked = {
            c.id: session.scalars(
                select(Finding).join(CapaFinding).where(CapaFinding.capa_id == c.id)
            ).all()
            for c in capas
        }
    assert capas
    for capa in capas:
        findings = linked[capa.id]
        assert findings, capa.reference
        problems = {PROBLEM_OF[f.statement] for f in findings}
        assert capa.title in problems, capa.reference
        assert problems <= {capa.title} | RELATED.get(capa.title, set()), capa.reference
        audits = {f.audit_id for f in findings}
        assert len(audits) == 1, capa.reference  # never the whole register of findings
    # The CAPAs of audits with a major or critical finding are raised from it.
    assert any(f.finding_class in SERIOUS for c in capas for f in linked[c.id])


def test_photos_spoken_of_are_there_and_show_their_finding(demo: Store) -> None:
    with demo.session() as session:
        findings = session.scalars(select(Finding)).all()
        photos = session.scalars(select(Attachment).where(Attachment.finding_id.is_not(None)))
        shown: dict[str, list[Attachment]] = {}
        for photo in photos:
            shown.setdefault(str(photo.finding_id), []).append(photo)
    assert shown, "the demo attaches photos to findings"
    for finding in findings:
        said = f"{finding.statement} {finding.objective_evidence}".lower()
        if "photo" in said:
            assert shown.get(finding.id), finding.reference
        for photo in shown.get(finding.id, []):
            seen = SeenFinding(finding.id, finding.finding_class, finding.statement, None)
            assert scene_for(seen) is not None, (finding.reference, photo.caption)
            assert photo.caption.strip()


def test_every_supplier_has_sites_contacts_and_certificates(demo: Store) -> None:
    with demo.session() as session:
        suppliers = session.scalars(select(Supplier.id)).all()
        with_sites = set(session.scalars(select(Site.supplier_id)))
        with_contacts = set(session.scalars(select(Contact.supplier_id)))
        with_certificates = set(session.scalars(select(Certificate.supplier_id)))
    assert suppliers
    for supplier_id in suppliers:
        assert supplier_id in with_sites
        assert supplier_id in with_contacts
        assert supplier_id in with_certificates


def test_some_audits_are_in_every_status(demo: Store) -> None:
    with demo.session() as session:
        statuses = set(session.scalars(select(Audit.status)))
    assert statuses == set(AuditStatus.values())


def test_the_trail_runs_forward_in_time(demo: Store) -> None:
    """The demo writes its story in time order: each trail entry is no earlier than the one
    before it (an audit's CAPA stages weeks later do not come before the next audit)."""
    with demo.session() as session:
        times = list(session.scalars(select(TrailEntry.at_utc).order_by(TrailEntry.seq)))
    assert len(times) > 1000
    backwards = [(n, a, b) for n, (a, b) in enumerate(itertools.pairwise(times)) if b < a]
    assert backwards == []
    assert times[0] < times[-1]
