"""The audit detail pane: the reason an audit was completed with questions unanswered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sqms_desktop.gui.html.detail import audit_html
from sqms_desktop.queries.audits import audit_detail
from sqms_desktop.services.audits import complete_after_closing_meeting
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import Scheme
from tests.support.checklist_audits import DAY, LEAD, build_scheme_audits

pytestmark = pytest.mark.gui


def test_the_reason_for_unanswered_questions_is_shown_escaped(
    uow: Callable[[], UnitOfWork], store: Store
) -> None:
    audit_id = build_scheme_audits(uow).audit_ids[Scheme.YES_NO]
    with store.session() as session:
        before = audit_html(audit_detail(session, audit_id))
    assert "Completed with questions unanswered" not in before
    with UnitOfWork(store, WriteContext(user=LEAD)) as u:
        complete_after_closing_meeting(
            u, audit_id, DAY, conclusions="Open.", incomplete_reason="R&D <closed> that day"
        )
        u.commit()
    with store.session() as session:
        shown = audit_html(audit_detail(session, audit_id))
    assert "<h3>Completed with questions unanswered</h3>R&amp;D &lt;closed&gt; that day" in shown
