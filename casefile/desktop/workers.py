"""Background operations: long work (import, export, dossiers, search, hashing) off the UI thread.

``run_operation(session, fn, ...)`` runs ``fn(cf, progress, cancelled)`` on the thread pool with a
connection of its own, and hands progress, the result or the error message back to the UI thread
by signals. The operation must not touch widgets (the rule Anki's CollectionOp/QueryOp keep).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casefile.errors import CasefileError
from casefile.store import CaseFile

Work = Callable[[CaseFile | None, Callable[[int, int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Operation(QRunnable):
    """One background job; ``cancel()`` asks it to stop at its next progress check."""

    def __init__(self, work: Work, open_connection: Callable[[], CaseFile] | None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._open_connection = open_connection
        self._cancel = threading.Event()
        self.finished_event = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from casefile.errors import Cancelled

        cf = None
        try:
            cf = self._open_connection() if self._open_connection else None
            result = self._work(cf, self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except CasefileError as e:
            self.signals.failed.emit(str(e))
        except Exception as e:  # a bug: show it plainly rather than lose it in a thread
            traceback.print_exc()
            self.signals.failed.emit(f"{type(e).__name__}: {e}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)
        finally:
            if cf is not None:
                cf.close()
            self.finished_event.set()


def run_operation(
    work: Work,
    *,
    open_connection: Callable[[], CaseFile] | None,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    """Start ``work`` in the background; callbacks run on the UI thread."""
    op = Operation(work, open_connection)
    if on_done:
        op.signals.done.connect(on_done)
    if on_failed:
        op.signals.failed.connect(on_failed)
    if on_progress:
        op.signals.progress.connect(on_progress)
    if on_cancelled:
        op.signals.cancelled.connect(on_cancelled)
    (pool or QThreadPool.globalInstance()).start(op)
    return op
