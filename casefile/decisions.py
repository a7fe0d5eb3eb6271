"""What people decided about possible duplicates: "the same person" or "not the same person".

A decision is about a pair of persons (by id) and is kept in the case file (table
``linkage_decisions``, ``db/0004_linkage_decisions.sql``), so a pair someone marked "not the same"
never comes back in ``casefile duplicates`` or the review queue. Every decision, and every decision
taken back, is one audit entry (kind ``linkage_decisions``, actions ``decide`` / ``undecide``, the
pair as record id), written in the caller's transaction; :func:`decision_problems` is what
``verify`` asks to check that the table is what the audit trail says.

This module is the store layer for that table (its SQL lives here and in the migration).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile.audit import AuditWriter, now_utc
from casefile.errors import CasefileError
from casefile.i18n import _

if TYPE_CHECKING:
    from casefile.store import CaseFile

SAME = "same"
NOT_SAME = "not_same"
DECISIONS = (SAME, NOT_SAME)
#: The audit trail's ``kind`` for decisions (they are not records of the exchange format).
AUDIT_KIND = "linkage_decisions"


@dataclass(frozen=True)
class Decision:
    """One pair and what was decided about it (``a`` sorts before ``b``)."""

    a: str
    b: str
    decision: str
    decided_at: str
    note: str | None = None


def pair(first: str, second: str) -> tuple[str, str]:
    """The pair in the order it is stored (either order of asking gives the same pair)."""
    return (first, second) if first <= second else (second, first)


def audit_id(a: str, b: str) -> str:
    """The record id a pair's decisions have in the audit trail."""
    a, b = pair(a, b)
    return f"{a}|{b}"


def _text(a: str, b: str, decision: str, note: str | None) -> str:
    body = {"a": a, "b": b, "decision": decision}
    if note:
        body["note"] = note
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _row(cf: CaseFile, a: str, b: str) -> tuple[str, str | None] | None:
    row = cf.conn.execute("SELECT decision, note FROM linkage_decisions WHERE a = ? AND b = ?", (a, b)).fetchone()
    return (row[0], row[1]) if row else None


def record_decision(cf: CaseFile, first: str, second: str, decision: str, note: str | None = None) -> bool:
    """Remember that two persons are (``same``) or are not (``not_same``) one person, audited.

    Replaces an earlier decision on the pair; False if the same decision was already recorded.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    if first == second:
        raise CasefileError(_("a person cannot be compared with itself ({id})").format(id=first))
    a, b = pair(first, second)
    note = note or None
    with cf.transaction():
        old = _row(cf, a, b)
        if old == (decision, note):
            return False
        cf.conn.execute(
            "INSERT INTO linkage_decisions (a, b, decision, decided_at, note) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (a, b) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at, "
            "note = excluded.note",
            (a, b, decision, now_utc(), note),
        )
        writer = AuditWriter(cf)
        before = _text(a, b, *old) if old else None
        writer.append("decide", AUDIT_KIND, audit_id(a, b), before, _text(a, b, decision, note))
        writer.flush()
    return True


def forget_decision(cf: CaseFile, first: str, second: str) -> bool:
    """Take back the decision on a pair (audited); False if there was none."""
    a, b = pair(first, second)
    with cf.transaction():
        old = _row(cf, a, b)
        if old is None:
            return False
        cf.conn.execute("DELETE FROM linkage_decisions WHERE a = ? AND b = ?", (a, b))
        writer = AuditWriter(cf)
        writer.append("undecide", AUDIT_KIND, audit_id(a, b), _text(a, b, *old), None)
        writer.flush()
    return True


def decision_of(cf: CaseFile, first: str, second: str) -> str | None:
    """``same``, ``not_same`` or None for a pair."""
    row = _row(cf, *pair(first, second))
    return row[0] if row else None


def decisions(cf: CaseFile) -> dict[tuple[str, str], str]:
    """Every decided pair (stored order) and its decision."""
    return {(a, b): d for a, b, d in cf.conn.execute("SELECT a, b, decision FROM linkage_decisions")}


def all_decisions(cf: CaseFile) -> list[Decision]:
    """Every decision, newest first."""
    rows = cf.conn.execute("SELECT a, b, decision, decided_at, note FROM linkage_decisions ORDER BY decided_at DESC")
    return [Decision(*row) for row in rows]


def decision_problems(cf: CaseFile) -> list[str]:
    """Where the decisions table differs from what the audit trail says was decided (a row added,
    changed or removed behind the app's back). ``verify`` reports these as problems."""
    from casefile.audit import entries

    problems: list[str] = []
    expected: dict[tuple[str, str], str] = {}
    audited = [r[0] for r in cf.conn.execute("SELECT DISTINCT record_id FROM audit WHERE kind = ?", (AUDIT_KIND,))]
    for record_id in audited:
        last = entries(cf, record_id, limit=1)
        if not last or last[-1].kind != AUDIT_KIND:
            continue
        entry = last[-1]
        if entry.action == "decide" and entry.after:
            body = json.loads(entry.after)
            expected[(body["a"], body["b"])] = _text(body["a"], body["b"], body["decision"], body.get("note"))
    current = {
        (a, b): _text(a, b, d, note)
        for a, b, d, note in cf.conn.execute("SELECT a, b, decision, note FROM linkage_decisions")
    }
    for key, text in current.items():
        if key not in expected:
            problems.append(
                f"duplicate decision {key[0]!r} / {key[1]!r}: not in the audit trail (added outside Casefile)"
            )
        elif expected[key] != text:
            problems.append(f"duplicate decision {key[0]!r} / {key[1]!r}: changed outside Casefile")
    for key in expected:
        if key not in current:
            problems.append(f"duplicate decision {key[0]!r} / {key[1]!r}: removed outside Casefile")
    return problems
