"""Mutated hand-ins for fuzzing the whole import path (issue 18).

:func:`class_setup` makes a class database holding the sample exercise, the answer key, an
instructor and a student made on this computer (the people no hand-in may touch), and a few
real hand-ins exported by the app. :func:`mutate` turns a real hand-in into a hostile one with
a :class:`random.Random`: values swapped for awkward ones (``300.0``, ``2**63``, blank names,
huge strings, wrong types), keys removed or added, annotations duplicated, ids pointed at
the protected people, the checksum usually recomputed so the deeper checks are reached, and
sometimes bytes overwritten or cut. :func:`protected_state` is what must never change.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from annotator.exchange.handin import content_checksum
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import load_exercise
from annotator.services.handins import export_handin
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.database import Database, open_database
from annotator.storage.models import Annotation, Annotator, Answer, Role

AWKWARD: list[Any] = [
    300.0, 1.5, -1, 0, 2**31, 2**63, -(2**63), 10**30, 1e308, True, None, "", "   ", "\t\n",
    "x" * 100_001, "😀" * 50, "\u0301", "<img src='/etc/passwd'>", [], {}, [1, 2], {"a": 1},
    "9999-99-99T99:99:99Z", "2026-02-30T10:00:00Z", "00000000-0000-0000-0000-000000000000",
]


@dataclass(frozen=True)
class ClassSetup:
    db_path: Path
    protected: tuple[uuid.UUID, ...]  # the key, an instructor, a local student
    handins: tuple[bytes, ...]


def class_setup(folder: Path, students: int = 3) -> ClassSetup:
    """A class database with protected people, and ``students`` real hand-ins."""
    folder.mkdir(parents=True, exist_ok=True)
    handins = []
    for n in range(students):
        ctx = AppContext(open_database(f"sqlite:///{folder / f'student-{n}.sqlite3'}"))
        ensure_sample_exercise(ctx.db)
        exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
        me = create_annotator(ctx.db, f"Student {n}")
        made = []
        for k in range(3 + n):
            article = exercise.articles[k % len(exercise.articles)]
            start = 7 * k + n
            made.append(ctx.annotations.add(article.id, me.id, start, start + 5 + k,
                                            exercise.tags[k % len(exercise.tags)].id,
                                            f"note {k}"))
        from annotator.storage.models import LinkKind

        ctx.annotations.add_link(made[0].id, made[1].id, LinkKind.SUPPORTS, "see")
        ctx.annotations.set_answer(exercise.questions[0].id, me.id, exercise.articles[0].id,
                                   "The Times")
        path = folder / f"student-{n}.json"
        export_handin(ctx.db, SAMPLE_EXERCISE_ID, me.id, path)
        handins.append(path.read_bytes())
        ctx.close()
    class_path = folder / "class.sqlite3"
    ctx = AppContext(open_database(f"sqlite:///{class_path}"))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    protected = []
    for name, role in (("Answer key", Role.KEY), ("Ms Teacher", Role.INSTRUCTOR),
                       ("Local Student", Role.STUDENT)):
        person = create_annotator(ctx.db, name, role)
        ctx.annotations.add(exercise.articles[0].id, person.id, 3, 12, exercise.tags[0].id,
                            f"{name}'s")
        protected.append(person.id)
    ctx.close()
    return ClassSetup(class_path, tuple(protected), tuple(handins))


def protected_state(db: Database, people: tuple[uuid.UUID, ...]) -> list[Any]:
    """Names, roles, annotations and answers of ``people`` (what no hand-in may change)."""
    with db.session() as s:
        rows: list[Any] = []
        for person in people:
            who = s.get(Annotator, person)
            rows.append((person, who.display_name if who else None,
                         who.role if who else None))
            rows.extend(s.execute(
                select(Annotation.id, Annotation.start, Annotation.end, Annotation.note,
                       Annotation.tag_id).where(Annotation.annotator_id == person)
                .order_by(Annotation.id)).all())
            rows.extend(s.execute(select(Answer.id, Answer.value).where(
                Answer.annotator_id == person).order_by(Answer.id)).all())
        return rows


def _containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _containers(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _containers(item, (*path, i))
    return found


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _fresh_ids(document: dict[str, Any], rng: random.Random) -> None:
    """Another student's hand-in of the same shape: new ids for them and their work."""
    def new() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    document["annotator"]["id"] = new()
    document["annotator"]["display_name"] = f"Student {rng.randrange(10**6)}"
    ids = {a["id"]: new() for a in document["annotations"]}
    for a in document["annotations"]:
        a["id"] = ids[a["id"]]
    for link in document["links"]:
        link["id"] = new()
        link["source_id"], link["target_id"] = ids[link["source_id"]], ids[link["target_id"]]


def mutate(original: bytes, rng: random.Random, protected: tuple[uuid.UUID, ...],
           *, fresh: bool = True) -> bytes:
    """A hostile variant of the hand-in ``original`` (``fresh``: usually another student's,
    with new ids, so that a batch is not all copies of each other)."""
    document = json.loads(original)
    if fresh and rng.random() < 0.8:
        _fresh_ids(document, rng)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paths = [p for p in _containers(document) if p]
        kind = rng.random()
        if kind < 0.3 and paths:  # replace a value
            path = rng.choice(paths)
            _at(document, path[:-1])[path[-1]] = copy.deepcopy(rng.choice(AWKWARD))
        elif kind < 0.36 and paths:  # remove a key or an item
            path = rng.choice(paths)
            parent = _at(document, path[:-1])
            del parent[path[-1]]
        elif kind < 0.4:  # add an unknown key somewhere
            holders = [p for p in _containers(document) if isinstance(_at(document, p), dict)]
            _at(document, rng.choice(holders))["extra"] = rng.choice(AWKWARD)
        elif kind < 0.5 and document.get("annotations"):  # duplicate or flood annotations
            items = document["annotations"]
            if isinstance(items, list) and items:
                item = rng.choice(items)
                items.extend(copy.deepcopy(item) for _ in range(rng.choice([1, 2, 50])))
        elif kind < 0.7 and isinstance(document.get("annotator"), dict):  # someone else
            document["annotator"]["id"] = str(rng.choice(protected))
            document["annotator"]["role"] = rng.choice(["student", "key", "instructor"])
        elif kind < 0.85 and isinstance(document.get("annotations"), list):  # offsets
            for item in document["annotations"]:
                if isinstance(item, dict) and rng.random() < 0.5:
                    shift = rng.choice([10**6, 2**62, -3, 1, 0.0])
                    if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                        item["start"] += shift
                        item["end"] += shift
        else:  # the same file under another student's id
            if isinstance(document.get("annotator"), dict):
                document["annotator"]["id"] = str(uuid.UUID(int=rng.getrandbits(128)))
    if isinstance(document, dict) and rng.random() < 0.85:
        with contextlib.suppress(TypeError, ValueError):
            document["checksum"] = content_checksum(document)
    data = json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8",
                                                                        "surrogatepass")
    if rng.random() < 0.08:  # damage the bytes too
        data = bytearray(data)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            at = rng.randrange(len(data))
            data[at : at + 4] = rng.randbytes(4)
        if rng.random() < 0.5:
            data = data[: rng.randrange(len(data))]
        data = bytes(data)
    return data
