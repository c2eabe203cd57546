from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.exchange.articles import ArticleImportError, import_article
from annotator.exchange.articles import html as html_module

WriteFile = Callable[[str, bytes], Path]

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council approves budget | Daily Planet</title>
<meta property="og:title" content="Council approves budget after long debate">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-01T08:00:00+01:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.org/news/council-budget">
<link rel="stylesheet" href="file:///tmp/evil.css">
<style>body { background: url(file:///tmp/bg.png); } .ad { color: red }</style>
<script>var tracker = "SCRIPT-SECRET"; fetch("https://tracker.invalid/x");</script>
<script src="https://cdn.invalid/app.js"></script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World NAVLINK</a> <a href="/sport">Sport</a></nav>
<div class="ad">ADVERT buy now</div>
<article>
<h1>Council approves budget</h1>
<p>The city council approved the budget on Monday after a long debate about school funding,
road repairs and the new library that residents had asked for.</p>
<img src="file:///etc/secret-photo.png" alt="Council chamber">
<h2>Reactions</h2>
<p>The mayor called the decision <a href="file:///tmp/historic.html">historic</a>, while critics
said it was reckless spending that would burden taxpayers for years to come.</p>
<p>Experts expect the changes to take effect next spring, according to a statement released by
the finance office on Tuesday morning.</p>
</article>
<footer>Copyright 2024 Daily Planet FOOTERTEXT</footer>
</body>
</html>
"""


def test_saved_web_page(write_file: WriteFile) -> None:
    article = import_article(write_file("budget.html", PAGE.encode("utf-8")))
    assert article.title == "Council approves budget after long debate"
    assert article.outlet == "Daily Planet"
    assert article.author == "Jane Doe"
    assert article.published == "2024-03-01"
    assert article.url == "https://example.org/news/council-budget"
    assert article.language == "en-GB"
    assert article.source_name == "budget.html"
    paragraphs = article.text.split("\n\n")
    assert "Reactions" in paragraphs  # headings stay paragraphs of their own
    assert any(p.startswith("The city council approved the budget on Monday") for p in paragraphs)
    assert "The mayor called the decision historic, while critics" in article.text
    for dropped in ("SCRIPT-SECRET", "tracker", "color: red", "NAVLINK", "file://", "FOOTERTEXT"):
        assert dropped not in article.text


def test_page_without_meta_tags_invents_nothing(write_file: WriteFile) -> None:
    page = "<html><body><p>Only a paragraph of plain reporting here.</p></body></html>"
    article = import_article(write_file("bare.htm", page.encode("utf-8")))
    assert article.text == "Only a paragraph of plain reporting here."
    assert (article.title, article.outlet, article.author) == ("", "", "")
    assert (article.published, article.url, article.language) == ("", "", "")


def test_fallback_when_trafilatura_finds_nothing(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_module.trafilatura, "extract", lambda *a, **k: None)
    article = import_article(write_file("budget.html", PAGE.encode("utf-8")))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "ADVERT buy now"  # the fallback keeps every body block ...
    assert "Council approves budget" in paragraphs
    assert "Reactions" in paragraphs
    assert "The mayor called the decision historic, while critics" in article.text
    for dropped in ("SCRIPT-SECRET", "color: red", "NAVLINK", "FOOTERTEXT", "file://"):
        assert dropped not in article.text  # ... but never scripts, styles, nav or footer


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1"])
def test_declared_legacy_charset(write_file: WriteFile, declared: str) -> None:
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        "<title>Caf\u00e9 news</title></head><body><p>\u201cIt\u2019s a caf\u00e9,\u201d "
        "she said about the place on the corner of the square.</p></body></html>"
    )
    article = import_article(write_file("legacy.html", page.encode("cp1252")))
    assert article.title == "Café news"
    assert "“It’s a café,” she said" in article.text


def test_binary_html_is_refused(write_file: WriteFile) -> None:
    with pytest.raises(ArticleImportError, match=r"^x\.html: this is a binary file"):
        import_article(write_file("x.html", b"\x00\x01\x02\x03" * 100))


def test_page_with_no_text(write_file: WriteFile) -> None:
    page = b"<html><head><script>var a = 1;</script></head><body><img src='a.png'></body></html>"
    with pytest.raises(ArticleImportError, match=r"^empty\.html: no article text"):
        import_article(write_file("empty.html", page))


def test_the_network_guard_itself_works(network_attempts: list[str]) -> None:
    with socket.socket() as sock, pytest.raises(RuntimeError, match="network access attempted"):
        sock.connect(("192.0.2.1", 80))
    assert network_attempts == ["(('192.0.2.1', 80),)"]
    network_attempts.clear()


def test_a_crash_in_trafilatura_falls_back(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(html_module.trafilatura, "extract", crash)
    article = import_article(write_file("budget.html", PAGE.encode("utf-8")))
    assert "Reactions" in article.text.split("\n\n")


def test_an_unforeseen_failure_names_the_file(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(html_module.lxml.html, "document_fromstring", crash)
    with pytest.raises(ArticleImportError) as info:
        import_article(write_file("budget.html", PAGE.encode("utf-8")))
    assert (
        str(info.value) == "budget.html: this file could not be read (MemoryError); is it damaged?"
    )
