"""An instructor imports a class's hand-ins: progress, cancel, summary table, orphans."""

from __future__ import annotations

from pathlib import Path

import pytest
from handin_gui_helpers import QUOTES, Recorder, open_window, student_handin
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from annotator.gui.handin.import_run import ImportRun
from annotator.gui.handin.summary_dialog import ImportSummaryDialog
from annotator.services.context import AppContext
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture(scope="module")
def class_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, object]]:
    """Three students' files: one plain, one made on a changed article text, one truncated;
    and one with a highlight whose passage the instructor's text does not contain."""
    folder = tmp_path_factory.mktemp("class")
    ana = student_handin(folder / "in", "Ana")
    ben = student_handin(folder / "in", "Ben", prepend="A sentence the editor added later. ")
    cleo = student_handin(folder / "in", "Cleo")
    data = cleo[0].read_bytes()
    cleo[0].write_bytes(data[: len(data) // 2])
    extra = "an added passage nobody else has"
    dora = student_handin(
        folder / "orphan", "Dora", prepend=f"Opening words: {extra}. ",
        quotes=((0, extra), (0, "black-market factory")),
    )
    return {"ana": ana, "ben": ben, "cleo": cleo, "dora": dora}


def _summary(recorder: Recorder) -> ImportSummaryDialog:
    dialog = recorder.dialogs[-1]
    assert isinstance(dialog, ImportSummaryDialog)
    return dialog


def _rows(dialog: ImportSummaryDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_import_three_files_then_summary_and_stored_work(
    qtbot: object, ctx: AppContext, class_files: dict, screenshot
) -> None:
    (ana, ana_id), (ben, ben_id), (cleo, _) = (class_files[k] for k in ("ana", "ben", "cleo"))
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)
        window.handin.ask_open_paths = lambda: [ana, ben, cleo]  # type: ignore[method-assign]
        announced: list[object] = []
        window.hub.handinsImported.connect(announced.append)
        window.handin.act_import.trigger()

        dialog = _summary(recorder)
        rows = _rows(dialog)
        assert [r[0] for r in rows] == ["Ana.handin.json", "Ben.handin.json", "Cleo.handin.json"]
        assert rows[0][1:6] == ["Ana", "3", "0", "0", "imported"]
        assert rows[1][1:6] == ["Ben", "3", "2", "0", "imported"]  # two on the changed article
        assert rows[2][5] == "rejected" and rows[2][6].startswith("truncated JSON (")
        assert "\n" not in rows[2][6]
        assert dialog.headline.text() == "3 files: 2 imported, 1 rejected"
        assert len(announced) == 1 and len(announced[0].payload) == 3  # type: ignore[attr-defined]

        stored = {a.annotator_id: a for a in ctx.annotations.list(SAMPLE_EXERCISE_ID)}
        assert {a.annotator_id for a in stored.values()} == {ana_id, ben_id}
        ben_quotes = sorted(a.exact for a in ctx.annotations.list(SAMPLE_EXERCISE_ID, ben_id))
        assert ben_quotes == sorted(q for _, q in QUOTES)
        exercise = window.exercise
        assert exercise is not None
        for a in ctx.annotations.list(SAMPLE_EXERCISE_ID):
            assert exercise.article(a.article_id).text[a.start : a.end] == a.exact

        QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        dialog.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # status: rejected first
        assert _rows(dialog)[0][0] == "Cleo.handin.json"
        dialog.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # re-anchored
        assert _rows(dialog)[0][0] == "Ben.handin.json"
        dialog.table.selectRow(0)
        copied = dialog.copy_selection(dialog.table)
        assert copied.splitlines()[0].split("\t")[:3] == ["File", "Student", "Imported"]
        assert copied.splitlines()[1].startswith("Ben.handin.json\tBen\t3\t2\t0\timported")
        assert QGuiApplication.clipboard().text() == copied
        assert len(dialog.copy_all().splitlines()) == 4
        dialog.resize(900, 420)
        screenshot(dialog, "handin-import-summary")


def test_cancel_mid_way_leaves_the_rest_untouched(
    qtbot: object, ctx: AppContext, class_files: dict
) -> None:
    files = [class_files[k][0] for k in ("ana", "ben", "cleo")]
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)

        def cancel_at_second(run: ImportRun) -> None:
            run.fileStarted.connect(lambda done, total, name: done == 1 and run.cancel())

        window.handin.importStarted.connect(cancel_at_second)
        window.handin.import_paths(files)
        statuses = [r[5] for r in _rows(_summary(recorder))]
        assert statuses == ["imported", "imported", "cancelled"]
        people = {a.annotator_id for a in ctx.annotations.list(SAMPLE_EXERCISE_ID)}
        assert people == {class_files["ana"][1], class_files["ben"][1]}


def test_folder_import_lists_orphans_to_look_at(
    qtbot: object, ctx: AppContext, class_files: dict, screenshot
) -> None:
    folder = class_files["dora"][0].parent
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)
        window.handin.ask_folder = lambda: folder  # type: ignore[method-assign]
        window.handin.act_import_folder.trigger()
        dialog = _summary(recorder)
        assert _rows(dialog)[0][1:6] == ["Dora", "1", "1", "1", "imported"]
        orphans = dialog.orphan_model
        QAbstractItemModelTester(orphans, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert orphans.rowCount() == 1
        assert orphans.data(orphans.index(0, 3)) == "an added passage nobody else has"
        dialog.orphan_table.selectRow(0)
        detail = dialog.orphan_detail.toPlainText()
        assert "[an added passage nobody else has]" in detail and detail.startswith("Dora")
        dialog.resize(900, 520)
        screenshot(dialog, "handin-import-orphans")


def test_empty_folder_says_so(qtbot: object, ctx: AppContext, tmp_path: Path) -> None:
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)
        assert window.handin.import_paths([tmp_path]) is None
        assert recorder.dialogs == []
        assert recorder.messages == [
            ("Import Hand-ins", f"No hand-in files found in {tmp_path}", True)
        ]
