"""Erasure: a record's words gone from the case file, not only hidden.

Deleting keeps every version in the audit trail (nothing is lost). Erasing is for a family that
withdraws, or a witness in danger: the record, the records that cannot exist without it (a witness's
testimonies and relations, a victim's acts, ...) and every version any of them ever had lose their
text; attached files only they described go too. The audit trail keeps one ``erase`` entry per record
and the versions' hashes, so the chain still verifies and the erasure itself is on record. Then the
database is vacuumed with ``secure_delete`` on and the write-ahead log truncated, so no page of the
file keeps the text.

What erasure cannot reach is said to the user before they confirm (:class:`ErasePlan`): copies
made before (backups, shares, exports, other laptops' copies) still hold the record, and other
records' own text (a testimony that names the person) is theirs, not this record's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile import versions
from casefile.records import RecordWriter, dumps, plan_delete, require

if TYPE_CHECKING:
    from casefile.store import CaseFile


@dataclass(frozen=True)
class ErasePlan:
    record_id: str
    erased: list[str]  # the record and those that cannot exist without it
    unlinked: list[str]  # records that lose their reference to an erased one (their own text stays)


def plan_erase(cf: CaseFile, record_id: str) -> ErasePlan:
    """What :func:`erase` would remove, for the user to confirm first."""
    plan = plan_delete(cf, record_id)
    unlinked = sorted({link.from_id for link in plan.unlinked})
    return ErasePlan(record_id, [record_id, *plan.deleted], unlinked)


def erase(cf: CaseFile, record_id: str, reason: str = "") -> ErasePlan:
    """Erase a record and what cannot exist without it, with every version's text; all or nothing,
    then vacuumed so no free page keeps the text. Returns what was erased."""
    require(cf, record_id)
    plan = plan_erase(cf, record_id)
    cf.conn.execute("PRAGMA secure_delete = ON")
    with cf.transaction():
        from casefile import records

        records.delete(cf, record_id)  # the deletion itself, audited as any other (nothing dangles)
        writer = RecordWriter(cf)
        purge: list[int] = []
        blobs: set[str] = set()
        for rid in plan.erased:
            vids = versions.vids_of_record(cf, rid)
            blobs |= _attachments_described(cf, vids)
            purge += vids
            last = cf.conn.execute(
                "SELECT a.kind, a.before, v.hash FROM audit a LEFT JOIN versions v ON v.vid = a.before "
                "WHERE a.record_id = ? AND a.action = 'delete' ORDER BY a.seq DESC LIMIT 1",
                (rid,),
            ).fetchone()
            kind, before_vid, before_hash = last
            # The erase entry names the version it emptied by hash: the chain still covers it.
            writer.audit.append_versions("erase", kind, rid, before_vid, bytes(before_hash), None, None)
        note = dumps({"erased": plan.erased, "reason": reason} if reason else {"erased": plan.erased})
        writer.audit.append("erase", "casefile", "erasure", None, note)
        writer.flush()
        versions.erase_text(cf, sorted(set(purge)))
        marks = ",".join("?" * len(plan.erased))
        cf.conn.execute(f"DELETE FROM conflicts WHERE record_id IN ({marks})", plan.erased)
        still_described = _attachments_still_described(cf)
        for sha in blobs - still_described:
            cf.conn.execute("DELETE FROM attachments WHERE sha256 = ?", (sha,))
    # A contentless search index keeps a deleted row's terms until its segments are merged.
    cf.conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    cf.conn.execute("VACUUM")
    cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return plan


def _attachments_described(cf: CaseFile, vids: list[int]) -> set[str]:
    found: set[str] = set()
    for vid in vids:
        text = versions.text_of(cf, vid)
        if not text:
            continue
        data = json.loads(text)
        atts = data.get("attachments") or []
        if isinstance(data.get("photo"), dict):
            atts = [*atts, data["photo"]]
        found |= {a["sha256"] for a in atts if isinstance(a, dict) and a.get("sha256")}
    return found


def _attachments_still_described(cf: CaseFile) -> set[str]:
    """Attached files some remaining version still describes (they stay)."""
    found: set[str] = set()
    for (text,) in cf.conn.execute("SELECT data FROM versions WHERE data IS NOT NULL AND (data LIKE '%\"sha256\"%')"):
        data = json.loads(text)
        if not isinstance(data, dict):
            continue
        atts = data.get("attachments") or []
        if isinstance(data.get("photo"), dict):
            atts = [*atts, data["photo"]]
        found |= {a["sha256"] for a in atts if isinstance(a, dict) and a.get("sha256")}
    return found
