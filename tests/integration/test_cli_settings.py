"""`sqms settings list` and `sqms settings set`, run as a person or a script would: the store-wide
settings listed, changed by an administrator with a reason, a bad value refused whole."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.slow

ADMIN_PW = "admin-pass-123\n"


def _cli(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sqms_desktop.cli", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )


def _listed(db: Path) -> dict[str, object]:
    rows = json.loads(_cli(db, "settings", "list", "--json").stdout)
    return {row["key"]: row["value"] for row in rows}


def test_settings_are_listed_and_changed_by_an_administrator(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    added = _cli(
        db, "user", "add", "root", "--role", "admin", "--full-name", "Root", stdin=ADMIN_PW
    )
    assert added.returncode == 0, added.stderr
    table = _cli(db, "settings", "list")
    assert table.returncode == 0, table.stderr
    assert "company_name" in table.stdout
    assert "capa_closure_days" in table.stdout
    before = _listed(db)
    assert (before["company_name"], before["backup_keep_days"]) == ("", 14)

    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (30, 10), "teal").save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    root = ("--user", "root", "settings", "set")
    done = _cli(
        db,
        *root,
        "company_name",
        "ACME GmbH",
        "report_logo",
        str(logo),
        "backup_keep_days",
        "30",
        "--reason",
        "set up",
        stdin=ADMIN_PW,
    )
    assert done.returncode == 0, done.stderr
    assert "company_name set to ACME GmbH" in done.stdout
    after = _listed(db)
    assert (after["company_name"], after["report_logo"], after["backup_keep_days"]) == (
        "ACME GmbH",
        "logo.png",
        30,
    )

    # one weight alone would break the sum: refused whole, with what is wrong, nothing written
    bad = _cli(
        db,
        *root,
        "scorecard_weight_quality",
        "50",
        "company_name",
        "Other",
        "--reason",
        "try",
        stdin=ADMIN_PW,
    )
    assert bad.returncode != 0
    assert "must add up to 100; 50 + 30 + 20 + 10 = 110" in bad.stderr
    assert _listed(db) == after
    unknown = _cli(db, *root, "colour", "red", "--reason", "x", stdin=ADMIN_PW)
    assert "'colour' is not a store-wide setting" in unknown.stderr
