"""Plain-language readings for instructors."""

import math

import pytest

from annotator.core.readings import MEASURES, plain_reading


def test_alpha_thresholds():
    assert "Reliable" in plain_reading("krippendorff_alpha", 0.85)
    assert "Tentative" in plain_reading("krippendorff_alpha", 0.7)
    assert "Low agreement" in plain_reading("krippendorff_alpha", 0.4)
    assert "chance" in plain_reading("krippendorff_alpha", 0.05)
    assert "Systematic" in plain_reading("unitizing_alpha", -0.3)
    assert plain_reading("krippendorff_alpha", 0.2) != plain_reading("krippendorff_alpha", 0.8)


@pytest.mark.parametrize(
    ("value", "word"),
    [(-0.1, "poor"), (0.1, "slight"), (0.3, "fair"), (0.5, "moderate"), (0.7, "substantial"),
     (0.9, "almost perfect")],
)
def test_kappa_bands(value, word):
    assert word in plain_reading("fleiss_kappa", value)
    assert word in plain_reading("cohen_kappa", value)


def test_scores():
    assert plain_reading("precision", 0.75).startswith("75%")
    assert "found" in plain_reading("recall", 0.5)
    assert "close match" in plain_reading("span_f1", 0.9)
    assert "no overlap" in plain_reading("f1", 0.0)


def test_undefined_values():
    for measure in MEASURES:
        assert "Cannot be computed" in plain_reading(measure, None)
    assert "Cannot be computed" in plain_reading("fleiss_kappa", math.nan)


def test_unknown_measure():
    with pytest.raises(ValueError, match="unknown measure 'pearson'"):
        plain_reading("pearson", 0.5)


@pytest.mark.parametrize("measure", ["fleiss_kappa", "cohen_kappa", "kappa"])
def test_kappa_of_exactly_zero_is_slight_not_below_chance(measure):
    reading = plain_reading(measure, 0.0)
    assert reading.startswith("0.00: slight agreement")
    assert "poor" not in reading
    # a rounding residue is chance too, and never prints as -0.00
    residue = plain_reading(measure, -1e-17)
    assert residue == reading
    assert "-0.00" not in plain_reading(measure, -0.004)
    assert "poor (below chance)" in plain_reading(measure, -0.006)
    assert plain_reading(measure, -0.006).startswith("-0.01")


def test_no_reading_prints_minus_zero():
    for measure in MEASURES:
        for residue in (-1e-17, -0.0, -0.0049):
            assert "-0.0" not in plain_reading(measure, residue), measure


def test_format_value():
    from annotator.core.readings import format_value

    assert format_value(-0.0001) == "0.00"
    assert format_value(-0.0) == "0.00"
    assert format_value(0.125, 3) == "0.125"
    assert format_value(-0.25) == "-0.25"
