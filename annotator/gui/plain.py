"""Showing untrusted strings (article text, names, notes, labels) as plain text.

Qt guesses whether a string is rich text in tooltips and message boxes; these helpers make
sure it never interprets a student's or a web page's text as HTML.
"""

from __future__ import annotations

import html


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped inside explicit rich text)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def rich(text: str) -> str:
    """Escape ``text`` for embedding in rich text built by the app itself."""
    return html.escape(text).replace("\n", "<br>")
