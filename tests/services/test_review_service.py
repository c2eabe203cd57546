"""The review service over a generated class in a temporary SQLite database."""

import json
import uuid

import numpy as np
import pytest

from annotator.core.agreement import article_agreement
from annotator.core.overlay import class_overlay
from annotator.core.spans import Span
from annotator.services.review import SCORE_COLUMNS, gather_article, review_figures, score_rows
from annotator.storage import models as m
from annotator.storage.database import open_database

TEXT_ONE = ("The mayor said the bridge will open in May. Critics doubt it. "
            "Costs rose by 40 percent last year. This is a scandal, one reader wrote.")
TEXT_TWO = "A second article. It has two sentences."


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'review.db'}")
    yield database
    database.close()


def _annotate(session, article, annotator, start, end, tag):
    session.add(m.Annotation(article=article, annotator=annotator, start=start, end=end,
                             exact=article.text[start:end], tag=tag))


@pytest.fixture
def exercise(db):
    """Five students (one hands in nothing for article two), one instructor, one key."""
    rng = np.random.default_rng(7)
    with db.session() as s:
        tag_set = m.TagSet(name="Source criticism")
        tags = [m.Tag(key=k, label=k.title(), colour=c, position=i)
                for i, (k, c) in enumerate([("claim", "#aa0000"), ("evidence", "#00aa00"),
                                            ("opinion", "#0000aa")])]
        tag_set.tags = tags
        ex = m.Exercise(title="Bridges", tag_set=tag_set)
        one = m.Article(position=0, title="One", text=TEXT_ONE, sha256="1" * 64)
        two = m.Article(position=1, title="Two", text=TEXT_TWO, sha256="2" * 64)
        three = m.Article(position=2, title="Three", text="Nobody read this.", sha256="3" * 64)
        ex.articles = [one, two, three]
        s.add(ex)
        students = [m.Annotator(display_name=f"Pupil {n}", role=m.Role.STUDENT) for n in "EDCBA"]
        teacher = m.Annotator(display_name="Teacher", role=m.Role.INSTRUCTOR)
        key = m.Annotator(display_name="Key", role=m.Role.KEY)
        s.add_all([*students, teacher, key])
        _annotate(s, one, key, 0, 44, tags[0])
        _annotate(s, one, key, 62, 97, tags[1])
        _annotate(s, one, key, 98, 118, tags[2])
        for i, student in enumerate(students):
            _annotate(s, one, student, 0, 44 - i, tags[0])
            start = int(rng.integers(60, 70))
            _annotate(s, one, student, start, start + 20, tags[1 + i % 2])
            if i < 4:
                _annotate(s, two, student, 0, 17, tags[0] if i else tags[2])
        _annotate(s, one, teacher, 45, 60, tags[2])
        s.flush()
        return {"id": ex.id, "one": one.id, "two": two.id, "key": str(key.id),
                "students": {st.display_name: str(st.id) for st in students},
                "teacher": str(teacher.id)}


def test_gather_article_sorts_out_roles(db, exercise):
    data = gather_article(db, exercise["id"], exercise["one"])
    assert data.tags == ("claim", "evidence", "opinion")
    assert [data.names[s] for s in data.students] == [f"Pupil {n}" for n in "ABCDE"]
    assert exercise["teacher"] not in {s.annotator for s in data.student_spans}
    assert data.key_id == exercise["key"]
    assert len(data.key_spans) == 3
    # Pupil A (the fifth created) made nothing in article two and is left out there
    two = gather_article(db, exercise["id"], exercise["two"])
    assert exercise["students"]["Pupil A"] not in two.students
    assert len(two.students) == 4
    assert two.key_id is None


