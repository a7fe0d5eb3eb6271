"""Checking records against the exchange format, and putting them in canonical form.

``check_record`` looks at one record on its own (fields, types, enumerations, dates); references
between records are resolved by the caller, which knows what the document and the case file hold
(``references`` lists them). Every problem names the list, the record id and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casefile.errors import Problem
from casefile.fieldtypes import (
    MAX_ID_LENGTH,
    MAX_ITEMS,
    MAX_STRING_LENGTH,
    MAX_TEXT_LENGTH,
    SURROGATE,
    canonical_fields,
    check_fields,
    fields_dates,
    fields_references,
    shown,
    shown_key,
)
from casefile.i18n import N_, _
from casefile.model import CASE_FIELDS, SCHEMA

_shown_key = shown_key  # the name exchange.py knows it by

__all__ = [
    "MAX_ID_LENGTH",
    "MAX_ITEMS",
    "MAX_STRING_LENGTH",
    "MAX_TEXT_LENGTH",
    "_shown_key",
    "canonical",
    "canonical_case",
    "check_case",
    "check_record",
    "date_fields",
    "references",
]

# Ids are shown, typed and compared: no control characters, no direction controls (which can make
# one id display as another), no line separators, no byte order mark.
_BAD_ID_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def check_record(kind: str, data: Any) -> list[Problem]:
    """Every fault of one record of list ``kind`` taken alone (not its references' targets)."""
    if not isinstance(data, dict):
        return [Problem(kind, None, None, _("each record must be a JSON object"))]
    rid = data.get("id")
    if not isinstance(rid, str) or not rid.strip():
        return [Problem(kind, None, "id", _("every record needs an id: a non-empty string"))]
    id_problem = _id_problem(rid)
    if id_problem:
        return [Problem(kind, None, "id", id_problem)]
    problems = list(check_fields(kind, rid, "", SCHEMA[kind], data))
    if kind == "involvements":
        problems += _exactly_one(kind, rid, data, ("person", "organization"), N_("who is involved"))
        problems += _exactly_one(kind, rid, data, ("event", "act"), N_("what they are involved in"))
    return problems


def _id_problem(rid: str) -> str | None:
    """Why ``rid`` cannot be a record's id, or None. (The message does not repeat the id: it may
    be huge or unprintable.)"""
    if len(rid) > MAX_ID_LENGTH:
        return _("an id is at most {n} characters long").format(n=MAX_ID_LENGTH)
    bad = _BAD_ID_CHAR.search(rid) or SURROGATE.search(rid)
    if bad:
        return _("an id cannot hold control or text-direction characters (U+{code:04X} in {id})").format(
            code=ord(bad.group()), id=shown(_BAD_ID_CHAR.sub("\ufffd", SURROGATE.sub("\ufffd", rid)))
        )
    return None


def check_case(data: Any) -> list[Problem]:
    """Faults of the document's ``case`` object (the case file's own settings)."""
    if not isinstance(data, dict):
        return [Problem("case", None, None, _("must be a JSON object"))]
    return list(check_fields("case", None, "", CASE_FIELDS, data))


def _exactly_one(kind: str, rid: str, data: dict, names: tuple[str, str], what: str) -> list[Problem]:
    given = [n for n in names if data.get(n) is not None]
    if len(given) != 1:
        return [
            Problem(
                kind,
                rid,
                " or ".join(names),
                _("give exactly one of {first} or {second} ({what})").format(
                    first=names[0], second=names[1], what=_(what)
                ),
            )
        ]
    return []


def references(kind: str, data: dict) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every reference a record makes: (field path, target id, lists the target may be in)."""
    return fields_references(SCHEMA[kind], data, "")


def date_fields(kind: str, data: dict) -> Iterator[tuple[str, Any]]:
    """Every date a record holds: (field path, value as entered)."""
    return fields_dates(SCHEMA[kind], data, "")


def canonical(kind: str, data: dict) -> dict:
    """The record with its fields in schema order and absent-meaning nulls dropped.

    Two records that mean the same are equal after this, so re-importing a document changes
    nothing and an export is stable.
    """
    return canonical_fields(SCHEMA[kind], data)


def canonical_case(data: dict) -> dict:
    return canonical_fields(CASE_FIELDS, data)
