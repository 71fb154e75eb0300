"""Supplier reviews (the periodic business review): held on a date about a scorecard period,
with attendees, topics, minutes and agreed actions; the scorecard snapshot is taken when the
review is created (queries/supplier_reviews.scorecard_snapshot).

The minutes are signed electronically like an audit (services/signatures.py): the signature
covers the review's content and its agreed actions, and a signed review is locked, so the
minutes printed are the minutes signed. Marking an agreed action done stays possible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import require_period
from sqms_desktop.queries.supplier_reviews import ENTITY, scorecard_snapshot
from sqms_desktop.services import get, require_text, said
from sqms_desktop.services import partnership_rules as rules
from sqms_desktop.services.identity import acting_user, require_role
from sqms_desktop.services.signatures import _sign_as
from sqms_desktop.services.supplier_rules import MASTER_DATA_ROLES
from sqms_desktop.store.models import ReviewAction, Signature, SupplierReview
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import SignatureMeaning, SupplierReviewStatus

MAX_ATTENDEES = 50


@dataclass(frozen=True)
class ReviewInput:
    held_on: dt.date
    period: str
    attendees: list[str] = field(default_factory=list)
    topics: str = ""
    minutes: str = ""


def _attendees(names: list[str]) -> list[str]:
    cleaned = [name.strip() for name in names if name.strip()]
    if not cleaned:
        raise ValidationError(
            translate("supplier_reviews", "attendees: name at least one person who took part")
        )
    if len(cleaned) > MAX_ATTENDEES:
        raise ValidationError(
            translate("supplier_reviews", "attendees: more than {most} names").format(
                most=MAX_ATTENDEES
            )
        )
    for name in cleaned:
        if len(name) > 200:
            raise ValidationError(
                translate(
                    "supplier_reviews", "attendees: {name!r}… is longer than 200 characters"
                ).format(name=name[:40])
            )
    return cleaned


def _editable(uow: UnitOfWork, review_id: str) -> SupplierReview:
    review = get(uow, SupplierReview, review_id, "supplier review")
    if review.status == SupplierReviewStatus.SIGNED:
        raise StateError(
            translate(
                "supplier_reviews",
                "the supplier review of {held_on} is signed; its minutes cannot change",
            ).format(held_on=review.held_on)
        )
    return review


def create_review(uow: UnitOfWork, supplier_id: str, review: ReviewInput) -> SupplierReview:
    rules.require_partnership_role(uow, "recording a supplier review")
    rules.supplier(uow, supplier_id)
    period = require_period(review.period)
    return uow.add(
        SupplierReview(
            supplier_id=supplier_id,
            held_on=rules.require_date(review.held_on, "held on"),
            period=period,
            attendees=_attendees(review.attendees),
            topics=rules.optional_text(review.topics, "topics"),
            minutes=rules.optional_text(review.minutes, "minutes", 20_000),
            scorecard=scorecard_snapshot(uow.session, supplier_id, period),
            status=SupplierReviewStatus.DRAFT.value,
        )
    )


def edit_review(uow: UnitOfWork, review_id: str, review: ReviewInput) -> list[str]:
    """Change a draft review (the snapshot stays as taken unless the period changes)."""
    rules.require_partnership_role(uow, "editing a supplier review")
    record = _editable(uow, review_id)
    period = require_period(review.period)
    values = {
        "held_on": rules.require_date(review.held_on, "held on"),
        "period": period,
        "attendees": _attendees(review.attendees),
        "topics": rules.optional_text(review.topics, "topics"),
        "minutes": rules.optional_text(review.minutes, "minutes", 20_000),
    }
    if period != record.period:
        values["scorecard"] = scorecard_snapshot(uow.session, record.supplier_id, period)
    return uow.update(record, values)


def add_review_action(
    uow: UnitOfWork, review_id: str, description: str, owner: str, due: dt.date
) -> ReviewAction:
    rules.require_partnership_role(uow, "agreeing an action in a supplier review")
    record = _editable(uow, review_id)
    return uow.add(
        ReviewAction(
            review_id=record.id,
            description=require_text(description, "action description", limit=rules.MAX_TEXT),
            owner=require_text(owner, "action owner", limit=200),
            due=rules.require_date(due, "due date"),
            done_on=None,
        )
    )


def mark_review_action_done(uow: UnitOfWork, action_id: str, done_on: dt.date) -> ReviewAction:
    """An agreed action was done (allowed on a signed review: it is not part of the minutes)."""
    rules.require_partnership_role(uow, "marking a review action done")
    action = get(uow, ReviewAction, action_id, "review action")
    uow.update(action, {"done_on": rules.require_date(done_on, "done on")})
    return action


def sign_review(
    uow: UnitOfWork,
    review_id: str,
    username: str,
    password: str,
    meaning: str = SignatureMeaning.APPROVED,
) -> Signature:
    """Sign the minutes after re-authentication; the review is then locked."""
    record = _editable(uow, review_id)
    if not record.minutes.strip():
        raise ValidationError(
            translate("supplier_reviews", "minutes: a review is signed with its minutes written")
        )
    signer = acting_user(uow, username, password)
    require_role(signer, *MASTER_DATA_ROLES, action=said("signing a supplier review"))
    signature = _sign_as(uow, signer, password, ENTITY, record.id, meaning)
    uow.update(record, {"status": SupplierReviewStatus.SIGNED.value}, reason=f"signed ({meaning})")
    return signature
