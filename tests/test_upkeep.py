"""Upkeep on a connection of its own: the search index merged and the log checkpointed apart from
the saves, with nothing stored changed (search finds every save, verify finds nothing wrong)."""

from __future__ import annotations

from casefile import records, search, upkeep
from casefile.store import CaseFile
from casefile.verify import verify


def test_upkeep_merges_the_index_and_copies_the_log_apart_from_the_saves(plain_case: CaseFile) -> None:
    upkeep.defer_checkpoints(plain_case)
    other = CaseFile.open(plain_case.path, None, upgrade=False)
    try:
        for i in range(12):  # each save's commit writes a segment of the index of its own
            records.save(plain_case, "persons", {"id": f"p-{i}", "name": {"en": f"Kourosh Tavakoli{i}"}})
        steps = 0
        while upkeep.merge_step(other):
            steps += 1
        assert steps >= 1  # the saves left segments to merge, and upkeep merged them
        assert not upkeep.merge_step(other)  # and none is due now
        upkeep.checkpoint(other)
        busy, logged, copied = other.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and logged == copied  # every committed page is in the file
        assert {h.id for h in search.search(plain_case, "Kourosh")} == {f"p-{i}" for i in range(12)}
        assert {h.id for h in search.search(other, "Tavakoli7")} == {"p-7"}
        assert verify(plain_case).ok
    finally:
        other.close()


def test_upkeep_gives_way_at_once_to_another_programs_write(plain_case: CaseFile) -> None:
    # a merge step waited the saves' five seconds for the lock, and the list's pages waited behind it
    import time

    import pytest

    from casefile.store import BUSY_TIMEOUT_MS, DatabaseError

    other = CaseFile.open(plain_case.path, None, upgrade=False)
    try:
        plain_case.conn.execute("BEGIN IMMEDIATE")  # another program importing: it holds the write lock
        start = time.monotonic()
        with pytest.raises(DatabaseError):
            upkeep.merge_step(other)
        assert time.monotonic() - start < BUSY_TIMEOUT_MS / 1000 / 2
        assert other.conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS  # saves still wait
        plain_case.conn.execute("ROLLBACK")
        assert not upkeep.merge_step(other)  # nothing due, and the file free again
    finally:
        other.close()
