"""Logging: file and ring through a queue, secrets masked, an unwritable folder survived."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoice_tray.logs import LogSetup, redact, setup_logging


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[LogSetup]:
    setup = setup_logging(tmp_path / "logs")
    yield setup
    setup.stop()


def test_lines_reach_the_file_and_the_ring(logs: LogSetup) -> None:
    logging.getLogger("invoice_tray.test").info("check finished: %s", "green")
    logs.listener.stop()  # drains the queue
    logs.listener.start()
    assert logs.file is not None
    assert "check finished: green" in logs.file.read_text(encoding="utf-8")
    assert any("check finished: green" in line for line in logs.ring.lines())


def test_secrets_never_reach_a_log(logs: LogSetup) -> None:
    log = logging.getLogger("invoice_tray.test")
    log.warning("sent Authorization: Bearer abc.def-123")
    log.warning("proxy http://user:hunter2@proxy:3128 refused")
    log.warning("config token=s3cr3t password = pw42")
    logs.listener.stop()
    logs.listener.start()
    assert logs.file is not None
    text = logs.file.read_text(encoding="utf-8") + "\n".join(logs.ring.lines())
    for secret in ("abc.def-123", "hunter2", "s3cr3t", "pw42"):
        assert secret not in text
    assert "http://user:***@proxy:3128" in text


def test_redaction_keeps_the_rest() -> None:
    assert redact("GET /health 200 in 12 ms") == "GET /health 200 in 12 ms"
    assert redact('{"authorization": "Bearer xyz"}') == '{"authorization": "***"}'


def test_rotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("invoice_tray.logs.MAX_BYTES", 2000)
    setup = setup_logging(tmp_path / "logs")
    try:
        for index in range(200):
            logging.getLogger("invoice_tray.test").info("line %d %s", index, "x" * 40)
    finally:
        setup.stop()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert "invoice-tray.log.1" in names
    assert len(names) <= 6  # the file and five backups


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_unwritable_folder_keeps_the_ring(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    setup = setup_logging(locked / "logs")
    try:
        assert setup.file is None and setup.problem is not None
        logging.getLogger("invoice_tray.test").info("still recorded")
        setup.listener.stop()
        setup.listener.start()
        assert any("still recorded" in line for line in setup.ring.lines())
    finally:
        setup.stop()
        locked.chmod(0o700)


def test_a_file_where_the_folder_should_be_keeps_the_ring(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("not a folder")
    setup = setup_logging(blocker)
    try:
        assert setup.file is None and "cannot write the log file" in (setup.problem or "")
        logging.getLogger("invoice_tray.test").info("still recorded")
        setup.listener.stop()
        setup.listener.start()
        assert any("still recorded" in line for line in setup.ring.lines())
    finally:
        setup.stop()
