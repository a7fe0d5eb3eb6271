"""The audit trail: every change to a case file, in a hash chain over version hashes.

Each entry holds when, what (insert, update, delete, attach, settings, erase, merge, ...), which
record, the versions before and after (numbers into ``versions``, see :mod:`casefile.versions`) and,
for a change brought in by a merge, where it came from (``origin``). Its ``hash`` is SHA-256 over the
previous entry's hash and the entry, with the versions' SHA-256 in place of their text: removing,
reordering or editing an entry breaks the chain from there on; a version whose text no longer matches
its hash, or a record that is not its last entry's version, is reported by ``casefile.verify``; and a
version's text can be erased while the chain still verifies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from casefile.versions import VersionWriter

if TYPE_CHECKING:
    from casefile.store import CaseFile

GENESIS = "0" * 64

#: Entry kinds that record something about a record (a merge conflict, a duplicates decision, a schema
#: upgrade) without being a version of it: they never count as a record's last state.
NOT_RECORD_STATES = ("conflicts", "decisions", "linkage_decisions", "casefile")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    kind: str
    record_id: str
    before: str | None  # the version's text (None: no version, or its text was erased)
    after: str | None
    prev_hash: str
    hash: str
    before_hash: str | None = None  # the version's SHA-256 (hex)
    after_hash: str | None = None
    origin: str | None = None


def entry_hash(
    prev_hash: str, seq: int, at: str, action: str, kind: str, record_id: str,
    before_hash: str | None, after_hash: str | None, origin: str | None = None,
) -> str:  # fmt: skip
    """The chain link of one entry (schema 3): length-prefixed fields, version hashes not text."""
    # each field as f"{len(f)}:{f}", one a line, after the previous hash (one f-string: an import
    # hashes an entry per record)
    n, b, a, o = str(seq), before_hash or "-", after_hash or "-", origin or "-"
    payload = (
        f"{prev_hash}\n{len(n)}:{n}\n{len(at)}:{at}\n{len(action)}:{action}\n{len(kind)}:{kind}\n"
        f"{len(record_id)}:{record_id}\n{len(b)}:{b}\n{len(a)}:{a}\n{len(o)}:{o}"
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def schema2_entry_hash(
    prev_hash: str, seq: int, at: str, action: str, kind: str, record_id: str,
    before: str | None, after: str | None,
) -> str:  # fmt: skip
    """The chain link as schema 1 and 2 wrote it (over the full JSON): checked once, at the upgrade."""
    fields = [str(seq), at, action, kind, record_id]
    fields += ["-" if v is None else f"{len(v)}:{v}" for v in (before, after)]
    payload = "\n".join(f"{len(f)}:{f}" if i < 5 else f for i, f in enumerate(fields))
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class AuditWriter:
    """Appends entries within the caller's transaction; buffered so bulk imports stay fast.

    ``versions`` is the writer's :class:`VersionWriter`; record heads written in the same transaction
    intern their text through it, so each version is stored once.
    """

    # A missing version or origin is bound as 0 or '' and turned into NULL by SQLite: the sqlite3
    # module binds None about 2 µs slower than a number or a string, and an import writes two per
    # entry (docs/ARCHITECTURE.md, "Binding values"). No version is numbered 0; no origin is ''.
    _INSERT = (
        "INSERT INTO audit (seq, at, action, kind, record_id, before, after, origin, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, 0), NULLIF(?, ''), ?, ?)"
    )

    def __init__(self, cf: CaseFile) -> None:
        self._conn = cf.conn
        self.versions = VersionWriter(cf.conn)
        row = self._conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        self._seq, self._hash = (row[0], row[1]) if row else (0, GENESIS)
        self._at = now_utc()
        self._rows: list[tuple] = []

    def append(
        self, action: str, kind: str, record_id: str, before: str | None, after: str | None,
        origin: str | None = None, after_digest: bytes | None = None,
    ) -> int | None:  # fmt: skip
        """Record one change; ``before``/``after`` are the record's JSON text (``after_digest`` its
        SHA-256, when the caller has it). Returns the after-version."""
        bvid, bhash = self.versions.intern(before) if before is not None else (None, None)
        avid, ahash = self.versions.intern(after, after_digest) if after is not None else (None, None)
        return self.append_versions(action, kind, record_id, bvid, bhash, avid, ahash, origin)

    def append_versions(
        self, action: str, kind: str, record_id: str,
        before_vid: int | None, before_hash: bytes | None, after_vid: int | None, after_hash: bytes | None,
        origin: str | None = None,
    ) -> int | None:  # fmt: skip
        """Record one change between versions already interned (erasure refers to versions it purges)."""
        self._seq += 1
        h = entry_hash(
            self._hash, self._seq, self._at, action, kind, record_id,
            before_hash.hex() if before_hash else None, after_hash.hex() if after_hash else None, origin,
        )  # fmt: skip
        self._rows.append(
            (self._seq, self._at, action, kind, record_id, before_vid or 0, after_vid or 0, origin or "", self._hash, h)
        )
        self._hash = h
        return after_vid

    @property
    def head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry written or buffered."""
        return self._seq, self._hash

    def flush(self) -> None:
        self.versions.flush()
        if self._rows:
            self._conn.executemany(self._INSERT, self._rows)
            self._rows.clear()


