"""Per-passage verdicts agree with the Compare view's differences and cover every passage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.scoring import compare_annotators
from annotator.core.spans import Span
from annotator.core.verdicts import Verdict, passage_verdicts


def K(start: int, end: int, tag: str = "claim") -> Span:
    return Span("key", start, end, tag)


def Y(start: int, end: int, tag: str = "claim") -> Span:
    return Span("you", start, end, tag)


def test_each_kind_of_verdict() -> None:
    key = [K(0, 5), K(10, 15, "evidence"), K(20, 25), K(30, 35)]
    yours = [Y(0, 5), Y(10, 15, "claim"), Y(21, 25), Y(40, 45, "opinion")]

    found = [(v.verdict, v.start) for v in passage_verdicts(key, yours)]

    assert found == [(Verdict.AGREE, 0), (Verdict.DIFFERENT_TAG, 10), (Verdict.SHIFTED, 20),
                     (Verdict.MISSED, 30), (Verdict.EXTRA, 40)]


def test_nothing_on_either_side_gives_no_verdicts() -> None:
    assert passage_verdicts([], []) == []


spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from(["claim", "opinion"])),
    max_size=8,
)


@given(spans, spans)
def test_every_passage_appears_exactly_once(key_raw: list, your_raw: list) -> None:
    key = [K(s, s + n, t) for s, n, t in key_raw]
    yours = [Y(s, s + n, t) for s, n, t in your_raw]

    verdicts = passage_verdicts(key, yours)

    assert sorted(v.key for v in verdicts if v.key) == sorted(key)
    assert sorted(v.yours for v in verdicts if v.yours) == sorted(yours)
    differing = [v for v in verdicts if v.verdict != Verdict.AGREE]
    assert len(differing) == len(compare_annotators(key, yours))
