"""Opening a file while the app runs hands it to the running window (QLocalServer)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from annotator.gui.single_instance import FileHandoff, hand_over, server_name
from annotator.services.exercises_io import export_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID

SECOND_START = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from annotator.gui.single_instance import hand_over
print("handed" if hand_over(sys.argv[1], sys.argv[2:]) else "refused")
"""


def test_a_second_start_hands_its_file_to_the_running_window(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from panel_helpers import open_window

    win = open_window(qtbot, ctx)
    package = tmp_path / "week one.saexercise"
    export_exercise(ctx.db, SAMPLE_EXERCISE_ID, package)
    name = server_name(tmp_path / "test.sqlite3")
    handoff = FileHandoff(name, win.receive_paths, win)
    assert handoff.listening
    second = subprocess.Popen([sys.executable, "-c", SECOND_START, name, str(package)],
                              stdout=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: "already up to date" in win.statusBar().currentMessage(),
                        timeout=20_000)
        out, _ = second.communicate(timeout=20)
    finally:
        if second.poll() is None:
            second.kill()
    assert out.strip() == "handed"
    handoff.close()
    win.close()


def test_nobody_listening_means_no_hand_over(tmp_path: Path, qapp: Any) -> None:
    assert not hand_over(server_name(tmp_path / "nobody.sqlite3"), [], wait_ms=300)
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") == server_name(tmp_path / "." / "a.sqlite3")
