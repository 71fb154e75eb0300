"""CAPAs raised from findings: the pre-filled form, what is stored, the refusals, the links both
ways, and the rule that a major finding is signed only with a CAPA or a reason for none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.queries.capa_form import prepare_capa
from sqms_desktop.queries.capa_links import (
    capas_of_audit,
    finding_id_of,
    findings_of_capas,
    undecided_findings,
)
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services import audits, capas, findings, signatures, users
from sqms_desktop.services.capa_raise import (
    RaiseFromFindings,
    raise_from_findings,
    record_no_capa_reason,
)
from sqms_desktop.services.evidence import attach_evidence_bytes
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Capa, Finding
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import LEAD_PASSWORD, QE, D, World, build_world
from tests.support.photos import jpeg


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


def _photo(world: World, finding_id: str) -> str:
    with world.lead_uow() as u:
        attachment = attach_evidence_bytes(
            u,
            world.audit,
            jpeg(),
            "flange.jpg",
            caption="Burr at 3 o'clock",
            finding_id=finding_id,
        )
        u.commit()
        return attachment.sha256


def _raise(world: World, **choices: object) -> Capa:
    with world.qe() as u:
        capa = raise_from_findings(u, RaiseFromFindings(**choices))  # type: ignore[arg-type]
        u.commit()
        return capa


def test_the_form_is_filled_from_the_findings(world: World) -> None:
    sha = _photo(world, world.findings[0])
    with world.store.session() as session:
        form = prepare_capa(session, world.findings, user=QE, today=D, is_scar=True)
    assert form.supplier_code == "S1"
    assert form.title == "Burrs on the flange and 1 more finding"
    assert form.owner == "Quinn Quality"
    assert form.can_issue
    assert not form.safety_critical
    reference = form.findings[0].reference
    assert reference.endswith("-F01")
    problem = form.problem_description
    assert f"{reference} — major nonconformity" in problem
    assert "Requirement: Drawing 4711" in problem
    assert "Finding: Gauge not calibrated" in problem
    assert f"flange.jpg (SHA-256 {sha[:12]}…): Burr at 3 o'clock" in problem
    assert form.d2["what"] == (
        f"{reference}: Burrs on the flange\n{form.findings[1].reference}: Gauge not calibrated"
    )
    assert form.d2["why"] == f"{reference}: Requirement not met: Drawing 4711"
    assert form.d2["where"] == "Kowalczyk Sp. z o.o."
    assert form.d2["who"] == "Audit team led by Lena Lead"
    assert [e.sha256 for e in form.evidence] == [sha]
    assert form.due()["containment_due"] == D + dt.timedelta(days=1)
    assert form.due()["closure_due"] == D + dt.timedelta(days=30)


def test_raising_stores_what_the_form_showed_and_issues_it(world: World) -> None:
    with world.store.session() as session:
        form = prepare_capa(session, world.findings[:1], user=QE, today=D, is_scar=True)
    with world.qe() as u:
        capas.set_supplier_deadlines(
            u,
            world.supplier,
            {
                "containment_due": 2,
                "root_cause_due": 10,
                "corrective_action_due": 20,
                "verification_due": 40,
                "closure_due": 60,
            },
        )
        u.commit()
    capa = _raise(world, finding_ids=world.findings[:1], is_scar=True)
    with world.store.session() as session:
        stored = session.get_one(Capa, capa.id)
        assert stored.title == form.title == "Burrs on the flange"
        assert stored.problem_description == form.problem_description
        assert stored.d2 is not None
        assert stored.d2["why"] == "Requirement not met: Drawing 4711"
        assert stored.is_scar
        assert stored.state == "issued"
        assert stored.issued_on == D
        assert stored.owner == "Quinn Quality"
        assert stored.source == "audit"
        assert (stored.containment_due, stored.closure_due) == (
            D + dt.timedelta(days=2),
            D + dt.timedelta(days=60),
        )
        status = session.get_one(Finding, world.findings[0]).status
    assert status == "capa_raised"


def test_choices_replace_the_pre_filled_values(world: World) -> None:
    capa = _raise(
        world,
        finding_ids=world.findings,
        title="Flange burrs",
        owner="lena",
        safety_critical=True,
        draft=True,
    )
    with world.store.session() as session:
        stored = session.get_one(Capa, capa.id)
        # A user name becomes the printed name; a draft has no deadlines yet.
        assert (stored.title, stored.owner, stored.is_scar) == ("Flange burrs", "Lena Lead", False)
        assert stored.state == "draft"
        assert stored.containment_due is None
    with world.qe() as u:
        capas.issue_capa(u, capa.id, D)
        u.commit()
        # Safety-critical: contained within a day whatever was agreed.
        assert u.session.get_one(Capa, capa.id).containment_due == D + dt.timedelta(days=1)
    outsider = _raise(world, finding_ids=[world.other_finding], owner="Jana Novák", draft=True)
    assert outsider.owner == "Jana Novák"


def test_refusals_name_the_finding_and_why(world: World) -> None:
    first = _raise(world, finding_ids=world.findings[:1])
    with world.lead_uow() as u:
        practice = audits.raise_finding(u, world.audit, "good_practice", "Tidy shop floor")
        u.commit()
    with world.qe() as u, pytest.raises(ValidationError) as refused:
        raise_from_findings(u, RaiseFromFindings([world.findings[0], practice.id]))
    message = str(refused.value)
    assert f"{first.reference} (issued)" in message
    assert "already has an open CAPA" in message
    assert "is a good practice" in message
    with world.qe() as u:
        with pytest.raises(ValidationError, match="one CAPA answers findings of one supplier"):
            raise_from_findings(u, RaiseFromFindings([world.findings[1], world.other_finding]))
        with pytest.raises(ValidationError, match="at least one finding"):
            raise_from_findings(u, RaiseFromFindings([]))
        with pytest.raises(NotFoundError):
            raise_from_findings(u, RaiseFromFindings(["no-such-id"]))
    with world.qe() as u:  # a cancelled CAPA leaves the finding free for a new one
        capas.cancel_capa(u, first.id, reason="raised on the wrong finding")
        raise_from_findings(u, RaiseFromFindings(world.findings[:1]))
        u.commit()


def test_a_withdrawn_finding_is_named_as_withdrawn(world: World) -> None:
    with world.lead_uow() as u:
        audits.reopen_audit(u, world.audit, reason="one more finding")
        extra = audits.raise_finding(u, world.audit, "minor_nc", "Label missing")
        u.commit()
    with world.lead_uow() as u:
        findings.withdraw_finding(u, extra.id, reason="raised twice")
        u.commit()
    with world.store.session() as session:
        with pytest.raises(StateError, match=rf"{extra.reference}, withdrawn: raised twice"):
            finding_id_of(session, extra.reference)
        assert finding_id_of(session, world.findings[0]) == world.findings[0]
    with world.qe() as u, pytest.raises(ValidationError, match="withdrawn: raised twice"):
        raise_from_findings(u, RaiseFromFindings([extra.id]))


def test_roles_a_lead_auditor_raises_drafts_only(world: World) -> None:
    with world.lead_uow() as u, pytest.raises(PermissionDenied, match="raise it as a draft"):
        raise_from_findings(u, RaiseFromFindings(world.findings[:1]))
    with world.lead_uow() as u:
        capa = raise_from_findings(u, RaiseFromFindings(world.findings[:1], draft=True))
        u.commit()
    assert capa.state == "draft"
    assert capa.owner == "Lena Lead"
    with world.store.session() as session:
        form = prepare_capa(session, world.findings[1:], user="lena", today=D)
    assert not form.can_issue


def test_links_read_both_ways(world: World) -> None:
    capa = _raise(world, finding_ids=world.findings, is_scar=True)
    with world.store.session() as session:
        by_finding = capas_of_audit(session, world.audit)
        by_capa = findings_of_capas(session, [capa.id])
        detail = capa_detail(session, capa.id, D)
    assert [link.reference for link in by_finding[world.findings[0]]] == [capa.reference]
    assert by_finding[world.findings[1]][0].is_scar
    references = by_capa[capa.id]
    assert len(references) == 2
    assert references[0].endswith("-F01")
    assert [f.reference for f in detail.findings] == list(references)
    assert detail.row.findings == references


def test_signing_needs_a_capa_or_a_reason_for_each_major(world: World) -> None:
    with world.lead_uow() as u, pytest.raises(StateError) as refused:
        signatures.sign_audit(u, world.audit, "lena", LEAD_PASSWORD)
    major = finding_reference(world, world.findings[0])
    assert f"{major} (major nc) has neither a CAPA nor a recorded reason" in str(refused.value)
    with world.store.session() as session:
        assert [f.reference for f in undecided_findings(session, world.audit)] == [major]

    with world.lead_uow() as u:  # the minor is not asked about; the major gets a reason
        with pytest.raises(ValidationError, match="only a major nonconformity"):
            record_no_capa_reason(u, world.findings[1], "trivial")
        with pytest.raises(ValidationError, match="must not be empty"):
            record_no_capa_reason(u, world.findings[0], "  ")
        record_no_capa_reason(u, world.findings[0], "Burrs removed and parts re-checked on site")
        signatures.sign_audit(u, world.audit, "lena", LEAD_PASSWORD)
        u.commit()
    with world.lead_uow() as u:  # the reason is signed content: the locked audit keeps it
        with pytest.raises(StateError, match="locked"):
            record_no_capa_reason(u, world.findings[0], "other words")
        audits.change_audit_status(u, world.audit, "report_issued")
        u.commit()


def test_a_cancelled_capa_does_not_count_and_the_report_step_checks_too(world: World) -> None:
    capa = _raise(world, finding_ids=world.findings[:1])
    with world.lead_uow() as u:
        with pytest.raises(StateError, match="answered by"):
            record_no_capa_reason(u, world.findings[0], "not needed")
        signatures.sign_audit(u, world.audit, "lena", LEAD_PASSWORD)
        u.commit()
    with world.qe() as u:
        capas.cancel_capa(u, capa.id, reason="duplicate")
        u.commit()
    with world.lead_uow() as u, pytest.raises(StateError, match="cannot be issued as a report"):
        audits.change_audit_status(u, world.audit, "report_issued")
    _raise(world, finding_ids=world.findings[:1])  # a signed audit's finding still gets one
    with world.lead_uow() as u:
        audits.change_audit_status(u, world.audit, "report_issued")
        u.commit()


def test_only_the_audits_lead_or_a_quality_engineer_records_the_reason(
    world: World, uow: Callable[[], UnitOfWork]
) -> None:
    with uow() as u:
        users.create_user(u, "otto", "Otto Other", "lead_auditor")
        users.create_user(u, "abe", "Abe Auditor", "auditor")
        u.commit()
    for name, pattern in (("otto", "does not lead audit"), ("abe", "needs the lead auditor")):
        with _as(world, name) as u, pytest.raises(PermissionDenied, match=pattern):
            record_no_capa_reason(u, world.findings[0], "fixed on site")
    with world.qe() as u:
        record_no_capa_reason(u, world.findings[0], "fixed on site")
        u.commit()
        stored = u.session.scalar(
            select(Finding.no_capa_reason).where(Finding.id == world.findings[0])
        )
    assert stored == "fixed on site"


def _as(world: World, name: str) -> UnitOfWork:
    from tests.support.store import acting

    return acting(world.store, name, world.context)


def finding_reference(world: World, finding_id: str) -> str:
    with world.store.session() as session:
        return session.get_one(Finding, finding_id).reference
