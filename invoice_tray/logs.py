"""Logging: a rotating file under the log folder, written by a background thread, and a ring
of recent lines in memory for the diagnostics export.

The calling thread (the GUI thread included) only puts a record on a queue; it never waits
for the disk. Secrets are masked before a record is formatted anywhere. A log folder that
cannot be written (read-only, full disk) costs the file, never the program.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import queue
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

LOG_FILE = "invoice-tray.log"
MAX_BYTES = 1 << 20
BACKUPS = 5
RING_LINES = 2000
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

# Values that must never reach a log: bearer tokens, passwords in URLs, key=value secrets.
_SECRETS = (
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1***"),
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\"\n,}]+"), r"\1***"),
    (re.compile(r"(?i)(://[^/\s:@]+:)[^@\s/]+@"), r"\1***@"),
    (re.compile(r"(?i)\b((?:token|password|passwd|secret)\s*[=:]\s*)\S+"), r"\1***"),
)


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


class RingHandler(logging.Handler):
    """Keeps the last formatted lines in memory."""

    def __init__(self, capacity: int = RING_LINES) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        with self._lock:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._lock:
            return list(self._lines)


@dataclass
class LogSetup:
    ring: RingHandler
    listener: logging.handlers.QueueListener
    file: Path | None
    problem: str | None

    def stop(self) -> None:
        self.listener.stop()
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.QueueHandler):
                root.removeHandler(handler)
                handler.close()
        for handler in self.listener.handlers:
            handler.close()


def setup_logging(log_dir: Path, level: int = logging.INFO) -> LogSetup:
    formatter = logging.Formatter(FORMAT)
    ring = RingHandler()
    ring.setFormatter(formatter)
    handlers: list[logging.Handler] = [ring]
    wanted = log_dir / LOG_FILE
    file: Path | None = wanted
    problem = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        rotating = logging.handlers.RotatingFileHandler(
            wanted, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        rotating.setFormatter(formatter)
        handlers.append(rotating)
    except OSError as exc:
        problem = f"cannot write the log file {wanted}: {exc.strerror or exc}"
        file = None
        print(f"invoice-tray: {problem}; recent lines are kept in memory only", file=sys.stderr)
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    front = logging.handlers.QueueHandler(records)
    front.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(front)
    root.setLevel(level)
    for chatty in ("httpx", "httpcore"):  # a line per request, every poll: noise
        logging.getLogger(chatty).setLevel(max(level, logging.WARNING))
    listener = logging.handlers.QueueListener(records, *handlers, respect_handler_level=True)
    listener.start()
    return LogSetup(ring, listener, file, problem)
