"""User and policy commands of `sqms`, run in a process of their own as a person or a script
would run them: the first user is an administrator, roles are enforced, policies are listed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _cli(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sqms_desktop.cli", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )


def test_user_and_signature_commands(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    refused = _cli(
        db, "user", "add", "ann", "--role", "auditor", "--full-name", "Ann", stdin="pw-1234567890\n"
    )
    assert refused.returncode == 2
    assert "first user of a store must be an admin" in refused.stderr
    first = _cli(
        db,
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--full-name",
        "Root Admin",
        stdin="admin-pass-123\n",
    )
    assert first.returncode == 0, first.stderr
    added = _cli(
        db,
        "--user",
        "root",
        "user",
        "add",
        "lena",
        "--role",
        "lead_auditor",
        "--full-name",
        "Lena Größ",
        stdin="admin-pass-123\nlead-auditor-pw\n",
    )
    assert added.returncode == 0, added.stderr
    wrong = _cli(
        db,
        "--user",
        "lena",
        "user",
        "add",
        "x",
        "--role",
        "auditor",
        "--full-name",
        "X",
        stdin="lead-auditor-pw\nsome-password-1\n",
    )
    assert wrong.returncode == 1
    assert "adding users needs the administrator role" in wrong.stderr
    listed = json.loads(_cli(db, "user", "list", "--json").stdout)
    assert [(u["username"], u["role"], len(u["public_key"])) for u in listed] == [
        ("lena", "lead_auditor", 64),
        ("root", "admin", 64),
    ]
    policy_set = ("policy", "set", "lockout_minutes", "45", "--reason", "site standard")
    by_lena = _cli(db, "--user", "lena", *policy_set, stdin="lead-auditor-pw\n")
    assert "changing a store policy needs the administrator role" in by_lena.stderr
    by_root = _cli(db, "--user", "root", *policy_set, stdin="admin-pass-123\n")
    assert by_root.returncode == 0, by_root.stderr
    policies = json.loads(_cli(db, "policy", "list", "--json").stdout)
    values = {p["key"]: (p["value"], p["default"]) for p in policies}
    assert values["lockout_minutes"] == (45, 15)
    assert all(v == d for k, (v, d) in values.items() if k != "lockout_minutes")
    off = _cli(db, "--user", "root", "user", "deactivate", "lena", stdin="admin-pass-123\n")
    assert off.returncode == 0, off.stderr
    assert json.loads(_cli(db, "user", "list", "--json").stdout)[0]["active"] is False
