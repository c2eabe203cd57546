"""The school server in the main window: File > Connect to School Server…, File > Use This
Computer's Database, and where the work is kept, in the status bar.

Changing databases restarts the window on the other database: :attr:`ServerActions.switch_to`
is set and the window closes; ``run_gui`` (gui/application.py) opens the next session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.engine import make_url

from annotator.gui import plain
from annotator.gui import settings as opt
from annotator.gui.server_connect import ServerLogin, ask_server_login, remembered_form

__all__ = ["LOCAL", "SEND_EVERY_MS", "ServerActions", "install_server_actions"]

SEND_EVERY_MS = 10_000

LOCAL = ""  # switch_to this: the database on this computer (the default)

Ask = Callable[[Any, ServerLogin | None], ServerLogin | None]


class ServerActions(QObject):
    def __init__(self, window: Any, ask: Ask | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._ask = ask
        self.switch_to: str | None = None
        self.conflicts_told: list[Any] = []
        self.conflict_box: QMessageBox | None = None
        on_server = window.ctx.db.is_server
        self.act_connect = QAction(self.tr("Connect to School Ser&ver…"), window)
        self.act_connect.setStatusTip(self.tr(
            "Keep your work on your school's server, to go on from any computer"))
        self.act_connect.triggered.connect(self.connect_to_server)
        self.act_local = QAction(self.tr("Use This Computer's Data&base"), window)
        self.act_local.setStatusTip(self.tr("Work in the database on this computer again"))
        self.act_local.triggered.connect(self.use_local)
        self.act_local.setVisible(on_server)
        menu = window.menu_file
        menu.insertAction(window.act_quit, self.act_connect)
        menu.insertAction(window.act_quit, self.act_local)
        menu.insertSeparator(window.act_quit)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        if on_server:
            url = make_url(window.ctx.db.url)
            self._server_name = f"{url.username}@{url.host or 'localhost'}/{url.database}"
            window.statusBar().addPermanentWidget(self.where)
            # Offline work (services/offline.py): say how much waits, send it when possible.
            self._retry = QTimer(self)
            self._retry.setInterval(SEND_EVERY_MS)
            self._retry.timeout.connect(self.send_waiting)
            self._retry.start()
            window.installEventFilter(self)  # stops the timer when the window closes
            hub = window.hub
            for signal in (hub.annotationAdded, hub.annotationChanged, hub.annotationRemoved,
                           hub.linkAdded, hub.linkChanged, hub.linkRemoved,
                           hub.answerChanged, hub.saved):
                signal.connect(lambda *_: self.show_where())
            self.show_where()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._retry.stop()
        return super().eventFilter(watched, event)

    def waiting(self) -> int:
        """Changes not on the server yet: waiting to be sent, or kept aside (conflicts)."""
        service = self.window.ctx.annotations
        return int(service.waiting()) if hasattr(service, "waiting") else 0

    def unsent(self) -> int:
        service = self.window.ctx.annotations
        return int(service.unsent()) if hasattr(service, "unsent") else 0

    def show_where(self) -> None:
        n = self.waiting()
        if n and not self.unsent():  # only conflicts kept aside: the server is there
            self.where.setText(self.tr("School server: {0}, %n change(s) kept aside", "",
                                       n).format(self._server_name))
            self.where.setToolTip(self.tr(
                "These changes no longer fitted the work on the server (a passage was "
                "deleted or changed meanwhile). They are kept on this computer in {0}."
            ).format(self.window.ctx.annotations.queue.path))
        elif n:
            self.where.setText(self.tr("Offline, %n change(s) waiting", "", n))
            kept = self.tr("The school server cannot be reached. Your work is kept on this "
                           "computer and sent, in order, as soon as the server is back.")
            self.where.setToolTip(kept)
            saved = self.window.status_counts.saved_label
            if saved.text():  # not "saved" on the server yet: say where it is
                saved.setText(self.tr("✓ Kept offline"))
                saved.setToolTip(kept)
        else:
            self.where.setText(self.tr("School server: {0}").format(self._server_name))
            self.where.setToolTip("")

    def send_waiting(self) -> None:
        """Send what waits (every few seconds while something does); report conflicts,
        also those of changes sent on the way when the student's next change found the
        server back."""
        service = self.window.ctx.annotations
        sent = 0
        if self.unsent():
            sent = service.send_waiting().sent
        conflicts = service.take_conflicts() if hasattr(service, "take_conflicts") else []
        if sent or conflicts:
            self.window.load_annotations()  # what the server now holds, re-anchored
        self.show_where()
        if conflicts:
            self.conflicts_told.append(conflicts)
            text = self.tr("Your work from while the server was away has been sent. "
                           "The exercise had changed meanwhile:") + "\n\n" + "\n".join(
                f"• {c.message}" for c in conflicts)
            box = plain.message_box(self.window, QMessageBox.Icon.Information,
                                    self.tr("Changes Sent"), text)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.conflict_box = box

    def connect_to_server(self) -> bool:
        """Ask for the login (checked in the dialog), then restart on the server."""
        remembered = str(self.window.settings.get(opt.SERVER_URL) or "")
        ask = self._ask or ask_server_login
        login = ask(self.window, remembered_form(remembered) if remembered else None)
        if login is None:
            return False
        self.window.settings.set(opt.SERVER_URL, login.url(with_password=False))
        self.switch_to = login.url()
        self.window.close()
        return True

    def use_local(self) -> None:
        self.switch_to = LOCAL
        self.window.close()


def install_server_actions(window: Any) -> ServerActions:
    return ServerActions(window)
