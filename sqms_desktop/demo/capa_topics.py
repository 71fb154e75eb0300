"""Which of an audit's findings a demo CAPA is raised from, and the CAPA's title.

A CAPA is about one problem: it is raised from the major (or critical) findings that state it,
with a minor finding that points at the same weakness beside them, and it is titled after that
problem, so the register, the 8D and the audit report tell the same story. Minor findings
alone get a CAPA only when the audit had no major one (the first minor's problem).
"""

from __future__ import annotations

from sqms_desktop.demo.run import MadeFinding
from sqms_desktop.vocab import FindingClass

F = FindingClass
SERIOUS = frozenset({F.CRITICAL, F.MAJOR_NC})

# The problem each nonconformity statement of `demo.words.FINDING_STATEMENTS` states.
PROBLEM_OF = {
    "No evidence that customer-specific requirements are flowed down to sub-tier suppliers.": (
        "Flow-down of customer-specific requirements"
    ),
    "Final inspection released parts with an expired gauge calibration (gauge G-114).": (
        "Gauge calibration control"
    ),
    "Nonconforming product was shipped without a concession or customer approval.": (
        "Nonconforming product shipped"
    ),
    "Internal audit programme not carried out for two consecutive years.": (
        "Internal audit programme not carried out"
    ),
    "Two work instructions at the press line were at an obsolete revision.": (
        "Obsolete documents at point of use"
    ),
    "Training record of one operator for the crimping process was incomplete.": (
        "Incomplete operator training records"
    ),
    "Quarantine area not clearly marked; two boxes without status labels.": "Quarantine control",
    "Management review minutes do not cover supplier performance.": (
        "Management review misses supplier performance"
    ),
    "Control plan characteristic CC-07 measured at a lower frequency than specified.": (
        "Control plan frequency not met"
    ),
    "Batch records for two API lots show unexplained over-writes without justification.": (
        "Batch record data integrity"
    ),
    "Cleaning validation missing for a shared-equipment train handling potent compounds.": (
        "Cleaning validation missing"
    ),
}
# Minor problems that share a cause with a major one, so they go into its CAPA.
RELATED = {
    "Nonconforming product shipped": {"Quarantine control"},
    "Gauge calibration control": {"Control plan frequency not met"},
    "Flow-down of customer-specific requirements": {"Obsolete documents at point of use"},
    "Internal audit programme not carried out": {"Management review misses supplier performance"},
    "Batch record data integrity": {"Incomplete operator training records"},
    "Cleaning validation missing": set(),
}


def problem(finding: MadeFinding) -> str:
    """The problem a nonconformity states, as a CAPA title."""
    return PROBLEM_OF.get(finding.statement, finding.statement.rstrip("."))


def capa_groups(findings: list[MadeFinding], excused: set[str]) -> list[tuple[str, list[str]]]:
    """(title, finding ids) of each CAPA the audit's nonconformities call for: one per problem
    of its major and critical findings (with their related minors), or else one for the first
    minor's problem."""
    open_ones = [f for f in findings if f.id not in excused]
    serious = [f for f in open_ones if f.cls in SERIOUS]
    minors = [f for f in open_ones if f.cls == F.MINOR_NC]
    groups: dict[str, list[str]] = {}
    for finding in serious:
        groups.setdefault(problem(finding), []).append(finding.id)
    if not groups and minors:
        groups[problem(minors[0])] = []
    for title, ids in groups.items():
        for minor in minors:
            if problem(minor) == title or problem(minor) in RELATED.get(title, set()):
                ids.append(minor.id)
    return list(groups.items())
