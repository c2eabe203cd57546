"""A student hands in through the File menu: the dialog counts their work and writes the file."""

from __future__ import annotations

import errno
import json
from itertools import pairwise
from pathlib import Path

import pytest
from handin_gui_helpers import Recorder, open_window
from PySide6.QtWidgets import QApplication

from annotator.exchange.handin import load_handin
from annotator.gui.handin.actions import NO_STUDENT
from annotator.gui.handin.handin_dialog import HandInDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.workspace import undo
from annotator.services.annotators import create_annotator
from annotator.storage.models import LinkKind


def _annotate(window: MainWindow) -> None:
    """What a student does: two highlights with notes, a link, one answer, all undoable."""
    ex = window.exercise
    assert ex is not None and window.annotator_id is not None
    svc, me, stack = window.ctx.annotations, window.annotator_id, window.undo_stack
    left, right = ex.articles
    a_start = left.text.index("black-market factory")
    b_start = right.text.index("Kim Jong-un")
    add_a = undo.AddAnnotation(svc, left.id, me, a_start, a_start + 20, ex.tags[0].id, "<b>x</b>")
    add_b = undo.AddAnnotation(svc, right.id, me, b_start, b_start + 11, ex.tags[1].id)
    undo.push(stack, add_a)
    undo.push(stack, add_b)
    assert add_a.created is not None and add_b.created is not None
    undo.push(stack, undo.AddLink(svc, add_a.created.id, add_b.created.id, LinkKind.SUPPORTS))
    undo.push(stack, undo.SetAnswer(svc, ex.questions[0].id, me, left.id, "The NYT"))


@pytest.fixture
def student_window(qtbot: object, ctx: object):  # type: ignore[no-untyped-def]
    with open_window(qtbot, ctx) as window:  # type: ignore[arg-type]
        window.set_annotator(create_annotator(window.ctx.db, 'Ada "Lovelace"/2').id)
        _annotate(window)
        yield window


def test_hand_in_from_the_menu_writes_a_file_that_loads(
    student_window: MainWindow, tmp_path: Path, screenshot
) -> None:
    window = student_window
    recorder = Recorder()
    recorder.install(window.handin)
    assert window.handin.act_hand_in.shortcut().toString() == "Ctrl+Shift+H"
    window.handin.act_hand_in.trigger()
    dialog = recorder.dialogs[0]
    assert isinstance(dialog, HandInDialog)
    # The counts the student sees, and a default name safe on every system.
    assert dialog.name_label.text() == 'Ada "Lovelace"/2'
    assert dialog.overview.annotations == 2 and dialog.links_label.text() == "1"
    n_questions = len(window.exercise.questions) * 2  # type: ignore[union-attr]
    assert dialog.answers_label.text() == f"1 of {n_questions} answered"
    assert "only 1 of" in dialog.warning_label.text()
    default = Path(dialog.path_edit.text())
    assert default.name == "Who is behind North Korea's missile engines-Ada Lovelace 2.handin.json"
    dialog.resize(620, dialog.sizeHint().height())
    screenshot(dialog, "handin-dialog")

    target = tmp_path / "usb" / "mine"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.save_button.click()
    saved = target.with_name("mine.handin.json")
    assert dialog.saved_path == saved and saved.is_file()
    assert str(saved) in dialog.message_label.text() and dialog.save_button.isHidden()
    record = load_handin(saved)
    assert record.annotator.display_name == 'Ada "Lovelace"/2'
    assert sorted(a.exact for a in record.annotations) == ["Kim Jong-un", "black-market factory"]
    assert [a.note for a in record.annotations if a.exact.startswith("black")] == ["<b>x</b>"]
    assert len(record.links) == 1 and record.answers[0].value == "The NYT"
    dialog.close_button.click()
    assert dialog.result() == HandInDialog.DialogCode.Accepted


