"""Carrying a user's credential to another store of the team, by a file the user controls.

User accounts travel in bundles, but a credential (the password hash and the signing key sealed
under the password, `store/ledger.Credential`) never leaves a store on its own, so a user whose
account came to a laptop from the central store could not sign in there. The user exports
their credential with their password and imports it on the laptop with the same password. The
signing key stays sealed under that password the whole way; the importing store takes it only
for the account it already has with the same public key, and only if the password opens it to
that very key, so a file changed on the way, or made for another account, changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services.identity import (
    USER_ENTITY,
    AuthenticationError,
    authenticate,
    password_matches,
    public_hex,
    unseal_key,
    user_by_name,
)
from sqms_desktop.store.ledger import Credential
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork

FORMAT = "sqms-credential/1"
MAX_FILE_BYTES = 64 * 1024  # a credential is well under 1 KB


@dataclass(frozen=True)
class CredentialFile:
    """What the file holds: the account it belongs to and the secrets, still sealed."""

    username: str
    public_key: str
    password_hash: str
    sealed_key: str

    def as_json(self) -> dict[str, str]:
        return {"format": FORMAT, **asdict(self)}


def parse_credential(data: bytes, name: str) -> CredentialFile:
    """The credential in a file's bytes; a refusal names the file and what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            translate("credentials", "{name}: too large for a credential ({size} bytes)").format(
                name=name, size=len(data)
            )
        )
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            translate("credentials", "{name}: not a credential file (not JSON: {reason})").format(
                name=name, reason=exc
            )
        ) from None
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise ValidationError(
            translate(
                "credentials", "{name}: not a credential file (format is not {format!r})"
            ).format(name=name, format=FORMAT)
        )
    values: dict[str, str] = {}
    for field in ("username", "public_key", "password_hash", "sealed_key"):
        value = document.get(field)
        if not isinstance(value, str) or not value:
            raise ValidationError(
                translate(
                    "credentials", "{name}: the field {field!r} is missing or not a text"
                ).format(name=name, field=field)
            )
        values[field] = value
    return CredentialFile(**values)


def export_credential(uow: UnitOfWork, username: str, password: str) -> CredentialFile:
    """The user's credential for another store; their password proves it is theirs (a wrong
    one counts towards the lockout like any sign-in). Trailed on the user."""
    user = authenticate(uow, username, password)
    credential = uow.session.get_one(Credential, user.id)
    if public_hex(unseal_key(credential.sealed_key, password)) != user.public_key:
        raise StateError(
            translate(
                "credentials", "{username}'s sealed signing key is not the key of the account"
            ).format(username=username)
        )
    uow.record_event(USER_ENTITY, user.id, "cred-out", reason="credential exported")
    return CredentialFile(
        user.username, user.public_key, credential.password_hash, credential.sealed_key
    )


def import_credential(uow: UnitOfWork, credential: CredentialFile, password: str) -> User:
    """Let the account sign in and sign on this store with the credential it has elsewhere.

    Refused unless this store has the account with the same signing key and no credential for
    it yet, the password matches the file's hash, and the sealed key opens to that key.
    """
    name = credential.username
    try:
        user = user_by_name(uow, name)
    except NotFoundError:
        raise ValidationError(
            translate(
                "credentials",
                "this store has no user {name!r}; the account comes with a bundle from the "
                "central store first",
            ).format(name=name)
        ) from None
    if user.public_key != credential.public_key:
        raise ValidationError(
            translate(
                "credentials",
                "the file's signing key is not the key of {name} on this store; "
                "export the credential again from the store the account came from",
            ).format(name=name)
        )
    if uow.session.get(Credential, user.id) is not None:
        raise StateError(
            translate(
                "credentials", "{name} already has a password on this store; nothing was imported"
            ).format(name=name)
        )
    if not user.active:
        raise StateError(
            translate(
                "credentials", "{name} is deactivated; a credential would not let them sign in"
            ).format(name=name)
        )
    try:
        matches = password_matches(password, credential.password_hash)
    except (ValueError, TypeError):
        raise ValidationError(
            translate("credentials", "the password hash of {name} in the file is damaged").format(
                name=name
            )
        ) from None
    if not matches:
        raise AuthenticationError(
            translate("credentials", "the password is not {name}'s password in the file").format(
                name=name
            )
        )
    try:
        key = unseal_key(credential.sealed_key, password)
    except (ValueError, KeyError, TypeError, AuthenticationError):
        # The password matched the file's hash, so a key it cannot open was changed.
        raise ValidationError(
            translate(
                "credentials", "the sealed signing key of {name} in the file is damaged"
            ).format(name=name)
        ) from None
    if public_hex(key) != user.public_key:
        raise ValidationError(
            translate(
                "credentials", "the sealed key in the file is not {name}'s signing key"
            ).format(name=name)
        )
    uow.session.add(
        Credential(
            user_id=user.id,
            password_hash=credential.password_hash,
            sealed_key=credential.sealed_key,
            failed_attempts=0,
        )
    )
    uow.record_event(USER_ENTITY, user.id, "cred-in", reason="credential imported from a file")
    return user
