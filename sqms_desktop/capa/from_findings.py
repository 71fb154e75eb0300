"""How audit findings become a CAPA's first words: its title, problem description and D2.

A CAPA raised from findings starts from what the auditor wrote, so the supplier reads the same
facts the audit report prints: each finding's reference, class, requirement (clause), statement
and objective evidence, and the photos behind it named by file and SHA-256 prefix, so the
evidence can be found again from the SCAR form alone. D2 (5W2H) is the problem description in
the 8D's own shape: what, where, when, who, why (the requirement not met) and how it was found;
how many is left to the supplier, who counts the parts affected during containment.

Pure functions over plain values: the read that prepares the raise dialog
(`queries/capa_form.py`) and the service that stores the CAPA both call them, so the dialog
shows exactly what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqms_desktop.capa.content import MAX_TEXT
from sqms_desktop.vocab import FindingClass

TITLE_LIMIT = 200  # the CAPA title's column
TITLE_WORDS = 120  # a title longer than this is cut at a word

CLASS_WORDS = {
    FindingClass.CRITICAL: "critical deficiency",
    FindingClass.MAJOR_NC: "major nonconformity",
    FindingClass.MINOR_NC: "minor nonconformity",
    FindingClass.OBSERVATION: "observation",
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT: "opportunity for improvement",
    FindingClass.GOOD_PRACTICE: "good practice",
}


def class_words(finding_class: str) -> str:
    return CLASS_WORDS.get(FindingClass(finding_class), finding_class.replace("_", " "))


@dataclass(frozen=True)
class EvidenceRef:
    """A photo or document linked to a finding: the CAPA refers to it, never copies it."""

    attachment_id: str
    finding_reference: str
    name: str
    sha256: str
    caption: str

    def describe(self) -> str:
        caption = f": {self.caption}" if self.caption else ""
        return f"{self.name} (SHA-256 {self.sha256[:12]}…){caption}"


@dataclass(frozen=True)
class SourceFinding:
    """One finding a CAPA is raised from, with the audit it was found in."""

    id: str
    reference: str
    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    question: str  # "q12 Are gauges calibrated?" or "" for a free-standing finding
    audit_reference: str
    audit_type: str
    audit_start: dt.date | None  # actual dates, else planned
    audit_end: dt.date | None
    site: str  # one line, "" when the audit names no site
    lead_auditor: str
    photos: tuple[EvidenceRef, ...]

    @property
    def audit_days(self) -> str:
        start, end = self.audit_start, self.audit_end
        if start is None:
            return ""
        if end is None or end == start:
            return start.isoformat()
        return f"{start.isoformat()} to {end.isoformat()}"


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] or line[: limit - 1]
    return cut.rstrip(" ,;:.-—") + "…"


def title_of(findings: Sequence[SourceFinding]) -> str:
    """The first finding's statement, shortened; "and N more findings" when several."""
    first = shorten(findings[0].statement.rstrip("."), TITLE_WORDS)
    more = len(findings) - 1
    if more:
        first += f" and {more} more finding" + ("s" if more > 1 else "")
    return first[:TITLE_LIMIT]


def _audits(findings: Sequence[SourceFinding]) -> list[SourceFinding]:
    """One finding per audit, in the order the audits first appear."""
    seen: dict[str, SourceFinding] = {}
    for finding in findings:
        seen.setdefault(finding.audit_reference, finding)
    return list(seen.values())


def problem_of(findings: Sequence[SourceFinding], supplier: str) -> str:
    """Every finding in full: what the auditor wrote, with the requirement and the evidence."""
    audits = ", ".join(
        f"{f.audit_reference} ({f.audit_type.replace('_', ' ')} audit"
        + (f", {f.audit_days})" if f.audit_days else ")")
        for f in _audits(findings)
    )
    count = "1 finding" if len(findings) == 1 else f"{len(findings)} findings"
    parts = [f"Raised from {count} of audit {audits} at {supplier.rstrip('.')}."]
    for f in findings:
        lines = [f"{f.reference} — {class_words(f.finding_class)}"]
        if f.requirement:
            lines.append(f"Requirement: {f.requirement}")
        lines.append(f"Finding: {f.statement.strip()}")
        if f.objective_evidence:
            lines.append(f"Objective evidence: {f.objective_evidence.strip()}")
        if f.question:
            lines.append(f"Checklist question: {f.question}")
        lines += [f"Evidence: {p.describe()}" for p in f.photos]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _field(lines: Sequence[str]) -> str:
    """Distinct non-empty lines as one D2 field, within the 8D text limit."""
    text = "\n".join(dict.fromkeys(line for line in lines if line))
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def d2_of(findings: Sequence[SourceFinding], supplier: str) -> dict[str, str]:
    """D2 (5W2H) from the findings; `how_many` stays empty for the supplier to count."""
    several = len(findings) > 1

    def tagged(f: SourceFinding, text: str) -> str:
        return f"{f.reference}: {text}" if several and text else text

    audits = _audits(findings)
    return {
        "what": _field([tagged(f, " ".join(f.statement.split())) for f in findings]),
        "where": _field(
            [f"{supplier}, {f.site}" if f.site else supplier for f in audits]
            + [tagged(f, f"checklist question {f.question}") for f in findings if f.question]
        ),
        "when": _field(
            [
                f"Audit {f.audit_reference}" + (f", {f.audit_days}" if f.audit_days else "")
                for f in audits
            ]
        ),
        "who": _field([f"Audit team led by {f.lead_auditor}" for f in audits]),
        "why": _field(
            [tagged(f, f"Requirement not met: {f.requirement}") for f in findings if f.requirement]
        ),
        "how": _field(
            [f"{f.audit_type.replace('_', ' ').capitalize()} audit sample" for f in audits]
            + [
                tagged(f, f"Objective evidence: {' '.join(f.objective_evidence.split())}")
                for f in findings
                if f.objective_evidence
            ]
            + [tagged(f, f"Evidence: {p.describe()}") for f in findings for p in f.photos]
        ),
        "how_many": "",
    }
