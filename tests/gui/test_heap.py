"""Opening an exercise freezes what is alive (no full-collection pauses under key presses);
opening another collects what the first left behind, frozen or not."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from annotator.gui import heap
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_frozen_objects_are_skipped_until_the_next_settle_collects_them() -> None:
    node = _Node()
    gone = weakref.ref(node)
    heap.settle(collect=False)
    del node
    gc.collect()
    assert gone() is not None, "frozen: the collector does not walk it"
    heap.settle(collect=True)
    assert gone() is None, "given back and collected"
    gc.unfreeze()


def test_opening_an_exercise_freezes_and_opening_another_collects(qtbot: Any, ctx: Any
                                                                  ) -> None:
    gc.unfreeze()
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    assert gc.get_freeze_count() > 0
    node = _Node()
    gone = weakref.ref(node)
    del node
    heap.settle(collect=False)  # garbage frozen with the first exercise
    window.open_exercise(SAMPLE_EXERCISE_ID)
    assert gone() is None
    assert gc.get_freeze_count() > 0
