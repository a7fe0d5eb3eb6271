"""Qt item models over the store: the record lists (read a page at a time by one long-lived
background reader) and the search results.

A list never queries the file on the UI thread: its count, its pages (in index order, each after
the last row shown), a new sort or filter and the rows an edit changed are read by
:class:`~casefile.desktop.reading.ListReader`, on its own connection opened once. After an edit the
list updates the rows that changed (moved, inserted or removed where they now sort), never reading
the list again, so a list of 500,000 victims keeps its place, its selection and its speed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from casefile import listing
from casefile.desktop import labels, language
from casefile.desktop.reading import Count, CountRecords, ListReader, Load, Locate, Page, Tidy
from casefile.desktop.session import Session
from casefile.listing import Key, ListQuery
from casefile.model import SORT_DATE_FIELD
from casefile.records import Row
from casefile.search import Hit

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ListSpec:
    """What a navigator entry lists: a record list, and for persons the roles shown."""

    key: str
    kind: str
    roles: tuple[str, ...] | None = None


#: The navigator's entries, in the order shown.
LIST_SPECS: tuple[ListSpec, ...] = (
    ListSpec("victims", "persons", ("victim",)),
    ListSpec("relatives", "persons", ("relative", "witness")),
    ListSpec("officials", "persons", ("official",)),
    ListSpec("events", "events"),
    ListSpec("testimonies", "testimonies"),
    ListSpec("sources", "sources"),
    ListSpec("places", "places"),
    ListSpec("organizations", "organizations"),
)

#: The roles RecordListModel.data answers.
_ROLES_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, KIND_ROLE})

#: More changed records than this at once (an import, a merge): the list is read again instead.
MANY_CHANGES = 1000


class RecordListModel(QAbstractTableModel):
    """One navigator list: name and date columns, sortable and filterable, fetched in pages.

    It holds the rows from the top of the list down to the last page read (``canFetchMore`` /
    ``fetchMore`` ask the reader for the next page as the view scrolls), each with its sort key.
    Anything not held lies below the last row held, so after an edit a changed record is removed
    from where it was and put where its key now sorts among the rows held (or left to a later
    page): ``dataChanged`` for a record that stays in place, ``rowsRemoved``/``rowsInserted``
    otherwise; never a reset. A new list, sort, filter or language reads it again from the top.
    """

    PAGE = 200
    NAME, DATE = 0, 1

    #: the list's first page came in after a new list, sort, filter or language
    loaded = Signal()
    #: the list's count came in (after its first page, and after an edit)
    counted = Signal()
    #: the rows an edit changed were updated
    changesApplied = Signal()
    #: the file's count of records (for the status bar)
    recordsCounted = Signal(int)
    #: the reader could not read the file (message)
    readFailed = Signal(str)

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spec: ListSpec | None = None
        self.filter_text = ""
        self.order = "title"
        self.reader: ListReader | None = None
        self.query: ListQuery | None = None
        self.records_total: int | None = None
        self._rows: list[Row] = []
        self._keys: list[Key] = []
        self._ids: list[str] = []
        self._dates: list[str] = []
        self._total: int | None = None  # counted after the first page, and again after an edit
        self._more = False  # the last page read was full: the list may go on below
        self._generation = 0  # a new list, sort, filter or language
        self._version = 0  # a change to the file the rows held may not show yet
        self._loading = False  # the first page is on its way
        self._fetching = False  # a next page is on its way
        self._locating: frozenset[str] | None = None  # changed records being located
        self._changed: set[str] = set()  # changed records not yet shown
        self._refetch = False  # a page came back stale: ask for it again once the changes are in
        self._counting_list = False  # the list's count is on its way
        self._recount_records = False  # the file changed while its records were counted
        self._counting: set[int] = set()  # counts of the file's records on their way (by id())
        self._tidying = False  # upkeep after an edit asked of the reader (one at a time)
        self._released: list[list] = []  # rows of a list replaced, freed a part at a time
        self._release_timer = QTimer(self, interval=0)
        self._release_timer.timeout.connect(self._release_some)
        self._closed = False  # shut down for good: no reader is started again
        session.changed.connect(self.apply_changes)  # the ids the core said it changed

    # --- what is listed -----------------------------------------------------------------------

    def set_spec(self, spec: ListSpec) -> None:
        self.spec = spec
        self.reload()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = "title" if column == self.NAME else "date"
        self.order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()

    def reload(self) -> None:
        """Read the list again from the top (a new list, order, filter or language). The rows
        shown stay until the new ones are in, then the model is reset to them."""
        self._generation += 1
        self._fetching, self._locating, self._refetch = False, None, False
        self._changed.clear()
        self._counting.clear()  # the reader skips what an older list asked
        self._counting_list = self._recount_records = False
        if self.spec is None or self.session.is_locked:
            return
        self.query = ListQuery(
            self.spec.kind, self.spec.roles or (), self.filter_text or None, self.order, language.current()
        )
        self._loading = True
        self._ask(Load(self._generation, self._version, self.query, self.PAGE))

    def clear(self) -> None:
        """Forget every row and close the reader's connection (the file is being locked or
        rekeyed: nothing of it may stay on screen or open)."""
        self._generation += 1
        self._loading, self._fetching, self._locating, self._refetch = False, False, None, False
        self._changed.clear()
        self._counting.clear()
        self._counting_list = self._recount_records = False
        self._stop_reader()
        self.records_total = None
        self.beginResetModel()
        self._set_rows([], [], False)
        self.endResetModel()
        self._released.clear()  # every row freed now: nothing of the file stays once it is locked
        self._release_timer.stop()

    def shutdown(self) -> None:
        """Stop the reader for good (the window closes): its connection is closed on its thread."""
        self._closed = True
        self._generation += 1
        self._loading = self._fetching = self._counting_list = False
        self._locating = None
        self._changed.clear()
        self._counting.clear()
        self._stop_reader()

    def _stop_reader(self) -> None:
        self._tidying = False  # what the reader had waiting goes with it
        if self.reader is not None:
            self.reader.shutdown()
            self.reader.deleteLater()
            self.reader = None

    def total(self) -> int:
        """The rows the list holds (those read so far until it is counted)."""
        return self._total if self._total is not None else len(self._rows)

    def loading(self) -> bool:
        """True while a new list, sort, filter or language waits for its first page."""
        return self._loading

    def busy(self) -> bool:
        """True while the list waits for the reader (a first page, a next page, changed rows)."""
        return (
            self._loading
            or self._fetching
            or self._locating is not None
            or bool(self._changed)
            or bool(self._counting)
            or self._counting_list
        )

    def upkeep_pending(self) -> bool:
        """True until the reader has merged the search index and checkpointed the log after the
        latest edit (not part of :meth:`busy`: nothing shown waits for it)."""
        return self._tidying

    def wait_until_loaded(self, timeout_ms: int = 10_000) -> bool:
        """Run the event loop until the reader has answered everything asked (scripts, tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.busy() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.001)
        return not self.busy()

    # --- talking to the reader ------------------------------------------------------------------

    def _ask(self, request: Any) -> None:
        if self._closed:
            return
        if self.reader is None:
            self.reader = ListReader(self.session.open_connection, lambda: self._generation, self)
            self.reader.answered.connect(self._on_answer)
            self.reader.failed.connect(self._on_failed)
            self.reader.ask(request)
            # after everything the list asks: what an import or another program left unmerged
            # in the search index is merged now, in the background, not in the first save
            self._tidying = True
            self.reader.ask(Tidy())
            return
        self.reader.ask(request)

    def _count_records(self) -> None:
        if self._counting:  # one on its way: it is asked again when that one comes back
            self._recount_records = True
            return
        request = CountRecords(self._generation, self._version)
        self._counting.add(id(request))
        self._ask(request)

    def _current(self, request: Any) -> bool:
        return request.generation == self._generation and not self.session.is_locked

    def _on_failed(self, request: Any, message: str) -> None:
        self._counting.discard(id(request))
        if isinstance(request, Tidy):
            self._tidying = False
            return
        if not self._current(request):
            return
        self._loading = self._fetching = self._counting_list = False
        self._more = False  # the rows held may be another list's: never page on after them
        self._locating = None
        self._changed.clear()
        self.readFailed.emit(message)

    def _on_answer(self, request: Any) -> None:
        if isinstance(request, Tidy):
            self._tidying = False
            return
        if isinstance(request, CountRecords):
            self._counting.discard(id(request))
            if self.session.is_locked:
                return
            if self._recount_records or request.version != self._version:
                self._recount_records = False
                self._count_records()  # the file changed since: the count that matters is on its way
            else:
                self.records_total = request.records_total
                self.recordsCounted.emit(request.records_total)
            return
        if not self._current(request):
            return
        if isinstance(request, Load):
            self._on_loaded(request)
        elif isinstance(request, Page):
            self._on_page(request)
        elif isinstance(request, Locate):
            self._on_located(request)
        elif isinstance(request, Count):
            self._on_counted(request)

    def _on_loaded(self, answer: Load) -> None:
        if answer.version != self._version:  # the file changed while it was read: read it again
            self._ask(Load(self._generation, self._version, self.query, self.PAGE))
            return
        self._loading = False
        self._changed.clear()
        self.query = answer.query
        self.beginResetModel()
        self._set_rows(answer.rows, answer.dates, len(answer.rows) == answer.limit)
        self.endResetModel()
        self._count()
        self._count_records()
        self.loaded.emit()

    def _set_rows(self, rows: list[tuple[Row, Key]], dates: list[str], more: bool) -> None:
        self._let_go(self._rows, self._keys, self._ids, self._dates)
        self._rows = [r for r, _k in rows]
        self._keys = [k for _r, k in rows]
        self._ids = [r.id for r in self._rows]
        self._dates = list(dates)
        self._total, self._more = None, more

    #: Rows freed at a time (a list scrolled far holds tens of thousands: freeing 20,000 rows at
    #: once, on a new sort or filter, held this thread some 15 ms).
    RELEASE_STEP = 2000

    def _let_go(self, *held: list) -> None:
        """Free the rows of the list being replaced a part at a time, between events."""
        big = [rows for rows in held if len(rows) > self.RELEASE_STEP]
        if big:
            self._released += big
            self._release_timer.start()

    def _release_some(self) -> None:
        budget = self.RELEASE_STEP
        while self._released and budget > 0:
            rows = self._released[-1]
            n = min(budget, len(rows))
            del rows[len(rows) - n :]
            budget -= n
            if not rows:
                self._released.pop()
        if not self._released:
            self._release_timer.stop()

    def _tidy(self) -> None:
        """After an edit: the index merged and the log checkpointed by the reader, not in the next save."""
        if not self._tidying and self.reader is not None:
            self._tidying = True
            self._ask(Tidy())

    def _count(self) -> None:
        if self._counting_list:  # one on its way: counted again when it comes back, if stale
            return
        self._counting_list = True
        self._ask(Count(self._generation, self._version, self.query))

    def _on_counted(self, answer: Count) -> None:
        self._counting_list = False
        if answer.version != self._version or self._locating is not None or self._changed:
            if self._locating is None and not self._changed:
                self._count()  # counted before a change it may not show: count again
            return  # else counted again once the changed rows are in
        held = len(self._rows)
        if held > answer.total or (not self._more and held != answer.total):
            # the file changed in ways no one said (written behind the window's back): read again
            self.reload()
            return
        self._total = answer.total
        self.counted.emit()

    # --- pages as the view scrolls ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.session.is_locked or self._loading or self.query is None:
            return False
        return self._more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._keys:
            return
        self._fetching = True
        self._ask(Page(self._generation, self._version, self.query, self._keys[-1], self.PAGE))

    def _on_page(self, answer: Page) -> None:
        self._fetching = False
        if answer.version != self._version or not self._keys or answer.after != self._keys[-1]:
            self._refetch = True  # rows changed since it was asked: ask again once they are in
            if self._locating is None and not self._changed:
                self._refetch = False
                self.fetchMore()
            return
        self._more = len(answer.rows) == answer.limit
        if not answer.rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(answer.rows) - 1)
        for (row, key), text in zip(answer.rows, answer.dates, strict=True):
            self._rows.append(row)
            self._keys.append(key)
            self._ids.append(row.id)
            self._dates.append(text)
        self.endInsertRows()

    # --- edits ------------------------------------------------------------------------------------

    def apply_changes(self, ids: Any) -> None:
        """The records ``ids`` were inserted, updated or deleted (by this window or a background
        operation): locate them and update just their rows."""
        if self.session.is_locked or self.spec is None or self._closed:
            return
        self._version += 1  # any page or answer read before now may not show the change
        if self.reader is None or self.query is None:
            self.reload()
            return
        if self._loading:
            return  # the first page's answer is stale now: it is read again when it comes
        self._changed |= set(ids)
        if len(self._changed) > MANY_CHANGES:
            self.reload()
        elif self._locating is None:
            self._locate()
        self._tidy()

    def _locate(self) -> None:
        self._locating = frozenset(self._changed)
        self._ask(Locate(self._generation, self._version, self.query, self._locating))

    def _on_located(self, answer: Locate) -> None:
        self._locating = None
        if answer.version != self._version:  # more changes since it was asked: locate them all
            self._locate()
            return
        self._changed -= answer.ids
        moved = self._apply(answer, complete=not self._more)
        self._count()
        self._count_records()

        if self._refetch:
            self._refetch = False
            self.fetchMore()
        if moved or answer.found:
            self.changesApplied.emit()

    def _apply(self, answer: Locate, complete: bool) -> bool:
        """Update, remove and insert the changed rows; True if any row held changed."""
        query = answer.query
        touched = False
        placed: set[str] = set()
        for rid in sorted(answer.ids.intersection(self._ids)):  # one pass over the rows held, not one per id
            old = self._ids.index(rid)
            new = answer.found.get(rid)
            if new is not None and self._fits_at(query, old, new[1], complete, answer.ids):
                self._rows[old], self._keys[old], self._dates[old] = new[0], new[1], new[2]
                self.dataChanged.emit(self.index(old, 0), self.index(old, 1))
                placed.add(rid)
            else:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old], self._keys[old], self._ids[old], self._dates[old]
                self.endRemoveRows()
            touched = True
        for rid, (row, key, text) in sorted(answer.found.items()):
            if rid in placed:
                continue
            at = self._position(query, key)
            if at == len(self._rows) and not complete:
                continue  # it sorts below the rows held: a later page brings it
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._keys.insert(at, key)
            self._ids.insert(at, rid)
            self._dates.insert(at, text)
            self.endInsertRows()
            touched = True
        return touched

    def _fits_at(self, query: ListQuery, row: int, key: Key, complete: bool, changed: frozenset[str]) -> bool:
        """True when a row of ``key`` still sorts at ``row`` among the rows held (judged against
        neighbours that did not change; next to another changed row it is moved to be sure)."""
        if row > 0 and (self._ids[row - 1] in changed or not listing.before(query, self._keys[row - 1], key)):
            return False
        if row + 1 < len(self._keys):
            return self._ids[row + 1] not in changed and listing.before(query, key, self._keys[row + 1])
        # the last row held: it stays only if nothing below could come before it now
        return complete or not listing.before(query, self._keys[row], key)

    def _position(self, query: ListQuery, key: Key) -> int:
        """Where a row of ``key`` goes among the rows held (binary search on their keys)."""
        lo, hi = 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if listing.before(query, self._keys[mid], key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    # --- what the view shows ------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the view asks each cell for some ten roles at every paint: the others are answered first
        if role not in _ROLES_ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        lang = language.current()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title(lang) if index.column() == self.NAME else self._dates[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            other = row.title_en if lang == "fa" else row.title_fa
            return other or None
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return labels.field_name("name" if not self.spec or self.spec.kind != "testimonies" else "summary")
        date_field = SORT_DATE_FIELD.get(self.spec.kind) if self.spec else None
        return labels.field_name(date_field) if date_field else ""

    def date_texts(self, first: int, last: int) -> list[str]:
        """The date column's texts of rows ``first``..``last`` (for fitting its width)."""
        return self._dates[max(first, 0) : last + 1]

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        """The row showing ``record_id`` among the rows held, or None."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None


#: the longest title a search result shows on its one line before it is cut with "…"
TITLE_CHARS = 60


def elide(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word if it can be and ended with "…" when longer than ``limit``."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:،؛-") + "…"


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search: title and list, with the matching snippet as a tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.query, self._hits = query, list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits("", [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return language.isolate(hit.snippet) if hit.snippet else None
        if role == ID_ROLE:
            return hit.id
        if role == KIND_ROLE:
            return hit.kind
        return None

    @staticmethod
    def display_text(hit: Hit) -> str:
        """Two lines: the title and list, then the words around the match (matches in [brackets]),
        unless they only repeat the title. Each part isolated: a Latin title or snippet keeps its
        order in a Persian list."""
        first = f"{language.isolate(elide(hit.title, TITLE_CHARS))}  ·  {labels.list_name(hit.kind)}"
        snippet = (hit.snippet or "").strip()
        if not snippet or snippet.replace("[", "").replace("]", "") == hit.title:
            return first
        return f"{first}\n{language.isolate(snippet)}"

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None
