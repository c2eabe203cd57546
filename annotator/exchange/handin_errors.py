"""The error raised for a hand-in that cannot be read, validated or written.

Every message is one line that names the file and says what is wrong with it, fit to show a
user in a summary table or on stderr. It is an :class:`~annotator.exchange.errors.ExchangeError`,
so callers that handle every file problem catch one class.
"""

from __future__ import annotations

from annotator.core.i18n import Texts
from annotator.exchange.errors import ExchangeError

__all__ = ["HandinError", "HandinText"]


class HandinText(Texts):
    """The translation context of hand-in problems (the file name stays in front)."""


class HandinError(ExchangeError):
    """A hand-in could not be read, validated or written; ``str(error)`` names the file."""

    def __init__(self, message: str) -> None:
        file, _, problem = message.partition(": ")
        Exception.__init__(self, message)
        self.file, self.problem, self._message = file, problem, message

    def __str__(self) -> str:
        return self._message
