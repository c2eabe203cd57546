"""The school server in the main window: File > Connect to School Server…, File > Use This
Computer's Database, and where the work is kept, in the status bar.

Changing databases restarts the window on the other database: :attr:`ServerActions.switch_to`
is set and the window closes; ``run_gui`` (gui/application.py) opens the next session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from annotator.gui import settings as opt
from annotator.gui.server_connect import ServerLogin, ask_server_login, remembered_form

__all__ = ["LOCAL", "ServerActions", "install_server_actions"]

LOCAL = ""  # switch_to this: the database on this computer (the default)

Ask = Callable[[Any, ServerLogin | None], ServerLogin | None]


class ServerActions(QObject):
    def __init__(self, window: Any, ask: Ask | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._ask = ask
        self.switch_to: str | None = None
        on_server = window.ctx.db.is_server
        self.act_connect = QAction(self.tr("Connect to &School Server…"), window)
        self.act_connect.setStatusTip(self.tr(
            "Keep your work on your school's server, to go on from any computer"))
        self.act_connect.triggered.connect(self.connect_to_server)
        self.act_local = QAction(self.tr("Use This &Computer's Database"), window)
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
            where = f"{url.username}@{url.host or 'localhost'}/{url.database}"
            self.where.setText(self.tr("School server: {0}").format(where))
            window.statusBar().addPermanentWidget(self.where)

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
