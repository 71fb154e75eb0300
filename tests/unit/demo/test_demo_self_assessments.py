"""The demo's self-assessments: two suppliers filled in the questionnaire; one waits for the
lead auditor's review, the other was reviewed (a score corrected with a note) and signed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.queries.checklists import checklist_of_audit
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Supplier
from sqms_desktop.vocab import AuditStatus, AuditType

pytestmark = pytest.mark.slow


def test_one_self_assessment_waits_for_review_and_one_is_signed(
    demo: Store, demo_store_file: Path
) -> None:
    with demo.session() as session:
        made = session.scalars(
            select(Audit).where(Audit.type == AuditType.SELF_ASSESSMENT).order_by(Audit.reference)
        ).all()
        assert [a.status for a in made] == [AuditStatus.IN_PROGRESS, AuditStatus.SIGNED]
        waiting, signed = made
        answers = [i.answer for i in checklist_of_audit(session, waiting.id).items() if i.answer]
        code = session.get_one(Supplier, waiting.supplier_id).code
        assert answers
        assert all(a.answered_by.endswith(f" ({code})") for a in answers)  # the contact's
        reviewed = [
            i.answer
            for i in checklist_of_audit(session, signed.id).items()
            if i.answer and i.answer.note.startswith("Reviewed against the records")
        ]
        assert len(reviewed) == 1
        checks = verify_signatures(session, "audit", signed.id)
        assert checks
        assert all(check.valid for check in checks)
    forms = sorted(p.name for p in (demo_store_file.parent / "self-assessments").iterdir())
    assert len(forms) == 2
