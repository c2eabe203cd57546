"""The exercise editor's article list: add from files or the clipboard, remove, reorder,
and edit each article's provenance. Article text is never edited here."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from annotator.core.text import fingerprint
from annotator.exchange.articles import ArticleImportError, import_text
from annotator.gui import plain
from annotator.gui.authoring.draft_list import DraftListEditor
from annotator.gui.authoring.importing import article_filter, read_article_files
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.services.authoring import Loss
from annotator.services.authoring_drafts import PROVENANCE_FIELDS, ArticleDraft

FIELD_LABELS = {"title": QT_TRANSLATE_NOOP("ArticleListEditor", "&Title:"),
                "outlet": QT_TRANSLATE_NOOP("ArticleListEditor", "&Outlet:"),
                "author": QT_TRANSLATE_NOOP("ArticleListEditor", "Aut&hor:"),
                "published": QT_TRANSLATE_NOOP("ArticleListEditor", "&Published:"),
                "url": QT_TRANSLATE_NOOP("ArticleListEditor", "&URL:"),
                "language": QT_TRANSLATE_NOOP("ArticleListEditor", "&Language:")}
PLACEHOLDERS = {"published": QT_TRANSLATE_NOOP("ArticleListEditor", "YYYY-MM-DD"),
                "url": "https://…",
                "language": QT_TRANSLATE_NOOP("ArticleListEditor", "en, de, fr…")}


class ArticleListEditor(DraftListEditor):
    def __init__(self, articles: Sequence[ArticleDraft],
                 loss_for: Callable[[uuid.UUID], Loss] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(articles, loss_for, parent)
        self.list.setAccessibleName(self.tr("Articles"))
        self._drafts: list[ArticleDraft]
        self._known_text: dict[uuid.UUID, str] = {}  # fingerprints of stored texts, if given
        # Questions to the instructor; tests replace these (and confirm).
        self.choose_files: Callable[[], list[str]] = self._choose_files
        self.report_errors: Callable[[list[str]], None] = lambda lines: None

        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("Add &files…"))
        self.paste_button = QPushButton(self.tr("Paste te&xt"))
        self.version_button = QPushButton(self.tr("New &version…"))
        self.version_button.setToolTip(self.tr(
            "Add a corrected text of this article as a new article "
            "after it; the old text stays until you remove it"))
        self.add_button.clicked.connect(lambda: self.add_files(self.choose_files()))
        self.paste_button.clicked.connect(lambda: self.paste())
        self.version_button.clicked.connect(lambda: self.add_new_version(self.choose_files()))
        buttons = self._button_column(self.add_button, self.paste_button, self.version_button)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in PROVENANCE_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr(PLACEHOLDERS.get(name, "")))
            edit.textEdited.connect(lambda text, n=name: self._edit_field(n, text))
            self.fields[name] = edit
            form.addRow(self.tr(FIELD_LABELS[name]), edit)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        form.addRow("", self.info)
        self.details = QWidget()
        self.details.setLayout(form)

        left = QHBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.details, 1)
        self._refresh(0 if self._drafts else -1)

    # -- data ----------------------------------------------------------------------------

    def drafts(self) -> tuple[ArticleDraft, ...]:
        return tuple(self._drafts)

    def set_stored_texts(self, texts: dict[uuid.UUID, str]) -> None:
        """Texts of the stored articles, so that adding the same text again is caught here."""
        self._known_text = {k: fingerprint(v) for k, v in texts.items()}

    def _fingerprints(self) -> set[str]:
        return {fingerprint(d.text) if d.id is None else self._known_text.get(d.id, "")
                for d in self._drafts}

    # -- actions -------------------------------------------------------------------------

    def add_files(self, paths: Sequence[str | Path]) -> int:
        """Read the files and add every article that could be read; report the others."""
        if not paths:
            return 0
        result = read_article_files([Path(p) for p in paths], self)
        if result.cancelled:
            return 0
        added = self._add([(a.source_name, ArticleDraft.imported(a)) for a in result.articles],
                          result.errors)
        return added

    def add_new_version(self, paths: Sequence[str | Path]) -> bool:
        """Import a corrected text of the current article as a new article right after it.

        Stored texts are never edited (students' highlights would shift); provenance the new
        file lacks is taken from the old article.
        """
        row = self.list.currentRow()
        if row < 0 or not paths:
            return False
        result = read_article_files([Path(paths[0])], self)
        if not result.articles:
            self.report_errors(result.errors)
            return False
        old, new = self._drafts[row], ArticleDraft.imported(result.articles[0])
        new = new.with_provenance(**{k: getattr(new, k) or getattr(old, k)
                                     for k in PROVENANCE_FIELDS})
        if fingerprint(new.text) in self._fingerprints():
            self.report_errors([arg(self.tr("%1: this exercise already has an article "
                                            "with exactly this text"), new.source_name)])
            return False
        self._drafts.insert(row + 1, new)
        self._refresh(row + 1)
        return True

    def paste(self, text: str | None = None) -> int:
        text = QApplication.clipboard().text() if text is None else text
        try:
            article = import_text(text)
        except ArticleImportError as exc:
            self.report_errors([str(exc)])
            return 0
        return self._add([("clipboard", ArticleDraft.imported(article))], [])

    def _add(self, drafts: list[tuple[str, ArticleDraft]], errors: list[str]) -> int:
        seen = self._fingerprints()
        errors = list(errors)
        added = 0
        for name, draft in drafts:
            sha = fingerprint(draft.text)
            if sha in seen:
                errors.append(arg(self.tr("%1: this exercise already has an article "
                                          "with exactly this text"), name))
                continue
            seen.add(sha)
            self._drafts.append(draft)
            added += 1
        self._refresh(len(self._drafts) - 1)
        if errors:
            self.report_errors(errors)
        return added

    def _removal_question(self, draft: ArticleDraft, loss: Loss) -> str:
        name = draft.title or self.tr("this article")
        return arg(self.tr("Removing %1 deletes %2 when you press OK. "
                           "Undo (Ctrl+Z) in the main window brings it back. Remove it?"),
                   name, loss.describe())

    # -- display -------------------------------------------------------------------------

    def _label(self, draft: ArticleDraft) -> str:
        title = draft.title or draft.source_name or self.tr("Untitled article")
        return arg(self.tr("%1  (new)"), title) if draft.id is None else title

    def _item(self, draft: ArticleDraft) -> QListWidgetItem:
        item = QListWidgetItem(self._label(draft))
        item.setToolTip(plain.tooltip(self._label(draft)))
        return item

    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self._drafts)
        self.details.setEnabled(has)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.version_button.setEnabled(has)
        draft = self._drafts[row] if has else ArticleDraft()
        for name, edit in self.fields.items():
            edit.setText(getattr(draft, name))
            edit.setCursorPosition(0)
        if not has:
            self.info.setText(self.tr("Add the articles students will compare."))
        elif draft.id is None:
            date = ("" if not draft.published or not _dated_by_file(draft.source_name) else
                    " " + self.tr("Its date is when the file was made, not necessarily when "
                                  "the article was published: check it."))
            self.info.setText(arg(self.tr("New, %1 characters from %2. "
                                          "It is added when you press OK."),
                                  len(draft.text), draft.source_name) + date)
        else:
            self.info.setText(self.tr(
                "The text cannot be edited here, so students' highlights never "
                              "shift. To correct it, use New version… and then remove the "
                              "old article if nobody needs it."))

    def _edit_field(self, name: str, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._drafts):
            self._drafts[row] = self._drafts[row].with_provenance(**{name: text.strip()})
            if name == "title":
                self.list.item(row).setText(self._label(self._drafts[row]))

    def _choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add articles"), "",
                                                article_filter())
        return paths


def _dated_by_file(name: str) -> bool:
    """Whether an article read from ``name`` takes its date from the file's own properties
    (a Word, OpenDocument or PDF file's creation date), not from the article."""
    return Path(name).suffix.lower() in (".docx", ".odt", ".pdf")
