"""Reading and writing records through the store, with an audit entry for every change.

Every write here is all or nothing (one transaction, or the caller's) and audited. Readers return
:class:`~casefile.model.Record` objects (the exchange-format JSON) or light :class:`Row` summaries
for lists. The desktop, the exchange import/export and the dossiers all come through here.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from casefile.audit import AuditWriter
from casefile.dates import parse_date
from casefile.errors import CasefileError, InvalidRecord, Problem, RecordNotFound
from casefile.i18n import _
from casefile.model import (
    LISTS,
    PERSON_ROLES,
    SCHEMA,
    SORT_DATE_FIELD,
    TITLE_FIELD,
    Record,
    T,
    record_title,
    searchable_text,
)
from casefile.text import holds_case_text, index_keys, normalise, persian_sort_key, tokens
from casefile.validate import canonical, canonical_case, check_case, check_record, date_fields, references

if TYPE_CHECKING:
    from casefile.store import CaseFile


#: What json.dumps(data, ensure_ascii=False, separators=(",", ":")) builds on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(data: Any) -> str:
    """The one JSON spelling used for stored records and audit entries."""
    return _ENCODER.encode(data)


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """A record's summary, as lists show it."""

    id: str
    kind: str
    title_en: str
    title_fa: str
    sort_date: str | None
    confidentiality: str | None

    def title(self, lang: str = "en") -> str:
        first, second = (self.title_fa, self.title_en) if lang == "fa" else (self.title_en, self.title_fa)
        return first or second or self.id


@dataclass(frozen=True)
class Link:
    """A reference from one record to another (``field`` as in the exchange format, e.g. ``victim``)."""

    from_id: str
    from_kind: str
    field: str
    to_id: str


def get(cf: CaseFile, record_id: str) -> Record | None:
    """The record with this id, or None."""
    row = cf.conn.execute("SELECT kind, data FROM records WHERE id = ?", (record_id,)).fetchone()
    return Record(row[0], record_id, json.loads(row[1])) if row else None


def require(cf: CaseFile, record_id: str, kind: str | None = None) -> Record:
    """The record with this id (of list ``kind`` if given); :class:`RecordNotFound` otherwise."""
    record = get(cf, record_id)
    if record is None or (kind is not None and record.kind != kind):
        if kind:
            # TRANSLATORS: {kind} is the list's name without its final s ("person", "event"), an identifier
            message = _("no {kind} with id {id!r} in {file}").format(kind=kind[:-1], id=record_id, file=cf.path.name)
        else:
            message = _("no record with id {id!r} in {file}").format(id=record_id, file=cf.path.name)
        raise RecordNotFound(message)
    return record


def resolve_id(cf: CaseFile, record_id: str) -> str | None:
    """The id a record goes by now: ``record_id`` itself if the record exists; for a person merged
    into another as the same person (``casefile.person_merge``), the person it was merged into;
    None if neither."""
    if cf.conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone():
        return record_id
    row = cf.conn.execute(
        "SELECT r.id FROM records r, json_each(r.data, '$.merged') m "
        "WHERE r.kind = 'persons' AND json_extract(m.value, '$.id') = ? LIMIT 1",
        (record_id,),
    ).fetchone()
    return str(row[0]) if row else None


