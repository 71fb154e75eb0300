"""The shape of the 8D content, D0–D8, and how it is checked before it is stored.

Each discipline is a JSON object of named fields; the kinds are plain text, a 5-Why chain (up
to five answers), a team (names with roles) and an Ishikawa capture (causes per 6M category).
The same description drives the editor, the SCAR workbook, the PDF and the validation, so a
field added here shows up everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqms_desktop.capa.root_cause import refuse_blame
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The titles and field labels are English, marked for the translators (context "capa"); the
# words people read come from `step_title`, `step_short_title` and `field_label`, in the
# language now in use (a report's own while it is printed).
STEPS = ("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8")
STEP_TITLES = {
    "d0": QT_TRANSLATE_NOOP("capa", "D0 Plan and emergency response"),
    "d1": QT_TRANSLATE_NOOP("capa", "D1 Team"),
    "d2": QT_TRANSLATE_NOOP("capa", "D2 Problem description (5W2H)"),
    "d3": QT_TRANSLATE_NOOP("capa", "D3 Interim containment"),
    "d4": QT_TRANSLATE_NOOP("capa", "D4 Root cause and escape point"),
    "d5": QT_TRANSLATE_NOOP("capa", "D5 Permanent corrective actions"),
    "d6": QT_TRANSLATE_NOOP("capa", "D6 Implementation and validation"),
    "d7": QT_TRANSLATE_NOOP("capa", "D7 Recurrence prevented"),
    "d8": QT_TRANSLATE_NOOP("capa", "D8 Closure and recognition"),
}
# The 8D editor's tab names: the discipline's number and its word, short enough for a tab.
STEP_SHORT_TITLES = {
    "d0": QT_TRANSLATE_NOOP("capa", "D0 Plan"),
    "d1": QT_TRANSLATE_NOOP("capa", "D1 Team"),
    "d2": QT_TRANSLATE_NOOP("capa", "D2 Problem"),
    "d3": QT_TRANSLATE_NOOP("capa", "D3 Containment"),
    "d4": QT_TRANSLATE_NOOP("capa", "D4 Root cause"),
    "d5": QT_TRANSLATE_NOOP("capa", "D5 Corrective actions"),
    "d6": QT_TRANSLATE_NOOP("capa", "D6 Validation"),
    "d7": QT_TRANSLATE_NOOP("capa", "D7 Prevention"),
    "d8": QT_TRANSLATE_NOOP("capa", "D8 Recognition"),
}
# What the supplier answers in the SCAR form; D0–D2 are the issued part.
RESPONSE_STEPS = ("d3", "d4", "d5", "d6", "d7")
SIX_M = ("man", "machine", "method", "material", "measurement", "environment")
SIX_M_NAMES = {
    "man": QT_TRANSLATE_NOOP("capa", "Man"),
    "machine": QT_TRANSLATE_NOOP("capa", "Machine"),
    "method": QT_TRANSLATE_NOOP("capa", "Method"),
    "material": QT_TRANSLATE_NOOP("capa", "Material"),
    "measurement": QT_TRANSLATE_NOOP("capa", "Measurement"),
    "environment": QT_TRANSLATE_NOOP("capa", "Environment"),
}
WHYS = 5
MAX_TEXT = 4000
MAX_CAUSE = 300
MAX_TEAM = 20
MAX_CAUSES = 12


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English; `field_label` translates it
    kind: str = "text"  # text, whys, team, ishikawa


STEP_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "d0": (
        FieldSpec("symptom", QT_TRANSLATE_NOOP("capa", "Symptom as the customer sees it")),
        FieldSpec("emergency_response", QT_TRANSLATE_NOOP("capa", "Emergency response actions")),
    ),
    "d1": (FieldSpec("team", QT_TRANSLATE_NOOP("capa", "Team members"), "team"),),
    "d2": (
        FieldSpec("what", QT_TRANSLATE_NOOP("capa", "What is the problem?")),
        FieldSpec("where", QT_TRANSLATE_NOOP("capa", "Where was it found?")),
        FieldSpec("when", QT_TRANSLATE_NOOP("capa", "When was it found?")),
        FieldSpec("who", QT_TRANSLATE_NOOP("capa", "Who found it?")),
        FieldSpec("why", QT_TRANSLATE_NOOP("capa", "Why is it a problem?")),
        FieldSpec("how", QT_TRANSLATE_NOOP("capa", "How was it found?")),
        FieldSpec("how_many", QT_TRANSLATE_NOOP("capa", "How many parts are affected?")),
    ),
    "d3": (
        FieldSpec("summary", QT_TRANSLATE_NOOP("capa", "Containment summary")),
        FieldSpec("verified", QT_TRANSLATE_NOOP("capa", "How containment was verified")),
    ),
    "d4": (
        FieldSpec(
            "occurrence_whys", QT_TRANSLATE_NOOP("capa", "Why did it occur? (5 Whys)"), "whys"
        ),
        FieldSpec("occurrence_root_cause", QT_TRANSLATE_NOOP("capa", "Root cause of occurrence")),
        FieldSpec(
            "non_detection_whys",
            QT_TRANSLATE_NOOP("capa", "Why was it not detected? (5 Whys)"),
            "whys",
        ),
        FieldSpec(
            "non_detection_root_cause", QT_TRANSLATE_NOOP("capa", "Root cause of non-detection")
        ),
        FieldSpec("escape_point", QT_TRANSLATE_NOOP("capa", "Escape point")),
        FieldSpec("ishikawa", QT_TRANSLATE_NOOP("capa", "Ishikawa (6M)"), "ishikawa"),
    ),
    "d5": (
        FieldSpec("chosen", QT_TRANSLATE_NOOP("capa", "Why these actions were chosen")),
        FieldSpec(
            "verification",
            QT_TRANSLATE_NOOP("capa", "How the actions were verified before implementation"),
        ),
    ),
    "d6": (
        FieldSpec("implementation", QT_TRANSLATE_NOOP("capa", "Implementation")),
        FieldSpec("validation_result", QT_TRANSLATE_NOOP("capa", "Validation result")),
    ),
    "d7": (
        FieldSpec("fmea", QT_TRANSLATE_NOOP("capa", "FMEA updated")),
        FieldSpec("control_plan", QT_TRANSLATE_NOOP("capa", "Control plan updated")),
        FieldSpec(
            "procedures", QT_TRANSLATE_NOOP("capa", "Procedures and work instructions updated")
        ),
        FieldSpec(
            "lessons", QT_TRANSLATE_NOOP("capa", "Other products and processes, lessons learned")
        ),
    ),
    "d8": (
        FieldSpec("closure", QT_TRANSLATE_NOOP("capa", "Closure summary")),
        FieldSpec("recognition", QT_TRANSLATE_NOOP("capa", "Team recognition")),
    ),
}


def step_title(step: str) -> str:
    """The discipline's title ("D3 Interim containment") in the language now in use."""
    return translate("capa", STEP_TITLES[step])


