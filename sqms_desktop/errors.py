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
