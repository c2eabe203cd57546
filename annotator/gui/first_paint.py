"""Paint first: the opening exercise's texts on screen before the rest of the app loads.

Importing SQLAlchemy, the models, the services and the window's many modules takes longer
than a bare Qt window needs to appear (docs/performance.md). So :func:`show_preview` reads
the texts the window is about to show with plain ``sqlite3`` in read-only mode
(:mod:`annotator.storage.peek`; on a first start, from the sample exercise shipped with the
app), shows them in a window laid out like the main window, with the same typography, and
waits for that window's first paint. ``run_gui`` then opens the database properly, builds
the main window, shows it in the same place and closes the preview. The student can start
reading at once, and, when the file can be written without the full opening
(``storage/early_annotate.py``), tagging: the preview takes the tag keys
(``gui/preview_keys.py``) and stores each annotation at once; the main window then shows
them (``gui/preview_handover.py``). Otherwise nothing is written until the real window is
there, and a tag key is answered "not saved yet".

Nothing here imports SQLAlchemy; ``tests/test_startup_imports.py`` checks it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QWidget,
)

from annotator import APP_NAME
from annotator.core.text import normalise_text
from annotator.gui import i18n, plain
from annotator.gui import settings as opt
from annotator.gui.i18n import arg
from annotator.gui.settings import Settings
from annotator.gui.window_size import first_start_size
from annotator.gui.workspace.pane_look import fill_header, header_labels, stack_pane
from annotator.gui.workspace.reading_view import ReadingView
from annotator.paths import default_database_url
from annotator.storage.lock import InstanceLock, held_elsewhere
from annotator.storage.peek import PeekedArticle, PeekedExercise, peek_exercise, sqlite_path

if TYPE_CHECKING:  # imported after the first paint: it need not wait for them
    from annotator.gui.preview_keys import PreviewKeys
    from annotator.storage.early_annotate import EarlyAnnotation, EarlyDesk

SAMPLE_PACKAGE = "annotator.resources.sample"
PAINT_WAIT_MS = 500  # go on loading even if no paint comes (a minimised window)


def sample_preview() -> PeekedExercise:
    """The sample exercise as a first start seeds it (``services/sample.py``)."""
    folder = resources.files(SAMPLE_PACKAGE)
    data = json.loads((folder / "exercise.json").read_text(encoding="utf-8"))
    articles = tuple(
        PeekedArticle(
            uuid.UUID(a["id"]), a["title"],
            " · ".join(a[k] for k in ("outlet", "author", "published") if a.get(k)),
            normalise_text((folder / a["file"]).read_text(encoding="utf-8")),
        )
        for a in data["articles"]
    )
    # the title as services/sample.py seeds it, in the language shown (no SQLAlchemy here)
    words = json.loads((folder / "translations.json").read_text(encoding="utf-8"))
    title = words["languages"].get(i18n.current_language(), data)["exercise"]["title"]
    return PeekedExercise(uuid.UUID(data["exercise"]["id"]), title, articles)


def opening_exercise(settings: Settings, db: str | None, wanted: str | None
                     ) -> PeekedExercise | None:
    """What the window will open, as ``application.initial_exercise`` chooses it: the
    exercise asked for, else the last one, else the sample. None when that cannot be told
    without the full machinery (another database server, an unreadable file)."""
    path = sqlite_path(default_database_url(db))
    if path is None:
        return None
    if not path.exists():  # first start: the database will hold the sample only
        return sample_preview()
    sample_id = sample_preview().id
    return peek_exercise(path, (wanted, settings.get(opt.LAST_EXERCISE), sample_id))


def _in_saved_order(settings: Settings, exercise: PeekedExercise) -> list[PeekedArticle]:
    try:
        orders = json.loads(str(settings.get(opt.PANE_ORDER)))
        wanted = orders.get(str(exercise.id)) if isinstance(orders, dict) else None
    except ValueError:
        wanted = None
    if not isinstance(wanted, list):
        return list(exercise.articles)
    rank = {str(article_id): n for n, article_id in enumerate(wanted)}
    return sorted(exercise.articles, key=lambda a: rank.get(str(a.id), len(rank)))


class PreviewPane(QWidget):
    """An article pane's look (header, rule, text) without its machinery."""

    def __init__(self, article: PeekedArticle, zoom: int) -> None:
        super().__init__()
        self.article = article
        title, byline = header_labels()
        title.setText(article.title or self.tr("Untitled article"))
        byline.setText(article.byline or self.tr("Outlet, author and date not stated"))
        byline.setEnabled(bool(article.byline))
        header = QWidget()
        fill_header(header, title, byline)
        self.view = ReadingView()
        self.view.set_article_text(article.text)
        header.setLayoutDirection(self.view.layoutDirection())
        self.view.set_zoom(zoom)
        self.view.setAccessibleName(arg(QCoreApplication.translate("ArticlePane", "Text of %1"),
                                        article.title or QCoreApplication.translate(
                                            "ArticlePane", "the article")))
        stack_pane(self, header, self.view)


