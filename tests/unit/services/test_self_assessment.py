"""The self-assessment round trip: export a protected questionnaire, the supplier fills the
yellow cells, import makes an audit in progress answered in the supplier's name; forms edited in
their locked cells, of another store, with wrong answers or imported before change nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from sqms_desktop.checklists.questionnaire import HIDDEN, SHEET
from sqms_desktop.queries.audits import audit_detail
from sqms_desktop.queries.checklists import checklist_of_audit
from sqms_desktop.services import audits
from sqms_desktop.services.self_assessment import (
    AlreadyImported,
    SelfAssessmentFormError,
    import_self_assessment,
    preview_self_assessment,
)
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import AuditStatus, AuditType
from tests.support.capa_world import D, World, build_world
from tests.support.self_assessment import (
    add_questionnaire,
    cells,
    export,
    fill,
    filled_form,
)
from tests.support.store_hash import store_hash


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


@pytest.fixture
def template(world: World) -> str:
    return add_questionnaire(world)


def trail_count(world: World) -> int:
    with world.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(TrailEntry)) or 0)


def import_as_lead(world: World, path: Path) -> str:
    with world.lead_uow() as u:
        imported = import_self_assessment(u, path)
        u.commit()
    return imported.audit_id


def test_the_form_protects_everything_but_the_answers(
    world: World, template: str, tmp_path: Path
) -> None:
    path = export(world, template, tmp_path / "sa.xlsx")
    book = openpyxl.load_workbook(path)
    sheet, hidden = book[SHEET], book[HIDDEN]
    assert sheet.protection.sheet
    assert hidden.sheet_state == "veryHidden"
    texts = {c.value for row in sheet.iter_rows() for c in row}
    assert {"S1 Kowalczyk Sp. z o.o.", "Is the QMS certified?", "0 to 3 points"} <= texts
    answer, comment = cells(path)["q3"]
    assert not sheet[answer].protection.locked
    assert not sheet[comment].protection.locked
    assert sheet["B4"].protection.locked  # the supplier
    lists = {str(v.formula1): str(v.sqref) for v in sheet.data_validations.dataValidation}
    assert answer in lists['"0,1,2,3,N/A"']
    assert cells(path)["q1"][0] in lists['"yes,no"']  # a yes/no question has no N/A


def test_the_round_trip_makes_an_audit_answered_in_the_suppliers_name(
    world: World, template: str, tmp_path: Path
) -> None:
    path = filled_form(world, template, tmp_path / "S1 self-assessment.xlsx")
    fill(path, {"q3": "N/A"}, {"q3": "Gauges are calibrated by the customer"})
    audit_id = import_as_lead(world, path)
    with world.store.session() as session:
        detail = audit_detail(session, audit_id)
        checklist = checklist_of_audit(session, audit_id)
    assert (detail.audit.type, detail.audit.status) == (
        AuditType.SELF_ASSESSMENT,
        AuditStatus.IN_PROGRESS,
    )
    assert "Jana Novak, Quality manager" in detail.auditee_participants
    answers = {q.qid: q.answer for q in checklist.items()}
    assert {qid: a.value for qid, a in answers.items() if a is not None} == {
        "q1": "yes",
        "q2": "IATF 16949",
        "q3": None,
        "q4": "na",
        "q5": "12",
        "q6": "2026-01-15",
        "q7": "stamping; painting",
        "q8": None,
    }
    assert answers["q3"] is not None
    assert answers["q3"].not_applicable
    assert answers["q3"].na_justification == "Gauges are calibrated by the customer"
    assert answers["q8"] is not None
    assert answers["q8"].note == "Night shift starts in May"
    assert {a.answered_by for a in answers.values() if a is not None} == {"Jana Novak (S1)"}


def test_the_lead_auditor_reviews_completes_and_signs_it(
    world: World, template: str, tmp_path: Path
) -> None:
    """The existing audit flow: change an answer with a note, complete, sign."""
    from sqms_desktop.services.signatures import sign_audit
    from tests.support.capa_world import LEAD_PASSWORD

    audit_id = import_as_lead(world, filled_form(world, template, tmp_path / "sa.xlsx"))
    with world.store.session() as session:
        q1 = next(q for q in checklist_of_audit(session, audit_id).items() if q.qid == "q5")
    with world.lead_uow() as u:
        audits.record_answer(u, audit_id, q1.id, "9", note="3 of the 12 are trainees")
        audits.complete_audit(u, audit_id, D, conclusions="Plausible; visit planned.")
        u.commit()
    with world.lead_uow() as u:
        sign_audit(u, audit_id, "lena", LEAD_PASSWORD, "approved")
        u.commit()
    with world.store.session() as session:
        detail = audit_detail(session, audit_id)
        reviewed = next(q for q in checklist_of_audit(session, audit_id).items() if q.qid == "q5")
    assert detail.audit.status == AuditStatus.SIGNED
    assert reviewed.answer is not None
    assert reviewed.answer.answered_by == "lena"


def test_a_changed_locked_cell_is_refused_naming_it(
    world: World, template: str, tmp_path: Path
) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    reworded = next(c for row in sheet.iter_rows() for c in row if c.value == "Remarks")
    removed = next(
        c for row in sheet.iter_rows() for c in row if c.value == "Is there a clean room?"
    )
    reworded.value = "Remarks (optional)"
    removed.value = None
    book.save(path)
    before = store_hash(world.store.sqlite_path)
    with world.lead_uow() as u, pytest.raises(SelfAssessmentFormError) as refused:
        import_self_assessment(u, path)
    message = str(refused.value)
    assert f"{SHEET}!{reworded.coordinate}: a locked cell was changed" in message
    assert "'Remarks (optional)'" in message
    assert f"{SHEET}!{removed.coordinate}: a locked cell was changed" in message
    assert store_hash(world.store.sqlite_path) == before


def test_a_form_of_another_store_is_refused(
    world: World, template: str, tmp_path: Path, context: WriteContext
) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    other = open_store(f"sqlite:///{tmp_path / 'other' / 'sqms.sqlite'}")
    try:
        from sqms_desktop.services.users import create_user

        with UnitOfWork(other, context) as u:
            create_user(u, "anna", "Anna Admin", "admin")
            u.commit()
        with (
            UnitOfWork(other, context) as u,
            pytest.raises(SelfAssessmentFormError, match="another store issued it"),
        ):
            import_self_assessment(u, path)
    finally:
        other.close()


def test_a_wrong_answer_is_refused_with_its_row_and_column(
    world: World, template: str, tmp_path: Path
) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    fill(path, {"q3": 7, "q5": "a dozen", "q1": "N/A", "q6": "15.01.2026"})
    where = cells(path)
    before = store_hash(world.store.sqlite_path)
    with world.lead_uow() as u, pytest.raises(SelfAssessmentFormError) as refused:
        import_self_assessment(u, path)
    problems = refused.value.problems
    for qid, why in (
        ("q3", "'7' is not a score of this checklist"),
        ("q5", "'a dozen' is not a number"),
        ("q1", "this question is answered yes or no; it has no N/A"),
        ("q6", "'15.01.2026' is not a date"),
    ):
        cell = where[qid][0]
        row = cell[1:]
        assert any(
            p.startswith(f"{SHEET}!{cell} (row {row}, column Answer), question {qid}: {why}")
            for p in problems
        ), (qid, problems)
    # q2 applies only when q1 is yes; q1 is now N/A (refused) and so q2 is refused too
    assert any("question q2: answered, but it applies only when" in p for p in problems)
    assert store_hash(world.store.sqlite_path) == before


def test_the_same_form_is_imported_once(world: World, template: str, tmp_path: Path) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    audit_id = import_as_lead(world, path)
    before = trail_count(world)
    with world.lead_uow() as u, pytest.raises(AlreadyImported, match="imported already, as audit"):
        import_self_assessment(u, path)
    assert trail_count(world) == before
    with world.store.session() as session, pytest.raises(AlreadyImported) as refused:
        preview_self_assessment(session, path)
    with world.store.session() as session:
        assert audit_detail(session, audit_id).audit.reference in str(refused.value)


def test_a_preview_changes_nothing(world: World, template: str, tmp_path: Path) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    before = store_hash(world.store.sqlite_path)
    with world.store.session() as session:
        checked = preview_self_assessment(session, path)
    assert (checked.answered, checked.questions, checked.contact.name) == (7, 8, "Jana Novak")
    assert store_hash(world.store.sqlite_path) == before


def test_an_importer_who_does_not_lead_joins_the_team(
    world: World, template: str, tmp_path: Path
) -> None:
    path = filled_form(world, template, tmp_path / "sa.xlsx")
    with world.qe() as u:
        imported = import_self_assessment(u, path, lead_auditor_id=world.lead)
        u.commit()
    with world.store.session() as session:
        detail = audit_detail(session, imported.audit_id)
    assert detail.audit.lead_auditor == "Lena Lead"
    assert detail.team == ["Quinn Quality"]
