"""Who the student is belongs to the database: moving it keeps the person and their work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ws_helpers import answer_prompts, mine, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services import identity
from annotator.services.annotators import create_annotator, list_annotators
from annotator.services.context import open_context
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise


def _window(qtbot: object, ctx: object) -> MainWindow:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    return win


def _shown(win: MainWindow) -> set[str]:
    texts = set()
    for pane in win.panes:
        for shown in pane.layer.shown():
            row = win.ctx.annotations.get(shown.annotation_id)
            texts.add(row.exact)
    return texts


def test_a_moved_database_continues_as_the_same_student(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "old-laptop.sqlite3"
    ctx = open_context(f"sqlite:///{laptop}")
    ensure_sample_exercise(ctx.db)
    win = _window(qtbot, ctx)
    show_active(qtbot, win, 1366, 740)
    asked = answer_prompts(win, name="Ada Student")
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert asked["name"] == [""] and len(mine(win)) == 1
    ada = win.annotator_id
    win.close()
    ctx.close()

    # the README's "move to another laptop": copy the file, start with a fresh config folder
    moved = tmp_path / "new-laptop" / "annotator.sqlite3"
    moved.parent.mkdir()
    shutil.copy2(laptop, moved)
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "fresh-config"))
    ctx = open_context(f"sqlite:///{moved}")
    win = _window(qtbot, ctx)
    show_active(qtbot, win, 1366, 740)
    asked = answer_prompts(win, name="Ada Student")
    assert win.annotator_id == ada
    assert "annotating as Ada Student" in win.status_label.text()
    assert _shown(win) == {"black-market factory"}
    select_phrase(win.panes[1], "Vladimir Putin")
    qtbot.keyClick(win.panes[1].view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    assert asked["name"] == []  # never asked again
    assert len(mine(win)) == 2
    assert [p.display_name for p in list_annotators(ctx.db)] == ["Ada Student"]
    win.close()
    ctx.close()


def test_an_older_database_with_one_student_records_them_as_its_owner(
    qtbot: object, ctx: object
) -> None:
    ada = create_annotator(ctx.db, "Ada Student")  # type: ignore[attr-defined]
    assert identity.owner(ctx.db) is None  # type: ignore[attr-defined]
    win = _window(qtbot, ctx)
    show_active(qtbot, win)
    assert win.annotator_id == ada.id
    assert identity.owner(ctx.db).id == ada.id  # type: ignore[attr-defined, union-attr]
    win.close()


def test_several_students_are_asked_which_one_is_at_the_keyboard(
    qtbot: object, ctx: object
) -> None:
    create_annotator(ctx.db, "Ada Student")  # type: ignore[attr-defined]
    ben = create_annotator(ctx.db, "Ben Ng")  # type: ignore[attr-defined]
    win = _window(qtbot, ctx)
    asked: list[list[str]] = []
    win.prompts.which = lambda _parent, names: asked.append(list(names)) or 1
    assert win.annotator_id is None
    show_active(qtbot, win)
    qtbot.waitUntil(lambda: win.annotator_id is not None)  # type: ignore[attr-defined]
    assert asked == [["Ada Student", "Ben Ng"]]
    assert win.annotator_id == ben.id
    assert "annotating as Ben Ng" in win.status_label.text()
    assert identity.owner(ctx.db).id == ben.id  # type: ignore[attr-defined, union-attr]
    win.close()


def test_a_name_already_in_the_database_is_never_silently_doubled(
    qtbot: object, ctx: object
) -> None:
    db = ctx.db  # type: ignore[attr-defined]
    ada = create_annotator(db, "Ada Student")
    create_annotator(db, "Ben Ng")
    win = _window(qtbot, ctx)
    answers = iter([None, "me"])
    namesake_asked: list[tuple[str, bool]] = []
    win.prompts.which = lambda _parent, names: len(names)  # "I am someone else…"
    win.prompts.name = lambda _parent, _current: "  ada   student "
    win.prompts.namesake = lambda _p, name, me: namesake_asked.append((name, me)) or next(
        answers)
    show_active(qtbot, win)
    qtbot.waitUntil(lambda: bool(namesake_asked))  # type: ignore[attr-defined]
    assert namesake_asked == [("Ada Student", True)]
    assert win.annotator_id is None  # cancelled: nobody created, nobody chosen
    assert len(list_annotators(db)) == 2
    # tagging asks again; this time the student says the name is theirs
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert win.annotator_id == ada.id and len(mine(win)) == 1
    assert len(list_annotators(db)) == 2
    win.close()


def test_two_people_of_one_name_only_when_confirmed(qtbot: object, ctx: object) -> None:
    db = ctx.db  # type: ignore[attr-defined]
    create_annotator(db, "Ada Student")
    win = _window(qtbot, ctx)
    win.annotator_id = None  # another person at the keyboard: File > Change Name…
    win.prompts.which = lambda _parent, names: len(names)
    win.prompts.name = lambda _parent, _current: "Ada Student"
    win.prompts.namesake = lambda _p, _name, _me: "other"
    show_active(qtbot, win)
    win.act_change_name.trigger()
    names = [p.display_name for p in list_annotators(db)]
    assert names == ["Ada Student", "Ada Student"]
    win.close()


def test_renaming_to_another_persons_name_asks_first(qtbot: object, ctx: object) -> None:
    db = ctx.db  # type: ignore[attr-defined]
    create_annotator(db, "Ben Ng")
    win = _window(qtbot, ctx)
    win.set_annotator(create_annotator(db, "Ada Student").id)
    show_active(qtbot, win)
    asked: list[tuple[str, bool]] = []
    win.prompts.name = lambda _parent, _current: "Ben Ng"
    win.prompts.namesake = lambda _p, name, me: asked.append((name, me)) or None
    win.act_change_name.trigger()
    assert asked == [("Ben Ng", False)]
    assert sorted(p.display_name for p in list_annotators(db)) == ["Ada Student", "Ben Ng"]
    win.close()
