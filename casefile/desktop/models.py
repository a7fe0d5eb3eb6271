"""Qt item models over the store: the record lists (loaded lazily, a page at a time) and the
search results. They read through ``casefile.records`` on the UI thread's connection; a page is
one indexed query, so a list of 30,000 victims opens with its first page and fills as it scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casefile import records
from casefile.desktop import labels, language
from casefile.desktop.session import Session
from casefile.desktop.workers import Operation, run_operation
from casefile.model import SORT_DATE_FIELD
from casefile.search import Hit
from casefile.store import CaseFile

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ListSpec:
    """What a navigator entry lists: a record list, and for persons the roles shown."""

    key: str
    kind: str
    roles: tuple[str, ...] | None = None

    def count(self, cf: CaseFile, filter_text: str | None = None) -> int:
        if self.roles:
            return records.count_persons(cf, self.roles, filter_text=filter_text)
        return records.count(cf, self.kind, filter_text=filter_text)

    def rows(self, cf: CaseFile, filter_text: str | None, order: str, limit: int, offset: int) -> list:
        """One page of the list (``limit`` -1: everything from ``offset`` on)."""
        if self.roles:
            if len(self.roles) == 1:
                return records.list_rows(
                    cf, "persons", role=self.roles[0], filter_text=filter_text, order=order, limit=limit, offset=offset,
                    lang=language.current(),
                )  # fmt: skip
            return records.list_person_rows(
                cf,
                self.roles,
                filter_text=filter_text,
                order=order,
                limit=limit,
                offset=offset,
                lang=language.current(),
            )
        return records.list_rows(
            cf, self.kind, filter_text=filter_text, order=order, limit=limit, offset=offset, lang=language.current()
        )


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


class RecordListModel(QAbstractTableModel):
    """One navigator list: name and date columns, sortable and filterable, fetched in pages.

    The first page is read at once (so the window shows rows immediately); the rest of the
    list's summaries are read by a background operation with its own connection, and handed to
    the view a page at a time through ``canFetchMore``/``fetchMore`` as it scrolls. Each page's
    dates are read when the page is shown. The total comes from ``records.count`` up front.
    """

    PAGE = 200
    NAME, DATE = 0, 1

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spec: ListSpec | None = None
        self.filter_text = ""
        self.order = "title"
        self._rows: list[records.Row] = []
        self._dates: list[str] = []
        self._total = 0
        self._pending: list[records.Row] = []  # read in the background, not yet shown
        self._background: Operation | None = None
        self._retired: list[Operation] = []
        self._generation = 0
        self._synchronous = False  # the background read failed: page on the UI thread instead

    # --- what is listed -----------------------------------------------------------------------

    def set_spec(self, spec: ListSpec) -> None:
        self.spec = spec
        self.reload()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a change, a new filter or order)."""
        self._stop_background()
        self.beginResetModel()
        self._rows, self._dates, self._pending, self._total = [], [], [], 0
        if self.spec is not None and not self.session.is_locked:
            cf = self.session.cf
            self._total = self.spec.count(cf, self.filter_text or None)
            rows = self.spec.rows(cf, self.filter_text or None, self.order, self.PAGE, 0)
            self._rows, self._dates = rows, self._dates_of(rows)
        self.endResetModel()
        if len(self._rows) < self._total:
            self._read_rest_in_background()

    def clear(self) -> None:
        """Forget every row (the file is being locked: nothing of it may stay on screen)."""
        self._stop_background()
        self.beginResetModel()
        self._rows, self._dates, self._pending, self._total = [], [], [], 0
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def _stop_background(self) -> None:
        self._generation += 1
        # Keep cancelled operations referenced until their thread is done with them.
        self._retired = [op for op in self._retired if not op.finished_event.is_set()]
        if self._background is not None:
            self._background.cancel()
            self._retired.append(self._background)
            self._background = None

    def _read_rest_in_background(self) -> None:
        assert self.spec is not None
        spec, filter_text, order, offset = self.spec, self.filter_text or None, self.order, len(self._rows)
        generation = self._generation

        def work(cf: CaseFile | None, _progress: Any, _cancelled: Any) -> list[records.Row]:
            assert cf is not None
            return spec.rows(cf, filter_text, order, -1, offset)

        def done(rows: list[records.Row]) -> None:
            if generation != self._generation or self.session.is_locked:
                return  # a newer list (or a lock) replaced this one
            self._background = None  # finished: its thread no longer needs it
            self._pending = rows
            self.fetchMore()

        def failed(_message: str) -> None:
            if generation == self._generation:
                self._background = None
                self._synchronous = True

        self._background = run_operation(
            work, open_connection=self.session.open_connection, on_done=done, on_failed=failed
        )

    def wait_until_loaded(self, timeout_ms: int = 10_000) -> bool:
        """Block until the background read is in (for scripts and tests)."""
        op = self._background
        if op is None:
            return True
        ok = op.finished_event.wait(timeout_ms / 1000)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents()
        return ok

    def _dates_of(self, rows: list[records.Row]) -> list[str]:
        date_field = SORT_DATE_FIELD.get(self.spec.kind) if self.spec else None
        if not date_field or not rows:
            return [""] * len(rows)
        full = records.get_many(self.session.cf, [r.id for r in rows])
        dates = []
        for row in rows:
            value = full[row.id].data.get(date_field) if row.id in full else None
            dates.append(language.format_date(value) if value else "")
        return dates

    # --- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.session.is_locked:
            return False
        return bool(self._pending) or (self._synchronous and len(self._rows) < self._total)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.spec is None:
            return
        start = len(self._rows)
        if self._pending:
            rows, self._pending = self._pending[: self.PAGE], self._pending[self.PAGE :]
        else:
            rows = self.spec.rows(self.session.cf, self.filter_text or None, self.order, self.PAGE, start)
        if not rows:  # the list got shorter since it was counted
            self._total = start
            return
        dates = self._dates_of(rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._dates.extend(dates)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
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
            return self.tr("Name") if not self.spec or self.spec.kind != "testimonies" else self.tr("Summary")
        date_field = SORT_DATE_FIELD.get(self.spec.kind) if self.spec else None
        return labels.field_name(date_field) if date_field else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = "title" if column == self.NAME else "date"
        self.order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


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
