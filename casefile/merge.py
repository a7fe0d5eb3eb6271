"""Merging another copy of a case (or a share of it) into this one: three-way, per field.

For each record the base is the newest version both copies know (by hash, from the version store:
their history, and the versions this copy took from theirs before). Against that base:

* changed on their side only: taken (insert, update or delete), audited with where it came from;
* changed on both sides: each top-level field three-way; the same field changed to different values
  is a conflict, stored with base, mine and theirs, and this copy keeps its value until it is settled
  (:func:`resolve`);
* deleted on one side and edited on the other: a conflict on the whole record (field ``""``), never a
  silent loss;
* new records added; attachments brought by hash.

Merging the same copy again changes nothing (no new audit entry). All or nothing: one transaction.
Nothing here reads what leaves for an audience: a share made for an audience is merged back through
:mod:`casefile.share`, which maps its references back first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casefile.errors import Cancelled, CasefileError, InvalidRecord, Problem
from casefile.fieldtypes import map_references
from casefile.i18n import _
from casefile.model import SCHEMA
from casefile.records import RecordWriter, check_references, dumps, referrers
from casefile.validate import check_record

if TYPE_CHECKING:
    from casefile.store import CaseFile

Progress = Callable[[int, int], None]

#: Field name of a conflict about the whole record (deleted on one side, edited on the other).
WHOLE_RECORD = ""


class UnrelatedCopy(CasefileError):
    """The other file shares no history with this one: merging it must be confirmed."""


@dataclass(frozen=True)
class Conflict:
    id: int
    record_id: str
    kind: str
    field: str
    base: Any
    mine: Any
    theirs: Any

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record": self.record_id,
            "field": self.field,
            "base": self.base,
            "mine": self.mine,
            "theirs": self.theirs,
        }


@dataclass
class MergePlan:
    """What a merge will do (or did): record ids added, updated, deleted, taken three-way ("merged")
    and left alone; the conflicts it finds."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[str, str, str, Any, Any, Any]] = field(default_factory=list)  # id, kind, field, b, m, t
    new_conflicts: int = 0
    related: bool = True
    writes: list[tuple[str, str, dict | None, bytes | None]] = field(default_factory=list)  # kind, id, data, their hash
    other_label: str = ""

    def summary(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated) + len(self.deleted),
            "unchanged": self.unchanged,
            "merged": len(self.merged),
            "conflicts": self.new_conflicts,
        }


# --- reading both sides ---------------------------------------------------------------------------


def _heads(cf: CaseFile) -> dict[str, tuple[str, bytes]]:
    """id -> (kind, hash of the current version)."""
    rows = cf.conn.execute("SELECT h.id, h.kind, v.hash FROM record_heads h JOIN versions v ON v.vid = h.vid")
    return {rid: (kind, bytes(digest)) for rid, kind, digest in rows}


def _deleted(cf: CaseFile) -> dict[str, str]:
    """id -> kind of every record whose last audit entry deletes or erases it."""
    rows = cf.conn.execute(
        "SELECT a.record_id, a.kind FROM audit a JOIN (SELECT record_id, max(seq) AS seq FROM audit "
        "WHERE kind NOT IN ('case', 'attachments', 'casefile', 'conflicts', 'decisions', 'linkage_decisions') GROUP BY record_id) l "
        "ON l.seq = a.seq WHERE a.action IN ('delete', 'erase')"
    )
    return dict(rows.fetchall())


def _known(cf: CaseFile, record_id: str) -> list[bytes]:
    """Every version of a record this copy has held or taken from another copy, oldest first."""
    rows = cf.conn.execute(
        "SELECT v.hash, a.origin FROM audit a JOIN versions v ON v.vid = a.after WHERE a.record_id = ? ORDER BY a.seq",
        (record_id,),
    )
    found: list[bytes] = []
    for digest, origin in rows:
        found.append(bytes(digest))
        if origin:
            theirs = json.loads(origin).get("theirs")
            if theirs == "deleted":
                found.append(b"deleted")
            elif theirs:
                found.append(bytes.fromhex(theirs))
    for (digest,) in cf.conn.execute(
        "SELECT theirs_version FROM conflicts WHERE record_id = ? AND theirs_version IS NOT NULL", (record_id,)
    ):
        found.append(bytes(digest))
    return found


