"""Every dialog of the application fits a 1280×720 laptop screen, on the demo store: it opens no
larger than the screen, its layout asks for no more than that, and its OK (or other) buttons lie
inside it, reachable without moving the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from sqms_desktop.capa.stages import next_stage
from sqms_desktop.checklists.diff import diff_specs
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.app.idle_lock import LockDialog
from sqms_desktop.gui.app.sign_in import FirstAdminDialog, SignInDialog
from sqms_desktop.gui.base import screen
from sqms_desktop.gui.base.screen import fitted_size
from sqms_desktop.gui.dialogs.about import AboutDialog, CrashDialog
from sqms_desktop.gui.dialogs.annotate import AnnotateDialog
from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.dialogs.backups import BackupsDialog
from sqms_desktop.gui.dialogs.bundle_export import BundleExportDialog
from sqms_desktop.gui.dialogs.bundle_import import BundleImportDialog
from sqms_desktop.gui.dialogs.closing import ClosingMeetingDialog
from sqms_desktop.gui.dialogs.conflict_resolve import ConflictResolveDialog
from sqms_desktop.gui.dialogs.development import DevelopmentDialog, DevelopmentResultDialog
from sqms_desktop.gui.dialogs.finding import FindingDialog
from sqms_desktop.gui.dialogs.kpi_import import KpiImportDialog
from sqms_desktop.gui.dialogs.no_capa import NoCapaDialog
from sqms_desktop.gui.dialogs.photo_viewer import PhotoViewer
from sqms_desktop.gui.dialogs.poor_quality_cost import CostDialog
from sqms_desktop.gui.dialogs.proposal_decision import ProposalDecisionDialog
from sqms_desktop.gui.dialogs.quality_agreement import AgreementDialog
from sqms_desktop.gui.dialogs.raise_capa import RaiseCapaDialog
from sqms_desktop.gui.dialogs.report_preview import ReportPreview
from sqms_desktop.gui.dialogs.self_assessment import (
    QuestionnaireExportDialog,
    SelfAssessmentImportDialog,
)
from sqms_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.dialogs.stage_decision import StageDecisionDialog
from sqms_desktop.gui.dialogs.supplier import StatusDialog, SupplierDialog
from sqms_desktop.gui.dialogs.supplier_import import SupplierImportDialog
from sqms_desktop.gui.dialogs.supplier_parts import CertificateDialog, ContactDialog, SiteDialog
from sqms_desktop.gui.dialogs.supplier_review import (
    ReviewActionDialog,
    ReviewDialog,
    sign_target,
)
from sqms_desktop.gui.dialogs.supplier_risk import RiskCloseDialog, RiskDialog
from sqms_desktop.gui.dialogs.templates import (
    DiffDialog,
    ImportWarningsDialog,
    LibraryDialog,
    LibraryEntry,
    ProblemsDialog,
    RetireDialog,
)
from sqms_desktop.gui.pages.supplier_partnership import partner_of
from sqms_desktop.gui.widgets.capa_8d_editor import Capa8DEditor
from sqms_desktop.performance.scorecard import last_complete_period
from sqms_desktop.queries.audits import list_audits
from sqms_desktop.queries.capas import capa_detail, list_capas
from sqms_desktop.queries.partnership import partnership_detail
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.queries.supplier_detail import supplier_detail
from sqms_desktop.queries.supplier_risks import list_risks
from sqms_desktop.queries.sync import sync_status
from sqms_desktop.queries.templates import spec_of
from sqms_desktop.reports import ReportSettings
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Capa, ChecklistTemplate, Finding, Supplier
from sqms_desktop.vocab import AuditStatus, CapaState, FindingClass
from tests.gui.dialogs.test_conflict_resolve import TWO_SIDES
from tests.support.demo import DEMO_TODAY
from tests.support.screens import LAPTOP, LAPTOP_AREA

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"
ENGINEER = "marta.zielinska"


def _one(store: Store, statement: object) -> str:
    with store.session() as session:
        found = session.scalars(statement).first()  # type: ignore[call-overload]
    assert found is not None
    return str(found)


def _photo() -> QImage:
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    return image


def _png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _photo().save(buffer, "PNG")
    return bytes(data.data())


Factory = Callable[[Store, QSettings, Path], QDialog]


def _audit(store: Store, status: AuditStatus) -> str:
    return _one(store, select(Audit.id).where(Audit.status == status))


def _audit_row(store: Store, status: AuditStatus):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return list_audits(session, audit_id=_audit(store, status))[0]


def _findings(store: Store) -> list[str]:
    with store.session() as session:
        rows = session.scalars(
            select(Finding.id).where(Finding.finding_class == FindingClass.MINOR_NC).limit(3)
        )
        return list(rows)


def _supplier(store: Store) -> str:
    return _one(store, select(Supplier.id).order_by(Supplier.code))


def _spec_dialog(store: Store) -> DiffDialog:
    with store.session() as session:
        template_id = session.scalars(select(ChecklistTemplate.id)).first()
        spec = spec_of(session, template_id)
    return DiffDialog(spec, spec, diff_specs(spec, spec))


def _library(tmp: Path) -> LibraryDialog:
    entries = [
        LibraryEntry(f"entry-{n}", tmp / f"{n}.xlsx", f"Checklist {n}", "vda63", 60)
        for n in range(20)
    ]
    return LibraryDialog(entries, {})


def _partner(store: Store, supplier_id: str | None = None):  # type: ignore[no-untyped-def]
    chosen = supplier_id or _supplier(store)
    return partner_of(Actor(store, ENGINEER).read(supplier_detail, chosen, DEMO_TODAY))


def _risk_dialog(store: Store, close: bool = False) -> QDialog:
    risk = _engineer(store).read(list_risks)[0]
    partner = _partner(store, risk.supplier_id)
    if close:
        return RiskCloseDialog(_engineer(store), partner, risk)
    return RiskDialog(_engineer(store), partner, risk)


def _partnership(store: Store):  # type: ignore[no-untyped-def]
    return Actor(store, ENGINEER).read(partnership_detail, _supplier(store), DEMO_TODAY)


def _engineer(store: Store) -> Actor:
    return Actor(store, ENGINEER)


def _stage_decision(store: Store) -> StageDecisionDialog:
    """A CAPA whose supplier answered a stage the engineer now decides."""
    actor = _engineer(store)
    for row in actor.read(list_capas, DEMO_TODAY):
        if row.state != CapaState.DRAFT and next_stage(row.state) is not None:
            return StageDecisionDialog(actor.read(capa_detail, row.id, DEMO_TODAY), reject=True)
    raise AssertionError("the demo store has no CAPA with a stage to decide")


def _proposal_decision(store: Store) -> ProposalDecisionDialog:
    actor = _engineer(store)
    for card in actor.read(scorecards, last_complete_period(DEMO_TODAY), today=DEMO_TODAY):
        if card.proposals:
            return ProposalDecisionDialog(actor, card, card.proposals[0], accepting=True)
    raise AssertionError("the demo store's scorecards propose nothing")


DIALOGS: dict[str, Factory] = {
    "about": lambda store, settings, tmp: AboutDialog(),
    "crash": lambda store, settings, tmp: CrashDialog("Traceback\n" * 200, tmp / "sqms.log"),
    "sign in": lambda store, settings, tmp: SignInDialog(store, demo_passwords=DEMO_PASSWORDS),
    "first administrator": lambda store, settings, tmp: FirstAdminDialog(store),
    "lock": lambda store, settings, tmp: LockDialog(Actor(store, LEAD)),
    "settings": lambda store, settings, tmp: SettingsDialog(settings, Actor(store, "admin")),
    "plan audit": lambda store, settings, tmp: AuditPlanDialog(
        store, LEAD, today=lambda: DEMO_TODAY
    ),
    "closing meeting": lambda store, settings, tmp: ClosingMeetingDialog(
        store, LEAD, _audit(store, AuditStatus.COMPLETED), today=lambda: DEMO_TODAY
    ),
    "finding": lambda store, settings, tmp: FindingDialog(
        store, LEAD, _audit(store, AuditStatus.IN_PROGRESS)
    ),
    "sign": lambda store, settings, tmp: SignDialog(
        store, _audit_row(store, AuditStatus.COMPLETED), LEAD
    ),
    "report preview": lambda store, settings, tmp: ReportPreview(
        store, _audit(store, AuditStatus.CLOSED), ReportSettings("Nordwerk GmbH")
    ),
    "raise CAPA": lambda store, settings, tmp: RaiseCapaDialog(
        Actor(store, ENGINEER), _findings(store), scar=False
    ),
    "raise SCAR": lambda store, settings, tmp: RaiseCapaDialog(
        Actor(store, ENGINEER), _findings(store)
    ),
    "no CAPA needed": lambda store, settings, tmp: NoCapaDialog(
        Actor(store, LEAD), _findings(store)
    ),
    "8D editor": lambda store, settings, tmp: Capa8DEditor(
        Actor(store, ENGINEER), _one(store, select(Capa.id)), today=DEMO_TODAY
    ),
    "new supplier": lambda store, settings, tmp: SupplierDialog(Actor(store, ENGINEER)),
    "edit supplier": lambda store, settings, tmp: SupplierDialog(
        Actor(store, ENGINEER),
        Actor(store, ENGINEER).read(supplier_detail, _supplier(store), DEMO_TODAY),
    ),
    "supplier status": lambda store, settings, tmp: StatusDialog(
        Actor(store, ENGINEER),
        Actor(store, ENGINEER).read(supplier_detail, _supplier(store), DEMO_TODAY),
    ),
    "site": lambda store, settings, tmp: SiteDialog(
        Actor(store, ENGINEER), _supplier(store), "SUP-0001"
    ),
    "contact": lambda store, settings, tmp: ContactDialog(
        Actor(store, ENGINEER), _supplier(store), "SUP-0001"
    ),
    "certificate": lambda store, settings, tmp: CertificateDialog(
        Actor(store, ENGINEER), _supplier(store), "SUP-0001", today=DEMO_TODAY
    ),
    "supplier import": lambda store, settings, tmp: SupplierImportDialog(Actor(store, ENGINEER)),
    "supplier risk": lambda store, settings, tmp: _risk_dialog(store),
    "close risk": lambda store, settings, tmp: _risk_dialog(store, close=True),
    "quality agreement": lambda store, settings, tmp: AgreementDialog(
        _engineer(store), _partner(store), today=DEMO_TODAY
    ),
    "development action": lambda store, settings, tmp: DevelopmentDialog(
        _engineer(store), _partner(store), today=DEMO_TODAY
    ),
    "development result": lambda store, settings, tmp: DevelopmentResultDialog(
        _engineer(store), _partner(store), _partnership(store).development[0]
    ),
    "cost of poor quality": lambda store, settings, tmp: CostDialog(
        _engineer(store), _partner(store), today=DEMO_TODAY
    ),
    "supplier review": lambda store, settings, tmp: ReviewDialog(
        _engineer(store), _partner(store), _partnership(store).reviews[0]
    ),
    "review action": lambda store, settings, tmp: ReviewActionDialog(
        _engineer(store), _partner(store), _partnership(store).reviews[0]
    ),
    "sign review": lambda store, settings, tmp: SignDialog(
        store, sign_target(_partnership(store).reviews[0], "Sign the minutes"), ENGINEER
    ),
    "questionnaire export": lambda store, settings, tmp: QuestionnaireExportDialog(
        Actor(store, ENGINEER)
    ),
    "self-assessment import": lambda store, settings, tmp: SelfAssessmentImportDialog(
        Actor(store, LEAD), tmp / "self-assessment.xlsx"
    ),
    "delivery import": lambda store, settings, tmp: KpiImportDialog(Actor(store, ENGINEER)),
    "template problems": lambda store, settings, tmp: ProblemsDialog(
        "checklist.xlsx", [f"Questions row {n}: no text" for n in range(80)]
    ),
    "import warnings": lambda store, settings, tmp: ImportWarningsDialog(
        "form.xlsx", "FORM v1", [f"survey row {n}: a calculate field" for n in range(80)]
    ),
    "template library": lambda store, settings, tmp: _library(tmp),
    "retire template": lambda store, settings, tmp: RetireDialog("supplier-basics", 1),
    "template diff": lambda store, settings, tmp: _spec_dialog(store),
    "annotate": lambda store, settings, tmp: AnnotateDialog(
        _photo(), None, lambda annotations: None, title="gauge.jpg"
    ),
    "photo viewer": lambda store, settings, tmp: PhotoViewer(
        _png_bytes(), name="gauge.png", caption="Gauge", sha256="0" * 64
    ),
    "backups": lambda store, settings, tmp: BackupsDialog(
        tmp / "store.sqlite", before_restore=lambda: None
    ),
    "bundle export": lambda store, settings, tmp: BundleExportDialog(
        _engineer(store), _engineer(store).read(sync_status), folder=tmp, today=DEMO_TODAY
    ),
    "bundle import": lambda store, settings, tmp: BundleImportDialog(
        _engineer(store), tmp / "central-to-laptop.sqmsbundle"
    ),
    "resolve conflict": lambda store, settings, tmp: ConflictResolveDialog(
        Actor(store, LEAD), TWO_SIDES
    ),
    "stage decision": lambda store, settings, tmp: _stage_decision(store),
    "proposal decision": lambda store, settings, tmp: _proposal_decision(store),
}


def _buttons(dialog: QDialog) -> list[QAbstractButton]:
    boxes = dialog.findChildren(QDialogButtonBox)
    if boxes:
        return [b for box in boxes for b in box.buttons() if b.isVisible()]
    return [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]


def _inside(widget: QWidget, dialog: QDialog) -> bool:
    corner = widget.mapTo(dialog, widget.rect().bottomRight())
    top = widget.mapTo(dialog, widget.rect().topLeft())
    return dialog.rect().contains(top) and dialog.rect().contains(corner)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_1280x720_with_its_buttons_in_reach(
    qtbot,
    demo_store: Store,
    settings: QSettings,
    tmp_path: Path,
    name: str,
) -> None:
    dialog = DIALOGS[name](demo_store, settings, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Within the laptop's screen less its task bar, with room for the title bar and frame.
    room = fitted_size(LAPTOP, LAPTOP_AREA)
    assert dialog.width() <= room.width(), f"{name} opens {dialog.size()}"
    assert dialog.height() <= room.height(), f"{name} opens {dialog.size()}"
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert needed.width() <= room.width(), f"{name} needs {needed}"
    assert needed.height() <= room.height(), f"{name} needs {needed}"
    buttons = _buttons(dialog)
    assert buttons, f"{name} has no button to close it"
    for button in buttons:
        assert _inside(button, dialog), f"{name}: {button.text()!r} lies outside the dialog"
    if isinstance(dialog, ReportPreview):  # its report is being written: let it finish
        qtbot.waitUntil(lambda: dialog.pdf_path is not None, timeout=60_000)


def test_a_big_window_is_fitted_to_the_screen_it_opens_on() -> None:
    assert fitted_size(QSize(900, 1000), LAPTOP_AREA) == QSize(900, 720 - 32 - 40)
    assert fitted_size(QSize(600, 400), LAPTOP_AREA) == QSize(600, 400)
    assert fitted_size(QSize(2000, 400), LAPTOP_AREA) == QSize(1280 - 16, 400)


def test_the_report_preview_opens_no_taller_than_its_screen(qtbot, demo_store: Store) -> None:
    dialog = ReportPreview(demo_store, _audit(demo_store, AuditStatus.CLOSED), ReportSettings())
    qtbot.addWidget(dialog)
    room = screen.available_area(dialog)  # a laptop's (tests/gui/conftest.py)
    assert room is not None
    assert dialog.height() <= room.height() - 40
    assert dialog.width() <= max(900, dialog.minimumSizeHint().width())
    qtbot.waitUntil(lambda: dialog.pdf_path is not None, timeout=60_000)
