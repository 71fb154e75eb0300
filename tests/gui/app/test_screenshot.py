"""`sqms-desktop --screenshot`: signed in as --user, on the page asked for, at the size asked for;
clear refusals for what cannot be shown."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import select

from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.app import headless
from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import TrailEntry

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"
IN_PROGRESS = "AUD-2026-0026"  # in progress in the small demo, with findings


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """What the window showed when it was saved: (user, page, audit reference or '')."""
    seen: list[tuple[str, str, str]] = []
    real = headless.run_headless

    def watch(window: MainWindow, screenshot: Path | None) -> int:
        page = window.stack.currentWidget().objectName()
        checklist = window.checklist_page
        reference = checklist.session.checklist.reference if checklist is not None else ""
        seen.append((window.user, page, reference))
        return real(window, screenshot)

    monkeypatch.setattr(headless, "run_headless", watch)
    return seen


def _password(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n"))


def _size(png: Path) -> tuple[int, int]:
    image = QImage(str(png))
    return image.width(), image.height()


def _session_events(db: Path, user: str) -> list[str]:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            rows = session.scalars(
                select(TrailEntry).where(TrailEntry.user == user).order_by(TrailEntry.seq)
            )
            return [e.action for e in rows if e.action in ("sign-in", "sign-out")]
    finally:
        store.close()


def test_a_page_as_a_signed_in_user_at_laptop_size(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list
) -> None:
    _password(monkeypatch, DEMO_PASSWORDS[LEAD])
    png = tmp_path / "findings.png"
    args = ["--db", str(demo_copy), "--screenshot", str(png), "--user", LEAD, "--page", "findings"]
    assert main(args) == 0
    assert _size(png) == (1280, 720)
    assert shown == [(LEAD, "findings_page", "")]
    assert _session_events(demo_copy, LEAD)[-2:] == ["sign-in", "sign-out"]


def test_a_page_that_reads_off_the_gui_thread_is_saved_once_read(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Scorecards page reads on a worker: the picture shows its scorecards, not the note
    saying that it is reading."""
    seen: list[tuple[bool, int, bool]] = []
    real = headless.run_headless

    def watch(window: MainWindow, screenshot: Path | None) -> int:
        page = window.scorecards_page
        seen.append((page.is_reading(), page.model.rowCount(), page.note.isHidden()))
        return real(window, screenshot)

    monkeypatch.setattr(headless, "run_headless", watch)
    png = tmp_path / "scorecards.png"
    assert main(["--db", str(demo_copy), "--screenshot", str(png), "--page", "scorecards"]) == 0
    assert _size(png) == (1280, 720)
    [(reading, rows, note_hidden)] = seen
    assert not reading
    assert rows > 0
    assert note_hidden


def test_open_audit_shows_its_checklist_at_the_size_asked(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list
) -> None:
    _password(monkeypatch, DEMO_PASSWORDS[LEAD])
    png = tmp_path / "checklist.png"
    args = ["--db", str(demo_copy), "--screenshot", str(png), "--user", LEAD]
    assert main([*args, "--open-audit", IN_PROGRESS, "--size", "1366x768"]) == 0
    assert _size(png) == (1366, 768)
    assert shown == [(LEAD, "checklist_host", IN_PROGRESS)]


@pytest.mark.parametrize(
    ("extra", "password", "code", "message"),
    [
        (["--user", LEAD], "not-her-password", 1, "cannot sign in as anna.kowalczyk: wrong"),
        (["--user", "nobody"], "", 1, "no user 'nobody' in this store; its users: admin, anna"),
        (["--page", "cockpit"], "", 2, "no page 'cockpit'; the pages are: suppliers, audits"),
        (["--open-audit", "AUD-1999-0001"], "", 1, "no audit AUD-1999-0001"),
    ],
)
def test_what_cannot_be_shown_is_refused_with_a_reason(
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    password: str,
    code: int,
    message: str,
) -> None:
    _password(monkeypatch, password)
    png = tmp_path / "shot.png"
    assert main(["--db", str(demo_copy), "--screenshot", str(png), *extra]) == code
    assert message in capsys.readouterr().err
    assert not png.exists()


@pytest.mark.parametrize(
    "name",
    ["demo-copy.sqlite", "demo-copy.sqlite-wal", "demo-copy.sqlite-shm", "attachments/x.png"],
)
def test_the_store_and_its_files_are_never_overwritten(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    target = demo_copy.parent / name
    before = demo_copy.read_bytes()
    assert main(["--db", str(demo_copy), "--screenshot", str(target)]) == 2
    assert "choose another" in capsys.readouterr().err
    assert demo_copy.read_bytes() == before
    assert not (target.exists() and target != demo_copy)


def test_screenshot_options_need_screenshot(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--page", "audits", "--quit-after-show"])
    assert stopped.value.code == 2
    assert "--page: only with --screenshot FILE.png" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["1280", "12x7", "axb", "1280x100"])
def test_a_size_must_read_like_1280x720(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--screenshot", "x.png", "--size", text])
    assert "--size" in capsys.readouterr().err
