"""One tray per user: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def instance_key(state_dir: str) -> str:
    """A local-socket name per user and per state folder (portable installs and tests each
    get their own)."""
    digest = hashlib.sha256(f"{getpass.getuser()}\0{state_dir}".encode()).hexdigest()[:16]
    return f"invoice-tray-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # another launch asked us to come forward

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first instance; otherwise the first one has been told."""
        probe = QLocalSocket()
        probe.connectToServer(self.key)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        # Nobody answered. A socket file left by a crash does not block us: with
        # UserAccessOption Qt binds elsewhere and renames over it (tested).
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            return True  # cannot guard, but never refuse to start over it
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    @Slot()
    def _on_connection(self) -> None:
        # Connecting is the whole message (the socket is the same user's only).
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnectFromServer()
            connection.deleteLater()
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
