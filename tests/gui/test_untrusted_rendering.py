"""Untrusted text (articles, names, notes, tag labels) is shown literally everywhere and the
reading panes never load a resource or follow a link.

The recording subclasses below replace ``QTextEdit.loadResource`` / ``QTextDocument
.loadResource``: Qt calls them for every image or stylesheet a document wants, local
(``/etc/passwd``, ``file://``), remote or UNC (``\\\\server\\share``). A control test shows
the recorder does see such requests when text is (wrongly) set as HTML.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import QLabel, QMessageBox

from annotator.gui import plain
from annotator.gui.workspace import article_pane
from annotator.services.views import ArticleView

HOSTILE = [
    '<img src="/etc/passwd">',
    '<a href="file:///etc/passwd">click me</a>',
    "\\\\server\\share\\x.png",
    '<img src="\\\\server\\share\\x.png">',
    "<b>bold?</b> & <i>italic</i>",
    '<link rel="stylesheet" href="http://example.com/x.css"><style>body{}</style>',
    "<script>alert(1)</script>",
    "Report [*] of the day",
]
ARTICLE_TEXT = "\n\n".join(f"Paragraph {i}: {s}" for i, s in enumerate(HOSTILE))


class RecordingView(article_pane.ReadingView):
    calls: list[tuple[int, str]]

    def __init__(self, *args: Any) -> None:
        self.calls = []
        super().__init__(*args)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        self.calls.append((kind, name.toString()))
        return None


class RecordingDocument(QTextDocument):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> Any:
        self.calls.append(name.toString())
        return None


@pytest.fixture
def opened_urls() -> Iterator[list[str]]:
    """Every URL the app asks the desktop to open, for the schemes a link could use."""
    seen: list[str] = []

    class Catcher(QObject):
        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            seen.append(url.toString())

    catcher = Catcher()
    schemes = ("file", "http", "https", "smb")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield seen
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def _article(**fields: str) -> ArticleView:
    base = dict(
        id=uuid.uuid4(), position=0, title="t", outlet="", author="", published="", url="",
        retrieved="", language="en", text="text", sha256="",
    )
    base.update(fields)
    return ArticleView(**base)  # type: ignore[arg-type]


def test_recorder_sees_requests_when_text_is_set_as_html(qtbot: Any) -> None:
    view = RecordingView()
    qtbot.addWidget(view)
    view.setHtml('<img src="/etc/passwd"><img src="\\\\server\\share\\x.png">')
    view.show()
    qtbot.waitExposed(view)
    assert any("passwd" in name for _, name in view.calls)  # the check can fail


def test_reading_pane_shows_text_literally_and_loads_nothing(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, opened_urls: list[str]
) -> None:
    monkeypatch.setattr(article_pane, "ReadingView", RecordingView)
    article = _article(
        title=HOSTILE[0], outlet=HOSTILE[4], author=HOSTILE[2], url="file:///etc/passwd",
        text=ARTICLE_TEXT,
    )
    pane = article_pane.ArticlePane(article)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.view
    assert isinstance(view, RecordingView)
    assert view.toPlainText() == ARTICLE_TEXT
    assert pane.title_label.text() == HOSTILE[0]
    assert pane.title_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE[4] in pane.byline_label.text() and HOSTILE[2] in pane.byline_label.text()
    assert pane.byline_label.textFormat() == Qt.TextFormat.PlainText
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor()
            it += 1
        block = block.next()
    body = view.toHtml().split("<body", 1)[1]
    assert "<img" not in body and "<a " not in body and "&lt;img" in body
    # Click on the would-be link text: nothing is opened, no resource is requested.
    cursor = doc.find("click me")
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.anchorAt(rect.center()) == ""
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    view.grab()  # paint everything once more
    assert view.calls == []
    assert opened_urls == []


@pytest.mark.parametrize("text", HOSTILE)
def test_tooltips_show_untrusted_text_literally_and_load_nothing(text: str) -> None:
    doc = RecordingDocument()
    doc.setHtml(plain.tooltip(text))
    assert doc.toPlainText() == text
    assert doc.calls == []


@pytest.mark.parametrize("text", HOSTILE)
def test_labels_and_message_boxes_show_untrusted_text_literally(qtbot: Any, text: str) -> None:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    qtbot.addWidget(label)
    box = plain.message_box(None, QMessageBox.Icon.Information, text, text, text)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    shown = [w for w in box.findChildren(QLabel) if w.text() == text]
    assert len(shown) == 2 and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    assert box.windowHandle().title().replace(plain.WORD_JOINER, "") == text


def test_window_title_shows_an_exercise_title_literally(qtbot: Any, ctx: Any) -> None:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.sample import SAMPLE_EXERCISE_ID
    from annotator.storage import models as m

    title = '<img src="/etc/passwd"> <b>Who</b> \\\\server\\share\\x.png'
    with ctx.db.session() as s:
        s.get(m.Exercise, SAMPLE_EXERCISE_ID).title = title
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.windowHandle().title().startswith(title)


def test_rich_helper_escapes_for_app_built_html() -> None:
    doc = RecordingDocument()
    doc.setHtml(f"<p>Student: {plain.rich(HOSTILE[0])}</p><p>{plain.rich(HOSTILE[3])}</p>")
    assert HOSTILE[0] in doc.toPlainText() and HOSTILE[3] in doc.toPlainText()
    assert doc.calls == []


def test_url_catcher_sees_what_the_desktop_is_asked_to_open(opened_urls: list[str]) -> None:
    QDesktopServices.openUrl(QUrl("file:///etc/passwd"))  # the control for the check above
    assert opened_urls == ["file:///etc/passwd"]


# -- a sweep over every widget and item model ----------------------------------------------

EVIL = '<img src="/etc/passwd"><a href="file:///etc/passwd">x</a>\\\\server\\share\\y.png<b>!'
EVIL_MARK = "passwd"


def _assert_shown_as_text(where: str, shown: str) -> None:
    """If ``shown`` holds the hostile string, Qt must show it literally and load nothing."""
    if EVIL_MARK not in shown or not QtGuiQt.mightBeRichText(shown):
        return  # nothing hostile here, or Qt shows it as plain text anyway
    doc = RecordingDocument()
    doc.setHtml(shown)
    doc.size()  # lay it out, as showing it would: images are requested now
    assert doc.calls == [], f"{where}: would load {doc.calls}"
    if '<img src="/etc/passwd">' in html.unescape(shown):
        assert '<img src="/etc/passwd">' in doc.toPlainText(), f"{where}: {shown[:80]!r} is HTML"
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor(), f"{where}: {shown[:80]!r}"
            it += 1
        block = block.next()


def _columns(model: Any, parent: Any) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model hides columnCount
        return 1


def _sweep(root: Any) -> int:
    """Check every tooltip, label and item-model cell under ``root``; return how many."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    checked = 0
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        _assert_shown_as_text(f"tooltip of {name}", widget.toolTip())
        checked += 1
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            _assert_shown_as_text(f"label {name}", widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            pending = [QModelIndex()]
            while pending:
                parent = pending.pop()
                for row in range(min(model.rowCount(parent), 200)):
                    for column in range(_columns(model, parent)):
                        index = model.index(row, column, parent)
                        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                        if isinstance(tip, str):
                            _assert_shown_as_text(f"{name} cell {row},{column} tooltip", tip)
                            checked += 1
                    child = model.index(row, 0, parent)
                    if model.rowCount(child) > 0:
                        pending.append(child)
    return checked


@pytest.fixture
def hostile_ctx(ctx: Any) -> Any:
    """The sample exercise with hostile text in every field a student or web page controls."""
    from annotator.services.annotators import create_annotator
    from annotator.services.sample import SAMPLE_EXERCISE_ID
    from annotator.storage import models as m

    with ctx.db.session() as s:
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        exercise.title = f"Title {EVIL}"
        exercise.instructions = f"Read {EVIL}"
        for article in exercise.articles:
            article.title, article.outlet, article.author = EVIL, EVIL, EVIL
            article.url = "file:///etc/passwd"
        for question in exercise.questions:
            question.text = f"Q {EVIL}"
        for tag in exercise.tag_set.tags:
            tag.label, tag.definition = f"{tag.key} {EVIL}", EVIL
    student = create_annotator(ctx.db, f"Ada {EVIL}")
    from annotator.services.exercises import load_exercise

    view = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    first = ctx.annotations.add(view.articles[0].id, student.id, 0, 8, view.tags[0].id, EVIL)
    second = ctx.annotations.add(view.articles[1].id, student.id, 0, 8, view.tags[1].id, EVIL)
    ctx.annotations.add_link(first.id, second.id, m.LinkKind.CONTRADICTS, EVIL)
    ctx.hostile_student = student.id
    return ctx


def test_every_tooltip_label_and_cell_of_the_window_shows_hostile_data_as_text(
    qtbot: Any, hostile_ctx: Any
) -> None:
    from annotator.gui import settings as opt
    from annotator.gui.main_window import MainWindow
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    settings = opt.Settings()
    settings.set(opt.STUDENT_ID, str(hostile_ctx.hostile_student))
    win = MainWindow(hostile_ctx, settings, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert _sweep(win) > 50


def test_the_tag_set_editor_shows_hostile_labels_as_text(qtbot: Any, hostile_ctx: Any) -> None:
    from annotator.gui.authoring.tag_set_editor import TagSetEditor
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import SAMPLE_EXERCISE_ID
    from annotator.services.tag_sets import TagSetService

    exercise = load_exercise(hostile_ctx.db, SAMPLE_EXERCISE_ID)
    editor = TagSetEditor(TagSetService(hostile_ctx.db, hostile_ctx.bus), exercise.tag_set_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert _sweep(editor) > 10


def test_the_sweep_check_fails_on_an_unescaped_tooltip() -> None:
    with pytest.raises(AssertionError, match="would load"):
        _assert_shown_as_text("control", f"Change the colour of {EVIL}")
    _assert_shown_as_text("control", plain.tooltip(f"Change the colour of {EVIL}"))


def test_the_class_overview_shows_hostile_names_and_notes_as_text(
    qtbot: Any, hostile_ctx: Any
) -> None:
    from annotator.gui.review.window import ReviewWindow
    from annotator.services.annotators import create_annotator
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    view = load_exercise(hostile_ctx.db, SAMPLE_EXERCISE_ID)
    other = create_annotator(hostile_ctx.db, f"Bob {EVIL}")
    hostile_ctx.annotations.add(view.articles[0].id, other.id, 2, 12, view.tags[2].id, EVIL)
    window = ReviewWindow(hostile_ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle().title().startswith(f"Class Overview: Title {EVIL}")
    assert _sweep(window) > 20
