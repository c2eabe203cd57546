"""Noticing an unclean shutdown: a marker file lives next to the database while it is open.

:func:`mark_running` writes ``<database>.running`` at start and reports whether one was
already there (the last run ended without :func:`mark_clean_exit`: a crash, a kill, a power
cut). Call it only while holding the instance lock, so the marker is never another live
instance's.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["mark_clean_exit", "mark_running", "marker_path"]


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + ".running")


def mark_running(database: Path) -> bool:
    """Write the marker; return True if the previous run did not end cleanly."""
    marker = marker_path(database)
    unclean = marker.exists()
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(
        json.dumps({"pid": os.getpid(), "started": datetime.now(UTC).isoformat()}),
        encoding="utf-8",
    )
    return unclean


def mark_clean_exit(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)
