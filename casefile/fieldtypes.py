"""Each shape of field value (``model.T``) declared once: how a value of it is checked, put in
canonical form, searched, where its references are, and how a dossier writes it in a cell.

``TYPES[f.type]`` is the one place to look a type up; ``casefile.validate``, ``model.searchable_text``,
the audience view, merges and the dossiers read it instead of testing ``f.type`` themselves. The
desktop's own part of each type (its editor widget and how the record view shows it) is the one
table in ``casefile/desktop/editors/fieldwidgets.py``. A new ``T`` member needs a class here and a
row there; ``tests/test_fieldtypes.py`` and ``tests/desktop/editors/test_fieldwidgets.py`` fail
until both exist.

This module is on the start-up path of ``casefile search`` (through ``model.searchable_text``):
it imports only what a search has already loaded; dates and attachment hashing are imported when
a value needs them.
"""

from __future__ import annotations

import math
import re
import reprlib

from casefile.errors import DateError, Problem
from casefile.i18n import _
from casefile.model import ALIAS_KINDS, AUDIENCES, LISTS, SCHEMA, Field, T

# typing is for type checkers only: a search imports this module (for snippets), and typing with
# Protocol was a twentieth of its start-up.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, Protocol

    class Cells(Protocol):
        """What a dossier gives a type to write a value in a cell: its language's words and separators,
        and the audience view behind ``who`` (``casefile.dossier.content.Context`` is one)."""

        lang: str

        @property
        def comma(self) -> str: ...
        @property
        def semi(self) -> str: ...
        def t(self, key: str, **values: Any) -> str: ...
        def e(self, prefix: str, value: Any) -> str: ...
        def enum_words(self, f: Field, value: Any) -> str: ...
        def field_label(self, name: str) -> str: ...
        def date(self, value: Any) -> str: ...
        def who(self, rid: str | None) -> str | None: ...
        def num(self, n: int | str) -> str: ...


# Bounds on what one value may hold, checked before anything reads it further, so a hostile or
# broken document costs at most a little time and memory per field (one 1 MB date once took hours).
MAX_ID_LENGTH = 200
MAX_STRING_LENGTH = 10_000  # names, titles and other short fields
MAX_TEXT_LENGTH = 1_000_000  # free text (testimony, notes, a narrative): about 1 MB
MAX_ITEMS = 100_000  # entries of one list field (aliases, about, custody, attachments)
_NARRATIVE_NAMES = {"circumstances"}  # name objects that hold a narrative, not a name
_SHA256 = r"^[0-9a-f]{64}$"  # compiled when an attachment is checked (re keeps it): not on a search's start-up
# A lone UTF-16 surrogate (JSON allows "\ud800"); no text can hold it, nor can the case file store it.
# ``SURROGATE`` is compiled when first asked for (see ``__getattr__``): compiling its character class
# is half of this module's import, which a search pays for snippets and never checks a text.
_SURROGATE: re.Pattern[str] | None = None


def _surrogate() -> re.Pattern[str]:
    global _SURROGATE
    if _SURROGATE is None:
        _SURROGATE = re.compile("[\ud800-\udfff]")
    return _SURROGATE


def __getattr__(name: str) -> Any:
    if name == "SURROGATE":
        return _surrogate()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class FieldType:
    """What one shape of value needs. Subclasses declare one ``T`` each; a method not overridden
    is what most types do (no canonical reshaping, no references, its string searched as it is)."""

    t: T
    #: A present, non-empty string of a sane length is a valid value: validation's fast path.
    plain_string = False
    #: The longest string the value may hold (None: bounded only by the document's size).
    max_length: int | None = MAX_STRING_LENGTH
    #: ``canonical`` may change a value (the others are kept as they are, without a call).
    reshapes = False

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        """Every problem of a present (non-null) value, with ``path`` naming where it is."""
        raise NotImplementedError

    def canonical(self, f: Field, value: Any) -> Any:
        """The value in the one form two equal values share (keys in order, absent-meaning nulls dropped)."""
        return value

    def search_text(self, value: Any) -> list[str]:
        """The strings of the value that go into the full-text index."""
        return [value] if isinstance(value, str) else []

    def references(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        """(field path, target id, lists the target may be in) for each reference in the value."""
        return iter(())

    def map_references(self, f: Field, value: Any, to: Callable[[Any], Any], once: bool) -> Any:
        """The value with its references passed through ``to`` (see :func:`map_references`);
        ``_DROP`` when the whole value goes."""
        return value

    def dates(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, Any]]:
        """(field path, date as entered) for each date in the value."""
        return iter(())

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """The value written in a dossier's cell in ``ctx``'s language; "" when there is none."""
        raise NotImplementedError


