"""Pages of a long list, read in index order: what the desktop's lists show of 500,000 victims.

A page follows the last row already shown (a *keyset*: the row's sort key), never an ``OFFSET``, so
every page costs the same however far down the list it is; a list ordered by title or by date walks
the ``record_heads`` index of that order. Each row comes with its :data:`Key`, a tuple that Python
orders exactly as the list does (``before``), so after an edit the desktop finds where a changed
record now sits among the rows it holds without asking the file again (:func:`rows_of` reads only
the changed records). Counts are :func:`records.count` / :func:`records.count_persons` (from
``person_roles``). Store layer: the SQL lives here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from casefile import records
from casefile.model import PERSON_ROLES
from casefile.records import Row
from casefile.store import CaseFile

#: A row's place in its list: (sort title, rowid) for the title orders; (undated, sort date, sort
#: title, rowid) for the date orders (undated 0 or 1: undated records come last either way).
Key = tuple

ORDERS = ("title", "-title", "date", "-date")

#: Lists of persons with a role held by at most this many are read from ``person_roles`` and
#: sorted (a page sorts them all: cheap for a few thousand officials); commoner roles walk the
#: order's index, each row checked in ``person_roles``.
FEW = 5000


@dataclass(frozen=True)
class ListQuery:
    """One list as shown: a kind, for persons the roles listed, a filter, an order, a language."""

    kind: str
    roles: tuple[str, ...] = ()
    filter_text: str | None = None
    order: str = "title"
    lang: str = "en"
    #: the roles are held by few persons: start from ``person_roles`` (set by :func:`prepare`)
    few: bool = False

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}")
        for role in self.roles:
            if role not in PERSON_ROLES:
                raise ValueError(f"unknown role {role!r}")


def prepare(cf: CaseFile, query: ListQuery) -> ListQuery:
    """The query as it is best read: ``few`` when its roles are held by few persons (counted in
    ``person_roles``' (role, person_id) index, stopping at :data:`FEW`)."""
    if not query.roles:
        return query
    marks = ",".join("?" * len(query.roles))
    sql = f"SELECT count(*) FROM (SELECT 1 FROM person_roles WHERE role IN ({marks}) LIMIT ?)"
    holders = int(cf.conn.execute(sql, [*query.roles, FEW + 1]).fetchone()[0])
    return ListQuery(query.kind, query.roles, query.filter_text, query.order, query.lang, holders <= FEW)


def count(cf: CaseFile, query: ListQuery) -> int:
    """How many rows the list holds."""
    if query.roles:
        return records.count_persons(cf, query.roles, filter_text=query.filter_text)
    return records.count(cf, query.kind, filter_text=query.filter_text)


#: How many candidates a part of a count looks at (a few milliseconds of work).
COUNT_STEP = 2_000


def count_part(cf: CaseFile, query: ListQuery | None, after: object = None) -> tuple[int, object]:
    """A part of :func:`count` (of :func:`total_records` with no ``query``), so that a reader can
    stop between parts for something more urgent: the rows among the next :data:`COUNT_STEP`
    candidates after ``after`` (persons of ``person_roles`` by id; records by rowid). Returns
    (rows, where to go on), None at the end. A list without roles is counted whole at once
    (through its kind's index: the lists without roles are the short ones)."""
    if query is None:
        sql = "SELECT max(rowid), count(*) FROM (SELECT rowid FROM record_heads WHERE rowid > ? ORDER BY rowid LIMIT ?)"
        last, n = cf.conn.execute(sql, [after or 0, COUNT_STEP]).fetchone()
        return int(n), (last if n == COUNT_STEP else None)
    if not query.roles:
        return count(cf, query), None
    marks = ",".join("?" * len(query.roles))
    filter_sql, filter_args = records._filter_clause(query.filter_text)
    sql = (
        f"SELECT max(p.person_id), count(*), count(h.id) FROM (SELECT DISTINCT person_id FROM person_roles "
        f"WHERE role IN ({marks}) AND person_id > ? ORDER BY person_id LIMIT ?) p "
        f"LEFT JOIN record_heads h ON h.id = p.person_id AND h.kind = ?{filter_sql.replace('sort_title', 'h.sort_title')}"
    )
    last, candidates, n = cf.conn.execute(
        sql, [*query.roles, after or "", COUNT_STEP, query.kind, *filter_args]
    ).fetchone()
    return int(n), (last if candidates == COUNT_STEP else None)


def total_records(cf: CaseFile) -> int:
    """Every record of the file (the status bar's count)."""
    return records.count(cf)


def _title_column(query: ListQuery) -> str:
    return "h.sort_title_fa" if query.lang == "fa" else "h.sort_title"


def _where(query: ListQuery) -> tuple[str, list]:
    sql, args = "h.kind = ?", [query.kind]
    if query.roles:
        marks = ",".join("?" * len(query.roles))
        if query.few:  # a short list: found through person_roles' (role, person_id) index, then sorted
            sql += f" AND h.id IN (SELECT person_id FROM person_roles WHERE role IN ({marks}))"
        else:  # most persons hold the role: walk the order's index, each row checked in person_roles
            sql += f" AND EXISTS (SELECT 1 FROM person_roles p WHERE p.role IN ({marks}) AND p.person_id = h.id)"
        args += list(query.roles)
    if query.filter_text:
        filter_sql, filter_args = records._filter_clause(query.filter_text)
        sql += filter_sql.replace("sort_title", "h.sort_title")
        args += filter_args
    return sql, args


_COLUMNS = "h.id, h.kind, h.title_en, h.title_fa, h.sort_date, h.confidentiality, h.rowid"


def _key(query: ListQuery, sort_title: str, sort_date: str | None, rowid: int) -> Key:
    if query.order in ("title", "-title"):
        return (sort_title, rowid)
    return (0 if sort_date is not None else 1, sort_date or "", sort_title, rowid)


def before(query: ListQuery, a: Key, b: Key) -> bool:
    """True when a row of key ``a`` comes before one of key ``b`` in the list (SQLite's BINARY
    collation orders UTF-8 text as Python orders ``str``)."""
    if query.order == "title":
        return a < b
    if query.order == "-title":
        return a > b
    if a[0] != b[0]:
        return a[0] < b[0]  # dated before undated
    if a[1] != b[1]:
        return a[1] < b[1] if query.order == "date" else a[1] > b[1]
    return a[2:] < b[2:]


def page(cf: CaseFile, query: ListQuery, after: Key | None = None, limit: int = 200) -> list[tuple[Row, Key]]:
    """Up to ``limit`` rows of the list that come after the row of key ``after`` (from the top
    without one), each with its key."""
    if query.order in ("title", "-title"):
        return _page_by_title(cf, query, after, limit)
    rows: list[tuple[Row, Key]] = []
    if after is None or after[0] == 0:
        rows = _page_dated(cf, query, after, limit)
    if len(rows) < limit:
        undated_after = after if after is not None and after[0] == 1 else None
        rows += _page_undated(cf, query, undated_after, limit - len(rows))
    return rows


def _run(cf: CaseFile, query: ListQuery, sql: str, args: list) -> list[tuple[Row, Key]]:
    t = _title_column(query)
    out = []
    for rid, kind, title_en, title_fa, sort_date, conf, rowid, sort_title in cf.conn.execute(
        sql.replace("{t}", t), args
    ):
        out.append((Row(rid, kind, title_en, title_fa, sort_date, conf), _key(query, sort_title, sort_date, rowid)))
    return out


def _page_by_title(cf: CaseFile, query: ListQuery, after: Key | None, limit: int) -> list[tuple[Row, Key]]:
    where, args = _where(query)
    desc = query.order == "-title"
    if after is not None:
        op = "<" if desc else ">"
        where += f" AND {{t}} {op}= ? AND ({{t}} {op} ? OR h.rowid {op} ?)"
        args += [after[0], after[0], after[1]]
    direction = " DESC" if desc else ""
    sql = (
        f"SELECT {_COLUMNS}, {{t}} FROM record_heads h WHERE {where} "
        f"ORDER BY {{t}}{direction}, h.rowid{direction} LIMIT ?"
    )
    return _run(cf, query, sql, [*args, limit])


def _page_dated(cf: CaseFile, query: ListQuery, after: Key | None, limit: int) -> list[tuple[Row, Key]]:
    where, args = _where(query)
    where += " AND h.sort_date IS NOT NULL"
    desc = query.order == "-date"
    if after is not None:
        op = "<" if desc else ">"
        where += f" AND h.sort_date {op}= ? AND (h.sort_date {op} ? OR {{t}} > ? OR ({{t}} = ? AND h.rowid > ?))"
        args += [after[1], after[1], after[2], after[2], after[3]]
    direction = " DESC" if desc else ""
    sql = (
        f"SELECT {_COLUMNS}, {{t}} FROM record_heads h WHERE {where} "
        f"ORDER BY h.sort_date{direction}, {{t}}, h.rowid LIMIT ?"
    )
    return _run(cf, query, sql, [*args, limit])


def _page_undated(cf: CaseFile, query: ListQuery, after: Key | None, limit: int) -> list[tuple[Row, Key]]:
    where, args = _where(query)
    where += " AND h.sort_date IS NULL"
    if after is not None:
        where += " AND {t} >= ? AND ({t} > ? OR h.rowid > ?)"
        args += [after[2], after[2], after[3]]
    sql = f"SELECT {_COLUMNS}, {{t}} FROM record_heads h WHERE {where} ORDER BY {{t}}, h.rowid LIMIT ?"
    return _run(cf, query, sql, [*args, limit])


def date_values(cf: CaseFile, ids: Iterable[str], field: str) -> dict[str, object]:
    """The value of date field ``field`` of each record of ``ids`` that has one (as entered: an
    EDTF string or a calendar object), read out of the stored JSON by SQLite, not parsed whole."""
    import json

    out: dict[str, object] = {}
    id_list = list(ids)
    path = f"$.{field}"
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = (
            f"SELECT id, json_extract(data, ?), json_type(data, ?) FROM records WHERE id IN ({marks}) "
            "AND json_extract(data, ?) IS NOT NULL"
        )
        for rid, value, kind in cf.conn.execute(sql, [path, path, *chunk, path]):
            out[rid] = json.loads(value) if kind in ("object", "array") else value
    return out


def rows_of(cf: CaseFile, query: ListQuery, ids: Iterable[str]) -> dict[str, tuple[Row, Key]]:
    """The records among ``ids`` that the list holds now, each with its row and key (by id)."""
    found: dict[str, tuple[Row, Key]] = {}
    id_list = list(dict.fromkeys(ids))
    where, args = _where(ListQuery(query.kind, query.roles, query.filter_text, query.order, query.lang))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_COLUMNS}, {{t}} FROM record_heads h WHERE h.id IN ({marks}) AND {where}"
        for row, key in _run(cf, query, sql, [*chunk, *args]):
            found[row.id] = (row, key)
    return found
