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
