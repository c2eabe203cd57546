"""``annotator review`` on a class that came in as hand-in files: students who handed in
nothing are listed, namesakes are told apart, and the JSON options (--only, --indent,
pairwise matrices on demand) do what they say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import annotator.services.review_types as review_service
from annotator.cli import main
from annotator.services.context import open_context
from annotator.services.handins import export_handin, import_handins
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m

PHRASE = "North Korea’s rapid missile-program improvements can be traced to Russia"


@pytest.fixture
def class_db(tmp_path: Path) -> Path:
    """Two students called Ada and one Ben who mark the phrase, and Cleo whose hand-in holds
    nothing; all four handed in through files, imported like a real class; and a key."""
    source = open_context(f"sqlite:///{tmp_path / 'students.db'}")
    ensure_sample_exercise(source.db)
    with source.db.session() as s:
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        tags = {t.key: t for t in exercise.tag_set.tags}
        one = exercise.articles[0]
        start = one.text.index(PHRASE)
        people = [m.Annotator(display_name=n, role=m.Role.STUDENT)
                  for n in ("Ada", "Ada", "Ben", "Cleo")]
        s.add_all(people)
        s.flush()
        for who, tag, shift in ((people[0], "claim", 0), (people[1], "opinion", 2),
                                (people[2], "claim", 4)):
            s.add(m.Annotation(article_id=one.id, annotator_id=who.id, start=start + shift,
                               end=start + len(PHRASE), exact=PHRASE[shift:],
                               tag_id=tags[tag].id))
        ids = [p.id for p in people]
    files = []
    for who, name in zip(ids, ("ada-smith", "ada-jones", "ben", "cleo"), strict=True):
        path = tmp_path / "handins" / f"{name}.json"
        path.parent.mkdir(exist_ok=True)
        export_handin(source.db, SAMPLE_EXERCISE_ID, who, path)
        files.append(path)
    source.close()
    path = tmp_path / "class.db"
    ctx = open_context(f"sqlite:///{path}")
    ensure_sample_exercise(ctx.db)
    results = import_handins(ctx.db, files)
    assert [r.status for r in results] == ["imported"] * 4
    with ctx.db.session() as s:
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        one = exercise.articles[0]
        key = m.Annotator(display_name="Key", role=m.Role.KEY)
        s.add(key)
        s.flush()
        start = one.text.index(PHRASE)
        s.add(m.Annotation(article_id=one.id, annotator_id=key.id, start=start,
                           end=start + len(PHRASE), exact=PHRASE,
                           tag_id=exercise.tag_set.tags[0].id))
    ctx.close()
    return path


def review(capsys: Any, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "review", "--exercise", str(SAMPLE_EXERCISE_ID), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_nothing_marked_and_namesakes_in_json(class_db: Path, capsys: Any) -> None:
    code, out, _ = review(capsys, class_db, "--json")
    assert code == 0
    figures = json.loads(out)
    people = {s["name"]: s for s in figures["students"]}
    assert set(people) == {"Ada (ada-smith.json)", "Ada (ada-jones.json)", "Ben", "Cleo"}
    assert people["Cleo"]["status"] == "handed in, nothing marked"
    assert people["Ben"]["status"] == "marked"
    assert people["Ada (ada-jones.json)"]["display_name"] == "Ada"
    one, two = figures["articles"]
    # the two Adas are told apart in every list of the article
    names = [s["name"] for s in one["students"]]
    assert sorted(names) == ["Ada (ada-jones.json)", "Ada (ada-smith.json)", "Ben"]
    assert {e["name"] for e in one["scores"]} == set(names)
    assert {e["name"] for e in one["charts"]["tags_per_student"]} == set(names)
    assert [s["name"] for s in one["not_marked"]] == ["Cleo"]
    assert sorted(s["name"] for s in two["not_marked"]) == sorted(people)


def test_nothing_marked_in_text_summary(class_db: Path, capsys: Any) -> None:
    code, out, _ = review(capsys, class_db)
    assert code == 0
    assert "Handed in, nothing marked: Cleo" in out
    assert "Ada (ada-smith.json): F1 against the key (overlap) 1.00" in out
    assert "Ada (ada-jones.json): F1 against the key (overlap) 0.00" in out


def test_anonymised_hides_file_names_too(class_db: Path, capsys: Any) -> None:
    code, out, _ = review(capsys, class_db, "--json", "--anonymise")
    assert code == 0
    assert "ada-" not in out and "Cleo" not in out and "Ada" not in out
    figures = json.loads(out)
    assert sorted(s["name"] for s in figures["students"]) == [f"Student {i}" for i in
                                                               range(1, 5)]


def test_compact_by_default_indent_on_request(class_db: Path, capsys: Any) -> None:
    _, compact, _ = review(capsys, class_db, "--json")
    _, indented, _ = review(capsys, class_db, "--json", "--indent", "2")
    assert compact.count("\n") == 1 and '": ' not in compact
    assert json.loads(compact) == json.loads(indented)
    assert indented.startswith('{\n  "exercise": {\n    "id": ')


def test_only_picks_parts(class_db: Path, capsys: Any) -> None:
    code, out, _ = review(capsys, class_db, "--json", "--only", "scores")
    assert code == 0
    one = json.loads(out)["articles"][0]
    assert "scores" in one
    assert not {"agreement", "contested", "overlay", "charts"} & set(one)
    _, out, _ = review(capsys, class_db, "--json", "--only", "agreement,contested")
    one = json.loads(out)["articles"][0]
    assert {"agreement", "contested"} <= set(one)
    assert not {"scores", "overlay"} & set(one)
    with pytest.raises(SystemExit) as stopped:
        review(capsys, class_db, "--json", "--only", "everything")
    assert stopped.value.code == 2
    assert "unknown part 'everything'" in capsys.readouterr().err


def test_pairwise_left_out_above_the_limit_unless_asked(class_db: Path, capsys: Any,
                                                         monkeypatch: Any) -> None:
    _, out, _ = review(capsys, class_db, "--json", "--only", "agreement")
    pairwise = json.loads(out)["articles"][0]["agreement"]["pairwise"]
    assert len(pairwise["cohen_kappa"]) == 3
    monkeypatch.setattr(review_service, "PAIRWISE_LIMIT", 2)
    _, out, _ = review(capsys, class_db, "--json", "--only", "agreement")
    agreement = json.loads(out)["articles"][0]["agreement"]
    assert "cohen_kappa" not in agreement["pairwise"]
    assert "3 students" in agreement["pairwise"]["omitted"]
    assert agreement["mean_cohen_kappa"]["value"] is not None  # summaries stay
    _, out, _ = review(capsys, class_db, "--json", "--only", "agreement", "--pairwise")
    assert len(json.loads(out)["articles"][0]["agreement"]["pairwise"]["span_f1_exact"]) == 3
    _, out, _ = review(capsys, class_db, "--json", "--only", "agreement",
                       "--pairwise-students", "Ben,Ada (ada-jones.json)")
    pairwise = json.loads(out)["articles"][0]["agreement"]["pairwise"]
    assert len(pairwise["students"]) == 2 and len(pairwise["cohen_kappa_per_tag"]["claim"]) == 2
    code, _, err = review(capsys, class_db, "--json", "--pairwise-students", "Ada")
    assert code == 2 and "'Ada' is ambiguous" in err


def test_no_pairwise(class_db: Path, capsys: Any) -> None:
    _, out, _ = review(capsys, class_db, "--json", "--no-pairwise", "--only", "agreement")
    pairwise = json.loads(out)["articles"][0]["agreement"]["pairwise"]
    assert pairwise["students"] == [] and "omitted" in pairwise
