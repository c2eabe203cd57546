"""Errors raised while reading or writing files.

Every message is one line that names the file and the problem, ready to show to a user.
"""

from __future__ import annotations

from os import PathLike

__all__ = ["ExchangeError"]


class ExchangeError(Exception):
    """A file could not be read or written; ``str(error)`` is ``"<file>: <problem>"``."""

    def __init__(self, file: str | PathLike[str], problem: str) -> None:
        self.file = str(file)
        self.problem = problem
        super().__init__(f"{self.file}: {problem}")

    def __str__(self) -> str:
        return f"{self.file}: {self.problem}"
