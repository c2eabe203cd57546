from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from odf import dc, meta
from odf.opendocument import OpenDocumentText
from odf.text import H, P
from pypdf import PdfReader, PdfWriter

from annotator.exchange.articles import ArticleImportError, import_article

WriteFile = Callable[[str, bytes], Path]


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Council approves budget", level=1)
    document.add_paragraph("The city council approved the budget on Monday.")
    document.add_paragraph("")
    document.add_paragraph("Critics called it “reckless” spending.")
    props = document.core_properties
    props.title = "Budget vote"
    props.author = "Jane Doe"
    props.created = dt.datetime(2024, 3, 1, 9, 30)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_properties(write_file: WriteFile) -> None:
    article = import_article(write_file("budget.docx", _docx_bytes()))
    assert article.text == (
        "Council approves budget\n\n"
        "The city council approved the budget on Monday.\n\n"
        "Critics called it “reckless” spending."
    )
    assert (article.title, article.author, article.published) == (
        "Budget vote",
        "Jane Doe",
        "2024-03-01",
    )
    assert (article.outlet, article.url) == ("", "")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated download
        lambda data: b"this is not a zip at all",
        lambda data: _zip_with({"word/document.xml": b"<not xml"}),
    ],
    ids=["truncated", "not-a-zip", "broken-parts"],
)
def test_damaged_docx(write_file: WriteFile, damage: Callable[[bytes], bytes]) -> None:
    path = write_file("broken.docx", damage(_docx_bytes()))
    with pytest.raises(ArticleImportError, match=r"^broken\.docx: this Word document is damaged"):
        import_article(path)


def _zip_with(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _odt_bytes() -> bytes:
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text="Budget vote"))
    document.meta.addElement(dc.Creator(text="Jane Doe"))
    document.meta.addElement(meta.CreationDate(text="2024-03-01T10:00:00"))
    document.text.addElement(H(outlinelevel=1, text="Council approves budget"))
    document.text.addElement(P(text="The city council approved the budget on Monday."))
    document.text.addElement(P(text="Critics called it “reckless” spending."))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def test_odt_headings_paragraphs_and_properties(write_file: WriteFile) -> None:
    article = import_article(write_file("budget.odt", _odt_bytes()))
    assert article.text == (
        "Council approves budget\n\n"
        "The city council approved the budget on Monday.\n\n"
        "Critics called it “reckless” spending."
    )
    assert (article.title, article.author, article.published) == (
        "Budget vote",
        "Jane Doe",
        "2024-03-01",
    )


def test_damaged_odt(write_file: WriteFile) -> None:
    path = write_file("broken.odt", _odt_bytes()[:300])
    with pytest.raises(ArticleImportError, match=r"^broken\.odt: this OpenDocument"):
        import_article(path)


def test_pdf_text_layer(write_file: WriteFile, make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(
        ["Council approves budget", "The city council approved the budget on Monday."],
        title="Budget vote",
        author="Jane Doe",
    )
    article = import_article(write_file("budget.pdf", data))
    assert "Council approves budget" in article.text
    assert "The city council approved the budget on Monday." in article.text
    assert (article.title, article.author, article.published) == (
        "Budget vote",
        "Jane Doe",
        "2024-03-01",
    )


def test_pdf_without_text_layer(write_file: WriteFile) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ArticleImportError) as info:
        import_article(write_file("scan.pdf", out.getvalue()))
    assert str(info.value) == "scan.pdf: this PDF has no text layer (a scanned image?)"


def test_password_protected_pdf(write_file: WriteFile, make_pdf: Callable[..., bytes]) -> None:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Secret memo"]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ArticleImportError, match=r"^locked\.pdf: this PDF is (password|encr)"):
        import_article(write_file("locked.pdf", out.getvalue()))


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n" + bytes(range(256)) * 8, b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", b"GIF89a"],
    ids=["garbage", "truncated", "not-a-pdf"],
)
def test_damaged_pdf(write_file: WriteFile, data: bytes) -> None:
    with pytest.raises(ArticleImportError, match=r"^broken\.pdf: this (PDF is damaged|is not a)"):
        import_article(write_file("broken.pdf", data))
