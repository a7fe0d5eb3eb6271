"""Checking a case file: SQLite integrity, the audit chain, records against their last audit entry,
and attached files against their SHA-256.

A record changed with another SQLite tool (behind the app's back) no longer equals the JSON its
last audit entry recorded, so it is reported by id.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


def verify(cf: CaseFile) -> Report:
    problems: list[str] = []
    notes: list[str] = []
    integrity = [r[0] for r in cf.conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems += [f"SQLite integrity: {line}" for line in integrity[:10]]
        return Report(problems, notes)  # nothing else can be trusted
    problems += chain_problems(cf)
    problems += _record_problems(cf)
    p, n = _attachment_findings(cf)
    return Report(problems + p, notes + n)


def _record_problems(cf: CaseFile) -> list[str]:
    problems = []
    last = last_states(cf)
    current = {rid: (kind, data) for rid, kind, data in cf.conn.execute("SELECT id, kind, data FROM records")}
    for rid, (kind, data) in current.items():
        state = last.get(rid)
        if state is None:
            problems.append(f"{kind}, id {rid!r}: not in the audit trail (added outside Casefile)")
        elif state[0] == "delete":
            problems.append(f"{kind}, id {rid!r}: the audit trail says it was deleted, but it is there")
        elif state[1] != data:
            problems.append(f"{kind}, id {rid!r}: changed outside Casefile (differs from its last audit entry)")
    for rid, (action, _after) in last.items():
        if action in ("insert", "update") and rid not in current:
            problems.append(f"id {rid!r}: removed outside Casefile (the audit trail has no deletion)")
    settings = cf.conn.execute("SELECT value FROM case_settings WHERE key = 'case'").fetchone()
    state = last.get("case")
    if (settings[0] if settings else None) != (state[1] if state else None):
        problems.append("case settings: changed outside Casefile (differ from the audit trail)")
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
