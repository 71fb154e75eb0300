"""CAPA responsiveness: which stages due in the window were accepted by their date."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.performance.responsiveness import CapaFacts, responsiveness, stage_counts

D = dt.date
START, END = D(2025, 12, 1), D(2026, 11, 30)


def _capa(**extra: object) -> CapaFacts:
    values: dict[str, object] = {
        "capa_id": "c1",
        "reference": "CAPA-1",
        "issued_on": D(2026, 3, 1),
        "cancelled": False,
        "dues": {"containment": D(2026, 3, 2), "root_cause": D(2026, 3, 8)},
        "accepted": (),
    }
    values.update(extra)
    return CapaFacts(**values)  # type: ignore[arg-type]


def test_a_stage_accepted_by_its_date_is_on_time_and_one_after_it_late() -> None:
    capa = _capa(accepted=(("containment", D(2026, 3, 2)), ("root_cause", D(2026, 3, 11))))
    result = responsiveness([capa], START, END)
    assert result.on_time == 1
    assert [(c.stage, c.days_late) for c in result.late] == [("root_cause", 3)]
    assert result.mean_days_to_containment == 1.0


def test_a_stage_never_accepted_is_late_to_the_end_of_the_window() -> None:
    capa = _capa(accepted=(("containment", D(2026, 3, 1)),))
    late = responsiveness([capa], START, END).late
    assert [(c.stage, c.accepted_on, c.days_late) for c in late] == [
        ("root_cause", None, (END - D(2026, 3, 8)).days)
    ]


def test_a_stage_accepted_after_the_window_was_still_open_at_its_end() -> None:
    capa = _capa(dues={"containment": D(2026, 11, 20)}, accepted=(("containment", D(2026, 12, 5)),))
    (check,) = responsiveness([capa], START, END).checks
    assert check.accepted_on is None
    assert check.days_late == 10


def test_stages_due_outside_the_window_or_not_yet_due_do_not_count() -> None:
    early = _capa(dues={"containment": D(2025, 11, 30)})
    not_yet = _capa(dues={"containment": END})
    assert responsiveness([early, not_yet], START, END).checks == ()


def test_a_cancelled_capa_owes_no_stage_it_never_reached() -> None:
    capa = _capa(cancelled=True, accepted=(("containment", D(2026, 3, 4)),))
    result = responsiveness([capa], START, END)
    assert [(c.stage, c.days_late) for c in result.checks] == [("containment", 2)]


def test_mean_days_to_containment_over_the_containments_accepted_in_the_window() -> None:
    one = _capa(accepted=(("containment", D(2026, 3, 2)),))  # 1 day
    two = _capa(capa_id="c2", accepted=(("containment", D(2026, 3, 5)),))  # 4 days
    assert responsiveness([one, two], START, END).mean_days_to_containment == 2.5


def test_the_counts_alone_agree_with_the_checks() -> None:
    capas = [
        _capa(accepted=(("containment", D(2026, 3, 2)), ("root_cause", D(2026, 3, 11)))),
        _capa(capa_id="c2", cancelled=True, accepted=(("containment", D(2026, 3, 4)),)),
        _capa(capa_id="c3", dues={"containment": END}),
        _capa(capa_id="c4", accepted=(("containment", D(2026, 3, 1)),)),
    ]
    result = responsiveness(capas, START, END)
    assert stage_counts(capas, START, END) == (len(result.checks), result.on_time)
    assert stage_counts(capas, START, END) == (5, 2)
