"""Tag set checks: shared shortcuts and colours too alike are reported in plain words."""

from __future__ import annotations

import itertools

import pytest

from annotator.core.colours import TagLook, contrast_ratio, delta_e, tag_warnings
from annotator.services.tag_sets import OKABE_ITO, next_colour, slug


def test_okabe_ito_defaults_are_mutually_distinct() -> None:
    assert all(delta_e(a, b) >= 20 for a, b in itertools.combinations(OKABE_ITO, 2))
    assert tag_warnings([TagLook(str(i), c, str(i)) for i, c in enumerate(OKABE_ITO)]) == []
    assert next_colour(["#e69f00"]) == "#56B4E9"
    assert next_colour(list(OKABE_ITO)) == OKABE_ITO[0]


def test_warnings_name_the_tags() -> None:
    tags = [TagLook("Claim", "#E69F00", "1"), TagLook("Fact", "#E8A010", "1"),
            TagLook("Opinion", "#0072B2", "2"), TagLook("Broken", "nonsense", "")]
    assert tag_warnings(tags) == [
        "Shortcut 1 is used by Claim and Fact.",
        "Claim and Fact have colours that are hard to tell apart.",
    ]


def test_colour_maths() -> None:
    assert delta_e("#000000", "#FFFFFF") == pytest.approx(100, abs=0.01)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert slug("Évidence / Quote!") == "evidence-quote" and slug("!!!") == "tag"
    with pytest.raises(ValueError, match="rrggbb"):
        delta_e("#fff", "#000000")
