"""What storing a span needs from its article: the text's length, the quote and its
context, and whether the tag belongs to the exercise's tag set.

A key press must not read a long article every time: counting the code points of a
100,000-word text and cutting three pieces out of it in SQL (``length``, ``substr``) took
about 2 ms per add, most of a key press's storage time. So the text is read once per
article and kept (:class:`ArticleTexts`); every call reads the article's fingerprint
(``sha256``, set with every text the app stores) with the tag check, and reads the text
again only when the fingerprint differs from the one kept, as after a newer revision of
the exercise. The stored text decides, as before.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections import OrderedDict
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from annotator.core.text import quote_context
from annotator.storage import models as m

__all__ = ["ArticleTexts", "SpanFacts", "span_facts"]

SpanFacts = tuple[int, str, str, str, bool]  # length, prefix, exact, suffix, tag fits


class ArticleTexts:
    """The texts of the last few articles annotated, each with its fingerprint."""

    KEEP = 4  # an exercise has two or three articles; a 1M-word text is about 7 MB

    def __init__(self) -> None:
        self._texts: OrderedDict[uuid.UUID, tuple[str, str]] = OrderedDict()
        self._lock = threading.Lock()  # the service may be called from a worker thread

    def get(self, article_id: uuid.UUID, sha256: str) -> str | None:
        with self._lock:
            kept = self._texts.get(article_id)
            if kept is None or kept[0] != sha256:
                return None
            self._texts.move_to_end(article_id)
            return kept[1]

    def put(self, article_id: uuid.UUID, sha256: str, text: str) -> None:
        with self._lock:
            self._texts[article_id] = (sha256, text)
            self._texts.move_to_end(article_id)
            while len(self._texts) > self.KEEP:
                self._texts.popitem(last=False)


@functools.cache
def _head_query() -> Select[str, bool]:
    """The article's fingerprint and whether the tag fits: no text read."""
    tag_set = select(m.Tag.tag_set_id).where(m.Tag.id == bindparam("tag_id")).scalar_subquery()
    return (
        select(m.Article.sha256, m.Exercise.tag_set_id == tag_set)
        .join(m.Exercise, m.Exercise.id == m.Article.exercise_id)
        .where(m.Article.id == bindparam("article_id"))
    )


@functools.cache
def _text_query() -> Select[Any]:
    return select(m.Article.text).where(m.Article.id == bindparam("article_id"))


def span_facts(session: Session | Connection, texts: ArticleTexts, article_id: uuid.UUID,
               start: int, end: int, tag_id: uuid.UUID) -> SpanFacts | None:
    """``(length, prefix, exact, suffix, tag fits)`` of a span of an article, in code
    points as everywhere (``core.text.quote_context``); None when there is no such article.
    A span outside the text gets empty quotes; the caller checks it against the length."""
    found = session.execute(_head_query(), dict(article_id=article_id, tag_id=tag_id)
                            ).one_or_none()
    if found is None:
        return None
    sha256, fits = found
    text = texts.get(article_id, sha256)
    if text is None:
        text = str(session.execute(_text_query(), dict(article_id=article_id)).scalar_one())
        texts.put(article_id, sha256, text)
    if not 0 <= start <= end <= len(text):  # the caller refuses it by the length
        return len(text), "", "", "", bool(fits)
    return (len(text), *quote_context(text, start, end), bool(fits))
