"""The audit trail: every change to a case file, in a hash chain.

Each entry holds when, what (insert, update, delete, attach, settings), which record, and the
record's JSON before and after. Its ``hash`` is SHA-256 over the previous entry's hash and the
entry itself, so removing, reordering or editing an entry breaks the chain from there on, and a
record edited behind the app's back no longer matches its last entry (``casefile.verify``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.store import CaseFile

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    kind: str
    record_id: str
    before: str | None
    after: str | None
    prev_hash: str
    hash: str


def entry_hash(
    prev_hash: str, seq: int, at: str, action: str, kind: str, record_id: str,
    before: str | None, after: str | None,
) -> str:  # fmt: skip
    # Length-prefixed fields: unambiguous without escaping the record JSON a second time.
    fields = [str(seq), at, action, kind, record_id]
    fields += ["-" if v is None else f"{len(v)}:{v}" for v in (before, after)]
    payload = "\n".join(f"{len(f)}:{f}" if i < 5 else f for i, f in enumerate(fields))
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class AuditWriter:
    """Appends entries within the caller's transaction; buffered so bulk imports stay fast."""

    _INSERT = (
        "INSERT INTO audit (seq, at, action, kind, record_id, before, after, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def __init__(self, cf: CaseFile) -> None:
        self._conn = cf.conn
        row = self._conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        self._seq, self._hash = (row[0], row[1]) if row else (0, GENESIS)
        self._at = now_utc()
        self._rows: list[tuple] = []

    def append(self, action: str, kind: str, record_id: str, before: str | None, after: str | None) -> None:
        self._seq += 1
        h = entry_hash(self._hash, self._seq, self._at, action, kind, record_id, before, after)
        self._rows.append((self._seq, self._at, action, kind, record_id, before, after, self._hash, h))
        self._hash = h

    def flush(self) -> None:
        if self._rows:
            self._conn.executemany(self._INSERT, self._rows)
            self._rows.clear()


def entries(cf: CaseFile, record_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Entries oldest first, all of them or those of one record; with ``limit``, the newest."""
    sql = "SELECT seq, at, action, kind, record_id, before, after, prev_hash, hash FROM audit"
    args: list = []
    if record_id is not None:
        sql += " WHERE record_id = ?"
        args.append(record_id)
    if limit is not None:
        sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT ?) ORDER BY seq"
        args.append(limit)
    else:
        sql += " ORDER BY seq"
    return [AuditEntry(*row) for row in cf.conn.execute(sql, args)]


def chain_problems(cf: CaseFile) -> list[str]:
    """Where the hash chain is broken: an entry changed, removed, inserted or reordered."""
    problems: list[str] = []
    prev_hash, expected_seq = GENESIS, 1
    cursor = cf.conn.execute(
        "SELECT seq, at, action, kind, record_id, before, after, prev_hash, hash FROM audit ORDER BY seq"
    )
    for seq, at, action, kind, record_id, before, after, stored_prev, stored_hash in cursor:
        if seq != expected_seq:
            problems.append(f"audit trail: entry {expected_seq} is missing (next is {seq})")
        if stored_prev != prev_hash:
            problems.append(f"audit trail: entry {seq} ({record_id}) does not follow the entry before it")
        if entry_hash(stored_prev, seq, at, action, kind, record_id, before, after) != stored_hash:
            problems.append(f"audit trail: entry {seq} ({action} {record_id}) was altered after it was written")
        prev_hash, expected_seq = stored_hash, seq + 1
        if len(problems) >= 20:
            problems.append("audit trail: further entries not checked")
            break
    return problems


def last_states(cf: CaseFile, kind_filter: str | None = None) -> dict[str, tuple[str, str | None]]:
    """For every record id ever audited: (last action, JSON after it)."""
    rows = cf.conn.execute(
        "SELECT a.record_id, a.action, a.after, a.kind FROM audit a "
        "JOIN (SELECT record_id, max(seq) AS seq FROM audit GROUP BY record_id) last "
        "ON a.seq = last.seq"
    )
    return {rid: (action, after) for rid, action, after, kind in rows if kind_filter in (None, kind)}