def _as_written(self: FieldType, ctx: Cells, f: Field, value: Any) -> str:
    """A cell holding the value as it was written (names, notes, a time stamp)."""
    return "" if value is None else str(value)


class _Text(FieldType):
    """A string: short (STR) or free text (TEXT)."""

    plain_string = True
    cell = _as_written

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, str):
            yield Problem(kind, rid, path, _("must be a string"))
        elif problem := text_problem(value, limit(f)):
            yield Problem(kind, rid, path, problem)
        elif f.required and not value.strip():
            yield Problem(kind, rid, path, _("must not be empty"))


class Str(_Text):
    t = T.STR


class Text(_Text):
    t = T.TEXT
    max_length = MAX_TEXT_LENGTH


class Name(FieldType):
    """``{"fa": ..., "en": ...}``, at least one form."""

    t = T.NAME
    reshapes = True

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        for message in name_problems(value, limit(f)):
            yield Problem(kind, rid, path, message)

    def canonical(self, f: Field, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: value[k] for k in ("fa", "en") if value.get(k) is not None}
        return value

    def search_text(self, value: Any) -> list[str]:
        return [v for v in value.values() if isinstance(v, str)] if isinstance(value, dict) else []

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """Both scripts, the dossier's first ("حسین کاظمی / Hossein Kazemi")."""
        if value is None:
            return ""
        if isinstance(value, dict):
            first, second = ("fa", "en") if ctx.lang == "fa" else ("en", "fa")
            return " / ".join(str(n) for n in (value.get(first), value.get(second)) if n)
        return str(value)


class Aliases(FieldType):
    """Other names: each a string or ``{"name", "kind"}``."""

    t = T.ALIASES

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, list):
            yield Problem(kind, rid, path, _("must be a list"))
            return
        for i, alias in enumerate(value):
            name = alias.get("name") if isinstance(alias, dict) else alias
            if isinstance(name, str) and (problem := text_problem(name, MAX_STRING_LENGTH)):
                yield Problem(kind, rid, f"{path}[{i}]", problem)
                continue
            if isinstance(alias, str):
                continue
            if not isinstance(alias, dict) or not isinstance(alias.get("name"), str):
                yield Problem(kind, rid, f"{path}[{i}]", _('must be a string or {"name": ..., "kind": ...}'))
            elif set(alias) - {"name", "kind"}:
                yield Problem(kind, rid, f"{path}[{i}]", _("unknown key in alias"))
            elif alias.get("kind") is not None and alias["kind"] not in ALIAS_KINDS:
                yield Problem(kind, rid, f"{path}[{i}].kind", enum_message(alias["kind"], ALIAS_KINDS))

    def search_text(self, value: Any) -> list[str]:
        return [a if isinstance(a, str) else a.get("name", "") for a in value] if isinstance(value, list) else []

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """Other names with their kind, "Mahmud Kazemi (transliteration); حسین (nickname)"."""
        parts = []
        for a in value or []:
            if isinstance(a, str):
                parts.append(a)
            elif a.get("kind"):
                parts.append(f"{a.get('name')} ({ctx.e('alias', a.get('kind'))})")
            else:
                parts.append(str(a.get("name")))
        return ctx.semi.join(parts)