def test_review_figures(db, exercise):
    figures = review_figures(db, exercise["id"])
    json.dumps(figures, allow_nan=False)  # JSON-ready, no NaN
    one, two, three = figures["articles"]
    assert one["article"] == {"id": str(exercise["one"]), "title": "One",
                              "n_chars": len(TEXT_ONE)}
    assert [s["name"] for s in one["students"]] == [f"Pupil {n}" for n in "ABCDE"]

    data = gather_article(db, exercise["id"], exercise["one"])
    direct = article_agreement(class_overlay(len(TEXT_ONE), data.student_spans, data.tags,
                                             data.students))
    alpha = one["agreement"]["krippendorff_alpha"]
    assert alpha["value"] == pytest.approx(direct.alpha, abs=1e-4)
    assert alpha["reading"]
    assert one["agreement"]["fleiss_kappa"]["value"] == pytest.approx(direct.fleiss, abs=1e-4)
    assert len(one["agreement"]["pairwise"]["cohen_kappa"]) == 5
    assert set(one["agreement"]["per_tag"]) == {"claim", "evidence", "opinion"}

    # Everybody starts at 0 with a claim: the first characters are highlighted by all five
    assert one["overlay"]["runs"][0] == {"start": 0, "end": 40, "coverage": 5,
                                         "majority": "claim", "disagreement": False}
    scores = {s["name"]: s for s in one["scores"]}
    assert scores["Pupil E"]["exact"]["claim"]["tp"] == 1  # 0-44, like the key
    assert scores["Pupil D"]["exact"]["claim"]["tp"] == 0  # 0-43
    assert scores["Pupil D"]["overlap"]["claim"]["tp"] == 1
    kinds = {d["kind"] for d in scores["Pupil D"]["differences"]}
    assert "shifted" in kinds
    assert "missing" in kinds
    assert one["contested"]
    per_student = {row["name"]: row["counts"] for row in one["charts"]["tags_per_student"]}
    assert per_student["Pupil A"] == {"claim": 1, "evidence": 1, "opinion": 0}
    assert one["charts"]["tag_distribution"]["claim"]["spans"] == 5

    assert two["scores"] == []  # no key for article two
    assert two["key"] is None
    assert len(two["students"]) == 4
    assert three["students"] == []
    assert three["agreement"]["krippendorff_alpha"]["value"] is None
    assert three["contested"] == []


def test_anonymised_names_are_stable_and_hide_names(db, exercise):
    figures = review_figures(db, exercise["id"], anonymise=True)
    text = json.dumps(figures)
    assert "Pupil" not in text
    ids_sorted = sorted(exercise["students"].values())
    expected = {sid: f"Student {i}" for i, sid in enumerate(ids_sorted, start=1)}
    for article in figures["articles"]:
        for student in article["students"]:
            assert student["name"] == expected[student["id"]]
    assert review_figures(db, exercise["id"], anonymise=True) == figures


def test_one_article_and_unknown_ids(db, exercise):
    figures = review_figures(db, exercise["id"], article_id=exercise["two"])
    assert [a["article"]["title"] for a in figures["articles"]] == ["Two"]
    with pytest.raises(LookupError, match="no exercise"):
        review_figures(db, uuid.uuid4())
    with pytest.raises(LookupError, match="no article"):
        review_figures(db, exercise["id"], article_id=uuid.uuid4())


def test_span_and_text_agree(db, exercise):
    data = gather_article(db, exercise["id"], exercise["one"])
    assert Span(exercise["key"], 0, 44, "claim") in data.key_spans


def test_score_rows_for_a_table(db, exercise):
    rows = score_rows(review_figures(db, exercise["id"]))
    assert len(rows) == 5 * 4  # five students in article one, three tags and "all"
    assert all(tuple(row) == SCORE_COLUMNS for row in rows)
    pupil_e = next(r for r in rows if r["name"] == "Pupil E" and r["tag"] == "claim")
    assert pupil_e["exact_f1"] == 1.0
    assert pupil_e["char_precision"] == 1.0


def test_a_span_outside_the_text_is_reported_with_the_article(db, exercise):
    with db.session() as s:
        article = s.get(m.Article, exercise["two"])
        student = s.get(m.Annotator, uuid.UUID(exercise["students"]["Pupil B"]))
        tag = article.exercise.tag_set.tags[0]
        s.add(m.Annotation(article=article, annotator=student, start=30, end=99, exact="x",
                           tag=tag))
    with pytest.raises(ValueError, match=r"article 'Two': span 30-99 .* outside a text of 39"):
        review_figures(db, exercise["id"])


def test_matrix_rounding_is_pythons_round_and_never_minus_zero():
    from annotator.services.review_figures import _matrix

    rng = np.random.default_rng(5)
    values = np.concatenate([rng.random(2000) * 2 - 1,
                             np.array([0.12345, 0.00005, -0.00004, 2.675e-4, -1e-17, 0.5]),
                             np.arange(-200, 200) / 1e4 + 0.5e-4])
    matrix = values.reshape(-1, 2) if values.size % 2 == 0 else values[:-1].reshape(-1, 2)
    matrix[0, 0] = np.nan
    got = _matrix(matrix)
    for row, expected_row in zip(got, matrix.tolist(), strict=True):
        for value, raw in zip(row, expected_row, strict=True):
            if raw != raw:
                assert value is None
            else:
                assert value == round(raw, 4)
                assert str(value) != "-0.0"
