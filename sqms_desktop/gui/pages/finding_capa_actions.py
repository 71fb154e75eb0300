"""Raise CAPA…, Raise SCAR… and No CAPA needed… on the Findings page: the findings register is
where a quality engineer gathers findings of several audits of one supplier into one CAPA.

The page offers a place for actions on its selection; this fills it with the same dialogs the
checklist's findings panel and the Audits page use, so the rules stay in the services.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.no_capa import ask_no_capa_reason
from sqms_desktop.gui.dialogs.raise_capa import ask_raise_capa
from sqms_desktop.gui.pages.findings import FindingsPage
from sqms_desktop.services.actor import Actor


class FindingCapaActions(QObject):
    """The page's CAPA actions on the selected findings; the page reads again after each.

    Signals:
        records_changed(): a CAPA was raised or a reason recorded; other pages read again.
    """

    records_changed = Signal()

    def __init__(self, page: FindingsPage, actor: Actor) -> None:
        super().__init__(page)
        self._page = page
        self._actor = actor
        self.action_raise_capa = self._action(
            "action_findings_raise_capa",
            self.tr("Raise &CAPA…"),
            self.tr("Raise one internal CAPA from the selected findings (of one supplier)"),
        )
        self.action_raise_scar = self._action(
            "action_findings_raise_scar",
            self.tr("Raise &SCAR…"),
            self.tr("Raise one SCAR to the supplier from the selected findings"),
        )
        self.action_no_capa = self._action(
            "action_findings_no_capa",
            self.tr("&No CAPA needed…"),
            self.tr("Record why the selected major finding needs no CAPA"),
        )
        self.action_raise_capa.triggered.connect(self._on_action_raise_capa_triggered)
        self.action_raise_scar.triggered.connect(self._on_action_raise_scar_triggered)
        self.action_no_capa.triggered.connect(self._on_action_no_capa_triggered)

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self._page)
        action.setObjectName(name)
        action.setStatusTip(tip)
        self._page.add_selection_action(action)
        return action

    def raise_capa(self, *, scar: bool) -> None:
        chosen = [row.id for row in self._page.selected_rows()]
        if not chosen:
            return
        emit(self._page.action_started)
        raised = ask_raise_capa(self._page, self._actor, chosen, scar=scar)
        if raised is None:
            return
        self._page.refresh()
        self._page.select_id(chosen[0])
        emit(self.records_changed)
        emit(self._page.message_posted, self.tr("{ref} raised.").format(ref=raised.reference))
        if raised.open_requested:
            emit(self._page.capa_requested, raised.capa_id)

    @Slot()
    def _on_action_raise_capa_triggered(self) -> None:
        self.raise_capa(scar=False)

    @Slot()
    def _on_action_raise_scar_triggered(self) -> None:
        self.raise_capa(scar=True)

    @Slot()
    def _on_action_no_capa_triggered(self) -> None:
        chosen = [row.id for row in self._page.selected_rows()]
        if not chosen:
            return
        emit(self._page.action_started)
        reference = ask_no_capa_reason(self._page, self._actor, chosen)
        if reference is None:
            return
        self._page.refresh()
        emit(self.records_changed)
        emit(
            self._page.message_posted,
            self.tr("{ref}: why no CAPA is needed is recorded.").format(ref=reference),
        )
