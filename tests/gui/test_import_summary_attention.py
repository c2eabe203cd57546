"""The import summary points at what needs the instructor: files not imported (and why,
without their path again) and files handed in for another exercise than the one open.

Found with a class of 30: a student's hand-in of the sample exercise was reported as
"imported" like every other row, although it went into another exercise, and the two
refused files sat at the bottom of a 31-row table, their reasons off to the right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from handin_gui_helpers import Recorder, open_window, student_handin

from annotator.exchange.articles import ImportedArticle
from annotator.gui.handin.summary_dialog import ImportSummaryDialog
from annotator.services.authoring import AuthoringService
from annotator.services.context import AppContext
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("class")
    ana, _ = student_handin(folder / "in", "Ana")
    cleo, _ = student_handin(folder / "in", "Cleo")
    data = cleo.read_bytes()
    cleo.write_bytes(data[: len(data) // 2])
    return ana, cleo


def _import(qtbot: object, ctx: AppContext, paths: list[Path],
            other: bool) -> ImportSummaryDialog:
    with open_window(qtbot, ctx) as window:
        if other:
            exercise = AuthoringService(ctx.db, ctx.bus).create_exercise(
                "Riverside library", articles=[ImportedArticle("The council voted to close "
                                                               "the library.", title="Vote")])
            window.open_exercise(exercise)
        recorder = Recorder()
        recorder.install(window.handin)
        window.handin.import_paths(paths)
        dialog = recorder.dialogs[-1]
        assert isinstance(dialog, ImportSummaryDialog)
        return dialog


def test_an_older_hand_in_is_said_plainly(
    qtbot: object, ctx: AppContext, tmp_path: Path
) -> None:
    from annotator.gui.handin.summary_dialog import attention_lines
    from annotator.services.handins import HandinImportResult, ImportStatus

    older = HandinImportResult(tmp_path / "zoe.handin.json", "Zoe", 0, 0, 0, ImportStatus.OLDER,
                               f"{tmp_path / 'zoe.handin.json'}: handed in 2026-11-24 09:25 "
                               "UTC, older than the hand-in already imported for Zoe "
                               "(2026-11-24 11:25 UTC); not imported")
    assert attention_lines([older]) == [
        "Zoe: an older hand-in, not imported; the newer one already imported is kept"]


def _problems(dialog: ImportSummaryDialog) -> dict[str, str]:
    model = dialog.model
    return {model.data(model.index(r, 0)): model.data(model.index(r, 6))
            for r in range(model.rowCount())}


def test_a_file_for_another_exercise_and_a_refused_file_are_pointed_out(
    qtbot: object, ctx: AppContext, files: tuple[Path, Path]
) -> None:
    ana, cleo = files
    dialog = _import(qtbot, ctx, [ana, cleo], other=True)
    assert dialog.headline.text() == "2 files: 1 imported, 1 rejected"
    assert not dialog.attention.isHidden()
    lines = dialog.attention.text().splitlines()
    assert lines[0] == "Look at these files:"
    assert lines[1] == ("Ana: handed in for another exercise, “Who is behind North Korea's "
                        "missile engines?”; imported there (open that exercise to review it)")
    assert lines[2].startswith(f"{cleo.name}: not imported, the file is cut short (an "
                               "incomplete copy?); ask the student to hand it in again "
                               "(truncated JSON (")
    problems = _problems(dialog)
    assert problems[ana.name].startswith("handed in for another exercise, “Who is behind")
    assert problems[cleo.name].startswith("truncated JSON (")  # no path in front again
    assert str(cleo.parent) not in problems[cleo.name]


def test_files_for_the_open_exercise_need_no_word(
    qtbot: object, ctx: AppContext, files: tuple[Path, Path]
) -> None:
    ana, _ = files
    dialog = _import(qtbot, ctx, [ana], other=False)
    assert dialog.attention.isHidden()
    assert _problems(dialog)[ana.name] == ""
    result = dialog.results[0]
    assert (result.exercise_id, result.exercise_title) == (
        SAMPLE_EXERCISE_ID, "Who is behind North Korea's missile engines?")