_ENTRY_SQL = (
    "SELECT a.seq, a.at, a.action, a.kind, a.record_id, vb.data, va.data, a.prev_hash, a.hash, "
    "vb.hash, va.hash, a.origin FROM audit a "
    "LEFT JOIN versions vb ON vb.vid = a.before LEFT JOIN versions va ON va.vid = a.after"
)


def _entry(row: tuple) -> AuditEntry:
    *head, bh, ah, origin = row
    return AuditEntry(*head, bh.hex() if bh else None, ah.hex() if ah else None, origin)


def entries(cf: CaseFile, record_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Entries oldest first, all of them or those of one record; with ``limit``, the newest."""
    sql = _ENTRY_SQL
    args: list = []
    if record_id is not None:
        sql += " WHERE a.record_id = ?"
        args.append(record_id)
    if limit is not None:
        sql += " ORDER BY a.seq DESC LIMIT ?"
        args.append(limit)
        return [_entry(r) for r in reversed(cf.conn.execute(sql, args).fetchall())]
    sql += " ORDER BY a.seq"
    return [_entry(r) for r in cf.conn.execute(sql, args)]


def head(cf: CaseFile) -> tuple[int, str]:
    """The chain head: (seq, hash) of the newest entry; (0, GENESIS) for an empty trail."""
    row = cf.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def hash_at(cf: CaseFile, seq: int) -> str | None:
    """The hash of entry ``seq``, if the trail has it."""
    row = cf.conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


def chain_problems(cf: CaseFile) -> list[str]:
    """Where the hash chain is broken: an entry changed, removed, inserted or reordered, or a version
    whose text no longer matches its hash."""
    problems: list[str] = []
    prev_hash, expected_seq = GENESIS, 1
    cursor = cf.conn.execute(
        "SELECT a.seq, a.at, a.action, a.kind, a.record_id, vb.hash, va.hash, a.origin, a.prev_hash, a.hash, "
        "a.before IS NOT NULL AND vb.vid IS NULL, a.after IS NOT NULL AND va.vid IS NULL FROM audit a "
        "LEFT JOIN versions vb ON vb.vid = a.before LEFT JOIN versions va ON va.vid = a.after ORDER BY a.seq"
    )
    for seq, at, action, kind, record_id, bh, ah, origin, stored_prev, stored_hash, b_gone, a_gone in cursor:
        if seq != expected_seq:
            problems.append(f"audit trail: entry {expected_seq} is missing (next is {seq})")
        if stored_prev != prev_hash:
            problems.append(f"audit trail: entry {seq} ({record_id}) does not follow the entry before it")
        if b_gone or a_gone:
            problems.append(f"audit trail: entry {seq} ({action} {record_id}) names a version that was removed")
        digest = entry_hash(stored_prev, seq, at, action, kind, record_id, _hex(bh), _hex(ah), origin)
        if digest != stored_hash:
            problems.append(f"audit trail: entry {seq} ({action} {record_id}) was altered after it was written")
        prev_hash, expected_seq = stored_hash, seq + 1
        if len(problems) >= 20:
            problems.append("audit trail: further entries not checked")
            return problems
    problems += _version_problems(cf)
    return problems


def _version_problems(cf: CaseFile) -> list[str]:
    problems = []
    for vid, digest, data in cf.conn.execute("SELECT vid, hash, data FROM versions WHERE data IS NOT NULL"):
        if hashlib.sha256(data.encode("utf-8")).digest() != digest:
            owner = cf.conn.execute(
                "SELECT record_id FROM audit WHERE before = ? OR after = ? LIMIT 1", (vid, vid)
            ).fetchone()
            who = f"id {owner[0]!r}" if owner else f"version {vid}"
            problems.append(f"{who}: changed outside Casefile (its stored text no longer matches its SHA-256)")
            if len(problems) >= 20:
                break
    return problems


def _hex(digest: bytes | None) -> str | None:
    return digest.hex() if digest is not None else None


def last_states(cf: CaseFile) -> Iterator[tuple[str, str, int | None]]:
    """(record id, last action, version after it) for every record id ever audited, in id order
    (SQLite's binary order of UTF-8, which is Python's order of str): streamed, so a check can walk
    it beside the records in the same order without holding either."""
    marks = ",".join("?" * len(NOT_RECORD_STATES))
    # a bare column beside max() comes from the row holding the maximum (SQLite documents it)
    yield from (
        (rid, action, after)
        for rid, action, after, _seq in cf.conn.execute(
            f"SELECT record_id, action, after, max(seq) FROM audit WHERE kind NOT IN ({marks}) "
            "GROUP BY record_id ORDER BY record_id",
            NOT_RECORD_STATES,
        )
    )


def last_state(cf: CaseFile, record_id: str) -> tuple[str, int | None] | None:
    """(last action, version after it) of one record id, or None if it was never audited."""
    marks = ",".join("?" * len(NOT_RECORD_STATES))
    row = cf.conn.execute(
        f"SELECT action, after FROM audit WHERE record_id = ? AND kind NOT IN ({marks}) ORDER BY seq DESC LIMIT 1",
        (record_id, *NOT_RECORD_STATES),
    ).fetchone()
    return (row[0], row[1]) if row else None
