"""One tray per user: the second launch brings the first forward and exits."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from invoice_tray.ui.single import SingleInstance, instance_key


def test_second_claim_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    key = instance_key(str(tmp_path))
    first = SingleInstance(key)
    assert first.claim() is True
    try:
        second = SingleInstance(key)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.claim() is False
    finally:
        first.release()
    # Released: the next one is first again.
    third = SingleInstance(key)
    assert third.claim() is True
    third.release()


def test_keys_differ_per_state_folder(tmp_path: Path) -> None:
    assert instance_key(str(tmp_path / "a")) != instance_key(str(tmp_path / "b"))


def test_a_stale_socket_does_not_block_the_start(tmp_path: Path) -> None:
    key = instance_key(str(tmp_path))
    crashed = SingleInstance(key)
    assert crashed.claim()
    assert crashed._server is not None
    path = crashed._server.fullServerName()
    crashed.release()
    # What a killed process leaves behind: the socket file, with nobody listening.
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(path)
    leftover.close()
    assert Path(path).exists()
    fresh = SingleInstance(key)
    assert fresh.claim() is True
    try:
        assert SingleInstance(key).claim() is False  # and it really guards again
    finally:
        fresh.release()


def wait_for_server(key: str, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        probe = QLocalSocket()
        probe.connectToServer(key)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return
        time.sleep(0.2)
    raise AssertionError("the first instance never started listening")


def test_second_launch_exits_and_the_first_keeps_running(qapp: object, tmp_path: Path) -> None:
    env = {**os.environ, "INVOICE_TRAY_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "invoice_tray", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server(instance_key(str(tmp_path / "config") + ":demo"))
        second = subprocess.run(
            [sys.executable, "-m", "invoice_tray", "--demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGINT)
        assert first.wait(timeout=15) == 0
