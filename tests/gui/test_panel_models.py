"""The annotation and link models pass Qt's model tester and follow changes row by row."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from annotator.gui.hub import Hub
from annotator.gui.workspace import undo
from annotator.gui.workspace.models.annotation_model import (
    ID_ROLE,
    NOTE,
    QUOTE,
    SORT_ROLE,
    TAG,
    AnnotationFilterProxy,
    AnnotationTableModel,
    excerpt,
)
from annotator.gui.workspace.models.link_model import KIND, SOURCE, LinkFilterProxy, LinkTableModel
from annotator.services.annotations import AnnotationError
from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


class Setup:
    """Models wired to a hub the way install_panels wires them, without a window."""

    def __init__(self, ctx: object) -> None:
        self.ctx = ctx
        self.svc = ctx.annotations  # type: ignore[attr-defined]
        self.exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
        self.me = create_annotator(ctx.db, "Ada").id  # type: ignore[attr-defined]
        self.other = create_annotator(ctx.db, "Bo").id  # type: ignore[attr-defined]
        self.hub = Hub(ctx.bus)  # type: ignore[attr-defined]
        self.stack = QUndoStack()
        self.model = AnnotationTableModel()
        self.links = LinkTableModel(self.model.annotation)
        self.model.load(self.exercise, self.me, [])
        self.links.load([])
        self.hub.annotationAdded.connect(self.model.on_added)
        self.hub.annotationChanged.connect(self.model.on_changed)
        self.hub.annotationRemoved.connect(self.model.on_removed)
        self.hub.annotationChanged.connect(self.links.on_annotation_changed)
        self.hub.linkAdded.connect(self.links.on_added)
        self.hub.linkChanged.connect(self.links.on_changed)
        self.hub.linkRemoved.connect(self.links.on_removed)

    def add(self, article: int, start: int, end: int, tag: int, note: str = "",
            who: object = None) -> object:
        command = undo.AddAnnotation(self.svc, self.exercise.articles[article].id,
                                     who or self.me, start, end, self.exercise.tags[tag].id, note)
        undo.push(self.stack, command)
        return command.created


@pytest.fixture
def setup(qapp: object, ctx: object) -> Iterator[Setup]:
    s = Setup(ctx)
    yield s
    s.hub.detach()


@pytest.fixture
def strict_tester(qapp: object) -> Iterator[object]:
    """Attach QAbstractItemModelTester; any complaint it logs fails the test."""
    testers: list[QAbstractItemModelTester] = []
    failures: list[str] = []

    def handler(_mode: object, context: object, message: str) -> None:
        if context.category == "qt.modeltest":  # type: ignore[attr-defined]
            failures.append(message)

    previous = qInstallMessageHandler(handler)

    def attach(model: object) -> None:
        testers.append(QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning))

    yield attach
    qInstallMessageHandler(previous)
    assert failures == []


def test_the_tester_does_report_a_broken_model(strict_tester) -> None:
    class Broken(QAbstractTableModel):
        def rowCount(self, parent: object = None) -> int:
            return 3  # also for children: a table claiming to be a tree

        def columnCount(self, parent: object = None) -> int:
            return 2

        def data(self, index: object, role: int = 0) -> object:
            return None

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _m, c, msg: messages.append(c.category))
    QAbstractItemModelTester(Broken(), QAbstractItemModelTester.FailureReportingMode.Warning)
    qInstallMessageHandler(previous)
    assert "qt.modeltest" in messages


def test_models_pass_the_tester_through_a_random_session(setup: Setup, strict_tester) -> None:
    proxy = AnnotationFilterProxy()
    proxy.setSourceModel(setup.model)
    link_proxy = LinkFilterProxy()
    link_proxy.setSourceModel(setup.links)
    for model in (setup.model, proxy, setup.links, link_proxy):
        strict_tester(model)
    proxy.sort(QUOTE, Qt.SortOrder.AscendingOrder)
    link_proxy.sort(SOURCE, Qt.SortOrder.DescendingOrder)
    rng = random.Random(7)
    lengths = [len(a.text) for a in setup.exercise.articles]
    for step in range(60):
        mine = setup.svc.list(setup.exercise.id, setup.me)
        choice = rng.random()
        if choice < 0.45 or len(mine) < 2:
            article = rng.randrange(2)
            start = rng.randrange(lengths[article] - 40)
            setup.add(article, start, start + rng.randrange(1, 40), rng.randrange(4),
                      who=setup.other if step % 5 == 0 else None)
        elif choice < 0.6:
            target = rng.choice(mine)
            undo.push(setup.stack, undo.UpdateAnnotation(
                setup.svc, target.id, note=f"note {step}", start=max(0, target.start - 3)))
        elif choice < 0.75:
            a, b = rng.sample(mine, 2)
            with contextlib.suppress(AnnotationError):  # a duplicate link is refused
                undo.push(setup.stack, undo.AddLink(setup.svc, a.id, b.id,
                                                    rng.choice(list(m.LinkKind))))
        elif choice < 0.85:
            undo.push(setup.stack, undo.DeleteAnnotation(setup.svc, rng.choice(mine).id))
        else:
            setup.stack.undo()
        proxy.set_search(rng.choice(["", "the", "note", "x"]))
        proxy.set_tag(rng.choice([None, *[t.id for t in setup.exercise.tags]]))
        expected = setup.svc.list(setup.exercise.id, setup.me)
        rows = range(setup.model.rowCount())
        assert {setup.model.index(r, 0).data(ID_ROLE) for r in rows} == {a.id for a in expected}
        quotes = [setup.model.index(r, QUOTE).data(SORT_ROLE) for r in rows]
        assert quotes == sorted(quotes)  # kept sorted by quote as rows come and go
        # rows are found by bisecting their sort key, never by the fallback scan
        keys = setup.model._key_of
        assert len(keys) == setup.model.rowCount()
        for r in rows:
            row_id = setup.model.annotation_at(r).id
            assert setup.model._keys[r] == keys[row_id]
            assert setup.model.row_of(row_id) == r
        links = {li.id for li in setup.svc.links(setup.exercise.id, setup.me)}
        assert {setup.links.link_at(r).id for r in range(setup.links.rowCount())} == links


def test_changes_arrive_as_row_signals_never_a_reset(setup: Setup) -> None:
    signals: list[str] = []
    setup.model.modelReset.connect(lambda: signals.append("reset"))
    setup.model.rowsInserted.connect(lambda *_: signals.append("insert"))
    setup.model.rowsRemoved.connect(lambda *_: signals.append("remove"))
    setup.model.dataChanged.connect(lambda *_: signals.append("changed"))
    a = setup.add(0, 10, 20, 0)
    setup.add(0, 30, 40, 1, who=setup.other)  # someone else's: not shown, no signal
    undo.push(setup.stack, undo.UpdateAnnotation(setup.svc, a.id, note="why"))
    undo.push(setup.stack, undo.DeleteAnnotation(setup.svc, a.id))
    setup.stack.undo()
    assert signals == ["insert", "changed", "remove", "insert"]
    assert setup.model.index(0, NOTE).data() == "why"


def test_display_roles_sort_roles_and_filters(setup: Setup) -> None:
    text = setup.exercise.articles[0].text
    start = text.index("black-market factory")
    setup.add(0, start, start + len("black-market factory"), 0, note="Line one\nline two")
    setup.add(1, 0, 8, 3, note="")
    model = setup.model
    assert model.index(0, TAG).data() == "Claim"
    assert model.index(0, NOTE).data() == "Line one line two"  # one line in the table
    assert model.index(0, NOTE).data(Qt.ItemDataRole.EditRole) == "Line one\nline two"
    assert "&lt;" not in model.index(0, QUOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(0, NOTE)) & Qt.ItemFlag.ItemIsEditable  # no editor yet
    proxy = AnnotationFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(TAG, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, TAG).data() for r in range(2)] == ["Opinion", "Claim"]
    proxy.set_search("LINE TWO")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_article(setup.exercise.articles[1].id)
    assert [proxy.index(r, TAG).data() for r in range(proxy.rowCount())] == ["Opinion"]
    assert excerpt("a  b\n\nc" + "x" * 200, 10) == "a b cxxxx…"


def test_link_model_shows_kind_words_and_both_quotes(setup: Setup) -> None:
    a, b = setup.add(0, 0, 6, 0), setup.add(1, 0, 8, 1)
    undo.push(setup.stack, undo.AddLink(setup.svc, a.id, b.id, m.LinkKind.CONTRADICTS))
    index = setup.links.index(0, KIND)
    assert index.data() == "contradicts"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert setup.links.index(0, SOURCE).data() == a.exact
    assert setup.links.index(0, SOURCE + 1).data() == b.exact
    proxy = LinkFilterProxy()
    proxy.setSourceModel(setup.links)
    proxy.set_kind(m.LinkKind.SUPPORTS)
    assert proxy.rowCount() == 0
    proxy.set_kind(None)
    proxy.set_search(b.exact.split()[0].upper())
    assert proxy.rowCount() == 1
    assert isinstance(proxy, QSortFilterProxyModel)


def test_a_row_whose_place_changes_is_taken_out_and_put_back_not_moved(setup: Setup) -> None:
    """A filter proxy answers rowsMoved by filtering every row again; a removal and an
    insertion cost it one row. The order stays the text order."""
    signals: list[str] = []
    for name in ("rowsMoved", "layoutChanged", "modelReset", "rowsRemoved", "rowsInserted"):
        getattr(setup.model, name).connect(lambda *_, n=name: signals.append(n))
    a = setup.add(0, 10, 20, 0)
    b = setup.add(0, 30, 40, 1)
    signals.clear()
    undo.push(setup.stack, undo.UpdateAnnotation(setup.svc, a.id, start=50, end=60))
    assert signals == ["rowsRemoved", "rowsInserted"]
    assert [setup.model.annotation_at(r).id for r in range(2)] == [b.id, a.id]
    signals.clear()
    undo.push(setup.stack, undo.UpdateAnnotation(setup.svc, a.id, end=70))  # same place
    assert signals == []
    assert setup.model.annotation(a.id).end == 70  # type: ignore[union-attr]
