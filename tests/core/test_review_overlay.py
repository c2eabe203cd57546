"""The class overlay on small hand-made cases."""

import itertools

import numpy as np
import pytest

from annotator.core.overlay import class_overlay
from annotator.core.spans import Span

TAGS = ["claim", "opinion"]


def hand_case():
    # 0123456789
    # aaaaa.....   a: claim 0-5, plus claim 2-4 (same tag, counted once)
    # ...bbbbb..   b: opinion 3-8
    # ..........   c: nothing here
    spans = [Span("a", 0, 5, "claim"), Span("b", 3, 8, "opinion"), Span("a", 2, 4, "claim")]
    return class_overlay(10, spans, TAGS, ["a", "b", "c"])


def test_per_character_counts():
    o = hand_case()
    assert o.coverage.tolist() == [1, 1, 1, 2, 2, 1, 1, 1, 0, 0]
    assert o.tag_counts[0].tolist() == [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
    assert o.tag_counts[1].tolist() == [0, 0, 0, 1, 1, 1, 1, 1, 0, 0]
    assert o.majority.tolist() == [0, 0, 0, 0, 0, 1, 1, 1, -1, -1]
    assert o.disagreement.tolist() == [False] * 3 + [True] * 2 + [False] * 5
    assert o.tag_disagreement[3] == pytest.approx(0.5)
    # "none" counts: c everywhere, plus a after 5 and b before 3
    assert o.value_counts[0].tolist() == [2, 2, 2, 1, 1, 2, 2, 2, 3, 3]


def test_hover_and_click():
    o = hand_case()
    assert o.counts_at(3) == {"claim": 1, "opinion": 1}
    assert o.counts_at(9) == {"claim": 0, "opinion": 0}
    at = o.annotators_at(3)
    assert list(at) == ["a", "b"]
    assert at["a"] == [Span("a", 0, 5, "claim"), Span("a", 2, 4, "claim")]
    assert o.annotators_at(9) == {}
    with pytest.raises(IndexError):
        o.counts_at(10)


def test_runs_cover_text_and_agree_with_arrays():
    o = hand_case()
    runs = o.runs()
    assert [(r.start, r.end) for r in runs] == [(0, 3), (3, 5), (5, 8), (8, 10)]
    assert [(r.coverage, r.majority, r.disagreement) for r in runs] == [
        (1, 0, False), (2, 0, True), (1, 1, False), (0, -1, False)
    ]
    rng = np.random.default_rng(3)
    spans = []
    for who in "abcdef":
        for _ in range(8):
            s = int(rng.integers(0, 190))
            spans.append(Span(who, s, s + int(rng.integers(1, 10)), TAGS[int(rng.integers(2))]))
    big = class_overlay(200, spans, TAGS, list("abcdef"))
    runs = big.runs()
    assert runs[0].start == 0
    assert runs[-1].end == 200
    for left, right in itertools.pairwise(runs):
        assert left.end == right.start
        assert (left.coverage, left.majority, left.disagreement) != (
            right.coverage, right.majority, right.disagreement)
    for r in runs:
        assert set(big.coverage[r.start:r.end].tolist()) == {r.coverage}


def test_toggling_students_off_leaves_their_spans_out():
    spans = [Span("a", 0, 5, "claim"), Span("b", 3, 8, "opinion")]
    o = class_overlay(10, spans, TAGS, ["a"])
    assert o.coverage.tolist() == [1] * 5 + [0] * 5
    assert o.spans == (Span("a", 0, 5, "claim"),)


def test_overlapping_tags_of_one_student_take_the_first_tag_for_single_values():
    o = class_overlay(4, [Span("a", 0, 4, "opinion"), Span("a", 1, 3, "claim")], TAGS, ["a"])
    assert o.labels.tolist() == [[2, 1, 1, 2]]
    assert o.tag_counts.tolist() == [[0, 1, 1, 0], [1, 1, 1, 1]]


def test_bad_spans_are_refused():
    with pytest.raises(ValueError, match="outside a text of 10"):
        class_overlay(10, [Span("a", 5, 11, "claim")], TAGS, ["a"])
    with pytest.raises(ValueError, match="unknown tag 'fact'"):
        class_overlay(10, [Span("a", 1, 2, "fact")], TAGS, ["a"])
    with pytest.raises(ValueError, match="only once"):
        class_overlay(10, [], TAGS, ["a", "a"])


def test_empty_class_and_text():
    o = class_overlay(0, [], TAGS, [])
    assert o.runs() == []
    o = class_overlay(5, [], TAGS, ["a", "b"])
    assert o.coverage.tolist() == [0] * 5
    assert o.majority.tolist() == [-1] * 5


def test_run_arrays_are_the_runs() -> None:
    rng = np.random.default_rng(5)
    spans = []
    for k in range(300):
        start = int(rng.integers(0, 1900))
        spans.append(Span(f"s{k % 9}", start, start + int(rng.integers(1, 90)),
                          ["a", "b", "c"][k % 3]))
    overlay = class_overlay(2000, spans, ["a", "b", "c"], [f"s{i}" for i in range(9)])
    starts, ends, coverage, majority, disputed = overlay.run_arrays()
    runs = overlay.runs()
    assert [(r.start, r.end, r.coverage, r.majority, r.disagreement) for r in runs] == list(
        zip(starts.tolist(), ends.tolist(), coverage.tolist(), majority.tolist(),
            disputed.tolist(), strict=True))
    assert all(type(r.start) is int and type(r.disagreement) is bool for r in runs)
