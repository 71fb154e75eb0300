"""Getting into a store and staying in: the first administrator of an empty store, and unlocking
a window that locked itself while nobody was at the keyboard.

Each is one user action made of several identity steps; they live here, not in the window, so
the rule (who may create the first account, what an unlock checks and trails) is written once.
Signing in itself is `identity.sign_in`.
"""

from __future__ import annotations

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.people import has_users
from sqms_desktop.services import identity, users
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole


def create_first_administrator(
    uow: UnitOfWork, username: str, full_name: str, password: str
) -> User:
    """The first user of a store without users: an administrator who creates their own account
    (the unit of work acts for `username`). Refused once anyone, here or on another computer
    sharing the store, has been quicker."""
    if has_users(uow.session):
        raise ValidationError(
            translate("access", "this store has users now; start again to sign in")
        )
    return users.create_user(uow, username, full_name, UserRole.ADMIN, password)


def unlock(uow: UnitOfWork, username: str, password: str) -> User:
    """The signed-in user's password opens the idle lock again. A wrong one counts towards the
    lockout like any other; the unlock is trailed as a session event of that user."""
    user = identity.authenticate(uow, username, password)
    identity.session_event(uow, "unlock")
    return user
