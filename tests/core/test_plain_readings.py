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
