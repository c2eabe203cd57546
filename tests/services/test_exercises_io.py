from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from handin_fixtures import new_db
from sqlalchemy import func, select

from annotator.core.text import fingerprint, quote_context
from annotator.exchange.articles import ImportedArticle
from annotator.exchange.errors import ExchangeError
from annotator.services import exercise_sync
from annotator.services.exercises_io import (
    ArticleInUseError,
    DuplicateArticleError,
    export_exercise,
    import_article_into_exercise,
    import_exercise_package,
    update_article_text,
)
from annotator.storage import models as m
from annotator.storage.database import Database

# Run on SQLite and PostgreSQL (tests/conftest.py, tests/services/conftest.py).
pytestmark = pytest.mark.usefixtures("backend")

TEXT_A = "Council approves budget\n\nThe council approved the budget on Monday."
TEXT_B = "Critics call budget reckless\n\nOpposition leaders said the tax was unfair."
TEXT_B2 = TEXT_B + "\n\nCorrection: the vote was on Tuesday."
TEXT_C = "Mayor defends plan\n\nThe mayor said the library will open next year."


@pytest.fixture
def teacher(tmp_path: Path) -> Iterator[Database]:
    db = new_db(tmp_path, "teacher.db")
    yield db
    db.close()


@pytest.fixture
def student(tmp_path: Path) -> Iterator[Database]:
    db = new_db(tmp_path, "student.db")
    yield db
    db.close()


def _article(text: str, position: int, **provenance: str) -> m.Article:
    return m.Article(position=position, text=text, sha256=fingerprint(text), **provenance)


def _make_exercise(db: Database) -> uuid.UUID:
    with db.session() as session:
        tag_set = m.TagSet(name="Source criticism")
        for position, (key, label, colour) in enumerate(
            [
                ("claim", "Claim", "#1f77b4"),
                ("evidence", "Evidence", "#2ca02c"),
                ("speculation", "Speculation", "#ff7f0e"),
                ("opinion", "Opinion", "#d62728"),
            ]
        ):
            tag_set.tags.append(
                m.Tag(
                    key=key,
                    label=label,
                    colour=colour,
                    shortcut=str(position + 1),
                    position=position,
                )
            )
        exercise = m.Exercise(
            title="Two reports of one vote", instructions="Tag the claims.", tag_set=tag_set
        )
        exercise.articles = [
            _article(TEXT_A, 0, title="Council approves budget", outlet="Daily Planet"),
            _article(TEXT_B, 1, title="Critics call budget reckless"),
        ]
        exercise.questions = [m.Question(position=0, text="Who is the main source?")]
        session.add(exercise)
        session.flush()
        return exercise.id


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Exercise, m.Article, m.Question, m.TagSet, m.Tag, m.Annotation)
        }


def _annotate(db: Database, article_id: uuid.UUID, start: int, end: int, key: str) -> uuid.UUID:
    with db.session() as session:
        article = session.get(m.Article, article_id)
        assert article is not None
        tag = next(t for t in article.exercise.tag_set.tags if t.key == key)
        student = m.Annotator(display_name="Sam", role=m.Role.STUDENT)
        prefix, exact, suffix = quote_context(article.text, start, end)
        annotation = m.Annotation(
            article=article,
            annotator=student,
            start=start,
            end=end,
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            tag=tag,
            note="my note",
        )
        session.add(annotation)
        session.flush()
        return annotation.id


def _articles(db: Database, exercise_id: uuid.UUID) -> list[m.Article]:
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        assert exercise is not None
        return list(exercise.articles)


def test_export_then_open_twice_duplicates_nothing(
    teacher: Database, student: Database, tmp_path: Path
) -> None:
    exercise_id = _make_exercise(teacher)
    package = tmp_path / "vote.saexercise"
    export_exercise(teacher, exercise_id, package)

    first = import_exercise_package(student, package)
    assert (first.status, first.exercise_id, first.articles_added) == ("created", exercise_id, 2)
    counts = _counts(student)
    assert counts == {
        "exercise": 1,
        "article": 2,
        "question": 1,
        "tag_set": 1,
        "tag": 4,
        "annotation": 0,
    }

    second = import_exercise_package(student, package)
    assert second.status == "unchanged"
    assert _counts(student) == counts

    teacher_articles = _articles(teacher, exercise_id)
    student_articles = _articles(student, exercise_id)
    assert [(a.id, a.text, a.title, a.outlet) for a in student_articles] == [
        (a.id, a.text, a.title, a.outlet) for a in teacher_articles
    ]


