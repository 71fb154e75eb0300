"""Who may act: passwords (scrypt), signing keys (Ed25519, sealed under the password), lockout,
and the role rules the services enforce."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update

from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.services import find_by, require_text
from sqms_desktop.store.ledger import Credential
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole

# scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB per hash, some 0.1 s; stored with each hash.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSWORD_LENGTH = 10
MAX_FAILED_ATTEMPTS = 5
USER_ENTITY = "user_account"
SESSION_EVENTS = ("lock", "unlock", "sign-out")
# A role as a refusal names it: "the lead auditor role", and a user "is an auditor".
ROLE_NAMES = {
    UserRole.AUDITOR: QT_TRANSLATE_NOOP("identity", "auditor"),
    UserRole.LEAD_AUDITOR: QT_TRANSLATE_NOOP("identity", "lead auditor"),
    UserRole.QUALITY_ENGINEER: QT_TRANSLATE_NOOP("identity", "quality engineer"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("identity", "administrator"),
}
ROLE_HOLDERS = {
    UserRole.AUDITOR: QT_TRANSLATE_NOOP("identity", "an auditor"),
    UserRole.LEAD_AUDITOR: QT_TRANSLATE_NOOP("identity", "a lead auditor"),
    UserRole.QUALITY_ENGINEER: QT_TRANSLATE_NOOP("identity", "a quality engineer"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("identity", "an administrator"),
}


class AuthenticationError(SqmsError):
    """Wrong user name or password, or a locked or deactivated account."""


class PermissionDenied(SqmsError):
    """The user's role does not allow the action; the message names the role it needs."""


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(computed, base64.b64decode(digest))


