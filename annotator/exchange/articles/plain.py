"""Plain text and Markdown files."""

from __future__ import annotations

import re

from annotator.core.text import normalise_text
from annotator.exchange.articles.encoding import decode_text_bytes
from annotator.exchange.articles.model import ImportedArticle

__all__ = ["read_plain"]

_ATX_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def read_plain(data: bytes, name: str, *, markdown: bool) -> ImportedArticle:
    text = normalise_text(decode_text_bytes(data, name))
    title = ""
    if markdown:
        first = next((line for line in text.split("\n") if line.strip()), "")
        match = _ATX_HEADING.match(first.strip())
        if match:
            title = match.group(1)
    return ImportedArticle(text=text, title=title, source_name=name)
