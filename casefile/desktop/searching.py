"""Search as you type, off the UI thread.

One long-lived worker thread keeps its own connection to the case file (opening one costs the
key derivation, so it is opened once, not per keystroke). Each query carries a sequence number:
the worker skips a query that a newer one has already replaced, and the UI drops any result
that is not for the newest query, so a slow old search can never overwrite a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from casefile import search
from casefile.store import CaseFile


class _SearchWorker(QObject):
    results = Signal(int, str, object)  # sequence number, query, [Hit]
    failed = Signal(int, str)

    def __init__(self, open_connection: Callable[[], CaseFile], latest: Callable[[], int]) -> None:
        super().__init__()
        self._open_connection = open_connection
        self._latest = latest
        self._cf: CaseFile | None = None

    @Slot()
    def warm_up(self) -> None:
        """Open the connection now, so the first keystroke does not pay for it."""
        try:
            self._connection()
        except Exception:  # noqa: BLE001 - reported on the first real search instead
            pass

    def _connection(self) -> CaseFile:
        if self._cf is None:
            self._cf = self._open_connection()
        return self._cf

    @Slot(int, str, str, int)
    def run(self, seq: int, query: str, lang: str, limit: int) -> None:
        if seq != self._latest():
            return  # a newer query is already waiting: this one's answer would be thrown away
        try:
            hits = search.search(self._connection(), query, limit=limit, lang=lang)
        except Exception as e:  # noqa: BLE001 - shown to the user, never lost in a thread
            self.failed.emit(seq, str(e))
            return
        self.results.emit(seq, query, hits)

    @Slot()
    def close(self) -> None:
        if self._cf is not None:
            self._cf.close()
            self._cf = None


class SearchService(QObject):
    """Ask with :meth:`search`; ``results(query, hits)`` is emitted only for the newest query."""

    results = Signal(str, object)
    failed = Signal(str)
    _request = Signal(int, str, str, int)
    _warm_up = Signal()

    def __init__(self, open_connection: Callable[[], CaseFile], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = 0
        self._thread = QThread()
        self._thread.setObjectName("casefile-search")
        self._worker = _SearchWorker(open_connection, lambda: self._seq)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._warm_up.connect(self._worker.warm_up)
        self._worker.results.connect(self._on_results)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._warm_up.emit()

    def search(self, query: str, lang: str = "en", limit: int = 200) -> int:
        """Queue a search; returns its sequence number."""
        self._seq += 1
        self._request.emit(self._seq, query, lang, limit)
        return self._seq

    def cancel(self) -> None:
        """Forget any query in flight (its results will be dropped)."""
        self._seq += 1

    def _on_results(self, seq: int, query: str, hits: list) -> None:
        if seq == self._seq:
            self.results.emit(query, hits)

    def _on_failed(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self.failed.emit(message)

    def shutdown(self) -> None:
        """Stop the thread, then close the worker's connection."""
        if not self._thread.isRunning():
            return
        self._seq += 1
        self._thread.quit()
        self._thread.wait()
        self._worker.close()  # the thread has stopped: a close queued to it might never have run
