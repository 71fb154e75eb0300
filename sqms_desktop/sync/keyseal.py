"""The replica's private key at rest: sealed with a passphrase, optionally remembered by the OS.

The store file travels (backups, copies to a colleague), so the key inside it is encrypted;
whoever holds only the file cannot sign bundles as this replica. The seal is scrypt (memory-hard,
parameters recorded so they can be raised later) and AES-256-GCM over the 32-byte key, rather than
PKCS#8 PEM, whose `BestAvailableEncryption` uses PBKDF2 with 2048 rounds: far too cheap to guess
offline once someone has the file. The passphrase can live in the OS keyring when one is really
there (Keychain, Windows Credential Locker, Secret Service); `keyring` is optional, never needed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import importlib
import json
import logging
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8
KEYRING_SERVICE = "SQMS Desktop replica key"
FORMAT = "sqms-sealed-key/1"
SCRYPT_N = 2**15  # 32 MiB and about 0.1 s per unseal; OWASP's floor for scrypt is 2**15..2**17
_SCRYPT_R, _SCRYPT_P = 8, 1
_MAX_N = 2**20  # refuse a sealed text that would ask for gigabytes


def seal(private_key: Ed25519PrivateKey, passphrase: str) -> str:
    """The key sealed with the passphrase, as one line of JSON text for the replica row."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            translate(
                "keyseal", "the passphrase for the replica key needs at least {least} characters"
            ).format(least=MIN_PASSPHRASE)
        )
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    box = AESGCM(_derive(passphrase, salt, SCRYPT_N))
    return canonical_json(
        {
            "format": FORMAT,
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": _SCRYPT_R,
            "p": _SCRYPT_P,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "sealed": _b64(box.encrypt(nonce, raw, FORMAT.encode())),
        }
    )


def unseal(sealed: str, passphrase: str) -> Ed25519PrivateKey:
    if not passphrase:
        raise ValidationError(
            translate("keyseal", "the replica key is sealed: give its passphrase")
        )
    damaged = ValidationError(
        translate("keyseal", "this store's replica key is damaged (not a sealed SQMS key)")
    )
    try:
        fields = json.loads(sealed)
        if not isinstance(fields, dict) or fields.get("format") != FORMAT:
            raise damaged
        n, r, p = (fields["n"], fields["r"], fields["p"])
        if fields["kdf"] != "scrypt" or (r, p) != (_SCRYPT_R, _SCRYPT_P):
            raise damaged
        if not isinstance(n, int) or n < 2 or n > _MAX_N or n & (n - 1):
            raise damaged
        salt, nonce, box = (_unb64(fields[k]) for k in ("salt", "nonce", "sealed"))
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise damaged from None
    try:
        raw = AESGCM(_derive(passphrase, salt, n)).decrypt(nonce, box, FORMAT.encode())
    except InvalidTag:
        raise ValidationError(
            translate("keyseal", "wrong passphrase for this store's replica key")
        ) from None
    except ValueError:
        raise damaged from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def keyring_get(replica_id: str) -> str | None:
    """The remembered passphrase, or None without a usable keyring (or nothing remembered)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(KEYRING_SERVICE, replica_id)
    except Exception as exc:  # a locked or broken keyring is the same as none
        log.warning("the OS keyring could not be read: %s", exc)
        return None
    return found if isinstance(found, str) else None


def keyring_set(replica_id: str, passphrase: str) -> bool:
    """Remember the passphrase in the OS keyring; False when there is none or it refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, replica_id, passphrase)
    except Exception as exc:
        log.warning("the OS keyring did not keep the passphrase: %s", exc)
        return False
    return True


def _derive(passphrase: str, salt: bytes, n: int) -> bytes:
    memory = 128 * _SCRYPT_R * n + 1024 * 1024
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=_SCRYPT_R,
        p=_SCRYPT_P,
        maxmem=memory,
        dklen=32,
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not text")
    return binascii.a2b_base64(text.encode("ascii"), strict_mode=True)


def _backend() -> Any | None:
    """The keyring backend when `keyring` is installed and has a real one: its fail and null
    backends (priority 0 and below) stand for "no keyring here"."""
    try:
        module = importlib.import_module("keyring")
        backend = module.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception as exc:  # not installed, or a backend that fails to load
        log.debug("no OS keyring: %s", exc)
        return None
    return backend if priority > 0 else None
