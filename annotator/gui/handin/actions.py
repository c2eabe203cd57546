"""The hand-in menu items: Hand In, Export, Print / Save as PDF, Import Hand-ins.

:func:`install_handin_actions` adds them to the window's File menu (before Quit) and returns
the :class:`HandinActions` that carries them out. Questions to the user (file choosers,
message boxes, showing a dialog) go through small overridable methods, so tests drive the
same code paths without blocking on a modal dialog.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from annotator.core.filenames import handin_file_name
from annotator.exchange.errors import ExchangeError
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.services.annotators import get_annotator

# The dialogs and the hand-in services (JSON Schema, re-anchoring, Qt printing) are imported
# when a menu item is first used, so that start-up stays lean (tests/test_startup_imports.py).
if TYPE_CHECKING:
    from annotator.gui.handin.handin_dialog import HandInDialog
    from annotator.gui.handin.summary_dialog import ImportSummaryDialog
    from annotator.gui.main_window import MainWindow
    from annotator.services.handins import HandinImportResult

__all__ = ["EXPORTS", "HandinActions", "install_handin_actions"]

ExportKind = Literal["w3c", "csv", "html"]
# kind: (menu text, dialog title, file suffix, file-dialog filter)
EXPORTS: dict[ExportKind, tuple[str, str, str, str]] = {
    "w3c": (QT_TRANSLATE_NOOP("HandinActions", "&Web Annotation (JSON-LD)…"),
            QT_TRANSLATE_NOOP("HandinActions", "Export as Web Annotation"), ".jsonld",
            QT_TRANSLATE_NOOP("HandinActions", "Web Annotation JSON-LD (*.jsonld *.json)")),
    "csv": (QT_TRANSLATE_NOOP("HandinActions", "&Spreadsheet (CSV)…"),
            QT_TRANSLATE_NOOP("HandinActions", "Export as Spreadsheet"), ".csv",
            QT_TRANSLATE_NOOP("HandinActions", "CSV spreadsheet (*.csv)")),
    "html": (QT_TRANSLATE_NOOP("HandinActions", "Printable &Report (HTML)…"),
             QT_TRANSLATE_NOOP("HandinActions", "Export Printable Report"), ".html",
             QT_TRANSLATE_NOOP("HandinActions", "Web page (*.html *.htm)")),
}
NO_STUDENT = QT_TRANSLATE_NOOP(
    "HandinActions",
    "There is nothing to hand in yet: highlight a passage first (the app then asks for "
    "your name), or set your name."
)


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def with_file_ending(path: Path, suffix: str, file_filter: str) -> Path:
    """``path`` with ``suffix`` added unless its name already ends as the filter allows
    (file dialogs on Linux save "ada" as typed, which nothing then opens)."""
    endings = [p[1:].lower() for p in re.findall(r"\*\.[\w.]+", file_filter)] or [suffix]
    if any(path.name.lower().endswith(ending) for ending in endings):
        return path
    return path.with_name(path.name + suffix)


def _one_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class HandinActions(QObject):
    importStarted = Signal(object)  # the ImportRun, just before it starts

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menu_file
        before = window.act_quit
        self.act_hand_in = self._action(self.tr("&Hand In…"), self.hand_in, "Ctrl+Shift+H",
                                        self.tr("Save your work as a file to give to your "
                                                "teacher"))
        self.menu_export = QMenu(self.tr("&Export"), window)
        self.act_export: dict[ExportKind, QAction] = {}
        for kind, (text, *_rest) in EXPORTS.items():
            self.act_export[kind] = self._action(self.tr(text),
                                                 lambda _=False, k=kind: self.export(k))
            self.menu_export.addAction(self.act_export[kind])
        self.act_print = self._action(self.tr("&Print / Save as PDF…"), self.print_or_pdf,
                                      tip=self.tr(
                                          "Print the report of your work, or save it as PDF"))
        self.menu_export.addSeparator()
        self.menu_export.addAction(self.act_print)
        self.act_import = self._action(self.tr("&Import Hand-ins…"), self.import_files,
                                       "Ctrl+Shift+O",
                                       self.tr("Collect your students' hand-in files"))
        self.act_import_folder = self._action(self.tr("Import &Folder…"), self.import_folder,
                                              tip=self.tr("Collect every hand-in file in a folder"))
        items = menu.actions()
        at = items.index(before) if before in items else len(items)
        if at > 0 and not items[at - 1].isSeparator():
            menu.insertSeparator(before)
        menu.insertAction(before, self.act_hand_in)
        menu.insertMenu(before, self.menu_export)
        menu.insertSeparator(before)
        menu.insertAction(before, self.act_import)
        menu.insertAction(before, self.act_import_folder)
        menu.insertSeparator(before)
        self.last_results: list[HandinImportResult] = []

    def _action(self, text: str, slot: object, shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- asking the user (overridden in tests) -------------------------------------------

    def ask_save_path(self, title: str, default: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(default), file_filter)
        return Path(chosen) if chosen else None

    def ask_open_paths(self) -> list[Path]:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Hand-ins"), str(documents_folder()),
            self.tr("Hand-ins (*.handin.json *.json);;All files (*)"),
        )
        return [Path(c) for c in chosen]

    def ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import Every Hand-in in a Folder"), str(documents_folder())
        )
        return Path(chosen) if chosen else None

    def ask_print_or_pdf(self) -> Literal["print", "pdf"] | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print Report"),
                          self.tr("Print the report of your work, or save it as a PDF file?"),
                          parent=self.window)
        pdf = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        printer = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is pdf:
            return "pdf"
        return "print" if clicked is printer else None

    def notify(self, title: str, text: str, *, error: bool = False) -> None:
        self.window.statusBar().showMessage(text, 10_000)
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.exec()

    # -- the student's side ---------------------------------------------------------------

    def _who(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        exercise, student = self.window.exercise, self.window.annotator_id
        known = student is not None and get_annotator(self.window.ctx.db, student) is not None
        if exercise is None or student is None or not known:
            self.notify(self.tr("Hand In"), self.tr(NO_STUDENT), error=True)
            return None
        return exercise.id, student

    def _default_path(self, suffix: str) -> Path:
        exercise, student = self.window.exercise, self.window.annotator_id
        person = get_annotator(self.window.ctx.db, student) if student else None
        name = person.display_name if person else "student"
        title = exercise.title if exercise else "exercise"
        return documents_folder() / handin_file_name(title, name, suffix)

    def hand_in_dialog(self) -> HandInDialog | None:
        """The Hand In dialog for the current student, or None (after saying why)."""
        from annotator.gui.handin.handin_dialog import HandInDialog
        from annotator.services.handin_report import handin_overview

        who = self._who()
        if who is None:
            return None
        exercise_id, student = who
        overview = handin_overview(self.window.ctx.db, exercise_id, student)

        def save(path: Path) -> None:
            # recorded as the student's next attempt (feedback opens only after one)
            from annotator.services.feedback_student import hand_in

            hand_in(self.window.ctx.db, exercise_id, student, path)
            self.window.statusBar().showMessage(arg(self.tr("Handed in: %1"), path), 15_000)

        return HandInDialog(overview, self._default_path(".handin.json"), save, self.window)

    def hand_in(self) -> None:
        dialog = self.hand_in_dialog()
        if dialog is not None:
            self.show_dialog(dialog)

    def export(self, kind: ExportKind) -> Path | None:
        """Ask where, then write the student's work as ``kind``; returns the file written."""
        from annotator.services.handin_report import export_report
        from annotator.services.handins import export_handin

        who = self._who()
        if who is None:
            return None
        _text, title, suffix, file_filter = EXPORTS[kind]
        title, file_filter = self.tr(title), self.tr(file_filter)
        path = self.ask_save_path(title, self._default_path(suffix), file_filter)
        if path is None:
            return None
        path = with_file_ending(path, suffix, file_filter)
        try:
            if kind == "html":
                export_report(self.window.ctx.db, *who, path)
            else:
                export_handin(self.window.ctx.db, *who, path, kind)
        except (ExchangeError, OSError, LookupError) as exc:
            self.notify(title, arg(self.tr("Nothing was saved: %1"), _one_line(exc)), error=True)
            return None
        self.notify(title, arg(self.tr("Saved as %1"), path))
        return path

    def print_or_pdf(self) -> None:
        from annotator.gui.handin.printing import print_report
        from annotator.services.handin_report import report_html

        choice = self.ask_print_or_pdf()
        if choice == "pdf":
            self.save_pdf()
        elif choice == "print":
            who = self._who()
            if who is not None:
                print_report(report_html(self.window.ctx.db, *who), self.window)

    def save_pdf(self) -> Path | None:
        from annotator.gui.handin.printing import PrintError, save_pdf
        from annotator.services.handin_report import report_html

        who = self._who()
        if who is None:
            return None
        path = self.ask_save_path(self.tr("Save Report as PDF"), self._default_path(".pdf"),
                                  self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        path = with_file_ending(path, ".pdf", "*.pdf")
        try:
            save_pdf(report_html(self.window.ctx.db, *who), path)
        except (PrintError, LookupError) as exc:
            self.notify(self.tr("Save as PDF"),
                        arg(self.tr("Nothing was saved: %1"), _one_line(exc)), error=True)
            return None
        self.notify(self.tr("Save as PDF"), arg(self.tr("Saved as %1"), path))
        return path

    # -- the instructor's side ------------------------------------------------------------

    def import_files(self) -> None:
        paths = self.ask_open_paths()
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[Path | str]) -> ImportSummaryDialog | None:
        """Import with a progress dialog, then show the summary (returned for tests)."""
        from annotator.gui.handin.import_run import ImportRun
        from annotator.gui.handin.summary_dialog import ImportSummaryDialog
        from annotator.services.handins import list_orphans

        run = ImportRun(self.window.ctx.db, self.window.ctx.bus, self.window)
        if not run.files(paths):
            names = ", ".join(str(p) for p in paths)
            self.notify(self.tr("Import Hand-ins"),
                        arg(self.tr("No hand-in files found in %1"), names), error=True)
            return None
        self.importStarted.emit(run)
        results = run.run(paths)
        self.last_results = results
        exercise = self.window.exercise
        orphans = list_orphans(self.window.ctx.db, exercise.id) if exercise is not None else []
        dialog = ImportSummaryDialog(results, orphans, self.window,
                                     exercise_id=exercise.id if exercise is not None else None)
        self.show_dialog(dialog)
        return dialog


def install_handin_actions(window: MainWindow) -> HandinActions:
    """Add Hand In, Export, Print / Save as PDF and Import Hand-ins to the File menu."""
    return HandinActions(window)
