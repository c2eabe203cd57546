"""Re-anchoring quotes in changed texts, the way web annotators do it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import Anchor, reanchor
from annotator.core.text import quote_context

OLD = (
    'The minister said on Tuesday that the plan "will work". Critics disagree. '
    "Officials expect 3,000 new jobs by 2027, according to the ministry's own report."
)


def _anchor_in(new: str, quote: str, old: str = OLD, occurrence: int = 0) -> Anchor | None:
    start = -1
    for _ in range(occurrence + 1):
        start = old.index(quote, start + 1)
    prefix, exact, suffix = quote_context(old, start, start + len(quote))
    return reanchor(new, exact, prefix, suffix, start, start + len(quote))


def test_unchanged_text_uses_the_stored_position() -> None:
    assert _anchor_in(OLD, "3,000 new jobs") == Anchor(
        OLD.index("3,000"), OLD.index("3,000") + 14, "position"
    )


def test_text_that_gained_a_sentence_finds_the_exact_quote_further_on() -> None:
    new = "Update: figures revised on Friday. " + OLD

    found = _anchor_in(new, "3,000 new jobs")

    assert found is not None
    assert found.method == "exact"
    assert new[found.start : found.end] == "3,000 new jobs"


def test_quote_that_lost_a_word_is_found_fuzzily() -> None:
    new = OLD.replace("expect 3,000 new jobs by 2027", "expect 3,000 jobs by 2027")

    found = _anchor_in(new, "Officials expect 3,000 new jobs by 2027")

    assert found is not None
    assert found.method == "fuzzy"
    assert new[found.start : found.end] == "Officials expect 3,000 jobs by 2027"


def test_straight_and_curly_quotation_marks_are_interchangeable() -> None:
    new = OLD.replace('"will work"', "“will work”").replace("ministry's", "ministry’s")

    found = _anchor_in(new, 'the plan "will work"')
    apostrophe = _anchor_in(new, "the ministry's own report")

    assert found is not None
    assert new[found.start : found.end] == "the plan “will work”"
    assert found.method == "fuzzy"
    assert apostrophe is not None
    assert new[apostrophe.start : apostrophe.end] == "the ministry’s own report"


def test_repeated_phrase_is_told_apart_by_its_context() -> None:
    old = "Sales rose. The plan will work, said Ann. Costs fell. The plan will work, said Bob."
    # The second occurrence was annotated; the new text moves things around.
    new = "Costs fell. The plan will work, said Bob. Sales rose. The plan will work, said Ann."

    second = _anchor_in(new, "The plan will work", old=old, occurrence=1)
    first = _anchor_in(new, "The plan will work", old=old, occurrence=0)

    assert second is not None
    assert first is not None
    assert new[second.end : second.end + 10] == ", said Bob"
    assert new[first.end : first.end + 10] == ", said Ann"
    assert second.method == first.method == "exact"


def test_repeated_phrase_with_equal_context_prefers_the_old_position() -> None:
    text = "yes. no. yes. no. yes. no. yes."
    start = text.index("no.", 10)

    found = reanchor("x" + text, "no.", text[start - 3 : start], "", start, start + 3)

    assert found == Anchor(start + 1, start + 4, "exact")


def test_emoji_before_the_span_shifts_by_one_code_point_each() -> None:
    new = "😀👍🏽 " + OLD

    found = _anchor_in(new, "the plan")

    assert found is not None
    assert found.start == OLD.index("the plan") + 4  # three emoji code points and a space
    assert new[found.start : found.end] == "the plan"


def test_quote_that_is_gone_is_an_orphan() -> None:
    new = "A completely different article about the weather in Lisbon this week."

    assert _anchor_in(new, "Critics disagree.") is None
    assert reanchor(new, "", "", "") is None


def test_short_quotes_are_never_matched_fuzzily() -> None:
    assert reanchor("abc def", "xyz") is None


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(OLD) - 1), st.integers(1, 40), st.text(max_size=30))
def test_any_span_survives_text_inserted_before_it(start: int, length: int, inserted: str) -> None:
    end = min(len(OLD), start + length)
    prefix, exact, suffix = quote_context(OLD, start, end)

    found = reanchor(inserted + OLD, exact, prefix, suffix, start, end)

    assert found is not None
    assert (inserted + OLD)[found.start : found.end] == exact


def test_a_long_quote_in_an_edited_text_is_placed_by_its_ends() -> None:
    import random

    rng = random.Random(7)
    words = ["claim", "report", "minister", "plan", "jobs", "critics", "said", "the", "of"]
    old = " ".join(rng.choice(words) + str(rng.randint(0, 99)) for _ in range(3000))
    start, end = 1000, 6000
    prefix, exact, suffix = quote_context(old, start, end)
    middle = (start + end) // 2
    new = "A new first line. " + old[:middle] + " an inserted clause," + old[middle:]

    found = reanchor(new, exact, prefix, suffix, start, end)

    assert found == Anchor(start + 18, end + 18 + 20, "fuzzy")
