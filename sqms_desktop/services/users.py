"""People who act in the store. Users are never deleted, only deactivated."""

from __future__ import annotations

import re

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.services import find_by, require_choice, require_text, said
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
# What the role refusals name, marked for the translators and said where they are refused.
ADDING = QT_TRANSLATE_NOOP("services", "adding users")
DEACTIVATING = QT_TRANSLATE_NOOP("services", "deactivating users")


def create_user(
    uow: UnitOfWork,
    username: str,
    full_name: str,
    role: str,
    password: str | None = None,
    *,
    signing_key: Ed25519PrivateKey | None = None,
) -> User:
    """A new user; with a password it can sign in and gets its own signing key.

    Only an administrator adds users. The one exception is an empty store: its first user is an
    administrator who creates themself (the unit of work acts in their name).
    """
    from sqms_desktop.services.identity import require_actor

    if uow.session.scalars(select(User.id).limit(1)).first() is None:
        if role != UserRole.ADMIN or username != uow.user:
            raise ValidationError(
                translate(
                    "users",
                    "the first user of a store is an administrator who creates their own account",
                )
            )
    else:
        require_actor(uow, UserRole.ADMIN, action=said(ADDING))
    if not USERNAME.match(username):
        raise ValidationError(
            translate(
                "users",
                "user name {username!r} must start with a letter and use only a-z, 0-9, '.', '_' "
                "or '-' (2 to 64 characters)",
            ).format(username=username)
        )
    if uow.session.scalars(select(User.id).where(User.username == username)).first():
        raise ValidationError(
            translate("users", "user name {username!r} is taken").format(username=username)
        )
    user = uow.add(
        User(
            username=username,
            full_name=require_text(full_name, "full name", limit=200),
            role=require_choice(role, UserRole.values(), "role"),
            active=True,
            public_key="",
        )
    )
    if password is not None:
        from sqms_desktop.services.identity import set_password

        set_password(uow, user, password, signing_key=signing_key)
    return user


def deactivate_user(uow: UnitOfWork, username: str, *, reason: str) -> User:
    """Only an administrator deactivates, and never the last active administrator."""
    from sqms_desktop.services.identity import require_actor

    require_actor(uow, UserRole.ADMIN, action=said(DEACTIVATING))
    user = find_by(uow, User, "user", username=username)
    if not user.active:
        raise ValidationError(
            translate("users", "{username} is already deactivated").format(username=username)
        )
    if user.role == UserRole.ADMIN:
        admins = uow.session.scalars(
            select(User.id).where(User.role == UserRole.ADMIN.value, User.active.is_(True))
        ).all()
        if len(admins) <= 1:
            raise ValidationError(
                translate(
                    "users",
                    "{username} is the last active administrator; add another administrator first",
                ).format(username=username)
            )
    uow.update(user, {"active": False}, reason=require_text(reason, "reason"))
    return user
