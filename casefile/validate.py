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
import reprlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from casefile.dates import parse_date
from casefile.errors import DateError, Problem
from casefile.i18n import N_, _
from casefile.model import ALIAS_KINDS, AUDIENCES, CASE_FIELDS, LISTS, SCHEMA, Field, T

_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# Bounds on what one value may hold, checked before anything reads it further, so a hostile or
# broken document costs at most a little time and memory per field (one 1 MB date once took hours).
MAX_ID_LENGTH = 200
MAX_STRING_LENGTH = 10_000  # names, titles and other short fields
MAX_TEXT_LENGTH = 1_000_000  # free text (testimony, notes, a narrative): about 1 MB
MAX_ITEMS = 100_000  # entries of one list field (aliases, about, custody, attachments)
_NARRATIVE_NAMES = {"circumstances"}  # name objects that hold a narrative, not a name
# Ids are shown, typed and compared: no control characters, no direction controls (which can make
# one id display as another), no line separators, no byte order mark.
_BAD_ID_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
# A lone UTF-16 surrogate (JSON allows "\ud800"); no text can hold it, nor can the case file store it.
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    problems = list(_check_object(kind, rid, "", SCHEMA[kind], data))
    if kind == "involvements":
        problems += _exactly_one(kind, rid, data, ("person", "organization"), N_("who is involved"))
        problems += _exactly_one(kind, rid, data, ("event", "act"), N_("what they are involved in"))
    return problems


def _id_problem(rid: str) -> str | None:
    """Why ``rid`` cannot be a record's id, or None. (The message does not repeat the id: it may
    be huge or unprintable.)"""
    if len(rid) > MAX_ID_LENGTH:
        return _("an id is at most {n} characters long").format(n=MAX_ID_LENGTH)
    bad = _BAD_ID_CHAR.search(rid) or _SURROGATE.search(rid)
    if bad:
        return _("an id cannot hold control or text-direction characters (U+{code:04X} in {id})").format(
            code=ord(bad.group()), id=_shown(_BAD_ID_CHAR.sub("\ufffd", _SURROGATE.sub("\ufffd", rid)))
        )
    return None


def _shown(value: Any) -> str:
    """A value for a message: short, printable, never a wall of text or a deep structure."""
    return _REPR.repr(value)


