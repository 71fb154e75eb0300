"""The first-start wizard: a new store with its administrator, company and checklists, or the
demo store, from the first screen to a window signed in and ready for a first audit.

The pages only gather and check; the store is made by `build.create_new_store` on a worker
thread when Finish is clicked on the last page, and the wizard closes once it exists. While it
is being made the wizard cannot be cancelled or closed; a failure is shown on the last page
with nothing left behind, and the person may go back and change what was refused.

Signals:
    store_created(path): the new store exists at `path` (just before the wizard closes).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.app.first_start import ids
from sqms_desktop.gui.app.first_start.administrator import AdministratorPage
from sqms_desktop.gui.app.first_start.build import NewStore, NewStorePlan, create_new_store
from sqms_desktop.gui.app.first_start.checklists import ChecklistsPage
from sqms_desktop.gui.app.first_start.company import CompanyPage
from sqms_desktop.gui.app.first_start.done import DonePage
from sqms_desktop.gui.app.first_start.welcome import WelcomePage
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.progress import Progress

log = logging.getLogger(__name__)
SIZE = (760, 560)  # fits a 1280×720 laptop with room to spare


class FirstStartWizard(QWizard):
    store_created = Signal(str)

    def __init__(
        self,
        proposed: Path,
        *,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_wizard")
        self.setWindowTitle(self.tr("SQMS Desktop: first start"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._pool = pool
        self._running: Operation | None = None
        self.made: NewStore | None = None
        self.welcome_page = WelcomePage(proposed, self)
        self.administrator_page = AdministratorPage(self)
        self.company_page = CompanyPage(self)
        self.checklists_page = ChecklistsPage(self)
        self.done_page = DonePage(self)
        self.setPage(ids.WELCOME, self.welcome_page)
        self.setPage(ids.ADMINISTRATOR, self.administrator_page)
        self.setPage(ids.COMPANY, self.company_page)
        self.setPage(ids.CHECKLISTS, self.checklists_page)
        self.setPage(ids.DONE, self.done_page)
        self.setStartId(ids.WELCOME)
        self.resize(*SIZE)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def wants_demo(self) -> bool:
        return self.welcome_page.wants_demo()

    def is_busy(self) -> bool:
        return self._running is not None

    def plan(self) -> NewStorePlan:
        admin = self.administrator_page.administrator()
        path = self.welcome_page.store_path()
        if path is None:  # the first page lets nobody past without a place
            raise RuntimeError("no store location chosen")
        return NewStorePlan(
            path=path,
            username=admin.username,
            full_name=admin.full_name,
            password=admin.password,
            company=self.company_page.company(),
            logo=self.company_page.logo(),
            checklists=self.checklists_page.keys(),
        )

    # -- QDialog ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: the demo is opened by the caller; a new store is made first."""
        if self.wants_demo() or self.made is not None:
            super().accept()
            return
        if self._running is None:
            self._start(self.plan())

    def reject(self) -> None:
        if self._running is not None:  # half a store is never left: it finishes or fails first
            return
        super().reject()

    # -- making the store --------------------------------------------------------------------

    def _start(self, plan: NewStorePlan) -> None:
        def job(progress: Progress) -> NewStore:
            return create_new_store(plan, progress)

        operation = Operation(job, name="create new store", parent=self)
        operation.progressed.connect(self.done_page.show_working)
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        operation.finished.connect(self._on_operation_finished)
        self._running = operation
        self._set_buttons_enabled(False)
        self.done_page.show_working(0, 0, self.tr("Creating the store…"))
        operation.start(self._pool)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(enabled)

    @Slot(object)
    def _on_operation_succeeded(self, made: object) -> None:
        assert isinstance(made, NewStore)
        self.made = made
        emit(self.store_created, str(made.path))

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        if isinstance(error, SqmsError):
            text = self.tr("The store was not made: {error}").format(error=error)
        else:
            text = self.tr(
                "The store was not made, because of an unexpected error ({error}); nothing was "
                "kept. The log file has the details."
            ).format(error=error)
        self.done_page.show_failure(text)

    @Slot()
    def _on_operation_finished(self) -> None:
        self._running = None
        self._set_buttons_enabled(True)
        if self.made is not None:
            super().accept()

    @Slot(int)
    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id != ids.DONE:
            return
        plan = self.plan()
        self.done_page.show_summary(
            plan.path,
            plan.username,
            plan.full_name,
            plan.company,
            self.checklists_page.titles(),
        )
        self.done_page.show_failure("")
