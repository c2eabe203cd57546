"""Computing the review off the GUI thread: a worker object on a QThread that computes the
requested articles one after the other, reports progress, hands each article back twice (its
overlay's figures as soon as they are ready, then every figure) and stops between two steps
when cancelled.

The window owns one :class:`ReviewJob` at a time; :meth:`ReviewJob.cancel` asks it to stop
and :meth:`ReviewJob.stop` also waits for its thread (when the window closes).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from annotator.gui.review.state import ArticleReview, Cancelled, Request, compute_article
from annotator.services.review import ArticleClass


class _Worker(QObject):
    progress = Signal(int, int, str)  # steps done, of steps, what is being done
    articleReady = Signal(object, object, object)  # request, gathered class, ArticleReview
    finished = Signal()
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, requests: Sequence[Request],
                 gathered: dict[Any, ArticleClass | None],
                 first: dict[Any, ArticleReview] | None = None) -> None:
        super().__init__()
        self.requests = list(requests)
        self.gathered = gathered
        self.first = first or {}
        self.stop_flag = threading.Event()

    @Slot()
    def run(self) -> None:
        total = 3 * len(self.requests)
        try:
            for k, request in enumerate(self.requests):

                def report(done: int, _of: int, what: str, base: int = 3 * k) -> None:
                    self.progress.emit(base + done, total, what)

                def shown(gathered: ArticleClass, review: ArticleReview,
                          request: Request = request) -> None:
                    self.articleReady.emit(request, gathered, review)

                gathered, review = compute_article(
                    request, self.gathered.get(request.article_id), report,
                    self.stop_flag.is_set, first=self.first.get(request.article_id),
                    shown=shown)
                self.articleReady.emit(request, gathered, review)
        except Cancelled:
            self.cancelled.emit()
            return
        except (ValueError, LookupError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit()


class ReviewJob(QObject):
    """Computes ``requests`` on a thread of its own; the signals arrive in the GUI thread."""

    progress = Signal(int, int, str)
    articleReady = Signal(object, object, object)
    finished = Signal()
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, requests: Sequence[Request], gathered: dict[Any, ArticleClass | None],
                 parent: QObject | None = None,
                 first: dict[Any, ArticleReview] | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("review-worker")
        self.worker = _Worker(requests, gathered, first)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.articleReady.connect(self.articleReady)
        self.worker.finished.connect(self._end)
        self.worker.cancelled.connect(self._end)
        self.worker.failed.connect(self._end)
        self.worker.finished.connect(self.finished)
        self.worker.cancelled.connect(self.cancelled)
        self.worker.failed.connect(self.failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.worker_thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop at its next step (``cancelled`` follows)."""
        self.worker.stop_flag.set()

    def stop(self) -> None:
        """Cancel and wait until the thread has ended (no signal follows)."""
        self.cancel()
        for signal in (self.worker.progress, self.worker.articleReady, self.worker.finished,
                       self.worker.cancelled, self.worker.failed):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing connected any more
                signal.disconnect()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.running = False

    def _end(self, *_: object) -> None:
        self.running = False
        self.worker_thread.quit()


__all__ = ["ArticleReview", "ReviewJob"]
