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
from casefile.audit import chain_problems, last_state, last_states

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
    from casefile.derived import derived_notes, derived_problems  # links, dates, roles, columns, search

    problems += derived_problems(cf)
    notes += derived_notes(cf)
    from casefile.decisions import decision_problems  # "same" / "not the same" against the audit trail

    problems += decision_problems(cf)
    p, n = _attachment_findings(cf)
    return Report(problems + p, notes + n)


def _record_problems(cf: CaseFile) -> list[str]:
    """Every record against its last audit entry: both read in id order and walked side by side
    (a merge of two sorted streams), so memory does not grow with the file."""
    problems = []
    heads = cf.conn.execute(
        "SELECT h.id, h.kind, h.vid, v.vid IS NULL OR v.data IS NULL FROM record_heads h "
        "LEFT JOIN versions v ON v.vid = h.vid ORDER BY h.id"
    )
    last = last_states(cf)
    head, state = next(heads, None), next(last, None)
    while head is not None or state is not None:
        if state is None or (head is not None and head[0] < state[0]):
            rid, kind = head[0], head[1]  # type: ignore[index]
            problems.append(f"{kind}, id {rid!r}: not in the audit trail (added outside Casefile)")
            head = next(heads, None)
        elif head is None or state[0] < head[0]:
            rid, action = state[0], state[1]
            if action in ("insert", "update"):
                problems.append(f"id {rid!r}: removed outside Casefile (the audit trail has no deletion)")
            state = next(last, None)
        else:
            rid, kind, vid, text_gone = head
            if state[1] in ("delete", "erase"):
                problems.append(f"{kind}, id {rid!r}: the audit trail says it was deleted, but it is there")
            elif state[2] != vid:
                problems.append(f"{kind}, id {rid!r}: changed outside Casefile (differs from its last audit entry)")
            elif text_gone:
                problems.append(f"{kind}, id {rid!r}: its text is missing from the version store")
            head, state = next(heads, None), next(last, None)
    settings = cf.conn.execute("SELECT value FROM case_settings WHERE key = 'case'").fetchone()
    case_state = last_state(cf, "case")
    expected = versions.text_of(cf, case_state[1]) if case_state else None
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
    for sha, size, data in cf.conn.execute("SELECT sha256, size, data FROM attachments"):
        if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
            problems.append(f"attachment {sha[:16]}…: its content no longer matches its SHA-256")
    # only the records that describe a file (a photo, a source's attachments) are read as JSON
    for rid, kind, text in cf.conn.execute(
        "SELECT id, kind, data FROM records WHERE kind IN ('sources', 'persons') AND instr(data, '\"sha256\"') > 0"
    ):
        data = json.loads(text)
        atts = data.get("attachments") or []
        if kind == "persons":
            atts = [data["photo"]] if isinstance(data.get("photo"), dict) else []
        for att in atts:
            if not _holds_attachment(cf, att.get("sha256")):
                notes.append(
                    f"{kind}, id {rid!r}: the file {att.get('filename')!r} is described but not held in the case file"
                )
    return problems, notes


def _holds_attachment(cf: CaseFile, sha: object) -> bool:
    return cf.conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)).fetchone() is not None