class Date(FieldType):
    """An EDTF string or ``{"calendar": "jalali", "value": ...}`` (``casefile.dates``)."""

    t = T.DATE
    reshapes = True
    _parse: Callable[[Any], Any] | None = None  # casefile.dates.parse_date, imported on first use

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if self._parse is None:
            from casefile.dates import parse_date

            self._parse = parse_date
        try:
            self._parse(value)
        except DateError as e:
            yield Problem(kind, rid, path, str(e))

    def canonical(self, f: Field, value: Any) -> Any:
        if isinstance(value, dict):
            return {"calendar": value.get("calendar"), "value": value.get("value")}
        return value

    def dates(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, value

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return ctx.date(value)


class DateTime(FieldType):
    """An ISO 8601 date-time string (when a file was acquired, a custody step)."""

    t = T.DATETIME
    cell = _as_written

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, str) or len(value) > 64 or not _is_datetime(value):
            yield Problem(kind, rid, path, _("must be an ISO 8601 date-time such as 2020-10-05T10:00:00Z"))


class Enum(FieldType):
    """One of the field's ``values``."""

    t = T.ENUM

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if value not in f.values:
            yield Problem(kind, rid, path, enum_message(value, f.values))

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return ctx.enum_words(f, value)


class EnumList(FieldType):
    """Some of the field's ``values``, each once."""

    t = T.ENUM_LIST

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, list):
            yield Problem(kind, rid, path, _("must be a list"))
            return
        for item in value:
            if item not in f.values:
                yield Problem(kind, rid, path, enum_message(item, f.values))
        known = [item for item in value if isinstance(item, str)]
        if len(set(known)) != len(known):
            yield Problem(kind, rid, path, _("lists a value twice"))

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return ctx.comma.join(ctx.enum_words(f, v) for v in value or [])


class Naming(FieldType):
    """How a victim may be named: one of ``values`` for every audience, or ``{audience: value}``."""

    t = T.NAMING
    reshapes = True

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if isinstance(value, dict):
            for audience, level in value.items():
                if audience not in AUDIENCES:
                    message = _("unknown audience {audience!r}; one of: {allowed}")
                    yield Problem(
                        kind, rid, path, message.format(audience=_Shown(audience), allowed=_(", ").join(AUDIENCES))
                    )
                elif level not in f.values:
                    yield Problem(kind, rid, f"{path}.{audience}", enum_message(level, f.values))
        elif value not in f.values:
            message = _("must be one of {allowed}, or an object giving one per audience")
            yield Problem(kind, rid, path, message.format(allowed=_(", ").join(f.values)))

    def canonical(self, f: Field, value: Any) -> Any:
        # per audience, as the family answered; keys in the spec's order so equal answers compare equal
        if isinstance(value, dict):
            return {a: value[a] for a in AUDIENCES if a in value}
        return value

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """The answer, or each audience's ("UN: in full; public: by initials")."""
        if isinstance(value, dict):
            return ctx.semi.join(f"{ctx.t(f'audience.{a}')}: {ctx.t(f'answer.{v}')}" for a, v in value.items())
        return ctx.t(f"answer.{value}") if value else ""


