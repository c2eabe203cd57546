"""Files opened while the app runs go to the running window, not to a second one.

The window that holds a database listens on a local socket named after that database
(:func:`server_name`; a Unix socket or Windows named pipe, never the network). A second
start on the same database — a double-clicked exercise package or hand-in, or the app
started again — hands its file names over (:func:`hand_over`) and quits; the running window
opens them and comes to the front. Only when nobody answers does the second start say that
the database is already open.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

OK = b"ok\n"
WAIT_MS = 3000


def server_name(database: str | Path) -> str:
    """One name per user and database file (the socket lives in a shared temp folder)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a stripped-down environment
        user = ""
    key = f"{user}\0{Path(database).resolve()}".encode("utf-8", "surrogatepass")
    return f"source-annotator-{hashlib.sha256(key).hexdigest()[:24]}"


def hand_over(name: str, paths: Sequence[str | Path], wait_ms: int = WAIT_MS) -> bool:
    """Send ``paths`` to the window listening on ``name``; True once it has taken them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(wait_ms):
        return False
    message = json.dumps({"open": [str(Path(p).resolve()) for p in paths]}).encode() + b"\n"
    socket.write(QByteArray(message))
    if not socket.waitForBytesWritten(wait_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == OK


class FileHandoff(QObject):
    """The running window's side: take file names from a second start, then answer."""

    def __init__(self, name: str, receive: Callable[[list[str]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.receive = receive
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # left behind by a crash; we hold the database lock
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > 1_000_000:  # nobody sends that many file names: drop the caller
            self._forget(socket)
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            paths = [str(p) for p in json.loads(data.decode("utf-8")).get("open", [])]
        except (ValueError, AttributeError, UnicodeDecodeError):
            socket.abort()
            return
        socket.write(QByteArray(OK))
        socket.flush()
        self.receive(paths)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def close(self) -> None:
        self.server.close()
