"""Records named on the command line by the start of their id (as `git` names commits): the
lists print ids, and the first eight characters are plenty to type back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.store.base import Record

MIN_PREFIX = 4


def id_by_prefix(session: Session, model: type[Record], prefix: str, what: str) -> str:
    """The one id of `model` that starts with `prefix`; a refusal if none or several do."""
    text = prefix.strip().lower()
    if len(text) < MIN_PREFIX:
        raise ValidationError(f"{what} id {prefix!r}: give at least {MIN_PREFIX} characters")
    found = session.scalars(select(model.id).where(model.id.startswith(text)).limit(2)).all()
    if not found:
        raise NotFoundError(f"no {what} with an id starting {text}")
    if len(found) > 1:
        raise ValidationError(f"several {what}s have an id starting {text}; give more of it")
    return found[0]
