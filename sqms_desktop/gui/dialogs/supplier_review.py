"""A supplier review: record one (the scorecard snapshot is taken by the service), edit a
draft, agree an action in it, and sign its minutes through the sign dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.dialogs.partnership_form import Partner, PartnerDialog, pydate, qdate
from sqms_desktop.gui.dialogs.sign import SignTarget
from sqms_desktop.performance.kpi import period_of, shift_period
from sqms_desktop.queries.supplier_reviews import ReviewRow
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.supplier_reviews import (
    ReviewInput,
    add_review_action,
    create_review,
    edit_review,
    sign_review,
)


def review_name(review: ReviewRow) -> str:
    """How a review is named where it is signed: supplier, day held, period."""
    return QCoreApplication.translate("ReviewDialog", "{code} review {day} ({period})").format(
        code=review.supplier_code, day=date_text(review.held_on), period=review.period
    )


def sign_target(review: ReviewRow, title: str) -> SignTarget:
    """What the sign dialog shows and calls for the review's minutes."""
    return SignTarget(
        id=review.id,
        reference=review_name(review),
        supplier_name=review.supplier_name,
        supplier_code=review.supplier_code,
        title=title,
        sign=sign_review,
    )


class ReviewDialog(PartnerDialog):
    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        review: ReviewRow | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("review_dialog", self)
        self.bind_partner(
            self.tr("The scorecard of the period is kept with the review as it stands now.")
        )
        self._review = review
        day = today or dt.date.today()
        self.held_on_edit = child(self, QDateEdit, "held_on_edit")
        self.period_edit = child(self, QLineEdit, "period_edit")
        self.attendees_edit = child(self, QPlainTextEdit, "attendees_edit")
        self.topics_edit = child(self, QPlainTextEdit, "topics_edit")
        self.minutes_edit = child(self, QPlainTextEdit, "minutes_edit")
        if review is not None:
            self.setWindowTitle(self.tr("Edit supplier review"))
            self.held_on_edit.setDate(qdate(review.held_on))
            self.period_edit.setText(review.period)
            self.attendees_edit.setPlainText("\n".join(review.attendees))
            self.topics_edit.setPlainText(review.topics)
            self.minutes_edit.setPlainText(review.minutes)
            self.ok_button.setText(self.tr("&Save"))
        else:
            self.setWindowTitle(self.tr("New supplier review"))
            self.held_on_edit.setDate(qdate(day))
            self.period_edit.setText(shift_period(period_of(day), -1))  # the month just ended
            self.ok_button.setText(self.tr("&Record review"))
        self.errors.add("held_on", self.held_on_edit, "held on")
        self.errors.add("period", self.period_edit, "period")
        self.errors.add("attendees", self.attendees_edit, "attendees")
        self.errors.add("topics", self.topics_edit, "topics")
        self.errors.add("minutes", self.minutes_edit, "minutes")
        self.held_on_edit.setFocus()

    def values(self) -> ReviewInput:
        return ReviewInput(
            held_on=pydate(self.held_on_edit.date()),
            period=self.period_edit.text(),
            attendees=self.attendees_edit.toPlainText().splitlines(),
            topics=self.topics_edit.toPlainText(),
            minutes=self.minutes_edit.toPlainText(),
        )

    def save(self) -> None:
        if self._review is None:
            made = self._actor.run(create_review, self._partner.supplier_id, self.values())
            self.record_id = made.id
        else:
            self._actor.run(edit_review, self._review.id, self.values())
            self.record_id = self._review.id


class ReviewActionDialog(PartnerDialog):
    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        review: ReviewRow,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("review_action_dialog", self)
        self.bind_partner(self.tr("Review: {review}").format(review=review_name(review)))
        self._review = review
        self.description_edit = child(self, QPlainTextEdit, "description_edit")
        self.owner_edit = child(self, QLineEdit, "owner_edit")
        self.due_edit = child(self, QDateEdit, "due_edit")
        self.due_edit.setDate(qdate((today or dt.date.today()) + dt.timedelta(days=30)))
        self.errors.add("description", self.description_edit, "action description")
        self.errors.add("owner", self.owner_edit, "action owner", "owner")
        self.errors.add("due", self.due_edit, "due date")
        self.ok_button.setText(self.tr("&Agree action"))
        self.description_edit.setFocus()

    def save(self) -> None:
        action = self._actor.run(
            add_review_action,
            self._review.id,
            self.description_edit.toPlainText(),
            self.owner_edit.text(),
            pydate(self.due_edit.date()),
        )
        self.record_id = action.id