def step_short_title(step: str) -> str:
    """The discipline's short title, for a tab, in the language now in use."""
    return translate("capa", STEP_SHORT_TITLES[step])


def six_m_name(category: str) -> str:
    """A 6M category of the Ishikawa diagram ("machine" → "Machine") in the language now in
    use."""
    known = SIX_M_NAMES.get(category)
    return translate("capa", known) if known else category.capitalize()


def field_label(spec: FieldSpec) -> str:
    """A field's label in the language now in use."""
    return translate("capa", spec.label)


# The 8D fields whose text is a root cause: "operator error" is refused in them.
ROOT_CAUSE_FIELDS = ("occurrence_root_cause", "non_detection_root_cause")


def label_of(step: str, key: str) -> str:
    for spec in STEP_FIELDS[step]:
        if spec.key == key:
            return spec.label
    return key


def empty(step: str) -> dict[str, Any]:
    return {spec.key: _empty_value(spec.kind) for spec in STEP_FIELDS[step]}


def _empty_value(kind: str) -> Any:
    if kind == "whys":
        return []
    if kind == "team":
        return []
    if kind == "ishikawa":
        return {m: [] for m in SIX_M}
    return ""


def filled(step: str, stored: dict[str, Any] | None) -> dict[str, Any]:
    """A step's content with every field present (older or partial content gets empties)."""
    content = empty(step)
    for key, value in (stored or {}).items():
        if key in content:
            content[key] = value
    return content


