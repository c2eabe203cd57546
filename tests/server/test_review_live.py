"""The instructor's Class Overview on a school server follows the class as it works."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from school_fixtures import School, _annotate

from annotator.gui.review.window import ReviewWindow
from annotator.services.context import AppContext
from annotator.storage.database import open_database


@pytest.fixture
def overview(qtbot: Any, school: School) -> Iterator[ReviewWindow]:
    ctx = AppContext(open_database(school.url(school.teacher)))
    window = ReviewWindow(ctx, school.exercise_id)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    ctx.close()


def test_new_work_shows_up_at_the_next_poll_and_the_age_is_shown(
    overview: ReviewWindow, school: School, screenshot: Any,
) -> None:
    live = overview.live
    assert live is not None
    assert overview.students.names() == []  # only the answer key so far
    assert live.label.text() == "Live: updated 0 s ago"
    assert live.poll() is False  # nothing new: nothing reloaded
    _annotate(school, school.ada)
    _annotate(school, school.ben, 30, 40)
    assert live.poll() is True
    assert sorted(overview.students.names()) == ["Ada Lovelace", "Ben Okri"]
    now = [1000.0]
    live._clock = lambda: now[0]  # the label counts from the last good poll
    live._updated = now[0]
    now[0] += 7
    live.show_age()
    assert live.label.text() == "Live: updated 7 s ago"
    screenshot(overview, "review-live-server")
    # The teacher's login is switched off and their connections dropped: the overview keeps
    # what it showed and says the server cannot be reached.
    school.server.execute(f'ALTER ROLE "{school.teacher.login}" NOLOGIN')
    school.server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE usename = '{school.teacher.login}'"
    )
    assert live.poll() is False
    assert live.label.text().startswith("Server not reachable")
    assert sorted(overview.students.names()) == ["Ada Lovelace", "Ben Okri"]
