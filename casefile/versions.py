"""The version store: every version of every record kept once, addressed by its content's SHA-256.

A version is a record's canonical JSON (``records.dumps``). The audit trail refers to versions and
its hash chain covers their hashes, not their text, so:

* merge finds the newest version two copies share by hash (:func:`history`);
* erasure removes a version's text (:func:`erase_text`) and keeps its hash: the chain still verifies;
* a record's text is stored once however many audit entries name it.

Store layer: this module and ``casefile.audit`` are the only code that reads or writes ``versions``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

    from casefile.store import CaseFile


def content_hash(text: str) -> bytes:
    """The address of a version: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def sqlite_sha256(text: str | None) -> bytes | None:
    """``casefile_sha256()`` for migrations (NULL stays NULL)."""
    return None if text is None else content_hash(text)


class VersionWriter:
    """Interns versions within the caller's transaction: each distinct text gets one row.

    New rows are buffered (bulk import speed) and written by :meth:`flush`; numbers (``vid``) are
    handed out at once so audit rows and record heads can refer to them before the flush.
    """

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._next_vid = int(conn.execute("SELECT coalesce(max(vid), 0) + 1 FROM versions").fetchone()[0])
        # An empty store (a first import) holds nothing to look up: skip a query per record.
        self._store_empty = self._started_empty = self._next_vid == 1
        #: Set by a caller that knows every text it interns is distinct (a bulk import of distinct
        #: ids): if the store held nothing at the start, no text is looked up, even after a flush.
        self.all_new = False
        self._pending: dict[bytes, int] = {}
        self._rows: list[tuple[int, str, str]] = []  # (vid, SHA-256 in hex, text)

    def intern(self, text: str, digest: bytes | None = None) -> tuple[int, bytes]:
        """The version number and hash of ``text`` (``digest``: its SHA-256, when the caller has
        it), adding it if the store does not hold it."""
        if digest is None:
            digest = content_hash(text)
        vid = self._pending.get(digest)
        if vid is not None:
            return vid, digest
        row = (
            None
            if self._store_empty or (self.all_new and self._started_empty)
            else self._conn.execute("SELECT vid, data IS NULL FROM versions WHERE hash = ?", (digest,)).fetchone()
        )
        if row is not None:
            if row[1]:
                # The same text again after it was erased: it is being written anew, so keep it.
                self._conn.execute("UPDATE versions SET data = ? WHERE vid = ?", (text, row[0]))
            return int(row[0]), digest
        vid = self._next_vid
        self._next_vid += 1
        self._pending[digest] = vid
        self._rows.append((vid, digest.hex(), text))
        return vid, digest

    def flush(self) -> None:
        if self._rows:
            # the hash as hex, made bytes by SQLite: the sqlite3 module binds bytes about 2 µs slower
            self._conn.executemany("INSERT INTO versions (vid, hash, data) VALUES (?, unhex(?), ?)", self._rows)
            self._rows.clear()
            self._pending.clear()
            self._store_empty = False


def text_of(cf: CaseFile, vid: int | None) -> str | None:
    """A version's text (None for no version, or one whose text was erased)."""
    if vid is None:
        return None
    row = cf.conn.execute("SELECT data FROM versions WHERE vid = ?", (vid,)).fetchone()
    return row[0] if row else None


def by_hash(cf: CaseFile, digest_hex: str) -> tuple[int, str | None] | None:
    """(vid, text) of the version with this hash, if this file holds it."""
    row = cf.conn.execute("SELECT vid, data FROM versions WHERE hash = ?", (bytes.fromhex(digest_hex),)).fetchone()
    return (int(row[0]), row[1]) if row else None


@dataclass(frozen=True)
class Step:
    """One change in a record's history: the audit entry's number, action and version hashes."""

    seq: int
    action: str
    before: str | None  # hex SHA-256
    after: str | None
    origin: str | None


def history(cf: CaseFile, record_id: str) -> list[Step]:
    """Every change of one record, oldest first, as version hashes (what merge compares)."""
    rows = cf.conn.execute(
        "SELECT a.seq, a.action, vb.hash, va.hash, a.origin FROM audit a "
        "LEFT JOIN versions vb ON vb.vid = a.before LEFT JOIN versions va ON va.vid = a.after "
        "WHERE a.record_id = ? ORDER BY a.seq",
        (record_id,),
    )
    return [
        Step(seq, action, b.hex() if b else None, a.hex() if a else None, origin) for seq, action, b, a, origin in rows
    ]


