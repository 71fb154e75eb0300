"""The people of a store as the sign-in, the pages and `sqms user` read them: who they are,
whether anyone can sign in yet, and the name a person is shown under. Passwords and signing keys
are never read here; signing in and changing a password are writes (`services/identity.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.store.ledger import Credential
from sqms_desktop.store.models import User


def has_users(session: Session) -> bool:
    """Whether anyone can sign in: a store without a password yet asks for its first
    administrator instead of a sign-in."""
    return session.scalar(select(Credential.user_id).limit(1)) is not None


def printed_name(session: Session, username: str) -> str:
    """The user's full name, as forms and reports print it; the user name itself for someone
    who is not a user of this store (the system account of the headless modes)."""
    user = session.scalars(select(User).where(User.username == username)).first()
    return user.full_name if user is not None else username


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str  # the printed name in signatures and reports
    role: str
    active: bool
    public_key: str  # Ed25519, hex: verifies the user's signatures on every replica


def list_users(session: Session) -> list[UserRow]:
    """Every user, deactivated ones too (users are never deleted), by user name."""
    return [
        UserRow(u.username, u.full_name, u.role, u.active, u.public_key)
        for u in session.scalars(select(User).order_by(User.username))
    ]


def user_id_by_name(session: Session, username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError(translate("people", "user name must not be empty"))
    found = session.scalar(select(User.id).where(User.username == name))
    if found is None:
        raise NotFoundError(translate("people", "no user with username {name}").format(name=name))
    return found
