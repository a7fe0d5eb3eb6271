"""Sharing part of a case: a new case file holding chosen records, what they link to, and what a
later merge needs.

A share is a case file (encrypted with its own passphrase unless asked otherwise): no new format,
no new crypto. Each record arrives as one audited insert whose version is the source's current
version, so when the share comes back (``casefile merge``) the base of every record is found by hash.
A full share also keeps the source's pseudonym key, so dossiers made from it name witnesses' stable
pseudonyms as the source would.

With an audience, the share holds only what the audience view (:mod:`casefile.audience`) lets that
audience see: its records carry stable references instead of ids, and no key or version of the
source's is copied, so nothing in it leads back to a withheld name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.errors import Cancelled, CasefileError
from casefile.i18n import _
from casefile.model import LISTS
from casefile.records import (
    RecordWriter,
    attachment_data,
    case_secret,
    case_settings,
    get,
    iter_records,
    referenced,
    referrers,
)

if TYPE_CHECKING:
    from casefile.staging import RecordSpool
    from casefile.store import CaseFile

Progress = Callable[[int, int], None]

#: Records that belong to the person or event they refer to, so choosing the one brings them along.
_BELONGING = ("acts", "interventions", "relations", "testimonies", "involvements", "citations", "positions")


def linked_closure(cf: CaseFile, start: Iterable[str]) -> set[str]:
    """The chosen records, the records about them (a victim's acts, testimonies, relations,
    interventions, involvements, citations; an event's sub-events and acts), and everything those
    refer to, transitively."""
    chosen = set(start)
    selected = set(chosen)
    frontier = list(chosen)
    while frontier:  # inwards: what is about the chosen records (and about their acts and sub-events)
        rid = frontier.pop()
        for link in referrers(cf, rid):
            wanted = link.from_kind in _BELONGING or (link.from_kind == "events" and link.field == "parent")
            if wanted and link.from_id not in selected:
                selected.add(link.from_id)
                if link.from_kind in ("acts", "events"):
                    frontier.append(link.from_id)
    frontier = list(selected)
    while frontier:  # outwards: everything the selection refers to
        rid = frontier.pop()
        for link in referenced(cf, rid):
            if link.to_id not in selected:
                selected.add(link.to_id)
                frontier.append(link.to_id)
        for link in referrers(cf, rid):  # sources travel with what they support
            if link.from_kind == "citations" and link.from_id not in selected:
                selected.add(link.from_id)
                frontier.append(link.from_id)
    return selected


def make_share(
    cf: CaseFile,
    output: str | os.PathLike[str],
    passphrase: str | None,
    *,
    audience: str | None = None,
    persons: Iterable[str] = (),
    events: Iterable[str] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Write a share of ``cf`` to ``output`` (a new case file; refuses an existing one), whole or not
    at all. Returns how many records of each list it holds."""
    from casefile.store import CaseFile as Store

    target = Path(output)
    if target.exists():
        raise CasefileError(_("{path}: a file of that name exists already; choose another name").format(path=target))
    if not target.parent.is_dir():
        raise CasefileError(_("{path}: no such folder; nothing was written").format(path=target.parent))
    # one state of the file for the whole share: a record saved meanwhile is in it whole or not at all
    with cf.snapshot():
        start = [*persons, *events]
        for rid in start:
            if get(cf, rid) is None:
                raise CasefileError(_("no record with id {id!r} in {file}").format(id=rid, file=cf.path.name))
        wanted = linked_closure(cf, start) if start else None
        # Written beside the target under another name, then renamed: a killed share leaves no half file
        # under the name the user chose (and what it leaves is encrypted like the share).
        partial = target.with_name(f".{target.name}.part")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        counts: dict[str, int] = {}
        try:
            with Store.create(partial, passphrase) as out:
                if audience is None:
                    _copy_full(cf, out, wanted, counts, progress, cancelled)
                else:
                    _copy_for_audience(cf, out, audience, wanted, counts, progress, cancelled)
                out.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            os.replace(partial, target)
            from casefile import anchors

            anchors.remember(cf, "share")  # the head the share was made from, kept as an anchor for the file
        except BaseException:
            for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                leftover.unlink(missing_ok=True)
            raise
    return counts


def _origin(cf: CaseFile) -> str:
    from casefile.records import dumps, state_fingerprint
    from casefile.versions import copy_id

    return dumps({"copy": copy_id(cf), "label": cf.path.name, "share_of": state_fingerprint(cf)})


def _copy_full(
    cf: CaseFile,
    out: CaseFile,
    wanted: set[str] | None,
    counts: dict[str, int],
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> None:
    total = len(wanted) if wanted is not None else int(cf.conn.execute("SELECT count(*) FROM records").fetchone()[0])
    done = 0
    origin = _origin(cf)
    with out.transaction():
        out.conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES ('case_secret', ?)", (case_secret(cf),))
        writer = RecordWriter(out)
        settings = case_settings(cf)
        if settings:
            writer.put_case(settings)
        for kind in LISTS:
            for rec in iter_records(cf, kind):
                if wanted is not None and rec.id not in wanted:
                    continue
                for sha in _attachment_hashes(kind, rec.data):
                    raw = attachment_data(cf, sha)
                    if raw is not None:
                        writer.put_attachment(raw)
                writer.put(kind, rec.data, None, origin=origin)
                counts[kind] = counts.get(kind, 0) + 1
                done += 1
                if done % 1000 == 0:
                    if progress:
                        progress(done, total)
                    if cancelled():
                        raise Cancelled()
        writer.flush()
    if progress:
        progress(total, total)


def _copy_for_audience(
    cf: CaseFile,
    out: CaseFile,
    audience: str,
    wanted: set[str] | None,
    counts: dict[str, int],
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> None:
    """Only what the audience view lets ``audience`` see, under stable references.

    Each record's audit entry carries a token that only this case file can read back (an HMAC, keyed
    with its secret, of the original id and version): when the share returns, merge finds what the
    recipient saw without the share holding anything that leads back to it.
    """
    from casefile.audience import AudienceView, audience_head, audience_records
    from casefile.errors import InvalidRecord
    from casefile.exchange import StreamedList, check_document
    from casefile.records import dumps, split_attachment_data
    from casefile.staging import RecordSpool
    from casefile.validate import canonical

    view = AudienceView(cf, audience)
    # Each record waits, as it leaves the view, in an encrypted scratch file with its token: a whole
    # case is shared in bounded memory, never in plain text. The tokens are read in the same snapshot
    # as the records (a version saved meanwhile would give a token of a version the share does not hold).
    with RecordSpool() as spool:
        with cf.snapshot():
            for kind, data, source_id in audience_records(cf, view, wanted, progress=progress, cancelled=cancelled):
                spool.add(kind, share_token(cf, source_id), json.dumps(data, ensure_ascii=False))
            doc = audience_head(view)
        lists = {kind: StreamedList(partial(_spooled, spool, kind)) for kind in LISTS if kind in spool.kinds()}
        problems = check_document(out, doc | lists, cancelled, on_disk=True)
        if problems:  # the view's output is ours: a problem here is a bug, never a half share
            raise InvalidRecord(problems)
        with out.transaction():
            out.conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES ('audience', ?)", (audience,))
            writer = RecordWriter(out)
            if doc.get("case"):
                writer.put_case(doc["case"])
            for kind in lists:
                for token, text in spool.read(kind):
                    stored, blobs = split_attachment_data(kind, canonical(kind, json.loads(text)))
                    for raw in blobs:
                        writer.put_attachment(raw)
                    writer.put(kind, stored, None, origin=dumps({"audience": audience, "derived": token}))
                    counts[kind] = counts.get(kind, 0) + 1
            writer.flush()


def _spooled(spool: RecordSpool, kind: str) -> Iterator[dict]:
    """One list of a share's document, read from its spool (the check reads it as it goes)."""
    return (json.loads(text) for _token, text in spool.read(kind))


def share_token(cf: CaseFile, record_id: str, version_hash: str | None = None) -> str | None:
    """What an audience share keeps of the original of one record: an HMAC (keyed with this case
    file's secret) of its id and current version; None if it has none."""
    import hashlib
    import hmac

    if version_hash is None:
        row = cf.conn.execute(
            "SELECT v.hash FROM record_heads h JOIN versions v ON v.vid = h.vid WHERE h.id = ?", (record_id,)
        ).fetchone()
        if row is None:
            return None
        version_hash = bytes(row[0]).hex()
    key = case_secret(cf).encode("utf-8")
    return hmac.new(key, f"{record_id}\n{version_hash}".encode(), hashlib.sha256).hexdigest()


def _attachment_hashes(kind: str, data: dict) -> list[str]:
    if kind == "sources":
        return [a["sha256"] for a in data.get("attachments") or [] if isinstance(a, dict) and a.get("sha256")]
    if kind == "persons" and isinstance(data.get("photo"), dict) and data["photo"].get("sha256"):
        return [data["photo"]["sha256"]]
    return []
