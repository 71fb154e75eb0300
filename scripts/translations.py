"""Keep the translations in step with the code: `make translations`.

Every area of the code has its own Qt Linguist source per language,
`resources/translations/<area>_<language>.ts`, so that people translating (or changing) one part
of the application never edit the same file. `update` runs `pyside6-lupdate` over each area's
files (texts in `self.tr(...)`, `QCoreApplication.translate(...)`, `translate(...)` of
`sqms_desktop.i18n`, `QT_TRANSLATE_NOOP(...)` and the Designer forms), keeping finished
translations and marking new texts unfinished; `release` compiles every language's sources into
one `sqms_<language>.qm` for the window; `check` fails when a source is out of step with the code,
a translation is unfinished, a placeholder or markup differs from its source, one text is
translated differently in two areas, or the compiled catalogue is older than its sources.

    python scripts/translations.py update|release|check [--language de] [--area NAME]...
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as StdElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PACKAGE = ROOT / "sqms_desktop"
LANGUAGES = ("de",)

# Each area and the files it covers (folders are searched for *.py, or *.ui under ui/). A file
# belongs to the first area that names it or a folder above it.
AREAS: dict[str, tuple[str, ...]] = {
    "forms": ("ui",),
    "first_start": ("sqms_desktop/gui/app/first_start",),
    "app": ("sqms_desktop/gui/app", "sqms_desktop/__main__.py"),
    "pages": ("sqms_desktop/gui/pages",),
    "dialogs": ("sqms_desktop/gui/dialogs",),
    "checklist": ("sqms_desktop/gui/checklist", "sqms_desktop/gui/widgets"),
    "views": ("sqms_desktop/gui/html", "sqms_desktop/gui/models", "sqms_desktop/gui/base"),
    "reports": ("sqms_desktop/reports",),
    "cli": ("sqms_desktop/cli",),
    # the core's messages, in three parts so that each can be translated on its own: the exchange
    # of bundles between replicas and the central store, the store itself with its evidence,
    # accounts and signatures, and the other services
    "exchange": (
        "sqms_desktop/sync",
        "sqms_desktop/services/bundles.py",
        "sqms_desktop/services/bundle_checks.py",
        "sqms_desktop/services/bundle_files.py",
        "sqms_desktop/services/replicas.py",
        "sqms_desktop/services/conflicts.py",
    ),
    "store": (
        "sqms_desktop/store",
        "sqms_desktop/evidence",
        "sqms_desktop/services/evidence.py",
        "sqms_desktop/services/certificate_scans.py",
        "sqms_desktop/services/identity.py",
        "sqms_desktop/services/credentials.py",
        "sqms_desktop/services/users.py",
        "sqms_desktop/services/access.py",
        "sqms_desktop/services/signatures.py",
        "sqms_desktop/services/store_settings.py",
    ),
    "services": ("sqms_desktop/services",),
    # the rest of the core: the words, the queries' messages, the domain rules
    "core": ("sqms_desktop",),
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%\d")
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (make .venv/.installed-dev)")
    return found


def area_files(area: str) -> list[Path]:
    """The files of one area, those claimed by an earlier area left out."""
    claimed: set[Path] = set()
    for name, roots in AREAS.items():
        files: set[Path] = set()
        for root in roots:
            path = ROOT / root
            if path.is_file():
                files.add(path)
            elif path.is_dir():
                files.update(path.rglob("*.ui" if root == "ui" else "*.py"))
        mine = sorted(files - claimed)
        if name == area:
            return mine
        claimed.update(files)
    raise SystemExit(f"no area {area!r}: one of {', '.join(AREAS)}")


def source_path(area: str, language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{area}_{language}.ts"


def lupdate(area: str, language: str, target: Path) -> None:
    files = [str(path) for path in area_files(area)]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        text=True,
    )


# English needs a catalogue too, for its counted texts only: `self.tr("%n finding(s)", "", n)`
# reads "1 finding", "3 findings" once Qt has the two English forms (lupdate -pluralonly).
ENGLISH = "en"
PLURALS_EN = FOLDER / "plurals_en.ts"
# A counted English word is written `finding(s)`, `match(es)`, `delivery(ies)`; a few are irregular.
_IRREGULAR = {"%Ln entries": ("%Ln entry", "%Ln entries")}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a counted English text."""
    one = re.sub(r"\((?:s|es|ies)\)", "", source)
    other = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    for written, (singular, plural) in _IRREGULAR.items():
        one, other = one.replace(written, singular), other.replace(written, plural)
    return one, other


def update_english_plurals(target: Path = PLURALS_EN) -> None:
    """The English plural forms of every counted text of the code, filled in by rule, into
    `target` (updated from what it holds)."""
    files = sorted({str(path) for area in AREAS for path in area_files(area)})
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-pluralonly",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    tree = ElementTree.parse(target)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        one, other = english_forms(message.findtext("source") or "")
        for form in list(translation):
            translation.remove(form)
        translation.attrib.pop("type", None)
        for text in (one, other):
            form = StdElementTree.SubElement(translation, "numerusform")
            form.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)