def seal_key(private_key: Ed25519PrivateKey, password: str) -> str:
    """The private key encrypted with AES-256-GCM under a key derived from the password."""
    from cryptography.hazmat.primitives import serialization

    raw = private_key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(key).encrypt(nonce, raw, b"sqms-signing-key")
    params = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    return json.dumps({**params, "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(sealed)})


def unseal_key(sealed: str, password: str) -> Ed25519PrivateKey:
    from cryptography.exceptions import InvalidTag

    box = json.loads(sealed)
    key = _scrypt(password, base64.b64decode(box["salt"]), box["n"], box["r"], box["p"])
    try:
        raw = AESGCM(key).decrypt(
            base64.b64decode(box["nonce"]), base64.b64decode(box["key"]), b"sqms-signing-key"
        )
    except InvalidTag:
        raise AuthenticationError(
            translate("identity", "the password does not open this user's signing key")
        ) from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_hex(private_key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return (
        private_key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("identity", "a password needs at least {n} characters").format(
                n=MIN_PASSWORD_LENGTH
            )
        )
    if password.strip() != password:
        raise ValidationError(
            translate("identity", "a password must not start or end with a space")
        )


def set_password(
    uow: UnitOfWork, user: User, password: str, *, signing_key: Ed25519PrivateKey | None = None
) -> None:
    """Give a user a password and a new signing key (sealed under that password).

    `signing_key` lets the demo generator use keys derived from its seed (deterministic stores);
    everyone else gets a fresh random key.
    """
    check_password_rules(password)
    private_key = signing_key or Ed25519PrivateKey.generate()
    credential = uow.session.get(Credential, user.id)
    values = {
        "password_hash": hash_password(password),
        "sealed_key": seal_key(private_key, password),
    }
    if credential is None:
        uow.session.add(Credential(user_id=user.id, failed_attempts=0, **values))
    else:
        for name, value in values.items():
            setattr(credential, name, value)
        credential.failed_attempts = 0
        credential.locked_until = None
    uow.update(user, {"public_key": public_hex(private_key)}, reason="new password and signing key")


def change_password(uow: UnitOfWork, username: str, old: str, new: str) -> User:
    """Re-seal the same signing key under the new password, so earlier signatures stay valid."""
    user = authenticate(uow, username, old)
    check_password_rules(new)
    credential = uow.session.get_one(Credential, user.id)
    private_key = unseal_key(credential.sealed_key, old)
    credential.password_hash = hash_password(new)
    credential.sealed_key = seal_key(private_key, new)
    uow.update(user, {"active": user.active}, reason="password changed")
    return user


def authenticate(uow: UnitOfWork, username: str, password: str) -> User:
    """Check a password, counting failures; the fifth failure in a row locks the account.

    The password is checked first: until it is right, the answer is only "wrong user name or
    password", so a guesser learns nothing about the account (that it is locked or deactivated),
    and a wrong guess counts even while the account is locked. Failures are counted in their
    own transaction, so they stick although the action fails; a success clears the count as
    part of the action (committed with it).
    """
    refused = AuthenticationError(translate("identity", "wrong user name or password"))
    user = uow.session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise refused
    credential = uow.session.get(Credential, user.id)
    if credential is None:
        raise AuthenticationError(
            translate(
                "identity", "{username} has no password yet; an administrator sets one"
            ).format(username=username)
        )
    if not password_matches(password, credential.password_hash):
        _record_failure(uow, user)
        raise refused
    now = uow.now.astimezone(dt.UTC)
    if credential.locked_until and dt.datetime.fromisoformat(credential.locked_until) > now:
        until = dt.datetime.fromisoformat(credential.locked_until).astimezone(uow.now.tzinfo)
        raise AuthenticationError(
            translate(
                "identity", "{username} is locked after {n} wrong passwords until {until:%H:%M}"
            ).format(username=username, n=MAX_FAILED_ATTEMPTS, until=until)
        )
    if not user.active:
        raise AuthenticationError(
            translate("identity", "{username} is deactivated").format(username=username)
        )
    if credential.failed_attempts or credential.locked_until:
        _clear_failures(uow, user)
    return user


def _record_failure(uow: UnitOfWork, user: User) -> None:
    """Count a failure, and trail it, in its own transaction: it must stick although the action
    fails. The count is raised by the database (`failed_attempts + 1`) inside the transaction
    that holds the store's write lock (`lock_for_writing`, taken first), never computed from a
    value read before: twenty wrong passwords at once count twenty, and lock the account. From
    the fifth failure in a row on, each failure (re)starts the lockout; only a right password
    ends the run. The action ends with the AuthenticationError that follows, so its own (now
    stale) transaction writes nothing after this."""
    now = uow.now.astimezone(dt.UTC)
    with UnitOfWork(uow.store, uow.context) as side:
        side.lock_for_writing()
        failures = side.session.scalar(
            update(Credential)
            .where(Credential.user_id == user.id)
            .values(failed_attempts=Credential.failed_attempts + 1)
            .returning(Credential.failed_attempts)
        )
        reason = "wrong password"
        if failures is not None and failures >= MAX_FAILED_ATTEMPTS:
            locked = now + lockout_time(side)
            side.session.execute(
                update(Credential)
                .where(Credential.user_id == user.id)
                .values(locked_until=locked.isoformat())
            )
            until = locked.astimezone(uow.now.tzinfo)
            reason += (
                f" ({failures} in a row); locked after {MAX_FAILED_ATTEMPTS} in a row "
                f"until {until:%Y-%m-%d %H:%M}"
            )
            side.record_event(USER_ENTITY, user.id, "locked", reason=reason)
        else:
            side.record_event(USER_ENTITY, user.id, "refused", reason=reason)
        side.commit()
    uow.session.expire_all()


def _clear_failures(uow: UnitOfWork, user: User) -> None:
    """A right password ends a run of wrong ones, even when the action itself is then refused.

    Before the action has written anything, the reset commits on its own and the action starts a
    fresh snapshot (a write beside an open SQLite snapshot would make the action's own writes
    fail). After it has written, the reset can only be part of the action."""
    reset = (
        update(Credential)
        .where(Credential.user_id == user.id)
        .values(failed_attempts=0, locked_until=None)
    )
    if uow.has_written:
        uow.session.execute(reset)
        return
    with uow.store.session() as side:
        side.execute(reset)
        side.commit()
    uow.session.rollback()


def lockout_time(uow: UnitOfWork) -> dt.timedelta:
    """How long five wrong passwords lock an account: the store's policy, set by an admin."""
    from sqms_desktop.queries.policy import lockout_minutes

    return dt.timedelta(minutes=lockout_minutes(uow.session))


def sign_in(uow: UnitOfWork, username: str, password: str) -> User:
    """Open a session in the application; trailed, like the session's other events."""
    user = authenticate(uow, username, password)
    uow.record_event(USER_ENTITY, user.id, "sign-in")
    return user


def session_event(uow: UnitOfWork, action: str, *, reason: str = "") -> None:
    """Trail `lock` (the idle window locked), `unlock` or `sign-out` for the acting user."""
    if action not in SESSION_EVENTS:
        raise ValidationError(
            translate("identity", "{action!r} is not a session event ({events})").format(
                action=action, events=", ".join(SESSION_EVENTS)
            )
        )
    user = current_user(uow)
    uow.record_event(USER_ENTITY, user.id, action, reason=reason)


def require_role(user: User, *roles: UserRole, action: str) -> None:
    """Refuse unless the user holds one of `roles` (an administrator manages users only)."""
    if user.role in roles:
        return
    needed = translate("identity", ROLE_NAMES[roles[0]])
    for role in roles[1:]:
        needed = translate("identity", "{one} or {other}").format(
            one=needed, other=translate("identity", ROLE_NAMES[role])
        )
    # `action` says what the user tried, as the subject of the sentence ("adding users"),
    # already in the language now in use: callers pass `services.said(phrase)`.
    raise PermissionDenied(
        translate("identity", "{name} is {role}; {action} needs the {needed} role").format(
            name=user.full_name,
            role=translate("identity", ROLE_HOLDERS[UserRole(user.role)]),
            action=action,
            needed=needed,
        )
    )


def current_user(uow: UnitOfWork) -> User:
    """The person the unit of work acts for: an existing, active user of this store."""
    user = uow.session.scalars(select(User).where(User.username == uow.user)).first()
    if user is None:
        raise PermissionDenied(
            translate("identity", "{user!r} is not a user of this store; sign in as a user").format(
                user=uow.user
            )
        )
    if not user.active:
        raise PermissionDenied(
            translate("identity", "{name} is deactivated and can no longer act").format(
                name=user.full_name
            )
        )
    return user


def require_actor(uow: UnitOfWork, *roles: UserRole, action: str) -> User:
    """The acting user, if their role allows `action`; otherwise a refusal naming the role."""
    user = current_user(uow)
    require_role(user, *roles, action=action)
    return user


def acting_user(uow: UnitOfWork, username: str, password: str) -> User:
    """The signed-in user for an action: authenticated, active, and named in the trail."""
    user = authenticate(uow, username, password)
    if uow.user != user.username:
        raise AuthenticationError(translate("identity", "the unit of work acts for another user"))
    return user


def user_by_name(uow: UnitOfWork, username: str) -> User:
    return find_by(uow, User, "user", username=require_text(username, "user name"))
