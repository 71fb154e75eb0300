"""The people of a store as the sign-in and the pages read them: whether anyone can sign in yet,
and the name a person is shown under."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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
