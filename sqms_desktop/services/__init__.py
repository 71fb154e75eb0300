"""Services: the only code that writes. Each takes a unit of work and raises domain errors."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, collate, func, select
from sqlalchemy.orm import InstrumentedAttribute

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import language, translate
from sqms_desktop.store.base import Record
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import inline_word

R = TypeVar("R", bound=Record)


def in_words(value: str, *, spaced: bool = False) -> str:
    """A stored value (a status, a class) inside a refusal: in German the word the screens use
    for it; in English as the refusals have always written it, the value itself or, `spaced`,
    with spaces for its underscores."""
    if language() != "en":
        return inline_word(value)
    return value.replace("_", " ") if spaced else value


def get(uow: UnitOfWork, model: type[R], record_id: str, what: str) -> R:
    record = uow.get(model, record_id)
    if record is None:
        raise NotFoundError(
            translate("services", "no {what} with id {record_id}").format(
                what=what, record_id=record_id
            )
        )
    return record


def find_by(uow: UnitOfWork, model: type[R], what: str, **where: object) -> R:
    query = select(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    record = uow.session.scalars(query).first()
    if record is None:
        described = ", ".join(f"{k} {v}" for k, v in where.items())
        raise NotFoundError(
            translate("services", "no {what} with {described}").format(
                what=what, described=described
            )
        )
    return record


def require_text(value: str, field: str, *, limit: int | None = None) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(
            translate("services", "{field} must not be empty").format(field=field)
        )
    if limit is not None and len(cleaned) > limit:
        raise ValidationError(
            translate("services", "{field} is longer than {limit} characters").format(
                field=field, limit=limit
            )
        )
    return cleaned


def require_choice(value: str, choices: list[str], field: str) -> str:
    if value not in choices:
        raise ValidationError(
            translate("services", "{field} must be one of {choices}; got {value!r}").format(
                field=field, choices=", ".join(choices), value=value
            )
        )
    return value


def next_number(uow: UnitOfWork, column: InstrumentedAttribute[str], prefix: str) -> int:
    """The next free number after `prefix` in a reference column (`AUD-2026-` → 43).

    A range instead of LIKE, so SQLite answers from the column's unique index. The write lock
    comes first, so two processes never take the same number; the range compares bytewise
    (COLLATE "C" on PostgreSQL, whose database collation may order "-" and "." otherwise).
    """
    uow.lock_for_writing()
    bytewise = uow.session.get_bind().dialect.name == "postgresql"
    key: ColumnElement[str] = collate(column, "C") if bytewise else column.expression
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    in_range = (key >= prefix, key < upper)
    # Text order puts "…-9999" after "…-10000": take the longest references first.
    longest = uow.session.scalar(select(func.max(func.length(key))).where(*in_range))
    if longest is None:
        return 1
    refs = uow.session.scalar(select(func.max(key)).where(*in_range, func.length(key) == longest))
    if not refs:
        return 1
    tail = str(refs)[len(prefix) :]
    digits = "".join(ch for ch in tail if ch.isdigit())
    return int(digits) + 1 if digits else 1
