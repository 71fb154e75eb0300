"""The language the application speaks, for the parts that run without Qt (the command line,
the printed reports, the words of `vocab`, the messages of services and queries).

Source texts are English and are written where they are used, wrapped as
`translate("context", "Text with {placeholders}")`, so that Qt's `pyside6-lupdate` finds them in
any module just as it finds `self.tr(...)` in the GUI. The translations are Qt Linguist sources,
`resources/translations/<area>_<language>.ts`, one file per area of the code; the window loads
them compiled (`sqms_<language>.qm`, through `QTranslator`), this module reads the same sources
directly, so both speak from one catalogue (docs/design.md, "Languages").

A text formatted with values is translated first and formatted after:
`translate("cli", "No store at {path}").format(path=path)`. A count takes two texts, both
translated, and `plural` picks the one that fits: `plural(n, translate("cli", "{n} change"),
translate("cli", "{n} changes")).format(n=n)` (English and German both have one form for 1 and
another for every other count). A text kept in a table to be shown later is marked with
`QT_TRANSLATE_NOOP("context", "Text")` and translated when shown.

Imports nothing of the application but `resources`, so every layer may translate.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from sqms_desktop.resources import translations_dir

SOURCE_LANGUAGE = "en"
# The languages the application speaks, by their ISO 639-1 code, each named in itself.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
# The environment variable that chooses the language of the command line and of reports made
# by it (`SQMS_LANG=de sqms …`); without it the system's language is used.
LANGUAGE_VARIABLE = "SQMS_LANG"

_lock = threading.Lock()
# The language in use, one per process (a dict, so that setting it needs no `global`).
_state = {"language": SOURCE_LANGUAGE}
# The language of the work under way in this thread (a report printed in its own language),
# set by `speaking`; None: the process's language. A context variable, so a report built on a
# worker thread never changes what the window's thread speaks, nor the other way round.
_speaking: ContextVar[str | None] = ContextVar("sqms_speaking", default=None)


def normalise(code: str | None) -> str:
    """The language a locale name or code asks for (`de_DE.UTF-8` → `de`), or English when the
    application does not speak it."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The language of the user's system, by the usual variables (LC_ALL, LC_MESSAGES, LANG,
    LANGUAGE) and then the C library's locale; English when none names one we speak."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise(value)
    for value in os.environ.get("LANGUAGE", "").split(":"):
        if value:
            return normalise(value)
    try:
        name = locale.getlocale(locale.LC_CTYPE)[0]
    except ValueError:
        name = None
    return normalise(name)


def requested_language() -> str:
    """The command line's language: `SQMS_LANG` if set, else the system's."""
    asked = os.environ.get(LANGUAGE_VARIABLE)
    return normalise(asked) if asked else system_language()


def set_language(code: str | None) -> str:
    """Speak `code` from now on (in this process); returns the language now in use."""
    chosen = normalise(code)
    with _lock:
        _state["language"] = chosen
    return chosen


def language() -> str:
    """The language now in use: the one `speaking` chose for the work under way in this
    thread, else the process's."""
    return _speaking.get() or _state["language"]


@contextmanager
def speaking(code: str | None) -> Iterator[str]:
    """Speak `code` in this thread (and context) until the block ends, whatever the process
    speaks: a report printed in its own language while the window goes on in the user's.
    Yields the language chosen; blocks nest."""
    token = _speaking.set(normalise(code))
    try:
        yield _speaking.get() or SOURCE_LANGUAGE
    finally:
        _speaking.reset(token)


class Translated(str):
    """A translated text that remembers its English source, also once formatted: the words a
    person reads, and underneath the sentence the program can still recognise whatever the
    language (a dialog finds the field a refusal names by its English words). Formatting a
    `Translated` formats both; a value that is itself `Translated` goes into the English text
    in English. The English of a formatted text is made only when asked for (it rarely is: the
    scorecards of 2,000 suppliers format some 30,000 sentences and read none back)."""

    _english: str | None
    _pending: tuple[str, tuple[object, ...], dict[str, object]] | None

    def __new__(
        cls,
        text: str,
        english: str | None = None,
        pending: tuple[str, tuple[object, ...], dict[str, object]] | None = None,
    ) -> Translated:
        made = super().__new__(cls, text)
        made._english = english
        made._pending = pending
        return made

    @property
    def english(self) -> str:
        if self._english is None:
            if self._pending is None:
                self._english = str(self)
            else:
                source, args, kwargs = self._pending
                self._english = source.format(
                    *(english(value) for value in args),
                    **{name: english(value) for name, value in kwargs.items()},
                )
                self._pending = None
        return self._english

    def format(self, *args: object, **kwargs: object) -> Translated:
        return Translated(str.format(self, *args, **kwargs), None, (self.english, args, kwargs))

    def __reduce__(self) -> tuple[type[Translated], tuple[str, str]]:
        return (Translated, (str(self), self.english))


def english(value: object) -> object:
    """The English of a translated text (a `Translated`, or an error whose message is one);
    any other value as it is."""
    if isinstance(value, Translated):
        return value.english
    if isinstance(value, BaseException) and len(value.args) == 1:
        return english(value.args[0])
    return value


def translate(context: str, text: str) -> str:
    """`text` in the language now in use; the English text itself where no translation is
    finished (never an empty string). A `Translated`, typed as the `str` it is to its users."""
    current = language()
    if current == SOURCE_LANGUAGE:
        return Translated(text)
    return Translated(catalogue(current).get((context, text)) or text, text)


def translate_to(code: str, context: str, text: str) -> str:
    """`text` in the language `code`, whatever the language now in use (a report printed in its
    own language)."""
    chosen = normalise(code)
    if chosen == SOURCE_LANGUAGE:
        return Translated(text)
    return Translated(catalogue(chosen).get((context, text)) or text, text)


def number_text(value: float, digits: int = 1, *, grouped: bool = False) -> str:
    """A figure as the language now in use writes it: 1,234.5 in English, 1.234,5 in German."""
    text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
    return _german_figures(text) if language() == "de" else text


def figure_text(text: str) -> str:
    """A figure already formatted in English (`f"{x:g}"`, "1,234.5") with the separators of
    the language now in use."""
    return _german_figures(text) if language() == "de" else text


def _german_figures(text: str) -> str:
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def date_text(day: dt.date) -> str:
    """A date as the language now in use writes it in a text: 2026-12-03 (ISO) in English,
    03.12.2026 in German."""
    return f"{day:%d.%m.%Y}" if language() == "de" else day.isoformat()


def plural(count: int, one: str, other: str) -> str:
    """The form of a counted text for `count`: `one` for exactly 1, `other` for every other
    count (the rule of English and German)."""
    return one if count == 1 else other


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translators (under the name `pyside6-lupdate` knows) without
    translating it now: it is kept (in a table of words, say) and translated when shown."""
    return text


def catalogue_files(code: str) -> list[Path]:
    """The Linguist sources of one language, `<area>_<code>.ts`, in name order."""
    folder = translations_dir()
    return sorted(folder.glob(f"*_{code}.ts")) if folder.is_dir() else []


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Every finished translation of one language by (context, source text), read from its
    Linguist sources. Unfinished, vanished and obsolete entries are left out, so their English
    source is shown instead."""
    found: dict[tuple[str, str], str] = {}
    for path in catalogue_files(code):
        root = ElementTree.parse(path).getroot()
        if root is None:
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if message.get("numerus") == "yes":
                    continue  # counted texts of the window: Qt's own plural forms, not ours
                text = translation.text or ""
                if text:
                    found[(name, source)] = text
    return found
