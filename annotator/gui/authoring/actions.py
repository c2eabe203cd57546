"""File menu authoring actions and drag and drop, installed on the main window in one call.

``install_authoring_actions(window)`` adds New/Edit Exercise, Edit Tags, Import/Paste
Article, Open/Export Exercise Package to ``window.menu_file``, accepts dropped article files
and ``.saexercise`` packages, and reloads the window when the exercise's tag set changes.
Messages are plain-text message boxes opened without blocking (kept in ``last_message``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from annotator.core.filenames import safe_file_part
from annotator.core.text import fingerprint
from annotator.exchange.articles import ArticleImportError, ImportedArticle, import_text
from annotator.exchange.errors import ExchangeError
from annotator.exchange.package import PACKAGE_SUFFIX
from annotator.gui import i18n
from annotator.gui.authoring.importing import (
    article_filter,
    is_importable,
    package_filter,
    read_article_files,
    split_paths,
)
from annotator.gui.authoring.undo_bus import DeferredBus
from annotator.gui.i18n import arg
from annotator.services.authoring import AuthoringService, default_questions
from annotator.services.authoring_drafts import ExerciseDraft, QuestionDraft
from annotator.services.exercises_io import (
    ExerciseEditError,
    export_exercise,
    import_exercise_package,
)
from annotator.services.tag_sets import TagSetService

# The editors and the authoring undo commands are imported when first used: they are
# not needed to open the window (docs/performance.md).


class AuthoringActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        ctx = window.ctx  # type: ignore[attr-defined]
        # Commands on the window's undo stack publish from the event loop, so a reload the
        # event triggers never runs inside the stack's own undo/redo call.
        self.bus = DeferredBus(ctx.bus)
        self.authoring = AuthoringService(ctx.db, self.bus, i18n.current_language())  # type: ignore[arg-type]
        self.tag_sets = TagSetService(ctx.db, ctx.bus)
        self.last_message: QMessageBox | None = None
        # Questions to the user; tests replace these to answer without modal loops.
        self.run_dialog: Callable[[QDialog], bool] = _run_modal
        self.choose_articles: Callable[[], list[str]] = self._choose_articles
        self.choose_package: Callable[[], str] = self._choose_package
        self.choose_export_path: Callable[[str], str] = self._choose_export_path
        self._reload_pending = False

        self.act_new = self._action(self.tr("&New Exercise…"), self.new_exercise, "Ctrl+N")
        self.act_edit = self._action(self.tr("&Edit Exercise…"), self.edit_exercise)
        self.act_tags = self._action(self.tr("Edit &Tags…"), self.edit_tags)
        self.act_import = self._action(self.tr("&Import Article…"), lambda: self.import_articles(),
                                       "Ctrl+I")
        self.act_paste = self._action(self.tr("&Paste Article"), lambda: self.paste_article())
        self.act_open_package = self._action(self.tr("Open Exercise &Package…"),
                                             lambda: self.open_package())
        self.act_export = self._action(self.tr("E&xport Exercise Package…"),
                                       lambda: self.export_package())
        self._add_to_menu()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.hub.tagsChanged.connect(self._on_tags_changed)  # type: ignore[attr-defined]

    # -- building ----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _add_to_menu(self) -> None:
        menu = self.window.menu_file
        before = getattr(self.window, "act_quit", None)
        groups = [[self.act_new, self.act_edit, self.act_tags],
                  [self.act_import, self.act_paste],
                  [self.act_open_package, self.act_export]]
        for group in groups:
            for action in group:
                if before is not None:
                    menu.insertAction(before, action)
                else:
                    menu.addAction(action)
            if before is not None:
                menu.insertSeparator(before)
            else:
                menu.addSeparator()

    # -- exercises ---------------------------------------------------------------------

    def new_exercise(self) -> bool:
        from annotator.gui.authoring.exercise_editor import ExerciseEditor

        questions = tuple(QuestionDraft(None, text, kind) for text, kind in default_questions(
            i18n.current_language()))
        dialog = ExerciseEditor(self.tag_sets, ExerciseDraft(questions=questions), new=True,
                                parent=self.window)
        dialog.articles.report_errors = self._report_files
        if not self.run_dialog(dialog):
            return False
        draft = dialog.draft()
        try:
            exercise_id = self.authoring.create_exercise(
                draft.title, draft.instructions, tag_set_id=draft.tag_set_id,
                articles=[a.as_imported() for a in draft.articles],
                questions=[(q.text, q.kind) for q in draft.questions])
        except (ExerciseEditError, ExchangeError) as exc:
            self.show_message(self.tr("New exercise"), str(exc))
            return False
        self.window.open_exercise(exercise_id)
        return True

    def edit_exercise(self) -> bool:
        current = self.window.exercise
        if current is None:
            return False
        from annotator.gui import authoring_undo as au
        from annotator.gui.authoring.exercise_editor import ExerciseEditor

        dialog = ExerciseEditor(
            self.tag_sets, ExerciseDraft.of(current), parent=self.window,
            article_loss=self.authoring.removal_loss, question_loss=self.authoring.question_loss,
            stored_texts={a.id: a.text for a in current.articles})
        dialog.articles.report_errors = self._report_files
        if not self.run_dialog(dialog):
            return False
        command = au.edit_exercise(self.authoring, current, dialog.draft())
        return command is not None and self._push(command, self.tr("Edit exercise"))

    def edit_tags(self) -> None:
        if self.window.exercise is not None:
            from annotator.gui.authoring.tag_set_editor import TagSetEditor

            self.run_dialog(TagSetEditor(self.tag_sets, self.window.exercise.tag_set_id,
                                         self.window))

    # -- articles ----------------------------------------------------------------------

    def import_articles(self, paths: Sequence[str | os.PathLike[str]] | None = None) -> int:
        """Add article files to the open exercise as one undo step; report each failure."""
        if self.window.exercise is None:
            return 0
        paths = self.choose_articles() if paths is None else paths
        if not paths:
            return 0
        result = read_article_files([Path(p) for p in paths], self.window)
        if result.cancelled:
            self.window.statusBar().showMessage(
                self.tr("Import cancelled; nothing was added."), 5000)
            return 0
        return self._add_articles(result.articles, result.errors)

    def paste_article(self, text: str | None = None) -> int:
        if self.window.exercise is None:
            return 0
        text = QApplication.clipboard().text() if text is None else text
        try:
            article = import_text(text)
        except ArticleImportError as exc:
            self.show_message(self.tr("Paste article"), str(exc))
            return 0
        return self._add_articles([article], [])

    def _add_articles(self, articles: list[ImportedArticle], errors: list[str]) -> int:
        errors = list(errors)
        seen = {a.sha256 for a in self.window.exercise.articles}
        fresh = []
        for article in articles:
            sha = fingerprint(article.text)
            if sha in seen:
                errors.append(arg(self.tr("%1: this exercise already has an article "
                                          "with exactly this text"), article.source_name))
                continue
            seen.add(sha)
            fresh.append(article)
        added = 0
        if fresh:
            from annotator.gui import authoring_undo as au

            exercise_id = self.window.exercise.id
            command = au.EditExercise(
                self.tr("Import %n article(s)", "", len(fresh)),
                [au.AddArticle(self.authoring, exercise_id, a) for a in fresh])
            if self._push(command, self.tr("Import articles")):
                added = len(fresh)
                self.window.statusBar().showMessage(
                    self.tr("%n article(s) added.", "", added), 5000)
        if errors:
            self._report_files(errors)
        return added

    # -- packages ----------------------------------------------------------------------

    def open_package(self, path: str | os.PathLike[str] | None = None) -> bool:
        path = self.choose_package() if path is None else path
        if not path:
            return False
        try:
            result = import_exercise_package(self.window.ctx.db, path)
        except ExchangeError as exc:
            self.show_message(self.tr("Open exercise package"), str(exc))
            return False
        text = {"created": arg(self.tr("Opened the new exercise %1."), result.title),
                "updated": arg(self.tr("Updated %1 to revision %2."), result.title,
                               result.revision),
                "unchanged": result.message or arg(self.tr("%1 was already up to date."),
                                                   result.title)}
        self.window.open_exercise(result.exercise_id)
        self.window.statusBar().showMessage(text[result.status], 8000)
        return True

    def export_package(self, path: str | os.PathLike[str] | None = None) -> bool:
        exercise = self.window.exercise
        if exercise is None:
            return False
        if path is None:
            stem = safe_file_part(exercise.title, "exercise")  # safe on every system
            path = self.choose_export_path(stem + PACKAGE_SUFFIX)
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        try:
            export_exercise(self.window.ctx.db, exercise.id, target)
        except ExchangeError as exc:
            self.show_message(self.tr("Export exercise package"), str(exc))
            return False
        self.window.statusBar().showMessage(arg(self.tr("Exported %1."), target.name), 8000)
        return True

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open a package or import an article file (command line, drop)."""
        packages, articles = split_paths([path])
        if packages:
            self.open_package(packages[0])
        else:
            self.import_articles(articles)

    # -- drag and drop -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._dropped_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.drop_files(paths)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_paths(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if is_importable(p)]

    def drop_files(self, paths: Sequence[Path]) -> None:
        packages, articles = split_paths(paths)
        for package in packages:
            self.open_package(package)
        if articles:
            self.import_articles(articles)

    # -- helpers -----------------------------------------------------------------------

    def _push(self, command: Any, title: str) -> bool:
        from annotator.gui import authoring_undo as au

        try:
            au.push(self.window.undo_stack, command)
        except (ExerciseEditError, ExchangeError) as exc:
            self.show_message(title, str(exc))
            return False
        return True

    def _on_tags_changed(self, event: object) -> None:
        exercise = self.window.exercise
        if exercise is None or getattr(event, "payload", None) != exercise.tag_set_id:
            return
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self._reload)

    def _reload(self) -> None:
        self._reload_pending = False
        if self.window.exercise is not None:
            self.window.open_exercise(self.window.exercise.id)

    def _report_files(self, errors: list[str]) -> None:
        n = len(errors)
        head = self.tr("%n file(s) could not be added; nothing was taken from them:", "", n)
        self.show_message(self.tr("Import articles"), "\n".join([head, *errors]))

    def show_message(self, title: str, text: str,
                     icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if "\n" in text:  # one line per file: room enough that each reads as one line
            box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 520px; }")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
        return box

    def _choose_articles(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import articles"), "",
                                                article_filter())
        return paths

    def _choose_package(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open exercise package"), "",
                                              package_filter())
        return path

    def _choose_export_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export exercise package"),
                                              suggested, package_filter())
        return path


def _run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def install_authoring_actions(window: QWidget) -> AuthoringActions:
    """Add the authoring actions to ``window.menu_file`` and accept dropped files."""
    return AuthoringActions(window)  # type: ignore[arg-type]
