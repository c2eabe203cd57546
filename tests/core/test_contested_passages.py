"""Sentence segmentation, contested passages and chart data."""

import pytest

from annotator.core.charts import tag_distribution, tags_per_annotator
from annotator.core.contested import rank_contested, sentences
from annotator.core.overlay import class_overlay
from annotator.core.spans import Span

TAGS = ["claim", "opinion"]


def test_sentences():
    text = ('Mr. Smith said it. "Really?" she asked!  Then J. Doe left.\n'
            "Headline here\nPrice rose 3.5 percent. End")
    assert [text[s:e] for s, e in sentences(text)] == [
        "Mr. Smith said it.", '"Really?" she asked!', "Then J. Doe left.", "Headline here",
        "Price rose 3.5 percent.", "End",
    ]
    assert sentences("") == []
    assert sentences("   \n ") == []


def test_rank_contested():
    text = "Calm one here. Everybody agrees. The class split."
    first, second, third = sentences(text)
    people = ["a", "b", "c", "d"]
    spans = [Span(p, *second, "claim") for p in people]
    spans += [Span("a", *third, "claim"), Span("b", *third, "opinion")]
    overlay = class_overlay(len(text), spans, TAGS, people)
    ranked = rank_contested(text, overlay)
    assert [(c.start, c.end) for c in ranked] == [third]  # the others: no disagreement
    top = ranked[0]
    assert top.highlight_disagreement == pytest.approx(1.0)  # half of the class: 4 * .5 * .5
    assert top.tag_disagreement == pytest.approx(0.5)  # 1 of 2 highlighters off the majority
    assert top.score == pytest.approx(0.75)
    assert top.excerpt == "The class split."

    spans.append(Span("c", *second, "opinion"))  # now c marks both tags on the second one
    spans.append(Span("d", *first, "claim"))
    ranked = rank_contested(text, class_overlay(len(text), spans, TAGS, people), limit=2)
    assert [(c.start, c.end) for c in ranked] == [third, first]


def test_rank_contested_checks_lengths():
    overlay = class_overlay(5, [], TAGS, ["a"])
    with pytest.raises(ValueError, match="6 characters but the overlay 5"):
        rank_contested("abcdef", overlay)


def test_chart_data():
    spans = [Span("a", 0, 4, "claim"), Span("a", 5, 6, "claim"), Span("b", 1, 3, "opinion")]
    assert tags_per_annotator(spans, TAGS, ["a", "b", "c"]) == {
        "a": {"claim": 2, "opinion": 0},
        "b": {"claim": 0, "opinion": 1},
        "c": {"claim": 0, "opinion": 0},
    }
    assert tag_distribution(spans, TAGS) == {
        "claim": {"spans": 2, "chars": 5}, "opinion": {"spans": 1, "chars": 2}
    }
