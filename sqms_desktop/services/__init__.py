"""Services: the only code that writes. Each takes a unit of work and raises domain errors."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, collate, func, select
from sqlalchemy.orm import InstrumentedAttribute

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, language, translate
from sqms_desktop.queries.common import stored_word
from sqms_desktop.store.base import Record
from sqms_desktop.store.uow import UnitOfWork

R = TypeVar("R", bound=Record)


def said(text: str) -> str:
    """A word or phrase a service hands to a shared check to be put into its refusal (the
    record `get` did not find, the field `require_text` found empty, the action `require_actor`
    refused), in the language now in use. The phrases are written at the call sites as plain
    English and marked for the translators in `PASSED_WORDS`; one not marked stays English."""
    return translate("services", text)


def in_words(value: str, *, spaced: bool = False) -> str:
    """A stored value (a status, a class) inside a refusal: `queries.common.stored_word` (the
    screens' word in German, spaces for underscores in English), except that in English the
    refusals that always wrote the value itself still do, unless `spaced`."""
    return stored_word(value) if spaced or language() != "en" else value


def get(uow: UnitOfWork, model: type[R], record_id: str, what: str) -> R:
    record = uow.get(model, record_id)
    if record is None:
        raise NotFoundError(
            translate("services", "no {what} with id {record_id}").format(
                what=said(what), record_id=record_id
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
                what=said(what), described=described
            )
        )
    return record


def require_text(value: str, field: str, *, limit: int | None = None) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(
            translate("services", "{field} must not be empty").format(field=said(field))
        )
    if limit is not None and len(cleaned) > limit:
        raise ValidationError(
            translate("services", "{field} is longer than {limit} characters").format(
                field=said(field), limit=limit
            )
        )
    return cleaned


def require_choice(value: str, choices: list[str], field: str) -> str:
    if value not in choices:
        raise ValidationError(
            translate("services", "{field} must be one of {choices}; got {value!r}").format(
                field=said(field), choices=", ".join(choices), value=value
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


# The words and phrases services hand to the shared checks above and to `require_actor` (what
# was not found, which field is wrong, which action is refused), marked for the translators;
# `said` translates them where the refusal is made. A new phrase at a call site belongs here too.
PASSED_WORDS = (
    QT_TRANSLATE_NOOP("services", "accepting a CAPA stage"),
    QT_TRANSLATE_NOOP("services", "action"),
    QT_TRANSLATE_NOOP("services", "action description"),
    QT_TRANSLATE_NOOP("services", "action owner"),
    QT_TRANSLATE_NOOP("services", "action status"),
    QT_TRANSLATE_NOOP("services", "action title"),
    QT_TRANSLATE_NOOP("services", "adding a CAPA action"),
    QT_TRANSLATE_NOOP("services", "adding a certificate"),
    QT_TRANSLATE_NOOP("services", "adding a contact"),
    QT_TRANSLATE_NOOP("services", "adding a development action"),
    QT_TRANSLATE_NOOP("services", "adding a site"),
    QT_TRANSLATE_NOOP("services", "adding a supplier risk"),
    QT_TRANSLATE_NOOP("services", "agreeing an action in a supplier review"),
    QT_TRANSLATE_NOOP("services", "agreement reference"),
    QT_TRANSLATE_NOOP("services", "answering"),
    QT_TRANSLATE_NOOP("services", "approval scope"),
    QT_TRANSLATE_NOOP("services", "attaching a certificate scan"),
    QT_TRANSLATE_NOOP("services", "attaching a signed quality agreement"),
    QT_TRANSLATE_NOOP("services", "attaching evidence"),
    QT_TRANSLATE_NOOP("services", "attaching evidence to a CAPA action"),
    QT_TRANSLATE_NOOP("services", "audit"),
    QT_TRANSLATE_NOOP("services", "audit status"),
    QT_TRANSLATE_NOOP("services", "audit type"),
    QT_TRANSLATE_NOOP("services", "cancelling a CAPA"),
    QT_TRANSLATE_NOOP("services", "CAPA"),
    QT_TRANSLATE_NOOP("services", "CAPA owner"),
    QT_TRANSLATE_NOOP("services", "CAPA source"),
    QT_TRANSLATE_NOOP("services", "CAPA state"),
    QT_TRANSLATE_NOOP("services", "CAPA title"),
    QT_TRANSLATE_NOOP("services", "CAPA type"),
    QT_TRANSLATE_NOOP("services", "certificate"),
    QT_TRANSLATE_NOOP("services", "certificate number"),
    QT_TRANSLATE_NOOP("services", "certificate scope"),
    QT_TRANSLATE_NOOP("services", "changing a CAPA action"),
    QT_TRANSLATE_NOOP("services", "changing a store policy"),
    QT_TRANSLATE_NOOP("services", "changing a finding"),
    QT_TRANSLATE_NOOP("services", "changing a supplier's CAPA deadlines"),
    QT_TRANSLATE_NOOP("services", "changing a supplier's status"),
    QT_TRANSLATE_NOOP("services", "changing evidence"),
    QT_TRANSLATE_NOOP("services", "changing the scorecard's weights and bands"),
    QT_TRANSLATE_NOOP("services", "checklist template"),
    QT_TRANSLATE_NOOP("services", "city"),
    QT_TRANSLATE_NOOP("services", "closing a supplier risk"),
    QT_TRANSLATE_NOOP("services", "commodity"),
    QT_TRANSLATE_NOOP("services", "completing a CAPA action"),
    QT_TRANSLATE_NOOP("services", "completing an audit"),
    QT_TRANSLATE_NOOP("services", "contact"),
    QT_TRANSLATE_NOOP("services", "contact name"),
    QT_TRANSLATE_NOOP("services", "contact role"),
    QT_TRANSLATE_NOOP("services", "correcting a cost of poor quality"),
    QT_TRANSLATE_NOOP("services", "cost category"),
    QT_TRANSLATE_NOOP("services", "cost of poor quality"),
    QT_TRANSLATE_NOOP("services", "country"),
    QT_TRANSLATE_NOOP("services", "creating a checklist template"),
    QT_TRANSLATE_NOOP("services", "creating a supplier"),
    QT_TRANSLATE_NOOP("services", "delivery"),
    QT_TRANSLATE_NOOP("services", "description"),
    QT_TRANSLATE_NOOP("services", "development action"),
    QT_TRANSLATE_NOOP("services", "development kind"),
    QT_TRANSLATE_NOOP("services", "done on"),
    QT_TRANSLATE_NOOP("services", "due date"),
    QT_TRANSLATE_NOOP("services", "editing a certificate"),
    QT_TRANSLATE_NOOP("services", "withdrawing a finding"),
    QT_TRANSLATE_NOOP("services", "editing a contact"),
    QT_TRANSLATE_NOOP("services", "editing a quality agreement"),
    QT_TRANSLATE_NOOP("services", "editing a site"),
    QT_TRANSLATE_NOOP("services", "editing a supplier"),
    QT_TRANSLATE_NOOP("services", "editing a supplier review"),
    QT_TRANSLATE_NOOP("services", "editing a supplier risk"),
    QT_TRANSLATE_NOOP("services", "effectiveness criterion"),
    QT_TRANSLATE_NOOP("services", "evidence"),
    QT_TRANSLATE_NOOP("services", "finding"),
    QT_TRANSLATE_NOOP("services", "finding class"),
    QT_TRANSLATE_NOOP("services", "finding statement"),
    QT_TRANSLATE_NOOP("services", "full name"),
    QT_TRANSLATE_NOOP("services", "held on"),
    QT_TRANSLATE_NOOP("services", "importing a checklist template"),
    QT_TRANSLATE_NOOP("services", "importing a self-assessment"),
    QT_TRANSLATE_NOOP("services", "importing suppliers"),
    QT_TRANSLATE_NOOP("services", "incurred on"),
    QT_TRANSLATE_NOOP("services", "issuer"),
    QT_TRANSLATE_NOOP("services", "issuing a CAPA"),
    QT_TRANSLATE_NOOP("services", "marking a review action done"),
    QT_TRANSLATE_NOOP("services", "minutes"),
    QT_TRANSLATE_NOOP("services", "mitigation"),
    QT_TRANSLATE_NOOP("services", "N/A policy"),
    QT_TRANSLATE_NOOP("services", "note"),
    QT_TRANSLATE_NOOP("services", "planning an audit"),
    QT_TRANSLATE_NOOP("services", "planning an effectiveness check"),
    QT_TRANSLATE_NOOP("services", "postal code"),
    QT_TRANSLATE_NOOP("services", "process"),
    QT_TRANSLATE_NOOP("services", "proposal"),
    QT_TRANSLATE_NOOP("services", "quality agreement"),
    QT_TRANSLATE_NOOP("services", "question"),
    QT_TRANSLATE_NOOP("services", "raising a CAPA"),
    QT_TRANSLATE_NOOP("services", "raising a finding"),
    QT_TRANSLATE_NOOP("services", "reason"),
    QT_TRANSLATE_NOOP("services", "reason for cancelling"),
    QT_TRANSLATE_NOOP("services", "reason for rejecting the stage"),
    QT_TRANSLATE_NOOP("services", "reason for reopening"),
    QT_TRANSLATE_NOOP("services", "reason for retiring"),
    QT_TRANSLATE_NOOP("services", "reason for the change"),
    QT_TRANSLATE_NOOP("services", "recording a CAPA's effectiveness"),
    QT_TRANSLATE_NOOP("services", "recording a cost of poor quality"),
    QT_TRANSLATE_NOOP("services", "recording a development result"),
    QT_TRANSLATE_NOOP("services", "recording a quality agreement"),
    QT_TRANSLATE_NOOP("services", "recording a supplier review"),
    QT_TRANSLATE_NOOP("services", "recording KPI figures"),
    QT_TRANSLATE_NOOP("services", "recording the closing meeting"),
    QT_TRANSLATE_NOOP("services", "recording why a finding needs no CAPA"),
    QT_TRANSLATE_NOOP("services", "rejecting a CAPA stage"),
    QT_TRANSLATE_NOOP("services", "releasing a checklist template"),
    QT_TRANSLATE_NOOP("services", "removing a certificate"),
    QT_TRANSLATE_NOOP("services", "removing a contact"),
    QT_TRANSLATE_NOOP("services", "reopening a CAPA"),
    QT_TRANSLATE_NOOP("services", "reopening an audit"),
    QT_TRANSLATE_NOOP("services", "replica name"),
    QT_TRANSLATE_NOOP("services", "result"),
    QT_TRANSLATE_NOOP("services", "retiring a checklist template"),
    QT_TRANSLATE_NOOP("services", "review action"),
    QT_TRANSLATE_NOOP("services", "risk category"),
    QT_TRANSLATE_NOOP("services", "risk class"),
    QT_TRANSLATE_NOOP("services", "risk description"),
    QT_TRANSLATE_NOOP("services", "risk owner"),
    QT_TRANSLATE_NOOP("services", "risk reason"),
    QT_TRANSLATE_NOOP("services", "role"),
    QT_TRANSLATE_NOOP("services", "saving an import mapping"),
    QT_TRANSLATE_NOOP("services", "scheme"),
    QT_TRANSLATE_NOOP("services", "signature meaning"),
    QT_TRANSLATE_NOOP("services", "signing a supplier review"),
    QT_TRANSLATE_NOOP("services", "site"),
    QT_TRANSLATE_NOOP("services", "site country"),
    QT_TRANSLATE_NOOP("services", "site name"),
    QT_TRANSLATE_NOOP("services", "standard"),
    QT_TRANSLATE_NOOP("services", "starting an audit"),
    QT_TRANSLATE_NOOP("services", "status"),
    QT_TRANSLATE_NOOP("services", "street"),
    QT_TRANSLATE_NOOP("services", "supplier"),
    QT_TRANSLATE_NOOP("services", "supplier name"),
    QT_TRANSLATE_NOOP("services", "supplier review"),
    QT_TRANSLATE_NOOP("services", "supplier risk"),
    QT_TRANSLATE_NOOP("services", "template title"),
    QT_TRANSLATE_NOOP("services", "the reason why no CAPA is needed"),
    QT_TRANSLATE_NOOP("services", "the source name"),
    QT_TRANSLATE_NOOP("services", "topics"),
    QT_TRANSLATE_NOOP("services", "updating a development action"),
    QT_TRANSLATE_NOOP("services", "user"),
    QT_TRANSLATE_NOOP("services", "user name"),
)