class _Shown:
    """A value whose ``repr`` (``{value!r}`` in a message) is :func:`_shown`."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return _shown(self.value)


def _limit(f: Field) -> int | None:
    """The longest string field ``f`` may hold (None: bounded only by the document's size)."""
    if f.name == "data" and f.type is T.STR:
        return None  # an attachment's bytes, in base64
    if f.type is T.TEXT or f.name in _NARRATIVE_NAMES:
        return MAX_TEXT_LENGTH
    if f.type in (T.REF, T.REF_LIST):
        return MAX_ID_LENGTH
    return MAX_STRING_LENGTH


def _text_problem(value: str, limit: int | None) -> str | None:
    """Why a string cannot be kept as it is, or None."""
    if limit is not None and len(value) > limit:
        return _("is too long ({length} characters; at most {n})").format(length=len(value), n=limit)
    bad = _SURROGATE.search(value)
    if bad:
        return _("holds a lone surrogate (U+{code:04X} at character {at}), which is not text").format(
            code=ord(bad.group()), at=bad.start() + 1
        )
    return None


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
            yield Problem(kind, rid, prefix + _shown_key(key), _("unknown field"))
        elif value is not None:
            # the commonest case, a present non-empty string of a sane length, needs no further look
            if (
                _SIMPLE_OK.get(f.type) is str
                and isinstance(value, str)
                and value.strip()
                and _text_problem(value, _limit(f)) is None
            ):
                continue
            yield from _check_value(kind, rid, prefix + key, f, value)
    for name in required:
        if data.get(name) is None:
            yield Problem(kind, rid, prefix + name, _("is required"))


def _check_value(kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
    def bad(message: str) -> Problem:
        return Problem(kind, rid, path, message)

    t = f.type
    if isinstance(value, list) and len(value) > MAX_ITEMS:
        yield bad(_("has too many entries ({count}; at most {n})").format(count=len(value), n=MAX_ITEMS))
        return
    if t in (T.STR, T.TEXT):
        if not isinstance(value, str):
            yield bad(_("must be a string"))
        elif _text_problem(value, _limit(f)):
            yield bad(_text_problem(value, _limit(f)))  # type: ignore[arg-type]
        elif f.required and not value.strip():
            yield bad(_("must not be empty"))
    elif t is T.NAME:
        yield from (bad(m) for m in _name_problems(value, _limit(f)))
    elif t is T.ALIASES:
        if not isinstance(value, list):
            yield bad(_("must be a list"))
            return
        for i, alias in enumerate(value):
            name = alias.get("name") if isinstance(alias, dict) else alias
            if isinstance(name, str) and _text_problem(name, MAX_STRING_LENGTH):
                yield Problem(kind, rid, f"{path}[{i}]", _text_problem(name, MAX_STRING_LENGTH))  # type: ignore[arg-type]
                continue
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
        if not isinstance(value, str) or len(value) > 64 or not _is_datetime(value):
            yield bad(_("must be an ISO 8601 date-time such as 2020-10-05T10:00:00Z"))
    elif t is T.ENUM:
        if value not in f.values:
            yield bad(_enum_message(value, f.values))
    elif t is T.NAMING:
        if isinstance(value, dict):
            for audience, level in value.items():
                if audience not in AUDIENCES:
                    message = _("unknown audience {audience!r}; one of: {allowed}")
                    yield bad(message.format(audience=_Shown(audience), allowed=_(", ").join(AUDIENCES)))
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
            known = [item for item in value if isinstance(item, str)]
            if len(set(known)) != len(known):
                yield bad(_("lists a value twice"))
    elif t is T.REF:
        if not isinstance(value, str) or not value:
            yield bad(_("must be the id (a string) of another record"))
        elif _text_problem(value, MAX_ID_LENGTH):
            yield bad(_text_problem(value, MAX_ID_LENGTH))  # type: ignore[arg-type]
    elif t is T.REF_LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            yield bad(_("must be a list of record ids"))
        else:
            for i, v in enumerate(value):
                if _text_problem(v, MAX_ID_LENGTH):
                    yield Problem(kind, rid, f"{path}[{i}]", _text_problem(v, MAX_ID_LENGTH))  # type: ignore[arg-type]
    elif t is T.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            yield bad(_("must be a number"))
        elif isinstance(value, int) and abs(value) > 2**53:
            yield bad(_("is too large a number"))
        elif not math.isfinite(value):
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


def _name_problems(value: Any, limit: int | None = MAX_STRING_LENGTH) -> list[str]:
    if not isinstance(value, dict):
        return [_('must be a name object such as {"fa": "...", "en": "..."}')]
    extra = set(value) - {"fa", "en"}
    if extra:
        return [_("unknown key {key!r} in a name (only fa and en)").format(key=_Shown(sorted(extra)[0]))]
    if any(v is not None and not isinstance(v, str) for v in value.values()):
        return [_("name forms must be strings")]
    for form in value.values():
        if isinstance(form, str) and _text_problem(form, limit):
            return [_text_problem(form, limit)]  # type: ignore[list-item]
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
    return _("unknown value {value!r}; one of: {allowed}").format(value=_Shown(value), allowed=_(", ").join(allowed))


def _shown_key(key: str) -> str:
    """An unknown key as a field name in a message: cut short, unprintable characters escaped."""
    shown = key if len(key) <= 60 else key[:60] + "…"
    return shown if shown.isprintable() else shown.encode("unicode_escape", "backslashreplace").decode("ascii")


_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = 4


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