def test_a_full_disk_gives_one_line_and_keeps_the_dialog_open(
    student_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = student_window.handin.hand_in_dialog()
    assert dialog is not None

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("annotator.exchange.atomic.os.fsync", full)
    dialog.path_edit.setText(str(tmp_path / "work.handin.json"))
    assert dialog.hand_in() is None
    message = dialog.message_label.text()
    assert message.startswith("Not handed in:") and "disk is full" in message
    assert "\n" not in message and dialog.saved_path is None and not dialog.save_button.isHidden()
    assert list(tmp_path.glob("*work*")) == []  # no half-written file, no temporary left
    monkeypatch.undo()
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "work.handin.json"))
    assert dialog.hand_in() is None
    assert "folder does not exist" in dialog.message_label.text()


def test_without_a_student_the_menu_says_what_to_do(qtbot: object, ctx: object) -> None:
    with open_window(qtbot, ctx) as window:  # type: ignore[arg-type]
        window.annotator_id = None
        recorder = Recorder()
        recorder.install(window.handin)
        window.handin.act_hand_in.trigger()
        assert recorder.dialogs == [] and recorder.messages == [("Hand In", NO_STUDENT, True)]


def test_menu_items_sit_before_quit(student_window: MainWindow) -> None:
    items = student_window.menu_file.actions()
    assert not any(a.isSeparator() and b.isSeparator() for a, b in pairwise(items))
    texts = [a.text() for a in items if not a.isSeparator()]
    assert texts[-1] == "&Quit"
    assert texts.index("&Hand In…") < texts.index("&Export") < texts.index("&Import Hand-ins…")
    export = [a.text() for a in student_window.handin.menu_export.actions() if a.text()]
    assert export == ["&Web Annotation (JSON-LD)…", "&Spreadsheet (CSV)…",
                      "Printable &Report (HTML)…", "&Print / Save as PDF…"]
    assert student_window.handin.act_import.shortcut().toString() == "Ctrl+Shift+O"


def test_export_submenu_writes_each_format(student_window: MainWindow, tmp_path: Path) -> None:
    actions = student_window.handin
    recorder = Recorder()
    recorder.install(actions)
    chosen: list[Path] = []
    actions.ask_save_path = lambda title, default, filt: (  # type: ignore[method-assign]
        chosen.append(default) or tmp_path / f"out{default.suffix}"
    )
    actions.act_export["w3c"].trigger()
    actions.act_export["csv"].trigger()
    actions.act_export["html"].trigger()
    assert [p.suffix for p in chosen] == [".jsonld", ".csv", ".html"]
    w3c = json.loads((tmp_path / "out.jsonld").read_text("utf-8"))
    assert w3c["type"] == "AnnotationCollection"
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    report = (tmp_path / "out.html").read_text("utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;" in report and "<b>x</b>" not in report
    assert [m[2] for m in recorder.messages] == [False, False, False]

    actions.ask_print_or_pdf = lambda: "pdf"  # type: ignore[method-assign]
    actions.act_print.trigger()
    pdf = tmp_path / "out.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    assert recorder.messages[-1] == ("Save as PDF", f"Saved as {pdf}", False)

    actions.ask_save_path = lambda *a: tmp_path / "nowhere" / "x.csv"  # type: ignore[method-assign]
    actions.act_export["csv"].trigger()
    _title, text, error = recorder.messages[-1]
    assert error and text.startswith("Nothing was saved:") and "folder does not exist" in text
    QApplication.processEvents()


def test_menu_module_imports_no_heavy_library() -> None:
    """The menu items cost nothing at start-up: services and dialogs load on first use."""
    import subprocess
    import sys

    code = (
        "import sys, annotator.gui.handin.actions; "
        "heavy = {'jsonschema', 'jsonschema_rs', 'numpy', 'rapidfuzz', 'lxml', 'alembic'}; "
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & heavy); "
        "assert not loaded, loaded; "
        "assert 'PySide6.QtPrintSupport' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
