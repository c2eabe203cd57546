"""The student's report and the class review in the chosen language (French here)."""

from __future__ import annotations

import dataclasses

from handin_sample import TEXT, sample_record
from test_review_report import figures

from annotator.core import i18n
from annotator.exchange.html_report import render_report
from annotator.exchange.review_report import review_report_html


def test_the_report_is_in_french_with_lang_set() -> None:
    i18n.set_language("fr")
    record = sample_record()
    document = render_report(record, {record.articles[0].id: TEXT})
    assert '<html lang="fr">' in document
    for expected in ("Légende et décomptes", "Évaluation des sources", "Élève",
                     "1 lien entre surlignages", "1 réponse d&#x27;évaluation des sources",
                     "étaye"):
        assert expected in document, expected
    for english in ("Legend and counts", "Source evaluation", "Handed in", "not answered"):
        assert english not in document, english
    # French counts 0 as singular
    alone = dataclasses.replace(record, links=())
    assert "0 lien entre surlignages" in render_report(alone, {record.articles[0].id: TEXT})


def test_the_class_review_is_in_french() -> None:
    i18n.set_language("fr")
    document = review_report_html(figures(), {})
    assert "<html lang='fr'>" in document
    assert "<h3>Passages controversés</h3>" in document and "<h3>Accord</h3>" in document
    assert "Class overlay" not in document and "Scores against the key" not in document


def test_english_by_default() -> None:
    record = sample_record()
    document = render_report(record, {record.articles[0].id: TEXT})
    assert '<html lang="en">' in document and "1 link between highlights" in document
