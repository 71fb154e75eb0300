"""A second edition of a checklist, for what re-imports and diffs make of a change."""

from __future__ import annotations

from dataclasses import replace

from sqms_desktop.checklists.spec import QuestionSpec, TemplateSpec


def changed_spec(spec: TemplateSpec) -> TemplateSpec:
    """Question q4.1 reworded, q10.3 dropped, q10.4 added, q7.2 re-weighted."""
    sections = []
    for section in spec.sections:
        questions = []
        for question in section.questions:
            if question.qid == "q10.3":
                continue
            if question.qid == "q4.1":
                text = "Does the supplier know what shapes its QMS?"
                questions.append(replace(question, text=text))
            elif question.qid == "q7.2":
                questions.append(replace(question, weight=3.0))
            else:
                questions.append(question)
        if section.code == "9-10":
            questions.append(QuestionSpec("q10.4", "Are lessons learned shared across sites?"))
        sections.append(replace(section, questions=questions))
    return replace(spec, sections=sections)
