"""Every user setting declared once, with its default, stored with QSettings.

The settings file lives in the config folder (``ANNOTATOR_CONFIG_DIR`` redirects it), as an
INI file on every platform so that it can be inspected and moved with the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from annotator.paths import config_dir


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


ZOOM = Option("view/zoom", 0, int)  # steps of one point from the default size
DARK = Option("view/appearance", "system", str)  # system | light | dark
LANGUAGE = Option("view/language", "", str)  # "" follows the system; else gui/i18n.LANGUAGES
GEOMETRY = Option("window/geometry", b"", bytes)
STATE = Option("window/state", b"", bytes)
SPLITTER = Option("window/splitter", b"", bytes)
LAST_EXERCISE = Option("session/last_exercise", "", str)
STUDENT_ID = Option("session/annotator_id", "", str)
RECENT = Option("session/recent_exercises", [], list)
SYNC_SCROLL = Option("view/sync_scroll", False, bool)
# JSON: {exercise id: [article ids in pane order]}
PANE_ORDER = Option("view/pane_order", "{}", str)
# The school server last connected to, without the password (gui/server_connect.py).
SERVER_URL = Option("session/server_url", "", str)
# JSON: {article id: code-point offset of the first visible character}
SCROLL_POSITIONS = Option("view/scroll_positions", "{}", str)


class Settings:
    def __init__(self, path: str | None = None) -> None:
        target = path or str(config_dir() / "settings.ini")
        self._q = QSettings(target, QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value: Any = self._q.value(option.key, option.default)
        if value is None:
            return option.default
        if option.kind is bool and isinstance(value, str):
            return value.lower() == "true"
        if option.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.kind is list:
            if isinstance(value, str):
                return [value] if value else []
            return list(value)
        if option.kind is bytes:
            return bytes(value.data()) if hasattr(value, "data") else bytes(value or b"")
        return value

    def set(self, option: Option, value: Any) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()