def erase_text(cf: CaseFile, vids: list[int]) -> None:
    """Remove the text of these versions (their hashes stay, so the chain still verifies).

    The caller holds the transaction, and afterwards vacuums with ``secure_delete`` on so no free
    page keeps the text.
    """
    cf.conn.executemany("UPDATE versions SET data = NULL WHERE vid = ?", [(v,) for v in vids])


def vids_of_record(cf: CaseFile, record_id: str) -> list[int]:
    """Every version any audit entry of this record names."""
    rows = cf.conn.execute(
        "SELECT before FROM audit WHERE record_id = ? AND before IS NOT NULL "
        "UNION SELECT after FROM audit WHERE record_id = ? AND after IS NOT NULL",
        (record_id, record_id),
    )
    return [int(r[0]) for r in rows]


def copy_id(cf: CaseFile) -> str:
    """This copy's own random id (made when the file was created)."""
    row = cf.conn.execute("SELECT value FROM file_meta WHERE key = 'copy_id'").fetchone()
    return str(row[0]) if row else ""


def rechain_after_schema3(conn: sqlcipher3.Connection) -> None:
    """Part of migration 3: check the schema-2 chain (over full JSON), then hash every entry again over
    version hashes, and record the old chain's head and whether it was intact in an ``upgrade`` entry.

    A schema-2 history that was already broken stays reported by ``verify`` after the upgrade (it
    reads that entry), so upgrading cannot launder a rewritten history.
    """
    from casefile import audit

    old_prev, intact, old_head, count = audit.GENESIS, True, audit.GENESIS, 0
    for seq, at, action, kind, record_id, before, after, prev_hash, stored in conn.execute(
        "SELECT seq, at, action, kind, record_id, before, after, prev_hash, hash FROM audit_schema2 ORDER BY seq"
    ):
        count += 1
        if seq != count or prev_hash != old_prev:
            intact = False
        if audit.schema2_entry_hash(prev_hash, seq, at, action, kind, record_id, before, after) != stored:
            intact = False
        old_prev = old_head = stored
    first = conn.execute("SELECT hash FROM audit_schema2 ORDER BY seq LIMIT 1").fetchone()
    conn.execute("DROP TABLE audit_schema2")
    if first is None:
        return  # a new file: nothing to re-hash, nothing to record
    # Witness pseudonyms are keyed by the first entry's hash (records.case_secret); keep the old one.
    conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES ('case_secret', ?)", (first[0],))
    rows = conn.execute(
        "SELECT a.seq, a.at, a.action, a.kind, a.record_id, vb.hash, va.hash, a.origin FROM audit a "
        "LEFT JOIN versions vb ON vb.vid = a.before LEFT JOIN versions va ON va.vid = a.after ORDER BY a.seq"
    ).fetchall()
    prev = audit.GENESIS
    updates = []
    for seq, at, action, kind, record_id, b, a, origin in rows:
        h = audit.entry_hash(prev, seq, at, action, kind, record_id, _hex(b), _hex(a), origin)
        updates.append((prev, h, seq))
        prev = h
    conn.executemany("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    note = json.dumps(
        {"schema": 3, "previous_entries": count, "previous_head": old_head, "previous_chain_intact": intact},
        separators=(",", ":"),
    )
    writer = VersionWriter(conn)
    vid, digest = writer.intern(note)
    writer.flush()
    seq = len(rows) + 1
    at = audit.now_utc()
    h = audit.entry_hash(prev, seq, at, "upgrade", "casefile", "schema", None, digest.hex(), None)
    conn.execute(
        "INSERT INTO audit (seq, at, action, kind, record_id, before, after, origin, prev_hash, hash) "
        "VALUES (?, ?, 'upgrade', 'casefile', 'schema', NULL, ?, NULL, ?, ?)",
        (seq, at, vid, prev, h),
    )


def _hex(digest: bytes | None) -> str | None:
    return digest.hex() if digest is not None else None
