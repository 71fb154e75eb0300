"""Broken and hostile files given to each importer on the command line: each is refused with
the importer's own error naming the file and the reason (exit 2, bad input), never as an
"unexpected error" (exit 70), and the store is left as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sqms_desktop.capa.scar_layout import HIDDEN, SHEET
from sqms_desktop.cli import EXIT_BAD_INPUT
from tests.support.broken_files import BROKEN_KINDS, broken_workbooks, workbook_bytes, zip_of
from tests.support.cli_session import Sqms, new_team_store
from tests.support.documents import damaged_pdf

# Each importer: the command (FILE is the file's place), and the workbook it expects, which
# the broken copies are made from.
IMPORTERS: dict[str, tuple[tuple[str, ...], bytes]] = {
    "checklist": (
        ("template", "import", "FILE"),
        workbook_bytes(("settings", [["key"], ["k1"]]), ("questions", [["section", "id"]])),
    ),
    "xlsform": (
        ("template", "import", "FILE"),
        workbook_bytes(
            ("survey", [["type", "name", "label"], ["text", "q1", "Fine"]]),
            ("choices", [["list_name", "name", "label"]]),
        ),
    ),
    "supplier list": (
        ("supplier", "import", "FILE", "--dry-run"),
        workbook_bytes(("suppliers", [["code", "name"], ["S1", "Acme"]])),
    ),
    "delivery list": (
        ("kpi", "import", "FILE", "--dry-run"),
        workbook_bytes(
            (
                "deliveries",
                [
                    [
                        "supplier",
                        "delivery",
                        "due_date",
                        "received_date",
                        "received_qty",
                        "rejected_qty",
                    ],
                    ["S1", "D-1", "2026-03-02", "2026-03-02", "100", "0"],
                ],
            )
        ),
    ),
    "scar response": (
        ("capa", "import-response", "FILE", "--dry-run"),
        workbook_bytes((SHEET, [["SCAR"]]), (HIDDEN, [["reference", "CAPA-2026-0001"]])),
    ),
}


@pytest.fixture(scope="module")
def team_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for the module (users sign in with scrypt): the team, supplier S1 and a
    planned audit of it, led by lena."""
    db = tmp_path_factory.mktemp("team") / "store.sqlite"
    with pytest.MonkeyPatch.context() as monkeypatch:
        run = new_team_store(db, _NoCapture(), monkeypatch)  # type: ignore[arg-type]
        for command, user in (
            (("supplier", "add", "--code", "S1", "--name", "Acme"), "quinn"),
            (("template", "import", "--library", "iso9001-supplier"), "quinn"),
            (("template", "release", "iso9001-supplier"), "quinn"),
            (
                (
                    "audit",
                    "new",
                    "--supplier",
                    "S1",
                    "--template",
                    "iso9001-supplier",
                    "--lead",
                    "lena",
                ),
                "lena",
            ),
        ):
            code, _, err = run(*command, user=user)
            assert code == 0, err
    return db


class _NoCapture:
    """What `Sqms` needs of capsys, for the module-wide fixture (no capsys there)."""

    def readouterr(self) -> tuple[str, str]:
        return "", ""


def _state(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", BROKEN_KINDS)
@pytest.mark.parametrize("importer", list(IMPORTERS))
def test_a_broken_file_is_refused_naming_the_file_and_the_reason(
    importer: str,
    kind: str,
    team_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command, good = IMPORTERS[importer]
    source = tmp_path / f"{kind}.xlsx"
    source.write_bytes(broken_workbooks(good)[kind])
    before = _state(team_store)
    run = Sqms(team_store, capsys, monkeypatch)
    code, _, err = run(*(str(source) if part == "FILE" else part for part in command))
    assert code == EXIT_BAD_INPUT, err
    assert source.name in err
    assert "unexpected error" not in err
    assert _state(team_store) == before


def _audit(run: Sqms) -> str:
    return str(run.json("audit", "list")[0]["reference"])


# Other file inputs: (command with FILE, the user, the file's name, its bytes, what is said).
OTHER_INPUTS = {
    "bundle, text": (("bundle", "verify", "FILE"), "root", "b.sqmsbundle", b"hello", "not a ZIP"),
    "bundle, cut short": (
        ("bundle", "import", "FILE"),
        "root",
        "b.sqmsbundle",
        zip_of({"manifest.json": b"{}"})[:40],
        "not a bundle",
    ),
    "credential, not UTF-8": (
        ("user", "import-credential", "FILE"),
        "root",
        "c.json",
        b"\xff\xfe{}",
        "not a credential file",
    ),
    "certificate scan, damaged PDF": (
        (
            "supplier",
            "cert",
            "add",
            "S1",
            "--standard",
            "ISO 9001",
            "--number",
            "Q-1",
            "--valid-to",
            "2030-01-01",
            "--file",
            "FILE",
        ),
        "quinn",
        "scan.pdf",
        damaged_pdf(),
        "is a damaged PDF",
    ),
    "evidence, damaged PDF": (
        ("audit", "evidence", "add", "AUDIT", "FILE"),
        "lena",
        "calibration.pdf",
        damaged_pdf(),
        "is a damaged PDF",
    ),
    "evidence, text named .jpg": (
        ("audit", "evidence", "add", "AUDIT", "FILE"),
        "lena",
        "photo.jpg",
        b"not a photo at all",
        "cannot read photo.jpg as an image",
    ),
}


@pytest.mark.parametrize("case", list(OTHER_INPUTS))
def test_other_broken_inputs_are_refused_naming_the_file(
    case: str,
    team_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command, user, name, data, said = OTHER_INPUTS[case]
    source = tmp_path / name
    source.write_bytes(data)
    run = Sqms(team_store, capsys, monkeypatch)
    audit = _audit(run)
    before = _state(team_store)
    places = {"FILE": str(source), "AUDIT": audit}
    code, _, err = run(*(places.get(part, part) for part in command), user=user)
    assert code == EXIT_BAD_INPUT, err
    assert name in err
    assert said in err
    assert _state(team_store) == before
