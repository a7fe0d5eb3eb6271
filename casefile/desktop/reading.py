"""The lists' reader: one long-lived thread with its own connection to the case file.

Opened once (with the session's derived key) and kept until the file is locked or closed, so a
page, a sort, a filter or the rows an edit changed never wait for a connection, and the UI thread
never runs a query that grows with the file. Requests are small objects with a ``run(cf)``; each
carries its list's generation, and the reader skips one whose list has been replaced since (a
newer sort or filter) before running it. Rows come first: the reader takes the waiting request
of highest :data:`PRIORITY` (a first page or an edit's rows, then a next page, then a step of
upkeep after an edit (:class:`Tidy`), then the counts), so an edit's row is never queued behind
a count of 500,000 victims. Answers come back by signal, on the UI thread.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from casefile import dates, listing, upkeep
from casefile.errors import CasefileError
from casefile.listing import Key, ListQuery
from casefile.model import SORT_DATE_FIELD
from casefile.records import Row
from casefile.store import CaseFile, DatabaseError


def _dates_of(cf: CaseFile, query: ListQuery, rows: list[Row]) -> list[str]:
    """Each row's date as the list shows it (read from the record: the date as entered)."""
    date_field = SORT_DATE_FIELD.get(query.kind)
    if not date_field or not rows:
        return [""] * len(rows)
    values = listing.date_values(cf, [r.id for r in rows], date_field)
    # formatted once per distinct date (dates.shown_date): most rows of a page share a date with rows
    # read before, and the Python work a page holds is what the UI thread waits for while it paints
    return [dates.shown_date(v, query.lang) if (v := values.get(row.id)) else "" for row in rows]


