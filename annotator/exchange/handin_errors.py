"""The error raised for a hand-in (or any exchanged file) that cannot be read or written.

Every message is one line that names the file and says what is wrong with it, fit to show a
user in a summary table or on stderr.
"""

from __future__ import annotations

__all__ = ["HandinError"]


class HandinError(Exception):
    """A file could not be read, validated or written; ``str(error)`` names the file."""
