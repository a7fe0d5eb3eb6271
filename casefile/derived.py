"""The derived tables, checked against the records and rebuilt from them.

``links``, ``record_dates``, ``person_roles``, ``person_names``, the derived columns of ``records``
(titles, sort keys, ``sort_date``, ``confidentiality``) and ``search_index`` are caches of the
records' JSON, written with each record by :mod:`casefile.records`. Lists, dossiers and search read them, so one
row deleted behind the app's back could drop a victim's execution from a dossier or stop a witness
being treated as one. :func:`derived_problems` derives every row again with the write path's own
code (``records._derive``) and reports each difference by record id; :func:`rebuild` writes them
all again.

Both stream: records are read in rowid order and compared in batches of a few hundred, so memory
does not grow with the file. The search index keeps no text (contentless FTS5), so it is checked by
indexing every record again into a temporary FTS5 table with the same tokenizer and comparing the
two indexes token by token (``fts5vocab``, both in term order): a merge of two sorted streams. The
temporary table lives in a file of its own in the system's temporary folder, encrypted with a
random key that is never stored (so no plaintext word of an encrypted case file reaches the disk),
and is removed at the end. The case file itself is only read, in one read transaction, so a
program writing it at the same time does not cause false differences.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.records import _derive

if TYPE_CHECKING:
    from casefile.store import CaseFile

Progress = Callable[[int, int], None]

#: Lines reported per kind of difference; the rest are counted.
MAX_REPORTED = 20
_BATCH = 500
_CHUNK = 20_000
_RECORD_COLUMNS = ("title_en", "title_fa", "sort_title", "sort_title_fa", "sort_date", "confidentiality")
#: Columns whose values may be shown in a message (they hold no names).
_SHOWN_COLUMNS = {"sort_date", "confidentiality"}


def _no_progress(done: int, total: int) -> None:
    pass


class _Findings:
    """Problems by kind, each kind capped at :data:`MAX_REPORTED` lines plus a count of the rest."""

    def __init__(self) -> None:
        self.lines: dict[str, list[str]] = {}
        self.more: Counter[str] = Counter()

    def add(self, kind: str, line: str) -> None:
        shown = self.lines.setdefault(kind, [])
        if len(shown) < MAX_REPORTED:
            shown.append(line)
        else:
            self.more[kind] += 1

    def result(self) -> list[str]:
        out: list[str] = []
        for kind, shown in self.lines.items():
            out += shown
            if self.more[kind]:
                out.append(f"{kind}: {self.more[kind]} more difference(s) of this kind not listed")
        return out


def _rid(value: Any) -> str:
    return repr(value if isinstance(value, str) else str(value))


def _heads_table(cf: CaseFile) -> str:
    """The table holding the records' derived columns (``records`` is a view over it from schema 3)."""
    row = cf.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_heads'").fetchone()
    return "record_heads" if row else "records"


def _records(cf: CaseFile) -> Iterator[tuple]:
    """Every record with its stored derived columns, in rowid order (streamed)."""
    cols = ", ".join(_RECORD_COLUMNS)
    yield from cf.conn.execute(f"SELECT rowid, id, kind, data, {cols} FROM records ORDER BY rowid")


