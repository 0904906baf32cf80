"""Run one blocking call (keyring, files) off the GUI thread and hand its outcome back to a
callback on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; a signal emitted from any thread is
    delivered there. One long-lived object: nothing is deleted while a call is delivered."""

    deliver = Signal(object)  # a callable without arguments

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


_dispatcher: _Dispatcher | None = None


def run_in_background(
    owner: QObject,
    work: Callable[[], T],
    done: Callable[[T | None, BaseException | None], None],
    name: str = "background",
) -> None:
    """Call ``work()`` on a daemon thread (it may block; quitting never waits for it), then
    ``done(result, None)`` or ``done(None, exception)`` on the GUI thread, unless ``owner``
    was deleted in the meantime. Call this from the GUI thread."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    dispatcher = _dispatcher
    # Everything that may hold a Qt object travels back to the GUI thread and is released
    # there: a wrapper freed on another thread makes shiboken delete it later, unsafely.
    job: list[Any] = [owner, work, done]

    def run() -> None:
        call = job[1]
        try:
            outcome: tuple[Any, BaseException | None] = (call(), None)
        except Exception as exc:
            outcome = (None, exc)
        del call
        parts = [*job, *outcome]
        job.clear()
        del outcome
        dispatcher.deliver.emit(lambda: _finish(parts))

    threading.Thread(target=run, name=name, daemon=True).start()


def _finish(parts: list[Any]) -> None:
    # Emptied here, on the GUI thread, whichever thread lets go of the list last.
    owner, _work, done, result, error = parts
    parts.clear()
    if shiboken6.isValid(owner):
        done(result, error)
    else:
        log.debug("background result dropped: its window was closed")


def retire(window: QObject) -> None:
    """Delete a window once the signal being handled is over. Dropping its last Python
    reference inside one of its own signals (``finished``) would delete it right there,
    under Qt's feet."""
    window.deleteLater()
    QTimer.singleShot(0, lambda: window)  # holds the reference until the event loop turns


def error_text(error: BaseException | None) -> str:
    """What went wrong, in the user's language when the error carries such a message
    (the project's errors keep it in ``message``)."""
    return str(getattr(error, "message", None) or error)
