"""Errors a user can act on. Front ends show `message` (Vietnamese) and never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action: `message` says what is wrong and where."""

    def __init__(self, message: str, *, field: str | None = None):
        self.message = message
        self.field = field
        super().__init__(message)


class NotFound(UserError):
    pass
