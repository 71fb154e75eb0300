"""Hybrid logical clock: text order is clock order, ticks never go back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sqms_desktop.store.clock import COUNTER_LIMIT, Hlc

walls = st.integers(min_value=0, max_value=10**13 - 2)
counters = st.integers(min_value=0, max_value=COUNTER_LIMIT - 1)
clocks = st.builds(Hlc, walls, counters)


@given(clocks, clocks)
def test_text_sorts_like_the_clock(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert Hlc.decode(a.encode()) == a


@given(clocks, st.lists(walls, min_size=1, max_size=30))
def test_ticks_strictly_increase_whatever_the_wall_clock_does(start: Hlc, nows: list[int]) -> None:
    current = start
    for now in nows:
        following = current.tick(now)
        assert following > current
        current = following


@given(clocks, clocks, walls)
def test_receiving_moves_past_both_clocks(local: Hlc, remote: Hlc, now: int) -> None:
    after = local.receive(remote, now)
    assert after > local
    assert after > remote
