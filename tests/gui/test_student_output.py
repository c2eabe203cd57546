"""What a student hands in and exports: files that open, messages that can be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import create_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_an_export_named_without_its_ending_gets_it(qtbot: object, ctx: object,
                                                   tmp_path: Path) -> None:
    """A student types "ada" in the save dialog (Linux's Qt dialog keeps it as typed): the
    file still gets the ending that lets a spreadsheet, a browser or the teacher open it."""
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.set_annotator(create_annotator(ctx.db, "Ada").id)  # type: ignore[attr-defined]
    actions = win.handin
    out = tmp_path / "out"
    out.mkdir()
    messages: list[str] = []
    actions.notify = lambda title, text, error=False: messages.append(text)  # type: ignore
    for kind, typed in (("csv", "ada"), ("w3c", "ada"), ("html", "ada"), ("csv", "b.CSV"),
                        ("w3c", "c.json")):
        actions.ask_save_path = lambda *_a, t=typed: out / t  # type: ignore[method-assign]
        actions.export(kind)  # type: ignore[arg-type]
    assert sorted(p.name for p in out.iterdir()) == [
        "ada.csv", "ada.html", "ada.jsonld", "b.CSV", "c.json"]
    assert messages[0] == f"Saved as {out / 'ada.csv'}"
    win.close()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_hand_in_messages_stay_readable_in_dark_appearance(
    qtbot: object, ctx: object, tmp_path: Path, dark: bool
) -> None:
    from annotator.gui import theme
    from annotator.gui.handin.handin_dialog import HandInDialog
    from annotator.services.handin_report import handin_overview
    from annotator.services.handins import export_handin

    me = create_annotator(ctx.db, "Ada").id  # type: ignore[attr-defined]
    app = QApplication.instance()
    before = QPalette(app.palette())  # type: ignore[union-attr]
    app.setPalette(theme.dark_palette() if dark else theme.light_palette())  # type: ignore
    try:
        overview = handin_overview(ctx.db, SAMPLE_EXERCISE_ID, me)  # type: ignore[attr-defined]
        dialog = HandInDialog(
            overview, tmp_path / "ada.handin.json",
            lambda p: export_handin(ctx.db, SAMPLE_EXERCISE_ID, me, p))  # type: ignore
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        background = dialog.palette().color(QPalette.ColorRole.Window)
        assert theme.is_dark(dialog.palette()) == dark
        assert dialog.warning_label.text().startswith("You have not highlighted anything yet")
        assert dialog.hand_in() == tmp_path / "ada.handin.json"
        for label in (dialog.warning_label, dialog.message_label):
            colour = QColor(label.styleSheet().removeprefix("color: ").rstrip(";"))
            assert _contrast(colour, background) >= 4.5, label.text()
    finally:
        app.setPalette(before)  # type: ignore[union-attr]
