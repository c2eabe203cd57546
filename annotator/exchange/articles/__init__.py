"""Importing articles from files and pasted text, without ever touching the network."""

from annotator.exchange.articles.importer import (
    MAX_ARTICLE_BYTES,
    SUPPORTED_SUFFIXES,
    import_article,
    import_text,
)
from annotator.exchange.articles.model import ArticleImportError, ImportedArticle

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ArticleImportError",
    "ImportedArticle",
    "import_article",
    "import_text",
]
