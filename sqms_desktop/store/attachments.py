"""The content-addressed attachment folder: bytes named by their SHA-256, never altered.

`attachments/ab/abcdef….jpg` beside the store. Writing is atomic (temporary file, then rename), and
writing the same bytes twice stores them once.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.paths import write_atomically

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


class AttachmentFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, suffix: str = "") -> Path:
        if not SHA256_HEX.match(sha256):
            raise ValidationError(f"{sha256!r} is not a SHA-256 in hex")
        suffix = suffix.lower()
        if suffix and not SAFE_SUFFIX.match(suffix):
            suffix = ""
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def put(self, data: bytes, suffix: str = "") -> tuple[str, Path]:
        """Store bytes; returns their SHA-256 and where they live."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha256, suffix)
        if target.exists() and self._digest(target) == sha256:
            return sha256, target
        write_atomically(target, data)
        return sha256, target

    def read(self, sha256: str, suffix: str = "") -> bytes:
        """The stored bytes, after checking they still hash to their name."""
        path = self.path_for(sha256, suffix)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoreError(f"attachment {sha256[:12]}… is missing from {self.root}") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreError(f"attachment {sha256[:12]}… in {path} was altered on disk")
        return data

    @staticmethod
    def _digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()
