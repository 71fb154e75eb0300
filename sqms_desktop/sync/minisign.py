"""minisign's key and signature files, written and read with `cryptography`'s Ed25519.

Bundles and trust lists are signed in minisign's format so that anyone can check them with the
public tool (`minisign -V`) and without SQMS. The layout follows jedisct1/minisign `src/minisign.c`:

    public key   untrusted comment: minisign public key <KEY ID>
                 base64("Ed" ‖ key id (8) ‖ Ed25519 public key (32))
    signature    untrusted comment: <text>
                 base64(algorithm ‖ key id (8) ‖ signature (64))
                 trusted comment: <text>
                 base64(global signature (64) over signature ‖ trusted comment)

Algorithm "Ed" signs the data itself (so `openssl pkeyutl -verify -rawin` can check it too);
"ED" signs BLAKE2b-512 of the data (minisign's default since 0.10). Both are read; "Ed" is written.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.i18n import translate

ALGORITHM = b"Ed"
ALGORITHM_HASHED = b"ED"
KEY_ID_BYTES = 8
COMMENT_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign's COMMENTMAXBYTES and TRUSTEDCOMMENTMAXBYTES, prefix and line end included
_COMMENT_MAX = 1024 - len(COMMENT_PREFIX) - 2
_TRUSTED_MAX = 8192 - len(TRUSTED_PREFIX) - 2
_PEM_ID_LINE = "minisign key id: "
# minisign 0.12 prints key ids zero-padded (%016X), 0.11 and older without padding (%X)
_KEY_ID_HEX = re.compile(r"[0-9A-Fa-f]{1,16}")


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with minisign's key id, which signatures name to find their key."""

    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.key) != 32:
            raise ValueError("a minisign key id has 8 bytes and an Ed25519 key 32")

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign 0.12 prints it (little-endian uint64, %016X)."""
        return key_id_hex(self.key_id)

    @property
    def key_hex(self) -> str:
        return self.key.hex()

    @classmethod
    def from_private(cls, private_key: Ed25519PrivateKey, key_id: bytes) -> PublicKey:
        raw = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return cls(key_id=bytes(key_id), key=raw)

    @classmethod
    def from_hex(cls, key_id_text: str, key_text: str) -> PublicKey:
        """The key as a trust list stores it (key id as minisign prints it, key as hex)."""
        return cls(key_id=key_id_from_hex(key_id_text), key=bytes.fromhex(key_text))

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.key)


def new_key_id() -> bytes:
    """A random key id, as `minisign -G` makes one."""
    return secrets.token_bytes(KEY_ID_BYTES)


def key_id_hex(key_id: bytes) -> str:
    return f"{int.from_bytes(key_id, 'little'):016X}"


def key_id_from_hex(text: str) -> bytes:
    """The 8 key-id bytes back from minisign's printed form (padded or not)."""
    if not _KEY_ID_HEX.fullmatch(text):
        raise ValueError(f"{text!r} is not a minisign key id (up to 16 hex digits)")
    return int(text, 16).to_bytes(KEY_ID_BYTES, "little")


# --- public keys ---------------------------------------------------------------------------


def public_key_file(pk: PublicKey, comment: str | None = None) -> str:
    """The `.pub` file `minisign -Vp` reads."""
    text = comment if comment is not None else f"minisign public key {pk.key_id_hex}"
    _check_comment(text, translate("minisign", "the untrusted comment"), _COMMENT_MAX)
    return f"{COMMENT_PREFIX}{text}\n{_b64(ALGORITHM + pk.key_id + pk.key)}\n"