def _their_history(other: CaseFile, record_id: str) -> list[bytes]:
    return [bytes.fromhex(h) for h in history_hashes(other, record_id)]


def _text(cf: CaseFile, digest: bytes) -> str | None:
    row = cf.conn.execute("SELECT data FROM versions WHERE hash = ?", (digest,)).fetchone()
    return row[0] if row else None


def _base(cf: CaseFile, other: CaseFile, record_id: str) -> tuple[bytes | None, dict | None]:
    """The newest version of the record both copies know, and its content."""
    mine = set(_known(cf, record_id))
    for digest in reversed(_their_history(other, record_id)):
        if digest in mine:
            text = _text(cf, digest) or _text(other, digest)
            return digest, json.loads(text) if text else None
    return None, None


def related(cf: CaseFile, other: CaseFile) -> bool:
    """True when the two files are copies of one case: the same case secret, or a version in common."""
    from casefile.records import case_secret

    if case_secret(cf) and case_secret(cf) == case_secret(other):
        return True
    mine = cf.conn.execute("SELECT hash FROM versions v JOIN record_heads h ON h.vid = v.vid LIMIT 5000")
    sample = [bytes(r[0]) for r in mine]
    for start in range(0, len(sample), 500):
        chunk = sample[start : start + 500]
        marks = ",".join("?" * len(chunk))
        if other.conn.execute(f"SELECT 1 FROM versions WHERE hash IN ({marks}) LIMIT 1", chunk).fetchone():
            return True
    return False


def other_label(other: CaseFile) -> str:
    """How a change from another copy is labelled: its submitter, its title, or its file name."""
    from casefile.records import case_settings

    settings = case_settings(other)
    submitter = settings.get("submitter") or {}
    return str(submitter.get("name") or settings.get("title") or other.path.name)


# --- planning -------------------------------------------------------------------------------------


