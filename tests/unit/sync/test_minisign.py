"""Our minisign files are the real thing: the public `minisign` and `openssl` tools accept what we
sign and refuse what was changed, and we accept what `minisign` itself signs."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.sync import minisign
from sqms_desktop.sync.minisign import PublicKey

DATA = b"3f0a  manifest.json\n9b1c  changes.jsonl\n"
COMMENT = "bundle 7f3e origin LAPTOP-1 sequence 12 for central expires 2026-12-31T00:00:00Z"


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture
def signer() -> tuple[Ed25519PrivateKey, bytes, PublicKey]:
    private = Ed25519PrivateKey.generate()
    key_id = minisign.new_key_id()
    return private, key_id, PublicKey.from_private(private, key_id)


@pytest.fixture
def signed_files(
    tmp_path: Path, signer: tuple[Ed25519PrivateKey, bytes, PublicKey]
) -> tuple[Path, str]:
    private, key_id, public = signer
    (tmp_path / "key.pub").write_text(minisign.public_key_file(public), encoding="utf-8")
    (tmp_path / "FILE").write_bytes(DATA)
    signature = minisign.sign(private, key_id, DATA, trusted_comment=COMMENT)
    (tmp_path / "FILE.minisig").write_text(signature, encoding="utf-8")
    return tmp_path, signature


def test_the_minisign_tool_verifies_our_signature_and_prints_the_trusted_comment(
    signed_files: tuple[Path, str],
) -> None:
    folder, _ = signed_files
    result = _run("minisign", "-Vm", "FILE", "-x", "FILE.minisig", "-p", "key.pub", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert f"Trusted comment: {COMMENT}" in result.stdout


def test_the_minisign_tool_refuses_a_changed_file(signed_files: tuple[Path, str]) -> None:
    folder, _ = signed_files
    (folder / "FILE").write_bytes(DATA + b"0000  attachments/evil\n")
    result = _run("minisign", "-Vm", "FILE", "-x", "FILE.minisig", "-p", "key.pub", cwd=folder)
    assert result.returncode != 0
    assert "Signature verification failed" in result.stderr


def test_the_minisign_tool_refuses_a_changed_trusted_comment(
    signed_files: tuple[Path, str], signer: tuple[Ed25519PrivateKey, bytes, PublicKey]
) -> None:
    folder, signature = signed_files
    forged = signature.replace("for central", "for LAPTOP-2")
    (folder / "FILE.minisig").write_text(forged, encoding="utf-8")
    result = _run("minisign", "-Vm", "FILE", "-x", "FILE.minisig", "-p", "key.pub", cwd=folder)
    assert result.returncode != 0
    assert "Comment signature verification failed" in result.stderr
    with pytest.raises(BundleRefused, match="trusted comment") as caught:
        minisign.verify(signer[2], DATA, forged, what="SHA256SUMS")
    assert caught.value.reason == "bad-signature"


def test_openssl_verifies_the_raw_signature_with_the_pem_key(
    signed_files: tuple[Path, str], signer: tuple[Ed25519PrivateKey, bytes, PublicKey]
) -> None:
    folder, signature = signed_files
    (folder / "key.pem").write_text(minisign.public_key_pem(signer[2]), encoding="ascii")
    (folder / "sig.bin").write_bytes(minisign.raw_signature(signature))
    args = ("pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin", "-in", "FILE")
    result = _run("openssl", *args, "-sigfile", "sig.bin", cwd=folder)
    assert result.returncode == 0, result.stderr + result.stdout
    (folder / "FILE").write_bytes(DATA.upper())
    assert _run("openssl", *args, "-sigfile", "sig.bin", cwd=folder).returncode != 0


def test_we_verify_a_prehashed_signature_made_by_the_minisign_tool(tmp_path: Path) -> None:
    made = _run("minisign", "-G", "-W", "-p", "tool.pub", "-s", "tool.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "FILE").write_bytes(DATA)
    signed = _run(
        "minisign", "-S", "-W", "-s", "tool.key", "-m", "FILE", "-t", "made by minisign",
        cwd=tmp_path,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    public = minisign.parse_public_key_file(
        (tmp_path / "tool.pub").read_text(encoding="utf-8"), source="tool.pub"
    )
    signature = (tmp_path / "FILE.minisig").read_text(encoding="utf-8")
    assert minisign.parse_signature(signature).algorithm == b"ED"
    assert minisign.verify(public, DATA, signature, what="FILE") == "made by minisign"
    with pytest.raises(BundleRefused) as caught:
        minisign.verify(public, DATA + b"x", signature, what="FILE")
    assert caught.value.reason == "bad-signature"


def test_the_key_id_is_printed_as_minisign_prints_it(tmp_path: Path) -> None:
    assert _run("minisign", "-G", "-W", "-p", "tool.pub", "-s", "k", cwd=tmp_path).returncode == 0
    text = (tmp_path / "tool.pub").read_text(encoding="utf-8")
    public = minisign.parse_public_key_file(text, source="tool.pub")
    printed = text.splitlines()[0].removeprefix("untrusted comment: minisign public key ")
    assert int(printed, 16) == int(public.key_id_hex, 16)  # 0.11 prints it without zero padding
    assert public.key_id_hex == f"{int(printed, 16):016X}"
    assert minisign.key_id_from_hex(printed) == public.key_id
    assert minisign.public_key_file(public).splitlines()[1] == text.splitlines()[1]
    assert minisign.key_id_from_hex(public.key_id_hex) == public.key_id
    assert minisign.PublicKey.from_hex(public.key_id_hex, public.key_hex) == public


def test_a_signature_by_another_key_names_both_key_ids(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    private, key_id, public = signer
    signature = minisign.sign(private, key_id, DATA, trusted_comment="x")
    stranger = PublicKey.from_private(Ed25519PrivateKey.generate(), minisign.new_key_id())
    with pytest.raises(BundleRefused, match=r"bundle\.sqmsbundle") as caught:
        minisign.verify(stranger, DATA, signature, what="bundle.sqmsbundle")
    assert caught.value.reason == "unknown-key"
    assert public.key_id_hex in str(caught.value)
    assert stranger.key_id_hex in str(caught.value)
    assert minisign.signature_key_id(signature) == key_id


def test_a_same_id_impostor_key_is_a_bad_signature(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    private, key_id, _ = signer
    signature = minisign.sign(private, key_id, DATA, trusted_comment="x")
    impostor = PublicKey.from_private(Ed25519PrivateKey.generate(), key_id)
    with pytest.raises(BundleRefused, match="SHA256SUMS") as caught:
        minisign.verify(impostor, DATA, signature, what="SHA256SUMS")
    assert caught.value.reason == "bad-signature"


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: "",
        lambda s: s.replace("untrusted comment: ", "comment: "),
        lambda s: s.replace("trusted comment: x", "comment: x"),
        lambda s: "\n".join(s.splitlines()[:3]),
        lambda s: s.replace(s.splitlines()[1], s.splitlines()[1][:-8]),
        lambda s: s.replace(s.splitlines()[1], "!" + s.splitlines()[1][1:]),
        lambda s: s.replace(s.splitlines()[3], s.splitlines()[3][:40]),
        lambda s: s.replace("trusted comment: x", "trusted comment: x\x07"),
        lambda s: s + "one line too many\n",
    ],
)
def test_a_damaged_signature_file_is_refused_naming_what_it_signs(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey], damage: object
) -> None:
    private, key_id, public = signer
    signature = minisign.sign(private, key_id, DATA, trusted_comment="x")
    assert callable(damage)
    with pytest.raises(BundleRefused, match=r"signature of trust\.json is damaged") as caught:
        minisign.verify(public, DATA, damage(signature), what="trust.json")
    assert caught.value.reason == "bad-signature"


def test_an_unknown_signature_algorithm_is_refused(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    private, key_id, public = signer
    lines = minisign.sign(private, key_id, DATA, trusted_comment="x").splitlines()
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Xx" + raw[2:]).decode()
    with pytest.raises(BundleRefused, match="algorithm"):
        minisign.verify(public, DATA, "\n".join(lines), what="FILE")


def test_a_signature_file_with_windows_line_ends_still_verifies(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    private, key_id, public = signer
    signature = minisign.sign(private, key_id, DATA, trusted_comment="x y")
    assert minisign.verify(public, DATA, signature.replace("\n", "\r\n"), what="FILE") == "x y"


@pytest.mark.parametrize("comment", ["two\nlines", "bell\x07", "x" * 9000])
def test_a_comment_minisign_could_not_read_is_refused_when_signing(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey], comment: str
) -> None:
    private, key_id, _ = signer
    with pytest.raises(ValidationError, match="trusted comment"):
        minisign.sign(private, key_id, DATA, trusted_comment=comment)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("hello\n", "not a minisign public key"),
        ("untrusted comment: k\n%%%not base64%%%\n", "not base64"),
        (
            "untrusted comment: k\n" + base64.b64encode(b"Ed" + bytes(20)).decode() + "\n",
            "22 bytes",
        ),
        (
            "untrusted comment: k\n" + base64.b64encode(b"Sc" + bytes(40)).decode() + "\n",
            "algorithm",
        ),
    ],
)
def test_a_bad_public_key_file_is_refused_naming_the_file_and_why(text: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why) as caught:
        minisign.parse_public_key_file(text, source="laptop-7.pub")
    assert "laptop-7.pub" in str(caught.value)


def test_either_key_format_reads_back_to_the_same_key(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    public = signer[2]
    assert minisign.parse_public_key_any(minisign.public_key_file(public), "a.pub") == public
    assert minisign.parse_public_key_any(minisign.public_key_pem(public), "a.pem") == public


def test_a_pem_key_without_its_key_id_line_is_refused_with_the_way_out(
    signer: tuple[Ed25519PrivateKey, bytes, PublicKey],
) -> None:
    pem = minisign.public_key_pem(signer[2]).split("\n", 1)[1]
    with pytest.raises(ValidationError, match=r"a\.pem: .*key id.*minisign \.pub"):
        minisign.parse_public_key_any(pem, "a.pem")
    broken = "minisign key id: 01\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
    with pytest.raises(ValidationError, match=r"a\.pem: the PEM public key cannot be read"):
        minisign.parse_public_key_any(broken, "a.pem")
