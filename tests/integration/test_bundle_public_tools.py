"""Anyone can check a bundle with public tools (DESIGN.md §8): unzip it, then
`minisign -Vm SHA256SUMS -x SHA256SUMS.minisig -p central.pub` and `sha256sum -c --strict`;
`openssl pkeyutl -verify` checks the same signature over the PEM key."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.services.replicas import public_key_text
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.sync import minisign
from tests.support.sync_stores import SyncWorld

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("minisign") and shutil.which("sha256sum") and shutil.which("openssl")),
        reason="minisign, sha256sum and openssl are installed by .ci/run",
    ),
]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    built = SyncWorld(tmp_path / "team", ("laptop-a",))
    yield built
    built.close()


def unpack(bundle: Path, into: Path) -> Path:
    into.mkdir()
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(into)
    return into


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_a_bundle_verifies_with_minisign_sha256sum_and_openssl(
    world: SyncWorld, tmp_path: Path, fmt: str
) -> None:
    world.central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
    bundle = world.send(world.central, "laptop-a", fmt=fmt)
    folder = unpack(bundle, tmp_path / "unpacked")
    key = tmp_path / "central.pub"
    key.write_text(world.central.actor().run(public_key_text))
    pem = tmp_path / "central.pem"
    pem.write_text(world.central.actor().run(public_key_text, pem=True))

    signed = subprocess.run(
        ["minisign", "-Vm", "SHA256SUMS", "-x", "SHA256SUMS.minisig", "-p", str(key)],
        cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert "sqms bundle" in signed.stdout
    assert "origin" in signed.stdout

    sums = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert "manifest.json: OK" in sums.stdout

    raw = tmp_path / "sig.bin"
    raw.write_bytes(minisign.raw_signature((folder / "SHA256SUMS.minisig").read_text()))
    checked = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(pem), "-rawin",
         "-in", str(folder / "SHA256SUMS"), "-sigfile", str(raw)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_changed_member_fails_the_public_tools_too(world: SyncWorld, tmp_path: Path) -> None:
    world.central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
    folder = unpack(world.send(world.central, "laptop-a"), tmp_path / "unpacked")
    changes = folder / "changes.jsonl"
    changes.write_bytes(changes.read_bytes().replace(b"Kuhn", b"Kahn"))
    sums = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert sums.returncode != 0
    assert "changes.jsonl: FAILED" in sums.stdout