class PreviewWindow(QMainWindow):
    """The main window's place and panes, read-only, while the app finishes starting."""

    def __init__(self, settings: Settings, exercise: PeekedExercise) -> None:
        super().__init__()
        self.exercise = exercise
        self.added: list[EarlyAnnotation] = []  # stored here, handed to the main window
        self.setWindowTitle(plain.window_title(f"{exercise.title} — {APP_NAME}"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(6)
        zoom = int(settings.get(opt.ZOOM))
        self.panes = [PreviewPane(a, zoom) for a in _in_saved_order(settings, exercise)]
        for pane in self.panes:
            splitter.addWidget(pane)
        if self.panes:
            splitter.setSizes([1000] * len(self.panes))
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self.keys: PreviewKeys | None = None
        self.statusBar().showMessage(self.tr("Opening…"))
        geometry = settings.get(opt.GEOMETRY)
        if not (geometry and self.restoreGeometry(geometry)):
            self.resize(first_start_size(self))

    def take_keys(self, desk: EarlyDesk | None) -> bool:
        """From now on, tag keys are stored through ``desk`` (None: the preview only reads)."""
        if desk is None:
            return False
        from annotator.gui.preview_keys import PreviewKeys

        self.keys = PreviewKeys(self, self.splitter, self.panes, desk)
        for pane in self.panes:
            pane.view.setAccessibleDescription(QCoreApplication.translate(
                "PreviewKeys",
                "Select words with Shift and the arrow keys, then press 1 to 4 to tag them."))
        return True

    @property
    def desk(self) -> EarlyDesk | None:
        """Where tag keys are stored (None: the preview only reads, or has handed over)."""
        return self.keys.desk if self.keys is not None else None

    @property
    def takes_keys(self) -> bool:
        return self.desk is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key the preview cannot act on yet (a digit without a writable database, Delete,
        N...): say so, so no key press is lost without a word."""
        digit = event.text().isdigit() and not self.takes_keys
        if digit or event.text() in ("n", "N") or event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            from annotator.gui.preview_keys import NOT_YET

            self.statusBar().showMessage(QCoreApplication.translate("PreviewKeys", NOT_YET),
                                         6000)
            event.accept()
            return
        super().keyPressEvent(event)

    def pump(self) -> None:
        """Handle what the student did while the app was loading (keys, selections)."""
        app = QApplication.instance()
        if app is not None and self.isVisible():
            app.processEvents()

    def hand_over(self) -> InstanceLock | None:
        """Take what is queued, then stop writing: the full opening gets the file and its
        lock. Keys pressed from now on are answered "not saved yet" until the main window
        takes them (:attr:`PreviewKeys.forward`)."""
        self.pump()
        desk = self.desk
        if desk is None:
            return None
        assert self.keys is not None
        self.keys.desk = None  # keys pressed from now on are answered "not saved yet"
        if not self.isVisible():  # closed while loading: nothing more to do
            desk.abandon()
            return None
        self.added = list(desk.added)
        return desk.hand_over()


class AfterPaint(QObject):
    """Calls ``then`` once ``window`` has been painted, after that paint pass (the window
    itself is painted first, then what lies on it); :attr:`painted` says whether it was.

    It watches the window only, never the whole application: an application-wide filter
    makes PySide build a Python wrapper for every object that gets an event, and building
    one for a type not yet used can crash PySide (its lazy type creation is not reentrant;
    a segfault seen once at start-up, tests/test_startup_imports.py)."""

    def __init__(self, window: QWidget, then: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.window, self.then = window, then
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.painted = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _desk(settings: Settings, path: object, exercise: PeekedExercise) -> EarlyDesk | None:
    from pathlib import Path

    if not isinstance(path, Path) or not path.exists():  # a first start: no file yet
        return None
    from annotator.storage.early_annotate import open_desk

    return open_desk(path, sample_preview().id, exercise.id, settings.get(opt.STUDENT_ID))


def show_preview(settings: Settings, db: str | None, wanted: str | None,
                 on_keys: Callable[[], None] | None = None,
                 on_painted: Callable[[], None] | None = None) -> PreviewWindow | None:
    """Show the opening exercise's texts and return once they are painted; None (and
    nothing shown) when what will open cannot be read cheaply, or when another window has
    the database open: the "already open" message must not appear over a preview.
    ``on_painted`` and ``on_keys`` are the start-up benchmark's probe (gui/paint_probe.py):
    told once the texts are painted, then once the preview takes tag keys."""
    path = sqlite_path(default_database_url(db))
    if path is not None and held_elsewhere(path):
        return None
    exercise = opening_exercise(settings, db, wanted)
    if exercise is None:
        return None
    window = PreviewWindow(settings, exercise)
    loop = QEventLoop()
    watch = AfterPaint(window, loop.quit, loop)
    timeout = QTimer(loop)
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(PAINT_WAIT_MS)
    window.show()
    loop.exec()
    window.removeEventFilter(watch)
    if watch.painted and on_painted is not None:
        on_painted()
    # Then the keys: opening the file for writing costs a few milliseconds that the first
    # paint need not wait for; a key pressed meanwhile waits in the queue.
    if window.isVisible() and window.take_keys(_desk(settings, path, exercise)):
        window.repaint()  # the student's own highlights, now
        if on_keys is not None:
            on_keys()  # the benchmark's probe: "ready to annotate"
    return window
