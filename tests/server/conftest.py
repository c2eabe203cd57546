"""Fixtures of the server tests (defined in school_fixtures.py, importable by name)."""

from __future__ import annotations

import sys
from pathlib import Path

from school_fixtures import outage_server, school

# The window tests here act as a student with the workspace helpers of tests/gui/.
sys.path.append(str(Path(__file__).resolve().parent.parent / "gui"))

__all__ = ["outage_server", "school"]
