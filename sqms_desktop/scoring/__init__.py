"""Audit scoring for the three checklist schemes (vda63, weighted, yes_no), as pure functions.

Every engine returns the same `ScoreResult`, reasons included, so a report or `sqms score --json`
can say why a grade is what it is without knowing the scheme.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.scoring import vda63, weighted, yes_no
from sqms_desktop.scoring.common import (
    DEFAULT_BANDS,
    FAIL_GRADE,
    GRADE_A_MIN,
    GRADE_B_MIN,
    NA_POLICIES,
    NOT_RATED,
    GradeBands,
    check_na_policy,
)
from sqms_desktop.scoring.model import (
    Downgrade,
    Evaluation,
    Figure,
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
    answer,
    not_applicable,
    not_evaluated,
)
from sqms_desktop.scoring.vda63 import DEFAULT_EDITION, EDITIONS, VDA_SCORES, score_vda63
from sqms_desktop.scoring.weighted import score_weighted
from sqms_desktop.scoring.yes_no import score_yes_no
from sqms_desktop.vocab import NaPolicy, Scheme

SCHEMES = tuple(Scheme)

__all__ = [
    "DEFAULT_BANDS",
    "DEFAULT_EDITION",
    "EDITIONS",
    "FAIL_GRADE",
    "GRADE_A_MIN",
    "GRADE_B_MIN",
    "NA_POLICIES",
    "NOT_RATED",
    "SCHEMES",
    "VDA_SCORES",
    "Downgrade",
    "Evaluation",
    "Figure",
    "GradeBands",
    "ScoreAnswer",
    "ScoreQuestion",
    "ScoreResult",
    "answer",
    "downgrade_rules",
    "not_applicable",
    "not_evaluated",
    "score",
    "score_vda63",
    "score_weighted",
    "score_yes_no",
]


def downgrade_rules(scheme: str) -> str:
    """The scheme's rules that cap a grade, in one sentence, for screens that show none fired."""
    rules: dict[str, str] = {
        Scheme.VDA63: vda63.RULES,
        Scheme.WEIGHTED: weighted.RULES,
        Scheme.YES_NO: yes_no.RULES,
    }
    found = rules.get(scheme)
    return translate("scoring", found) if found else ""


def score(
    scheme: str,
    questions: Sequence[ScoreQuestion],
    answers: Iterable[ScoreAnswer],
    *,
    na_policy: str = NaPolicy.EXCLUDE,
    edition: int | str | None = None,
    titles: Mapping[str, str] | None = None,
    bands: GradeBands = DEFAULT_BANDS,
) -> ScoreResult:
    """Score by the template's scheme, so callers pass template settings through unread.

    VDA 6.3 has no N/A policy and fixed grade limits, so it ignores `na_policy` (still checked)
    and `bands`; the other schemes have no edition and ignore `edition`.
    """
    check_na_policy(na_policy)
    if scheme == Scheme.VDA63:
        return score_vda63(questions, answers, edition=edition, titles=titles)
    if scheme == Scheme.WEIGHTED:
        return score_weighted(questions, answers, na_policy=na_policy, bands=bands, titles=titles)
    if scheme == Scheme.YES_NO:
        return score_yes_no(questions, answers, bands=bands, titles=titles)
    raise ValidationError(
        translate("scoring", "scheme must be one of {SCHEMES}; got {scheme!r}").format(
            SCHEMES=", ".join(SCHEMES), scheme=scheme
        )
    )
