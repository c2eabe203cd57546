"""The words of a refused annotation, shared by ``services/annotations.py`` and the
start-up preview's plain ``sqlite3`` writes (``storage/early_annotate.py``), which must not
wait for SQLAlchemy: one context (``AnnotationText``), each message written once."""

from __future__ import annotations

import uuid

from annotator.core.i18n import Texts

__all__ = ["AnnotationText", "no_article", "outside", "tag_mismatch"]


class AnnotationText(Texts):
    """The translation context of refused annotations, links and answers."""


def outside(start: int, end: int, length: int) -> str:
    return AnnotationText.tr(
        "span {start}-{end} lies outside the article (%n character(s))", "", length).format(
        start=start, end=end)


def tag_mismatch() -> str:
    return AnnotationText.tr("that tag does not belong to this exercise's tag set")


def no_article(article_id: uuid.UUID) -> str:
    return AnnotationText.tr("no article with id {id}").format(id=article_id)
