"""The replica key at rest: only its passphrase opens it, and the OS keyring is used only when a
real one is there."""

from __future__ import annotations

import base64
import json
import sys
import types

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sqms_desktop.errors import ValidationError
from sqms_desktop.sync import keyseal

PASSPHRASE = "correct horse battery"


def test_a_sealed_key_unseals_to_the_same_key_with_its_passphrase() -> None:
    key = Ed25519PrivateKey.generate()
    sealed = keyseal.seal(key, PASSPHRASE)
    opened = keyseal.unseal(sealed, PASSPHRASE)
    assert opened.public_key() == key.public_key()
    key.public_key().verify(opened.sign(b"bundle"), b"bundle")
    assert keyseal.seal(key, PASSPHRASE) != sealed  # fresh salt and nonce each time


def test_the_sealed_text_does_not_hold_the_key_in_the_clear() -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes_raw()
    sealed = keyseal.seal(key, PASSPHRASE)
    fields = json.loads(sealed)
    assert fields["kdf"] == "scrypt"
    assert fields["n"] >= 2**15
    assert raw.hex() not in sealed
    assert raw not in sealed.encode()
    assert raw not in base64.b64decode(fields["sealed"])


def test_a_wrong_passphrase_is_refused_with_a_plain_message() -> None:
    sealed = keyseal.seal(Ed25519PrivateKey.generate(), PASSPHRASE)
    with pytest.raises(ValidationError, match=r"^wrong passphrase for this store's replica key$"):
        keyseal.unseal(sealed, "correct horse battery staple")
    with pytest.raises(ValidationError, match="give its passphrase"):
        keyseal.unseal(sealed, "")


@pytest.mark.parametrize("passphrase", ["", "1234567"])
def test_a_short_passphrase_is_refused(passphrase: str) -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        keyseal.seal(Ed25519PrivateKey.generate(), passphrase)


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: "not json",
        lambda s: s.replace("sqms-sealed-key/1", "sqms-sealed-key/9"),
        lambda s: json.dumps({**json.loads(s), "n": 2**30}),
        lambda s: json.dumps({**json.loads(s), "nonce": "AAAA"}),
        lambda s: json.dumps({**json.loads(s), "salt": "%%%"}),
        lambda s: json.dumps({k: v for k, v in json.loads(s).items() if k != "sealed"}),
    ],
)
def test_a_damaged_sealed_key_is_named_damaged_not_a_wrong_passphrase(damage: object) -> None:
    sealed = keyseal.seal(Ed25519PrivateKey.generate(), PASSPHRASE)
    assert callable(damage)
    with pytest.raises(ValidationError, match="replica key is damaged"):
        keyseal.unseal(damage(sealed), PASSPHRASE)


def test_without_the_keyring_package_nothing_is_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring raises ImportError
    assert keyseal.keyring_set("R-1", PASSPHRASE) is False
    assert keyseal.keyring_get("R-1") is None


class _Backend:
    """Stands in for the OS keyring service (not part of SQMS): holds passwords in a dict."""

    def __init__(self, priority: float) -> None:
        self.priority = priority
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        if self.priority <= 0:
            raise RuntimeError("No recommended backend was available")
        self.saved[(service, user)] = password


def _install(monkeypatch: pytest.MonkeyPatch, backend: _Backend) -> None:
    module = types.ModuleType("keyring")
    module.get_keyring = lambda: backend  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)


@pytest.mark.parametrize("priority", [0, -1])
def test_the_fail_and_null_keyring_backends_count_as_no_keyring(
    monkeypatch: pytest.MonkeyPatch, priority: float
) -> None:
    backend = _Backend(priority)
    backend.saved[(keyseal.KEYRING_SERVICE, "R-1")] = "stale"
    _install(monkeypatch, backend)
    assert keyseal.keyring_set("R-1", PASSPHRASE) is False
    assert keyseal.keyring_get("R-1") is None


def test_a_real_keyring_backend_remembers_the_passphrase_per_replica(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _install(monkeypatch, _Backend(5))
    assert keyseal.keyring_get("R-1") is None
    assert keyseal.keyring_set("R-1", PASSPHRASE) is True
    assert keyseal.keyring_get("R-1") == PASSPHRASE
    assert keyseal.keyring_get("R-2") is None