def normalize(step: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Checked content for one step: unknown fields, overlong texts and blame as root cause are
    refused with the field's name; texts are trimmed and empty list entries dropped."""
    if step not in STEP_FIELDS:
        raise ValidationError(
            translate("capa", "8D step must be one of {STEPS}; got {step!r}").format(
                STEPS=", ".join(STEPS), step=step
            )
        )
    title = translate("capa", STEP_TITLES[step])
    known = {spec.key for spec in STEP_FIELDS[step]}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValidationError(
            translate("capa", "{title} has no field {unknown!r}").format(
                title=title, unknown=unknown[0]
            )
        )
    result: dict[str, Any] = {}
    for spec in STEP_FIELDS[step]:
        where = f"{title}, {translate('capa', spec.label)}"
        value = raw.get(spec.key, _empty_value(spec.kind))
        result[spec.key] = _normalize_value(spec.kind, value, where)
    if step == "d4":
        _check_root_causes(result)
    return result


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            translate("capa", "{where}: expected text, got {kind}").format(
                where=where, kind=type(value).__name__
            )
        )
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(
            translate("capa", "{where}: {count} characters; at most {limit}").format(
                where=where, count=len(text), limit=limit
            )
        )
    return text


def _normalize_value(kind: str, value: Any, where: str) -> Any:
    if kind == "text":
        return _text(value, where)
    if kind == "whys":
        whys = [_text(v, f"{where} {n}", MAX_CAUSE * 2) for n, v in enumerate(value or [], 1)]
        while whys and not whys[-1]:
            whys.pop()
        if len(whys) > WHYS:
            raise ValidationError(
                translate("capa", "{where}: {count} answers; a chain has at most {WHYS}").format(
                    where=where, count=len(whys), WHYS=WHYS
                )
            )
        return whys
    if kind == "team":
        team = []
        for n, member in enumerate(value or [], 1):
            name = _text(member.get("name", ""), f"{where} {n}, name", 200)
            role = _text(member.get("role", ""), f"{where} {n}, role", 200)
            if role and not name:
                raise ValidationError(
                    translate("capa", "{where} {n}: a role without a name ({role!r})").format(
                        where=where, n=n, role=role
                    )
                )
            if name:
                team.append({"name": name, "role": role})
        if len(team) > MAX_TEAM:
            raise ValidationError(
                translate("capa", "{where}: {count} members; at most {MAX_TEAM}").format(
                    where=where, count=len(team), MAX_TEAM=MAX_TEAM
                )
            )
        return team
    if kind == "ishikawa":
        value = value or {}
        unknown = sorted(set(value) - set(SIX_M))
        if unknown:
            raise ValidationError(
                translate("capa", "{where}: {unknown!r} is not a 6M category ({SIX_M})").format(
                    where=where, unknown=unknown[0], SIX_M=", ".join(SIX_M)
                )
            )
        causes: dict[str, list[str]] = {}
        for m in SIX_M:
            items = [_text(c, f"{where}, {m}", MAX_CAUSE) for c in value.get(m, [])]
            items = [c for c in items if c]
            if len(items) > MAX_CAUSES:
                raise ValidationError(
                    translate("capa", "{where}, {m}: {count} causes; at most {MAX_CAUSES}").format(
                        where=where, m=m, count=len(items), MAX_CAUSES=MAX_CAUSES
                    )
                )
            causes[m] = items
        return causes
    raise ValueError(f"unknown field kind {kind}")  # pragma: no cover - a programming error


def _check_root_causes(d4: dict[str, Any]) -> None:
    checks = [(translate("capa", label_of("d4", key)), d4[key]) for key in ROOT_CAUSE_FIELDS]
    for key in ("occurrence_whys", "non_detection_whys"):
        if d4[key]:
            said = translate("capa", "{label}, why {n}").format(
                label=translate("capa", label_of("d4", key)), n=len(d4[key])
            )
            checks.append((said, d4[key][-1]))
    for where, text in checks:
        refuse_blame(text, f"D4, {where}")
