"""Domain errors: each carries a message a person can act on."""


class SqmsError(Exception):
    """Base class for errors the user should see as a plain message (no traceback)."""


class ValidationError(SqmsError):
    """Input a service refused; nothing was written."""


class NotFoundError(SqmsError):
    """A record named by the user does not exist."""


class StateError(SqmsError):
    """An action that the record's current state does not allow."""


class StoreError(SqmsError):
    """The store cannot be opened or used (locked, corrupt, too new, unreachable)."""


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