def _derive_row(kind: str, text: Any) -> Any:
    """The write path's derivation of a stored record; raises if the record cannot be read."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return _derive(kind, data)


# --- checking -------------------------------------------------------------------------------------


def derived_problems(cf: CaseFile, progress: Progress | None = None) -> list[str]:
    """Every difference between the derived tables and what the records say, by record id.

    Lines read e.g. ``person_roles: row missing for 'v-3' (victim, from 'a-7')``. Reads the case
    file only (in one read transaction); takes about as long as deriving every record once.
    """
    progress = progress or _no_progress
    if derived_notes(cf):
        return []  # made by another version of the derivation: differences would not mean tampering
    findings = _Findings()
    total = int(cf.conn.execute("SELECT count(*) FROM records").fetchone()[0])
    has_search = _table_sql(cf, "search_index") is not None
    with _scratch_index(cf) as expected_table:
        if cf.conn.in_transaction:
            raise RuntimeError("derived_problems needs a connection outside a transaction")
        cf.conn.execute("BEGIN")  # one snapshot of the case file for every read below
        try:
            _check_records(cf, findings, expected_table if has_search else None, total, progress)
            _check_orphans(cf, findings)
            if has_search:
                _check_search(cf, findings, expected_table)
            else:
                findings.add("search index", "search index: the table is missing")
        finally:
            cf.conn.execute("ROLLBACK")  # nothing was written to the case file; the scratch index goes
    progress(total, total)
    return findings.result()


def derived_notes(cf: CaseFile) -> list[str]:
    """A note when the derived tables were made by another version of Casefile's derivation (a file
    last written by an older Casefile): they are derived again when Casefile opens the file, and
    :func:`derived_problems` compares them only then (verify never writes)."""
    from casefile.store import DERIVED_VERSION, derived_version

    found = derived_version(cf.conn)
    if found == DERIVED_VERSION:
        return []
    return [
        f"the derived tables (links, dates, roles, search index) were made by "
        f"{'a newer' if found is not None and found > DERIVED_VERSION else 'an older'} "
        "version of Casefile and were not compared with the records; open the file with Casefile (which "
        "derives them again), then verify it again"
    ]


def _check_records(
    cf: CaseFile, findings: _Findings, expected_table: str | None, total: int, progress: Progress
) -> None:
    batch: list[tuple[str, Any]] = []  # (record id, its derivation)
    fts_rows: list[tuple[int, str, str]] = []
    done = 0
    for row in _records(cf):
        rowid, rid, kind, text = row[:4]
        done += 1
        if done % 1000 == 0:
            progress(done, total)
        if text is None:
            continue  # its text was erased from the version store: verify reports that record itself
        try:
            d = _derive_row(kind, text)
        except Exception as e:  # noqa: BLE001 - a record the app cannot read is itself a finding
            findings.add("records", f"records: {_rid(rid)} cannot be read to derive its rows ({type(e).__name__})")
            continue
        stored = dict(zip(_RECORD_COLUMNS, row[4:], strict=True))
        wrong = [c for c in _RECORD_COLUMNS if stored[c] != getattr(d, c)]
        if wrong:
            what = "; ".join(
                f"{c}: stored {stored[c]!r}, expected {getattr(d, c)!r}" if c in _SHOWN_COLUMNS else c for c in wrong
            )
            findings.add("records", f"records: derived columns of {_rid(rid)} differ from its data ({what})")
        if expected_table and (d.search_title or d.search_body):
            fts_rows.append((rowid, d.search_title, d.search_body))
            if len(fts_rows) >= _BATCH:
                _insert_expected(cf, expected_table, fts_rows)
        batch.append((rid, d))
        if len(batch) >= _BATCH:
            _compare_batch(cf, findings, batch)
    if fts_rows:
        _insert_expected(cf, expected_table, fts_rows)  # type: ignore[arg-type]
    if batch:
        _compare_batch(cf, findings, batch)


def _insert_expected(cf: CaseFile, table: str, rows: list[tuple[int, str, str]]) -> None:
    cf.conn.executemany(f"INSERT INTO {table} (rowid, title, body) VALUES (?, ?, ?)", rows)
    rows.clear()


#: Per derived table: the query for a batch of records' rows (key first), how the expected rows
#: come from a derivation, and how a row is named in a message.
_TABLES = (
    ("links", "SELECT from_id, field, to_id, from_kind FROM links WHERE from_id IN ({marks})", "links"),
    (
        "record_dates",
        "SELECT record_id, field, entered, lo, hi FROM record_dates WHERE record_id IN ({marks})",
        "dates",
    ),
    ("person_roles", "SELECT source_id, person_id, role FROM person_roles WHERE source_id IN ({marks})", "roles"),
    ("person_names", "SELECT person_id, phrase, words FROM person_names WHERE person_id IN ({marks})", "names"),
)


def _compare_batch(cf: CaseFile, findings: _Findings, batch: list[tuple[str, Any]]) -> None:
    """Compare a batch of records' derived rows with the stored ones: the whole batch's multisets
    first (they are nearly always equal), record by record only where they differ."""
    ids = [rid for rid, _ in batch]
    marks = ",".join("?" * len(ids))
    for table, sql, attr in _TABLES:
        actual = Counter(cf.conn.execute(sql.format(marks=marks), ids))
        expected = Counter((rid, *row) for rid, d in batch for row in getattr(d, attr))
        if actual == expected:
            continue
        by_id: dict[str, tuple[Counter, Counter]] = {}
        for rows, side in ((expected, 0), (actual, 1)):
            for (key, *rest), n in rows.items():
                by_id.setdefault(key, (Counter(), Counter()))[side][tuple(rest)] += n
        for rid, (want, have) in by_id.items():
            _differences(findings, table, rid, want, have)
    batch.clear()


def _link(rid: str, row: tuple) -> tuple[str, str]:
    return _rid(rid), f"{row[0]} -> {_rid(row[1])}"


def _date(rid: str, row: tuple) -> tuple[str, str]:
    return _rid(rid), f"{row[0]} {row[1]}"


def _role(rid: str, row: tuple) -> tuple[str, str]:
    # named by the person the role is about: that is whom a dossier treats wrongly
    return _rid(row[0]), f"{row[1]}, from {_rid(rid)}"


def _name(rid: str, row: tuple) -> tuple[str, str]:
    return _rid(rid), f"a name of {row[1]} word(s)"  # the words themselves are a name: not shown


def _differences(findings: _Findings, table: str, rid: str, expected: Counter, actual: Counter) -> None:
    describe = {"links": _link, "record_dates": _date, "person_roles": _role, "person_names": _name}[table]
    for row, n in (expected - actual).items():
        who, what = describe(rid, row)
        findings.add(table, f"{table}: row missing for {who} ({what})" + (f" x{n}" if n > 1 else ""))
    for row, n in (actual - expected).items():
        who, what = describe(rid, row)
        findings.add(
            table, f"{table}: row not derived from the records for {who} ({what})" + (f" x{n}" if n > 1 else "")
        )


def _check_orphans(cf: CaseFile, findings: _Findings) -> None:
    """Rows of derived tables that belong to no record at all."""
    queries = (
        ("links", "SELECT from_id, field, to_id FROM links l WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = l.from_id)"),
        (
            "record_dates",
            "SELECT record_id, field, entered FROM record_dates d "
            "WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = d.record_id)",
        ),
        (
            "person_roles",
            "SELECT source_id, person_id, role FROM person_roles p "
            "WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = p.source_id)",
        ),
        (
            "person_names",
            "SELECT person_id, 'name', person_id FROM person_names n "
            "WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = n.person_id)",
        ),
    )  # fmt: skip
    for table, sql in queries:
        for key, a, b in cf.conn.execute(sql):
            findings.add(table, f"{table}: row for {_rid(key)}, which is no record ({a}, {_rid(b)})")


# --- the search index -----------------------------------------------------------------------------


def _table_sql(cf: CaseFile, name: str) -> str | None:
    row = cf.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


@contextmanager
def _scratch_index(cf: CaseFile) -> Iterator[str]:
    """An empty FTS5 table defined like ``search_index`` (same columns, same tokenizer), in a
    temporary file encrypted with a throwaway key; removed on exit. Yields its qualified name."""
    definition = _table_sql(cf, "search_index")
    fd, name = tempfile.mkstemp(prefix="casefile-check-", suffix=".tmp")
    os.close(fd)
    key = "x'" + secrets.token_hex(32) + "'"  # a raw key: no key derivation, never stored
    conn = cf.conn
    conn.execute("ATTACH DATABASE ? AS casefile_check KEY ?", (name, key))
    try:
        conn.execute("PRAGMA casefile_check.journal_mode = MEMORY")
        conn.execute("PRAGMA casefile_check.synchronous = OFF")
        if definition is not None:
            args = definition.split("(", 1)[1]
            conn.execute(f"CREATE VIRTUAL TABLE casefile_check.search_expected USING fts5({args}")
        yield "casefile_check.search_expected"
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE casefile_check")
        for leftover in (name, f"{name}-journal"):
            Path(leftover).unlink(missing_ok=True)


_P = 2147483647  # a prime below 2**31: products of two residues fit SQLite's 64-bit integers


@contextmanager
def _vocab(cf: CaseFile, schema: str, table: str) -> Iterator[str]:
    """An ``fts5vocab`` table listing every token of an FTS5 index: (term, doc, col, offset)."""
    vocab = f"temp.casefile_vocab_{schema}"
    cf.conn.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab({schema}, {table}, 'instance')")
    try:
        yield vocab
    finally:
        cf.conn.execute(f"DROP TABLE IF EXISTS {vocab}")


def _term_fingerprints(cf: CaseFile, vocab: str, salts: tuple[int, ...]) -> Iterator[list[tuple]]:
    """(term, tokens, fingerprint) for every term of an index, in term order, in chunks.

    The fingerprint sums a keyed hash of each token's (rowid, column, position), computed in SQLite:
    equal for equal token sets, and with salts chosen at random for each check, two different sets
    collide with a chance of about one in a billion, even for someone who edits the index on purpose.
    """
    s1, s2, s3, s4 = salts
    cursor = cf.conn.execute(
        f"SELECT term, count(*), sum(x * x % {_P}) FROM ("
        f"  SELECT term, ((doc % {_P}) * ? % {_P} + (offset % {_P}) * ? % {_P} + (col = 'body') * ? + ?) % {_P} AS x"
        f"  FROM {vocab}) GROUP BY term ORDER BY term",
        (s1, s2, s3, s4),
    )
    while chunk := cursor.fetchmany(_CHUNK):
        yield chunk


def _sorted_differences(stored: Iterable[list[tuple]], expected: Iterable[list[tuple]]) -> Iterator[tuple[int, tuple]]:
    """(+1, item) for an item only the stored stream has, (-1, item) for one only the expected has.

    Both streams are sorted; equal runs (the usual case) are compared whole, in C.
    """
    a_iter, b_iter = iter(stored), iter(expected)
    a: list[tuple] = []
    b: list[tuple] = []
    i = j = 0
    while True:
        if i == len(a):
            a, i = next(a_iter, []), 0
        if j == len(b):
            b, j = next(b_iter, []), 0
        if not a and not b:
            return
        if not a:
            yield from ((-1, item) for item in b[j:])
            j = len(b)
            continue
        if not b:
            yield from ((+1, item) for item in a[i:])
            i = len(a)
            continue
        n = min(len(a) - i, len(b) - j)
        if a[i : i + n] == b[j : j + n]:
            i += n
            j += n
            continue
        for _ in range(n):
            x, y = a[i], b[j]
            if x == y:
                i += 1
                j += 1
            elif x < y:
                yield +1, x
                i += 1
            else:
                yield -1, y
                j += 1
            if i == len(a) or j == len(b):
                break


#: Terms whose tokens are looked up one by one to name the records that differ.
_TERMS_LOCATED = 200


def _check_search(cf: CaseFile, findings: _Findings, expected_table: str) -> None:
    """The search index against one built again from the records: per term first (a fingerprint of
    its tokens, computed in SQLite), then token by token for the terms that differ."""
    schema, table = expected_table.split(".")
    salts = tuple(1 + secrets.randbelow(_P - 1) for _ in range(4))
    with _vocab(cf, "main", "search_index") as stored, _vocab(cf, schema, table) as expected:
        terms: list[str] = []
        for _sign, (term, _n, _fp) in _sorted_differences(
            _term_fingerprints(cf, stored, salts),
            _term_fingerprints(cf, expected, salts),  # type: ignore[arg-type]
        ):
            if not terms or terms[-1] != term:
                terms.append(term)
        wrong: dict[int, list[int]] = {}  # rowid -> [tokens missing, tokens extra]
        for term in terms[:_TERMS_LOCATED]:
            sql = "SELECT doc, col, offset FROM {} WHERE term = ?"
            have = Counter(cf.conn.execute(sql.format(stored), (term,)))
            want = Counter(cf.conn.execute(sql.format(expected), (term,)))
            for side, diff in ((0, want - have), (1, have - want)):
                for (rowid, _col, _offset), n in diff.items():
                    wrong.setdefault(rowid, [0, 0])[side] += n
    if len(terms) > _TERMS_LOCATED:
        findings.add(
            "search index",
            f"search index: {len(terms)} words differ; the records of the first {_TERMS_LOCATED} are named",
        )
    if not wrong:
        return
    ids = dict(_rows_in(cf, "SELECT rowid, id FROM records WHERE rowid IN ({marks})", sorted(wrong)))
    for rowid in sorted(wrong):
        missing, extra = wrong[rowid]
        rid = ids.get(rowid)
        if rid is None:
            findings.add("search index", f"search index: an entry (rowid {rowid}) belongs to no record")
            continue
        parts = [
            f"{missing} word(s) of the record not indexed" if missing else "",
            f"{extra} word(s) indexed that the record does not hold" if extra else "",
        ]
        findings.add(
            "search index",
            f"search index: the entry of {_rid(rid)} differs from the record ({', '.join(p for p in parts if p)})",
        )


def _rows_in(cf: CaseFile, sql: str, keys: list) -> Iterator[tuple]:
    for start in range(0, len(keys), _BATCH):
        chunk = keys[start : start + _BATCH]
        yield from cf.conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


# --- rebuilding -----------------------------------------------------------------------------------


def rebuild(cf: CaseFile, progress: Progress | None = None, *, stale_only: bool = False) -> int:
    """Write every derived table and column again from the records, all or nothing, and record
    that this version's derivation made them (``store.DERIVED_VERSION``).

    Records themselves and the audit trail are not touched (derived rows are not records, so this
    is not audited). Returns how many records were read. A record that cannot be read (its text
    erased, or damaged behind the app's back) gets no derived rows; ``verify`` reports it. With
    ``stale_only``, nothing is done if the tables are already this version's (another process may
    have derived them while this one waited for the write lock).
    """
    from casefile.store import DERIVED_VERSION, derived_version, set_derived_version

    progress = progress or _no_progress
    heads = _heads_table(cf)
    conn = cf.conn
    with cf.transaction():
        if stale_only and derived_version(conn) == DERIVED_VERSION:
            return 0
        total = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
        conn.execute("DELETE FROM links")
        conn.execute("DELETE FROM record_dates")
        conn.execute("DELETE FROM person_roles")
        conn.execute("DELETE FROM person_names")
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        cols = ", ".join(_RECORD_COLUMNS)
        sets = ", ".join(f"{c} = ?" for c in _RECORD_COLUMNS)
        done, last = 0, None
        while True:
            sql = f"SELECT rowid, id, kind, data, {cols} FROM records"
            rows = conn.execute(
                sql + (" WHERE rowid > ?" if last is not None else "") + " ORDER BY rowid LIMIT ?",
                (last, _BATCH) if last is not None else (_BATCH,),
            ).fetchall()
            if not rows:
                break
            updates, links, dates, roles, names, fts = [], [], [], [], [], []
            for rowid, rid, kind, text, *stored in rows:
                try:
                    d = _derive_row(kind, text)
                except Exception:  # noqa: BLE001 - erased or damaged: verify reports the record itself
                    continue  # nothing derived from it (and the file still opens)
                fresh = [getattr(d, c) for c in _RECORD_COLUMNS]
                if fresh != stored:
                    updates.append((*fresh, rowid))
                links += [(rid, *link) for link in d.links]
                dates += [(rid, *dt) for dt in d.dates]
                roles += [(person, role, rid) for person, role in d.roles]
                names += [(phrase, rid, words) for phrase, words in d.names]
                if d.search_title or d.search_body:
                    fts.append((rowid, d.search_title, d.search_body))
            conn.executemany(f"UPDATE {heads} SET {sets} WHERE rowid = ?", updates)
            conn.executemany("INSERT INTO links (from_id, field, to_id, from_kind) VALUES (?, ?, ?, ?)", links)
            conn.executemany(
                "INSERT INTO record_dates (record_id, field, entered, lo, hi) VALUES (?, ?, ?, ?, ?)", dates
            )
            conn.executemany("INSERT INTO person_roles (person_id, role, source_id) VALUES (?, ?, ?)", roles)
            conn.executemany("INSERT INTO person_names (phrase, person_id, words) VALUES (?, ?, ?)", names)
            conn.executemany("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", fts)
            done += len(rows)
            last = rows[-1][0]
            progress(done, total)
        set_derived_version(conn)
    return done
