"""Unfinished work kept inside the case file: a testimony or a record form left before saving.

A draft is JSON kept in the case file itself (``case_settings`` rows keyed ``draft:<name>``), so it
is encrypted with the file when the file is encrypted, travels with it, and is gone when the file is.
Drafts are not records: they are not validated, not exported, not shown in lists and not audited
(the audit trail records what the case file holds, not what someone was still typing); saving
the work for real goes through :mod:`casefile.records` and the caller then discards the draft.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casefile.store import CaseFile

_PREFIX = "draft:"


@dataclass(frozen=True)
class Draft:
    """One kept draft: its name (``testimony:…``, ``edit:persons:v-01``), when it was kept (UTC,
    ISO 8601), a short description for the user, and the data to resume from."""

    name: str
    saved: str
    description: str
    data: dict[str, Any]


def _key(name: str) -> str:
    if not name or len(name) > 200:
        raise ValueError(f"a draft needs a name of 1 to 200 characters, not {name!r}")
    return _PREFIX + name


def save_draft(cf: CaseFile, name: str, data: dict[str, Any], description: str = "") -> Draft:
    """Keep ``data`` (anything JSON can hold) as draft ``name``, replacing an earlier one of that name."""
    saved = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    text = json.dumps({"saved": saved, "description": description, "data": data}, ensure_ascii=False)
    with cf.transaction():
        cf.conn.execute(
            "INSERT INTO case_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_key(name), text),
        )
    return Draft(name, saved, description, data)


def _from_row(key: str, value: str) -> Draft | None:
    try:
        stored = json.loads(value)
    except ValueError:
        return None
    if not isinstance(stored, dict) or not isinstance(stored.get("data"), dict):
        return None
    return Draft(key[len(_PREFIX) :], str(stored.get("saved", "")), str(stored.get("description", "")), stored["data"])


def load_draft(cf: CaseFile, name: str) -> Draft | None:
    """Draft ``name``, or None if there is none (or it cannot be read)."""
    row = cf.conn.execute("SELECT key, value FROM case_settings WHERE key = ?", (_key(name),)).fetchone()
    return _from_row(row[0], row[1]) if row else None


def list_drafts(cf: CaseFile, prefix: str = "") -> list[Draft]:
    """The drafts whose name starts with ``prefix``, newest first."""
    pattern = _PREFIX + prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = cf.conn.execute("SELECT key, value FROM case_settings WHERE key LIKE ? ESCAPE '\\'", (pattern,))
    found = [d for key, value in rows if (d := _from_row(key, value)) is not None]
    return sorted(found, key=lambda d: d.saved, reverse=True)


def discard_draft(cf: CaseFile, name: str) -> bool:
    """Remove draft ``name``; False if there was none."""
    with cf.transaction():
        cursor = cf.conn.execute("DELETE FROM case_settings WHERE key = ?", (_key(name),))
    return cursor.rowcount > 0
