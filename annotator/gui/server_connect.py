"""File > Connect to School Server: the login dialog.

The dialog returns data (:meth:`ConnectDialog.login`), and checks the login itself before it
closes (:meth:`accept`), so a wrong password or an unreachable server is said inside the
dialog, in one line, and the student can try again. The password is kept only in memory for
this session; the settings remember the server, database and login, never the password.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from annotator.services.school import check_login, login_url
from annotator.services.views import AnnotatorView
from annotator.storage.errors import StorageError

__all__ = ["ConnectDialog", "ServerLogin", "ask_server_login", "remembered_form"]

Check = Callable[[str], AnnotatorView | None]
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLogin:
    host: str
    port: int
    database: str
    login: str
    password: str

    def url(self, with_password: bool = True) -> str:
        return login_url(self.host, self.database, self.login,
                         self.password if with_password else None,
                         None if self.port == DEFAULT_PORT else self.port)


def remembered_form(url: str) -> ServerLogin:
    """The dialog's fields from a URL (a remembered one, or ``--db``); empty if unreadable."""
    try:
        parsed = make_url(url)
    except Exception:
        return ServerLogin("", DEFAULT_PORT, "", "", "")
    host = parsed.host or str(parsed.query.get("host", "") or "")
    return ServerLogin(host, parsed.port or DEFAULT_PORT, parsed.database or "",
                       parsed.username or "", parsed.password or "")


class ConnectDialog(QDialog):
    def __init__(self, remembered: ServerLogin | None = None, parent: QWidget | None = None,
                 check: Check = check_login) -> None:
        super().__init__(parent)
        self._check = check
        self.person: AnnotatorView | None = None
        self.setWindowTitle(self.tr("Connect to School Server"))
        form = remembered or ServerLogin("", DEFAULT_PORT, "", "", "")
        intro = QLabel(self.tr(
            "Your school's server keeps your work, so you can go on from any computer and "
            "your teacher sees it without a hand-in file. Your teacher or the school's IT "
            "gives you these details."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.host = QLineEdit(form.host)
        self.host.setPlaceholderText(self.tr("server name, e.g. annotator.school.example"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(form.port)
        self.database = QLineEdit(form.database)
        self.database.setPlaceholderText(self.tr("e.g. school"))
        self.login_field = QLineEdit(form.login)
        self.password = QLineEdit(form.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QFormLayout()
        fields.addRow(self.tr("&Server:"), self.host)
        fields.addRow(self.tr("P&ort:"), self.port)
        fields.addRow(self.tr("&Database:"), self.database)
        fields.addRow(self.tr("&Login:"), self.login_field)
        fields.addRow(self.tr("&Password:"), self.password)
        self.host.setAccessibleName(self.tr("Server"))
        self.port.setAccessibleName(self.tr("Port"))
        self.database.setAccessibleName(self.tr("Database"))
        self.login_field.setAccessibleName(self.tr("Login"))
        self.password.setAccessibleName(self.tr("Password"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight); font-weight: 600;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.login_field, self.password):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(440)
        first_empty = next((f for f in (self.host, self.database, self.login_field,
                                         self.password) if not f.text()), self.password)
        first_empty.setFocus()

    def login(self) -> ServerLogin:
        return ServerLogin(self.host.text().strip(), self.port.value(),
                           self.database.text().strip(), self.login_field.text().strip(),
                           self.password.text())

    def _update_ok(self) -> None:
        form = self.login()
        ready = all((form.host, form.database, form.login, form.password))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        """Try the login; stay open with the reason when it fails."""
        try:
            self.person = self._check(self.login().url())
        except StorageError as error:
            self.problem.setText(self._reason(error))
            self.problem.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()

    def _reason(self, error: StorageError) -> str:
        text = str(error)
        reason = text.split(": ", 1)[1] if ": " in text else text
        return reason[:1].upper() + reason[1:] + ("" if reason.endswith((".", "?")) else ".")


def ask_server_login(parent: QWidget | None, remembered: ServerLogin | None = None,
                     check: Check = check_login) -> ServerLogin | None:
    dialog = ConnectDialog(remembered, parent, check)
    try:
        return dialog.login() if dialog.exec() else None
    finally:
        dialog.deleteLater()