def parse_public_key_file(text: str, *, source: str) -> PublicKey:
    lines = text.splitlines()
    if len(lines) < 2 or not lines[0].startswith(COMMENT_PREFIX.rstrip()):
        raise ValidationError(
            translate(
                "minisign",
                "{source} is not a minisign public key: it should start with "
                "'untrusted comment:' and then the key on the second line",
            ).format(source=source)
        )
    raw = _unb64(lines[1].strip())
    if raw is None:
        raise ValidationError(
            translate(
                "minisign", "{source}: the key line of the minisign public key is not base64"
            ).format(source=source)
        )
    if len(raw) != 2 + KEY_ID_BYTES + 32:
        raise ValidationError(
            translate(
                "minisign",
                "{source}: the minisign public key has {size} bytes instead of 42 "
                "(truncated or not a public key)",
            ).format(source=source, size=len(raw))
        )
    if raw[:2] != ALGORITHM:
        raise ValidationError(
            translate(
                "minisign",
                "{source}: the key's algorithm is {algorithm!r}, not Ed25519 ('Ed'); "
                "is this a minisign secret key or a signature?",
            ).format(source=source, algorithm=raw[:2])
        )
    pk = PublicKey(key_id=raw[2:10], key=raw[10:])
    _check_point(pk, source)
    return pk


def public_key_pem(pk: PublicKey) -> str:
    """SubjectPublicKeyInfo PEM (for openssl), preceded by the key id line SQMS needs to enrol it:
    RFC 7468 lets text precede the PEM block and openssl and `cryptography` skip it."""
    pem = pk.verifier().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return f"{_PEM_ID_LINE}{pk.key_id_hex}\n{pem.decode('ascii')}"


def parse_public_key_any(text: str, source: str) -> PublicKey:
    """A minisign `.pub` file or a PEM file written by `public_key_pem`."""
    if "-----BEGIN" not in text:
        return parse_public_key_file(text, source=source)
    head, _, _ = text.partition("-----BEGIN")
    ids = [
        ln[len(_PEM_ID_LINE) :].strip() for ln in head.splitlines() if ln.startswith(_PEM_ID_LINE)
    ]
    if len(ids) != 1 or not _KEY_ID_HEX.fullmatch(ids[0]):
        raise ValidationError(
            translate(
                "minisign",
                "{source}: a PEM key needs a line 'minisign key id: <16 hex digits>' before it "
                "(SQMS writes one with --pem); or give the minisign .pub file instead",
            ).format(source=source)
        )
    try:
        loaded = serialization.load_pem_public_key(text[len(head) :].encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValidationError(
            translate("minisign", "{source}: the PEM public key cannot be read ({problem})").format(
                source=source, problem=exc
            )
        ) from exc
    if not isinstance(loaded, Ed25519PublicKey):
        raise ValidationError(
            translate("minisign", "{source}: the PEM key is not an Ed25519 key").format(
                source=source
            )
        )
    raw = loaded.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(key_id=key_id_from_hex(ids[0]), key=raw)


# --- signatures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """A parsed `.minisig` file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str


def sign(
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    data: bytes,
    *,
    trusted_comment: str,
    untrusted_comment: str = "signature from SQMS Desktop",
) -> str:
    """A `.minisig` file for `data` with algorithm "Ed"; the trusted comment is signed too."""
    _check_comment(untrusted_comment, translate("minisign", "the untrusted comment"), _COMMENT_MAX)
    _check_comment(trusted_comment, translate("minisign", "the trusted comment"), _TRUSTED_MAX)
    if len(key_id) != KEY_ID_BYTES:
        raise ValueError("a minisign key id has 8 bytes")
    signature = private_key.sign(data)
    global_signature = private_key.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"{COMMENT_PREFIX}{untrusted_comment}\n"
        f"{_b64(ALGORITHM + key_id + signature)}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n"
        f"{_b64(global_signature)}\n"
    )


