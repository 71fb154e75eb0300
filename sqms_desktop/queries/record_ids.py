"""Records named on the command line by the start of their id (as `git` names commits): the
lists print ids, and the first eight characters are plenty to type back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.store.base import Record

MIN_PREFIX = 4


def id_by_prefix(session: Session, model: type[Record], prefix: str, what: str) -> str:
    """The one id of `model` that starts with `prefix`; a refusal if none or several do."""
    text = prefix.strip().lower()
    if len(text) < MIN_PREFIX:
        raise ValidationError(
            translate(
                "record_ids", "{what} id {prefix!r}: give at least {MIN_PREFIX} characters"
            ).format(what=what, prefix=prefix, MIN_PREFIX=MIN_PREFIX)
        )
    found = session.scalars(select(model.id).where(model.id.startswith(text)).limit(2)).all()
    if not found:
        raise NotFoundError(
            translate("record_ids", "no {what} with an id starting {text}").format(
                what=what, text=text
            )
        )
    if len(found) > 1:
        raise ValidationError(
            translate(
                "record_ids", "several {what}s have an id starting {text}; give more of it"
            ).format(what=what, text=text)
        )
    return found[0]
