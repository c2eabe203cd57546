"""File names that are safe on Windows, macOS and Linux, built from untrusted titles and names."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["handin_file_name", "safe_file_part"]

# Forbidden on Windows (and "/" everywhere, ":" on classic macOS), plus control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)
MAX_PART_BYTES = 80  # two parts plus the suffix stay far below the 255-byte limit


def safe_file_part(text: str, fallback: str) -> str:
    """``text`` as one piece of a file name: forbidden characters become spaces, whitespace
    is collapsed, leading dots and trailing dots/spaces go, Windows device names are
    avoided, and the UTF-8 length is capped without splitting a character."""
    cleaned = unicodedata.normalize("NFC", text)
    cleaned = "".join(ch for ch in cleaned if unicodedata.category(ch) not in ("Cf", "Cs", "Co"))
    cleaned = " ".join(_FORBIDDEN.sub(" ", cleaned).split())
    cleaned = cleaned.lstrip(". ")
    encoded = cleaned.encode("utf-8")[:MAX_PART_BYTES]
    cleaned = encoded.decode("utf-8", errors="ignore").rstrip(". ")
    if not cleaned:
        return fallback
    if _RESERVED.match(cleaned.split(".")[0].strip()):
        cleaned = f"{cleaned}_"
    return cleaned


def handin_file_name(exercise_title: str, student: str, suffix: str = ".handin.json") -> str:
    """``<exercise title>-<student name>.handin.json`` (or another ``suffix``), safe on every
    desktop system."""
    return (
        f"{safe_file_part(exercise_title, 'exercise')}-{safe_file_part(student, 'student')}"
        f"{suffix}"
    )
