"""A written bundle checks out with the public tools; a hostile ZIP is refused before anything of
it is used, with the reason a script can test and a message naming the member."""

from __future__ import annotations

import hashlib
import io
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sqms_desktop.errors import BundleRefused
from sqms_desktop.sync import container, minisign
from sqms_desktop.sync.container import BundleFiles, Limits

PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg" * 50
PHOTO_NAME = container.attachment_name(hashlib.sha256(PHOTO).hexdigest())
MEMBERS = {
    "manifest.json": b'{"format": "sqms-bundle/1"}',
    "changes.jsonl": b'{"change_id": "A:1"}\n{"change_id": "A:2"}\n',
    PHOTO_NAME: PHOTO,
}


def _zip(*entries: tuple[str | zipfile.ZipInfo, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def _signed(
    *extra: tuple[str | zipfile.ZipInfo, bytes], members: dict[str, bytes] = MEMBERS
) -> bytes:
    """A bundle-shaped ZIP with honest sums over `members`, plus `extra` entries."""
    sums = container.sums_text(members)
    return _zip((container.SUMS, sums), (container.SIGNATURE, b"sig"), *members.items(), *extra)


def _open(data: bytes, limits: Limits) -> None:
    """What an import does first: read the ZIP, then (once the signature holds) the hashes."""
    files = container.read_bundle(data, source="in.sqmsbundle", limits=limits)
    container.check_sums(files, source="in.sqmsbundle")


def _refused(data: bytes, reason: str, limits: Limits | None = None) -> str:
    with pytest.raises(BundleRefused) as caught:
        _open(data, limits or Limits())
    assert caught.value.reason == reason, str(caught.value)
    assert "in.sqmsbundle" in str(caught.value)
    return str(caught.value)


@pytest.fixture
def written(tmp_path: Path) -> tuple[Path, str, Path]:
    private = Ed25519PrivateKey.generate()
    key_id = minisign.new_key_id()
    public = minisign.PublicKey.from_private(private, key_id)
    (tmp_path / "key.pub").write_text(minisign.public_key_file(public), encoding="utf-8")

    def sign(sums: bytes) -> str:
        return minisign.sign(private, key_id, sums, trusted_comment="bundle B-1 origin A")

    path = tmp_path / "out" / "A-1.sqmsbundle"
    digest = container.write_bundle(path, MEMBERS, sign)
    return path, digest, tmp_path / "key.pub"


def test_a_written_bundle_checks_out_with_minisign_and_sha256sum(
    written: tuple[Path, str, Path], tmp_path: Path
) -> None:
    path, digest, key = written
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert not list(path.parent.glob(".*.part"))
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
        archive.extractall(unpacked)
    sums = (unpacked / "SHA256SUMS").read_text(encoding="ascii")
    assert sums.splitlines() == [
        f"{hashlib.sha256(MEMBERS[n]).hexdigest()}  {n}" for n in sorted(MEMBERS)
    ]
    checked = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=unpacked, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{PHOTO_NAME}: OK" in checked.stdout
    verified = subprocess.run(
        ["minisign", "-Vm", "SHA256SUMS", "-x", "SHA256SUMS.minisig", "-p", str(key)],
        cwd=unpacked, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stderr
    assert "bundle B-1 origin A" in verified.stdout


@pytest.mark.skipif(shutil.which("unzip") is None, reason="the unzip tool is not installed")
def test_the_three_commands_of_the_design_check_a_written_bundle(
    written: tuple[Path, str, Path], tmp_path: Path
) -> None:
    path, _, key = written
    script = (
        f"unzip -q {path} && minisign -Vm SHA256SUMS -x SHA256SUMS.minisig -p {key}"
        " && sha256sum -c --strict SHA256SUMS"
    )
    folder = tmp_path / "by-hand"
    folder.mkdir()
    result = subprocess.run(
        ["sh", "-c", script], cwd=folder, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "changes.jsonl: OK" in result.stdout


def test_a_written_bundle_reads_back_with_its_members_and_signature(
    written: tuple[Path, str, Path],
) -> None:
    path, digest, _ = written
    files, read_digest = container.read_bundle_file(path)
    assert read_digest == digest
    assert files.members == MEMBERS
    container.check_sums(files, source=path.name)
    assert files.signature.startswith("untrusted comment: ")
    assert files.sums == container.sums_text(MEMBERS)


def test_a_bundle_writer_refuses_a_member_no_reader_would_accept(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"notes\.txt"):
        container.write_bundle(tmp_path / "b.sqmsbundle", {"notes.txt": b""}, lambda _: "")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "/etc/x",
        "attachments/../../x",
        "attachments\\..\\x",
        "C:/x",
        "changes.jsonl\x01",
        "attachments/",
        "attachments/ABCDEF" + "0" * 58,
        "notes.txt",
        "Manifest.json",
    ],
)
def test_an_unsafe_or_unknown_member_name_is_refused(name: str) -> None:
    message = _refused(_signed((name, b"x")), "unsafe-name")
    assert repr(name) in message


def test_a_name_hiding_a_nul_byte_is_refused() -> None:
    data = _signed(("changes.jsonl#.exe", b"x")).replace(
        b"changes.jsonl#.exe", b"changes.jsonl\0.exe"
    )
    assert "control characters" in _refused(data, "unsafe-name")


def test_a_duplicate_member_name_is_refused() -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = _signed(("changes.jsonl", b'{"change_id": "EVIL:1"}\n'))
    assert "twice" in _refused(data, "unsafe-name")


def test_a_symlink_member_is_refused() -> None:
    link = zipfile.ZipInfo("data.xlsx")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert "symbolic link" in _refused(_signed((link, b"/etc/passwd")), "unsafe-name")


def test_a_zip_bomb_is_refused_before_it_is_expanded() -> None:
    bomb = b"\0" * (5 * 1024 * 1024)
    data = _signed(("data.xlsx", bomb))
    assert len(data) < 50_000
    assert "ZIP bomb" in _refused(data, "too-large")


def test_members_over_the_size_and_count_limits_are_refused() -> None:
    big = _signed(members={"changes.jsonl": b"x" * 500})
    assert "member changes.jsonl" in _refused(big, "too-large", Limits(member=300))
    assert "expands to more than" in _refused(_signed(), "too-large", Limits(total=1000))
    assert "5 members" in _refused(_signed(), "too-large", Limits(members=4))


def test_a_member_larger_than_its_header_says_is_refused() -> None:
    data = bytearray(
        _zip(("SHA256SUMS", b""), ("SHA256SUMS.minisig", b"s"), ("data.xlsx", b"A" * 4000))
    )
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("data.xlsx")
    # understate the uncompressed size in the local header and the central directory
    size = (4000).to_bytes(4, "little")
    for position in [info.header_offset + 22, data.rindex(b"PK\x01\x02") + 24]:
        assert data[position : position + 4] == size
        data[position : position + 4] = (100).to_bytes(4, "little")
    message = _refused(bytes(data), "not-a-bundle")
    assert "data.xlsx" in message


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04 truncated", b"%PDF-1.7\n", _signed()[: len(_signed()) // 2]],
)
def test_something_that_is_not_a_zip_is_refused(data: bytes) -> None:
    _refused(data, "not-a-bundle")


def test_a_damaged_member_is_refused() -> None:
    data = bytearray(_signed(members={"changes.jsonl": b"x" * 5000}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("changes.jsonl")
    start = info.header_offset + 30 + len("changes.jsonl")
    data[start + 2 : start + 6] = b"\xde\xad\xbe\xef"
    assert "changes.jsonl" in _refused(bytes(data), "not-a-bundle")


def test_an_unsigned_zip_is_not_a_bundle() -> None:
    sums = container.sums_text(MEMBERS)
    assert "SHA256SUMS.minisig" in _refused(
        _zip(("SHA256SUMS", sums), *MEMBERS.items()), "not-a-bundle"
    )
    assert "no SHA256SUMS member" in _refused(
        _zip(("SHA256SUMS.minisig", b"s"), *MEMBERS.items()), "not-a-bundle"
    )


def test_a_member_not_listed_in_the_sums_is_refused() -> None:
    message = _refused(_signed(("data.xlsx", b"PK unsigned")), "not-listed")
    assert "data.xlsx" in message


def test_a_changed_member_is_refused_naming_it() -> None:
    sums = container.sums_text(MEMBERS)
    changed = {**MEMBERS, "changes.jsonl": b'{"change_id": "A:1", "value": "forged"}\n'}
    data = _zip(("SHA256SUMS", sums), ("SHA256SUMS.minisig", b"s"), *changed.items())
    assert "member changes.jsonl does not match" in _refused(data, "hash-mismatch")


def test_a_listed_member_that_is_missing_is_refused() -> None:
    sums = container.sums_text(MEMBERS)
    kept = [(n, d) for n, d in MEMBERS.items() if n != PHOTO_NAME]
    data = _zip(("SHA256SUMS", sums), ("SHA256SUMS.minisig", b"s"), *kept)
    assert f"lists {PHOTO_NAME}, but the bundle has no such member" in _refused(
        data, "hash-mismatch"
    )


@pytest.mark.parametrize(
    "sums",
    [
        b"ABCDEF" + b"0" * 58 + b"  manifest.json\n",
        b"0" * 64 + b" manifest.json\n",
        b"0" * 64 + b"  manifest.json",
        b"0" * 64 + b"  manifest.json\n" + b"1" * 64 + b"  manifest.json\n",
        b"0" * 64 + b"  ../manifest.json\n",
        b"0" * 64 + b"  SHA256SUMS.minisig\n",
        ("0" * 64 + "  manifest.json\u00e9\n").encode(),
    ],
)
def test_a_malformed_sums_file_is_refused(sums: bytes) -> None:
    files = BundleFiles(members={"manifest.json": b""}, sums=sums, signature="s")
    with pytest.raises(BundleRefused, match=r"in\.sqmsbundle: .*SHA256SUMS") as caught:
        container.check_sums(files, source="in.sqmsbundle")
    assert caught.value.reason == "malformed"


def test_a_file_larger_than_the_total_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.sqmsbundle"
    path.write_bytes(_signed())
    with pytest.raises(BundleRefused, match=r"big\.sqmsbundle has") as caught:
        container.read_bundle_file(path, limits=Limits(total=100))
    assert caught.value.reason == "too-large"
