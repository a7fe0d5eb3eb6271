"""Checking records against the exchange format, and putting them in canonical form.

``check_record`` looks at one record on its own (fields, types, enumerations, dates); references
between records are resolved by the caller, which knows what the document and the case file hold
(``references`` lists them). Every problem names the list, the record id and the field.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from casefile.dates import parse_date
from casefile.errors import DateError, Problem
from casefile.i18n import N_, _
from casefile.model import ALIAS_KINDS, AUDIENCES, CASE_FIELDS, LISTS, SCHEMA, Field, T

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_record(kind: str, data: Any) -> list[Problem]:
    """Every fault of one record of list ``kind`` taken alone (not its references' targets)."""
    if not isinstance(data, dict):
        return [Problem(kind, None, None, _("each record must be a JSON object"))]
    rid = data.get("id")
    if not isinstance(rid, str) or not rid.strip():
        return [Problem(kind, None, "id", _("every record needs an id: a non-empty string"))]
    problems = list(_check_object(kind, rid, "", SCHEMA[kind], data))
    if kind == "involvements":
        problems += _exactly_one(kind, rid, data, ("person", "organization"), N_("who is involved"))
        problems += _exactly_one(kind, rid, data, ("event", "act"), N_("what they are involved in"))
    return problems


def check_case(data: Any) -> list[Problem]:
    """Faults of the document's ``case`` object (the case file's own settings)."""
    if not isinstance(data, dict):
        return [Problem("case", None, None, _("must be a JSON object"))]
    return list(_check_object("case", None, "", CASE_FIELDS, data))


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


_INDEX_CACHE: dict[int, tuple[dict[str, Field], tuple[str, ...]]] = {}


def _field_index(fields: tuple[Field, ...]) -> tuple[dict[str, Field], tuple[str, ...]]:
    """Fields by name and the required names (cached: validation is a hot path of imports)."""
    found = _INDEX_CACHE.get(id(fields))
    if found is None:
        found = ({f.name: f for f in fields}, tuple(f.name for f in fields if f.required))
        _INDEX_CACHE[id(fields)] = found
    return found


_SIMPLE_OK = {T.STR: str, T.TEXT: str, T.REF: str}


def _check_object(kind: str, rid: str | None, prefix: str, fields: tuple[Field, ...], data: dict) -> Iterator[Problem]:
    by_name, required = _field_index(fields)
    for key, value in data.items():
        f = by_name.get(key)
        if f is None:
            yield Problem(kind, rid, prefix + key, _("unknown field"))
        elif value is not None:
            # the commonest case, a present non-empty string, needs no further look
            if _SIMPLE_OK.get(f.type) is str and isinstance(value, str) and value.strip():
                continue
            yield from _check_value(kind, rid, prefix + key, f, value)
    for name in required:
        if data.get(name) is None:
            yield Problem(kind, rid, prefix + name, _("is required"))


def _check_value(kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
    def bad(message: str) -> Problem:
        return Problem(kind, rid, path, message)

    t = f.type
    if t in (T.STR, T.TEXT):
        if not isinstance(value, str):
            yield bad(_("must be a string"))
        elif f.required and not value.strip():
            yield bad(_("must not be empty"))
    elif t is T.NAME:
        yield from (bad(m) for m in _name_problems(value))
    elif t is T.ALIASES:
        if not isinstance(value, list):
            yield bad(_("must be a list"))
            return
        for i, alias in enumerate(value):
            if isinstance(alias, str):
                continue
            if not isinstance(alias, dict) or not isinstance(alias.get("name"), str):
                yield Problem(kind, rid, f"{path}[{i}]", _('must be a string or {"name": ..., "kind": ...}'))
            elif set(alias) - {"name", "kind"}:
                yield Problem(kind, rid, f"{path}[{i}]", _("unknown key in alias"))
            elif alias.get("kind") is not None and alias["kind"] not in ALIAS_KINDS:
                yield Problem(kind, rid, f"{path}[{i}].kind", _enum_message(alias["kind"], ALIAS_KINDS))
    elif t is T.DATE:
        try:
            parse_date(value)
        except DateError as e:
            yield bad(str(e))
    elif t is T.DATETIME:
        if not isinstance(value, str) or not _is_datetime(value):
            yield bad(_("must be an ISO 8601 date-time such as 2020-10-05T10:00:00Z"))
    elif t is T.ENUM:
        if value not in f.values:
            yield bad(_enum_message(value, f.values))
    elif t is T.NAMING:
        if isinstance(value, dict):
            for audience, level in value.items():
                if audience not in AUDIENCES:
                    message = _("unknown audience {audience!r}; one of: {allowed}")
                    yield bad(message.format(audience=audience, allowed=_(", ").join(AUDIENCES)))
                elif level not in f.values:
                    yield Problem(kind, rid, f"{path}.{audience}", _enum_message(level, f.values))
        elif value not in f.values:
            message = _("must be one of {allowed}, or an object giving one per audience")
            yield bad(message.format(allowed=_(", ").join(f.values)))
    elif t is T.ENUM_LIST:
        if not isinstance(value, list):
            yield bad(_("must be a list"))
        else:
            for item in value:
                if item not in f.values:
                    yield bad(_enum_message(item, f.values))
            if len(set(map(str, value))) != len(value):
                yield bad(_("lists a value twice"))
    elif t is T.REF:
        if not isinstance(value, str) or not value:
            yield bad(_("must be the id (a string) of another record"))
    elif t is T.REF_LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            yield bad(_("must be a list of record ids"))
    elif t is T.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            yield bad(_("must be a number"))
    elif t is T.BOOL:
        if not isinstance(value, bool):
            yield bad(_("must be true or false"))
    elif t is T.OBJECT:
        if not isinstance(value, dict):
            yield bad(_("must be a JSON object"))
        else:
            yield from _check_object(kind, rid, path + ".", f.fields, value)
            if f.fields and f.fields[0].name == "filename":
                yield from _check_attachment(kind, rid, path, value)
    elif t is T.OBJECT_LIST:
        if not isinstance(value, list):
            yield bad(_("must be a list"))
            return
        for i, item in enumerate(value):
            item_path = f"{path}[{i}]"
            if not isinstance(item, dict):
                yield Problem(kind, rid, item_path, _("must be a JSON object"))
                continue
            yield from _check_object(kind, rid, item_path + ".", f.fields, item)
            if f.fields and f.fields[0].name == "filename":
                yield from _check_attachment(kind, rid, item_path, item)


def _name_problems(value: Any) -> list[str]:
    if not isinstance(value, dict):
        return [_('must be a name object such as {"fa": "...", "en": "..."}')]
    extra = set(value) - {"fa", "en"}
    if extra:
        return [_("unknown key {key!r} in a name (only fa and en)").format(key=sorted(extra)[0])]
    if any(v is not None and not isinstance(v, str) for v in value.values()):
        return [_("name forms must be strings")]
    if not any(isinstance(v, str) and v.strip() for v in value.values()):
        return [_("needs a Persian (fa) or an English (en) form")]
    return []


def _check_attachment(kind: str, rid: str | None, path: str, att: dict) -> Iterator[Problem]:
    sha = att.get("sha256")
    if isinstance(sha, str) and not _SHA256.match(sha):
        yield Problem(kind, rid, path + ".sha256", _("must be 64 lowercase hex digits"))
        return
    data = att.get("data")
    if isinstance(data, str) and isinstance(sha, str):
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            yield Problem(kind, rid, path + ".data", _("is not valid base64"))
            return
        if hashlib.sha256(raw).hexdigest() != sha:
            yield Problem(kind, rid, path + ".data", _("does not match its sha256: the file is not the one described"))


def _enum_message(value: Any, allowed: tuple[str, ...]) -> str:
    return _("unknown value {value!r}; one of: {allowed}").format(value=value, allowed=_(", ").join(allowed))


def _is_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def references(kind: str, data: dict) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every reference a record makes: (field path, target id, lists the target may be in)."""
    yield from _refs_in(SCHEMA[kind], data, "")


def _refs_in(fields: tuple[Field, ...], data: dict, prefix: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for f in _only(fields, (T.REF, T.REF_LIST)):
        value = data.get(f.name)
        if value is None:
            continue
        if f.type is T.REF and isinstance(value, str):
            yield prefix + f.name, value, f.refs or LISTS
        elif f.type is T.REF_LIST and isinstance(value, list):
            for v in value:
                if isinstance(v, str):
                    yield prefix + f.name, v, f.refs or LISTS
        elif f.type is T.OBJECT and isinstance(value, dict):
            yield from _refs_in(f.fields, value, prefix + f.name + ".")


_ONLY_CACHE: dict[tuple[int, tuple[T, ...]], tuple[Field, ...]] = {}


def _only(fields: tuple[Field, ...], types: tuple[T, ...]) -> tuple[Field, ...]:
    """The fields of these types, and the objects that contain some (cached: a hot path in imports)."""
    key = (id(fields), types)
    found = _ONLY_CACHE.get(key)
    if found is None:
        found = tuple(f for f in fields if f.type in types or (f.type is T.OBJECT and _only(f.fields, types)))
        _ONLY_CACHE[key] = found
    return found


def date_fields(kind: str, data: dict) -> Iterator[tuple[str, Any]]:
    """Every date a record holds: (field path, value as entered)."""
    yield from _dates_in(SCHEMA[kind], data, "")


def _dates_in(fields: tuple[Field, ...], data: dict, prefix: str) -> Iterator[tuple[str, Any]]:
    for f in _only(fields, (T.DATE,)):
        value = data.get(f.name)
        if value is None:
            continue
        if f.type is T.DATE:
            yield prefix + f.name, value
        elif f.type is T.OBJECT and isinstance(value, dict):
            yield from _dates_in(f.fields, value, prefix + f.name + ".")


def canonical(kind: str, data: dict) -> dict:
    """The record with its fields in schema order and absent-meaning nulls dropped.

    Two records that mean the same are equal after this, so re-importing a document changes
    nothing and an export is stable.
    """
    return _canonical_object(SCHEMA[kind], data)


def canonical_case(data: dict) -> dict:
    return _canonical_object(CASE_FIELDS, data)


def _canonical_object(fields: tuple[Field, ...], data: dict) -> dict:
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in data:
            continue
        value = data[f.name]
        if value is None and not f.nullable:
            continue
        if f.type is T.OBJECT and isinstance(value, dict):
            value = _canonical_object(f.fields, value)
        elif f.type is T.OBJECT_LIST and isinstance(value, list):
            value = [_canonical_object(f.fields, v) for v in value]
        elif f.type is T.NAMING and isinstance(value, dict):
            # per audience, as the family answered; keys in the spec's order so equal answers compare equal
            value = {a: value[a] for a in AUDIENCES if a in value}
        elif f.type is T.NAME and isinstance(value, dict):
            value = {k: value[k] for k in ("fa", "en") if value.get(k) is not None}
        elif f.type is T.DATE and isinstance(value, dict):
            value = {"calendar": value.get("calendar"), "value": value.get("value")}
        out[f.name] = value
    return out
