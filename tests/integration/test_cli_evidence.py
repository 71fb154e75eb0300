"""`sqms audit finding show` and `sqms audit evidence add|list`: a finding and its photos from
the terminal, evidence attached as the checklist's strip attaches it (images verified, all
files or none)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from sqms_desktop.cli import main
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Audit, Finding, User
from sqms_desktop.vocab import AuditStatus

pytestmark = pytest.mark.slow


def _in_progress(db: Path) -> tuple[str, str, str]:
    """(audit reference, its lead auditor's user name, one of its findings) from the demo."""
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as s:
            audit_ref, lead, finding_ref = s.execute(
                select(Audit.reference, User.username, Finding.reference)
                .join(User, User.id == Audit.lead_auditor_id)
                .join(Finding, Finding.audit_id == Audit.id)
                .where(Audit.status == AuditStatus.IN_PROGRESS)
                .order_by(Audit.reference, Finding.reference)
            ).first()  # type: ignore[misc]
    finally:
        store.close()
    return audit_ref, lead, finding_ref


def test_evidence_added_from_the_terminal_shows_with_its_finding(
    demo_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    audit, lead, finding = _in_progress(demo_copy)

    def sqms(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO_PASSWORDS[lead]}\n"))
        capsys.readouterr()
        code = main(["--db", str(demo_copy), "--user", lead, *args])
        out, err = capsys.readouterr()
        return code, out, err

    before = json.loads(sqms("audit", "evidence", "list", audit, "--json")[1])
    photo = tmp_path / "burr on rim.jpg"
    Image.new("RGB", (80, 60), (180, 60, 40)).save(photo, "JPEG")
    fake = tmp_path / "gauge.jpg"
    fake.write_text("not a picture at all")

    code, out, err = sqms("audit", "evidence", "add", audit, str(photo), str(fake))
    assert (code, out) == (2, "")
    assert "gauge.jpg" in err
    after_refusal = json.loads(sqms("audit", "evidence", "list", audit, "--json")[1])
    assert after_refusal == before  # one bad file: none of them kept

    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    code, out, err = sqms(
        "audit", "evidence", "add", audit, "--finding", finding, str(photo),
        "--caption", "Burr of 0.5 mm",
    )  # fmt: skip
    assert code == 0, err
    assert out == f"burr on rim.jpg attached to finding {finding} (SHA-256 {sha[:12]}…)\n"

    listed = json.loads(sqms("audit", "evidence", "list", audit, "--json")[1])
    assert len(listed) == len(before) + 1
    (added,) = [e for e in listed if e["sha256"] == sha]
    assert (added["name"], added["caption"], added["finding"], added["media_type"]) == (
        "burr on rim.jpg",
        "Burr of 0.5 mm",
        finding,
        "image/jpeg",
    )
    table = sqms("audit", "evidence", "list", audit)[1]
    assert f"{sha[:12]}  burr on rim.jpg" in table

    shown = json.loads(sqms("audit", "finding", "show", finding, "--json")[1])
    assert shown["reference"] == finding
    assert shown["audit_reference"] == audit
    assert sha in [e["sha256"] for e in shown["evidence"]]
    code, text, err = sqms("audit", "finding", "show", finding)
    assert code == 0, err
    assert f"Finding       {finding}\n" in text
    assert f"Statement     {shown['statement']}\n" in text
    assert "Class         " in text
    assert "_" not in text.split("Class")[1].splitlines()[0]  # in words, not the stored value
    assert f"{sha[:12]}  burr on rim.jpg" in text


def test_a_finding_of_another_audit_or_none_is_refused(
    demo_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    audit, lead, _ = _in_progress(demo_copy)
    photo = tmp_path / "p.png"
    Image.new("RGB", (20, 20), (0, 90, 0)).save(photo, "PNG")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO_PASSWORDS[lead]}\n"))
    code = main(["--db", str(demo_copy), "--user", lead, "audit", "evidence", "add", audit,
                 "--finding", "AUD-1999-0001-F01", str(photo)])  # fmt: skip
    assert code == 1
    assert "no finding 'AUD-1999-0001-F01'" in capsys.readouterr().err
    code = main(["--db", str(demo_copy), "audit", "finding", "show", "AUD-1999-0001-F09"])
    assert code == 1
    assert "no finding 'AUD-1999-0001-F09'" in capsys.readouterr().err
