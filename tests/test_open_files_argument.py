"""``annotator FILE...`` (desktop files, file associations) opens the files in the window."""

from __future__ import annotations

from annotator.cli import split_open_paths

COMMANDS = {"exercises", "annotations", "review", "export", "import"}


def test_files_are_separated_from_options() -> None:
    argv = ["--db", "class.db", "lesson.saexercise", "--exercise", "abc", "ada.handin.json"]
    kept, paths = split_open_paths(argv, COMMANDS)
    assert kept == ["--db", "class.db", "--exercise", "abc"]
    assert paths == ["lesson.saexercise", "ada.handin.json"]


def test_a_command_line_with_a_command_is_left_alone() -> None:
    argv = ["import", "ada.handin.json"]
    assert split_open_paths(argv, COMMANDS) == (argv, [])


def test_window_opens_a_package_and_imports_a_handin(qtbot, ctx, tmp_path, monkeypatch) -> None:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    opened: list[object] = []
    monkeypatch.setattr(window.authoring, "open_path", opened.append)
    monkeypatch.setattr(window.handin, "import_paths", opened.append)
    window.open_paths([str(tmp_path / "lesson.saexercise"), str(tmp_path / "ada.handin.json")])
    assert opened == [tmp_path / "lesson.saexercise", [tmp_path / "ada.handin.json"]]


def test_a_mistyped_command_is_an_error_not_a_file_to_open(capsys, monkeypatch,
                                                           tmp_path) -> None:
    """``annotator exercise`` names no command and no file: the command line says so and
    suggests the command meant, instead of opening the window on a file that is not there."""
    import pytest

    from annotator import cli
    from annotator.gui import application

    opened: list[object] = []
    monkeypatch.setattr(application, "run_gui", lambda *a: opened.append(a) or 0)
    monkeypatch.chdir(tmp_path)
    for word, said in (("exercise", "did you mean 'exercises'?"),
                       ("frobnicate", "(see annotator --help)")):
        with pytest.raises(SystemExit) as ended:
            cli.main([word])
        assert ended.value.code == 2
        err = capsys.readouterr().err
        assert f"'{word}' is neither a command nor a file" in err and said in err
    (tmp_path / "exercise").write_text("x", encoding="utf-8")  # a file of that name opens
    assert cli.main(["exercise"]) == 0
    assert cli.main(["lesson.saexercise"]) == 0  # a missing file is the window's to report
    assert [a[2] for a in opened] == [["exercise"], ["lesson.saexercise"]]