def parse_signature(signature_text: str, *, what: str | None = None) -> Signature:
    """The parts of a `.minisig` file; a damaged file is refused as a bad signature. `what`
    names the signed file in messages ("the file" when not given)."""
    signed = translate("minisign", "the file") if what is None else what

    def damaged(why: str) -> BundleRefused:
        return BundleRefused(
            "bad-signature",
            translate("minisign", "the signature of {what} is damaged: {problem}").format(
                what=signed, problem=why
            ),
        )

    lines = signature_text.split("\n")
    lines = [ln[:-1] if ln.endswith("\r") else ln for ln in lines]
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise damaged(
            translate("minisign", "it has {count} lines instead of 4").format(count=len(lines))
        )
    comment, sig_line, trusted_line, global_line = lines
    if not comment.startswith(COMMENT_PREFIX):
        raise damaged(
            translate("minisign", "the first line does not start with 'untrusted comment:'")
        )
    if not trusted_line.startswith(TRUSTED_PREFIX):
        raise damaged(
            translate("minisign", "the third line does not start with 'trusted comment:'")
        )
    trusted = trusted_line[len(TRUSTED_PREFIX) :]
    if any(ch != "\t" and (ord(ch) < 0x20 or ord(ch) == 0x7F) for ch in trusted):
        raise damaged(translate("minisign", "the trusted comment contains control characters"))
    raw = _unb64(sig_line)
    if raw is None or len(raw) != 2 + KEY_ID_BYTES + 64:
        raise damaged(
            translate("minisign", "the signature line is not a base64 minisign signature")
        )
    if raw[:2] not in (ALGORITHM, ALGORITHM_HASHED):
        raise damaged(
            translate("minisign", "unknown signature algorithm {algorithm!r}").format(
                algorithm=raw[:2]
            )
        )
    global_signature = _unb64(global_line)
    if global_signature is None or len(global_signature) != 64:
        raise damaged(
            translate("minisign", "the trusted comment's signature is not base64 of 64 bytes")
        )
    return Signature(
        algorithm=raw[:2],
        key_id=raw[2:10],
        signature=raw[10:],
        trusted_comment=trusted,
        global_signature=global_signature,
        untrusted_comment=comment[len(COMMENT_PREFIX) :],
    )


def signature_key_id(signature_text: str, *, what: str | None = None) -> bytes:
    """The signer's key id, to find its key (in the trust list) before verifying."""
    return parse_signature(signature_text, what=what).key_id


def raw_signature(signature_text: str, *, what: str | None = None) -> bytes:
    """The 64-byte Ed25519 signature (over the data itself when the algorithm is "Ed")."""
    return parse_signature(signature_text, what=what).signature


def verify(pk: PublicKey, data: bytes, signature_text: str, *, what: str) -> str:
    """The trusted comment, once the signature over `data` and over the comment both hold."""
    parsed = parse_signature(signature_text, what=what)
    if parsed.key_id != pk.key_id:
        raise BundleRefused(
            "unknown-key",
            translate(
                "minisign", "{what} is signed by key {key_id}, not by the expected key {expected}"
            ).format(what=what, key_id=key_id_hex(parsed.key_id), expected=pk.key_id_hex),
        )
    message = data
    if parsed.algorithm == ALGORITHM_HASHED:
        message = hashlib.blake2b(data, digest_size=64).digest()
    verifier = pk.verifier()
    try:
        verifier.verify(parsed.signature, message)
    except InvalidSignature:
        raise BundleRefused(
            "bad-signature",
            translate(
                "minisign",
                "the signature of {what} does not match its content: it was changed after signing",
            ).format(what=what),
        ) from None
    try:
        verifier.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment.encode())
    except InvalidSignature:
        raise BundleRefused(
            "bad-signature",
            translate(
                "minisign",
                "the trusted comment in the signature of {what} was changed after signing",
            ).format(what=what),
        ) from None
    return parsed.trusted_comment


# --- helpers -------------------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return binascii.b2a_base64(raw, newline=False).decode("ascii")


def _unb64(text: str) -> bytes | None:
    try:
        return binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return None


def _check_comment(text: str, label: str, limit: int) -> None:
    """minisign refuses comments with line breaks or control characters (tab aside)."""
    if any(ch != "\t" and (ord(ch) < 0x20 or ord(ch) == 0x7F) for ch in text):
        raise ValidationError(
            translate(
                "minisign", "{label} may not contain line breaks or control characters"
            ).format(label=label)
        )
    if len(text.encode("utf-8")) > limit:
        raise ValidationError(
            translate("minisign", "{label} is longer than minisign's {limit} bytes").format(
                label=label, limit=limit
            )
        )


def _check_point(pk: PublicKey, source: str) -> None:
    try:
        pk.verifier()
    except ValueError as exc:
        raise ValidationError(
            translate(
                "minisign", "{source}: the minisign public key is not a valid Ed25519 key"
            ).format(source=source)
        ) from exc
