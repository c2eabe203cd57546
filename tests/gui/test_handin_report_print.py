"""The report through Qt: saved as PDF, and drawn the way the print engine sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from annotator.gui.handin.printing import PrintError, render_image, report_document, save_pdf
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import load_exercise
from annotator.services.handin_report import report_html
from annotator.services.sample import SAMPLE_EXERCISE_ID

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _report(ctx: AppContext) -> str:
    """A student's report on the sample: overlapping highlights, a note with markup, a link."""
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "<script>alert(1)</script> Sam")
    text = ex.articles[0].text
    outer = text.index("North Korea’s rapid missile-program improvements")
    inner = text.index("can be traced to Russia")
    a = ctx.annotations.add(ex.articles[0].id, me.id, outer, inner + 23, ex.tags[0].id,
                            "Who says so? <script>x</script>")
    ctx.annotations.add(ex.articles[0].id, me.id, inner, inner + 23, ex.tags[1].id)
    ctx.annotations.add(ex.articles[0].id, me.id, inner + 4, inner + 30, ex.tags[3].id, "why")
    other = ex.articles[1].text.index("Kim Jong-un")
    b = ctx.annotations.add(ex.articles[1].id, me.id, other, other + 11, ex.tags[2].id)
    ctx.annotations.add_link(a.id, b.id, "supports")
    ctx.annotations.set_answer(ex.questions[0].id, me.id, ex.articles[0].id, "The NYT")
    return report_html(ctx.db, SAMPLE_EXERCISE_ID, me.id)


def test_report_saves_as_pdf(qapp: object, ctx: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    save_pdf(_report(ctx), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    assert b"%%EOF" in data[-64:]
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no temporary left


def test_pdf_into_a_missing_folder_is_one_line(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="folder does not exist"):
        save_pdf("<p>x</p>", tmp_path / "gone" / "r.pdf")


def test_qt_renders_highlights_escaped_text_and_page_breaks(
    qapp: object, ctx: AppContext, tmp_path: Path
) -> None:
    document = report_document(_report(ctx))
    plain = document.toPlainText()
    assert "<script>alert(1)</script> Sam" in plain  # shown as text, never run
    assert "Who says so? <script>x</script>" in plain
    # Highlighted characters carry a background colour and an underline in Qt too.
    text = plain
    cursor = QTextCursor(document)
    cursor.setPosition(text.index("can be traced to Russia") + 2)
    fmt = cursor.charFormat()
    assert fmt.background().color().name() != "#000000"
    assert fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    breaks = 0
    # each tag keeps its own underline style on paper, as the legend's sample shows it
    styles = {}
    legend = plain.index("Legend and counts")
    for label in ("Claim", "Evidence", "Speculation", "Opinion"):
        cursor.setPosition(plain.index(label, legend) + 1)  # the legend's sample
        styles[label] = cursor.charFormat().underlineStyle()
    u = QTextCharFormat.UnderlineStyle
    assert styles == {"Claim": u.SingleUnderline, "Evidence": u.DashUnderline,
                      "Speculation": u.DotLine, "Opinion": u.WaveUnderline}
    cursor.setPosition(text.index("North Korea’s rapid") + 2)  # only the claim here
    assert cursor.charFormat().underlineStyle() == u.SingleUnderline
    cursor.setPosition(text.index("leader Kim Jong-un") + 9)  # speculation, second article
    assert cursor.charFormat().underlineStyle() == u.DotLine
    block = document.begin()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy().value:
            breaks += 1
        block = block.next()
    assert breaks >= 2  # each article starts a page


def test_report_screenshot(qapp: object, ctx: AppContext) -> None:
    image = render_image(_report(ctx), 820)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "handin-report.png"
    assert image.height() > 1500
    assert image.copy(0, 0, 820, 2400).save(str(path))
