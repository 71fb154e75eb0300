"""Executing an audit through the services: references, answers, notes, undo, closing, follow-up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.audits import findings_to_check, last_audit_of
from sqms_desktop.queries.checklists import checklist_of_audit, question_id_by_qid
from sqms_desktop.queries.findings import escalation_if_raised, escalation_proposals
from sqms_desktop.queries.people import printed_name
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.services import audit_plan, audits, findings, suppliers, templates, users
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Answer, Audit, Finding, Question
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences

D = dt.date(2026, 3, 2)
Uow = Callable[[], UnitOfWork]
CHECKLIST = TemplateSpec(
    key="exec",
    title="Execution checklist",
    scheme="weighted",
    sections=[
        SectionSpec(
            "A",
            "Measuring",
            [
                QuestionSpec("q1", "Are gauges calibrated?", clause="7.1.5"),
                QuestionSpec("q2", "Is the area clean?", type="yes_no", clause="7.1.4"),
            ],
        ),
        SectionSpec(
            "B",
            "Records",
            [
                QuestionSpec("q3", "Are records kept?", clause="7.5", star=True),
                QuestionSpec("q4", "Remarks", type="text", required=False),
            ],
        ),
    ],
)


@dataclass
class World:
    store: Store
    context: WriteContext
    ids: dict[str, str]

    def acting(self, username: str) -> UnitOfWork:
        """One action of `username` (anna, the admin, is the `uow` fixture's user)."""
        context = WriteContext(user=username, clock=self.context.clock, new_id=self.context.new_id)
        return UnitOfWork(self.store, context)

    def qid(self, qid: str) -> str:
        return self.ids[qid]


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Uow) -> World:
    with uow() as u:
        lena = users.create_user(u, "lena", "Lena Größ", "lead_auditor")
        omar = users.create_user(u, "omar", "Omar Şen", "auditor")
        users.create_user(u, "pia", "Pia Nowak", "auditor")
        supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="S1", name="Kowalczyk Sp. z o.o.")
        )
        site = suppliers.add_site(u, supplier.id, "Plant Łódź", city="Łódź")
        template = templates.create_template(u, CHECKLIST)
        templates.release_template(u, template.id)
        u.commit()
    with uow() as u:
        ids = {q.qid: q.id for q in u.session.scalars(select(Question))}
    ids.update(lead=lena.id, omar=omar.id, supplier=supplier.id, site=site.id, template=template.id)
    return World(store, context, ids)


def _plan(world: World, **extra: object) -> Audit:
    with world.acting("lena") as u:
        audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=world.ids["supplier"],
                template_id=world.ids["template"],
                lead_auditor_id=world.ids["lead"],
                planned_start=D,
                site_id=world.ids["site"],
                team=[world.ids["omar"]],
                scope="Line 3",
                **extra,  # type: ignore[arg-type]
            ),
        )
        u.commit()
    return audit


def _started(world: World) -> Audit:
    audit = _plan(world)
    with world.acting("lena") as u:
        audits.start_audit(u, audit.id, D)
        u.commit()
    return audit


def _answer(world: World, audit: Audit, user: str = "lena") -> None:
    with world.acting(user) as u:
        for qid, value in (("q1", "3"), ("q2", "yes"), ("q3", "2")):
            audits.record_answer(u, audit.id, world.qid(qid), value)
        u.commit()


def _answers(store: Store, audit_id: str) -> dict[str, tuple[str | None, bool, str, str]]:
    with store.session() as session:
        return {
            item.qid: (
                item.answer.value,
                item.answer.not_applicable,
                item.answer.na_justification,
                item.answer.note,
            )
            for item in checklist_of_audit(session, audit_id).items()
            if item.answer is not None
        }


def _consistent(store: Store) -> None:
    with store.session() as session:
        assert differences(session) == []
        assert verify_chain(session).ok


# -- references -----------------------------------------------------------------------------


def test_a_store_that_never_syncs_numbers_audits_and_findings_for_good(world: World) -> None:
    first, second = _plan(world), _plan(world)
    assert (first.reference, second.reference) == ("AUD-2026-0001", "AUD-2026-0002")
    with world.acting("lena") as u:
        audits.start_audit(u, first.id, D)
        finding = audits.raise_finding(u, first.id, "observation", "Labels faded")
        u.commit()
    assert finding.reference == "AUD-2026-0001-F01"


