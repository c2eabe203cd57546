"""Feedback end to end through the services: the instructor returns it, each student opens
only their own, after handing in; nothing of a classmate's markup travels in a file."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from feedback_scenario import KEY, STUDENTS, Classroom, build_classroom, new_database

from annotator.core.scoring import score_against_key
from annotator.core.spans import Span
from annotator.core.verdicts import Verdict, passage_verdicts
from annotator.exchange.feedback import FeedbackError, load_feedback
from annotator.services.annotators import create_annotator
from annotator.services.exercises_io import export_exercise
from annotator.services.feedback import build_feedback, parse_includes, return_feedback
from annotator.services.feedback_comments import set_comment
from annotator.services.feedback_student import (
    FeedbackRefused,
    hand_in,
    list_attempts,
    open_feedback,
    stored_feedback,
)
from annotator.services.review import gather_article
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Classroom]:
    classroom = build_classroom(tmp_path / "class")
    yield classroom
    classroom.close()


def _returned(room: Classroom, **kwargs: object) -> dict[str, Path]:
    results = return_feedback(room.teacher, SAMPLE_EXERCISE_ID, room.folder / "out", **kwargs)
    assert all(r.ok for r in results), [r.problem for r in results]
    return {r.student: r.path for r in results if r.path is not None}


def test_one_file_per_student_who_handed_in(room: Classroom) -> None:
    files = _returned(room)

    assert sorted(files) == ["Alice", "Bob", "Cara"]
    assert all(p.name.endswith(".feedback.json") and p.exists() for p in files.values())


def test_each_student_opens_only_their_own(room: Classroom) -> None:
    files = _returned(room)

    for name, student in room.students.items():
        opened = open_feedback(student.db, files[name], student.id, SAMPLE_EXERCISE_ID)
        assert opened.record.student_id == student.id
        assert opened.attempt == 1
        for other in set(files) - {name}:
            with pytest.raises(FeedbackRefused, match="another student"):
                open_feedback(student.db, files[other], student.id, SAMPLE_EXERCISE_ID)


def test_feedback_is_refused_before_the_student_handed_in(tmp_path: Path) -> None:
    room = build_classroom(tmp_path / "class", hand_in_names=("Alice", "Bob", "Cara"))
    try:
        files = _returned(room)
        # Alice's work on a second computer that never handed in
        fresh = new_database(tmp_path / "alice-home.sqlite")
        from annotator.storage.models import Annotator

        with fresh.session() as s:
            s.add(Annotator(id=room.students["Alice"].id, display_name="Alice"))
        with pytest.raises(FeedbackRefused, match="not handed in") as refused:
            open_feedback(fresh, files["Alice"], room.students["Alice"].id)
        assert refused.value.waiting
        assert str(refused.value).startswith(str(files["Alice"]))
        fresh.close()
    finally:
        room.close()


def test_feedback_for_another_exercise_is_refused(room: Classroom, tmp_path: Path) -> None:
    files = _returned(room)
    alice = room.students["Alice"]
    document = json.loads(files["Alice"].read_text("utf-8"))
    document["exercise"]["id"] = "00000000-0000-0000-0000-00000000beef"
    document["exercise"]["title"] = "Another exercise"
    from annotator.exchange.handin import content_checksum

    document["checksum"] = content_checksum(document)
    other = tmp_path / "other.feedback.json"
    other.write_text(json.dumps(document), "utf-8")

    with pytest.raises(FeedbackRefused, match="not on this computer"):
        open_feedback(alice.db, other, alice.id, SAMPLE_EXERCISE_ID)
    assert list_attempts(alice.db, SAMPLE_EXERCISE_ID, alice.id)[0].has_feedback is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("main point", "main pont", 1), "checksum mismatch"),
        (lambda t: t[: len(t) // 2], "truncated JSON"),
        (lambda t: t.replace('"format_version": 1', '"format_version": 9', 1), "newer"),
        (lambda t: "\ufeff" + t.replace("{", '{"x": 1, ', 1), "schema"),
        (lambda t: t.replace('"app_version"', '"app_version": "1", "app_version"', 1),
         "duplicate key"),
    ],
)
def test_tampered_files_are_refused(room: Classroom, change: object, message: str) -> None:
    files = _returned(room)
    alice = room.students["Alice"]
    path = files["Alice"]
    path.write_text(change(path.read_text("utf-8")), "utf-8")  # type: ignore[operator]

    with pytest.raises(FeedbackError, match=message) as refused:
        open_feedback(alice.db, path, alice.id, SAMPLE_EXERCISE_ID)
    assert str(refused.value).startswith(str(path))
    assert "\n" not in str(refused.value)
    assert list_attempts(alice.db, SAMPLE_EXERCISE_ID, alice.id)[0].has_feedback is False


def test_tampering_with_a_fresh_checksum_is_still_caught(room: Classroom) -> None:
    from annotator.exchange.handin import content_checksum

    files = _returned(room)
    path = files["Alice"]
    document = json.loads(path.read_text("utf-8"))
    counts = document["articles"][0]["class"]["counts"]
    first_tag = next(iter(counts))
    counts[first_tag][0][2] = 99  # more students than the class has
    document["checksum"] = content_checksum(document)
    path.write_text(json.dumps(document), "utf-8")

    with pytest.raises(FeedbackError, match="exceeds the class size"):
        load_feedback(path)


def test_nothing_of_another_students_markup_is_inside(room: Classroom) -> None:
    files = _returned(room)

    for name, path in files.items():
        raw = path.read_text("utf-8")
        for other, student in room.students.items():
            if other == name:
                continue
            assert other not in raw
            assert str(student.id) not in raw
            for annotation_id in student.annotations:
                assert str(annotation_id) not in raw
            for _article, quote, _tag, note in STUDENTS[other]:
                if note:
                    assert note not in raw
                in_own_or_key = any(quote == q for _a, q, _t, _n in STUDENTS[name]) or any(
                    quote == q for _a, q, _t, _e in KEY)
                if not in_own_or_key:
                    assert quote not in raw
        document = json.loads(raw)
        assert document["student"]["display_name"] == name
        for article in document["articles"]:
            assert article["class"]["n_students"] == 3
            assert set(article["class"]) == {"n_students", "counts"}


def test_key_explanations_scores_and_comments_travel(room: Classroom) -> None:
    alice = room.students["Alice"]
    teacher_alice = alice.id  # ids are kept by the import
    set_comment(room.teacher, SAMPLE_EXERCISE_ID, teacher_alice, "Good start; look at tone.")
    set_comment(room.teacher, SAMPLE_EXERCISE_ID, teacher_alice, "Is this evidence?",
                alice.annotations[1])
    files = _returned(room)

    record = load_feedback(files["Alice"])
    first = record.articles[0]
    assert first.key is not None
    assert [k.explanation for k in first.key][:1] == ["The writer's own view, not reporting."]
    assert record.comments is not None
    assert record.comments.overall == "Good start; look at tone."
    assert record.comments.on(alice.annotations[1]) == "Is this evidence?"
    # the scores are the review's own measures, not a second implementation
    data = gather_article(room.teacher, SAMPLE_EXERCISE_ID, first.id)
    mine = [s for s in data.student_spans if s.annotator == str(alice.id)]
    expected = score_against_key(len(data.text), mine, data.key_spans, data.tags)
    assert first.scores is not None
    assert first.scores.chars == expected.chars
    assert first.scores.exact == expected.exact
    assert first.scores.overlap == expected.overlap
    assert first.scores.confusion_counts == tuple(map(tuple, expected.confusion.counts.tolist()))
    # the verdicts Alice will see: agree on the claim, evidence tagged as claim, missed opinion
    key = [Span("key", k.start, k.end, k.tag_key) for k in first.key]
    yours = [Span("you", y.start, y.end, y.tag_key) for y in first.yours]
    kinds = [v.verdict for v in passage_verdicts(key, yours)]
    assert kinds == [Verdict.MISSED, Verdict.AGREE, Verdict.DIFFERENT_TAG]


def test_includes_choose_the_parts(room: Classroom) -> None:
    files = _returned(room, includes=parse_includes("scores"))
    record = load_feedback(files["Bob"])

    assert record.includes == ("scores",)
    assert all(a.key is None and a.class_counts is None for a in record.articles)
    assert record.comments is None
    assert record.articles[0].scores is not None
    with pytest.raises(ValueError, match="unknown part 'answers'"):
        parse_includes("key,answers")


def test_class_overlay_is_left_out_for_a_tiny_class(tmp_path: Path) -> None:
    room = build_classroom(tmp_path / "small", hand_in_names=("Alice", "Bob"))
    try:
        record, notes = build_feedback(room.teacher, SAMPLE_EXERCISE_ID, room.students["Bob"].id)
        assert "class" not in record.includes
        assert all(a.class_counts is None for a in record.articles)
        assert notes and "fewer than 3 students" in notes[0]
    finally:
        room.close()


def test_revise_and_hand_in_again_keeps_attempts_apart(room: Classroom) -> None:
    files = _returned(room)
    alice = room.students["Alice"]
    open_feedback(alice.db, files["Alice"], alice.id, SAMPLE_EXERCISE_ID)
    first_snapshot = _attempt_handin(alice)

    from feedback_scenario import tag_passage

    tag_passage(alice.db, alice.id, 0, "Well, thankfully we have a president", "opinion")
    hand_in(alice.db, SAMPLE_EXERCISE_ID, alice.id, room.folder / "alice-2.handin.json")

    attempts = list_attempts(alice.db, SAMPLE_EXERCISE_ID, alice.id)
    assert [a.number for a in attempts] == [1, 2]
    assert [a.has_feedback for a in attempts] == [True, False]
    assert _attempt_handin(alice) == first_snapshot  # attempt 1 as it was handed in
    stored = stored_feedback(alice.db, SAMPLE_EXERCISE_ID, alice.id)
    assert stored is not None
    assert (stored.attempt, stored.latest_attempt) == (1, 2)


def _attempt_handin(student: object) -> str:
    from sqlalchemy import select

    from annotator.storage.models import HandinAttempt

    with student.db.session() as s:  # type: ignore[attr-defined]
        return s.scalars(select(HandinAttempt.handin).where(HandinAttempt.number == 1)).one()


def test_an_exercise_package_never_carries_the_key(room: Classroom, tmp_path: Path) -> None:
    create_annotator(room.teacher, "Second key", __import__("annotator").storage.models.Role.KEY)
    package = tmp_path / "exercise.saexercise"
    export_exercise(room.teacher, SAMPLE_EXERCISE_ID, package)

    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        assert names
        contents = {name: archive.read(name).decode("utf-8", "replace") for name in names}
    for name, text in contents.items():
        assert "Answer key" not in text, name
        assert str(room.key_id) not in text, name
        for _article, _quote, _tag, explanation in KEY:
            assert explanation not in text, name
        for student in room.students.values():
            assert student.name not in text, name
    manifest = json.loads(contents["manifest.json"])
    assert "annotations" not in json.dumps(manifest)


@pytest.mark.parametrize("fmt", ["handin", "w3c", "csv", "html"])
def test_the_key_is_never_exported(room: Classroom, tmp_path: Path, fmt: str) -> None:
    from annotator.exchange.handin_errors import HandinError
    from annotator.services.handin_report import export_report
    from annotator.services.handins import export_handin

    target = tmp_path / f"key.{fmt}"
    with pytest.raises(HandinError, match="answer key is not exported") as refused:
        if fmt == "html":
            export_report(room.teacher, SAMPLE_EXERCISE_ID, room.key_id, target)
        else:
            export_handin(room.teacher, SAMPLE_EXERCISE_ID, room.key_id, target, fmt)  # type: ignore[arg-type]
    assert str(refused.value).startswith(str(target))
    assert not target.exists()


def test_nobody_annotating_yet_is_told_to_hand_in_first(room: Classroom) -> None:
    files = _returned(room)
    fresh = new_database(room.folder / "fresh.sqlite")
    try:
        with pytest.raises(FeedbackRefused, match="feedback opens after you hand in"):
            open_feedback(fresh, files["Alice"], None)
    finally:
        fresh.close()


def test_comments_survive_a_newer_hand_in(room: Classroom) -> None:
    from annotator.services.feedback_comments import comments_for
    from annotator.services.handins import import_handins

    alice = room.students["Alice"]
    set_comment(room.teacher, SAMPLE_EXERCISE_ID, alice.id, "Why claim?", alice.annotations[0])
    again = room.folder / "alice-again.handin.json"
    hand_in(alice.db, SAMPLE_EXERCISE_ID, alice.id, again)  # attempt 2, same annotations
    assert [r.ok for r in import_handins(room.teacher, [again])] == [True]

    assert comments_for(room.teacher, SAMPLE_EXERCISE_ID, alice.id) == {
        alice.annotations[0]: "Why claim?"}
    record, _notes = build_feedback(room.teacher, SAMPLE_EXERCISE_ID, alice.id)
    assert record.comments is not None
    assert record.comments.on(alice.annotations[0]) == "Why claim?"
    assert record.handed_in > list_attempts(alice.db, SAMPLE_EXERCISE_ID, alice.id)[0].handed_in


def test_feedback_on_the_second_attempt_is_kept_apart_from_the_first(room: Classroom) -> None:
    from annotator.services.handins import import_handins

    alice = room.students["Alice"]
    first = _returned(room)["Alice"]
    assert open_feedback(alice.db, first, alice.id).attempt == 1
    again = room.folder / "alice-2.handin.json"
    hand_in(alice.db, SAMPLE_EXERCISE_ID, alice.id, again)
    assert [r.ok for r in import_handins(room.teacher, [again])] == [True]
    results = return_feedback(room.teacher, SAMPLE_EXERCISE_ID, room.folder / "round-2")
    second = next(r.path for r in results if r.student == "Alice")
    assert second is not None

    opened = open_feedback(alice.db, second, alice.id)

    assert (opened.attempt, opened.latest_attempt) == (2, 2)
    assert [a.has_feedback for a in list_attempts(alice.db, SAMPLE_EXERCISE_ID, alice.id)] == [
        True, True]
    assert open_feedback(alice.db, first, alice.id).attempt == 1  # the old file still fits


def test_class_scores_are_each_students_own_scores() -> None:
    """Feedback scores the whole class at once (score_class); every sheet is the one the
    one-student scoring gives, on overlapping, re-tagged and duplicated spans."""
    import random

    from annotator.core.spans import Span
    from annotator.services.feedback import _class_scores, _scores
    from annotator.services.review_types import ArticleClass

    rng = random.Random(13)
    tags = ("claim", "evidence", "opinion")
    text = "x" * 900
    students = tuple(f"s{k:02d}" for k in range(12))
    spans = []
    for sid in students:
        for _ in range(rng.randint(1, 25)):
            start = rng.randrange(0, 850)
            spans.append(Span(sid, start, start + rng.randint(1, 50), rng.choice(tags)))
    spans.append(spans[-1])  # a duplicate
    key = tuple(sorted(Span("key", s, s + rng.randint(5, 40), rng.choice(tags))
                       for s in rng.sample(range(850), 20)))
    data = ArticleClass("a", "A", text, tags, {t: {"label": t, "colour": "#000000"}
                                               for t in tags},
                        students, {s: s for s in students}, tuple(sorted(spans)), "key", key)

    together = _class_scores(data)

    assert together == {sid: _scores(data, sid) for sid in students}
