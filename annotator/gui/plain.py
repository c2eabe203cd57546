"""Showing untrusted strings (article text, names, notes, labels) as plain text.

Qt guesses whether a string is rich text in tooltips and message boxes; these helpers make
sure it never interprets a student's or a web page's text as HTML.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped inside explicit rich text)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def rich(text: str) -> str:
    """Escape ``text`` for embedding in rich text built by the app itself."""
    return html.escape(text).replace("\n", "<br>")


WORD_JOINER = "\u2060"


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: Qt removes a ``[*]`` (its modified-marker
    placeholder) from titles, so a literal one gets an invisible word joiner inside."""
    return text.replace("[*]", f"[{WORD_JOINER}*]")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box that shows ``text`` and ``informative`` literally, never as HTML."""
    box = QMessageBox(icon, window_title(title), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    return box