def test_newer_revision_updates_without_touching_annotations(
    teacher: Database, student: Database, tmp_path: Path
) -> None:
    exercise_id = _make_exercise(teacher)
    export_exercise(teacher, exercise_id, tmp_path / "r1.saexercise")
    import_exercise_package(student, tmp_path / "r1.saexercise")
    article_a, article_b = (a.id for a in _articles(student, exercise_id))
    note_a = _annotate(student, article_a, 0, 7, "claim")
    note_b = _annotate(student, article_b, 0, 7, "opinion")

    # The instructor revises: new title, questions and tags, article B's text corrected,
    # article C added, the unused "speculation" tag dropped and "claim" relabelled.
    with teacher.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        assert exercise is not None
        exercise.title = "Two reports of one vote (revised)"
        exercise.instructions = "Tag the claims, then answer the questions."
        exercise.revision = 2
        exercise.articles[1].text = TEXT_B2
        exercise.articles[1].sha256 = fingerprint(TEXT_B2)
        exercise.articles.append(_article(TEXT_C, 2, title="Mayor defends plan"))
        exercise.questions.append(
            m.Question(position=1, text="How reliable is it?", kind=m.QuestionKind.RATING)
        )
        tags = exercise.tag_set.tags
        tags[0].label = "Claim (checkable)"
        exercise.tag_set.tags = [t for t in tags if t.key != "speculation"]
    export_exercise(teacher, exercise_id, tmp_path / "r2.saexercise")

    result = import_exercise_package(student, tmp_path / "r2.saexercise")
    assert result.status == "updated"
    assert (result.articles_added, result.articles_kept) == (2, 1)

    with student.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        assert exercise is not None
        assert exercise.title == "Two reports of one vote (revised)"
        assert exercise.instructions == "Tag the claims, then answer the questions."
        assert exercise.revision == 2
        assert [q.text for q in exercise.questions] == [
            "Who is the main source?",
            "How reliable is it?",
        ]
        assert [t.label for t in exercise.tag_set.tags] == [
            "Claim (checkable)",
            "Evidence",
            "Opinion",
        ]
        texts = [a.text for a in exercise.articles]
        # the corrected B is a new row; the old B stays (annotated) after the listed ones
        assert texts == [TEXT_A, TEXT_B2, TEXT_C, TEXT_B]
        ids = [a.id for a in exercise.articles]
        assert ids[0] == article_a
        assert ids[3] == article_b
        assert article_b not in ids[:3]

        kept_a = session.get(m.Annotation, note_a)
        kept_b = session.get(m.Annotation, note_b)
        assert kept_a is not None
        assert kept_b is not None
        assert (kept_a.article_id, kept_a.start, kept_a.end, kept_a.exact) == (
            article_a,
            0,
            7,
            "Council",
        )
        assert (kept_b.article_id, kept_b.exact, kept_b.note) == (article_b, "Critics", "my note")
        assert kept_b.tag.key == "opinion"
        assert session.get(m.Article, article_b).text == TEXT_B  # type: ignore[union-attr]

    # Opening the newer package again changes nothing more.
    again = import_exercise_package(student, tmp_path / "r2.saexercise")
    assert again.status == "unchanged"
    # An older package does not roll the exercise back.
    older = import_exercise_package(student, tmp_path / "r1.saexercise")
    assert older.status == "unchanged"
    assert "older than the revision 2" in older.message
    assert _articles(student, exercise_id)[1].text == TEXT_B2


def test_used_tag_dropped_from_package_is_kept(
    teacher: Database, student: Database, tmp_path: Path
) -> None:
    exercise_id = _make_exercise(teacher)
    export_exercise(teacher, exercise_id, tmp_path / "r1.saexercise")
    import_exercise_package(student, tmp_path / "r1.saexercise")
    article_a = _articles(student, exercise_id)[0].id
    note = _annotate(student, article_a, 0, 7, "speculation")
    with teacher.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        assert exercise is not None
        exercise.revision = 2
        tags = exercise.tag_set.tags
        # drop "speculation" and give its key to a brand-new tag
        exercise.tag_set.tags = [t for t in tags if t.key != "speculation"]
        session.flush()
        exercise.tag_set.tags.append(
            m.Tag(key="speculation", label="Guess", colour="#9467bd", position=9)
        )
    export_exercise(teacher, exercise_id, tmp_path / "r2.saexercise")
    assert import_exercise_package(student, tmp_path / "r2.saexercise").status == "updated"
    with student.session() as session:
        annotation = session.get(m.Annotation, note)
        assert annotation is not None
        assert annotation.tag.label == "Speculation"
        assert annotation.tag.key == "speculation-1"
        labels = [t.label for t in annotation.tag.tag_set.tags]
        assert labels == ["Claim", "Evidence", "Opinion", "Guess", "Speculation"]
    again = import_exercise_package(student, tmp_path / "r2.saexercise")
    assert again.status == "unchanged"
    assert _counts(student)["tag"] == 5


