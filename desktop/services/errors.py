"""Errors a user can act on. Front ends show `render(lang)` and never a traceback."""

from __future__ import annotations

from desktop.wording import DEFAULT_LANGUAGE, Text


class UserError(Exception):
    """Bad input or a refused action: the message says what is wrong and where.

    `message` is a `Text` from `desktop.wording.say` (a plain Vietnamese string is still
    accepted from code not yet moved to the catalogues; it renders the same in every language).
    """

    def __init__(self, message: str | Text, *, field: str | None = None):
        self.text = message
        self.field = field
        super().__init__(str(message))

    @property
    def message(self) -> str:
        """The Vietnamese wording (documents, logs, and callers that show no other language)."""
        return self.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang) if isinstance(self.text, Text) else self.text


class NotFound(UserError):
    pass
