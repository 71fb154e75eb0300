"""The report preview: generated in the background, shown, saved, printed, cancelled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sqms_desktop.gui.dialogs.report_preview import ReportPreview, report_settings
from sqms_desktop.reports import ReportSettings, audit_report
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Audit


@pytest.fixture
def demo(demo_store_file: Path) -> Iterator[tuple[Store, str]]:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as s:
        audit_id = s.scalar(select(Audit.id).where(Audit.status == "closed"))
    assert audit_id is not None
    yield store, audit_id
    store.close()


@pytest.mark.slow
def test_preview_shows_the_report_and_saves_the_same_bytes(
    qtbot: QtBot, demo: tuple[Store, str], tmp_path: Path
) -> None:
    store, audit_id = demo
    dialog = ReportPreview(store, audit_id, ReportSettings("Nordwerk GmbH"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000) as ready:
        pass
    path = Path(ready.args[0])
    assert dialog.document.pageCount() == len(PdfReader(path).pages) > 3
    assert dialog.save_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "preview.png"))
    target = tmp_path / "saved" / "report.pdf"
    dialog.save_to(target)
    assert target.read_bytes() == path.read_bytes()
    assert "Saved to" in dialog.status_label.text()


@pytest.mark.slow
def test_printing_sends_every_page(qtbot: QtBot, demo: tuple[Store, str], tmp_path: Path) -> None:
    store, audit_id = demo
    dialog = ReportPreview(store, audit_id, ReportSettings())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000):
        pass
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount()


@pytest.mark.slow
def test_appendix_regenerates_with_more_pages(qtbot: QtBot, demo: tuple[Store, str]) -> None:
    store, audit_id = demo
    dialog = ReportPreview(store, audit_id, ReportSettings())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000):
        pass
    before = dialog.document.pageCount()
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000):
        dialog.appendix_box.setChecked(True)
    assert dialog.document.pageCount() > before


@pytest.mark.slow
def test_cancel_keeps_no_file(
    qtbot: QtBot, demo: tuple[Store, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job is held at its start so that cancel comes first, every time."""
    store, audit_id = demo
    go = threading.Event()
    real = audit_report.write_audit_report

    def held(*args: Any, **kwargs: Any) -> Path:
        go.wait(10)
        return real(*args, **kwargs)

    # the preview loads the report code when it starts a report (not when the window starts)
    monkeypatch.setattr(audit_report, "write_audit_report", held)
    dialog = ReportPreview(store, audit_id, ReportSettings())
    qtbot.addWidget(dialog)
    operation = dialog._operation
    assert operation is not None
    with qtbot.waitSignal(operation.cancelled, timeout=30_000):
        dialog.cancel()
        go.set()
    assert "Cancelled" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.pdf_path is None
    assert not any(dialog._folder.iterdir())


def test_only_the_paper_size_is_the_users_own(settings: Any, tmp_path: Path) -> None:
    """The company name and logo are the store's (filled in by the report); a personal company
    name left in the user's settings from before is not printed."""
    settings.setValue("reports/company_name", "Nordwerk <R&D> GmbH")
    settings.setValue("reports/page_size", "Letter")
    settings.setValue("reports/logo_path", str(tmp_path / "gone.png"))
    chosen = report_settings(settings)
    assert chosen == ReportSettings(page_size="Letter", language="en")
