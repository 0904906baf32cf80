"""A small SQLite wrapper: one connection, WAL with ``synchronous=FULL``, a schema version
with ordered migrations, explicit transactions, and an error taxonomy that tells the
environment's fault (disk full, read-only, locked, damaged file) from our own bug.

    StoreError
    ├── StoreEnvironmentError   the machine's fault: tell the user, keep running
    └── StoreBug                ours: a wrong query or schema; report it as an internal error
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from invoice_tray.i18n import Param, Text, TranslatedError, tr

Migration = Callable[[sqlite3.Connection], None]
FULL_BELOW_BYTES = 1 << 20  # less free space than this, and a write error means "disk full"
# How long a writer waits for another process's transaction before the store is "locked".
BUSY_TIMEOUT_S = 10.0

# Result codes that mean the environment, not the query, is at fault.
_ENVIRONMENT_CODES = {
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_READONLY_DBMOVED",
    "SQLITE_READONLY_DIRECTORY",
    "SQLITE_CANTOPEN",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_IOERR",
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_PERM",
    "SQLITE_PROTOCOL",
}


class StoreError(TranslatedError):
    def __init__(self, message: Text, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.__cause__ = cause


class StoreEnvironmentError(StoreError):
    """Disk full, read-only, locked or damaged: not a bug, and nothing is lost by saying so."""


class StoreBug(StoreError):
    """A query or schema error of ours."""


def _classify(exc: sqlite3.Error, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "") or ""  # e.g. SQLITE_IOERR_WRITE
    environmental = any(name == code or name.startswith(code + "_") for code in _ENVIRONMENT_CODES)
    if environmental:
        reason: Param = str(exc)
        # SQLite says "disk I/O error" or "unable to open": say what the user can act on.
        if _read_only(path):
            folder = str(path.parent)
            reason = tr("the folder {folder} is read-only ({reason})", folder=folder,
                        reason=reason)  # fmt: skip
        elif _disk_full(path):
            reason = tr("the disk is full ({reason})", reason=reason)
        return StoreEnvironmentError(
            tr("the database {path} cannot be used: {reason}", path=str(path), reason=reason),
            exc,
        )
    return StoreBug(tr("database error: {reason}", reason=str(exc)), exc)


def _read_only(path: Path) -> bool:
    """The folder is on a read-only file system, or this user may not write to it."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return folder.is_dir() and not os.access(folder, os.W_OK)


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


class Database:
    """A connection usable from several threads, one statement at a time; several processes
    may open the same file, a new one included (the tray, the command line and a helpdesk's
    remote commands run side by side)."""

    def __init__(self, path: Path, migrations: Sequence[Migration]) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
            )
        except OSError as exc:
            raise StoreEnvironmentError(
                tr("the database {path} cannot be used: {reason}", path=str(path),
                   reason=exc.strerror or str(exc)),
                exc,
            ) from exc  # fmt: skip
        except sqlite3.Error as exc:
            raise _classify(exc, path) from exc
        try:
            self._use_wal()
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate(migrations)
        except sqlite3.Error as exc:
            self._conn.close()
            raise _classify(exc, path) from exc
        except BaseException:
            self._conn.close()
            raise

    @property
    def version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _use_wal(self) -> None:
        """Switching a new file to WAL takes a lock SQLite does not wait for: another process
        opening it at the same moment gets "database is locked". Try again until it is done."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        """Each step in a transaction of its own, deciding inside it what remains to do: a
        process that waited for another's transaction finds that work done."""
        while True:
            with self.transaction() as conn:
                current = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if current > len(migrations):
                    raise StoreEnvironmentError(
                        tr(
                            "the database {path} was written by a newer version of invoice-tray",
                            path=str(self.path),
                        )
                    )
                if current == len(migrations):
                    return
                migrations[current](conn)
                conn.execute(f"PRAGMA user_version = {current + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _classify(exc, self.path) from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _classify(exc, self.path) from exc
                raise

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                cursor.row_factory = sqlite3.Row
                return cursor.fetchall()
            except sqlite3.Error as exc:
                raise _classify(exc, self.path) from exc

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Like :meth:`query`, as plain tuples: several times faster for long lists."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _classify(exc, self.path) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()