def english_problems() -> list[str]:
    """The English plural source out of step with the code, or its catalogue with the source."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / PLURALS_EN.name
        if PLURALS_EN.exists():
            shutil.copy(PLURALS_EN, fresh)
        update_english_plurals(fresh)
        same = PLURALS_EN.exists() and PLURALS_EN.read_bytes() == fresh.read_bytes()
    problems = [] if same else [f"{PLURALS_EN.name} is out of step (run make translations)"]
    return problems + compiled_problems(ENGLISH)


def release(language: str, target: Path) -> None:
    sources = [PLURALS_EN] if language == ENGLISH else sorted(FOLDER.glob(f"*_{language}.ts"))
    subprocess.run(
        [_tool("pyside6-lrelease"), *map(str, sources), "-qm", str(target)],
        check=True,
        capture_output=True,
        text=True,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "", "unfinished", "vanished", "obsolete"
    numerus: tuple[str, ...]


def messages(path: Path) -> list[Message]:
    if not path.exists():
        return []
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "" if translation is None else translation.get("type", "")
            forms = (
                ()
                if translation is None
                else tuple(form.text or "" for form in translation.iter("numerusform"))
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    "" if translation is None else (translation.text or ""),
                    state,
                    forms,
                )
            )
    return found


def problems_of(area: str, language: str) -> list[str]:
    """What is wrong with one area's source: out of step with the code, unfinished, or a
    translation whose placeholders or markup differ from its English text."""
    path = source_path(area, language)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = source_path(area, language, Path(folder))
        if path.exists():
            shutil.copy(path, fresh)
        lupdate(area, language, fresh)
        before = {(m.context, m.source) for m in messages(path)}
        after = messages(fresh)
    for message in after:
        key = (message.context, message.source)
        where = f"{path.name}: [{message.context}] {message.source[:70]!r}"
        if key not in before:
            problems.append(f"{where}: not in the source (run make translations)")
            continue
        texts = message.numerus or (message.translation,)
        if message.state == "unfinished" or not all(texts):
            problems.append(f"{where}: not translated")
            continue
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(
                set(PLACEHOLDER.findall(message.source))
            ):
                problems.append(f"{where}: placeholders differ in {text[:70]!r}")
            if sorted(MARKUP.findall(text)) != sorted(MARKUP.findall(message.source)):
                problems.append(f"{where}: markup differs in {text[:70]!r}")
    stale = before - {(m.context, m.source) for m in after}
    problems.extend(
        f"{path.name}: [{context}] {source[:70]!r}: no longer in the code (run make translations)"
        for context, source in sorted(stale)
    )
    return problems


def clashes(language: str) -> list[str]:
    """A text (context, source and comment) translated differently in two areas: the compiled
    catalogue and `i18n` would each keep one of them, and not always the same one."""
    first: dict[tuple[str, str, str], tuple[str, str]] = {}
    problems = []
    for path in sorted(FOLDER.glob(f"*_{language}.ts")):
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or message.get("numerus") == "yes":
                    continue
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                text = translation.text or ""
                earlier = first.setdefault(key, (path.name, text))
                if earlier[1] != text:
                    problems.append(
                        f"{path.name}: [{name}] {key[1][:70]!r} is {text!r} here "
                        f"but {earlier[1]!r} in {earlier[0]}: one text, one translation"
                    )
    return problems


def compiled_problems(language: str) -> list[str]:
    target = FOLDER / f"sqms_{language}.qm"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / target.name
        release(language, fresh)
        if not target.exists() or target.read_bytes() != fresh.read_bytes():
            return [f"{target.name} is not compiled from the current sources (make translations)"]
    return []


def _selected(areas: Iterable[str] | None) -> list[str]:
    chosen = list(areas or AREAS)
    for area in chosen:
        if area not in AREAS:
            raise SystemExit(f"no area {area!r}: one of {', '.join(AREAS)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument("--area", action="append", help="only this area (repeatable)")
    args = parser.parse_args(argv)
    languages = args.language or list(LANGUAGES)
    areas = _selected(args.area)
    FOLDER.mkdir(parents=True, exist_ok=True)
    if args.command == "update":
        for language in languages:
            for area in areas:
                lupdate(area, language, source_path(area, language))
                print(f"{source_path(area, language).relative_to(ROOT)} updated")
        update_english_plurals()
        print(f"{PLURALS_EN.relative_to(ROOT)} updated")
    if args.command in ("update", "release"):
        for language in [*languages, ENGLISH]:
            release(language, FOLDER / f"sqms_{language}.qm")
            print(f"resources/translations/sqms_{language}.qm compiled")
        return 0
    problems = [p for language in languages for area in areas for p in problems_of(area, language)]
    problems += [p for language in languages for p in clashes(language)]
    problems += [p for language in languages for p in compiled_problems(language)]
    problems += english_problems()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
