"""The record types of a case file and their enumerations: the exchange format in code.

A record is kept as the plain JSON object of ``shared/spec/exchange-format.md`` (a dict), because
that is the form users, scripts and the audit trail see. What each list may hold is declared here
once, as :class:`Field` specifications; validation (``casefile.validate``), the store's link and
date indexes, search and the desktop forms all read these declarations instead of repeating them.
"""

from __future__ import annotations

from enum import Enum

TYPE_CHECKING = False  # typing is not imported at run time: see casefile.cli
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

FORMAT_NAME = "casefile-exchange"
FORMAT_VERSION = 1

#: The record lists of an exchange document, in the order an export writes them.
LISTS: tuple[str, ...] = (
    "persons",
    "organizations",
    "places",
    "events",
    "acts",
    "involvements",
    "positions",
    "relations",
    "interventions",
    "testimonies",
    "sources",
    "citations",
)

AUDIENCES = ("un", "amnesty", "lawyers", "public")
CONFIDENTIALITY = ("public", "restricted", "confidential")
DEFAULT_CONFIDENTIALITY = "restricted"
ALIAS_KINDS = ("transliteration", "assumed_name", "nickname", "kunya", "other")
#: Roles a person is listed under in the app. Declared in ``persons.roles`` (an extension of the
#: exchange format, see docs/exchange-extensions.md) or derived from what refers to the person.
PERSON_ROLES = ("victim", "relative", "witness", "official")


class T(Enum):
    """The shape of a field's value."""

    STR = "string"
    TEXT = "text"  # long free text (indexed for search the same way, shown as a paragraph)
    NAME = "name"  # {"fa": ..., "en": ...}, at least one
    ALIASES = "aliases"  # list of str | {"name", "kind"}
    DATE = "date"  # EDTF string or {"calendar": "jalali", "value": ...}
    DATETIME = "datetime"  # ISO 8601 date-time string
    ENUM = "enum"
    ENUM_LIST = "enum list"
    NAMING = "naming"  # one of ``values`` for every audience, or {audience: value} (family consent, 1.1)
    REF = "reference"
    REF_LIST = "reference list"
    NUMBER = "number"
    BOOL = "boolean"
    OBJECT = "object"
    OBJECT_LIST = "object list"

    # Members are singletons compared by identity: hash them by identity too, in C (Enum's own
    # __hash__ is Python, called millions of times by an import looking up each field's type).
    __hash__ = object.__hash__