@dataclass
class Load:
    """The list's first page (its count follows in a :class:`Count`, so the rows never wait)."""

    generation: int
    version: int
    query: ListQuery
    limit: int
    # answers
    rows: list[tuple[Row, Key]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def run(self, cf: CaseFile) -> None:
        self.query = listing.prepare(cf, self.query)
        self.rows = listing.page(cf, self.query, None, self.limit)
        self.dates = _dates_of(cf, self.query, [r for r, _k in self.rows])


@dataclass
class Page:
    """The rows after the last one shown."""

    generation: int
    version: int
    query: ListQuery
    after: Key
    limit: int
    rows: list[tuple[Row, Key]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def run(self, cf: CaseFile) -> None:
        self.rows = listing.page(cf, self.query, self.after, self.limit)
        self.dates = _dates_of(cf, self.query, [r for r, _k in self.rows])


@dataclass
class Locate:
    """Where the records an edit changed are now: their rows, for those the list still holds."""

    generation: int
    version: int
    query: ListQuery
    ids: frozenset[str]
    found: dict[str, tuple[Row, Key, str]] = field(default_factory=dict)

    def run(self, cf: CaseFile) -> None:
        rows = listing.rows_of(cf, self.query, self.ids)
        shown = [r for r, _k in rows.values()]
        self.found = {
            row.id: (row, rows[row.id][1], text)
            for row, text in zip(shown, _dates_of(cf, self.query, shown), strict=True)
        }


@dataclass
class Count:
    """How many rows the list holds (after its first page, and after each edit's rows), counted
    in parts: :meth:`run` stops between two when something more urgent waits (False: not done)."""

    generation: int
    version: int
    query: ListQuery | None
    total: int = 0
    after: Any = None

    def run(self, cf: CaseFile, urgent: Callable[[], bool] = lambda: False) -> bool:
        while True:
            n, self.after = listing.count_part(cf, self.query, self.after)
            self.total += n
            if self.after is None:
                return True
            if urgent():
                return False


@dataclass
class CountRecords(Count):
    """The file's count of records (the status bar's), in parts like :class:`Count`."""

    query: ListQuery | None = None

    @property
    def records_total(self) -> int:
        return self.total


#: Between two steps of a :class:`Tidy` (ms): a merge step holds the file's write lock, and a save
#: waiting for it retries after SQLite's growing sleeps (1, 2, 5, 10, 15, 20, 25 ms...); steps back
#: to back would keep it out for as long as the merging lasts.
TIDY_PAUSE_MS = 50


@dataclass
class Tidy:
    """After an edit, when nothing else waits: the search index's segments merged in small steps
    and the log checkpointed (:mod:`casefile.upkeep`), so the next save commits only itself. For
    no list in particular (never skipped for a newer one). One merge step a run (False: more to
    do, after :data:`TIDY_PAUSE_MS`), so a save never waits for more than one. Before the counts:
    a count after each edit of a list of 100,000 takes longer than a user takes between two
    saves, and merges left waiting fall to the saves themselves."""

    generation: None = None
    #: the pause before the next step: longer after a long step (a save waiting since it began
    #: retries less and less often)
    pause_ms: int = TIDY_PAUSE_MS

    def run(self, cf: CaseFile, urgent: Callable[[], bool] = lambda: False) -> bool:
        start = time.monotonic()
        try:
            if upkeep.merge_step(cf):
                self.pause_ms = TIDY_PAUSE_MS + int(2000 * (time.monotonic() - start))
                return False
            upkeep.checkpoint(cf)
        except (DatabaseError, CasefileError):
            pass  # e.g. another program writes the file: the next edit asks again
        return True


#: Which waiting request the reader takes first (lowest first; in the order asked within one).
PRIORITY = {Load: 0, Locate: 0, Page: 1, Tidy: 2, Count: 3, CountRecords: 4}


class _Queue:
    """Requests waiting for the reader, by priority (shared by the UI thread and the reader)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._heap: list[tuple[int, int, Any]] = []
        self._seq = itertools.count()

    def put(self, request: Any) -> None:
        with self._lock:
            heapq.heappush(self._heap, (PRIORITY[type(request)], next(self._seq), request))

    def take(self) -> Any | None:
        with self._lock:
            return heapq.heappop(self._heap)[2] if self._heap else None

    def urgent(self, than: int) -> bool:
        """True when a waiting request comes before priority ``than``."""
        with self._lock:
            return bool(self._heap) and self._heap[0][0] < than


class _Worker(QObject):
    answered = Signal(object)  # the request, answered
    failed = Signal(object, str)  # the request, the message
    again = Signal()  # a count put back: one more wake-up for it

    def __init__(self, open_connection: Callable[[], CaseFile], latest: Callable[[], int], queue: _Queue) -> None:
        super().__init__()
        self._open_connection = open_connection
        self._latest = latest
        self._queue = queue
        self.cf: CaseFile | None = None
        self._merges_held = False

    @Slot()
    def warm_up(self) -> None:
        try:
            self._connection()
        except Exception:  # noqa: BLE001 - reported with the first request instead
            pass

    def _connection(self) -> CaseFile:
        if self.cf is None:
            self.cf = self._open_connection()
        return self.cf

    def _hold_merges(self, cf: CaseFile) -> None:
        """From the first :class:`Tidy` on (not at opening: the first page comes first), FTS5
        merges only here, not inside the saves."""
        if not self._merges_held:
            with contextlib.suppress(DatabaseError, CasefileError):  # e.g. another program writes it
                upkeep.hold_merges(cf)
                self._merges_held = True  # only once held: else the next Tidy tries again

    @Slot()
    def handle(self) -> None:
        """Run the most urgent waiting request (one wake-up is sent per request asked)."""
        request = self._queue.take()
        if request is None or request.generation not in (None, self._latest()):
            return  # its list was replaced (a new sort, filter or list): nobody waits for it
        try:
            if isinstance(request, (Count, Tidy)):
                if isinstance(request, Tidy):
                    self._hold_merges(self._connection())
                priority = PRIORITY[type(request)]
                if not request.run(self._connection(), lambda: self._queue.urgent(priority)):
                    if isinstance(request, Tidy):  # out of the queue meanwhile: a save may take the lock
                        QTimer.singleShot(request.pause_ms, self, lambda: self._resume(request))
                    else:
                        self._queue.put(request)  # goes on after what is more urgent
                        self.again.emit()
                    return
            else:
                request.run(self._connection())
        except Exception as e:  # noqa: BLE001 - shown to the user, never lost in a thread
            traceback.print_exc()
            self.failed.emit(request, str(e))
            return
        self.answered.emit(request)

    def _resume(self, request: Any) -> None:
        self._queue.put(request)
        self.handle()

    @Slot()
    def close(self) -> None:
        if self.cf is not None:
            if self._merges_held:
                with contextlib.suppress(DatabaseError, CasefileError):
                    upkeep.release_merges(self.cf)  # other programs' writes merge as FTS5 does by itself
            self._merges_held = False
            self.cf.close()
            self.cf = None


class ListReader(QObject):
    """Send requests with :meth:`ask`; ``answered(request)`` comes back on the UI thread."""

    answered = Signal(object)
    failed = Signal(object, str)
    _wake = Signal()
    _warm_up = Signal()

    def __init__(
        self, open_connection: Callable[[], CaseFile], latest: Callable[[], int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("casefile-lists")
        self._queue = _Queue()
        self.worker = _Worker(open_connection, latest, self._queue)
        self.worker.moveToThread(self._thread)
        self._wake.connect(self.worker.handle)
        self.worker.again.connect(self.worker.handle, Qt.ConnectionType.QueuedConnection)
        self._warm_up.connect(self.worker.warm_up)
        self.worker.answered.connect(self.answered)
        self.worker.failed.connect(self.failed)
        self._thread.start()
        self._warm_up.emit()

    def ask(self, request: Any) -> None:
        self._queue.put(request)
        self._wake.emit()

    @property
    def connection(self) -> CaseFile | None:
        """The reader's connection (for tests: the same one from opening to locking)."""
        return self.worker.cf

    def shutdown(self) -> None:
        """Stop the thread (a long scan interrupted), then close the connection."""
        if self._thread.isRunning():
            cf = self.worker.cf
            if cf is not None:  # a long scan stops now: locking never waits for it
                with contextlib.suppress(Exception):  # the connection may be closing on its own thread
                    cf.conn.interrupt()
            self._thread.quit()
            self._thread.wait()
        # the thread has stopped: close here (a close queued to it could be left unrun by quit(),
        # leaving the connection open and FTS5's merging held in the file)
        self.worker.close()
