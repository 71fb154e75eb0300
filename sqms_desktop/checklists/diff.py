"""What changed between two versions of a template, in words a quality engineer reads."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqms_desktop.checklists.spec import QuestionSpec, TemplateSpec
from sqms_desktop.i18n import translate

SETTINGS = ("title", "scheme", "language", "na_policy")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class QuestionChange:
    qid: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class TemplateDiff:
    old_version: int | None
    new_version: int | None
    settings: tuple[FieldChange, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[QuestionChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.settings or self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        out = [f"{c.field}: {c.old!r} → {c.new!r}" for c in self.settings]
        added = translate("diff", "+ {qid} added")
        removed = translate("diff", "- {qid} removed")
        out += [added.format(qid=qid) for qid in self.added]
        out += [removed.format(qid=qid) for qid in self.removed]
        for change in self.changed:
            parts = "; ".join(f"{c.field} {c.old!r} → {c.new!r}" for c in change.changes)
            out.append(f"~ {change.qid}: {parts}")
        return out or [translate("diff", "no differences")]


def _questions(spec: TemplateSpec) -> dict[str, tuple[str, QuestionSpec]]:
    return {q.qid: (f"{s.code} {s.title}", q) for s in spec.sections for q in s.questions}


def diff_specs(old: TemplateSpec, new: TemplateSpec) -> TemplateDiff:
    before, after = _questions(old), _questions(new)
    settings = tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in SETTINGS
        if getattr(old, name) != getattr(new, name)
    )
    changed = []
    for qid in after:
        if qid not in before:
            continue
        (old_section, old_q), (new_section, new_q) = before[qid], after[qid]
        changes = [
            FieldChange(f.name, getattr(old_q, f.name), getattr(new_q, f.name))
            for f in fields(QuestionSpec)
            if getattr(old_q, f.name) != getattr(new_q, f.name)
        ]
        if old_section != new_section:
            changes.insert(0, FieldChange("section", old_section, new_section))
        if changes:
            changed.append(QuestionChange(qid, tuple(changes)))
    return TemplateDiff(
        old_version=old.version,
        new_version=new.version,
        settings=settings,
        added=tuple(q for q in after if q not in before),
        removed=tuple(q for q in before if q not in after),
        changed=tuple(changed),
    )
