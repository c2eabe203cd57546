"""The span index answers range queries exactly; overlapping spans get distinct layers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.layers import SpanIndex, StableLayers, assign_layers

spans_strategy = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=40,
)


@given(spans_strategy, st.integers(0, 260), st.integers(0, 60), st.data())
def test_overlapping_matches_brute_force(
    spans: list[tuple[int, int]], start: int, length: int, data: st.DataObject
) -> None:
    index = SpanIndex()
    keyed = {f"k{i}": span for i, span in enumerate(spans)}
    for key, (s, e) in keyed.items():
        index.add(key, s, e)
    removed = data.draw(st.sets(st.sampled_from(sorted(keyed))) if keyed else st.just(set()))
    for key in removed:
        index.remove(key)
        del keyed[key]
    end = start + length
    probe_end = end if end > start else start + 1
    expected = {k for k, (s, e) in keyed.items() if s < probe_end and e > start}
    assert {k for k, _, _ in index.overlapping(start, end)} == expected
    assert len(index) == len(keyed)
    assert index.ordered() == sorted(keyed, key=lambda k: (keyed[k], repr(k)))


@given(spans_strategy)
def test_overlapping_spans_never_share_a_layer(spans: list[tuple[int, int]]) -> None:
    keyed = [(i, s, e) for i, (s, e) in enumerate(spans)]
    layers = assign_layers(keyed)
    for i, s1, e1 in keyed:
        for j, s2, e2 in keyed:
            if i < j and s1 < e2 and s2 < e1:
                assert layers[i] != layers[j]
    # no more layers than the deepest overlap needs
    depth = max((sum(1 for _, s, e in keyed if s <= p < e) for p in range(0, 261)), default=0)
    assert max(layers.values(), default=-1) + 1 == depth


def test_nested_span_sits_above_its_container() -> None:
    layers = assign_layers([("outer", 0, 50), ("inner", 10, 20), ("later", 60, 70)])
    assert layers == {"outer": 0, "inner": 1, "later": 0}


def test_stable_layers_on_a_fresh_index_are_the_greedy_colouring() -> None:
    spans = [("outer", 0, 50), ("inner", 10, 20), ("later", 60, 70), ("cross", 45, 65)]
    layering = StableLayers(SpanIndex(spans))
    assert layering.ensure(spans) == assign_layers(spans)


@given(spans_strategy, spans_strategy, st.data())
def test_stable_layers_stay_distinct_and_move_only_near_a_change(
    first: list[tuple[int, int]], later: list[tuple[int, int]], data: st.DataObject
) -> None:
    index = SpanIndex((f"a{i}", s, e) for i, (s, e) in enumerate(first))
    layering = StableLayers(index)
    shown = data.draw(st.tuples(st.integers(0, 200), st.integers(0, 60)))
    layering.ensure(index.overlapping(shown[0], shown[0] + shown[1] + 1))

    def check() -> None:
        given_ = {k: v for k, v in layering.of.items()}
        assert set(given_) <= {k for k, _, _ in index.overlapping(0, 300)}
        for key, layer in given_.items():
            s, e = index.span(key)
            for other, _, _ in index.overlapping(s, e):
                assert other == key or given_.get(other) != layer

    check()
    for n, (s, e) in enumerate(later):
        before = dict(layering.of)
        key = data.draw(st.sampled_from([f"b{n}", *sorted(layering.of)]))
        action = data.draw(st.sampled_from(["place", "remove"]))
        if action == "remove" and key in index:
            index.remove(key)
            layering.forget(key)
            assert {k: v for k, v in before.items() if k != key} == layering.of
        else:
            old = index.span(key) if key in index else None
            index.add(key, s, e)
            layering.place(key)
            near = {k for k, _, _ in index.overlapping(s, e)}
            if old is not None:
                near |= {k for k, _, _ in index.overlapping(*old)}
            moved = {k for k in before.keys() & layering.of.keys()
                     if before[k] != layering.of[k]}
            assert moved <= near  # only the span and the spans it overlaps change layers
        check()
        layering.ensure(index.overlapping(0, 300))
        check()
