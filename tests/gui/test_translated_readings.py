"""The review's plain-language readings of the agreement figures show in the UI's language:
the Agreement tab listed them in English in a German, French or Spanish window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.readings import ENGLISH, plain_reading, reading_key
from annotator.gui import i18n
from annotator.gui.review.agreement_tab import figure_rows
from annotator.gui.review.readings import translated_reading

# a value for each key: (measure, value)
EXAMPLES = {
    "undefined": ("krippendorff_alpha", None), "undefined_score": ("span_f1", None),
    "alpha_reliable": ("krippendorff_alpha", 0.85), "alpha_tentative": ("alpha", 0.7),
    "alpha_low": ("alpha", 0.45), "alpha_chance": ("alpha", 0.05),
    "alpha_systematic": ("alpha", -0.3), "kappa_poor": ("cohen_kappa", -0.25),
    "kappa_slight": ("fleiss_kappa", 0.15), "kappa_fair": ("kappa", 0.35),
    "kappa_moderate": ("kappa", 0.55), "kappa_substantial": ("kappa", 0.75),
    "kappa_almost_perfect": ("kappa", 0.95), "precision": ("precision", 0.5),
    "recall": ("recall", 0.25), "score_close": ("f1", 0.85), "score_partial": ("f1", 0.6),
    "score_different": ("f1", 0.3), "score_none": ("f1", 0.0),
}


def test_every_reading_has_an_example() -> None:
    assert EXAMPLES.keys() == ENGLISH.keys()
    assert all(reading_key(*example) == key for key, example in EXAMPLES.items())


def test_english_shows_the_core_reading(qapp: QApplication) -> None:
    for measure, value in EXAMPLES.values():
        assert translated_reading(measure, value) == plain_reading(measure, value)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_reading_is_translated_with_local_digits(qapp: QApplication,
                                                      language: str) -> None:
    i18n.install(qapp, language)
    try:
        for key, (measure, value) in EXAMPLES.items():
            shown = translated_reading(measure, value)
            assert shown != plain_reading(measure, value), key
            if key.startswith(("alpha", "kappa", "score")):
                assert i18n.number(round(value, 2) + 0.0, 2) in shown, (key, shown)
                assert "," in shown.split()[0], shown  # 0,85 in all three
        assert translated_reading("krippendorff_alpha", 0.85).startswith("0,85")
    finally:
        i18n.install(qapp, "en")


def test_the_agreement_rows_read_in_german(qapp: QApplication) -> None:
    figure = {"value": None, "reading": "English"}
    figures: dict[str, Any] = {
        "tags": [{"key": "claim", "label": "Behauptung"}],
        "agreement": {
            "krippendorff_alpha": {"value": 0.85, "reading": "English"},
            "fleiss_kappa": figure, "mean_cohen_kappa": {"value": 0.5, "reading": "English"},
            "unitizing_alpha": {"u_alpha": figure},
            "per_tag": {"claim": {"krippendorff_alpha": figure, "fleiss_kappa": figure,
                                  "mean_cohen_kappa": figure, "unitizing_alpha": figure}},
        },
    }
    i18n.install(qapp, "de")
    try:
        rows = figure_rows(figures)
    finally:
        i18n.install(qapp, "en")
    readings = [row[3] for row in rows]
    assert readings[0].startswith("0,85. Verlässliche Übereinstimmung")
    assert readings[2].startswith("0,50: mittlere Übereinstimmung")  # read as Cohen's kappa
    assert all("English" not in text and "Cannot" not in text for text in readings)
    assert readings[1].startswith("Nicht berechenbar")
