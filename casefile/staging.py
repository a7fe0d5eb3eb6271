"""What an import checks across the whole document, kept out of memory, and the bulk-load tuning of
its write (store layer: the SQL of :mod:`casefile.exchange`).

A document of half a million victims holds millions of ids and references. Checking them (no id
twice, every reference to a record of an allowed list) needs all of them at once, so they are kept
in a scratch SQLite database of their own while the document is read record by record: a file in
the system's temporary folder, encrypted with a random key that is never stored, removed at the
end (``on_disk``), or in memory for a document already parsed in memory. The case file itself is
only read until the write, so a refused import leaves it exactly as it was.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:
    from casefile.store import CaseFile

#: Rows buffered before they are written to the scratch database.
_BATCH = 5000
#: ... or fewer, when they are long (a spooled record with its attached files)
_BATCH_CHARS = 16 << 20


class _Scratch:
    """A scratch database: a file in the system's temporary folder, encrypted with a random key that
    is never stored and removed when closed (``on_disk``), or memory."""

    def __init__(self, on_disk: bool, tables: Iterable[str]) -> None:
        self.path: Path | None = None
        name = ":memory:"
        if on_disk:
            remove_abandoned()
            fd, name = tempfile.mkstemp(prefix=f"{_PREFIX}{os.getpid()}-", suffix=".tmp")
            os.close(fd)
            self.path = Path(name)
        conn = sqlcipher3.connect(name, isolation_level=None, check_same_thread=False)
        try:
            if on_disk:
                # a raw key: no key derivation, never stored; ids are a case's data too
                conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
            conn.execute("PRAGMA journal_mode = OFF")  # scratch: nothing to roll back to
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -16384")
            for sql in tables:
                conn.execute(sql)
            conn.execute("BEGIN")
        except BaseException:
            conn.close()
            self._remove()
            raise
        self.conn = conn

    def _remove(self) -> None:
        if self.path is not None:
            for leftover in (self.path, Path(f"{self.path}-journal")):
                leftover.unlink(missing_ok=True)
            self.path = None

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        self._remove()


class Staging(_Scratch):
    """The ids and references of the records of a document, in document-check order (``ord``)."""

    def __init__(self, on_disk: bool) -> None:
        # keyed by check order, so reading them in that order needs no sort (a sort would hold
        # them all in memory: temporary storage is memory, never a plaintext file)
        super().__init__(
            on_disk,
            [
                "CREATE TABLE ids (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL)",
                "CREATE TABLE refs (ord INTEGER NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL, rid TEXT NOT NULL, "
                "path TEXT NOT NULL, target TEXT NOT NULL, allowed TEXT NOT NULL, PRIMARY KEY (ord, n)) WITHOUT ROWID",
            ],
        )
        self._ids: list[tuple[str, str, int]] = []
        self._refs: list[tuple] = []
        self._indexed = False

    def add(self, rid: str, kind: str, ord_: int, refs: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        """One checked record: its id, list, place in check order, and references (path, target,
        allowed lists; ``*`` stands for any list)."""
        self._ids.append((rid, kind, ord_))
        for n, (path, target, allowed) in enumerate(refs):
            self._refs.append((ord_, n, kind, rid, path, target, allowed_code(allowed)))
        if len(self._ids) >= _BATCH or len(self._refs) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._ids:
            self.conn.executemany("INSERT INTO ids (id, kind, ord) VALUES (?, ?, ?)", self._ids)
            self._ids.clear()
        if self._refs:
            self.conn.executemany(
                "INSERT INTO refs (ord, n, kind, rid, path, target, allowed) VALUES (?, ?, ?, ?, ?, ?, ?)", self._refs
            )
            self._refs.clear()

    def _index(self) -> None:
        self._flush()
        if not self._indexed:
            # built once, after the load: faster than keeping it while millions of rows go in
            self.conn.execute("CREATE INDEX ids_id ON ids (id, ord)")
            self._indexed = True

    def duplicates(self) -> Iterator[tuple[int, str, str, str]]:
        """(ord, id, list, list of its first use) of every record whose id an earlier one took."""
        self._index()
        dup_ids = [row[0] for row in self.conn.execute("SELECT id FROM ids GROUP BY id HAVING count(*) > 1")]
        found = []
        for rid in dup_ids:
            rows = self.conn.execute("SELECT kind, ord FROM ids WHERE id = ? ORDER BY ord", (rid,)).fetchall()
            first_kind = rows[0][0]
            found += [(ord_, rid, kind, first_kind) for kind, ord_ in rows[1:]]
        yield from sorted(found)

    def ids(self, chunk: int = 500) -> Iterator[list[tuple[str, str, int]]]:
        """Every (id, list, ord), in check order, in chunks."""
        self._flush()
        cursor = self.conn.execute("SELECT id, kind, ord FROM ids ORDER BY ord")
        while rows := cursor.fetchmany(chunk):
            yield rows

    def unresolved_references(self, chunk: int = 500) -> Iterator[list[tuple]]:
        """References the document alone does not satisfy, in check order, in chunks: (kind, rid,
        path, target, allowed, list of the target in the document or None). A None target list
        may still be a record of the case file; the caller looks it up."""
        self._index()
        cursor = self.conn.execute(
            "SELECT f.kind, f.rid, f.path, f.target, f.allowed, i.kind FROM refs f "
            "LEFT JOIN ids i ON i.id = f.target "
            "WHERE i.kind IS NULL OR (f.allowed != '*' AND instr(f.allowed, ',' || i.kind || ',') = 0) "
            "ORDER BY f.ord, f.n"
        )
        while rows := cursor.fetchmany(chunk):
            yield [
                (kind, rid, path, target, allowed_lists(allowed), tk) for kind, rid, path, target, allowed, tk in rows
            ]


class RecordSpool(_Scratch):
    """Records on their way out (a share for one audience), each list's in the order added, each
    with a note of the sender's (a share's token): in an encrypted scratch file, so a whole case
    leaves in bounded memory and nothing of it touches the disk in plain text."""

    def __init__(self) -> None:
        super().__init__(
            True,
            [
                # rows as large as a record with its attached scans: a rowid table, read by an index
                "CREATE TABLE spool (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, note TEXT, data TEXT NOT NULL)",
                "CREATE INDEX spool_kind ON spool (kind, seq)",
            ],
        )
        self._rows: list[tuple[str, str | None, str]] = []
        self._held = 0  # characters of the rows not yet written (records with scans are megabytes)
        self._count: dict[str, int] = {}

    def add(self, kind: str, note: str | None, data: str) -> None:
        """One record (its JSON text) of list ``kind``, with its note."""
        self._count[kind] = self._count.get(kind, 0) + 1
        self._rows.append((kind, note, data))
        self._held += len(data)
        if len(self._rows) >= _BATCH or self._held >= _BATCH_CHARS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self.conn.executemany("INSERT INTO spool (kind, note, data) VALUES (?, ?, ?)", self._rows)
            self._rows.clear()
            self._held = 0

    def kinds(self) -> set[str]:
        """The lists that hold records."""
        return set(self._count)

    def read(self, kind: str) -> Iterator[tuple[str | None, str]]:
        """(note, JSON text) of each record of ``kind``, in the order added."""
        self._flush()
        cursor = self.conn.execute("SELECT note, data FROM spool WHERE kind = ? ORDER BY seq", (kind,))
        while rows := cursor.fetchmany(500):
            yield from rows

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_PREFIX = "casefile-import-"


def remove_abandoned() -> None:
    """Remove scratch files of imports whose process is gone (killed before it could remove its own;
    unreadable anyway: their key died with the process)."""
    if os.name != "posix":
        return
    for path in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*-*.tmp"):
        pid = path.name[len(_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # alive (another user's, or not ours to signal): left alone


@lru_cache(maxsize=256)
def allowed_code(allowed: tuple[str, ...]) -> str:
    from casefile.model import LISTS

    return "*" if set(allowed) == set(LISTS) else "," + ",".join(allowed) + ","


@lru_cache(maxsize=256)
def allowed_lists(code: str) -> tuple[str, ...]:
    from casefile.model import LISTS

    return LISTS if code == "*" else tuple(code.strip(",").split(","))


# --- the case file side ---------------------------------------------------------------------------


def has_records(cf: CaseFile) -> bool:
    return cf.conn.execute("SELECT 1 FROM record_heads LIMIT 1").fetchone() is not None


def record_count(cf: CaseFile) -> int:
    return int(cf.conn.execute("SELECT count(*) FROM record_heads").fetchone()[0])


def existing_rows(cf: CaseFile, ids: list[str]) -> dict[str, tuple[int, str, str]]:
    """(rowid, list, JSON) of the records among ``ids`` the case file holds (as RecordWriter.put takes them)."""
    found: dict[str, tuple[int, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, rowid, kind, data in cf.conn.execute(
            f"SELECT id, rowid, kind, data FROM records WHERE id IN ({marks})", chunk
        ):
            found[rid] = (rowid, kind, data)
    return found


#: Tables whose secondary indexes a bulk load builds once at the end instead of row by row.
_BULK_TABLES = ("record_heads", "links", "record_dates", "person_roles", "person_names", "versions", "audit")
#: Page cache while a bulk load runs (KiB, as PRAGMA cache_size takes it negated): large enough that
#: the b-trees being filled stay in memory instead of spilling to the WAL and being read back.
BULK_CACHE_KIB = 256 * 1024
#: Bytes of search terms FTS5 gathers in memory before it writes them out as a segment, while a bulk
#: load runs (FTS5's ``hashsize``, 1 MiB by default): each write of pending terms makes a segment, and
#: the segments are merged again and again as they pile up; 64 MiB writes a large import's index in
#: a few (5-10% less time in the index). Set back when the load ends.
BULK_FTS_HASH_BYTES = 64 << 20
_FTS_HASH_DEFAULT = 1 << 20


@contextmanager
def bulk_load(cf: CaseFile, build_indexes_after: bool) -> Iterator[None]:
    """Inside the caller's write transaction: a larger page cache, and with ``build_indexes_after``
    the secondary indexes of the record tables dropped and built again (the same definitions) when
    the block ends. All in the transaction: a failed or cancelled import leaves them as they were."""
    conn = cf.conn
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)", (BULK_FTS_HASH_BYTES,))
    try:
        dropped: list[tuple[str, str]] = []
        if build_indexes_after:
            marks = ",".join("?" * len(_BULK_TABLES))
            dropped = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks}) ORDER BY name",
                _BULK_TABLES,
            ).fetchall()
            for name, _sql in dropped:
                conn.execute(f'DROP INDEX "{name}"')
        yield
        # the default again, in this connection, and no trace of it in the file (after a failure the
        # rollback takes it away with the rest, and FTS5 reads its settings again)
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)", (_FTS_HASH_DEFAULT,))
        conn.execute("DELETE FROM search_index_config WHERE k = 'hashsize'")
        for _name, sql in dropped:
            conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