def test_a_bad_package_leaves_the_database_unchanged(student: Database, tmp_path: Path) -> None:
    before = _counts(student)
    bad = tmp_path / "bad.saexercise"
    bad.write_bytes(b"PK\x03\x04 definitely not a package")
    with pytest.raises(ExchangeError, match=r"^bad\.saexercise: "):
        import_exercise_package(student, bad)
    assert _counts(student) == before


def test_a_failure_midway_rolls_everything_back(
    teacher: Database, student: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    exercise_id = _make_exercise(teacher)
    export_exercise(teacher, exercise_id, tmp_path / "vote.saexercise")

    def explode(*args: object, **kwargs: object) -> bool:
        raise IntegrityError("INSERT", {}, Exception("disk trouble"))

    monkeypatch.setattr(exercise_sync, "_sync_questions", explode)
    with pytest.raises(ExchangeError, match=r"could not be saved .*nothing was changed"):
        import_exercise_package(student, tmp_path / "vote.saexercise")
    assert _counts(student) == {name: 0 for name in _counts(student)}


def test_import_article_into_exercise(teacher: Database) -> None:
    exercise_id = _make_exercise(teacher)
    imported = ImportedArticle(
        text=TEXT_C,
        title="Mayor defends plan",
        outlet="City Radio",
        author="",
        published="2024-03-04",
        url="https://example.org/3",
        language="en",
        source_name="mayor.html",
    )
    article_id = import_article_into_exercise(teacher, exercise_id, imported)
    last = _articles(teacher, exercise_id)[-1]
    assert (last.id, last.position, last.text, last.sha256) == (
        article_id,
        2,
        TEXT_C,
        fingerprint(TEXT_C),
    )
    assert (last.title, last.outlet, last.author, last.published, last.url) == (
        "Mayor defends plan",
        "City Radio",
        "",
        "2024-03-04",
        "https://example.org/3",
    )
    with pytest.raises(DuplicateArticleError, match=r"^mayor\.html: this exercise already has"):
        import_article_into_exercise(teacher, exercise_id, imported)
    assert len(_articles(teacher, exercise_id)) == 3


def test_text_of_an_annotated_article_cannot_change(teacher: Database) -> None:
    exercise_id = _make_exercise(teacher)
    article_a, article_b = (a.id for a in _articles(teacher, exercise_id))
    _annotate(teacher, article_a, 0, 7, "claim")
    with pytest.raises(ArticleInUseError, match="cannot be changed because 1 annotation"):
        update_article_text(teacher, article_a, "Something else entirely")
    assert _articles(teacher, exercise_id)[0].text == TEXT_A

    update_article_text(teacher, article_b, TEXT_B2 + "\r\n")
    changed = _articles(teacher, exercise_id)[1]
    assert (changed.text, changed.sha256) == (TEXT_B2, fingerprint(TEXT_B2))
    with pytest.raises(DuplicateArticleError):
        update_article_text(teacher, article_b, TEXT_A)


def test_imported_file_travels_to_the_student(
    teacher: Database, student: Database, tmp_path: Path
) -> None:
    from annotator.exchange.articles import import_article

    source = tmp_path / "mayor.md"
    source.write_bytes(("# Mayor defends plan\r\n\r\nThe mayor said “yes”.\r\n").encode("cp1252"))
    exercise_id = _make_exercise(teacher)
    article_id = import_article_into_exercise(teacher, exercise_id, import_article(source))
    export_exercise(teacher, exercise_id, tmp_path / "vote.saexercise")
    assert import_exercise_package(student, tmp_path / "vote.saexercise").status == "created"
    with student.session() as session:
        article = session.get(m.Article, article_id)
        assert article is not None
        assert article.title == "Mayor defends plan"
        assert article.text == "# Mayor defends plan\n\nThe mayor said “yes”."
