"""Agreement measures against hand-worked examples and the krippendorff package."""

import krippendorff
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from annotator.core.agreement import (
    article_agreement,
    cohen_kappa,
    cohen_kappa_matrix,
    coincidence_matrix,
    fleiss_kappa,
    nominal_alpha,
    pair_counts,
    span_f1_matrix_exact,
)
from annotator.core.overlay import class_overlay
from annotator.core.spans import Span

TAGS = ["claim", "opinion"]

# Three raters, four items, two categories; counts[c, item].
#   item 1: 3 x c0     item 2: 3 x c1     item 3: 2 x c0, 1 x c1     item 4: 1 x c0, 2 x c1
SMALL = np.array([[3, 0, 2, 1], [0, 3, 1, 2]])


def test_coincidence_matrix_by_hand():
    # o_ck = sum_u n_cu (n_ku - [c=k]) / (m_u - 1), m_u = 3:
    #   item 1: o00 += 3*2/2 = 3        item 2: o11 += 3
    #   item 3: o00 += 2*1/2 = 1, o01 = o10 += 2*1/2 = 1
    #   item 4: o11 += 2*1/2 = 1, o01 = o10 += 1
    assert coincidence_matrix(SMALL).tolist() == [[4, 2], [2, 4]]


def test_nominal_alpha_by_hand():
    # n_0 = n_1 = 6, n = 12; alpha = 1 - (n-1) * (o01 + o10) / (2 n_0 n_1)
    #                                = 1 - 11 * 4 / 72 = 7/18
    assert nominal_alpha(SMALL) == pytest.approx(7 / 18)


def test_fleiss_kappa_by_hand():
    # P_i = (sum_c n_ci^2 - m) / (m (m-1)): 1, 1, (4+1-3)/6 = 1/3, 1/3 -> P_bar = 2/3
    # p_0 = 6/12, p_1 = 6/12 -> P_e = 1/2;  kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3
    assert fleiss_kappa(SMALL) == pytest.approx(1 / 3)


def test_fleiss_kappa_published_example():
    # Fleiss (1971) layout as worked on Wikipedia: 10 subjects, 14 raters, 5 categories;
    # P_bar = 0.378, P_e = 0.213, kappa = 0.210.
    table = np.array([
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]).T
    assert fleiss_kappa(table) == pytest.approx(0.2099, abs=5e-4)


def test_cohen_kappa_by_hand():
    a = [0, 0, 1, 1, 0, 1, 0, 0]
    b = [0, 1, 1, 1, 0, 0, 0, 0]
    # observed agreement 6/8; each says 1 three times in 8:
    # P_e = (5/8)^2 + (3/8)^2 = 34/64; kappa = (48/64 - 34/64) / (30/64) = 14/30 = 7/15
    assert cohen_kappa(a, b) == pytest.approx(7 / 15)
    matrix = cohen_kappa_matrix(np.array([a, b, a]), 2)
    assert matrix[0, 1] == pytest.approx(7 / 15)
    assert matrix[0, 2] == pytest.approx(1.0)
    assert np.allclose(matrix, matrix.T)


def test_span_f1_exact_by_hand():
    spans = [Span("a", 0, 5, "claim"), Span("a", 6, 9, "claim"), Span("b", 0, 5, "claim"),
             Span("b", 6, 9, "opinion"), Span("b", 10, 12, "claim")]
    f1 = span_f1_matrix_exact(spans, ["a", "b", "c"])
    # a: 2 spans, b: 3 spans, one in common -> 2 * 1 / 5
    assert f1[0, 1] == pytest.approx(0.4)
    assert f1[0, 0] == 1.0
    assert f1[0, 2] == 0.0  # c has nothing
    assert np.isnan(f1[2, 2])


@st.composite
def reliability_data(draw):
    coders = draw(st.integers(2, 6))
    units = draw(st.integers(1, 25))
    data = draw(arrays(np.float64, (coders, units), elements=st.sampled_from([0.0, 1.0, 2.0,
                                                                             3.0, np.nan])))
    return data


