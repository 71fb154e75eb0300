"""The `sqms` command line: everything the GUI does, headless, for people and scripts.

`main` parses the arguments with the parser of `parser.py`, which names each command's handler
as "module:function"; only then is that one module imported and run. Errors become one line on
standard error and an exit code (`exit_code`), the same for every command:

- 0: done.
- 1: a well-formed request refused (permission, state, not found, busy, verification failed).
- 2: bad input: a usage error (argparse), a store path that does not exist for a command that
  only reads, an input file that is not what it claims (each importer's own error, naming the
  file and why) and any other `ValidationError`.
- 70: a bug (its traceback goes to the log).
- 130: interrupted.

The command line speaks the language chosen by `--lang` (before the command), else `SQMS_LANG`,
else the system's (`i18n.requested_language`); it is set before the parser is built, whose help
texts are translated as they are declared. What scripts read stays as it is in every language:
`--json` output, command and option names, exit codes. `--version` needs no translated text, so
it never loads the catalogue.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sqms_desktop import __version__, i18n
from sqms_desktop.i18n import SOURCE_LANGUAGE, speaking, translate

if TYPE_CHECKING:
    from sqms_desktop.errors import SqmsError

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_CANCELLED",
    "EXIT_ERROR",
    "EXIT_INTERNAL",
    "build_parser",
    "chosen_language",
    "exit_code",
    "main",
]

log = logging.getLogger(__name__)
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70
EXIT_CANCELLED = 130

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:
        # The version is the program's, not the parser's: answered before the parser is built
        # (every command's declaration, ~50 ms, twice that in German). Any other spelling
        # (`--vers`, `--db X --version`) goes through argparse and prints the same line.
        print(f"sqms {__version__}")
        return 0
    previous = i18n.language()
    # Before the parser is built: its help texts are translated as they are declared.
    i18n.set_language(chosen_language(words))
    from sqms_desktop.cli.argparse_words import argparse_speaking

    try:
        with argparse_speaking():  # its own words ("usage:", "error: …") in that language too
            return _run(words)
    finally:
        i18n.set_language(previous)  # one command in this process: the language was its own


# The global options (those before the command) that take a value, and all of them, by full
# name: argparse also takes a unique abbreviation (`--lan de`), and so does `chosen_language`.
_GLOBAL_WITH_VALUE = ("--db", "--user", "--lang")
_GLOBAL_OPTIONS = (*_GLOBAL_WITH_VALUE, "--debug", "--demo", "--help", "--version")


def _global_option(word: str) -> str | None:
    """The global option `word` names (`--lang`, `--lan=de` → "--lang"), or None."""
    name = word.partition("=")[0]
    if name in _GLOBAL_OPTIONS:
        return name
    found = [option for option in _GLOBAL_OPTIONS if option.startswith(name)]
    return found[0] if len(found) == 1 and len(name) > 2 else None


def chosen_language(argv: Sequence[str]) -> str:
    """The language `sqms ARGV` speaks: `--lang` before the command, else `SQMS_LANG`, else the
    system's. English for `--version`, which shows no translated text (no catalogue is read)."""
    asked: str | None = None
    words = iter(argv)
    for word in words:
        if not word.startswith("-") or word == "--":
            break  # the command: what follows is its own (`report pdf --lang` is the report's)
        option = _global_option(word)
        if option == "--version":
            return i18n.SOURCE_LANGUAGE
        if option in _GLOBAL_WITH_VALUE and "=" not in word:
            value = next(words, None)
        else:
            value = word.partition("=")[2]
        if option == "--lang" and value:
            asked = value
    return i18n.normalise(asked) if asked else i18n.requested_language()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command (`parser.build_parser`), imported when first asked for;
    with `command`, only that area's commands are declared (the others are listed)."""
    from sqms_desktop.cli.parser import build_parser as build

    return build(command)


def command_word(argv: Sequence[str]) -> str | None:
    """The area `sqms ARGV` runs ("supplier" in `sqms --db x supplier list`), or None when the
    command line names none before its options end (`--help`, `--`)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return None
        if not word.startswith("-"):
            return word
        if _global_option(word) in _GLOBAL_WITH_VALUE and "=" not in word:
            next(words, None)
    return None


def _run(argv: list[str]) -> int:
    parser = build_parser(command_word(argv))
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    # Imported only now: --help and --version never get here.
    from sqms_desktop.errors import SqmsError
    from sqms_desktop.logsetup import setup_logging

    # Spreadsheets are parsed only through safe_xlsx.load_workbook and sync/workbook, each of
    # which first refuses an openpyxl without defusedxml (safe_xlsx.require_defusedxml); the
    # commands that read no spreadsheet do not load openpyxl (~0.1 s) to ask.
    log_path = setup_logging(debug=args.debug)
    try:
        if args.demo:
            _use_demo_store(args)
        if getattr(args, "json", False):
            # --json is an interface for scripts: the sentences the core makes inside it (a
            # proposal's explanation, the programme's reason) are English in every language.
            with speaking(SOURCE_LANGUAGE):
                return handler_of(args.handler)(args)
        return handler_of(args.handler)(args)
    except SqmsError as exc:
        print(translate("cli", "sqms: error: {message}").format(message=exc), file=sys.stderr)
        return exit_code(exc)
    except KeyboardInterrupt:
        print(translate("cli", "sqms: interrupted; nothing half-done was kept"), file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        if args.debug:
            raise
        print(
            translate(
                "cli",
                "sqms: unexpected error: {kind}: {message}\n"
                "This is a bug. Details are in {log}; run with --debug to see the traceback.",
            ).format(kind=exc.__class__.__name__, message=exc, log=log_path),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        # Only when a command opened a store (the module is imported lazily, with SQLAlchemy).
        output = sys.modules.get(f"{__name__}.output")
        if output is not None:
            output.close_opened_stores()


# A bundle or trust list refused for what the file is, not for whom it comes from.
_MALFORMED_BUNDLE = frozenset({"malformed", "not-a-bundle", "unsafe-name", "too-large"})


def exit_code(exc: SqmsError) -> int:
    """The one mapping of a refusal to an exit code: 2 for bad input (the caller can fix the
    command line or the file), 1 for a well-formed request that was refused."""
    from sqms_desktop.errors import BundleRefused, ValidationError

    if isinstance(exc, ValidationError):
        return EXIT_BAD_INPUT
    if isinstance(exc, BundleRefused) and exc.reason in _MALFORMED_BUNDLE:
        return EXIT_BAD_INPUT
    return EXIT_ERROR


def _use_demo_store(args: argparse.Namespace) -> None:
    """`--demo`: the command works on the demo store (`paths.demo_store_path`, the file
    `sqms-desktop --demo` opens), built first when it does not exist yet, as the window does."""
    from sqms_desktop.errors import ValidationError
    from sqms_desktop.paths import demo_store_path

    if getattr(args, "db", None):
        raise ValidationError(
            translate("cli", "--demo and --db both choose the store; give one of them")
        )
    path = demo_store_path()
    args.db = str(path)
    if path.exists() or args.handler == "demo:create":
        return
    from sqms_desktop.cli.demo import build_default_demo

    build_default_demo(path)


def handler_of(name: str) -> Handler:
    """The function a command names, "audits:answer", imported from its module in this package."""
    module, _, function = name.partition(":")
    handler: Handler = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return handler


if __name__ == "__main__":
    sys.exit(main())