class _Value:
    """An immutable value with named fields, equal and hashed by them: what ``dataclass(frozen=True)``
    gives, without importing ``dataclasses`` (it imports ``inspect``: a fifth of the start-up of a
    short command such as ``casefile search``, which needs this module)."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple:
        return (type(self), self._values())  # copy and pickle through the constructor


class Field(_Value):
    """One field of a record or of a nested object."""

    __slots__ = ("name", "type", "required", "values", "refs", "fields", "nullable", "searchable", "app_written")
    name: str
    type: T
    required: bool
    values: tuple[str, ...]  # for ENUM / ENUM_LIST
    refs: tuple[str, ...]  # lists a REF / REF_LIST may point into; () = any list
    fields: tuple[Field, ...]  # for OBJECT / OBJECT_LIST
    nullable: bool  # an explicit null is meaningful (kept on round trip)
    searchable: bool  # its text goes into the full-text index
    app_written: bool  # kept by the app itself (e.g. what a merge kept), never on a form

    def __init__(
        self,
        name: str,
        type: T,  # noqa: A002 - the field's name in the model
        required: bool = False,
        values: tuple[str, ...] = (),
        refs: tuple[str, ...] = (),
        fields: tuple[Field, ...] = (),
        nullable: bool = False,
        searchable: bool = False,
        app_written: bool = False,
    ) -> None:
        for key, value in zip(
            self.__slots__, (name, type, required, values, refs, fields, nullable, searchable, app_written), strict=True
        ):
            object.__setattr__(self, key, value)


def _f(name: str, type_: T, **kw: Any) -> Field:
    return Field(name, type_, **kw)


_CONSENT_COMMON = (
    _f("recorded", T.DATE),
    _f("given_by", T.REF, refs=("persons",)),
    _f("share_with", T.ENUM_LIST, values=AUDIENCES),
    _f("withdrawn", T.DATE, nullable=True),
    _f("notes", T.TEXT),
)
TESTIMONY_CONSENT = (
    *_CONSENT_COMMON,
    _f("name_witness", T.BOOL),
    _f("covers_sensitive", T.BOOL),
)
#: How a victim may be named: ``family_consent.name`` holds one of these, or (1.1) an object
#: giving one per audience, ``{"un": "full", "public": "initials"}``, kept exactly as answered.
NAMING_LEVELS = ("full", "initials", "none")
FAMILY_CONSENT = (*_CONSENT_COMMON, _f("name", T.NAMING, values=NAMING_LEVELS))

CUSTODY = (_f("at", T.DATETIME), _f("by", T.STR), _f("action", T.STR))
ATTACHMENT = (
    _f("filename", T.STR, required=True),
    _f("media_type", T.STR),
    _f("sha256", T.STR, required=True),
    _f("data", T.STR),
    _f("acquired", T.DATETIME),
    _f("acquired_by", T.STR),
    _f("method", T.STR),
    _f("custody", T.OBJECT_LIST, fields=CUSTODY),
)
_CONF = _f("confidentiality", T.ENUM, values=CONFIDENTIALITY)
_NOTES = _f("notes", T.TEXT, searchable=True)
_PERSON_OR_ORG = ("persons", "organizations")

#: Every list's fields, in the order an export writes them.
SCHEMA: dict[str, tuple[Field, ...]] = {
    "persons": (
        _f("id", T.STR, required=True),
        _f("name", T.NAME, required=True, searchable=True),
        _f("aliases", T.ALIASES, searchable=True),
        _f("roles", T.ENUM_LIST, values=PERSON_ROLES),
        _f("sex", T.ENUM, values=("female", "male", "other", "unknown")),
        _f("father_name", T.NAME, searchable=True),
        _f("mother_name", T.NAME, searchable=True),
        _f("birth", T.DATE),
        _f("birth_place", T.REF, refs=("places",)),
        _f("nationality", T.STR),
        _f("id_document", T.STR),
        _f("occupation", T.STR, searchable=True),
        _f("residence", T.REF, refs=("places",)),  # usual residence before arrest (1.1)
        _f("circumstances", T.NAME, searchable=True),  # narrative of what happened, fa and/or en (1.1)
        _f("photo", T.OBJECT, fields=ATTACHMENT),
        _f("affiliation", T.REF, refs=("organizations",)),
        _f(
            "burial",
            T.OBJECT,
            fields=(
                _f("place", T.REF, refs=("places",), nullable=True),
                _f("status", T.ENUM, values=("known", "unknown", "unmarked", "disputed")),
            ),
        ),
        _f("death_certificate", T.ENUM, values=("none", "inaccurate", "received", "unknown")),
        _f("family_informed", T.DATE),
        _f("family_consent", T.OBJECT, fields=FAMILY_CONSENT),
        _NOTES,
        _CONF,
    ),
    "organizations": (
        _f("id", T.STR, required=True),
        _f("name", T.NAME, required=True, searchable=True),
        _f("aliases", T.ALIASES, searchable=True),
        _f(
            "kind",
            T.ENUM,
            values=(
                "political_group",
                "state_body",
                "court",
                "prison_authority",
                "security_service",
                "ngo",
                "un_body",
                "media",
                "other",
            ),
        ),
        _NOTES,
    ),
    "places": (
        _f("id", T.STR, required=True),
        _f("name", T.NAME, required=True, searchable=True),
        _f(
            "kind",
            T.ENUM,
            values=("prison", "cemetery", "court", "city", "province", "country", "other"),
        ),
        _f("parent", T.REF, refs=("places",)),
        _f("lat", T.NUMBER),
        _f("lon", T.NUMBER),
        _NOTES,
    ),
    "events": (
        _f("id", T.STR, required=True),
        _f("title", T.NAME, required=True, searchable=True),
        _f(
            "kind",
            T.ENUM,
            values=(
                "mass_execution",
                "execution",
                "arrest_wave",
                "trial",
                "committee_session",
                "transfer",
                "burial",
                "statement",
                "disclosure",
                "denial",
                "other",
            ),
        ),
        _f("start", T.DATE),
        _f("end", T.DATE),
        _f("place", T.REF, refs=("places",)),
        _f("parent", T.REF, refs=("events",)),
        _f("description", T.TEXT, searchable=True),
        _CONF,
    ),
    "acts": (
        _f("id", T.STR, required=True),
        _f("victim", T.REF, required=True, refs=("persons",)),
        _f(
            "type",
            T.ENUM,
            required=True,
            values=(
                "arrest",
                "detention",
                "trial",
                "sentence",
                "execution",
                "torture",
                "enforced_disappearance",
                "secret_burial",
                "harassment_of_family",
                "last_seen",
                "other",
            ),
        ),
        _f("event", T.REF, refs=("events",)),
        _f("date", T.DATE),
        _f("place", T.REF, refs=("places",)),
        _f("by", T.REF, refs=("persons",)),  # for last_seen: who saw them or last had contact (1.1)
        _NOTES,
        _CONF,
    ),
    "involvements": (
        _f("id", T.STR, required=True),
        _f(
            "role",
            T.ENUM,
            required=True,
            values=(
                "ordered",
                "decided",
                "carried_out",
                "supervised",
                "covered_up",
                "denied",
                "was_informed",
                "other",
            ),
        ),
        _f("person", T.REF, refs=("persons",)),
        _f("organization", T.REF, refs=("organizations",)),
        _f("event", T.REF, refs=("events",)),
        _f("act", T.REF, refs=("acts",)),
        _f("certainty", T.ENUM, values=("established", "alleged", "suspected")),
        _f("basis", T.TEXT, searchable=True),
        _f("date", T.DATE),
        _NOTES,
    ),
    "positions": (
        _f("id", T.STR, required=True),
        _f("person", T.REF, required=True, refs=("persons",)),
        _f("title", T.NAME, required=True, searchable=True),
        _f("organization", T.REF, refs=("organizations",)),
        _f("start", T.DATE),
        _f("end", T.DATE),
    ),
    "relations": (
        _f("id", T.STR, required=True),
        _f("person", T.REF, required=True, refs=("persons",)),
        _f(
            "is",
            T.ENUM,
            required=True,
            values=(
                "mother",
                "father",
                "sibling",
                "spouse",
                "child",
                "relative",
                "cellmate",
                "lawyer",
                "other",
            ),
        ),
        _f("of", T.REF, required=True, refs=("persons",)),
    ),
    "interventions": (
        _f("id", T.STR, required=True),
        _f("victim", T.REF, required=True, refs=("persons",)),
        _f(
            "kind",
            T.ENUM,
            required=True,
            values=(
                "inquiry_to_authorities",
                "prison_visit",
                "letter",
                "legal_petition",
                "un_submission",
                "public_appeal",
                "media",
                "other",
            ),
        ),
        _f("by", T.REF, refs=_PERSON_OR_ORG),
        _f("addressed_to", T.REF, refs=_PERSON_OR_ORG),
        _f("date", T.DATE),
        _f("outcome", T.TEXT, searchable=True),
        _NOTES,
        _CONF,
    ),
    "testimonies": (
        _f("id", T.STR, required=True),
        _f("witness", T.REF, required=True, refs=("persons",)),
        _f("about", T.REF_LIST, refs=("persons", "events", "acts")),
        _f("recorded", T.DATE),
        _f("recorded_by", T.STR),
        _f("place", T.REF, refs=("places",)),
        _f("language", T.STR),
        _f("text", T.TEXT, required=True, searchable=True),
        _f("summary", T.TEXT, searchable=True),
        _f("sensitive", T.ENUM_LIST, values=("sexual_violence", "torture", "medical", "other")),
        _f("consent", T.OBJECT, fields=TESTIMONY_CONSENT),
        _CONF,
    ),
    "sources": (
        _f("id", T.STR, required=True),
        _f("title", T.NAME, required=True, searchable=True),
        _f(
            "kind",
            T.ENUM,
            values=(
                "report",
                "statement",
                "audio",
                "video",
                "document",
                "photo",
                "letter",
                "news",
                "book",
                "testimony_record",
                "other",
            ),
        ),
        _f("author", T.STR, searchable=True),
        _f("publisher", T.STR, searchable=True),
        _f("date", T.DATE),
        _f("url", T.STR),
        _f("attachments", T.OBJECT_LIST, fields=ATTACHMENT),
        _NOTES,
    ),
    "citations": (
        _f("id", T.STR, required=True),
        _f("source", T.REF, required=True, refs=("sources",)),
        _f("supports", T.REF, required=True),
        _f("locator", T.STR),
        _NOTES,
    ),
}

#: Fields of a person that a merged record's differing values may hold: not its names (they become
#: aliases), nor a second photo (attached files are kept by content; the merged record's last
#: version, in the history, still names it).
MERGED_VALUE_FIELDS = tuple(f for f in SCHEMA["persons"] if f.name not in ("id", "name", "aliases", "roles", "photo"))
# What a person keeps of the records merged into it as "the same person" (casefile.person_merge;
# an extension, docs/exchange-extensions.md): each merged record's id, which still finds this one,
# the values it reported that differ from this record's, and the sources that supported it.
SCHEMA["persons"] = (
    *SCHEMA["persons"],
    _f(
        "merged",
        T.OBJECT_LIST,
        app_written=True,
        fields=(
            _f("id", T.STR, required=True),
            _f("values", T.OBJECT, fields=MERGED_VALUE_FIELDS),
            _f("sources", T.REF_LIST, refs=("sources",)),
        ),
    ),
)

#: The field each list is titled by (a name object).
TITLE_FIELD: dict[str, str] = {
    "persons": "name",
    "organizations": "name",
    "places": "name",
    "events": "title",
    "positions": "title",
    "sources": "title",
}

#: The date a record sorts by in lists and chronologies.
SORT_DATE_FIELD: dict[str, str] = {
    "persons": "birth",
    "events": "start",
    "acts": "date",
    "involvements": "date",
    "positions": "start",
    "interventions": "date",
    "testimonies": "recorded",
    "sources": "date",
}

CASE_FIELDS = (
    _f("title", T.STR),
    _f(
        "submitter",
        T.OBJECT,
        fields=(
            _f("name", T.STR),
            _f("organization", T.STR),
            _f("contact", T.STR),
            _f("relationship", T.STR),  # to the victims' families, e.g. "sister" (1.1)
            _f("confidential", T.BOOL),
        ),
    ),
)


def field_of(kind: str, name: str) -> Field | None:
    """The declaration of ``name`` in list ``kind``, or None."""
    for f in SCHEMA[kind]:
        if f.name == name:
            return f
    return None


class Record(_Value):
    """One record as stored: its list, its id and its exchange-format object."""

    __slots__ = ("kind", "id", "data")
    kind: str
    id: str
    data: dict[str, Any]

    def __init__(self, kind: str, id: str, data: dict[str, Any] | None = None) -> None:  # noqa: A002
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "data", {} if data is None else data)

    @property
    def confidentiality(self) -> str:
        return str(self.data.get("confidentiality", DEFAULT_CONFIDENTIALITY))


def name_text(name: Any, lang: str = "en") -> str:
    """A name object as one string in ``lang``, falling back to the other script."""
    if isinstance(name, str):
        return name
    if not isinstance(name, dict):
        return ""
    other = "fa" if lang == "en" else "en"
    return str(name.get(lang) or name.get(other) or "")


def record_title(kind: str, data: dict[str, Any], lang: str = "en", name_of: Callable[[str], str] | None = None) -> str:
    """A short human title for any record, used by lists, search results and audit views.

    Records without a name of their own (acts, involvements, ...) are titled by what they refer
    to; ``name_of`` turns a referenced id into that record's name (ids are shown without it).
    """
    title_field = TITLE_FIELD.get(kind)
    if title_field:
        return name_text(data.get(title_field), lang) or data.get("id", "")

    def ref(key: str) -> str:
        value = str(data.get(key) or "")
        return (name_of(value) if name_of and value else value) or value

    rid = data.get("id", "")
    if kind == "acts":
        return f"{data.get('type', 'act').replace('_', ' ')}: {ref('victim')}"
    if kind == "involvements":
        who = ref("person") or ref("organization")
        what = ref("event") or ref("act")
        return f"{who}, {data.get('role', '').replace('_', ' ')}: {what}"
    if kind == "relations":
        return f"{ref('person')} is {data.get('is', '')} of {ref('of')}"
    if kind == "interventions":
        return f"{data.get('kind', 'intervention').replace('_', ' ')}: {ref('victim')}"
    if kind == "testimonies":
        summary = str(data.get("summary") or data.get("text") or "")
        return summary[:80] or rid
    if kind == "citations":
        return f"{ref('source')} → {ref('supports')}"
    return rid


def searchable_text(kind: str, data: dict) -> tuple[str, str]:
    """(title text, body text) of a record for the full-text index, before normalisation."""
    from casefile.fieldtypes import TYPES  # it imports this module

    title_parts: list[str] = []
    body_parts: list[str] = []
    for f in SCHEMA[kind]:
        if not f.searchable or data.get(f.name) is None:
            continue
        target = title_parts if f.name in ("name", "title", "aliases") else body_parts
        target += TYPES[f.type].search_text(data[f.name])
    return " ".join(title_parts), " ".join(body_parts)