@settings(max_examples=150, deadline=None)
@given(reliability_data())
def test_nominal_alpha_matches_krippendorff_package(data):
    values = np.unique(data[~np.isnan(data)])
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    assume(pairable.any())
    assume(len(np.unique(data[:, pairable][~np.isnan(data[:, pairable])])) >= 2)
    counts = np.stack([(data == v).sum(axis=0) for v in values])
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert nominal_alpha(counts) == pytest.approx(expected, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 39), st.integers(1, 12),
                          st.sampled_from(TAGS)), min_size=1, max_size=25))
def test_article_alpha_matches_krippendorff_package(raw):
    spans = [Span(who, s, min(s + n, 40), tag) for who, s, n, tag in raw]
    annotators = sorted({s.annotator for s in spans} | {"z"})
    overlay = class_overlay(40, spans, TAGS, annotators)
    agreement = article_agreement(overlay)
    labels = overlay.labels.astype(float)
    if len(np.unique(labels)) < 2:
        assert agreement.alpha is None
        return
    expected = krippendorff.alpha(reliability_data=labels, level_of_measurement="nominal")
    assert agreement.alpha == pytest.approx(expected, abs=1e-9)
    for t, tag in enumerate(TAGS):
        binary = overlay.tag_cover[:, t, :].astype(float)
        if len(np.unique(binary)) < 2:
            assert agreement.per_tag[tag].alpha is None
        else:
            ref = krippendorff.alpha(reliability_data=binary, level_of_measurement="nominal")
            assert agreement.per_tag[tag].alpha == pytest.approx(ref, abs=1e-9)


def test_everyone_identical_is_perfect_agreement():
    spans = [Span(w, 2, 6, "claim") for w in "abc"] + [Span(w, 8, 9, "opinion") for w in "abc"]
    agreement = article_agreement(class_overlay(12, spans, TAGS, list("abc")))
    assert agreement.alpha == pytest.approx(1.0)
    assert agreement.fleiss == pytest.approx(1.0)
    assert agreement.mean_cohen == pytest.approx(1.0)
    assert agreement.unitizing.u_alpha == pytest.approx(1.0)
    assert agreement.per_tag["claim"].alpha == pytest.approx(1.0)
    assert np.allclose(agreement.span_f1_exact, 1.0)
    assert np.allclose(agreement.span_f1_overlap, 1.0)


def test_no_variation_is_undefined_not_perfect():
    # Nobody highlighted anything: chance agreement is total, alpha is 0/0 -> None.
    nothing = article_agreement(class_overlay(12, [], TAGS, list("abc")))
    assert nothing.alpha is None
    assert nothing.fleiss is None
    assert nothing.unitizing.u_alpha is None
    assert nothing.per_tag["claim"].alpha is None
    assert np.isnan(nothing.cohen).all()
    # Everybody highlighted everything with one tag: also no variation.
    spans = [Span(w, 0, 12, "claim") for w in "abc"]
    everything = article_agreement(class_overlay(12, spans, TAGS, list("abc")))
    assert everything.alpha is None
    assert everything.per_tag["opinion"].alpha is None


def test_one_annotator_is_undefined():
    agreement = article_agreement(class_overlay(12, [Span("a", 0, 3, "claim")], TAGS, ["a"]))
    assert agreement.alpha is None
    assert agreement.fleiss is None
    assert agreement.mean_cohen is None
    assert agreement.unitizing.u_alpha is None


def test_span_f1_overlap_is_lenient():
    spans = [Span("a", 0, 5, "claim"), Span("a", 10, 12, "opinion"),
             Span("b", 3, 8, "claim")]
    f1 = article_agreement(class_overlay(20, spans, TAGS, ["a", "b"])).span_f1_overlap
    # a's claim overlaps b's claim; a's opinion is not found by b: P(a) = 1/2, R = 1/1
    assert f1[0, 1] == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert f1[0, 1] == f1[1, 0]


@settings(max_examples=40, deadline=None)
@given(arrays(bool, st.tuples(st.integers(1, 20), st.integers(0, 70))))
def test_pair_counts_equal_the_naive_count(rows):
    expected = [[int(np.sum(a & b)) for b in rows] for a in rows]
    assert pair_counts(rows, block=3).tolist() == expected


