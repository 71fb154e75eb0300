"""A checklist template as plain data: what an import reads, an export writes, a diff compares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqms_desktop.vocab import NaPolicy, QuestionType

TEMPLATE_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,63}$")


@dataclass
class QuestionSpec:
    qid: str
    text: str
    type: str = QuestionType.SCORE
    weight: float = 1.0
    clause: str = ""
    star: bool = False
    guidance: str = ""
    options: list[str] = field(default_factory=list)
    required: bool = True
    evidence_required: bool = False
    condition: str = ""
    min_value: float | None = None
    max_value: float | None = None


@dataclass
class SectionSpec:
    code: str
    title: str
    questions: list[QuestionSpec]


@dataclass
class TemplateSpec:
    key: str
    title: str
    scheme: str
    sections: list[SectionSpec]
    language: str = "en"
    na_policy: str = NaPolicy.EXCLUDE
    version: int | None = None  # as the workbook says; the store numbers versions itself
