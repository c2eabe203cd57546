"""Reading many article files with a progress dialog; every failure named in one line."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.exchange.articles import (
    SUPPORTED_SUFFIXES,
    ArticleImportError,
    ImportedArticle,
    import_article,
)
from annotator.exchange.package import PACKAGE_SUFFIX
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg

# File-dialog filters, translated where they are shown (QT_TRANSLATE_NOOP marks them).
ARTICLE_FILTER = QT_TRANSLATE_NOOP(
    "AuthoringActions", "Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)"
)
PACKAGE_FILTER = QT_TRANSLATE_NOOP("AuthoringActions", "Exercise packages (*%1)")


def article_filter() -> str:
    return QCoreApplication.translate("AuthoringActions", ARTICLE_FILTER)


def package_filter() -> str:
    return QCoreApplication.translate("AuthoringActions", PACKAGE_FILTER).replace(
        "%1", PACKAGE_SUFFIX)


@dataclass
class FileImport:
    """Articles read from files (in the order given), and one line per file that failed."""

    articles: list[ImportedArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False


def split_paths(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Exercise packages and everything else (article files or not: the importer decides)."""
    packages: list[Path] = []
    articles: list[Path] = []
    for path in map(Path, paths):
        (packages if path.suffix.lower() == PACKAGE_SUFFIX else articles).append(path)
    return packages, articles


def is_importable(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix == PACKAGE_SUFFIX or suffix in SUPPORTED_SUFFIXES


def read_article_files(
    paths: Sequence[Path], parent: QWidget | None = None,
    reader: Callable[[Path], ImportedArticle] = import_article,
) -> FileImport:
    """Read every file; with more than one file a cancellable progress dialog is shown.

    Cancelling discards everything read so far, so nothing is half-imported.
    """
    result = FileImport()
    progress = None
    if len(paths) > 1:
        progress = QProgressDialog(QCoreApplication.translate("Importing", "Reading articles…"),
                                   QCoreApplication.translate("Importing", "Cancel"),
                                   0, len(paths), parent)
        progress.setWindowTitle(QCoreApplication.translate("Importing", "Import articles"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
    try:
        for done, path in enumerate(paths):
            if progress is not None:
                progress.setLabelText(arg(QCoreApplication.translate("Importing", "Reading %1…"),
                                          path.name))
                progress.setValue(done)
                if progress.wasCanceled():
                    return FileImport(cancelled=True)
            try:
                result.articles.append(reader(path))
            except ArticleImportError as exc:
                result.errors.append(str(exc))
        if progress is not None:
            progress.setValue(len(paths))
    finally:
        if progress is not None:
            progress.close()
            progress.deleteLater()
    return result
