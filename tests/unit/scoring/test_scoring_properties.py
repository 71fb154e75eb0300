"""Properties every scheme must keep, whatever the checklist: bounds, monotony, N/A neutrality."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

from sqms_desktop.scoring import (
    VDA_SCORES,
    Evaluation,
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
    not_applicable,
    not_evaluated,
    score,
)

Case = tuple[list[ScoreQuestion], list[ScoreAnswer]]
GRADES = {"A", "B", "C", "not rated"}


@st.composite
def vda_cases(draw: st.DrawFn) -> Case:
    questions, answers = [], []
    for number in range(draw(st.integers(1, 12))):
        element = draw(st.sampled_from(["P2", "P5", "P6", "P7"]))
        sub = draw(st.sampled_from([None, "U1", "U2"])) if element == "P6" else None
        qid = f"q{number}"
        questions.append(ScoreQuestion(qid, element, star=draw(st.booleans()), sub_element=sub))
        kind = draw(st.sampled_from(["evaluated", "evaluated", "evaluated", "n.e.", "open"]))
        if kind == "n.e.":
            answers.append(not_evaluated(qid, "not seen"))
        elif kind == "evaluated":
            evaluations = draw(
                st.lists(
                    st.builds(
                        Evaluation,
                        st.sampled_from(VDA_SCORES),
                        st.sampled_from([None, "OP10", "OP20"]),
                    ),
                    min_size=1,
                    max_size=3,
                )
            )
            answers.append(ScoreAnswer(qid, tuple(evaluations)))
    return questions, answers


@st.composite
def weighted_cases(draw: st.DrawFn) -> Case:
    questions, answers = [], []
    for number in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(["score", "yes_no", "yes_no_na", "text"]))
        weight = draw(st.sampled_from([0.1, 0.5, 1.0, 1.25, 2.0, 3.0]))
        qid = f"q{number}"
        section = draw(st.sampled_from(["s1", "s2"]))
        questions.append(ScoreQuestion(qid, section, weight, draw(st.booleans()), kind))
        if kind == "score":
            values = st.sampled_from(["0", "1", "2", "3", "na"])
        else:
            values = st.sampled_from(["yes", "no", "na"])
        evaluations = draw(st.lists(values.map(Evaluation), max_size=3))
        answers.append(ScoreAnswer(qid, tuple(evaluations)))
    return questions, answers


@st.composite
def yes_no_cases(draw: st.DrawFn) -> Case:
    questions, answers = [], []
    for number in range(draw(st.integers(1, 10))):
        qid = f"q{number}"
        questions.append(ScoreQuestion(qid, draw(st.sampled_from(["s1", "s2"])), type="yes_no_na"))
        words = draw(st.lists(st.sampled_from(["yes", "no", "na"]).map(Evaluation), max_size=3))
        answers.append(ScoreAnswer(qid, tuple(words)))
    return questions, answers


SCHEME_CASES = st.one_of(
    vda_cases().map(lambda case: ("vda63", "exclude", case)),
    weighted_cases().map(lambda case: ("weighted", "exclude", case)),
    weighted_cases().map(lambda case: ("weighted", "zero", case)),
    yes_no_cases().map(lambda case: ("yes_no", "exclude", case)),
)


def run(scheme: str, policy: str, case: Case) -> ScoreResult:
    return score(scheme, case[0], case[1], na_policy=policy)


def within_0_100(value: float | None) -> bool:
    return value is None or 0 <= value <= 100


@given(SCHEME_CASES)
def test_every_figure_stays_within_0_and_100(drawn: tuple[str, str, Case]) -> None:
    result = run(*drawn)
    assert result.grade in GRADES
    assert (result.total is None) == (result.grade == "not rated")
    figures = [result.overall, *result.elements, *result.sub_elements, *result.steps]
    assert all(within_0_100(f.percent) for f in figures)
    assert within_0_100(result.total)
    assert result.total is None or result.total == result.overall.percent


def higher(scheme: str, value: str | int | float) -> list[str | int]:
    """The values above `value` on its question's scale (none for "na", "yes", 3 or 10)."""
    if scheme == "vda63":
        return [v for v in VDA_SCORES if v > int(value)]
    if value == "no":
        return ["yes"]
    if value in ("0", "1", "2"):
        return [str(v) for v in range(int(value) + 1, 4)]
    return []


