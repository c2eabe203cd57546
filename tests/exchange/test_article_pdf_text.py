"""PDF text as a reader sees the page: words, ligatures and wrapped lines put back together.

A PDF written glyph by glyph (Qt, and many office and browser exports with embedded CID
fonts) came out of pypdf with a tab between every word, "ﬁ" ligature characters and a
line break wherever the page wrapped: the reading pane then showed the words in tab
columns, and the class review cut sentences in two at each wrap.
"""

from __future__ import annotations

from pathlib import Path

from annotator.exchange.articles import import_article
from annotator.exchange.articles.pdf import page_text

PARAGRAPH = ("Whether the closure saves money in the long run will probably depend on "
             "whether the building can be sold, the property office said in its final "
             "report to the council, which the figures in the audit support.")


def _qt_pdf(path: Path, paragraphs: list[str]) -> Path:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText("\n".join(paragraphs))
    document.print_(writer)
    del writer  # finishes the file
    return path


def test_a_glyph_by_glyph_pdf_reads_as_running_text(qapp: object, tmp_path: Path) -> None:
    path = _qt_pdf(tmp_path / "numbers.pdf", ["Library closure: what the numbers say",
                                              PARAGRAPH])
    text = import_article(path).text
    assert text.splitlines()[-1] == PARAGRAPH  # Qt's footer page number "1" is left out
    assert "\t" not in text
    assert "\ufb01" not in text and "\ufb03" not in text
    assert text.splitlines()[:2] == ["Library closure: what the numbers say", PARAGRAPH]


def test_page_text_joins_wrapped_lines_and_keeps_real_breaks() -> None:
    raw = ("Visits\tfell\tby 38 percent. Over the same period, e-book\n"
           "loans doubled, the oﬃce said; long-\n"
           "term costs are ﬁxed.\n"
           "\n"
           "Whether it saves money will\n"
           "probably depend on a sale.\n"
           "“Nobody asked us,” said Tom.\n"
           "2025 figures follow -\n"
           "and they are late.")
    assert page_text(raw) == (
        "Visits fell by 38 percent. Over the same period, e-book loans doubled, the office "
        "said; long-term costs are fixed.\n"
        "\n"
        "Whether it saves money will probably depend on a sale.\n"
        "“Nobody asked us,” said Tom.\n"
        "2025 figures follow - and they are late.")


def test_a_page_number_alone_on_the_last_line_is_left_out_and_nothing_else() -> None:
    assert page_text("Books move on 31 December.\n1", page=1) == "Books move on 31 December."
    assert page_text("The end.\n- 2 -\n", page=2) == "The end."
    assert page_text("The end.\nPage 3 of 12", page=3) == "The end."
    # a number that is not this page's stays: it may be the article's own text
    assert page_text("Visits in\n2019", page=1) == "Visits in\n2019"
    assert page_text("Chapter\n1", page=2) == "Chapter\n1"
    assert page_text("Total:\n1") == "Total:\n1"
