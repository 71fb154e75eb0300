"""The Partnership tab's table models without widgets: what the columns say, which cells are
marked (a high risk red, an overdue action amber, a closed risk greyed), and the model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.models.partnership import (
    AgreementTableModel,
    CostTableModel,
    DevelopmentTableModel,
    ReviewTableModel,
    RiskTableModel,
)
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.development import DevelopmentRow
from sqms_desktop.queries.poor_quality_costs import CostRow
from sqms_desktop.queries.quality_agreements import AgreementRow
from sqms_desktop.queries.supplier_reviews import ReviewRow
from sqms_desktop.queries.supplier_risks import RiskRow

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 8)
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _risk(rid: str, likelihood: int, impact: int, cls: str, status: str = "open") -> RiskRow:
    return RiskRow(
        rid, "s1", "S1", "single_source", "Sole source", likelihood, impact,
        likelihood * impact, cls, "", "", status, "", "CAPA-2026-0001", None, "c1",
    )  # fmt: skip


RISKS = [
    _risk("r1", 3, 5, "high"),
    _risk("r2", 2, 4, "medium"),
    _risk("r3", 4, 4, "high", "closed"),
]
AGREEMENTS = [
    AgreementRow("a1", "s1", "S1", "QA-1", 500, 95.0, 10, dt.date(2026, 1, 1),
                 dt.date(2026, 12, 31), None, None, "", ""),
    AgreementRow("a0", "s1", "S1", "QA-0", None, None, None, dt.date(2025, 1, 1),
                 dt.date(2025, 12, 31), None, None, "", ""),
]  # fmt: skip
DEVELOPMENT = [
    DevelopmentRow("d1", "s1", "S1", "training", "SPC", "", "Jana", dt.date(2026, 3, 1),
                   "in_progress", "", None, ""),
    DevelopmentRow("d2", "s1", "S1", "qms_tool", "FMEA tool", "", "Jana", dt.date(2026, 3, 1),
                   "done", "In use", "x", "AUD-2026-0001"),
]  # fmt: skip
COSTS = [
    CostRow("c1", "s1", "S1", "sorting", TODAY, "2026-04", 125050, "EUR", "", "D-9", "", None, "d")
]
REVIEWS = [
    ReviewRow("v1", "s1", "S1", "Acme", TODAY, "2026-03", ["Jana"], "PPM", "ok", {}, "draft")
]


def _filled(model: RowTableModel, rows: list[object]) -> RowTableModel:
    model.set_rows(rows)
    return model


def _color(model: RowTableModel, row: int, column: int) -> str | None:
    brush = model.index(row, column).data(FOREGROUND)
    return brush.color().name() if isinstance(brush, QBrush) else None


def test_the_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    agreements, development = AgreementTableModel(), DevelopmentTableModel()
    agreements.today = development.today = TODAY
    for model, rows in (
        (RiskTableModel(), RISKS),
        (agreements, AGREEMENTS),
        (development, DEVELOPMENT),
        (CostTableModel(), COSTS),
        (ReviewTableModel(), REVIEWS),
    ):
        _filled(model, list(rows))
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)


def test_a_high_risk_is_red_a_medium_amber_and_a_closed_one_grey() -> None:
    model = _filled(RiskTableModel(), list(RISKS))
    colors = current_colors()
    score, cls = RiskTableModel.COL_SCORE, RiskTableModel.COL_CLASS
    assert model.index(0, score).data() == "3 × 5 = 15"
    assert model.index(0, cls).data() == "High"
    assert _color(model, 0, score) == colors.alert
    assert _color(model, 1, cls) == colors.warning
    assert _color(model, 2, cls) == colors.muted
    assert model.index(0, RiskTableModel.COL_LINKS).data() == "CAPA-2026-0001"


def test_an_agreement_no_longer_in_force_is_grey_and_targets_read_in_words() -> None:
    model = AgreementTableModel()
    model.today = TODAY
    _filled(model, list(AGREEMENTS))
    assert model.index(0, model.COL_ON_TIME).data() == "95 %"
    assert model.index(0, model.COL_CAPA_DAYS).data() == "10 days"
    assert model.index(0, model.COL_DOCUMENT).data() == "none attached"
    assert _color(model, 0, model.COL_REFERENCE) is None
    assert _color(model, 1, model.COL_REFERENCE) == current_colors().muted


def test_an_overdue_action_is_amber_and_a_done_one_grey_with_its_result() -> None:
    model = DevelopmentTableModel()
    model.today = TODAY
    _filled(model, list(DEVELOPMENT))
    assert _color(model, 0, model.COL_DUE) == current_colors().warning
    assert _color(model, 1, model.COL_DUE) == current_colors().muted
    assert model.index(1, model.COL_RESULT).data() == "AUD-2026-0001: In use"


def test_a_cost_shows_its_amount_and_what_caused_it() -> None:
    model = _filled(CostTableModel(), list(COSTS))
    assert model.index(0, model.COL_AMOUNT).data() == "1,250.50 EUR"
    assert model.index(0, model.COL_AGAINST).data() == "delivery D-9"