@given(SCHEME_CASES, st.data())
def test_raising_one_answer_never_lowers_the_total(
    drawn: tuple[str, str, Case], data: st.DataObject
) -> None:
    scheme, policy, (questions, answers) = drawn
    types = {q.qid: q.type for q in questions}
    places = [
        (a, e)
        for a, found in enumerate(answers)
        for e, evaluation in enumerate(found.evaluations)
        if types[found.qid] != "text" and higher(scheme, evaluation.value)
    ]
    assume(places)
    a, e = data.draw(st.sampled_from(places))
    old = answers[a].evaluations[e]
    evaluations = list(answers[a].evaluations)
    evaluations[e] = replace(old, value=data.draw(st.sampled_from(higher(scheme, old.value))))
    better = [*answers[:a], replace(answers[a], evaluations=tuple(evaluations)), *answers[a + 1 :]]
    before = run(scheme, policy, (questions, answers))
    after = run(scheme, policy, (questions, better))
    assert before.overall.percent is not None
    assert after.overall.percent is not None
    assert after.overall.percent >= before.overall.percent
    assert before.rated == after.rated
    if before.total is not None and after.total is not None:
        assert after.total >= before.total


def neutral(scheme: str, qid: str) -> ScoreAnswer:
    return not_evaluated(qid, "not seen") if scheme == "vda63" else not_applicable(qid, "n/a")


@given(
    st.one_of(
        vda_cases().map(lambda case: ("vda63", case)),
        weighted_cases().map(lambda case: ("weighted", case)),
        yes_no_cases().map(lambda case: ("yes_no", case)),
    ),
    st.data(),
)
def test_marking_a_question_not_evaluated_or_na_scores_the_rest_alike(
    drawn: tuple[str, Case], data: st.DataObject
) -> None:
    scheme, (questions, answers) = drawn
    qid = data.draw(st.sampled_from([q.qid for q in questions]))
    marked = [*(a for a in answers if a.qid != qid), neutral(scheme, qid)]
    without = (
        [q for q in questions if q.qid != qid],
        [a for a in answers if a.qid != qid],
    )
    ours = run(scheme, "exclude", (questions, marked))
    rest = run(scheme, "exclude", without)
    assert ours.overall.percent == rest.overall.percent
    assert (ours.overall.points, ours.overall.possible) == (
        rest.overall.points,
        rest.overall.possible,
    )
    for mine, theirs in (
        (ours.elements, rest.elements),
        (ours.sub_elements, rest.sub_elements),
        (ours.steps, rest.steps),
    ):
        # A group that held only the marked question is gone from `rest` and empty in `ours`.
        percents = {f.code: f.percent for f in theirs}
        assert all(percents.get(f.code) == f.percent for f in mine)


@given(weighted_cases())
def test_the_zero_policy_never_scores_above_exclude(case: Case) -> None:
    excluded = run("weighted", "exclude", case).overall.percent
    zeroed = run("weighted", "zero", case).overall.percent
    if excluded is not None and zeroed is not None:
        assert zeroed <= excluded


@given(vda_cases())
def test_vda_downgrades_only_ever_lower_the_band_grade(case: Case) -> None:
    result = run("vda63", "exclude", case)
    if result.total is not None:
        band = "A" if result.total >= 90 else "B" if result.total >= 80 else "C"
        assert "ABC".index(result.grade) >= "ABC".index(band)
        if result.grade != band:
            assert result.reasons
