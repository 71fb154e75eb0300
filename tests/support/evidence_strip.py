"""Driving the evidence strip: an import runs in the background, so a test waits for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sqms_desktop.evidence import is_image
from sqms_desktop.gui.checklist.evidence_strip import THUMBNAILS, EvidenceStrip, ImportOutcome


def import_and_wait(qtbot: QtBot, strip: EvidenceStrip, action: object) -> ImportOutcome:
    with qtbot.waitSignal(strip.imported, timeout=20000) as blocker:
        action()  # type: ignore[operator]
    qtbot.waitUntil(
        lambda: all(THUMBNAILS.get(r.thumb_key) for r in strip.rows if is_image(r.media_type)),
        timeout=20000,
    )
    outcome = blocker.args[0]
    assert isinstance(outcome, ImportOutcome)
    return outcome
