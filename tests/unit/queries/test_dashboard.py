"""The dashboard's figures each come with exactly the records they count."""

from __future__ import annotations

from collections import Counter

from sqms_desktop.performance.kpi import periods_ending
from sqms_desktop.queries.capas import count_overdue_capas
from sqms_desktop.queries.dashboard import dashboard
from sqms_desktop.store.engine import Store
from tests.support.demo import DEMO_TODAY


def test_every_bar_counts_the_records_listed_behind_it(demo: Store) -> None:
    with demo.session() as session:
        board = dashboard(session, DEMO_TODAY)
        overdue = count_overdue_capas(session, DEMO_TODAY)
    behind = Counter(item.bucket for item in board.items)
    assert board.period == "2026-10"  # the last complete month before 24 November 2026
    assert sum(board.bands.values()) == sum(n for b, n in behind.items() if b.startswith("band:"))
    assert sum(n for _sid, _code, n in board.overdue_capas) == overdue
    for sid, _code, n in board.overdue_capas:
        assert behind[f"capas:{sid}"] == n
    for month, late, due, planned in board.audits_due:
        assert behind[f"due:{month}"] == late + due + planned
    for bucket, n in board.certificates:
        assert behind[f"certificates:{bucket}"] == n
    assert board.months == periods_ending("2026-10", 12)
    assert any(p is not None for p in board.ppm), "the demo has deliveries"
    assert set(board.bands) <= {"A", "B", "C", "none"}
    scored = [i for i in board.items if i.bucket in ("band:A", "band:B", "band:C")]
    assert scored, "the demo's deliveries and audits give scores"
    assert all(i.detail.startswith("score ") and i.detail.endswith("in 2026-10") for i in scored)


def test_what_needs_attention_is_overdue_expired_or_in_band_c(demo: Store) -> None:
    with demo.session() as session:
        board = dashboard(session, DEMO_TODAY)
    attention = board.behind("")
    assert attention
    assert all(
        i.bucket in ("band:C", "certificates:expired")
        or i.bucket.startswith("capas:")
        or (i.bucket.startswith("due:") and i.title.startswith("overdue"))
        for i in attention
    )
    assert {i.kind for i in attention} >= {"capa"}


def test_an_empty_store_has_an_empty_dashboard(store: Store) -> None:
    with store.session() as session:
        board = dashboard(session, DEMO_TODAY)
    assert board.items == []
    assert board.bands == {}
    assert board.overdue_capas == board.audits_due == board.certificates == []
    assert board.ppm == [None] * 12
