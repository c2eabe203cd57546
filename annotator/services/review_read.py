"""Reading a class for the review: the exercise, its students and one article's spans, in
plain SQL on the driver's connection (:class:`annotator.storage.sql_reader.Reader`), never
as ORM objects. A class of 1,000 students is 150,000 rows; as ORM objects or UUIDs parsed
row by row they took longer than the review's arithmetic.

Who counts: students are annotators with role STUDENT who made at least one annotation in the
article (a student who handed in nothing for an article is missing data, not "no highlights",
and is left out of that article's agreement; they are still listed, in ``not_marked``, and
the exercise's ``students`` list names everyone who handed in, "handed in, nothing marked"
when their hand-in held no annotations). The key is the KEY annotator with the most
annotations in the article (ties: the earliest created).

Names: two students with the same display name are told apart everywhere by their hand-in
file name (or, without one, the start of their id) after the name, "Ada (ada-2.json)".
Anonymised mode numbers the exercise's students "Student 1..N" in a stable order that reveals
nothing (sorted by their permanent id), the same numbers in every article.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from annotator.core.spans import Span
from annotator.services.not_found import ExerciseNotFoundError
from annotator.services.review_types import ArticleClass, ReviewText, StudentInfo
from annotator.storage.sql_reader import ROLE_KEY, ROLE_STUDENT, Reader

__all__ = ["ExerciseHead", "count_highlights", "find_exercise", "gather", "read_exercise",
           "students"]


@dataclass(frozen=True)
class ExerciseHead:
    """An exercise as the review needs it: title, tag set and articles (id, title) in order."""

    id: uuid.UUID
    title: str
    tag_set: object  # the tag set's id as stored
    articles: tuple[tuple[uuid.UUID, str], ...]


def find_exercise(r: Reader, text: str) -> uuid.UUID:
    """A full exercise id or an unambiguous prefix of one (as the CLI prints them), as
    ``services.exercises.parse_exercise_id`` reads it."""
    wanted = text.strip().lower()
    ids = [r.id_text(row[0]) for row in r.rows("SELECT id FROM exercise")]
    matches = [i for i in ids if i.startswith(wanted)] if wanted else []
    if len(matches) != 1:
        raise ExerciseNotFoundError(wanted)
    return uuid.UUID(matches[0])


def read_exercise(r: Reader, exercise_id: uuid.UUID) -> ExerciseHead:
    found = r.rows("SELECT title, tag_set_id FROM exercise WHERE id = ?",
                   (r.id_param(exercise_id),))
    if not found:
        raise ExerciseNotFoundError(exercise_id)
    articles = r.rows("SELECT id, title FROM article WHERE exercise_id = ? ORDER BY position",
                      (r.id_param(exercise_id),))
    return ExerciseHead(exercise_id, found[0][0], found[0][1],
                        tuple((uuid.UUID(r.id_text(a)), t) for a, t in articles))


def students(r: Reader, exercise_id: uuid.UUID, anonymise: bool) -> list[StudentInfo]:
    """Every student who annotated an article of the exercise or handed it in."""
    ident = r.id_param(exercise_id)
    marked = {r.id_text(row[0]) for row in r.rows(
        "SELECT DISTINCT n.annotator_id FROM annotation n "
        "JOIN article a ON a.id = n.article_id JOIN annotator p ON p.id = n.annotator_id "
        "WHERE a.exercise_id = ? AND p.role = ?", (ident, ROLE_STUDENT))}
    files = {r.id_text(who): PurePath(source.replace("\\", "/")).name for who, source in r.rows(
        "SELECT annotator_id, source_file FROM handin WHERE exercise_id = ?", (ident,))}
    wanted = marked | set(files)
    people = {}
    if wanted:
        for raw, name in r.rows("SELECT id, display_name FROM annotator WHERE role = ?",
                                (ROLE_STUDENT,)):
            sid = r.id_text(raw)
            if sid in wanted:
                people[sid] = name
    if anonymise:  # nothing that could name them: no display name, no file name
        shown = {sid: f"Student {i}" for i, sid in enumerate(sorted(people), start=1)}
        people, files = shown, {}
    else:
        shown = _told_apart(people, files)
    return [StudentInfo(sid, shown[sid], people[sid], files.get(sid, ""), sid in marked)
            for sid in sorted(people, key=lambda sid: (shown[sid].casefold(), sid))]


def _told_apart(people: dict[str, str], files: dict[str, str]) -> dict[str, str]:
    """Display names, with the hand-in file (or the id's start) after names held by two or
    more students."""
    counts = Counter(name.casefold() for name in people.values())
    shown = {}
    for sid, name in people.items():
        if counts[name.casefold()] < 2:
            shown[sid] = name
        else:
            shown[sid] = f"{name} ({files.get(sid) or sid[:8]})"
    if len(set(shown.values())) < len(shown):  # the same file name in two folders
        shown = {sid: (f"{name} ({sid[:8]})" if counts[people[sid].casefold()] > 1 else name)
                 for sid, name in shown.items()}
    return shown


def gather(r: Reader, exercise: ExerciseHead, article_id: uuid.UUID,
           people: Sequence[StudentInfo]) -> ArticleClass:
    """One article's students' and key's spans (a few plain queries, no ORM objects)."""
    article = r.id_param(article_id)
    title, text = r.rows("SELECT title, text FROM article WHERE id = ?", (article,))[0]
    tag_rows = r.rows("SELECT id, key, label, colour FROM tag WHERE tag_set_id = ? "
                      "ORDER BY position", (exercise.tag_set,))
    tag_key = {raw: key for raw, key, _label, _colour in tag_rows}
    who = {raw: (r.id_text(raw), role, created) for raw, role, created in r.rows(
        "SELECT id, role, created FROM annotator WHERE id IN "
        "(SELECT annotator_id FROM annotation WHERE article_id = ?)", (article,))}
    rows = r.rows('SELECT annotator_id, tag_id, start, "end" FROM annotation '
                  "WHERE article_id = ?", (article,))
    student_rows: list[tuple[str, int, int, str]] = []
    key_rows: dict[str, list[tuple[str, int, int, str]]] = {}
    key_created: dict[str, object] = {}
    for raw_who, raw_tag, start, end in rows:
        tag = tag_key.get(raw_tag)
        if tag is None:
            raise ValueError(ReviewText.tr(
                "article {title!r}: an annotation uses a tag outside the exercise's tag set"
            ).format(title=title))
        ident, role, created = who[raw_who]
        if role == ROLE_STUDENT:
            student_rows.append((ident, start, end, tag))
        elif role == ROLE_KEY:
            key_rows.setdefault(ident, []).append((ident, start, end, tag))
            key_created[ident] = created
    names = {p.id: p.name for p in people}
    present = {row[0] for row in student_rows}
    ordered = tuple(sorted(present, key=lambda sid: (names.get(sid, "").casefold(), sid)))
    key_id = None
    if key_rows:
        key_id = min(key_rows, key=lambda k: (-len(key_rows[k]), key_created[k], k))
    return ArticleClass(
        article_id=str(article_id),
        title=title,
        text=text,
        tags=tuple(key for _raw, key, _label, _colour in tag_rows),
        tag_info={key: {"label": label, "colour": colour}
                  for _raw, key, label, colour in tag_rows},
        students=ordered,
        names=names,
        # Sorting plain tuples compares in C; Span's own order is the same (its fields in
        # this order), so the spans come out exactly as sorted(spans) would give them.
        student_spans=_spans(sorted(student_rows)),
        key_id=key_id,
        key_spans=_spans(sorted(key_rows.get(key_id, []))) if key_id else (),
        not_marked=tuple(p.id for p in people if p.id not in present),
    )


def _spans(rows: list[tuple[str, int, int, str]]) -> tuple[Span, ...]:
    return tuple(Span(*row) for row in rows)


def count_highlights(r: Reader, exercise_id: uuid.UUID) -> int:
    """How many highlights students made in the exercise (one COUNT query)."""
    found = r.rows(
        "SELECT count(*) FROM annotation n JOIN annotator p ON p.id = n.annotator_id "
        "WHERE n.article_id IN (SELECT id FROM article WHERE exercise_id = ?) "
        "AND p.role = ?", (r.id_param(exercise_id), ROLE_STUDENT))
    return int(found[0][0] or 0)
