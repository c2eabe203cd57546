from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.exchange.articles import (
    MAX_ARTICLE_BYTES,
    ArticleImportError,
    ImportedArticle,
    import_article,
    import_text,
)
from annotator.exchange.errors import ExchangeError

WriteFile = Callable[[str, bytes], Path]

SAMPLE = "“Quoted” café résumé — it’s naïve.\nThe minister said the plan would work.\n"


def test_utf8_text_is_normalised(write_file: WriteFile) -> None:
    decomposed = "Cafe\u0301 owners protest\r\nSecond line  \r\n\r\n"
    article = import_article(write_file("news.txt", decomposed.encode("utf-8")))
    assert article == ImportedArticle(
        text="Café owners protest\nSecond line", source_name="news.txt"
    )


def test_utf8_with_bom(write_file: WriteFile) -> None:
    article = import_article(write_file("bom.txt", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")))
    assert article.text == SAMPLE.rstrip()
    assert not article.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(write_file: WriteFile, encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    article = import_article(write_file("wide.txt", data))
    assert article.text == SAMPLE.rstrip()


def test_windows_1252_with_curly_quotes_and_accents(write_file: WriteFile) -> None:
    data = SAMPLE.encode("cp1252")
    assert b"\x93" in data  # really Windows-1252 bytes
    assert b"\xe9" in data
    article = import_article(write_file("legacy.txt", data))
    assert article.text == SAMPLE.rstrip()


def test_markdown_title_from_first_heading(write_file: WriteFile) -> None:
    text = "# Council approves budget\n\nThe council approved the budget.\n"
    article = import_article(write_file("story.md", text.encode("utf-8")))
    assert article.title == "Council approves budget"
    assert article.text == text.rstrip()
    assert (article.outlet, article.author, article.published, article.url) == ("", "", "", "")


def test_plain_text_invents_no_provenance(write_file: WriteFile) -> None:
    article = import_article(write_file("plain.txt", b"Just a line of news."))
    assert (article.title, article.outlet, article.author, article.published) == ("", "", "", "")
    assert (article.url, article.language) == ("", "")


def test_binary_file_is_refused(write_file: WriteFile) -> None:
    path = write_file("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(ArticleImportError) as info:
        import_article(path)
    assert str(info.value) == "photo.txt: this is a binary file, not text"
    assert isinstance(info.value, ExchangeError)


def test_empty_file_is_refused(write_file: WriteFile) -> None:
    with pytest.raises(ArticleImportError, match=r"^empty\.txt: the file is empty$"):
        import_article(write_file("empty.txt", b""))


def test_whitespace_only_file_has_no_text(write_file: WriteFile) -> None:
    with pytest.raises(ArticleImportError, match="no article text"):
        import_article(write_file("blank.txt", b"  \n\r\n\t "))


def test_oversized_file_is_refused_before_reading(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file("huge.txt", b"")
    with path.open("r+b") as handle:  # a sparse file: big on paper, nothing to read
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    with pytest.raises(ArticleImportError, match=r"huge\.txt: .*limited to 20 MB"):
        import_article(path)
    assert opened == []


def test_unknown_kind_and_missing_file(tmp_path: Path, write_file: WriteFile) -> None:
    with pytest.raises(ArticleImportError, match=r"^sheet\.xlsx: this kind of file cannot"):
        import_article(write_file("sheet.xlsx", b"PK"))
    with pytest.raises(ArticleImportError, match=r"^gone\.txt: cannot read the file"):
        import_article(tmp_path / "gone.txt")


def test_pasted_text() -> None:
    article = import_text("  Pasted\r\nstory\u00a0text  \n")
    assert article.text == "  Pasted\nstory\u00a0text"
    assert article.source_name == "clipboard"
    assert article.title == ""
    with pytest.raises(ArticleImportError, match=r"^clipboard: there is no text"):
        import_text(" \n ")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("# Mayor defends plan\n\nThe mayor said “yes”.", "cp1252"),
        ("Le café était fermé, a-t-il dit — « c’est la grève ».", "cp1252"),
        ("Zażółć gęślą jaźń — powiedział minister, że plan się uda.", "cp1250"),
        ("Δημοσιογράφος είπε ότι το σχέδιο θα πετύχει σύντομα.", "cp1253"),
        ("Министр сказал, что план будет работать уже весной.", "cp1251"),
    ],
    ids=["short-western", "french", "polish", "greek", "russian"],
)
def test_legacy_encodings(write_file: WriteFile, text: str, encoding: str) -> None:
    article = import_article(write_file("legacy.txt", text.encode(encoding)))
    assert article.text == text