class Ref(FieldType):
    """The id of another record (in one of ``f.refs``, or any list)."""

    t = T.REF
    plain_string = True
    max_length = MAX_ID_LENGTH

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, str) or not value:
            yield Problem(kind, rid, path, _("must be the id (a string) of another record"))
        elif problem := text_problem(value, MAX_ID_LENGTH):
            yield Problem(kind, rid, path, problem)

    def references(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        if isinstance(value, str):
            yield path, value, f.refs or LISTS

    def map_references(self, f: Field, value: Any, to: Callable[[Any], Any], once: bool) -> Any:
        mapped = to(value)
        return _DROP if mapped is None else mapped

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """The record as the audience may see it (a person as the family allowed); "" if it may not."""
        return (ctx.who(value) or "") if value else ""


class RefList(FieldType):
    """Ids of other records."""

    t = T.REF_LIST
    max_length = MAX_ID_LENGTH

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            yield Problem(kind, rid, path, _("must be a list of record ids"))
            return
        for i, v in enumerate(value):
            if problem := text_problem(v, MAX_ID_LENGTH):
                yield Problem(kind, rid, f"{path}[{i}]", problem)

    def references(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        if isinstance(value, list):
            for v in value:
                if isinstance(v, str):
                    yield path, v, f.refs or LISTS

    def map_references(self, f: Field, value: Any, to: Callable[[Any], Any], once: bool) -> Any:
        if not isinstance(value, list):
            return value
        mapped = [m for v in value if (m := to(v)) is not None]
        return list(dict.fromkeys(mapped)) if once and mapped != value else mapped

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return ctx.comma.join(w for v in value or [] if (w := ctx.who(v)))


class Number(FieldType):
    t = T.NUMBER

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            yield Problem(kind, rid, path, _("must be a number"))
        elif isinstance(value, int) and abs(value) > 2**53:
            yield Problem(kind, rid, path, _("is too large a number"))
        elif not math.isfinite(value):
            yield Problem(kind, rid, path, _("must be a number"))

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return "" if value is None else ctx.num(value)


class Bool(FieldType):
    t = T.BOOL

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, bool):
            yield Problem(kind, rid, path, _("must be true or false"))

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        return "" if value is None else ctx.t("yes" if value else "no")


def _is_attachment(f: Field) -> bool:
    """An attached file's description (a photo, a source's files): its first field is ``filename``."""
    return bool(f.fields) and f.fields[0].name == "filename"


class Object(FieldType):
    """A nested object of ``f.fields`` (burial, consent, a photo)."""

    t = T.OBJECT
    reshapes = True

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, dict):
            yield Problem(kind, rid, path, _("must be a JSON object"))
            return
        yield from check_fields(kind, rid, path + ".", f.fields, value)
        if _is_attachment(f):
            yield from _check_attachment(kind, rid, path, value)

    def canonical(self, f: Field, value: Any) -> Any:
        return canonical_fields(f.fields, value) if isinstance(value, dict) else value

    def references(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        if isinstance(value, dict):
            yield from fields_references(f.fields, value, path + ".")

    def dates(self, f: Field, value: Any, path: str) -> Iterator[tuple[str, Any]]:
        if isinstance(value, dict):
            yield from fields_dates(f.fields, value, path + ".")

    def map_references(self, f: Field, value: Any, to: Callable[[Any], Any], once: bool) -> Any:
        if isinstance(value, dict) and fields_with(f.fields, _REF_TYPES):
            return map_references(f.fields, value, to, once=once)
        return value

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """Each sub-field given, "label: value", in the spec's order."""
        if not isinstance(value, dict):
            return ""
        parts = []
        for g in f.fields:
            text = TYPES[g.type].cell(ctx, g, value.get(g.name))
            if text:
                parts.append(f"{ctx.field_label(g.name)}: {text}")
        return ctx.semi.join(parts)


class ObjectList(FieldType):
    """A list of objects of ``f.fields`` (attached files, custody steps)."""

    t = T.OBJECT_LIST
    reshapes = True

    def check(self, kind: str, rid: str | None, path: str, f: Field, value: Any) -> Iterator[Problem]:
        if not isinstance(value, list):
            yield Problem(kind, rid, path, _("must be a list"))
            return
        for i, item in enumerate(value):
            item_path = f"{path}[{i}]"
            if not isinstance(item, dict):
                yield Problem(kind, rid, item_path, _("must be a JSON object"))
                continue
            yield from check_fields(kind, rid, item_path + ".", f.fields, item)
            if _is_attachment(f):
                yield from _check_attachment(kind, rid, item_path, item)

    def canonical(self, f: Field, value: Any) -> Any:
        return [canonical_fields(f.fields, v) for v in value] if isinstance(value, list) else value

    def cell(self, ctx: Cells, f: Field, value: Any) -> str:
        """One line per object."""
        return "\n".join(text for item in value or [] if (text := TYPES[T.OBJECT].cell(ctx, f, item)))


#: Every ``T`` and what it needs: the one table the core looks types up in.
TYPES: dict[T, FieldType] = {
    cls.t: cls()
    for cls in (
        Str,
        Text,
        Name,
        Aliases,
        Date,
        DateTime,
        Enum,
        EnumList,
        Naming,
        Ref,
        RefList,
        Number,
        Bool,
        Object,
        ObjectList,
    )
}
_REF_TYPES = (T.REF, T.REF_LIST)
_DATE_TYPES = (T.DATE,)
_DROP = object()  # map_references: leave the field out


# --- walking the fields of an object --------------------------------------------------------------

_PATHS: dict[tuple[str, str], Field] = {}


def field_at(kind: str, path: str) -> Field:
    """The declaration of a field of list ``kind`` by its path (``"burial.status"``,
    ``"attachments.acquired"``); KeyError when the list has no such field."""
    found = _PATHS.get((kind, path))
    if found is None:
        fields: tuple[Field, ...] = SCHEMA[kind]
        for name in path.split("."):
            found = next((f for f in fields if f.name == name), None)
            if found is None:
                raise KeyError(f"{kind}.{path}")
            fields = found.fields
        assert found is not None
        _PATHS[(kind, path)] = found
    return found


_INDEX_CACHE: dict[int, tuple[dict[str, Field], tuple[str, ...]]] = {}


def _field_index(fields: tuple[Field, ...]) -> tuple[dict[str, Field], tuple[str, ...]]:
    """Fields by name and the required names (cached: validation is a hot path of imports)."""
    found = _INDEX_CACHE.get(id(fields))
    if found is None:
        found = ({f.name: f for f in fields}, tuple(f.name for f in fields if f.required))
        _INDEX_CACHE[id(fields)] = found
    return found


def check_fields(kind: str, rid: str | None, prefix: str, fields: tuple[Field, ...], data: dict) -> Iterator[Problem]:
    """Every problem of an object declared by ``fields``: unknown keys, each present value by its
    type, and the required ones missing. ``prefix`` is the path of the object ("consent.")."""
    by_name, required = _field_index(fields)
    for key, value in data.items():
        f = by_name.get(key)
        if f is None:
            yield Problem(kind, rid, prefix + shown_key(key), _("unknown field"))
        elif value is not None:
            ftype = TYPES[f.type]
            # the commonest case, a present non-empty string of a sane length, needs no further look
            if (
                ftype.plain_string
                and isinstance(value, str)
                and value.strip()
                and text_problem(value, limit(f)) is None
            ):
                continue
            if isinstance(value, list) and len(value) > MAX_ITEMS:
                message = _("has too many entries ({count}; at most {n})").format(count=len(value), n=MAX_ITEMS)
                yield Problem(kind, rid, prefix + key, message)
                continue
            yield from ftype.check(kind, rid, prefix + key, f, value)
    for name in required:
        if data.get(name) is None:
            yield Problem(kind, rid, prefix + name, _("is required"))


def canonical_fields(fields: tuple[Field, ...], data: dict) -> dict:
    """An object with its fields in declaration order, absent-meaning nulls dropped, and each value
    in its type's canonical form."""
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in data:
            continue
        value = data[f.name]
        if value is None and not f.nullable:
            continue
        ftype = TYPES[f.type]
        out[f.name] = ftype.canonical(f, value) if ftype.reshapes else value
    return out


def fields_references(fields: tuple[Field, ...], data: dict, prefix: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(field path, target id, lists it may be in) for every reference in an object, nested ones too."""
    for f in fields_with(fields, _REF_TYPES):
        value = data.get(f.name)
        if value is not None:
            yield from TYPES[f.type].references(f, value, prefix + f.name)


def fields_dates(fields: tuple[Field, ...], data: dict, prefix: str) -> Iterator[tuple[str, Any]]:
    """(field path, date as entered) for every date in an object, nested ones too."""
    for f in fields_with(fields, _DATE_TYPES):
        value = data.get(f.name)
        if value is not None:
            yield from TYPES[f.type].dates(f, value, prefix + f.name)


def map_references(fields: tuple[Field, ...], data: dict, to: Callable[[Any], Any], *, once: bool = False) -> dict:
    """A copy of ``data`` with each reference in it (and in its objects) replaced by ``to(id)``; where
    ``to`` gives None the reference is left out (a list loses that entry, a single reference its
    field). ``once``: a list that changed keeps each id once (two references that became one).
    Everything else is kept as it is (not copied): other fields, unknown keys, objects with no
    references. Used to repoint a person merged into another, to put an audience's stable
    references in place of ids, and to map them back when a share comes home."""
    by_name, _required = _field_index(fields)
    out: dict[str, Any] = {}
    for key, value in data.items():
        f = by_name.get(key)
        if f is None or value is None:
            out[key] = value
            continue
        mapped = TYPES[f.type].map_references(f, value, to, once)
        if mapped is not _DROP:
            out[key] = mapped
    return out


_WITH_CACHE: dict[tuple[int, tuple[T, ...]], tuple[Field, ...]] = {}


def fields_with(fields: tuple[Field, ...], types: tuple[T, ...]) -> tuple[Field, ...]:
    """The fields of these types, and the objects that contain some (cached: a hot path in imports)."""
    key = (id(fields), types)
    found = _WITH_CACHE.get(key)
    if found is None:
        found = tuple(f for f in fields if f.type in types or (f.type is T.OBJECT and fields_with(f.fields, types)))
        _WITH_CACHE[key] = found
    return found


# --- what the checks share ------------------------------------------------------------------------


def limit(f: Field) -> int | None:
    """The longest string field ``f`` may hold (None: bounded only by the document's size)."""
    if f.name == "data" and f.type is T.STR:
        return None  # an attachment's bytes, in base64
    if f.name in _NARRATIVE_NAMES:
        return MAX_TEXT_LENGTH
    return TYPES[f.type].max_length


def text_problem(value: str, limit: int | None) -> str | None:
    """Why a string cannot be kept as it is, or None."""
    if limit is not None and len(value) > limit:
        return _("is too long ({length} characters; at most {n})").format(length=len(value), n=limit)
    bad = (_SURROGATE or _surrogate()).search(value)
    if bad:
        return _("holds a lone surrogate (U+{code:04X} at character {at}), which is not text").format(
            code=ord(bad.group()), at=bad.start() + 1
        )
    return None


def name_problems(value: Any, limit: int | None = MAX_STRING_LENGTH) -> list[str]:
    """Why a name object is not one (empty when it is)."""
    if not isinstance(value, dict):
        return [_('must be a name object such as {"fa": "...", "en": "..."}')]
    extra = set(value) - {"fa", "en"}
    if extra:
        return [_("unknown key {key!r} in a name (only fa and en)").format(key=_Shown(sorted(extra)[0]))]
    if any(v is not None and not isinstance(v, str) for v in value.values()):
        return [_("name forms must be strings")]
    for form in value.values():
        if isinstance(form, str) and (problem := text_problem(form, limit)):
            return [problem]
    if not any(isinstance(v, str) and v.strip() for v in value.values()):
        return [_("needs a Persian (fa) or an English (en) form")]
    return []


def _check_attachment(kind: str, rid: str | None, path: str, att: dict) -> Iterator[Problem]:
    import base64
    import binascii
    import hashlib

    sha = att.get("sha256")
    if isinstance(sha, str) and not re.match(_SHA256, sha):
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


def enum_message(value: Any, allowed: tuple[str, ...]) -> str:
    return _("unknown value {value!r}; one of: {allowed}").format(value=_Shown(value), allowed=_(", ").join(allowed))


def shown(value: Any) -> str:
    """A value for a message: short, printable, never a wall of text or a deep structure."""
    return _REPR.repr(value)


class _Shown:
    """A value whose ``repr`` (``{value!r}`` in a message) is :func:`shown`."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return shown(self.value)


def shown_key(key: str) -> str:
    """An unknown key as a field name in a message: cut short, unprintable characters escaped."""
    text = key if len(key) <= 60 else key[:60] + "…"
    return text if text.isprintable() else text.encode("unicode_escape", "backslashreplace").decode("ascii")


_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = 4


def _is_datetime(text: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
