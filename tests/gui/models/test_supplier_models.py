"""The Suppliers page's models over a real supplier's detail: the model tester, and the
certificate warnings coloured as the query grades them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.models.suppliers import (
    CertificateTableModel,
    ContactTableModel,
    FindingLineModel,
    SiteTableModel,
    StatusHistoryModel,
    SupplierTableModel,
)
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.supplier_detail import SupplierDetail, supplier_detail
from sqms_desktop.queries.suppliers import list_suppliers
from sqms_desktop.store.engine import Store
from tests.support.sample import TODAY

pytestmark = pytest.mark.gui

FOREGROUND = Qt.ItemDataRole.ForegroundRole


@pytest.fixture
def detail(sample_store: Store, sample) -> SupplierDetail:
    with sample_store.session() as session:
        return supplier_detail(session, sample.supplier_ids["SUP-001"], TODAY)


def _filled(model: RowTableModel, rows: list[object]) -> RowTableModel:
    model.set_rows(rows)
    return model


def test_the_view_models_pass_the_model_tester(qtmodeltester, detail: SupplierDetail) -> None:
    certificates = CertificateTableModel()
    certificates.today = TODAY
    models = [
        _filled(SiteTableModel(), list(detail.sites)),
        _filled(ContactTableModel(), list(detail.contacts)),
        _filled(certificates, list(detail.certificates)),
        _filled(FindingLineModel(), list(detail.findings)),
        _filled(StatusHistoryModel(), list(detail.status_history)),
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)
    qtmodeltester.check(StatusHistoryModel())


def test_certificates_are_coloured_by_how_soon_they_run_out(detail: SupplierDetail) -> None:
    model = CertificateTableModel()
    model.today = TODAY
    model.set_rows(list(detail.certificates))
    colors = current_colors()
    states = {
        model.index(r, model.COL_NUMBER).data(): model.index(r, model.COL_STATE)
        for r in range(model.rowCount())
    }
    expired, soon = states["C-1-B"], states["C-1-A"]
    assert expired.data() == "Expired 10 days ago"
    assert soon.data() == "Expires in 30 days"
    for index, color in ((expired, colors.alert), (soon, colors.warning)):
        brush = index.data(FOREGROUND)
        assert isinstance(brush, QBrush)
        assert brush.color().name() == color
        font = index.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont)
        assert font.bold()  # within 30 days: amber and bold; expired: red and bold


def test_the_list_counts_and_sorts_what_needs_attention(sample_store: Store, sample) -> None:
    with sample_store.session() as session:
        rows = list_suppliers(session, today=TODAY)
    model = SupplierTableModel()
    model.set_rows(rows)
    first = model.row_of_id(sample.supplier_ids["SUP-001"])
    assert first is not None
    cell = model.index(first, model.COL_CERTIFICATES)
    assert cell.data() == "1 expired, 1 expiring"
    assert cell.data(FOREGROUND).color().name() == current_colors().alert
    assert "1 expired, 1 expiring within 90 days" in cell.data(Qt.ItemDataRole.ToolTipRole)
    model.sort(model.COL_CERTIFICATES, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).id == sample.supplier_ids["SUP-001"]  # the most urgent first
    assert model.index(first, model.COL_OPEN_FINDINGS).data().isdigit()