def get_many(cf: CaseFile, ids: Iterable[str]) -> dict[str, Record]:
    """The records among ``ids`` that exist, by id."""
    found: dict[str, Record] = {}
    id_list = list(dict.fromkeys(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, kind, data in cf.conn.execute(f"SELECT id, kind, data FROM records WHERE id IN ({marks})", chunk):
            found[rid] = Record(kind, rid, json.loads(data))
    return found


def iter_records(cf: CaseFile, kind: str) -> Iterator[Record]:
    """Every record of a list, in the order they were first added, read as they go."""
    # In rowid order through the table (+kind), between the list's first and last rowid (a kind
    # index has them): not found through a kind index and then sorted in a temporary b-tree, which
    # holds the whole list (a million acts) before its first row comes.
    lo, hi = cf.conn.execute("SELECT min(rowid), max(rowid) FROM record_heads WHERE kind = ?", (kind,)).fetchone()
    if lo is None:
        return
    sql = "SELECT id, data FROM records WHERE +kind = ? AND rowid BETWEEN ? AND ? ORDER BY rowid"
    for rid, data in cf.conn.execute(sql, (kind, lo, hi)):
        yield Record(kind, rid, json.loads(data))


def _role_clause(role: str | None) -> tuple[str, list]:
    if role is None:
        return "", []
    if role not in PERSON_ROLES:
        raise ValueError(f"unknown role {role!r}")
    return " AND id IN (SELECT person_id FROM person_roles WHERE role = ?)", [role]


def _filter_clause(text: str | None) -> tuple[str, list]:
    if not text:
        return "", []
    pattern = "%" + _like_escape(normalise(text)) + "%"
    pattern_fa = "%" + _like_escape(persian_sort_key(text)) + "%"
    return " AND (sort_title LIKE ? ESCAPE '\\' OR sort_title_fa LIKE ? ESCAPE '\\')", [pattern, pattern_fa]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ORDERS = {
    "title": "{t}, id",
    "-title": "{t} DESC, id DESC",
    "date": "sort_date IS NULL, sort_date, {t}",
    "-date": "sort_date IS NULL, sort_date DESC, {t}",
    "id": "id",
}


def _order_sql(order: str, lang: str) -> str:
    """ORDER BY terms; titles sort in the script of the language shown (``fa``: Persian first)."""
    return _ORDERS[order].format(t="sort_title_fa" if lang == "fa" else "sort_title")


def list_rows(
    cf: CaseFile,
    kind: str,
    *,
    role: str | None = None,
    filter_text: str | None = None,
    order: str = "title",
    limit: int = 200,
    offset: int = 0,
    lang: str = "en",
) -> list[Row]:
    """One page of a list's summaries: persons may be narrowed to a role (``victim``, ...),
    ``filter_text`` matches titles in either script (normalised)."""
    role_sql, role_args = _role_clause(role)
    filter_sql, filter_args = _filter_clause(filter_text)
    sql = (
        "SELECT id, kind, title_en, title_fa, sort_date, confidentiality FROM records "
        f"WHERE kind = ?{role_sql}{filter_sql} ORDER BY {_order_sql(order, lang)} LIMIT ? OFFSET ?"
    )
    rows = cf.conn.execute(sql, [kind, *role_args, *filter_args, limit, offset])
    return [Row(*r) for r in rows]


def count(cf: CaseFile, kind: str | None = None, *, role: str | None = None, filter_text: str | None = None) -> int:
    """How many records a list (or the whole file, with no ``kind``) holds."""
    if kind is None:
        return int(cf.conn.execute("SELECT count(*) FROM record_heads").fetchone()[0])
    if role is not None:
        _role_clause(role)  # refuses an unknown role
        return _count_by_roles(cf, kind, [role], filter_text)
    filter_sql, filter_args = _filter_clause(filter_text)
    sql = f"SELECT count(*) FROM record_heads WHERE kind = ?{filter_sql}"
    return int(cf.conn.execute(sql, [kind, *filter_args]).fetchone()[0])


def _count_by_roles(cf: CaseFile, kind: str, roles: list[str], filter_text: str | None) -> int:
    """The records of ``kind`` listed under any of ``roles``: the distinct persons of
    ``person_roles`` in its (role, person_id) index, each looked up once by id, so the count grows
    with the persons counted. (``id IN (SELECT ...)`` over the ``records`` view built a temporary
    index of them and read every person's version: n^1.45.)"""
    filter_sql, filter_args = _filter_clause(filter_text)
    marks = ",".join("?" * len(roles))
    sql = (
        f"SELECT count(*) FROM (SELECT DISTINCT person_id FROM person_roles WHERE role IN ({marks})) p "
        f"JOIN record_heads ON record_heads.id = p.person_id WHERE kind = ?{filter_sql}"
    )
    return int(cf.conn.execute(sql, [*roles, kind, *filter_args]).fetchone()[0])


def roles_of(cf: CaseFile, person_id: str) -> list[str]:
    """The roles a person is listed under."""
    rows = cf.conn.execute("SELECT DISTINCT role FROM person_roles WHERE person_id = ?", (person_id,))
    found = {r[0] for r in rows}
    return [r for r in PERSON_ROLES if r in found]


def derived_roles(cf: CaseFile, person_id: str) -> list[tuple[str, str]]:
    """(role, list of the record that gives it) for the roles other records give a person (an act
    makes them a victim, a position an official, ...), not the ones the person declares."""
    rows = cf.conn.execute(
        "SELECT DISTINCT pr.role, r.kind FROM person_roles pr JOIN records r ON r.id = pr.source_id "
        "WHERE pr.person_id = ? AND pr.source_id != ? ORDER BY r.kind",
        (person_id, person_id),
    )
    return [(role, kind) for role, kind in rows]


def referrers(cf: CaseFile, record_id: str) -> list[Link]:
    """Every reference to this record from another one."""
    rows = cf.conn.execute(
        "SELECT l.from_id, r.kind, l.field, l.to_id FROM links l JOIN records r ON r.id = l.from_id "
        "WHERE l.to_id = ? ORDER BY r.kind, l.from_id",
        (record_id,),
    )
    return [Link(*r) for r in rows]


def referenced(cf: CaseFile, record_id: str) -> list[Link]:
    """Every reference this record makes to another one."""
    rows = cf.conn.execute(
        "SELECT l.from_id, r.kind, l.field, l.to_id FROM links l JOIN records r ON r.id = l.from_id "
        "WHERE l.from_id = ?",
        (record_id,),
    )
    return [Link(*r) for r in rows]


def referring_records(cf: CaseFile, record_id: str, kind: str, field_name: str) -> list[Record]:
    """The records of list ``kind`` whose ``field_name`` points at ``record_id`` (e.g. a victim's acts)."""
    rows = cf.conn.execute(
        "SELECT r.id, r.data FROM links l JOIN records r ON r.id = l.from_id "
        "WHERE l.to_id = ? AND l.field = ? AND l.from_kind = ? AND r.kind = ? "
        "ORDER BY r.sort_date IS NULL, r.sort_date, r.rowid",
        (record_id, field_name, kind, kind),
    )
    return [Record(kind, rid, json.loads(data)) for rid, data in rows]


def kinds_of(cf: CaseFile, ids: Iterable[str]) -> dict[str, str]:
    """The list each existing id belongs to."""
    found: dict[str, str] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(cf.conn.execute(f"SELECT id, kind FROM records WHERE id IN ({marks})", chunk).fetchall())
    return found


def case_settings(cf: CaseFile) -> dict[str, Any]:
    """The case file's own settings: ``{"title": ..., "submitter": {...}}`` (empty if never set)."""
    row = cf.conn.execute("SELECT value FROM case_settings WHERE key = 'case'").fetchone()
    return json.loads(row[0]) if row else {}


def attachment_data(cf: CaseFile, sha256: str) -> bytes | None:
    """The bytes of an attached file, or None if the case file does not hold them."""
    row = cf.conn.execute("SELECT data FROM attachments WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def attachment_sizes(cf: CaseFile, sha256s: Iterable[str] | None = None) -> dict[str, int]:
    """Size in bytes of the attached files the case file holds (those among ``sha256s`` when
    given, else all), by SHA-256."""
    if sha256s is None:
        return dict(cf.conn.execute("SELECT sha256, size FROM attachments").fetchall())
    found: dict[str, int] = {}
    wanted = list(dict.fromkeys(sha256s))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(cf.conn.execute(f"SELECT sha256, size FROM attachments WHERE sha256 IN ({marks})", chunk))
    return found


def state_fingerprint(cf: CaseFile) -> str:
    """The case file's state as its audit chain head, ``seq:hash`` (the whole SHA-256): printed on
    dossiers and kept with shares, backups and exports, it is an anchor ``verify --anchor`` checks."""
    from casefile.audit import head

    seq, digest = head(cf)
    return f"{seq}:{digest}"


# --- deriving what lists, links, dates and search need -------------------------------------------


class _Derived(NamedTuple):
    """What a record's rows in the derived tables hold (a tuple: it crosses a pipe per record in an
    import made ready in a child process, ``casefile.preparing``)."""

    title_en: str
    title_fa: str
    sort_title: str
    sort_title_fa: str
    sort_date: str | None
    confidentiality: str | None
    search_title: str
    search_body: str
    links: list[tuple[str, str, str]]  # (field, to_id, the referring record's list)
    roles: list[tuple[str, str]]  # (person_id, role)
    dates: list[tuple[str, str, str | None, str | None]]
    names: list[tuple[str, int]]  # a person's name phrases, (phrase, words)


#: A reference that lists its target under a role: (list, field) -> role.
_ROLE_OF_LINK = {
    ("acts", "victim"): "victim",
    ("interventions", "victim"): "victim",
    ("testimonies", "witness"): "witness",
    ("involvements", "person"): "official",
    ("positions", "person"): "official",
    ("relations", "person"): "relative",
}


def _date_json(value: Any) -> str:
    if isinstance(value, str):
        return _date_text_json(value)
    return _jalali_json(str(value.get("value")))


@lru_cache(maxsize=65536)
def _date_text_json(value: str) -> str:
    return dumps(value)


@lru_cache(maxsize=65536)
def _jalali_json(value: str) -> str:
    return dumps({"calendar": "jalali", "value": value})


def _name_keys(kind: str, data: dict) -> str:
    """The matching keys of a person's, organization's or place's names (and aliases), for the
    search index: how search finds spelling variants and the other script (``casefile.linkage``)."""
    if kind not in ("persons", "organizations", "places"):
        return ""
    name = data.get("name")
    names = [v for v in name.values() if isinstance(v, str)] if isinstance(name, dict) else []
    names += [a if isinstance(a, str) else str(a.get("name", "")) for a in data.get("aliases") or ()]
    keys = index_keys(names)
    return " " + keys if keys else ""


def _derive(kind: str, data: dict, refs: Iterable[tuple[str, str, tuple[str, ...]]] | None = None) -> _Derived:
    """The derived rows of a record (``refs``: its references, when the caller has them already)."""
    title_field = TITLE_FIELD.get(kind)
    if title_field:
        name = data.get(title_field) or {}
        title_en, title_fa = str(name.get("en") or ""), str(name.get("fa") or "")
    else:
        title_en, title_fa = record_title(kind, data, "en"), ""
    dates = []
    sort_date = None
    for path, value in date_fields(kind, data):
        pd = parse_date(value)
        lo = pd.lo.isoformat() if pd.lo else None
        dates.append((path, _date_json(value), lo, pd.hi.isoformat() if pd.hi else None))
        if path == SORT_DATE_FIELD.get(kind):
            sort_date = lo
    search_title, search_body = searchable_text(kind, data)
    links = [(path, target, kind) for path, target, _ in (references(kind, data) if refs is None else refs)]
    roles = [(target, _ROLE_OF_LINK[(kind, path)]) for path, target, _k in links if (kind, path) in _ROLE_OF_LINK]
    names: list[tuple[str, int]] = []
    if kind == "persons":
        roles += [(data["id"], role) for role in data.get("roles", ())]
        names = name_phrases(data)
    norm_en = normalise(title_en)
    return _Derived(
        title_en=title_en,
        title_fa=title_fa,
        sort_title=norm_en or normalise(title_fa),
        sort_title_fa=persian_sort_key(title_fa or title_en),
        sort_date=sort_date,
        confidentiality=data.get("confidentiality"),
        search_title=normalise(search_title) + _name_keys(kind, data),
        search_body=normalise(search_body),
        links=links,
        dates=dates,
        roles=roles,
        names=names,
    )


def name_strings(data: dict) -> Iterator[str]:
    """Every string that names a person: each form of their name and of their parents' names, their
    identity document, each alias (what a text is searched for when the person is withheld)."""
    for key in ("name", "father_name", "mother_name"):
        value = data.get(key)
        if isinstance(value, dict):
            yield from (value[lang] for lang in ("en", "fa") if isinstance(value.get(lang), str))
    if isinstance(data.get("id_document"), str):
        yield data["id_document"]
    for alias in data.get("aliases") or ():
        text = alias if isinstance(alias, str) else alias.get("name") if isinstance(alias, dict) else None
        if isinstance(text, str):
            yield text


def name_phrases(data: dict) -> list[tuple[str, int]]:
    """(phrase, number of words) for each distinct string that names a person: its normalised words
    joined by a space, as a text holding the name holds them (``casefile.text.tokens``)."""
    found: dict[str, int] = {}
    for text in name_strings(data):
        words = _name_words(text)
        if words:
            found.setdefault(" ".join(words), len(words))
    return list(found.items())


@holds_case_text
@lru_cache(maxsize=65536)
def _name_words(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))  # names repeat (Mohammad Karimi): cached


# --- writing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What a write did to one record: ``insert``, ``update``, ``delete`` or ``unchanged``."""

    action: str
    kind: str
    id: str


class RecordWriter:
    """Writes validated, canonical records inside the caller's transaction, auditing each change.

    New records are buffered and written with ``executemany`` (bulk import speed); updates and
    deletes are written at once. Call :meth:`flush` before the transaction commits.
    """

    _BATCH = 2000

    def __init__(self, cf: CaseFile) -> None:
        self.cf = cf
        self.conn = cf.conn
        self.audit = AuditWriter(cf)
        self._next_rowid = int(self.conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM record_heads").fetchone()[0])
        self._records: list[tuple] = []
        self._links: list[tuple] = []
        self._dates: list[tuple] = []
        self._fts: list[tuple] = []
        self._roles: list[tuple] = []
        self._names: list[tuple] = []

    def put(
        self, kind: str, data: dict, existing: tuple[int, str, str] | None | bool = False, origin: str | None = None
    ) -> Change:
        """Insert or update one record. ``existing`` is (rowid, kind, json) when the caller knows
        it, None when it knows there is none, False to look it up. ``origin`` (JSON) says where a
        merged change came from; it goes into the audit entry."""
        text = dumps(data)
        return self.put_prepared(kind, data["id"], text, None, _derive(kind, data), existing, origin)

    def put_prepared(
        self, kind: str, rid: str, text: str, digest: bytes | None, derived: _Derived,
        existing: tuple[int, str, str] | None | bool = False, origin: str | None = None,
    ) -> Change:  # fmt: skip
        """:meth:`put` of a record already made ready (``casefile.preparing``): its canonical JSON
        ``text``, that text's SHA-256 ``digest`` (None: hashed here) and what derives from it."""
        if existing is False:
            row = self.conn.execute("SELECT rowid, kind, data FROM records WHERE id = ?", (rid,)).fetchone()
            existing = tuple(row) if row else None
        if existing:
            rowid, old_kind, old_text = existing  # type: ignore[misc]
            if old_kind != kind:
                message = _("this id is already used by a record in {list}").format(list=old_kind)
                raise InvalidRecord([Problem(kind, rid, "id", message)])
            if old_text == text:
                return Change("unchanged", kind, rid)
            vid = self.audit.append("update", kind, rid, old_text, text, origin, digest)
            self._update(rowid, kind, rid, vid, derived)
            return Change("update", kind, rid)
        rowid = self._next_rowid
        self._next_rowid += 1
        d = derived
        vid = self.audit.append("insert", kind, rid, None, text, origin, digest)
        self._records.append(
            (
                rowid,
                rid,
                kind,
                vid,
                d.title_en,
                d.title_fa,
                d.sort_title,
                d.sort_title_fa,
                d.sort_date or "",  # (None as '': see flush)
                d.confidentiality or "",
            )
        )
        self._hold_derived(rowid, rid, d)
        if len(self._records) >= self._BATCH:
            self.flush()
        return Change("insert", kind, rid)

    def _hold_derived(self, rowid: int, rid: str, d: _Derived) -> None:
        """The derived rows of one record, held for :meth:`flush` (the one place that inserts them)."""
        self._links += [(rid, *link) for link in d.links]
        self._dates += [(rid, path, entered, lo or "", hi or "") for path, entered, lo, hi in d.dates]
        self._roles += [(person, role, rid) for person, role in d.roles]
        self._names += [(phrase, rid, words) for phrase, words in d.names]
        if d.search_title or d.search_body:
            self._fts.append((rowid, d.search_title, d.search_body))

    def _update(self, rowid: int, kind: str, rid: str, vid: int | None, d: _Derived) -> None:
        self.flush()
        c = self.conn
        c.execute(
            "UPDATE record_heads SET vid = ?, title_en = ?, title_fa = ?, sort_title = ?, sort_title_fa = ?, "
            "sort_date = ?, confidentiality = ? WHERE rowid = ?",
            (vid, d.title_en, d.title_fa, d.sort_title, d.sort_title_fa, d.sort_date, d.confidentiality, rowid),
        )
        c.execute("DELETE FROM links WHERE from_id = ?", (rid,))
        c.execute("DELETE FROM record_dates WHERE record_id = ?", (rid,))
        c.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        c.execute("DELETE FROM person_roles WHERE source_id = ?", (rid,))
        c.execute("DELETE FROM person_names WHERE person_id = ?", (rid,))
        # written now: a caller may read the record's derived rows before its next write
        self._hold_derived(rowid, rid, d)
        self.flush()

    def delete(self, record_id: str, origin: str | None = None) -> Change:
        """Remove one record (its references to others go with it; references *to* it are the caller's)."""
        self.flush()
        row = self.conn.execute("SELECT rowid, kind, data FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(_("no record with id {id!r}").format(id=record_id))
        rowid, kind, old_text = row
        c = self.conn
        c.execute("DELETE FROM record_heads WHERE rowid = ?", (rowid,))
        c.execute("DELETE FROM links WHERE from_id = ?", (record_id,))
        c.execute("DELETE FROM record_dates WHERE record_id = ?", (record_id,))
        c.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        c.execute("DELETE FROM person_roles WHERE source_id = ?", (record_id,))
        c.execute("DELETE FROM person_names WHERE person_id = ?", (record_id,))
        self.audit.append("delete", kind, record_id, old_text, None, origin)
        return Change("delete", kind, record_id)

    def put_attachment(self, raw: bytes) -> str:
        """Keep an attached file's bytes (once per content); returns its SHA-256."""
        sha = hashlib.sha256(raw).hexdigest()
        if self.conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)).fetchone() is None:
            self.conn.execute("INSERT INTO attachments (sha256, size, data) VALUES (?, ?, ?)", (sha, len(raw), raw))
            self.audit.append("attach", "attachments", sha, None, dumps({"sha256": sha, "size": len(raw)}))
        return sha

    def put_case(self, settings: dict) -> bool:
        """Replace the case file's settings; False if they were already the same."""
        row = self.conn.execute("SELECT value FROM case_settings WHERE key = 'case'").fetchone()
        text = dumps(settings)
        if row and row[0] == text:
            return False
        self.conn.execute(
            "INSERT INTO case_settings (key, value) VALUES ('case', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (text,),
        )
        self.audit.append("settings", "case", "case", row[0] if row else None, text)
        return True

    def flush(self) -> None:
        c = self.conn
        # A missing date or confidentiality is bound as '' and made NULL by SQLite: the sqlite3 module
        # binds None about 2 µs slower than a string (docs/ARCHITECTURE.md, "Binding values").
        if self._records:
            c.executemany(
                "INSERT INTO record_heads (rowid, id, kind, vid, title_en, title_fa, sort_title, sort_title_fa, "
                "sort_date, confidentiality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''))",
                self._records,
            )
            self._records.clear()
        if self._links:
            c.executemany("INSERT INTO links (from_id, field, to_id, from_kind) VALUES (?, ?, ?, ?)", self._links)
            self._links.clear()
        if self._dates:
            c.executemany(
                "INSERT INTO record_dates (record_id, field, entered, lo, hi) VALUES (?, ?, ?, NULLIF(?, ''), NULLIF(?, ''))",
                self._dates,
            )
            self._dates.clear()
        if self._fts:
            c.executemany("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", self._fts)
            self._fts.clear()
        if self._roles:
            c.executemany("INSERT INTO person_roles (person_id, role, source_id) VALUES (?, ?, ?)", self._roles)
            self._roles.clear()
        if self._names:
            c.executemany("INSERT INTO person_names (phrase, person_id, words) VALUES (?, ?, ?)", self._names)
            self._names.clear()
        self.audit.flush()


def split_attachment_data(kind: str, data: dict) -> tuple[dict, list[bytes]]:
    """The record without attachment bytes (they are kept apart, by hash), and those bytes."""
    blobs: list[bytes] = []

    def strip(att: dict) -> dict:
        if "data" not in att:
            return att
        blobs.append(base64.b64decode(att["data"]))
        return {k: v for k, v in att.items() if k != "data"}

    if kind == "sources" and isinstance(data.get("attachments"), list):
        data = {**data, "attachments": [strip(a) for a in data["attachments"]]}
    if kind == "persons" and isinstance(data.get("photo"), dict):
        data = {**data, "photo": strip(data["photo"])}
    return data, blobs


def check_references(cf: CaseFile, kind: str, data: dict, pending: dict[str, str] | None = None) -> list[Problem]:
    """Faults in a record's references: each must name a record of an allowed list, in the
    case file or in ``pending`` (id -> list, e.g. the rest of an import)."""
    refs = list(references(kind, data))
    pending = pending or {}
    found = kinds_of(cf, [target for _, target, _ in refs if target not in pending])
    problems = []
    for path, target, allowed in refs:
        problem = reference_problem(kind, data["id"], path, target, pending.get(target) or found.get(target), allowed)
        if problem is not None:
            problems.append(problem)
    return problems


def reference_problem(
    kind: str, rid: str, path: str, target: str, target_kind: str | None, allowed: tuple[str, ...]
) -> Problem | None:
    """The fault of one reference (``target_kind``: the list the target is in, None if nowhere)."""
    if target_kind is None:
        message = _("refers to {target!r}, which is not in the case file").format(target=target)
        return Problem(kind, rid, path, message)
    if target_kind not in allowed and set(allowed) != set(LISTS):
        # TRANSLATORS: joins list names without their final s: "person or organization"
        wanted = _(" or ").join(a[:-1] if a != "testimonies" else "testimony" for a in allowed)
        # TRANSLATORS: {list} is a list's name, {wanted} one or more list names without their final s
        message = _("refers to {target!r}, a record in {list}; it must be a {wanted}")
        return Problem(kind, rid, path, message.format(target=target, list=target_kind, wanted=wanted))
    return None


def save(cf: CaseFile, kind: str, data: dict) -> Change:
    """Check one record and insert or update it, all or nothing, with its audit entry.

    Raises :class:`InvalidRecord` naming the list, id and field of every fault.
    """
    if kind not in SCHEMA:
        raise CasefileError(_("unknown list {list!r}").format(list=kind))
    problems = check_record(kind, data)
    if problems:
        raise InvalidRecord(problems)
    stored, blobs = split_attachment_data(kind, canonical(kind, data))
    problems = check_references(cf, kind, stored, {stored["id"]: kind})
    if problems:
        raise InvalidRecord(problems)
    with cf.transaction():
        writer = RecordWriter(cf)
        for raw in blobs:
            writer.put_attachment(raw)
        change = writer.put(kind, stored)
        writer.flush()
    return change


def save_many(cf: CaseFile, items: Iterable[tuple[str, dict]]) -> list[Change]:
    """Check and save several records together, all or nothing: either every record is written
    (each with its audit entry) or none is. References may point at records of the same batch,
    so a new person and the testimony about them are saved in one step.

    Raises :class:`InvalidRecord` naming every fault of every record; nothing is written then.
    """
    items = list(items)
    problems: list[Problem] = []
    prepared: list[tuple[str, dict, list[bytes]]] = []
    for kind, data in items:
        if kind not in SCHEMA:
            raise CasefileError(_("unknown list {list!r}").format(list=kind))
        record_problems = check_record(kind, data)
        problems += record_problems
        if not record_problems:
            stored, blobs = split_attachment_data(kind, canonical(kind, data))
            prepared.append((kind, stored, blobs))
    if problems:
        raise InvalidRecord(problems)
    pending = {stored["id"]: kind for kind, stored, _blobs in prepared}
    for kind, stored, _blobs in prepared:
        problems += check_references(cf, kind, stored, pending)
    if problems:
        raise InvalidRecord(problems)
    changes = []
    with cf.transaction():
        writer = RecordWriter(cf)
        for kind, stored, blobs in prepared:
            for raw in blobs:
                writer.put_attachment(raw)
            changes.append(writer.put(kind, stored))
        writer.flush()
    return changes


def set_case_settings(cf: CaseFile, settings: dict) -> None:
    """Replace the case file's own settings (title, submitter), audited."""
    problems = check_case(settings)
    if problems:
        raise InvalidRecord(problems)
    with cf.transaction():
        writer = RecordWriter(cf)
        writer.put_case(canonical_case(settings))
        writer.flush()


def add_attachment(cf: CaseFile, raw: bytes) -> str:
    """Keep a file's bytes in the case file (encrypted with it); returns its SHA-256."""
    with cf.transaction():
        writer = RecordWriter(cf)
        sha = writer.put_attachment(raw)
        writer.flush()
    return sha


@dataclass(frozen=True)
class DeletePlan:
    """What deleting a record does: records deleted with it (they cannot exist without it) and
    records that only lose their reference to it."""

    record_id: str
    deleted: list[str]
    unlinked: list[Link]


def plan_delete(cf: CaseFile, record_id: str) -> DeletePlan:
    """What :func:`delete` would do, for the user to confirm first."""
    require(cf, record_id)
    deleted: list[str] = []
    unlinked: list[Link] = []
    queue = [record_id]
    seen = {record_id}
    while queue:
        current = queue.pop()
        for link in referrers(cf, current):
            if link.from_id in seen:
                continue
            f = next((f for f in SCHEMA[link.from_kind] if f.name == link.field), None)
            needs_it = f is not None and f.required and f.type is T.REF
            if needs_it or _involvement_needs(link):
                seen.add(link.from_id)
                deleted.append(link.from_id)
                queue.append(link.from_id)
            else:
                unlinked.append(link)
    unlinked = [u for u in unlinked if u.from_id not in seen]
    return DeletePlan(record_id, deleted, unlinked)


def _involvement_needs(link: Link) -> bool:
    # An involvement names exactly one who and one what; without either it means nothing.
    return link.from_kind == "involvements" and link.field in ("person", "organization", "event", "act")


def delete(cf: CaseFile, record_id: str) -> DeletePlan:
    """Delete a record, the records that cannot exist without it, and every other reference to it;
    all or nothing, each change audited."""
    plan = plan_delete(cf, record_id)
    gone = {record_id, *plan.deleted}
    with cf.transaction():
        writer = RecordWriter(cf)
        by_record: dict[str, list[Link]] = {}
        for link in plan.unlinked:
            by_record.setdefault(link.from_id, []).append(link)
        for from_id in by_record:
            rec = require(cf, from_id)
            writer.put(rec.kind, canonical(rec.kind, _without_refs(rec.data, gone)))
        for rid in [*reversed(plan.deleted), record_id]:
            writer.delete(rid)
        writer.flush()
    return plan


def _without_refs(data: Any, gone: set[str]) -> Any:
    if isinstance(data, dict):
        out = {}
        for k, v in data.items():
            if isinstance(v, str) and v in gone and k != "id":
                continue
            out[k] = _without_refs(v, gone)
        return out
    if isinstance(data, list):
        return [_without_refs(v, gone) for v in data if not (isinstance(v, str) and v in gone)]
    return data


def withdraw_consent(cf: CaseFile, record_id: str, when: Any) -> Change:
    """Withdraw a testimony's consent or a victim family's consent from date ``when`` (one audited
    change; every dossier made after it leaves the record out)."""
    rec = require(cf, record_id)
    key = {"testimonies": "consent", "persons": "family_consent"}.get(rec.kind)
    if key is None:
        raise CasefileError(
            _("{id!r} is a record in {list}, which holds no consent").format(id=record_id, list=rec.kind)
        )
    consent = dict(rec.data.get(key) or {})
    consent["withdrawn"] = when
    return save(cf, rec.kind, {**rec.data, key: consent})


def _roles_clause(roles: Iterable[str]) -> tuple[str, list]:
    wanted = list(dict.fromkeys(roles))
    for role in wanted:
        if role not in PERSON_ROLES:
            raise ValueError(f"unknown role {role!r}")
    marks = ",".join("?" * len(wanted))
    return f" AND id IN (SELECT person_id FROM person_roles WHERE role IN ({marks}))", wanted


def list_person_rows(
    cf: CaseFile,
    roles: Iterable[str],
    *,
    filter_text: str | None = None,
    order: str = "title",
    limit: int = 200,
    offset: int = 0,
    lang: str = "en",
) -> list[Row]:
    """One page of the persons listed under any of ``roles`` (e.g. relatives and witnesses
    together), like :func:`list_rows`; each person once."""
    role_sql, role_args = _roles_clause(roles)
    filter_sql, filter_args = _filter_clause(filter_text)
    sql = (
        "SELECT id, kind, title_en, title_fa, sort_date, confidentiality FROM records "
        f"WHERE kind = 'persons'{role_sql}{filter_sql} ORDER BY {_order_sql(order, lang)} LIMIT ? OFFSET ?"
    )
    return [Row(*r) for r in cf.conn.execute(sql, [*role_args, *filter_args, limit, offset])]


def count_persons(cf: CaseFile, roles: Iterable[str], *, filter_text: str | None = None) -> int:
    """How many persons are listed under any of ``roles`` (each person once)."""
    _role_sql, role_args = _roles_clause(roles)
    return _count_by_roles(cf, "persons", role_args, filter_text)


# --- reads added for dossiers ---------------------------------------------------------------------


def referring_records_many(cf: CaseFile, record_ids: Iterable[str], kind: str, field_name: str) -> list[Record]:
    """The records of list ``kind`` whose ``field_name`` points at any of ``record_ids``, each once,
    in the order they were added (e.g. every act of a set of events)."""
    id_list = list(dict.fromkeys(record_ids))
    found: dict[str, tuple[int, Record]] = {}
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        # CROSS JOIN: from the links of these ids, never from every record of the list (which the
        # planner picks for an IN list when the file has no statistics: a scan of every testimony)
        rows = cf.conn.execute(
            "SELECT r.rowid, r.id, r.data FROM links l CROSS JOIN records r ON r.id = l.from_id "
            f"WHERE l.to_id IN ({marks}) AND l.field = ? AND l.from_kind = ? AND r.kind = ?",
            [*chunk, field_name, kind, kind],
        )
        for rowid, rid, data in rows:
            if rid not in found:
                found[rid] = (rowid, Record(kind, rid, json.loads(data)))
    return [rec for _, rec in sorted(found.values(), key=lambda item: item[0])]


def case_secret(cf: CaseFile) -> str:
    """A value only holders of the case file know and that never changes once the file has
    content: the hash of its first audit entry (used to key witness pseudonyms)."""
    kept = cf.conn.execute("SELECT value FROM file_meta WHERE key = 'case_secret'").fetchone()
    if kept:  # a file upgraded to schema 3 keeps the secret its pseudonyms were made with
        return str(kept[0])
    row = cf.conn.execute("SELECT hash FROM audit ORDER BY seq LIMIT 1").fetchone()
    return str(row[0]) if row else ""


# --- reads added for the audience view ------------------------------------------------------------


def record_ids(cf: CaseFile) -> Iterator[tuple[str, str]]:
    """Every record's (id, list), in the order they were added."""
    yield from cf.conn.execute("SELECT id, kind FROM records ORDER BY rowid")


def roles_of_many(cf: CaseFile, person_ids: Iterable[str] | None = None) -> dict[str, set[str]]:
    """The roles each person is listed under (every person with a role when ``person_ids`` is None)."""
    found: dict[str, set[str]] = {}
    if person_ids is None:
        for pid, role in cf.conn.execute("SELECT DISTINCT person_id, role FROM person_roles"):
            found.setdefault(pid, set()).add(role)
        return found
    id_list = list(dict.fromkeys(person_ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT DISTINCT person_id, role FROM person_roles WHERE person_id IN ({marks})"
        for pid, role in cf.conn.execute(sql, chunk):
            found.setdefault(pid, set()).add(role)
    return found


def testimony_consents(cf: CaseFile, witness_ids: Iterable[str] | None = None) -> dict[str, list[Any]]:
    """The ``consent`` object (or None) of every testimony, by witness, without reading the
    testimonies' text (all witnesses when ``witness_ids`` is None).

    Given witnesses are found through ``versions_witness``, an index on the records' own text
    (not a derived table): only their testimonies are read, whatever the size of the file."""
    found: dict[str, list[Any]] = {}
    if witness_ids is None:
        rows: Iterable[tuple[Any, Any]] = cf.conn.execute(
            "SELECT json_extract(r.data, '$.witness'), json_extract(r.data, '$.consent') FROM records r "
            "WHERE r.kind = 'testimonies'"
        )
        for wid, consent in rows:
            found.setdefault(str(wid), []).append(json.loads(consent) if consent else None)
        return found
    id_list = list(dict.fromkeys(witness_ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        # every version naming the witness, then the ones that are a testimony's current version
        rows = cf.conn.execute(
            "SELECT json_extract(v.data, '$.witness'), json_extract(v.data, '$.consent') FROM versions v "
            "JOIN record_heads h ON h.id = json_extract(v.data, '$.id') AND h.vid = v.vid "
            f"WHERE json_extract(v.data, '$.witness') IN ({marks}) AND json_extract(v.data, '$.witness') IS NOT NULL "
            "AND h.kind = 'testimonies' ORDER BY h.rowid",
            chunk,
        )
        for wid, consent in rows:
            found.setdefault(str(wid), []).append(json.loads(consent) if consent else None)
    return found


def person_name_phrases(cf: CaseFile, phrases: Iterable[str]) -> list[tuple[str, str, int]]:
    """(phrase, person id, the person's rowid) for every person one of whose names is one of these
    ``phrases`` (``name_phrases``): which persons a text may name, read through an index."""
    found: list[tuple[str, str, int]] = []
    wanted = list(dict.fromkeys(phrases))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += cf.conn.execute(
            "SELECT n.phrase, n.person_id, h.rowid FROM person_names n JOIN record_heads h ON h.id = n.person_id "
            f"WHERE n.phrase IN ({marks})",
            chunk,
        ).fetchall()
    return found


def longest_name_words(cf: CaseFile) -> int:
    """How many words the longest of ``person_names`` has (0 when there are none)."""
    row = cf.conn.execute("SELECT max(words) FROM person_names").fetchone()
    return int(row[0] or 0)


def all_person_name_phrases(cf: CaseFile) -> Iterator[tuple[str, str, int]]:
    """(phrase, person id, the person's rowid) for every name of every person (a whole-file output)."""
    yield from cf.conn.execute(
        "SELECT n.phrase, n.person_id, h.rowid FROM person_names n JOIN record_heads h ON h.id = n.person_id"
    )
