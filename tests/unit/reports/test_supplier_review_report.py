"""The supplier review's minutes as a PDF: the snapshot in words, the minutes and actions as
typed (escaped), the signature block, and the same bytes for the same review."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.queries.supplier_reviews import ReviewActionRow, ReviewRow
from sqms_desktop.reports.settings import ReportSettings
from sqms_desktop.reports.supplier_review import render_review, scorecard_lines

SNAPSHOT = {
    "period": "2026-03",
    "deliveries": 4,
    "on_time": 3,
    "on_time_pct": 75.0,
    "received_qty": 8000,
    "rejected_qty": 12,
    "ppm": 1500,
    "complaints": 1,
    "audit": {"reference": "AUD-2026-0007", "score": 84.5, "grade": "B", "date": "2026-02-10"},
    "open_capas": ["CAPA-2026-0003"],
    "poor_quality_cost_cents": {"EUR": 125050},
}

REVIEW = ReviewRow(
    id="r1",
    supplier_id="s1",
    supplier_code="ACME",
    supplier_name="Acme R&D <Süd>",
    held_on=dt.date(2026, 4, 8),
    period="2026-03",
    attendees=["Jana Novák", "Quinn Quality"],
    topics="PPM <trend> & CAPAs",
    minutes="Sorting continues until R&D <confirms>.\nSecond source to be qualified.",
    scorecard=SNAPSHOT,
    status="signed",
    actions=[ReviewActionRow("a1", "Send capacity plan", "Jana Novák", dt.date(2026, 5, 8), None)],
)
SIGNED = SignatureCheck(
    "sig1", "Lena Lead", "approved", dt.datetime(2026, 4, 9, 8, 30), 120, 3, True, ""
)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_snapshot_reads_as_figures_worked_out_by_hand() -> None:
    lines = dict(scorecard_lines(SNAPSHOT))
    assert lines["Deliveries"] == "4 (3 on time)"
    assert lines["On-time delivery"] == "75.0 %"
    assert lines["PPM"] == "1,500 (12 of 8,000 rejected)"
    assert lines["Latest audit"] == "AUD-2026-0007 (2026-02-10): 84.5 %, grade B"
    assert lines["Open CAPAs"] == "1: CAPA-2026-0003"
    assert lines["Cost of poor quality"] == "1,250.50 EUR"


def test_a_period_without_deliveries_says_so() -> None:
    lines = dict(scorecard_lines({**SNAPSHOT, "deliveries": 0, "ppm": None}))
    assert lines["Deliveries"] == "no deliveries"
    assert "PPM" not in lines


def test_the_minutes_print_as_typed_with_the_signature_and_the_same_bytes_twice() -> None:
    settings = ReportSettings("Nordwerk GmbH")
    pdf = render_review(REVIEW, [SIGNED], settings)
    assert pdf == render_review(REVIEW, [SIGNED], settings)
    text = _text(pdf)
    assert "Sorting continues until R&D <confirms>." in text
    assert "PPM <trend> & CAPAs" in text
    assert "Acme R&D <Süd> (ACME)" in text
    assert "Send capacity plan" in text
    assert "Lena Lead" in text
    assert "2026-04-09 10:30 UTC+02:00" in text


def test_a_draft_says_it_is_not_signed() -> None:
    draft = render_review(REVIEW, [], ReportSettings())
    assert "Not signed: these minutes are a draft." in _text(draft)
