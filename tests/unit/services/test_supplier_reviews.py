"""Supplier reviews through the real services: the snapshot taken at creation, the agreed
actions, the signature on the minutes and the lock it puts on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.queries.supplier_reviews import list_reviews, review_signatures
from sqms_desktop.services.identity import AuthenticationError
from sqms_desktop.services.supplier_reviews import (
    ReviewInput,
    add_review_action,
    create_review,
    edit_review,
    mark_review_action_done,
    sign_review,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import SupplierReview
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.partnership import LEAD_PASSWORD, Partners, build_partners

HELD = dt.date(2026, 4, 8)


@pytest.fixture
def p(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Partners:
    return build_partners(store, context, uow)


def _review(p: Partners, minutes: str = "Agreed to sort all stock.") -> str:
    review = p.run(
        create_review,
        p.world.supplier,
        ReviewInput(HELD, "2026-03", ["Jana Novak", "Quinn Quality", " "], "PPM, CAPAs", minutes),
    )
    return review.id


def _sign(p: Partners, review_id: str, password: str = LEAD_PASSWORD) -> None:
    with p.world.lead_uow() as u:
        sign_review(u, review_id, "lena", password, "approved")
        u.commit()


def test_the_snapshot_holds_the_periods_figures_the_audit_and_the_open_capas(
    p: Partners, store: Store
) -> None:
    review_id = _review(p)
    with store.session() as s:
        row = list_reviews(s, p.world.supplier)[0]
    snap = row.scorecard
    # the one March delivery: 1000 received, 20 rejected, one day late (window 2 early, 0 late)
    assert (snap["deliveries"], snap["on_time"], snap["on_time_pct"]) == (1, 0, 0.0)
    assert snap["ppm"] == 20000
    assert (snap["audit"]["score"], snap["audit"]["grade"]) == (70.0, "C")
    assert len(snap["open_capas"]) == 1
    # the scorecard's own result: no quality (PPM past the ceiling), no delivery (late), so C
    with store.session() as s:
        card = scorecards(s, "2026-03", p.world.supplier)[0]
    assert card.score is not None
    assert (snap["score"], snap["band"]) == (round(card.score, 1), "C")
    assert row.attendees == ["Jana Novak", "Quinn Quality"]
    assert row.id == review_id
    assert row.status == "draft"


def test_a_period_without_deliveries_has_no_ppm_in_the_snapshot(p: Partners, store: Store) -> None:
    p.run(create_review, p.world.supplier, ReviewInput(HELD, "2026-02", ["Jana"]))
    with store.session() as s:
        snap = list_reviews(s)[0].scorecard
    assert (snap["deliveries"], snap["ppm"], snap["on_time_pct"]) == (0, None, None)


def test_a_signed_review_refuses_edits_and_new_actions_and_its_signature_verifies(
    p: Partners, store: Store
) -> None:
    review_id = _review(p)
    action = p.run(add_review_action, review_id, "Sort stock at the warehouse", "Jana", HELD)
    _sign(p, review_id)
    with store.session() as s:
        checks = review_signatures(s, review_id)
        assert s.get_one(SupplierReview, review_id).status == "signed"
    assert [(c.printed_name, c.meaning, c.valid) for c in checks] == [
        ("Lena Lead", "approved", True)
    ]
    with pytest.raises(StateError, match="is signed; its minutes cannot change"):
        p.run(edit_review, review_id, ReviewInput(HELD, "2026-03", ["Jana"], minutes="Other"))
    with pytest.raises(StateError, match="is signed"):
        p.run(add_review_action, review_id, "Another", "Jana", HELD)
    with pytest.raises(StateError, match="is signed"):
        _sign(p, review_id)
    # marking an agreed action done is not part of the minutes: the signature still holds
    p.run(mark_review_action_done, action.id, dt.date(2026, 4, 20))
    with store.session() as s:
        assert review_signatures(s, review_id)[0].valid


def test_changing_the_minutes_behind_the_service_breaks_the_signature(
    p: Partners, store: Store
) -> None:
    review_id = _review(p)
    _sign(p, review_id)
    with p.qe() as u:  # a write that bypasses the lock, as a tamperer's would
        u.update(u.session.get_one(SupplierReview, review_id), {"minutes": "Nothing agreed."})
        u.commit()
    with store.session() as s:
        check = review_signatures(s, review_id)[0]
    assert not check.valid
    assert check.problem == "the record was changed after it was signed"


def test_signing_needs_the_password_and_written_minutes(p: Partners) -> None:
    review_id = _review(p, minutes="")
    with pytest.raises(ValidationError, match="minutes"):
        _sign(p, review_id)
    review_id = _review(p)
    with pytest.raises(AuthenticationError):
        _sign(p, review_id, password="wrong-password")


def test_a_review_needs_an_attendee_and_a_well_written_period(p: Partners) -> None:
    with pytest.raises(ValidationError, match="attendees"):
        p.run(create_review, p.world.supplier, ReviewInput(HELD, "2026-03", [" "]))
    with pytest.raises(ValidationError, match="YYYY-MM"):
        p.run(create_review, p.world.supplier, ReviewInput(HELD, "March", ["Jana"]))
