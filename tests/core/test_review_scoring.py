"""Scoring against a key, the confusion matrix and two-annotator differences, by hand."""

import pytest

from annotator.core.scoring import DifferenceKind, compare_annotators, score_against_key
from annotator.core.spans import Span

TAGS = ["claim", "opinion"]
K1, K2, K3 = Span("key", 0, 10, "claim"), Span("key", 20, 30, "opinion"), Span("key", 40, 50,
                                                                                 "claim")
S1 = Span("s", 0, 10, "claim")  # exactly K1
S2 = Span("s", 22, 30, "opinion")  # K2, shifted start
S3 = Span("s", 40, 45, "opinion")  # inside K3, wrong tag
S4 = Span("s", 60, 70, "claim")  # nothing in the key
KEY = [K1, K2, K3]
STUDENT = [S1, S2, S3, S4]


def prf(p):
    return (p.tp, p.predicted, p.reference)


def test_exact_matching():
    report = score_against_key(100, STUDENT, KEY, TAGS)
    # claim: S1 = K1; student claims S1, S4; key claims K1, K3
    assert prf(report.exact["claim"]) == (1, 2, 2)
    assert report.exact["claim"].f1 == pytest.approx(0.5)
    # opinion: S2 starts at 22, not 20: no exact match
    assert prf(report.exact["opinion"]) == (0, 2, 1)
    assert report.exact["opinion"].precision == 0
    # all: 2 * 1 / (4 + 3)
    assert report.exact["all"].f1 == pytest.approx(2 / 7)


def test_overlap_matching():
    report = score_against_key(100, STUDENT, KEY, TAGS)
    assert prf(report.overlap["claim"]) == (1, 2, 2)  # S3 overlaps K3 but is an opinion
    assert prf(report.overlap["opinion"]) == (1, 2, 1)  # S2-K2
    assert report.overlap["opinion"].f1 == pytest.approx(2 / 3)  # P 1/2, R 1
    assert report.overlap["all"].f1 == pytest.approx(4 / 7)


def test_character_credit():
    report = score_against_key(100, STUDENT, KEY, TAGS)
    # claim: student 0-10, 60-70 (20 chars); key 0-10, 40-50 (20); shared 0-10
    assert prf(report.chars["claim"]) == (10, 20, 20)
    # opinion: student 22-30, 40-45 (13); key 20-30 (10); shared 22-30 (8)
    assert prf(report.chars["opinion"]) == (8, 13, 10)
    assert report.chars["opinion"].precision == pytest.approx(8 / 13)
    assert report.chars["opinion"].recall == pytest.approx(0.8)
    assert prf(report.chars["all"]) == (18, 33, 30)


def test_confusion_matrix_with_drill_down():
    c = score_against_key(100, STUDENT, KEY, TAGS).confusion
    assert c.labels == ("claim", "opinion", "none")
    # rows student tag, columns key tag
    assert c.counts.tolist() == [
        [1, 0, 1],  # S1 -> K1 claim, S4 -> none
        [1, 1, 0],  # S3 -> K3 claim, S2 -> K2 opinion
        [0, 0, 0],
    ]
    assert c.cell("opinion", "claim") == [(S3, K3)]
    assert c.cell("claim", "none") == [(S4, None)]
    assert c.cell("none", "claim") == []


def test_missed_key_span_is_in_the_none_row():
    c = score_against_key(100, [S1], KEY, TAGS).confusion
    assert c.cell("none", "opinion") == [(None, K2)]
    assert c.cell("none", "claim") == [(None, K3)]


def test_empty_sides_are_undefined_not_zero():
    report = score_against_key(100, [], [], TAGS)
    assert report.exact["claim"].precision is None
    assert report.exact["claim"].f1 is None
    report = score_against_key(100, [], KEY, TAGS)
    assert report.overlap["claim"].recall == 0
    assert report.overlap["claim"].precision is None
    assert report.overlap["claim"].f1 == 0


def test_scoring_refuses_bad_spans():
    with pytest.raises(ValueError, match="outside"):
        score_against_key(50, [S4], KEY, TAGS)


def test_differences_between_two_annotators():
    diffs = compare_annotators(KEY, STUDENT)
    assert [(d.kind, d.reference, d.other) for d in diffs] == [
        (DifferenceKind.SHIFTED, K2, S2),
        (DifferenceKind.DIFFERENT_TAG, K3, S3),
        (DifferenceKind.EXTRA, None, S4),
    ]
    diffs = compare_annotators(KEY, [S1])
    assert [d.kind for d in diffs] == [DifferenceKind.MISSING, DifferenceKind.MISSING]
    assert compare_annotators(KEY, KEY) == []
    assert diffs[0].as_dict() == {
        "kind": "missing", "reference": {"start": 20, "end": 30, "tag": "opinion"},
        "other": None,
    }


def test_confusion_as_dict_keeps_the_drill_down():
    data = score_against_key(100, STUDENT, KEY, TAGS).confusion.as_dict()
    cell = next(c for c in data["cells"] if (c["student_tag"], c["key_tag"]) == ("opinion",
                                                                                "claim"))
    assert cell["pairs"] == [{"student": {"start": 40, "end": 45, "tag": "opinion"},
                              "key": {"start": 40, "end": 50, "tag": "claim"}}]
