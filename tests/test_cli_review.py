"""``annotator review``: the class review on the command line, as JSON or as text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.services.context import open_context
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m

PHRASE = "North Korea’s rapid missile-program improvements can be traced to Russia"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The sample exercise with three students (one named like markup) and a key."""
    path = tmp_path / "class.db"
    ctx = open_context(f"sqlite:///{path}")
    ensure_sample_exercise(ctx.db)
    with ctx.db.session() as s:
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        tags = {t.key: t for t in exercise.tag_set.tags}
        one = exercise.articles[0]
        start = one.text.index(PHRASE)
        people = [m.Annotator(display_name=n, role=m.Role.STUDENT)
                  for n in ("Zoë", "<i>Yann</i>", "Xavier")]
        key = m.Annotator(display_name="Key", role=m.Role.KEY)
        s.add_all([*people, key])
        s.flush()
        for who, tag, shift in ((people[0], "claim", 0), (people[1], "claim", 3),
                                (people[2], "opinion", 0), (key, "claim", 0)):
            s.add(m.Annotation(article_id=one.id, annotator_id=who.id, start=start + shift,
                               end=start + len(PHRASE), exact=PHRASE[shift:],
                               tag_id=tags[tag].id))
    ctx.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_json_with_an_id_prefix(db_path: Path, capsys: Any) -> None:
    prefix = str(SAMPLE_EXERCISE_ID)[:8]
    code, out, _ = run(capsys, "--db", str(db_path), "review", "--exercise", prefix, "--json")
    assert code == 0
    figures = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert figures["exercise"]["id"] == str(SAMPLE_EXERCISE_ID)
    one, two = figures["articles"]
    assert sorted(s["name"] for s in one["students"]) == ["<i>Yann</i>", "Xavier", "Zoë"]
    assert one["key"]["spans"] == 1
    assert one["agreement"]["krippendorff_alpha"]["reading"]
    scores = {e["name"]: e["overlap"]["all"]["f1"] for e in one["scores"]}
    assert scores == {"Zoë": 1.0, "<i>Yann</i>": 1.0, "Xavier": 0.0}
    assert two["students"] == [] and two["agreement"]["krippendorff_alpha"]["value"] is None


def test_review_one_article_anonymised(db_path: Path, capsys: Any) -> None:
    from annotator.services.sample import sample_definition

    article = sample_definition()["articles"][0]["id"]
    code, out, _ = run(capsys, "--db", str(db_path), "review", "--exercise",
                       str(SAMPLE_EXERCISE_ID), "--article", article[:6], "--anonymise",
                       "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["anonymised"] is True
    assert [a["article"]["id"] for a in figures["articles"]] == [article]
    names = sorted(s["name"] for s in figures["articles"][0]["students"])
    assert names == ["Student 1", "Student 2", "Student 3"]
    assert "Zoë" not in out and "Yann" not in out


def test_review_text_summary(db_path: Path, capsys: Any) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "review", "--exercise",
                       str(SAMPLE_EXERCISE_ID))
    assert code == 0
    assert out.startswith("Review of Who is behind North Korea")
    assert "== Russia Is Behind North Korea’s Missile Success: Report ==" in out
    assert "3 students; answer key: yes" in out
    assert "Krippendorff's alpha: " in out and "Fleiss' kappa: " in out
    assert "Xavier: F1 against the key (overlap) 0.00" in out
    assert "Most contested:" in out and "traced to Russia" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--exercise", "0000"], "no exercise"),
    (["--exercise", str(SAMPLE_EXERCISE_ID), "--article", "zzzz"], "has no article"),
])
def test_review_bad_ids_are_one_line_errors(
    db_path: Path, capsys: Any, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "review", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from annotator.core.i18n import set_language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    yield
    set_language("en")


def test_review_text_summary_in_german(db_path: Path, capsys: Any, german: None) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "review", "--exercise",
                       str(SAMPLE_EXERCISE_ID))
    assert code == 0
    assert out.startswith("Auswertung von Who is behind North Korea")  # the title is data
    assert "3 Schüler; Musterlösung: ja" in out
    assert "Xavier: F1 gegenüber der Musterlösung (Überlappung) 0,00" in out
    assert "Am stärksten umstritten:" in out
    alpha = next(line for line in out.splitlines() if "Krippendorffs Alpha: " in line)
    assert "agreement" not in alpha and "Übereinstimmung" in alpha  # the Class Overview's words
    code, out, _ = run(capsys, "--db", str(db_path), "review", "--exercise",
                       str(SAMPLE_EXERCISE_ID), "--json")
    figures = json.loads(out)  # the JSON stays English, readings included
    assert "agreement" in figures["articles"][0]["agreement"]["krippendorff_alpha"]["reading"]


def test_every_reading_has_the_class_overviews_translation() -> None:
    """cli_review shows the readings through the Class Overview's translations (context
    Readings, marked in core/readings.py): each must be in every .ts."""
    import xml.etree.ElementTree as ET

    from annotator.core.readings import ENGLISH

    ts_dir = Path(__file__).resolve().parent.parent / "resources" / "translations"
    for lang in ("de", "fr", "es"):
        root = ET.parse(ts_dir / f"annotator_{lang}.ts").getroot()
        known = {m.findtext("source") for c in root.iter("context")
                 if c.findtext("name") == "Readings" for m in c.iter("message")}
        wanted = set(ENGLISH.values())
        assert wanted <= known, (lang, sorted(wanted - known))
