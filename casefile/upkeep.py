"""Upkeep of an open case file done apart from its edits: merging the search index's segments and
checkpointing the write-ahead log, so that a save commits its own rows and nothing else.

Every commit of FTS5 writes a small index segment; FTS5 merges them inside the writes (every 64
pages written it goes on with a merge, and a level of 16 segments is merged whole: 40-160 ms of
CPU at 100,000 victims, now and then, in a user's save), and SQLite copies the write-ahead log
into the file inside the commit that finds it over 1,000 pages. The desktop hands both to its
background connection: FTS5's merging inside the writes is held while the desktop has the file
open (:func:`hold_merges`, :func:`release_merges`), the connection that saves defers its
checkpoints (:func:`defer_checkpoints`), and the background one, when idle, merges in small steps
(:func:`merge_step`) and checkpoints (:func:`checkpoint`). Neither changes what is stored: a merge
rewrites the index's segments into fewer, a checkpoint copies committed pages into the file, and
both are transactions of their own (a crash in one leaves the file as it was before it).
Store layer: the SQL lives here.
"""

from __future__ import annotations

from casefile.store import BUSY_TIMEOUT_MS, CaseFile

#: The saving connection checkpoints by itself only past this many pages of log (16 MiB; SQLite's
#: default is 1,000): a bound should the background connection be unable to (a long read holds
#: the log), never the usual way.
DEFERRED_CHECKPOINT_PAGES = 4000

#: Index pages one merge step writes: a few milliseconds, the longest a save may wait for it.
MERGE_STEP_PAGES = 16


#: FTS5's own default: merge inside a write once a level holds this many segments.
AUTOMERGE_DEFAULT = 4


#: How long an upkeep step waits for another program's write: it is never urgent (the next edit asks
#: again), and the list reader, whose pages wait behind it, must not wait the saves' five seconds.
UPKEEP_BUSY_MS = 50


class _Briefly:
    """A block in which ``cf``'s writes wait at most :data:`UPKEEP_BUSY_MS` for the write lock."""

    def __init__(self, cf: CaseFile) -> None:
        self.conn = cf.conn

    def __enter__(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {UPKEEP_BUSY_MS}")

    def __exit__(self, *exc: object) -> bool:
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return False


def hold_merges(cf: CaseFile) -> None:
    """Stop FTS5 from merging the index inside the writes (its ``automerge``: every 64 pages
    written, a write goes on with any merge begun, some 640 pages of it at 100,000 victims): while
    the desktop has the file open, :func:`merge_step` on its background connection does it. A
    setting kept in the file; a write that finds 16 segments on a level still merges them, so the
    index never grows without bound, whoever writes (a desktop killed before it closes the file
    leaves it so: writers merge at 16 segments a level until the desktop next closes it).
    :func:`release_merges` undoes it. The connection that holds them merges with ``synchronous =
    NORMAL``: it writes nothing a user typed."""
    with _Briefly(cf):
        cf.conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)")
    cf.conn.execute("PRAGMA synchronous = NORMAL")


def release_merges(cf: CaseFile) -> None:
    """FTS5's own merging inside the writes again (when the desktop closes the file)."""
    cf.conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', ?)", [AUTOMERGE_DEFAULT])


def defer_checkpoints(cf: CaseFile, pages: int = DEFERRED_CHECKPOINT_PAGES) -> None:
    """Let ``cf``'s commits leave the log to another connection's :func:`checkpoint` (up to
    ``pages`` pages of it)."""
    cf.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


def merge_step(cf: CaseFile, pages: int = MERGE_STEP_PAGES) -> bool:
    """Merge the search index's segments by about ``pages`` pages of work, where a level holds
    enough of them to be worth it; True if there was any (call again), False when none is due.

    A write of its own (it waits for a save, and a save for it, a few milliseconds at most). Not
    synced to disk by itself: the next save's sync, or the next checkpoint, carries it; lost in a
    power cut before either, the index is as it was, whole."""
    conn = cf.conn
    before = conn.total_changes
    with _Briefly(cf):
        conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('merge', ?)", [int(pages)])
    # FTS5 counts the command as one change, and each segment page it writes as another
    return conn.total_changes - before >= 2


def checkpoint(cf: CaseFile) -> None:
    """Copy the committed pages of the log into the file, as far as no reader holds them back
    (PASSIVE: never waits, never makes a save wait)."""
    cf.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
