"""Build the built-in checklist library from its reviewable text sources.

Reads every ``resources/checklists/src/<key>.toml``, writes ``resources/checklists/<key>.xlsx``
with the application's own exporter, and reads each file back with the application's own
importer, which checks everything an import checks (types, ids, conditions, the VDA 6.3
structure…). The read-back template must equal the source.

The output is deterministic: the same sources give byte-identical files (fixed document times,
fixed timestamps inside the zip container).

Usage::

    .venv/bin/python scripts/build_checklist_library.py           # build and verify
    .venv/bin/python scripts/build_checklist_library.py --check   # fail if a file is stale
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path
from typing import Any

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.checklists.xlsx_format import (
    SETTINGS_COLUMNS,
    TemplateFileError,
    read_template,
    write_template,
)

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "resources" / "checklists"
SOURCES = LIBRARY / "src"

FIXED_STAMP = b"2026-01-01T00:00:00Z"  # openpyxl would otherwise write the current time
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
SCORED_TYPES = frozenset(("score", "yes_no", "yes_no_na"))

# Keys a question may have in a source file: the required ones, and the optional ones with the
# QuestionSpec field they fill.
QUESTION_REQUIRED = ("section", "id", "text", "type", "clause", "guidance")
QUESTION_OPTIONAL = {
    "options": "options",
    "weight": "weight",
    "star": "star",
    "required": "required",
    "evidence_required": "evidence_required",
    "condition": "condition",
    "min": "min_value",
    "max": "max_value",
}


class SourceError(Exception):
    """A source file that is not a template; carries every problem found."""

    def __init__(self, where: str, problems: list[str]) -> None:
        super().__init__(f"{where}:\n  " + "\n  ".join(problems))


def read_source(path: Path) -> TemplateSpec:
    """One TOML source as a template spec; raises SourceError listing every problem."""
    where = str(path.relative_to(ROOT))
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise SourceError(where, [f"not valid TOML: {error}"]) from error
    problems: list[str] = []
    if unknown := set(data) - {"settings", "questions"}:
        problems.append(f"unknown top-level tables: {sorted(unknown)}")
    settings = data.get("settings", {})
    if missing := set(SETTINGS_COLUMNS) - set(settings):
        problems.append(f"[settings] misses {sorted(missing)}")
    if extra := set(settings) - set(SETTINGS_COLUMNS):
        problems.append(f"[settings] has unknown keys {sorted(extra)}")
    sections: list[SectionSpec] = []
    for index, question in enumerate(data.get("questions", []), start=1):
        what = f"question #{index} ({question.get('id', '?')})"
        if absent := [key for key in QUESTION_REQUIRED if key not in question]:
            problems.append(f"{what}: misses {absent}")
            continue
        if unknown := set(question) - set(QUESTION_REQUIRED) - set(QUESTION_OPTIONAL):
            problems.append(f"{what}: unknown keys {sorted(unknown)}")
            continue
        optional: dict[str, Any] = {
            QUESTION_OPTIONAL[key]: value
            for key, value in question.items()
            if key in QUESTION_OPTIONAL
        }
        if "weight" in optional:
            optional["weight"] = float(optional["weight"])
        spec = QuestionSpec(
            qid=question["id"],
            text=question["text"],
            type=question["type"],
            clause=question["clause"],
            guidance=question["guidance"],
            **optional,
        )
        code, _, title = question["section"].partition(" ")
        if not sections or sections[-1].code != code:
            sections.append(SectionSpec(code, title, []))
        sections[-1].questions.append(spec)
    if settings.get("key") != path.stem:
        problems.append(f"settings key {settings.get('key')!r} differs from the file name")
    if problems:
        raise SourceError(where, problems)
    return TemplateSpec(
        key=settings["key"],
        title=settings["title"],
        scheme=settings["scheme"],
        sections=sections,
        language=settings["language"],
        na_policy=settings["na_policy"],
        version=settings["version"],
    )


def _normalised_zip(data: bytes) -> bytes:
    """The container with fixed entry timestamps and document times, same entry order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(
                    rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + FIXED_STAMP + rb"\g<2>",
                    payload,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, payload)
    return out.getvalue()


def render(spec: TemplateSpec, folder: Path) -> bytes:
    """The xlsx bytes of one template, written by the application's exporter."""
    path = folder / f"{spec.key}.xlsx"
    write_template(spec, path)
    return _normalised_zip(path.read_bytes())


def verify(spec: TemplateSpec, data: bytes, folder: Path) -> list[str]:
    """What the application's importer says of the bytes, and whether they equal the source."""
    path = folder / f"check-{spec.key}.xlsx"
    path.write_bytes(data)
    try:
        read = read_template(path)
    except TemplateFileError as error:
        return error.problems
    return [] if read == spec else ["the workbook reads back differently from its source"]


def _summary(spec: TemplateSpec) -> str:
    questions = [q for s in spec.sections for q in s.questions]
    scored = sum(q.type in SCORED_TYPES for q in questions)
    stars = sum(q.star for q in questions)
    return (
        f"({len(questions)} questions, {scored} scored, {stars} star, "
        f"{len(spec.sections)} sections, scheme {spec.scheme})"
    )


def build(check_only: bool) -> int:
    sources = sorted(SOURCES.glob("*.toml"))
    if not sources:
        print(f"no sources in {SOURCES}", file=sys.stderr)
        return 1
    specs: list[TemplateSpec] = []
    failures: list[str] = []
    for path in sources:
        try:
            specs.append(read_source(path))
        except SourceError as error:
            failures.append(str(error))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    stale = 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for spec in specs:
            data = render(spec, folder)
            problems = verify(spec, data, folder)
            if data != render(spec, folder):
                problems.append("the output is not deterministic")
            if problems:
                print(f"{spec.key}.xlsx:\n  " + "\n  ".join(problems), file=sys.stderr)
                return 1
            target = LIBRARY / f"{spec.key}.xlsx"
            current = target.read_bytes() if target.exists() else None
            if current == data:
                state = "up to date"
            elif check_only:
                state = "STALE (run the build)"
                stale += 1
            else:
                target.write_bytes(data)
                state = "written"
            digest = hashlib.sha256(data).hexdigest()[:16]
            print(f"{target.relative_to(ROOT)}  sha256:{digest}  {state}  {_summary(spec)}")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build resources/checklists/<key>.xlsx from src/<key>.toml."
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate and compare with the files on disk without writing; exit 1 if stale",
    )
    return build(check_only=parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
