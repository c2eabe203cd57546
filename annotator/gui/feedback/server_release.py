"""Feedback on a school server, in the main window (services/feedback_release.py).

Instructor: Review > Return Feedback… can release the feedback to the students on the
server instead of writing files; Review > Withdraw Released Feedback… takes it back.

Student: the released feedback opens in the Feedback view without a file, when the exercise
opens and, through a poll every few seconds, when it is released (or released again, or
withdrawn) while the app runs; the status bar says so. Before that, File > Open Feedback…
explains that nothing is released yet. When the server cannot be reached the poll stays
quiet and the view keeps what it shows.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from annotator.exchange.errors import ExchangeError
from annotator.storage.errors import StorageError

if TYPE_CHECKING:
    from annotator.gui.feedback.actions import FeedbackActions
    from annotator.services.feedback_release import ReleaseResult

__all__ = ["POLL_MS", "ServerFeedback", "when_text"]

POLL_MS = 15_000  # released feedback shows up within fifteen seconds
ANNOUNCE_MS = 30_000


def when_text(moment: datetime) -> str:
    """``5 Dec 2026, 14:03`` in the user's locale (local time)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{locale.toString(local.date(), 'd MMM yyyy')}, {clock}"


class ServerFeedback(QObject):
    def __init__(self, actions: FeedbackActions) -> None:
        super().__init__(actions)
        self.actions = actions
        window = actions.window
        self.window = window
        self.on_server = bool(window.ctx.db.is_server)
        self.announced: datetime | None = None  # the release last announced
        self.act_withdraw = QAction(self.tr("&Withdraw Released Feedback…"), window)
        self.act_withdraw.setStatusTip(self.tr(
            "Take back the feedback released to the students on the school server"))
        self.act_withdraw.triggered.connect(lambda: self.withdraw())
        if self.on_server:  # a database file's Review menu stays as it was
            window.review.menu.addAction(self.act_withdraw)
            window.addAction(self.act_withdraw)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        if self.on_server:
            actions.act_open.setStatusTip(self.tr(
                "Show the feedback your teacher released, or open a feedback file"))
            window.installEventFilter(self)  # stops the poll when the window closes
            self._poll.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._poll.stop()
        return super().eventFilter(watched, event)

    # -- asking the user (overridden in tests) -------------------------------------------

    def ask_withdraw(self, title: str, students: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw Released Feedback"),
                          self.tr("Take back the feedback on “%1” from %n student(s)? They "
                                  "no longer see it in the app until you release it again.",
                                  "", students).replace("%1", title), parent=self.window)
        yes = box.addButton(self.tr("Withdraw"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_open_file_instead(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open Feedback"), text,
                          parent=self.window)
        choose = box.addButton(self.tr("Open a File…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is choose

    # -- the instructor's side ------------------------------------------------------------

    def released_line(self) -> str:
        """What is released on the exercise open now, for the Return Feedback dialog."""
        from annotator.services.feedback_release import release_state

        window = self.window
        if not self.on_server or window.exercise is None:
            return ""
        try:
            state = release_state(window.ctx.db, window.exercise.id)
        except StorageError:
            return ""
        if not state.students or state.released is None:
            return self.tr("Nothing is released on this exercise yet.")
        return self.tr("Released to %n student(s) on %1; releasing again replaces it.", "",
                       state.students).replace("%1", when_text(state.released))

    def release(self, includes: tuple[str, ...]) -> list[ReleaseResult]:
        from annotator.services.feedback_release import release_feedback

        window = self.window
        title = self.tr("Return Feedback")
        if window.exercise is None:
            return []
        try:
            results = release_feedback(window.ctx.db, window.exercise.id, includes)
        except (ExchangeError, StorageError) as error:
            self.actions.notify(title, str(error), error=True)
            return []
        if not results:
            self.actions.notify(title, self.tr(
                "Nobody has handed in this exercise yet: feedback goes only to students who "
                "handed in."), error=True)
            return []
        done = [r for r in results if r.ok]
        lines = [self.tr("Feedback released to %n student(s) on the school server.", "",
                         len(done))]
        again = sum(1 for r in done if r.replaced)
        if again:
            lines.append(self.tr("For %n of them it replaces the feedback released before.",
                                 "", again))
        lines += sorted({note for r in results for note in r.notes})
        lines += [f"{r.student}: {r.problem}" for r in results if not r.ok]
        lines.append(self.tr(
            "Each student sees only their own feedback, in the app, after they handed in."))
        self.actions.notify(title, "\n".join(lines), error=len(done) < len(results))
        return results

    def withdraw(self) -> int:
        from annotator.services.feedback_release import release_state, withdraw_feedback

        window = self.window
        title = self.tr("Withdraw Released Feedback")
        if window.exercise is None:
            return 0
        try:
            state = release_state(window.ctx.db, window.exercise.id)
            if not state.students:
                self.actions.notify(title, self.tr(
                    "No feedback is released on this exercise."), error=True)
                return 0
            if not self.ask_withdraw(window.exercise.title, state.students):
                return 0
            n = withdraw_feedback(window.ctx.db, window.exercise.id)
        except (ExchangeError, StorageError) as error:
            self.actions.notify(title, str(error), error=True)
            return 0
        window.statusBar().showMessage(self.tr(
            "Feedback withdrawn from %n student(s).", "", n), 10_000)
        return n

    # -- the student's side ---------------------------------------------------------------

    def poll(self) -> bool:
        """Ask the server whether the feedback on the exercise open now was released, released
        again or withdrawn; show the change. True when something changed."""
        from annotator.services.feedback_release import release_stamp

        window = self.window
        if not self.on_server or window.exercise is None or window.annotator_id is None:
            return False
        try:
            stamp = release_stamp(window.ctx.db, window.exercise.id, window.annotator_id)
        except StorageError:
            return False  # offline: keep what is shown; the next poll asks again
        opened = self.actions.opened
        shown = opened.released if opened is not None else None
        if stamp == shown:
            return False
        self.actions.show_stored(reveal=stamp is not None)
        opened = self.actions.opened
        if stamp is None and shown is not None and (opened is None or opened.released is None):
            window.statusBar().showMessage(self.tr(
                "Your teacher took back the feedback on this exercise for now."), ANNOUNCE_MS)
        return True

    def announce(self, released: datetime) -> None:
        """Say once per release that the feedback is here."""
        if released == self.announced:
            return
        self.announced = released
        self.window.statusBar().showMessage(self.tr(
            "Feedback from your teacher is here: see the Feedback view beside the text."),
            ANNOUNCE_MS)

    def not_released_text(self) -> str | None:
        """Why File > Open Feedback… has nothing to show on the server yet; None when there
        is something (or this is not a server)."""
        from annotator.services.feedback_student import list_attempts

        window = self.window
        if not self.on_server or window.exercise is None or window.annotator_id is None:
            return None
        if self.actions.opened is not None and self.actions.opened.released is not None:
            return None
        title = window.exercise.title
        try:
            handed_in = bool(list_attempts(window.ctx.db, window.exercise.id,
                                           window.annotator_id))
        except StorageError:
            return self.tr("The school server cannot be reached just now, so released "
                           "feedback cannot be shown. Your work is safe; try again later.")
        if not handed_in:
            return self.tr(
                "Feedback on “%1” opens after you hand in (File > Hand In…). Your teacher "
                "then releases it, and it appears here by itself.").replace("%1", title)
        return self.tr(
            "Your teacher has not released feedback on “%1” yet. It appears here by itself "
            "once they do; you need no file.").replace("%1", title)
