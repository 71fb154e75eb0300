"""Domain errors: each carries a message a person can act on."""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from xml.parsers.expat import ExpatError

from sqms_desktop.i18n import english, translate

log = logging.getLogger(__name__)


class SqmsError(Exception):
    """Base class for errors the user should see as a plain message (no traceback)."""

    @property
    def english(self) -> str:
        """The message in English, whatever language it is shown in (i18n.Translated)."""
        return str(english(self))


class ValidationError(SqmsError):
    """Input a service refused; nothing was written."""


class InputFileError(ValidationError):
    """A file given to an importer is not what it claims (not a workbook, a broken archive,
    malformed XML, text that is not UTF-8, missing parts); nothing was changed. `path` names
    the file, and the message says what is wrong with it."""

    def __init__(self, path: object, reason: str, *, message: str | None = None) -> None:
        super().__init__(message or f"{path}: {reason}")
        self.path = path
        self.reason = reason


class MissingStoreError(ValidationError):
    """A command that only reads was pointed at a store file that does not exist (a mistyped
    --db); no store was created."""


class NotFoundError(SqmsError):
    """A record named by the user does not exist."""


class StateError(SqmsError):
    """An action that the record's current state does not allow."""


class StoreError(SqmsError):
    """The store cannot be opened or used (locked, corrupt, too new, unreachable)."""


class StoreBusyError(StoreError):
    """Another writer held the store's write lock for longer than this action waits."""


class StoreTooNewError(StoreError):
    """The database was written by a newer SQMS Desktop than this one."""


class BundleRefused(SqmsError):
    """A bundle (or trust list) that is not imported; nothing was changed.

    `reason` is a short stable code scripts can test (`unknown-key`, `revoked-key`,
    `bad-signature`, `hash-mismatch`, `not-listed`, `unsafe-name`, `too-large`,
    `wrong-recipient`, `expired`, `older-trust-list`, `malformed`, `not-authorised`,
    `not-a-bundle`, `unique-clash`); the message says what a person can do about it.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class StoreDamagedError(StoreError):
    """SQLite's integrity check failed: the store is refused, never reset or repaired.

    `path` is the store file; `backup` the file name of the newest backup that verified, or
    None when there is none, so the window can offer to restore it.
    """

    def __init__(self, message: str, *, path: str, backup: str | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


def broken_file_reason(exc: BaseException) -> str:
    """What is wrong with a file, from the exception its parser raised, in a user's words."""
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return translate(
            "errors", "the file is damaged or cut short (a broken ZIP archive: {error})"
        ).format(error=exc)
    if isinstance(exc, SyntaxError | ExpatError):  # xml.etree's ParseError is a SyntaxError
        return translate("errors", "a part of the file is not well-formed XML ({error})").format(
            error=exc
        )
    if isinstance(exc, UnicodeError):
        return translate(
            "errors", "the file holds text that is not in the expected encoding ({error})"
        ).format(error=exc)
    if isinstance(exc, KeyError):
        return translate("errors", "a part the file needs is missing ({error})").format(error=exc)
    if isinstance(exc, IsADirectoryError):
        return translate("errors", "this is a folder, not a file")
    if isinstance(exc, OSError):
        return translate("errors", "the file cannot be read ({error})").format(
            error=exc.strerror or exc
        )
    if isinstance(exc, RecursionError | MemoryError):
        return translate("errors", "the file is nested too deeply or too large to read")
    return translate("errors", "the file cannot be read ({kind}: {error})").format(
        kind=exc.__class__.__name__, error=exc
    )


def file_problem(name: str, reason: str) -> str:
    """A problem of a file as a whole, written as a cell's problem is (`where: why`), for the
    importers that list problems by place."""
    return reason if reason.startswith(f"{name}: ") else f"{name}: {reason}"


@contextmanager
def refusing_broken_input(
    make: Callable[[str], SqmsError], own: type[SqmsError] | None = None
) -> Iterator[None]:
    """Around the code that reads a file from outside: whatever its parser raises on a
    hostile or damaged file (BadZipFile, ParseError, UnicodeDecodeError, KeyError, …) becomes
    the importer's own error, made by `make` from the reason, instead of a crash ("internal
    error"). A refusal of another kind of input error (`ValidationError`, e.g. the workbook
    container check) becomes the importer's own error too, when the importer names its own
    class (`own`), so a caller catches one class; other refusals pass through unchanged. The
    parser's exception is logged, so a bug inside a parser is not lost behind the message."""
    try:
        yield
    except SqmsError as exc:
        if own is None or isinstance(exc, own) or not isinstance(exc, ValidationError):
            raise
        raise make(str(exc)) from exc
    except Exception as exc:
        log.info("input refused as broken", exc_info=True)
        raise make(broken_file_reason(exc)) from exc
