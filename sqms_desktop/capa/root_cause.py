""" "Operator error" is not a root cause.

People make mistakes when a process lets them; the root cause is why the process allowed the
mistake (no poka-yoke, an unclear instruction, a gauge that could not see it) and why nothing
detected it. The phrases below catch the usual ways of blaming a person, in English and German;
they are matched on words, so "human error-proofing added" is not caught by "human error".
"""

from __future__ import annotations

import re

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

_PEOPLE = (
    r"(operator|operators|human|worker|workers|employee|employees|staff|personnel|user|"
    r"associate|assembler|inspector|person|people|man)"
)
_SLIP = r"(error|errors|mistake|mistakes|fault|faults|failure|slip|slips|oversight)"
_PATTERNS = [
    rf"\b{_PEOPLE}'?s? {_SLIP}\b(?! ?proof)",
    r"\b(operator|worker|employee|inspector|assembler) (was |were )?(careless|inattentive|"
    r"distracted|not careful|not paying attention|forgot)",
    r"\bcareless(ness)?\b",
    r"\binattenti(on|ve(ness)?)\b",
    r"\bnegligen(ce|t)\b",
    r"\black of (attention|concentration|care|discipline)\b",
    r"\b(not|didn't|did not|failed to|failure to|no) (follow|following|adhere to|adhering to|"
    r"comply with|complying with|respect|respecting)\b.{0,30}\b(instruction|instructions|"
    r"procedure|procedures|sop|work instruction|work instructions|standard work)\b",
    r"\bnon ?(compliance|adherence) (with|to) (the )?(work )?(instruction|instructions|"
    r"procedure|procedures)\b",
    r"\bhuman factor\b",
    # German
    r"bedien(er)?fehler",
    r"\bmenschlich(es|er|en)? (versagen|fehler|irrtum)",
    r"(mitarbeiter|werker|bediener|arbeiter|personal)(fehler|versagen)",
    r"\bfehler (des|der) (mitarbeiters|mitarbeiterin|werkers|bedieners|arbeiters|personals)\b",
    r"\bunachtsam(keit)?\b",
    r"\bunaufmerksam(keit)?\b",
    r"\bnachlässig(keit)?\b",
    r"\bflüchtigkeitsfehler\b",
    r"\b(arbeitsanweisung|anweisung|vorgabe)(en)? (wurde |wurden )?nicht (befolgt|beachtet|"
    r"eingehalten)",
]
_BLAME = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))

EXPLANATION = QT_TRANSLATE_NOOP(
    "capa",
    "is not accepted as a root cause: people make mistakes when the process lets them. "
    "Ask why the process allowed the mistake and why it was not detected (no error-proofing, "
    "an unclear work instruction, missing training, a check that could not see it) and state "
    "that as the root cause",
)


def blamed_phrase(text: str) -> str | None:
    """The words that blame a person, if the text does."""
    plain = re.sub(r"[\s\-_/]+", " ", text.casefold()).replace("’", "'")
    found = _BLAME.search(plain)
    return found.group(0).strip() if found else None


def refuse_blame(text: str, where: str) -> None:
    phrase = blamed_phrase(text)
    if phrase is not None:
        raise ValidationError(
            translate("capa", '{where}: "{phrase}" {explanation}').format(
                where=where, phrase=phrase, explanation=translate("capa", EXPLANATION)
            )
        )
