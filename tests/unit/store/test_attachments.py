"""Attachments are stored by content, once, and any alteration on disk is detected."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.store.attachments import AttachmentFolder


def test_bytes_are_stored_under_their_hash(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "attachments")
    data = b"\x89PNG fake photo bytes"
    sha, path = folder.put(data, ".PNG")
    assert sha == hashlib.sha256(data).hexdigest()
    assert path == tmp_path / "attachments" / sha[:2] / f"{sha}.png"
    assert folder.read(sha, ".png") == data
    again, same_path = folder.put(data, ".png")
    assert (again, same_path) == (sha, path)
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_altered_file_is_refused(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path)
    sha, path = folder.put(b"original evidence")
    path.write_bytes(b"doctored evidence")
    with pytest.raises(StoreError, match="was altered on disk"):
        folder.read(sha)
    folder.put(b"original evidence")
    assert folder.read(sha) == b"original evidence"


def test_bad_names_are_refused(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path)
    with pytest.raises(ValidationError, match="not a SHA-256"):
        folder.path_for("../../etc/passwd")
    assert folder.path_for("a" * 64, "/../x").name == "a" * 64
    with pytest.raises(StoreError, match="missing"):
        folder.read("b" * 64)