# -- answers, notes, undo ------------------------------------------------------------------


def test_answers_notes_and_na_are_kept_apart(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        audits.record_answer(u, audit.id, world.qid("q1"), "2", note="two gauges overdue")
        u.commit()
    with world.acting("lena") as u:
        audits.record_answer(u, audit.id, world.qid("q1"), "1")  # a score key keeps the note
        with pytest.raises(ValidationError, match="q2: 'not applicable' needs a justification"):
            audits.record_answer(u, audit.id, world.qid("q2"), None, not_applicable=True)
        audits.record_answer(
            u, audit.id, world.qid("q2"), None, not_applicable=True, na_justification=" no area "
        )
        audits.record_note(u, audit.id, world.qid("q3"), "ask for the archive")
        u.commit()
    assert _answers(world.store, audit.id) == {
        "q1": ("1", False, "", "two gauges overdue"),
        "q2": (None, True, "no area", ""),
        "q3": (None, False, "", "ask for the archive"),
    }
    with world.store.session() as session:
        result = score_audit(session, audit.id)
        (q3,) = [i for i in checklist_of_audit(session, audit.id).items() if i.qid == "q3"]
    assert result.unanswered == ("q3",)  # a note alone is no answer
    assert q3.answer is not None
    assert not q3.answer.answered
    with world.acting("lena") as u:
        audits.record_note(u, audit.id, world.qid("q1"), "")
        audits.record_note(u, audit.id, world.qid("q3"), "")  # the undo of the first note
        u.commit()
    assert _answers(world.store, audit.id) == {
        "q1": ("1", False, "", ""),
        "q2": (None, True, "no area", ""),
    }
    _consistent(world.store)


def test_undo_and_redo_round_trip_through_the_services(world: World) -> None:
    """What the checklist page's undo stack does: each step is a service call with old values."""
    audit = _started(world)
    states = [_answers(world.store, audit.id)]
    steps: list[Callable[[UnitOfWork], object]] = [
        lambda u: audits.record_answer(u, audit.id, world.qid("q1"), "3"),
        lambda u: audits.record_answer(u, audit.id, world.qid("q1"), "1", note="worn"),
        lambda u: audits.record_answer(
            u, audit.id, world.qid("q1"), None, not_applicable=True, na_justification="idle"
        ),
        lambda u: audits.record_note(u, audit.id, world.qid("q2"), "see photo"),
        lambda u: audits.record_answer(u, audit.id, world.qid("q2"), "no"),
    ]
    for step in steps:
        with world.acting("omar") as u:  # a team member
            step(u)
            u.commit()
        states.append(_answers(world.store, audit.id))
    undo: list[Callable[[UnitOfWork], object]] = [
        lambda u: audits.clear_answer(u, audit.id, world.qid("q2")),  # keeps the earlier note
        lambda u: audits.record_note(u, audit.id, world.qid("q2"), ""),
        lambda u: audits.record_answer(u, audit.id, world.qid("q1"), "1", note="worn"),
        lambda u: audits.record_answer(u, audit.id, world.qid("q1"), "3", note=""),
        lambda u: audits.clear_answer(u, audit.id, world.qid("q1")),
    ]
    for back, expected in zip(undo, reversed(states[:-1]), strict=True):
        with world.acting("omar") as u:
            back(u)
            u.commit()
        assert _answers(world.store, audit.id) == expected
    for step, expected in zip(steps, states[1:], strict=True):  # redo
        with world.acting("omar") as u:
            step(u)
            u.commit()
        assert _answers(world.store, audit.id) == expected
    _consistent(world.store)


def test_clearing_an_answer_deletes_it_with_a_trail_entry(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        audits.record_answer(u, audit.id, world.qid("q1"), "3")
        u.commit()
    with world.acting("lena") as u:
        answer_id = u.session.scalars(select(Answer.id)).one()
        assert audits.clear_answer(u, audit.id, world.qid("q1")) is True
        assert audits.clear_answer(u, audit.id, world.qid("q1")) is False
        audits.record_answer(u, audit.id, world.qid("q1"), "2")  # again, in the same action
        u.commit()
    with world.store.session() as session:
        deleted = session.scalars(
            select(TrailEntry).where(
                TrailEntry.record_id == answer_id, TrailEntry.action == "delete"
            )
        ).one()
        assert deleted.reason == "answer withdrawn"
        assert deleted.user == "lena"
    assert _answers(world.store, audit.id) == {"q1": ("2", False, "", "")}
    _consistent(world.store)


def test_only_the_audit_team_or_an_administrator_writes(world: World, uow: Uow) -> None:
    audit = _started(world)
    with world.acting("pia") as u:
        with pytest.raises(
            PermissionDenied,
            match=r"Pia Nowak is not on the team of audit AUD-\w+-0001; answering needs its "
            r"lead auditor \(Lena Größ\), a member of its team or an administrator",
        ):
            audits.record_answer(u, audit.id, world.qid("q1"), "3")
        with pytest.raises(PermissionDenied, match="raising a finding needs its lead auditor"):
            audits.raise_finding(u, audit.id, "observation", "Dust")
    with world.acting("nobody") as u, pytest.raises(PermissionDenied, match="not a user"):
        audits.record_note(u, audit.id, world.qid("q1"), "hello")
    with world.acting("pia") as u, pytest.raises(PermissionDenied, match="planning an audit"):
        _plan_as(u, world)
    _answer(world, audit, "omar")
    with uow() as u:  # anna, the administrator
        audits.record_note(u, audit.id, world.qid("q1"), "checked by the admin")
        u.commit()


def _plan_as(u: UnitOfWork, world: World) -> Audit:
    return audits.plan_audit(
        u,
        audits.AuditPlan(
            supplier_id=world.ids["supplier"],
            template_id=world.ids["template"],
            lead_auditor_id=world.ids["lead"],
            planned_start=D,
        ),
    )


# -- closing meeting and completion ----------------------------------------------------------


def test_closing_meeting_then_completion_scores_by_the_engine(world: World) -> None:
    audit = _plan(world)
    with world.acting("lena") as u, pytest.raises(StateError, match="planned; the closing"):
        audits.record_closing_meeting(
            u, audit.id, conclusions="x", closing_participants="y", diverging_opinions=""
        )
    with world.acting("lena") as u:
        audits.start_audit(u, audit.id, D)
        u.commit()
    _answer(world, audit)
    with world.acting("lena") as u, pytest.raises(ValidationError, match="needs the conclusions"):
        audits.complete_audit(u, audit.id, D)
    with world.acting("lena") as u:
        audits.record_closing_meeting(
            u,
            audit.id,
            conclusions=" Effective, with one gap. ",
            closing_participants="J. Kowalczyk (plant manager)",
            diverging_opinions="Calibration interval: supplier disagrees",
        )
        audits.complete_audit(u, audit.id, D + dt.timedelta(days=1))
        u.commit()
    with world.store.session() as session:
        stored = session.get_one(Audit, audit.id)
        expected = score_audit(session, audit.id)
    assert stored.status == "completed"
    assert (stored.score, stored.grade) == (expected.total, expected.grade)
    assert expected.grade == "B"  # q1 3/3, q2 yes, q3 2/3 ×1 → 88.89 %
    assert stored.conclusions == "Effective, with one gap."
    assert stored.closing_participants == "J. Kowalczyk (plant manager)"
    assert stored.diverging_opinions == "Calibration interval: supplier disagrees"
    with world.acting("lena") as u:  # still allowed after completion, before signing
        audits.record_closing_meeting(
            u,
            audit.id,
            conclusions="Effective.",
            closing_participants="J. Kowalczyk",
        )
        u.commit()
    _consistent(world.store)


def test_a_given_score_is_stored_as_given(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        audits.complete_audit(
            u,
            audit.id,
            D,
            conclusions="Fine.",
            score=42.0,
            grade="C",
            incomplete_reason="Scored on paper; the checklist was not used",
        )
        u.commit()
    with world.store.session() as session:
        stored = session.get_one(Audit, audit.id)
    assert (stored.score, stored.grade, stored.conclusions) == (42.0, "C", "Fine.")


# -- follow-up audits -------------------------------------------------------------------------


def _completed_with_findings(world: World) -> Audit:
    audit = _started(world)
    _answer(world, audit)
    with world.acting("lena") as u:
        audits.raise_finding(
            u, audit.id, "minor_nc", "Two gauges overdue", question_id=world.qid("q1")
        )
        audits.raise_finding(u, audit.id, "good_practice", "Visual boards")
        closed = audits.raise_finding(u, audit.id, "observation", "Old labels")
        u.update(closed, {"status": "closed"})
        audits.complete_audit(u, audit.id, D, conclusions="Largely effective.")
        u.commit()
    return audit


def test_a_follow_up_starts_from_the_last_audit_with_answers_reset(world: World) -> None:
    earlier = _completed_with_findings(world)
    with world.store.session() as session:
        assert last_audit_of(session, world.ids["supplier"]) == earlier.id
    with world.acting("lena") as u:
        follow = audit_plan.plan_follow_up(
            u,
            earlier.id,
            audit_plan.FollowUpPlan(
                lead_auditor_id=world.ids["lead"],
                planned_start=D + dt.timedelta(days=90),
                objectives="Verify the calibration system.",
            ),
        )
        u.commit()
    assert follow.type == "follow_up"
    assert follow.follow_up_of == earlier.id
    assert (follow.site_id, follow.template_id, follow.scope) == (
        earlier.site_id,
        earlier.template_id,
        "Line 3",
    )
    assert follow.team == [world.ids["omar"]]
    assert follow.status == "planned"
    assert follow.objectives.splitlines() == [
        "Verify the calibration system.",
        f"Follow-up of {earlier.reference}: check that the actions on its open findings are "
        "effective:",
        f"- {earlier.reference}-F01 (minor nc, 7.1.5): Two gauges overdue",
    ]
    with world.store.session() as session:
        assert session.scalars(select(Answer).where(Answer.audit_id == follow.id)).all() == []
        (check,) = findings_to_check(session, follow.id)
    assert (check.reference, check.qid, check.capas) == (f"{earlier.reference}-F01", "q1", ())
    with world.acting("lena") as u, pytest.raises(StateError, match="planned; a follow-up"):
        audit_plan.plan_follow_up(
            u, follow.id, audit_plan.FollowUpPlan(world.ids["lead"], planned_start=D)
        )


def test_a_follow_up_names_an_audit_of_the_same_supplier(world: World, uow: Uow) -> None:
    earlier = _completed_with_findings(world)
    with uow() as u:
        other = suppliers.create_supplier(u, suppliers.SupplierInput(code="S2", name="Other"))
        u.commit()
    with world.acting("lena") as u, pytest.raises(ValidationError, match="another supplier"):
        audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=other.id,
                template_id=world.ids["template"],
                lead_auditor_id=world.ids["lead"],
                planned_start=D,
                follow_up_of=earlier.id,
            ),
        )


# -- finding proposals and escalation --------------------------------------------------------


@dataclass(frozen=True)
class Q:
    qid: str
    type: str = "score"
    star: bool = False
    id: str = "question-id"
    text: str = "Are gauges calibrated?"
    clause: str = "7.1.5"


@pytest.mark.parametrize(
    ("scheme", "question", "value", "expected"),
    [
        ("vda63", Q("P6.1"), "0", "major_nc"),
        ("vda63", Q("P6.2", star=True), "0", "major_nc"),
        ("vda63", Q("P6.3", star=True), "4", "major_nc"),
        ("vda63", Q("P6.4"), "4", "minor_nc"),
        ("vda63", Q("P6.5"), "6", "minor_nc"),
        ("vda63", Q("P6.6"), "8", None),
        ("vda63", Q("P6.7"), "10", None),
        ("weighted", Q("w1"), "0", "minor_nc"),
        ("weighted", Q("w2", star=True), "0", "major_nc"),
        ("weighted", Q("w3"), "1", "observation"),
        ("weighted", Q("w4"), "2", None),
        ("weighted", Q("w5", type="yes_no"), "no", "minor_nc"),
        ("yes_no", Q("y1", type="yes_no"), "no", "minor_nc"),
        ("yes_no", Q("y2", type="yes_no_na", star=True), "no", "major_nc"),
        ("yes_no", Q("y3", type="yes_no"), "yes", None),
        ("yes_no", Q("y4", type="text"), "no", None),
        ("weighted", Q("w6"), None, None),
    ],
)
def test_a_no_or_a_low_score_proposes_a_finding(
    scheme: str, question: Q, value: str | None, expected: str | None
) -> None:
    proposal = findings.finding_proposal(question, value, scheme)
    assert (proposal.finding_class if proposal else None) == expected
    if proposal is not None:
        assert proposal.requirement == "7.1.5"
        assert proposal.statement.startswith("Are gauges calibrated? — ")
        assert proposal.reason


def test_a_stored_answer_proposes_and_na_does_not(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        no = audits.record_answer(u, audit.id, world.qid("q2"), "no")
        na = audits.record_answer(
            u, audit.id, world.qid("q3"), None, not_applicable=True, na_justification="none"
        )
        q2 = u.session.get_one(Question, world.qid("q2"))
        q3 = u.session.get_one(Question, world.qid("q3"))
        proposal = findings.finding_proposal(q2, no, "weighted")
        assert findings.finding_proposal(q3, na, "weighted") is None
    assert proposal is not None
    assert (proposal.qid, proposal.finding_class, proposal.statement) == (
        "q2",
        "minor_nc",
        "Is the area clean? — answered no.",
    )


def test_repeated_minors_on_one_requirement_propose_escalation(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        audits.raise_finding(u, audit.id, "minor_nc", "Gauge 1 overdue", requirement="7.1.5")
        audits.raise_finding(u, audit.id, "minor_nc", "Other topic", requirement="8.4")
        audits.raise_finding(u, audit.id, "observation", "Gauge 3", requirement="7.1.5")
        u.commit()
    with world.store.session() as session:
        assert findings.escalation_proposal(session, audit.id, "7.1.5") is None
    with world.acting("lena") as u:
        audits.raise_finding(
            u, audit.id, "minor_nc", "Gauge 2 overdue", question_id=world.qid("q1")
        )
        u.commit()
    with world.store.session() as session:
        proposal = findings.escalation_proposal(session, audit.id, " 7.1.5 ")
        assert escalation_proposals(session, audit.id) == [proposal]
    assert proposal is not None
    assert proposal.finding_class == "major_nc"
    assert proposal.references == (f"{audit.reference}-F01", f"{audit.reference}-F04")
    assert "2 minor NCs against 7.1.5" in proposal.reason


def test_findings_can_be_corrected_and_withdrawn(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        finding = audits.raise_finding(u, audit.id, "minor_nc", "Gauge overdue")
        u.commit()
    with world.acting("omar") as u:
        findings.update_finding(u, finding.id, finding_class="major_nc", requirement="7.1.5")
        with pytest.raises(ValidationError, match="finding statement must not be empty"):
            findings.update_finding(u, finding.id, statement=" ")
        u.commit()
    with world.store.session() as session:
        stored = session.get_one(Finding, finding.id)
        assert (stored.finding_class, stored.requirement) == ("major_nc", "7.1.5")
    with world.acting("omar") as u:
        findings.withdraw_finding(u, finding.id, reason="raised twice")
        u.commit()
    with world.store.session() as session:
        assert session.get(Finding, finding.id) is None
    _consistent(world.store)


def test_the_checklist_reads_in_order_with_its_answers(world: World) -> None:
    audit = _started(world)
    _answer(world, audit)
    with world.store.session() as session:
        checklist = checklist_of_audit(session, audit.id)
        assert question_id_by_qid(session, audit.id, "q3") == world.qid("q3")
        with pytest.raises(Exception, match="has no question q9 in its checklist"):
            question_id_by_qid(session, audit.id, "q9")
    assert [(s.code, [q.qid for q in s.questions]) for s in checklist.sections] == [
        ("A", ["q1", "q2"]),
        ("B", ["q3", "q4"]),
    ]
    q3 = checklist.sections[1].questions[0]
    assert (q3.star, q3.clause, q3.answer and q3.answer.value) == (True, "7.5", "2")
    assert checklist.sections[1].questions[1].answer is None
    assert checklist.scheme == "weighted"


# -- what the window composes: closing and completing, planning either kind, escalation -----


def test_completing_stores_the_meeting_as_last_written_in_the_same_action(world: World) -> None:
    audit = _started(world)
    _answer(world, audit)
    with world.acting("lena") as u:
        audits.record_closing_meeting(
            u, audit.id, conclusions="Draft.", closing_participants="J. K.", diverging_opinions="-"
        )
        u.commit()
    with world.acting("lena") as u, pytest.raises(ValidationError, match="needs the conclusions"):
        audits.complete_after_closing_meeting(u, audit.id, D, conclusions=" ")
    with world.store.session() as session:  # the refused completion kept no part of the meeting
        assert session.get_one(Audit, audit.id).conclusions == "Draft."
    with world.acting("lena") as u:
        audits.complete_after_closing_meeting(u, audit.id, D, conclusions="Effective.")
        u.commit()
    with world.store.session() as session:
        stored = session.get_one(Audit, audit.id)
        expected = score_audit(session, audit.id)
    assert (stored.status, stored.actual_end) == ("completed", D)
    assert (stored.score, stored.grade) == (expected.total, expected.grade)
    # What was not given is kept as stored.
    assert (stored.conclusions, stored.closing_participants, stored.diverging_opinions) == (
        "Effective.",
        "J. K.",
        "-",
    )


def test_a_planning_form_plans_a_follow_up_or_any_other_audit(world: World, uow: Uow) -> None:
    earlier = _completed_with_findings(world)
    form = audits.AuditPlan(
        supplier_id=world.ids["supplier"],
        template_id=world.ids["template"],
        lead_auditor_id=world.ids["lead"],
        planned_start=D + dt.timedelta(days=90),
        type="follow_up",
        objectives="Verify the calibration system.",
        scope="Line 3 only",
        follow_up_of=earlier.id,
    )
    with world.acting("lena") as u:
        follow = audit_plan.plan_audit_or_follow_up(u, form)
        plain = audit_plan.plan_audit_or_follow_up(u, dataclasses.replace(form, type="process"))
        u.commit()
    assert (follow.type, follow.follow_up_of, follow.scope) == (
        "follow_up",
        earlier.id,
        "Line 3 only",
    )
    assert follow.objectives.splitlines()[1:] == [
        f"Follow-up of {earlier.reference}: check that the actions on its open findings are "
        "effective:",
        f"- {earlier.reference}-F01 (minor nc, 7.1.5): Two gauges overdue",
    ]
    assert (plain.type, plain.objectives) == ("process", "Verify the calibration system.")
    with uow() as u:
        other = suppliers.create_supplier(u, suppliers.SupplierInput(code="S2", name="Other"))
        u.commit()
    with world.acting("lena") as u, pytest.raises(ValidationError, match="another supplier"):
        audit_plan.plan_audit_or_follow_up(u, dataclasses.replace(form, supplier_id=other.id))


def test_a_minor_being_typed_proposes_escalation_counting_itself(world: World) -> None:
    audit = _started(world)
    with world.acting("lena") as u:
        first = audits.raise_finding(u, audit.id, "minor_nc", "Gauge 1", requirement="7.1.5")
        audits.raise_finding(u, audit.id, "observation", "Gauge 3", requirement="7.1.5")
        u.commit()
    with world.store.session() as session:
        proposal = escalation_if_raised(
            session, audit.id, "minor_nc", " 7.1.5 ", this_finding="this one"
        )
        assert proposal is not None
        assert proposal.references == (first.reference, "this one")
        assert proposal.finding_ids == (first.id,)
        assert escalation_if_raised(session, audit.id, "observation", "7.1.5") is None
        assert escalation_if_raised(session, audit.id, "minor_nc", "8.4") is None
        assert escalation_if_raised(session, audit.id, "minor_nc", "  ") is None
        # Correcting the one stored minor does not count it twice.
        assert (
            escalation_if_raised(session, audit.id, "minor_nc", "7.1.5", besides=first.id) is None
        )


def test_a_signature_carries_the_full_name_or_else_the_user_name(world: World) -> None:
    with world.store.session() as session:
        assert printed_name(session, "lena") == "Lena Größ"
        assert printed_name(session, "nobody") == "nobody"
