"""Accents and descenders are drawn whole: "Évaluation" on a tab that is not the current one
kept its accent only after the app's style gave the tab label a full line (gui/style.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyle,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

from annotator.gui import i18n
from annotator.gui.style import TALL_TEXT


def _tab_image(qtbot: Any, second: str) -> QImage:
    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.addTab("Annotations")
    bar.addTab(second)  # not the current tab: Fusion shifts it down by two pixels
    bar.show()
    qtbot.waitExposed(bar)
    return bar.grab(bar.tabRect(1)).toImage()


def test_an_unselected_tab_shows_the_accent_of_a_capital(qtbot: Any) -> None:
    assert _tab_image(qtbot, "Évaluation") != _tab_image(qtbot, "Evaluation")
    assert _tab_image(qtbot, "Übung") != _tab_image(qtbot, "Ubung")


def _label_boxes_fit(bar: QTabBar) -> list[str]:
    """Tabs of ``bar`` whose label box is shorter than accented text with descenders."""
    ink = QFontMetrics(bar.font()).boundingRect(TALL_TEXT).height()
    short = []
    for index in range(bar.count()):
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        box = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        if box.height() < ink:
            short.append(f"{bar.tabText(index)!r}: {box.height()} < {ink}")
    return short


def test_every_tab_label_box_holds_a_full_line(qtbot: Any) -> None:
    bar = QTabBar()
    qtbot.addWidget(bar)
    for text in ("Annotations", "Évaluation", "Übung gj", "Ñandú"):
        bar.addTab(text)
    bar.show()
    qtbot.waitExposed(bar)
    for current in range(bar.count()):
        bar.setCurrentIndex(current)
        assert not _label_boxes_fit(bar)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_the_french_window_shows_evaluation_whole_at_1366(
    french: None, qtbot: Any, tmp_path: Path, screenshot: Any, monkeypatch: Any
) -> None:
    from annotator.gui import main_window
    from annotator.gui.application import initial_exercise
    from annotator.gui.settings import Settings
    from annotator.services.context import open_context

    monkeypatch.setattr(main_window, "first_start_size", lambda _w: QSize(1366, 740))
    ctx = open_context(f"sqlite:///{tmp_path / 'fr.sqlite3'}")
    settings = Settings()
    window = main_window.MainWindow(ctx, settings, initial_exercise(ctx, settings, None))
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    texts = [bar.tabText(i) for bar in bars for i in range(bar.count())]
    assert "Évaluation" in texts
    for bar in bars:
        assert not _label_boxes_fit(bar)
        for index in range(bar.count()):  # nothing elided either
            wanted = QFontMetrics(bar.font()).horizontalAdvance(bar.tabText(index))
            assert bar.tabRect(index).width() > wanted, bar.tabText(index)
    screenshot(window, "main-window-fr-1366")
    window.close()
    ctx.close()


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_shortcuts_dialog_shows_every_command_whole(
    qapp: QApplication, qtbot: Any, tmp_path: Path, screenshot: Any, language: str
) -> None:
    """French "Partie suivante / précédente de la fenêtre" was cut to "…de..." at 520 px."""
    from PySide6.QtCore import QModelIndex

    from annotator.gui.application import initial_exercise
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.gui.shortcuts_dialog import ShortcutsDialog
    from annotator.services.context import open_context

    i18n.install(qapp, language)
    ctx = open_context(f"sqlite:///{tmp_path / 'keys.sqlite3'}")
    try:
        settings = Settings()
        window = MainWindow(ctx, settings, initial_exercise(ctx, settings, None))
        qtbot.addWidget(window)
        dialog = ShortcutsDialog(window.shortcut_sections(), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        view, model = dialog.view, dialog.model
        metrics = QFontMetrics(view.font())
        cut = []
        for section in range(model.rowCount()):
            parent = model.index(section, 0, QModelIndex())
            for row in range(model.rowCount(parent)):
                for column in (0, 1):
                    index = model.index(row, column, parent)
                    text = str(index.data())
                    if view.visualRect(index).width() < metrics.horizontalAdvance(text) + 4:
                        cut.append(text)
        assert not cut, cut
        assert dialog.width() <= dialog.screen().availableGeometry().width()
        screenshot(dialog, f"shortcuts-{language}")
        window.close()
    finally:
        i18n.install(qapp, "en")
        ctx.close()


def test_the_exercise_picker_shows_a_long_french_title_whole(
    french: None, qtbot: Any, tmp_path: Path, screenshot: Any
) -> None:
    """"Qui se cache derrière les moteurs des missiles nord-coréens ? (2 articles)" was cut
    at "(2 arti" behind a horizontal scroll bar."""
    from annotator.gui.exercise_picker import ExercisePicker
    from annotator.services.context import open_context
    from annotator.services.exercises import list_exercises
    from annotator.services.sample import ensure_sample_exercise

    ctx = open_context(f"sqlite:///{tmp_path / 'fr.sqlite3'}")
    try:
        ensure_sample_exercise(ctx.db, "fr")
        picker = ExercisePicker(list_exercises(ctx.db), None, None)
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitExposed(picker)
        title = str(picker.model.data(picker.model.index(0)))
        assert title.startswith("Qui se cache derrière")
        assert not picker.list.horizontalScrollBar().isVisible()
        row = picker.list.visualRect(picker.model.index(0))
        assert picker.list.viewport().width() >= QFontMetrics(
            picker.list.font()).horizontalAdvance(title)
        assert row.width() > 0
        screenshot(picker, "exercise-picker-fr")
    finally:
        ctx.close()


def _squeezed(dialog: QWidget) -> list[str]:
    """Visible buttons narrower than their smallest size, and one-line labels narrower than
    their text, in ``dialog``."""
    found = []
    for button in dialog.findChildren(QAbstractButton):
        least = button.minimumSizeHint()
        if button.isVisible() and button.text() and (
                button.width() < least.width() or button.height() < least.height()):
            found.append(f"button {button.text()!r}: {button.width()} < {least.width()}")
    for label in dialog.findChildren(QLabel):
        text = label.text()
        if (not label.isVisible() or not text or label.wordWrap() or "\n" in text
                or label.textFormat() == Qt.TextFormat.RichText or "<" in text):
            continue
        wanted = label.fontMetrics().horizontalAdvance(text.replace("&", ""))
        if label.contentsRect().width() < wanted:
            found.append(f"label {text!r}: {label.contentsRect().width()} < {wanted}")
    return found


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_main_dialogs_fit_their_translated_texts(
    qapp: QApplication, qtbot: Any, ctx: Any, screenshot: Any, language: str
) -> None:
    """The dialogs a student and an instructor open most, in the longer languages: no button
    narrower than its text, no one-line label cut."""
    from panel_helpers import open_window

    from annotator.gui.about import AboutDialog
    from annotator.gui.authoring.exercise_editor import ExerciseEditor
    from annotator.gui.authoring.tag_set_editor import TagSetEditor
    from annotator.gui.exercise_picker import ExercisePicker
    from annotator.gui.name_dialog import NameDialog
    from annotator.gui.server_connect import ConnectDialog
    from annotator.gui.shortcuts_dialog import ShortcutsDialog
    from annotator.services.authoring_drafts import ExerciseDraft
    from annotator.services.exercises import list_exercises

    i18n.install(qapp, language)
    try:
        win = open_window(qtbot, ctx)
        tag_sets = win.authoring.tag_sets
        dialogs = [NameDialog("Ada Lovelace", win), ConnectDialog(parent=win),
                   ShortcutsDialog(win.shortcut_sections(), win), AboutDialog(win),
                   ExercisePicker(list_exercises(ctx.db), win.exercise.id, win),
                   TagSetEditor(tag_sets, win.exercise.tag_set_id, win),
                   ExerciseEditor(tag_sets, ExerciseDraft(), new=True, parent=win),
                   win.handin.hand_in_dialog()]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert _squeezed(dialog) == [], type(dialog).__name__
            screenshot(dialog, f"dialog-{language}-{type(dialog).__name__}")
            dialog.close()
        win.close()
    finally:
        i18n.install(qapp, "en")
