"""What each benchmark records beside its figures: the commit of the code it measured."""

from __future__ import annotations

import subprocess
from pathlib import Path


def code_commit(root: Path) -> str:
    """The commit checked out at `root` (read when the run starts), marked when its
    `sqms_desktop` has local changes."""

    def git(*args: str) -> str:
        found = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
        return found.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "an unknown commit"
    return commit + (" with local changes" if git("status", "--porcelain", "sqms_desktop") else "")
