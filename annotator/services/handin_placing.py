"""What an import needs besides the storing itself: the exercise read once per run, copies
found across the files of a run, and annotations placed in the instructor's text."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from annotator.core.text import quote_context
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.exchange.handin_records import HandinRecord
from annotator.storage.models import Exercise

__all__ = ["ExerciseInfo", "check_fits", "copies_in_run", "exercise_info", "place", "remap"]

# Ids of what a hand-in brings for a person it may not touch are derived from this, so that
# importing the same file again finds the same new student and replaces their work.
_REDIRECT = uuid.UUID("7b1e4c2a-5d36-4f0e-9a8b-2c6d1e0f9a31")


@dataclass(frozen=True)
class ArticleInfo:
    text: str
    sha256: str
    title: str


@dataclass(frozen=True)
class ExerciseInfo:
    """The parts of an exercise an import checks a hand-in against (read once per run)."""

    id: uuid.UUID
    title: str
    revision: int
    articles: dict[uuid.UUID, ArticleInfo]
    tag_ids: frozenset[uuid.UUID]
    tag_keys: dict[str, uuid.UUID]
    questions: frozenset[uuid.UUID]


def exercise_info(session: Session, exercise_id: uuid.UUID) -> ExerciseInfo | None:
    exercise = session.get(Exercise, exercise_id)
    if exercise is None:
        return None
    return ExerciseInfo(
        id=exercise.id,
        title=exercise.title,
        revision=exercise.revision,
        articles={a.id: ArticleInfo(a.text, a.sha256, a.title) for a in exercise.articles},
        tag_ids=frozenset(t.id for t in exercise.tag_set.tags),
        tag_keys={t.key: t.id for t in exercise.tag_set.tags},
        questions=frozenset(q.id for q in exercise.questions),
    )


def check_fits(info: ExerciseInfo, record: HandinRecord, file: Path) -> dict[uuid.UUID, uuid.UUID]:
    """Refuse a hand-in that does not fit the exercise; return hand-in tag id -> tag id."""
    if record.exercise_revision > info.revision:
        raise HandinError(f"{file}: " + HandinText.tr(
            "made for revision {made} of {title}, this database has revision {here}; import "
            "the newer exercise first").format(made=record.exercise_revision,
                                               title=repr(info.title), here=info.revision))
    for article in record.articles:
        if article.id not in info.articles:
            raise HandinError(f"{file}: " + HandinText.tr(
                "article {article} is not part of exercise {title}").format(
                    article=repr(article.title), title=repr(info.title)))
    tag_map: dict[uuid.UUID, uuid.UUID] = {}
    for tag in record.tags:
        if tag.id in info.tag_ids:
            tag_map[tag.id] = tag.id
        elif tag.key in info.tag_keys:
            tag_map[tag.id] = info.tag_keys[tag.key]
    for a in record.annotations:
        if a.tag_id not in tag_map:
            raise HandinError(f"{file}: " + HandinText.tr(
                "uses tag {key}, which is not in the exercise's tag set").format(
                    key=repr(a.tag_key)))
    for answer in record.answers:
        if answer.question_id not in info.questions:
            raise HandinError(f"{file}: " + HandinText.tr(
                "answers question {question}, which this exercise does not ask").format(
                    question=repr(answer.question_text[:60])))
    return tag_map


def copies_in_run(records: Sequence[HandinRecord | None]) -> dict[int, list[int]]:
    """Files of one run holding the same annotations under different people: for each
    such file (by index), the other files it shares annotations with."""
    owner: dict[uuid.UUID, list[int]] = {}
    for index, record in enumerate(records):
        if record is None:
            continue
        for annotation in record.annotations:
            owner.setdefault(annotation.id, []).append(index)
    # Files sharing one id usually share them all: look at each distinct group once.
    groups = {tuple(indexes) for indexes in owner.values() if len(indexes) > 1}
    copies: dict[int, set[int]] = {}
    for group in groups:
        people = {i: records[i].annotator.id for i in group}  # type: ignore[union-attr]
        if len(set(people.values())) < 2:
            continue
        for i in group:
            others = {j for j in group if people[j] != people[i]}
            if others:
                copies.setdefault(i, set()).update(others)
    return {i: sorted(others) for i, others in copies.items()}


def redirected_id(person: uuid.UUID) -> uuid.UUID:
    """The id of the new student made for a hand-in naming someone it may not touch."""
    return uuid.uuid5(_REDIRECT, str(person))


def remap(new_person: uuid.UUID, old: uuid.UUID) -> uuid.UUID:
    """An annotation's or link's id under a redirected student (never another's id)."""
    return uuid.uuid5(new_person, str(old))


def _nfc(text: str) -> str:
    """Stored texts are NFC; a quote written by another tool may not be."""
    return unicodedata.normalize("NFC", text)


def place(
    record: HandinRecord,
    info: ExerciseInfo,
    tag_map: dict[uuid.UUID, uuid.UUID],
    person: uuid.UUID,
    ids: dict[uuid.UUID, uuid.UUID],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Rows for placed annotations and orphans, and how many were re-anchored.

    On the text the student worked on (same fingerprint), a span either holds its quote at
    its offsets or is an orphan to review: re-anchoring is for changed texts, never a guess
    about a span that does not fit its own text (issue 13).
    """
    fingerprints = {a.id: a.sha256 for a in record.articles}
    placed: list[dict[str, Any]] = []
    orphans: list[dict[str, Any]] = []
    reanchored = 0
    articles: dict[uuid.UUID, tuple[str, bool]] = {
        article_id: (article.text, fingerprints.get(article_id) == article.sha256)
        for article_id, article in info.articles.items()}
    for a in record.annotations:
        text, same_text = articles[a.article_id]
        common = {
            "id": ids.get(a.id, a.id) if ids else a.id,
            "article_id": a.article_id,
            "annotator_id": person,
            "tag_id": tag_map[a.tag_id],
            "note": a.note,
            "created": a.created,
            "modified": a.modified,
        }
        fits = 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.exact
        if fits and same_text:
            placed.append({**common, "start": a.start, "end": a.end, "exact": a.exact,
                           "prefix": a.prefix, "suffix": a.suffix})
            continue
        anchor = None
        if not same_text:
            # numpy and rapidfuzz are imported only when a text changed (most imports
            # never need them; the command starts faster)
            from annotator.core.anchoring import reanchor

            anchor = reanchor(text, _nfc(a.exact), _nfc(a.prefix), _nfc(a.suffix), a.start,
                              a.end)
        if anchor is None:
            orphans.append({**common, "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix,
                            "original_start": a.start, "original_end": a.end})
            continue
        prefix, exact, suffix = quote_context(text, anchor.start, anchor.end)
        placed.append({**common, "start": anchor.start, "end": anchor.end, "exact": exact,
                       "prefix": prefix, "suffix": suffix})
        reanchored += 1
    return placed, orphans, reanchored
