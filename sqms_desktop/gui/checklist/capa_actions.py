"""Raise CAPA…, Raise SCAR… and No CAPA needed… from the checklist page's findings panel.

The panel (a widget) only asks; this opens the dialogs (a room above it) as the page's user,
so the page itself stays about answering the checklist.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.no_capa import ask_no_capa_reason
from sqms_desktop.gui.dialogs.raise_capa import ask_raise_capa
from sqms_desktop.gui.widgets.findings_panel import FindingsPanel
from sqms_desktop.services.actor import Actor


class FindingCapaActions(QObject):
    """The findings panel's CAPA requests, answered with the dialogs.

    Signals:
        findings_changed(): a CAPA was raised or a reason recorded; the findings read again.
        message_posted(text): a one-line result for the status bar.
        capa_requested(capa_id): the user asked to open the CAPA raised on the CAPAs page.
    """

    findings_changed = Signal()
    message_posted = Signal(str)
    capa_requested = Signal(str)

    def __init__(self, panel: FindingsPanel, actor: Actor) -> None:
        super().__init__(panel)
        self._panel = panel
        self._actor = actor
        panel.raise_capa_requested.connect(self._on_panel_raise_capa_requested)
        panel.no_capa_requested.connect(self._on_panel_no_capa_requested)

    @Slot(object, bool)
    def _on_panel_raise_capa_requested(self, finding_ids: object, scar: bool) -> None:
        assert isinstance(finding_ids, list)
        raised = ask_raise_capa(self._panel, self._actor, finding_ids, scar=scar)
        if raised is None:
            return
        emit(self.findings_changed)
        emit(self.message_posted, self.tr("{ref} raised.").format(ref=raised.reference))
        if raised.open_requested:
            emit(self.capa_requested, raised.capa_id)

    @Slot(str)
    def _on_panel_no_capa_requested(self, finding_id: str) -> None:
        reference = ask_no_capa_reason(self._panel, self._actor, [finding_id])
        if reference is None:
            return
        emit(self.findings_changed)
        emit(
            self.message_posted,
            self.tr("{ref}: why no CAPA is needed is recorded.").format(ref=reference),
        )
