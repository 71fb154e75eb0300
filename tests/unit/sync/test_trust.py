"""A laptop takes a trust list only from its central store, only a newer one, only unexpired;
anything else is refused with the reason, and the signature checks out with minisign too."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.sync import minisign
from sqms_desktop.sync.minisign import PublicKey
from sqms_desktop.sync.trust import TrustedKey, TrustList, decode_trust_list, encode_trust_list
from sqms_desktop.vocab import ReplicaRole

NOW = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


class Replica:
    """A replica's key pair as `sqms replica init` would make it."""

    def __init__(self, replica_id: str, name: str, role: ReplicaRole) -> None:
        self.replica_id, self.name, self.role = replica_id, name, role
        self.private = Ed25519PrivateKey.generate()
        self.key_id = minisign.new_key_id()
        self.public = PublicKey.from_private(self.private, self.key_id)

    def entry(self, *, revoked: bool = False, users: tuple[str, ...] | None = None) -> TrustedKey:
        return TrustedKey(
            replica_id=self.replica_id,
            name=self.name,
            role=self.role,
            key_id_hex=self.public.key_id_hex,
            public_key_hex=self.public.key_hex,
            revoked=revoked,
            users=users,
        )


@pytest.fixture
def central() -> Replica:
    return Replica("C0FFEE", "central", ReplicaRole.CENTRAL)


@pytest.fixture
def laptop() -> Replica:
    return Replica("L4PT0P", "laptop-anna", ReplicaRole.LAPTOP)


def _list(central: Replica, *keys: TrustedKey, version: int = 2, days: int = 30) -> TrustList:
    return TrustList(
        version=version,
        issued_at=NOW - timedelta(hours=1),
        expires_at=NOW + timedelta(days=days),
        central_replica_id=central.replica_id,
        keys=(central.entry(), *keys),
    )


def _decode(data: bytes, central: PublicKey | None = None, current: int | None = None) -> TrustList:
    return decode_trust_list(
        data, source="trust.json", central_key=central, current_version=current, now=NOW
    )


def _refused(
    reason: str, data: bytes, central: PublicKey | None = None, current: int | None = None
) -> str:
    with pytest.raises(BundleRefused) as caught:
        _decode(data, central, current)
    assert caught.value.reason == reason, str(caught.value)
    assert "trust.json" in str(caught.value)
    return str(caught.value)


def test_a_trust_list_reads_back_as_written(central: Replica, laptop: Replica) -> None:
    tl = _list(central, laptop.entry(users=("anna", "ben")))
    data = encode_trust_list(tl, central.private, central.key_id)
    assert _decode(data, central.public, current=1) == tl
    assert _decode(data) == tl  # a laptop that trusts no central store yet
    found = tl.key_for(laptop.public.key_id_hex.lstrip("0"))
    assert found is not None
    assert found.users == ("anna", "ben")
    assert found.public_key() == laptop.public
    assert tl.key_for("0123456789ABCDEF") is None
    assert tl.key_for("not hex") is None