def plan(
    cf: CaseFile,
    other: CaseFile,
    *,
    allow_unrelated: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> MergePlan:
    """What merging ``other`` into ``cf`` would do; writes nothing (the preview)."""
    audience = audience_of(other)
    if audience is not None:
        return _plan_audience_share(cf, other, audience, allow_unrelated, progress, cancelled)
    result = MergePlan(other_label=other_label(other))
    result.related = related(cf, other)
    if not result.related and not allow_unrelated:
        raise UnrelatedCopy(
            _(
                "{other} shares no history with {file}: it is not a copy of this case. Merge it only if you "
                "are sure; every record with the same id will then be a conflict"
            ).format(other=other.path.name, file=cf.path.name)
        )
    mine_heads, theirs_heads = _heads(cf), _heads(other)
    theirs_deleted = _deleted(other)
    ids = list(theirs_heads) + [rid for rid in theirs_deleted if rid not in theirs_heads]
    existing_conflicts = _existing_conflicts(cf)
    erased = _erased(cf)
    for n, rid in enumerate(ids):
        if n % 1000 == 0:
            if progress:
                progress(n, len(ids))
            if cancelled():
                raise Cancelled()
        if rid in erased:
            result.unchanged += 1  # erased here: no copy brings its words back
            continue
        mine = mine_heads.get(rid)
        theirs = theirs_heads.get(rid)
        if mine is not None and theirs is not None and mine[1] == theirs[1]:
            result.unchanged += 1
            continue
        kind = (theirs or mine or (theirs_deleted.get(rid), b""))[0]
        if kind is None or kind not in SCHEMA:
            continue
        base_hash, base = _base(cf, other, rid) if result.related else (None, None)
        their_hash = theirs[1] if theirs else None
        if base_hash is not None and base_hash == their_hash:
            result.unchanged += 1  # nothing new on their side
            continue
        my_data = _current(cf, rid) if mine else None
        their_data = json.loads(_text(other, theirs[1]) or "null") if theirs else None
        if mine is None and theirs is not None:
            if base_hash is not None or rid in _my_deleted_ids(cf, rid):
                # deleted here, edited there: keep it deleted until a person decides
                _conflict(result, existing_conflicts, rid, kind, WHOLE_RECORD, base, None, their_data, their_hash)
            else:
                result.added.append(rid)
                result.writes.append((kind, rid, their_data, their_hash))
            continue
        if theirs is None:
            # deleted there
            if mine is None:
                result.unchanged += 1
            elif base_hash is not None and base_hash == mine[1]:
                result.deleted.append(rid)
                result.writes.append((kind, rid, None, None))
            elif base_hash is None or b"deleted" in _known(cf, rid):
                result.unchanged += 1  # never shared with them, or their deletion was settled here
            else:
                _conflict(
                    result, existing_conflicts, rid, kind, WHOLE_RECORD, base, my_data, None, b"deleted:" + rid.encode()
                )
            continue
        if base is not None and base_hash == mine[1]:
            result.updated.append(rid)
            result.writes.append((kind, rid, their_data, their_hash))
            continue
        merged, field_conflicts = three_way(base, my_data, their_data)
        for name, b, m, t in field_conflicts:
            _conflict(result, existing_conflicts, rid, kind, name, b, m, t, their_hash)
        if merged != my_data:
            result.merged.append(rid)
            result.writes.append((kind, rid, merged, their_hash))
        elif not field_conflicts:
            result.unchanged += 1
    if progress:
        progress(len(ids), len(ids))
    return result


# --- a share made for an audience, coming back -------------------------------------------------------


def audience_of(other: CaseFile) -> str | None:
    """The audience a share was made for (None for a full copy or share)."""
    try:
        row = other.conn.execute("SELECT value FROM file_meta WHERE key = 'audience'").fetchone()
    except Exception:  # noqa: BLE001 - an older file has no file_meta: it is no audience share
        return None
    return str(row[0]) if row else None


def _plan_audience_share(
    cf: CaseFile, other: CaseFile, audience: str, allow_unrelated: bool, progress: Progress | None,
    cancelled: Callable[[], bool],
) -> MergePlan:  # fmt: skip
    """What a recipient changed in a share made for ``audience``, mapped back onto this case file.

    Only the fields the recipient changed are considered (their redacted values never are): a field
    changed here since the share was made, and there differently, is a conflict; a record the
    recipient deleted is a conflict, never a deletion here.
    """
    from casefile.audience import AudienceView
    from casefile.share import share_token

    result = MergePlan(other_label=other_label(other))
    view = AudienceView(cf, audience)
    existing_conflicts = _existing_conflicts(cf)
    theirs_heads, theirs_deleted = _heads(other), _deleted(other)
    refs = list(theirs_heads) + [r for r in theirs_deleted if r not in theirs_heads]
    resolved = {ref: view.resolve_reference(ref) for ref in refs}
    if refs and not any(resolved.values()) and not allow_unrelated:
        raise UnrelatedCopy(
            _("{other} was not shared from {file}: none of its records is one of this case file's").format(
                other=other.path.name, file=cf.path.name
            )
        )

    def back(value: Any) -> Any:
        return resolved.get(value) or view.resolve_reference(value) or value

    for n, ref in enumerate(refs):
        if n % 1000 == 0:
            if progress:
                progress(n, len(refs))
            if cancelled():
                raise Cancelled()
        kind = (theirs_heads.get(ref) or (theirs_deleted.get(ref), b""))[0]
        if kind not in SCHEMA:
            continue
        first = other.conn.execute(
            "SELECT v.data, a.origin FROM audit a JOIN versions v ON v.vid = a.after WHERE a.record_id = ? "
            "ORDER BY a.seq LIMIT 1",
            (ref,),
        ).fetchone()
        seen = json.loads(first[0]) if first and first[0] else {}
        token = json.loads(first[1]).get("derived") if first and first[1] else None
        their_hash = theirs_heads[ref][1] if ref in theirs_heads else None
        theirs = json.loads(_text(other, their_hash) or "null") if their_hash else None
        sid = resolved.get(ref)
        if sid is None:
            if token is None and theirs is not None and ref not in _my_ids(cf, [ref]):
                data = map_references(SCHEMA[kind], theirs, back)
                result.added.append(ref)
                result.writes.append((kind, ref, data, their_hash))
            else:
                result.unchanged += 1  # its original is gone from this file (deleted or erased)
            continue
        known = _known(cf, sid)
        if their_hash is not None and their_hash in known:
            result.unchanged += 1
            continue
        mine = _current(cf, sid)
        base = None
        if token:
            for step in reversed(history_hashes(cf, sid)):
                if share_token(cf, sid, step) == token:
                    base = json.loads(_text(cf, bytes.fromhex(step)) or "null")
                    break
        if theirs is None:
            gone = b"deleted:" + ref.encode()
            if b"deleted" not in known and mine is not None:
                _conflict(result, existing_conflicts, sid, kind, WHOLE_RECORD, base, mine, None, gone)
            else:
                result.unchanged += 1
            continue
        changed = {
            k: theirs.get(k) for k in list(seen) + [k for k in theirs if k not in seen] if seen.get(k) != theirs.get(k)
        }
        changed = map_references(SCHEMA[kind], changed, back)
        if mine is None:
            _conflict(result, existing_conflicts, sid, kind, WHOLE_RECORD, base, None, theirs, their_hash)
            continue
        merged = dict(mine)
        conflicted = False
        for name, t in changed.items():
            b, m = (base or {}).get(name), mine.get(name)
            if m == t:
                continue
            if base is not None and m == b:
                if t is None:
                    merged.pop(name, None)
                else:
                    merged[name] = t
            else:
                conflicted = True
                _conflict(result, existing_conflicts, sid, kind, name, b, m, t, their_hash)
        if merged != mine:
            result.merged.append(sid)
            result.writes.append((kind, sid, merged, their_hash))
        elif not conflicted:
            result.unchanged += 1
    if progress:
        progress(len(refs), len(refs))
    return result


def history_hashes(cf: CaseFile, record_id: str) -> list[str]:
    """The hashes of every version a record had here, oldest first."""
    rows = cf.conn.execute(
        "SELECT v.hash FROM audit a JOIN versions v ON v.vid = a.after WHERE a.record_id = ? ORDER BY a.seq",
        (record_id,),
    )
    return [bytes(r[0]).hex() for r in rows]


def _my_ids(cf: CaseFile, ids: list[str]) -> set[str]:
    marks = ",".join("?" * len(ids))
    return {r[0] for r in cf.conn.execute(f"SELECT id FROM record_heads WHERE id IN ({marks})", ids)}


def three_way(base: dict | None, mine: dict, theirs: dict) -> tuple[dict, list[tuple[str, Any, Any, Any]]]:
    """Merge two versions of a record field by field against their base. Returns the merged record
    (this copy's value wherever the two disagree) and the conflicts (field, base, mine, theirs)."""
    base = base or {}
    merged: dict = {}
    conflicts = []
    names = list(mine) + [k for k in theirs if k not in mine]
    for name in names:
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m == t or b == t:
            value = m
        elif b == m:
            value = t
        else:
            value = m
            conflicts.append((name, b, m, t))
        if value is not None:
            merged[name] = value
    return merged, conflicts


def _conflict(
    result: MergePlan, existing: set, rid: str, kind: str, name: str, b: Any, m: Any, t: Any, their_hash: bytes | None
) -> None:
    result.conflicts.append((rid, kind, name, b, m, t))
    key = (rid, name, their_hash)
    if key not in existing:
        result.new_conflicts += 1
        existing.add(key)
    result.writes.append(
        ("__conflict__", rid, {"kind": kind, "field": name, "base": b, "mine": m, "theirs": t}, their_hash)
    )


def _erased(cf: CaseFile) -> set[str]:
    return {r[0] for r in cf.conn.execute("SELECT DISTINCT record_id FROM audit WHERE action = 'erase'")}


def _existing_conflicts(cf: CaseFile) -> set:
    rows = cf.conn.execute("SELECT record_id, field, theirs_version FROM conflicts")
    return {(rid, name, bytes(v) if v is not None else None) for rid, name, v in rows}


def _my_deleted_ids(cf: CaseFile, rid: str) -> set[str]:
    row = cf.conn.execute("SELECT action FROM audit WHERE record_id = ? ORDER BY seq DESC LIMIT 1", (rid,)).fetchone()
    return {rid} if row and row[0] in ("delete", "erase") else set()


def _current(cf: CaseFile, rid: str) -> dict | None:
    row = cf.conn.execute("SELECT data FROM records WHERE id = ?", (rid,)).fetchone()
    return json.loads(row[0]) if row and row[0] else None


# --- applying -------------------------------------------------------------------------------------


def merge(
    cf: CaseFile,
    other: CaseFile,
    *,
    allow_unrelated: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> MergePlan:
    """Bring into ``cf`` what ``other`` recorded; all or nothing. Returns what was done."""
    result = plan(cf, other, allow_unrelated=allow_unrelated, progress=progress, cancelled=cancelled)
    origin_base = {"copy": _copy_id(other), "label": result.other_label, "file": other.path.name}
    if audience_of(other):
        origin_base["audience"] = audience_of(other)
    _check_writes(cf, result)
    if cancelled():
        raise Cancelled()
    with cf.transaction():
        writer = RecordWriter(cf)
        _bring_attachments(cf, other, writer, result)
        new_first = sorted(result.writes, key=lambda w: w[2] is None)  # additions and edits before deletions
        for kind, rid, data, their_hash in new_first:
            origin = dumps({**origin_base, "theirs": their_hash.hex() if their_hash else None})
            if kind == "__conflict__":
                assert data is not None
                _store_conflict(cf, writer, rid, data, their_hash, dumps(origin_base))
            elif data is None:
                writer.delete(rid, origin=origin)
            else:
                if their_hash is not None:
                    writer.audit.versions.intern(_text(other, their_hash) or dumps(data))
                writer.put(kind, data, origin=origin)
        writer.flush()
    return result


def _check_writes(cf: CaseFile, result: MergePlan) -> None:
    """Every record the merge writes must be sound, and its references must resolve after it."""
    pending = {rid: kind for kind, rid, data, _h in result.writes if data is not None and kind != "__conflict__"}
    gone = {rid for kind, rid, data, _h in result.writes if data is None}
    problems = []
    for kind, _rid, data, _h in result.writes:
        if data is None or kind == "__conflict__":
            continue
        problems += check_record(kind, data)
        problems += [p for p in check_references(cf, kind, data, pending) if p.field]
    for rid in gone:
        for link in referrers(cf, rid):
            if link.from_id not in gone and link.from_id not in pending:
                message = _("still refers to {id!r}, deleted in the other copy").format(id=rid)
                problems.append(Problem(link.from_kind, link.from_id, link.field, message))
    if problems:
        raise InvalidRecord(problems)


def _bring_attachments(cf: CaseFile, other: CaseFile, writer: RecordWriter, result: MergePlan) -> None:
    """Attached files travel by hash: every file a record taken from the other copy describes."""
    wanted: set[str] = set()
    for kind, _rid, data, _h in result.writes:
        if not data or kind == "__conflict__":
            continue
        atts = data.get("attachments") if kind == "sources" else [data.get("photo")] if kind == "persons" else []
        wanted |= {a["sha256"] for a in atts or [] if isinstance(a, dict) and a.get("sha256")}
    held = {r[0] for r in cf.conn.execute("SELECT sha256 FROM attachments")}
    for sha in sorted(wanted - held):
        row = other.conn.execute("SELECT data FROM attachments WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            writer.put_attachment(bytes(row[0]))


def _store_conflict(
    cf: CaseFile, writer: RecordWriter, rid: str, c: dict, their_hash: bytes | None, origin: str
) -> None:
    values = [None if c[k] is None else dumps(c[k]) for k in ("base", "mine", "theirs")]
    cursor = cf.conn.execute(
        "INSERT OR IGNORE INTO conflicts (record_id, kind, field, base, mine, theirs, theirs_version, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (rid, c["kind"], c["field"], *values, their_hash, origin),
    )
    if cursor.rowcount:
        writer.audit.append("conflict", "conflicts", rid, None, dumps({**c, "origin": json.loads(origin)}))


def _copy_id(other: CaseFile) -> str:
    from casefile.versions import copy_id

    return copy_id(other)


# --- conflicts ------------------------------------------------------------------------------------


def conflicts(cf: CaseFile) -> list[Conflict]:
    """The conflicts waiting, oldest first."""
    rows = cf.conn.execute("SELECT id, record_id, kind, field, base, mine, theirs FROM conflicts ORDER BY id")
    return [
        Conflict(cid, rid, kind, name, *(None if v is None else json.loads(v) for v in (b, m, t)))
        for cid, rid, kind, name, b, m, t in rows
    ]


def count_conflicts(cf: CaseFile) -> int:
    return int(cf.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0])


def conflict_keys(cf: CaseFile) -> set[tuple[str, str, bytes | None]]:
    """(record id, field, their version) of every conflict waiting: with :func:`new_in_plan`, tells
    a preview which of a plan's conflicts a merge would add (a merge keeps one of each)."""
    return _existing_conflicts(cf)


def new_in_plan(plan: MergePlan, waiting: set[tuple[str, str, bytes | None]]) -> list[bool]:
    """For each of ``plan.conflicts``, in order: True when merging would store it as a new conflict
    (``waiting`` is :func:`conflict_keys` taken before the merge)."""
    seen = set(waiting)
    flags = []
    for kind, rid, data, their_hash in plan.writes:
        if kind == "__conflict__" and data is not None:
            key = (rid, data["field"], their_hash)
            flags.append(key not in seen)
            seen.add(key)
    return flags


def origins(cf: CaseFile) -> dict[int, dict[str, Any]]:
    """Conflict id -> where its other side came from (the other copy's id, its submitter or
    title as ``label``, its file name as ``file``), for showing beside the conflict."""
    rows = cf.conn.execute("SELECT id, origin FROM conflicts")
    return {cid: json.loads(origin) if origin else {} for cid, origin in rows}


def resolve(cf: CaseFile, conflict_id: int, take: str, value: Any = None) -> None:
    """Settle one conflict: keep ``mine``, take ``theirs``, or (``edited``) put ``value``; audited,
    all or nothing. The record is validated as with any edit."""
    from casefile.records import get
    from casefile.validate import canonical

    if take not in ("mine", "theirs", "edited"):
        raise ValueError(take)
    row = cf.conn.execute(
        "SELECT record_id, kind, field, base, mine, theirs, origin FROM conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    if row is None:
        raise CasefileError(_("no conflict {id} in {file}").format(id=conflict_id, file=cf.path.name))
    rid, kind, name, b, m, t, origin = row
    their_version = cf.conn.execute("SELECT theirs_version FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()[0]
    seen = bytes(their_version) if their_version is not None else b""
    # The version settled here is known from now on: merging the same copy again raises nothing.
    origin = dumps({**json.loads(origin), "theirs": "deleted" if seen.startswith(b"deleted:") else seen.hex() or None})
    chosen = json.loads(t) if take == "theirs" and t is not None else value if take == "edited" else None
    with cf.transaction():
        writer = RecordWriter(cf)
        current = get(cf, rid)
        if take != "mine":
            if name == WHOLE_RECORD:
                if chosen is None and current is not None:
                    writer.delete(rid, origin=origin)
                elif chosen is not None:
                    _save_checked(cf, writer, kind, canonical(kind, chosen), origin)
            elif current is not None:
                data = dict(current.data)
                if chosen is None:
                    data.pop(name, None)
                else:
                    data[name] = chosen
                _save_checked(cf, writer, kind, canonical(kind, data), origin)
        cf.conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))
        settled = {"id": conflict_id, "field": name, "took": take}
        writer.audit.append("resolve", "conflicts", rid, None, dumps(settled), origin)
        writer.flush()


def _save_checked(cf: CaseFile, writer: RecordWriter, kind: str, data: dict, origin: str | None) -> None:
    problems = check_record(kind, data) or check_references(cf, kind, data, {data["id"]: kind})
    if problems:
        raise InvalidRecord(problems)
    writer.put(kind, data, origin=origin)
