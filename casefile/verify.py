"""Checking a case file: SQLite integrity, the audit chain, records against their last audit entry,
and attached files against their SHA-256.

A record changed with another SQLite tool (behind the app's back) no longer equals the JSON its
last audit entry recorded, so it is reported by id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile import versions
from casefile.anchors import Anchor
from casefile.anchors import problems as anchor_problems
from casefile.audit import chain_problems, last_states

if TYPE_CHECKING:
    from casefile.store import CaseFile


@dataclass(frozen=True)
class Report:
    """What ``verify`` found: ``problems`` (damage; exit 1) and ``notes`` (worth knowing, not damage)."""

    problems: list[str]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(cf: CaseFile, anchors: Iterable[Anchor] = ()) -> Report:
    """Everything ``casefile verify`` checks; ``anchors`` are chain heads from elsewhere (a dossier's
    cover) to check besides the ones kept for this file in the user's data folder."""
    problems: list[str] = []
    notes: list[str] = []
    integrity = [r[0] for r in cf.conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems += [f"SQLite integrity: {line}" for line in integrity[:10]]
        return Report(problems, notes)  # nothing else can be trusted
    problems += chain_problems(cf)
    problems += anchor_problems(cf, list(anchors))
    problems += _record_problems(cf)
    p, n = _attachment_findings(cf)
    return Report(problems + p, notes + n)


def _record_problems(cf: CaseFile) -> list[str]:
    problems = []
    last = last_states(cf)
    current = {rid: (kind, vid) for rid, kind, vid in cf.conn.execute("SELECT id, kind, vid FROM record_heads")}
    for rid, (kind, vid) in current.items():
        state = last.get(rid)
        if state is None:
            problems.append(f"{kind}, id {rid!r}: not in the audit trail (added outside Casefile)")
        elif state[0] in ("delete", "erase"):
            problems.append(f"{kind}, id {rid!r}: the audit trail says it was deleted, but it is there")
        elif state[1] != vid:
            problems.append(f"{kind}, id {rid!r}: changed outside Casefile (differs from its last audit entry)")
        elif cf.conn.execute("SELECT data IS NULL FROM versions WHERE vid = ?", (vid,)).fetchone() in (None, (1,)):
            problems.append(f"{kind}, id {rid!r}: its text is missing from the version store")
    for rid, (action, _after) in last.items():
        if action in ("insert", "update") and rid not in current:
            problems.append(f"id {rid!r}: removed outside Casefile (the audit trail has no deletion)")
    settings = cf.conn.execute("SELECT value FROM case_settings WHERE key = 'case'").fetchone()
    state = last.get("case")
    expected = versions.text_of(cf, state[1]) if state else None
    if (settings[0] if settings else None) != expected:
        problems.append("case settings: changed outside Casefile (differ from the audit trail)")
    problems += _upgrade_problems(cf)
    return problems


def _upgrade_problems(cf: CaseFile) -> list[str]:
    """A history that was already broken when the file was upgraded to schema 3 stays reported."""
    problems = []
    for (text,) in cf.conn.execute(
        "SELECT v.data FROM audit a JOIN versions v ON v.vid = a.after WHERE a.action = 'upgrade'"
    ):
        note = json.loads(text) if text else {}
        if note.get("previous_chain_intact") is False:
            problems.append(
                f"audit trail: the history before the upgrade to schema {note.get('schema')} was already "
                "broken when the file was upgraded (an entry had been changed, removed or reordered)"
            )
    return problems


def _attachment_findings(cf: CaseFile) -> tuple[list[str], list[str]]:
    problems, notes = [], []
    held = set()
    for sha, size, data in cf.conn.execute("SELECT sha256, size, data FROM attachments"):
        held.add(sha)
        if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
            problems.append(f"attachment {sha[:16]}…: its content no longer matches its SHA-256")
    for rid, kind, text in cf.conn.execute("SELECT id, kind, data FROM records WHERE kind IN ('sources', 'persons')"):
        data = json.loads(text)
        atts = data.get("attachments") or []
        if kind == "persons":
            atts = [data["photo"]] if isinstance(data.get("photo"), dict) else []
        for att in atts:
            if att.get("sha256") not in held:
                notes.append(
                    f"{kind}, id {rid!r}: the file {att.get('filename')!r} is described but not held in the case file"
                )
    return problems, notes
