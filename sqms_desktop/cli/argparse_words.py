"""argparse's own words ("usage:", "options:", "error: the following arguments are required")
in the language of the command line.

argparse writes its headings, its standard help lines and its usage errors through the module's
`_` and `ngettext` (gettext's, bound when argparse is imported, with no catalogue of ours behind
them). While a command line is parsed, `argparse_speaking()` points them at our catalogue, so
the words around our translated help texts are German in German too; English is unchanged (an
untranslated text is its English source). The texts are argparse's own (Python 3.11–3.13),
listed here for the translators under the context "argparse".
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _words(text: str) -> str:
    return translate("argparse", text)


def _counted(one: str, other: str, count: int) -> str:
    return translate("argparse", one if count == 1 else other)


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse speaks the language in use until the block ends (then as before)."""
    saved = (getattr(argparse, "_", None), getattr(argparse, "ngettext", None))
    setattr(argparse, "_", _words)  # noqa: B010 - argparse's own module-level name
    setattr(argparse, "ngettext", _counted)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010
