"""What an imported article is, and the error every importer raises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from annotator.core.i18n import Texts
from annotator.exchange.errors import ExchangeError

__all__ = ["ArticleImportError", "ImportedArticle", "iso_date"]


class ArticleText(Texts):
    """The translation context of article-import problems."""


class ArticleImportError(ExchangeError):
    """An article file could not be imported; nothing was imported from it."""


@dataclass(frozen=True)
class ImportedArticle:
    """An article's normalised text and whatever provenance its file carried.

    Provenance the file does not carry is ``""``; it is never guessed. ``published`` is an ISO
    date (``YYYY-MM-DD``) or ``""``. ``source_name`` is the file name (or ``"clipboard"``).
    """

    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    language: str = ""
    source_name: str = ""


def iso_date(value: object) -> str:
    """An ISO ``YYYY-MM-DD`` date from a datetime, a date or an ISO-like string, else ``""``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if not text:
        return ""
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return dt.datetime.fromisoformat(candidate).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return ""