def test_an_article_nobody_annotated():
    agreement = article_agreement(class_overlay(10, [], TAGS, []))
    assert agreement.alpha is None
    assert agreement.mean_cohen is None
    assert agreement.cohen.shape == (0, 0)
    assert agreement.span_f1_overlap.shape == (0, 0)
    assert agreement.per_tag["claim"].alpha is None


def test_pair_counts_without_numpy_bitwise_count(monkeypatch):
    rows = np.random.default_rng(5).random((7, 45)) < 0.4
    expected = pair_counts(rows)
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    assert pair_counts(rows).tolist() == expected.tolist()
    assert expected.tolist() == (rows.astype(int) @ rows.T.astype(int)).tolist()


def test_chance_agreement_is_exactly_zero_not_a_negative_residue():
    # p_o = p_e = 2/5 exactly; the float arithmetic left -9e-17 ("-0.00", "below chance")
    a, b = [0, 1, 2, 2, 1], [1, 2, 2, 2, 2]
    assert cohen_kappa(a, b) == 0.0
    matrix = cohen_kappa_matrix(np.array([a, b]), 3)
    assert matrix[0, 1] == 0.0 and matrix[1, 0] == 0.0
    assert str(matrix[0, 1]) == "0.0"
    from annotator.core.readings import plain_reading

    assert plain_reading("cohen_kappa", cohen_kappa(a, b)).startswith("0.00: slight")


@pytest.mark.parametrize("m", [3, 64, 65, 130])
def test_pair_counts_both_ways_are_exact(m):
    from annotator.core.agreement import pair_counts

    rows = np.random.default_rng(m).random((m, 517)) > 0.7
    expected = rows.astype(np.int64) @ rows.T.astype(np.int64)
    assert np.array_equal(pair_counts(rows), expected)


@settings(max_examples=40, deadline=None)
@given(arrays(bool, st.tuples(st.integers(1, 12), st.integers(1, 8))),
       st.lists(st.integers(1, 9), min_size=8, max_size=8))
def test_equal_columns_merged_with_weights_count_the_same(columns, repeats):
    from annotator.core.agreement import equal_column_runs, weighted_pair_counts

    rows = np.repeat(columns, repeats[: columns.shape[1]], axis=1)  # runs of equal columns
    starts, lengths = equal_column_runs(rows[:, None, :])
    assert lengths.sum() == rows.shape[1]
    assert np.array_equal(weighted_pair_counts(rows[:, starts], lengths), pair_counts(rows))


def test_a_large_class_gets_the_same_agreement_with_fewer_matrix_products(monkeypatch):
    """Above 64 students the counts are matrix products over merged equal columns, the first
    tag's reused for the overall kappa: the figures are those of one product per value."""
    import annotator.core.agreement as agreement_module

    rng = np.random.default_rng(13)
    people = [f"s{i}" for i in range(80)]
    spans = []
    for who in people:
        for _ in range(6):
            start = int(rng.integers(0, 380))
            spans.append(Span(who, start, start + int(rng.integers(1, 40)),
                              TAGS[int(rng.integers(0, len(TAGS)))]))
    overlay = class_overlay(420, spans, TAGS, people)
    merged = article_agreement(overlay)
    calls: list[int] = []

    def one_product(rows: np.ndarray, block: int = 16) -> np.ndarray:
        calls.append(1)
        return rows.astype(np.int64) @ rows.T.astype(np.int64)

    monkeypatch.setattr(agreement_module, "equal_column_runs",
                        lambda cover: (np.arange(cover.shape[-1]), np.ones(cover.shape[-1])))
    monkeypatch.setattr(agreement_module, "pair_counts", one_product)
    plain = agreement_module.article_agreement(overlay)
    assert np.array_equal(merged.cohen, plain.cohen, equal_nan=True)
    assert merged.mean_cohen == plain.mean_cohen
    for tag in TAGS:
        assert np.array_equal(merged.per_tag[tag].cohen, plain.per_tag[tag].cohen,
                              equal_nan=True)
        assert merged.per_tag[tag].mean_cohen == plain.per_tag[tag].mean_cohen