def test_the_minisign_tool_verifies_the_document(
    central: Replica, laptop: Replica, tmp_path: Path
) -> None:
    outer = json.loads(
        encode_trust_list(_list(central, laptop.entry()), central.private, central.key_id)
    )
    assert outer["format"] == "sqms-trust-list/1"
    (tmp_path / "trust-document.json").write_text(outer["document"], encoding="utf-8")
    (tmp_path / "trust-document.json.minisig").write_text(outer["signature"], encoding="utf-8")
    (tmp_path / "central.pub").write_text(
        minisign.public_key_file(central.public), encoding="utf-8"
    )
    result = subprocess.run(
        ["minisign", "-Vm", "trust-document.json", "-p", "central.pub"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "sqms trust list version 2 expires 2027-01-02T14:00:00Z" in result.stdout


def test_a_replayed_older_trust_list_is_refused(central: Replica, laptop: Replica) -> None:
    old = encode_trust_list(
        _list(central, laptop.entry(), version=3), central.private, central.key_id
    )
    revoked = _list(central, laptop.entry(revoked=True), version=4)
    _decode(encode_trust_list(revoked, central.private, central.key_id), central.public, current=3)
    message = _refused("older-trust-list", old, central.public, current=4)
    assert "version 3" in message
    assert "version 4" in message
    _refused("older-trust-list", old, central.public, current=3)  # the same version again


def test_an_expired_trust_list_is_refused(central: Replica) -> None:
    tl = replace(
        _list(central), issued_at=NOW - timedelta(days=40), expires_at=NOW - timedelta(days=10)
    )
    message = _refused("expired", encode_trust_list(tl, central.private, central.key_id))
    assert "2026-11-23T14:00:00Z" in message


def test_a_list_from_another_central_store_is_refused(central: Replica) -> None:
    other = Replica("EV1L", "central", ReplicaRole.CENTRAL)
    data = encode_trust_list(_list(other), other.private, other.key_id)
    message = _refused("unknown-key", data, central.public)
    assert central.public.key_id_hex in message
    assert other.public.key_id_hex in message


def test_a_list_naming_the_central_key_but_signed_by_a_laptop_is_refused(
    central: Replica, laptop: Replica
) -> None:
    outer = json.loads(
        encode_trust_list(_list(central, laptop.entry()), central.private, central.key_id)
    )
    outer["signature"] = minisign.sign(
        laptop.private, laptop.key_id, outer["document"].encode(), trusted_comment="x"
    )
    _refused("unknown-key", json.dumps(outer).encode(), central.public)


def test_a_changed_document_is_a_bad_signature(central: Replica, laptop: Replica) -> None:
    data = encode_trust_list(
        _list(central, laptop.entry(revoked=True)), central.private, central.key_id
    )
    outer = json.loads(data)
    assert '"revoked":true' in outer["document"]
    outer["document"] = outer["document"].replace('"revoked":true', '"revoked":false')
    _refused("bad-signature", json.dumps(outer).encode(), central.public)


def test_a_changed_trusted_comment_is_a_bad_signature(central: Replica) -> None:
    data = encode_trust_list(_list(central), central.private, central.key_id)
    forged = data.replace(b"version 2 expires", b"version 9 expires")
    assert forged != data
    _refused("bad-signature", forged, central.public)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d.pop("version"), "exactly the fields"),
        (lambda d: d.update(extra=1), "exactly the fields"),
        (lambda d: d.update(version=True), "version is not a int"),
        (lambda d: d.update(version=0), "whole number"),
        (lambda d: d.update(expires_at="soon"), "expires_at is not an ISO 8601 time"),
        (lambda d: d.update(expires_at="2027-01-01T00:00:00"), "expires_at has no time zone"),
        (lambda d: d.update(expires_at="2026-01-01T00:00:00Z"), "expires before"),
        (lambda d: d.update(keys={}), "keys is not a list"),
        (lambda d: d["keys"][1].update(role="auditor"), "role 'auditor'"),
        (lambda d: d["keys"][1].update(role="central"), "belongs to replica L4PT0P"),
        (lambda d: d["keys"][1].update(key_id=d["keys"][0]["key_id"]), "listed twice"),
        (lambda d: d["keys"][1].update(key_id="abc"), "malformed key id"),
        (lambda d: d["keys"][1].update(users="anna"), "neither null nor a list"),
        (lambda d: d["keys"][1].update(name=""), "key 2 name"),
        (lambda d: d["keys"][0].update(revoked=True), "one current central key"),
    ],
)
def test_a_malformed_document_is_refused_saying_what_is_wrong(
    central: Replica, laptop: Replica, change: object, why: str
) -> None:
    document = json.loads(
        json.loads(
            encode_trust_list(_list(central, laptop.entry()), central.private, central.key_id)
        )["document"]
    )
    assert callable(change)
    change(document)
    text = json.dumps(document)
    signature = minisign.sign(central.private, central.key_id, text.encode(), trusted_comment="x")
    data = json.dumps({"format": "sqms-trust-list/1", "document": text, "signature": signature})
    assert why in _refused("malformed", data.encode(), central.public)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"format": "sqms-trust-list/2", "document": "{}", "signature": ""}',
        b'{"format": "sqms-trust-list/1", "document": "{}"}',
        b'{"format": "sqms-trust-list/1", "document": "[[[", "signature": ""}',
        b"[" * 100_000,
    ],
)
def test_something_that_is_not_a_trust_list_is_refused(data: bytes) -> None:
    _refused("malformed", data)


def test_only_the_central_key_listed_in_it_may_issue_a_list(
    central: Replica, laptop: Replica
) -> None:
    tl = _list(central, laptop.entry())
    with pytest.raises(ValidationError, match="central store's own key"):
        encode_trust_list(tl, laptop.private, laptop.key_id)
    with pytest.raises(ValidationError, match="cannot be issued: the version"):
        encode_trust_list(replace(tl, version=0), central.private, central.key_id)
