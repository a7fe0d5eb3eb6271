"""What a dossier shows, already filtered for its audience: plain dataclasses, no reportlab.

``build_content`` reads the case file and returns a :class:`Dossier` whose every string may be
printed: the rules of ``casefile.consent`` have been applied here, once, and ``layout`` only draws.
Withheld things are recorded in ``Dossier.withheld`` (for the sender) and leave no row, count,
bookmark or metadata in the content itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from casefile import consent, records
from casefile.dates import format_date, parse_date, persian_digits
from casefile.errors import Cancelled, CasefileError
from casefile.i18n import N_, _
from casefile.model import Record, name_text
from casefile.records import dumps

from .labels import enum, label

# --- the content model ----------------------------------------------------------------------------


@dataclass
class Para:
    """A paragraph of plain text. ``style``: body, note, heading, warning, small."""

    text: str
    style: str = "body"
    direction: str | None = None  # None: the dossier's; "auto": from the text (testimonies as given)


@dataclass
class KeyValues:
    """A two-column table of labelled values."""

    rows: list[tuple[str, str]]


@dataclass
class Table:
    """A table; ``widths`` are fractions of the text width; ``long`` tables may run for pages.
    ``flag_column``/``flag_value``: cells equal to the value in that column are shown emphasised."""

    columns: list[str]
    rows: list[list[str]]
    widths: list[float]
    long: bool = False
    flag_column: int | None = None
    flag_value: str | None = None


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Any] = field(default_factory=list)
    level: int = 0


@dataclass
class Dossier:
    kind: str  # victim / official / event
    lang: str
    audience: str
    title: str  # the cover's title
    subject: str  # who or what it is about (header, metadata)
    cover: list[tuple[str, str]]
    sections: list[Section]
    submitter_page: list[tuple[str, str]] | None
    withheld: list[consent.Withheld]
    meta_title: str
    meta_subject: str


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# --- helpers ----------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _date_cached(value_json: str, lang: str) -> str:
    import json

    return format_date(json.loads(value_json), lang)


def _sort_key_of(value: Any) -> str:
    if value is None:
        return "9999"
    try:
        return parse_date(value).sort_key or "0000"
    except Exception:
        return "9999"


# What a withheld item is, for the sender's summary: the kind in words, then the record's id.
_WITHHELD_WHAT = {
    "persons": N_("person {id}"),
    "events": N_("event {id}"),
    "acts": N_("act {id}"),
    "interventions": N_("intervention {id}"),
    "testimonies": N_("testimony {id}"),
    "involvements": N_("involvement {id}"),
}


def withheld_what(kind: str, record_id: str) -> str:
    """ "testimony t-05": how the withheld summary names a record (words in the core's language)."""
    template = _WITHHELD_WHAT.get(kind)
    return _(template).format(id=record_id) if template else f"{kind} {record_id}"


class Context:
    """The case file seen by one dossier: audience rules, naming, caches and the withheld list."""

    def __init__(self, cf: Any, audience: str, lang: str, cancelled: CancelCheck) -> None:
        self.cf = cf
        self.audience = audience
        self.lang = lang
        self.cancelled = cancelled
        self.withheld: list[consent.Withheld] = []
        self.withheld_ids: set[str] = set()  # scrubbed from free text that mentions them
        self._withheld_seen: set[tuple[str, str]] = set()
        self._records: dict[str, Record | None] = {}
        self._person_labels: dict[str, str | None] = {}
        self._witness_named: dict[str, bool] = {}
        self._relations: dict[str, list[str]] = {}
        self.protected: dict[str, list[str]] = {}  # person id -> identifying strings to scrub
        self.photos: list[tuple[str, dict[str, Any]]] = []  # (person id, photo attachment) shown
        self.cited_sources: dict[str, Record] = {}
        self.citations: list[tuple[str, str, str]] = []  # (what, source id, locator)
        self._citation_seen: set[tuple[str, str, str]] = set()
        witness_ids = [row.id for row in records.list_rows(cf, "persons", role="witness", limit=10**9)]
        self.pseudonyms = consent.pseudonyms_for(consent.pseudonym_key(records.case_secret(cf)), witness_ids)

    # -- basics --
    def t(self, key: str, **values: Any) -> str:
        return label(self.lang, key, **values)

    def e(self, prefix: str, value: Any) -> str:
        return enum(self.lang, prefix, value)

    @property
    def comma(self) -> str:
        """The list separator generated text uses in this language ("، " in Persian)."""
        return "، " if self.lang == "fa" else ", "

    @property
    def semi(self) -> str:
        """The separator between items that themselves hold commas ("؛ " in Persian)."""
        return "؛ " if self.lang == "fa" else "; "

    def bracketed(self, text: str) -> str:
        """`` (text)`` after something, or ``, text`` when the text has brackets of its own:
        "(1988 (1366–1367))" reads badly."""
        if not text:
            return ""
        return f"{self.comma}{text}" if ("(" in text or ")" in text) else f" ({text})"

    def ref(self, record_id: Any) -> str:
        """A record id to put in generated text. In a Persian dossier it is an isolated left-to-right
        run (LRI … PDI), so that what follows it ("a-v04: ۱۴ اردیبهشت ۱۳۶۲") keeps its place in the
        right-to-left line; the layout honours the isolates and never draws them."""
        text = str(record_id)
        return f"\u2066{text}\u2069" if self.lang == "fa" and text else text

    def naming_reason(self, person: Record) -> str:
        """Why a victim is not named in full, worded for the recipient in the dossier's language."""
        code, when = consent.family_naming_basis(person.data, self.audience)
        if code == "withdrawn":
            return self.t("naming.withdrawn", date=self.date(when))
        return self.t(f"naming.{code}")

    def num(self, n: int | str) -> str:
        return persian_digits(str(n)) if self.lang == "fa" else str(n)

    def date(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        return _date_cached(dumps(value), self.lang)

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled(_("dossier cancelled; no file was written"))

    def withhold(self, what: str, reason: str, record_id: str | None = None) -> None:
        if record_id:
            self.withheld_ids.add(record_id)
        key = (what, reason)
        if key not in self._withheld_seen:
            self._withheld_seen.add(key)
            self.withheld.append(consent.Withheld(what, reason))

    def get(self, rid: str | None) -> Record | None:
        if not rid:
            return None
        if rid not in self._records:
            self._records[rid] = records.get(self.cf, rid)
        return self._records[rid]

    def prefetch(self, ids: Iterable[str]) -> None:
        missing = [i for i in ids if i and i not in self._records]
        if missing:
            found = records.get_many(self.cf, missing)
            for i in missing:
                self._records[i] = found.get(i)

    def visible(self, rec: Record | None, *, note: bool = True) -> bool:
        """May this record appear for the audience? Records why not, for the sender."""
        if rec is None:
            return False
        reason = consent.record_reason(rec, self.audience)
        if reason:
            if note:
                self.withhold(withheld_what(rec.kind, rec.id), reason, rec.id)
            return False
        return True

    def name_of(self, rec: Record | None) -> str:
        if rec is None:
            return ""
        key = "title" if rec.kind in ("events", "sources", "positions") else "name"
        return name_text(rec.data.get(key), self.lang) or rec.id

    def place(self, pid: str | None) -> str:
        return self.name_of(self.get(pid)) if pid else ""

    def org(self, oid: str | None) -> str:
        return self.name_of(self.get(oid)) if oid else ""

    def event_title(self, eid: str | None) -> str:
        rec = self.get(eid)
        if rec is None or not self.visible(rec):
            return ""
        return self.name_of(rec)

    # -- persons --
    def relation_kinds(self, pid: str) -> list[str]:
        if pid not in self._relations:
            rels = records.referring_records(self.cf, pid, "relations", "person")
            self._relations[pid] = [str(r.data.get("is")) for r in rels]
        return self._relations[pid]

    def witness_named(self, pid: str) -> bool:
        if pid not in self._witness_named:
            testimonies = [r.data for r in records.referring_records(self.cf, pid, "testimonies", "witness")]
            self._witness_named[pid] = consent.witness_may_be_named(testimonies)
        return self._witness_named[pid]

    def witness_label(self, pid: str) -> str:
        relation = consent.general_relation(self.relation_kinds(pid))
        code = self.pseudonyms.get(pid) or consent.pseudonym(
            consent.pseudonym_key(records.case_secret(self.cf)), pid, list(self.pseudonyms)
        )
        return self.t("note.witness", pseudonym=f"{self.t('witness')} {code}", relation=self.e("rel", relation))

    def naming(self, person: Record) -> tuple[str, str | None]:
        return consent.family_naming(person.data, self.audience)

    def person(self, pid: str | None) -> str | None:
        """How a person is shown here, or None if they may not appear at all."""
        if not pid:
            return None
        if pid in self._person_labels:
            return self._person_labels[pid]
        rec = self.get(pid)
        text: str | None
        if rec is None:
            text = None
        elif pid in self.pseudonyms and not self.witness_named(pid):
            # A witness who may not be named is shown by pseudonym, whatever their record says.
            self.protected[pid] = consent.identifying_strings(rec.data)
            text = self.witness_label(pid)
        elif not self.visible(rec):
            text = None
            self.protected[pid] = consent.identifying_strings(rec.data)
        elif self.is_victim(pid):
            naming, why = self.naming(rec)
            if naming != "full":
                self.protected[pid] = consent.identifying_strings(rec.data)
                self.withhold(_("name of person {id}").format(id=pid), why or "")
            text = _victim_label(self, rec.data, naming, self.lang)
        else:
            text = self.name_of(rec)
        self._person_labels[pid] = text
        return text

    def who(self, rid: str | None) -> str | None:
        """A person or an organization as shown here (None if it may not appear)."""
        rec = self.get(rid)
        if rec is None:
            return None
        if rec.kind == "organizations":
            return self.name_of(rec)
        return self.person(rid)

    def is_victim(self, pid: str) -> bool:
        rec = self.get(pid)
        if rec is None:
            return False
        if "victim" in (rec.data.get("roles") or []):
            return True
        return "victim" in records.roles_of(self.cf, pid)

    # -- sources --
    def sources_for(self, rid: str, what: str) -> tuple[str, bool]:
        """The citations supporting a record as one line, and whether they are news only."""
        cites = records.referring_records(self.cf, rid, "citations", "supports")
        parts = []
        kinds = []
        for c in cites:
            src = self.get(c.data.get("source"))
            if src is None:
                continue
            self.cited_sources[src.id] = src
            locator = str(c.data.get("locator") or "")
            key = (what, src.id, locator)
            if key not in self._citation_seen:
                self._citation_seen.add(key)
                self.citations.append(key)
            kinds.append(src.data.get("kind"))
            parts.append(self.ref(src.id) + (f"{self.comma}{locator}" if locator else ""))
        if not parts:
            return self.t("note.no_source"), False
        media_only = all(k == "news" for k in kinds)
        text = self.semi.join(parts)
        if media_only:
            text += f" [{self.t('note.media_only')}]"
        return text, media_only


def _victim_label(ctx: Context, data: dict[str, Any], naming: str, lang: str) -> str:
    text = consent.victim_label(data, naming, lang)
    if lang != "fa" or naming == "full":
        return text
    # "م. ک.، v-04": the Persian comma, and the id isolated (see Context.ref)
    head, sep, tail = text.rpartition(", ")
    if tail == str(data.get("id", "")):
        return f"{head}، {ctx.ref(tail)}" if sep else ctx.ref(tail)
    return text.replace(", ", "، ")


# --- shared sections ------------------------------------------------------------------------------


def _positions_of(ctx: Context, pid: str) -> list[Record]:
    found = records.referring_records(ctx.cf, pid, "positions", "person")
    return sorted(found, key=lambda r: _sort_key_of(r.data.get("start")))


def _held_then(ctx: Context, pid: str, when: Any) -> str:
    """Titles of the positions a person held at a date (or with no dates recorded)."""
    if not when:
        return ""
    try:
        target = parse_date(when)
    except Exception:
        return ""
    titles = []
    for pos in _positions_of(ctx, pid):
        start = pos.data.get("start")
        end = pos.data.get("end")
        lo = parse_date(start).lo if start else None
        hi = parse_date(end).hi if end else None
        if (lo is None or target.hi is None or lo <= target.hi) and (
            hi is None or target.lo is None or hi >= target.lo
        ):
            titles.append(ctx.name_of(pos))
    return ctx.comma.join(titles)


def _involvement_target(ctx: Context, inv: Record) -> tuple[Record, str, Any] | None:
    """What an involvement is in, as the dossier may show it: (record, text, its date), or None
    after recording why it is withheld (the event or act, or the act's victim, is not visible)."""
    what = ctx.get(inv.data.get("event") or inv.data.get("act"))
    if what is None or not ctx.visible(what):
        ctx.withhold(
            withheld_what("involvements", inv.id), _("it concerns a record withheld from this audience"), inv.id
        )
        return None
    if what.kind == "acts":
        victim = ctx.person(what.data.get("victim"))
        if victim is None:
            ctx.withhold(
                withheld_what("involvements", inv.id), _("it concerns a victim withheld from this audience"), inv.id
            )
            return None
        return what, f"{ctx.e('act', what.data.get('type'))}: {victim}", what.data.get("date")
    return what, ctx.name_of(what), what.data.get("start")


def _involvement_rows(ctx: Context, involvements: list[Record]) -> list[list[str]]:
    rows = []
    for inv in involvements:
        d = inv.data
        who = ctx.who(d.get("person") or d.get("organization"))
        if who is None:
            ctx.withhold(
                withheld_what("involvements", inv.id),
                _("it names or concerns a record withheld from this audience"),
                inv.id,
            )
            continue
        target = _involvement_target(ctx, inv)
        if target is None:
            continue
        _what_rec, what, when = target
        when = d.get("date") or when
        if d.get("person"):
            held = _held_then(ctx, d["person"], when)
            if held:
                who = who + ctx.bracketed(ctx.t("note.held_then", positions=held))
        sources, _notes = ctx.sources_for(inv.id, f"{who}: {ctx.e('role', d.get('role'))}")
        certainty = ctx.e("certainty", d.get("certainty") or "alleged")
        date_text = ctx.date(d.get("date"))
        rows.append(
            [
                who,
                ctx.e("role", d.get("role")) + ctx.bracketed(date_text),
                what,
                certainty,
                str(d.get("basis") or ""),
                sources,
            ]
        )
    return rows


def _table_section(ctx: Context, key: str, cols: list[str], rows: list[list[str]], widths: list[float]) -> Section:
    """A section holding one table, or a "none" note when nothing may be shown."""
    blocks: list[Any] = [Table([ctx.t(c) for c in cols], rows, widths)] if rows else [Para(ctx.t("note.none"), "note")]
    return Section(key, ctx.t(f"sec.{key}"), blocks)


def _involvement_table(ctx: Context, involvements: list[Record]) -> list[Any]:
    rows = _involvement_rows(ctx, involvements)
    if not rows:
        return [Para(ctx.t("note.none"), "note")]
    cols = ["col.who", "col.role", "col.in", "col.certainty", "col.basis", "col.sources"]
    return [
        Para(ctx.t("note.allegation"), "note"),
        Table([ctx.t(c) for c in cols], rows, [0.17, 0.14, 0.17, 0.1, 0.26, 0.16]),
    ]


def _citations_section(ctx: Context) -> Section:
    if not ctx.citations:
        return Section("sources", ctx.t("sec.sources"), [Para(ctx.t("note.no_sources"), "note")])
    rows = []
    for what, sid, locator in ctx.citations:
        src = ctx.cited_sources[sid]
        rows.append([what, f"{ctx.ref(sid)}: {ctx.name_of(src)}", locator])
    return Section(
        "sources",
        ctx.t("sec.sources"),
        [Table([ctx.t("col.in"), ctx.t("col.source"), ctx.t("col.details")], rows, [0.35, 0.45, 0.2])],
    )


def _annex(ctx: Context) -> Section:
    blocks: list[Any] = []
    sizes = records.attachment_sizes(ctx.cf)
    src_rows = []
    att_rows = []
    for sid in sorted(ctx.cited_sources):
        src = ctx.cited_sources[sid]
        d = src.data
        details = [ctx.e("src", d.get("kind")), str(d.get("author") or ""), str(d.get("publisher") or "")]
        details += [ctx.date(d.get("date")), str(d.get("url") or "")]
        src_rows.append([sid, ctx.name_of(src), ctx.comma.join(p for p in details if p)])
        for att in d.get("attachments") or []:
            custody = ctx.semi.join(
                " ".join(str(c.get(k) or "") for k in ("at", "by", "action")).strip() for c in att.get("custody") or []
            )
            if att.get("acquired") or att.get("acquired_by") or att.get("method"):
                acquired = " ".join(str(att.get(k) or "") for k in ("acquired", "acquired_by", "method")).strip()
                custody = f"{acquired}{ctx.semi}{custody}" if custody else acquired
            size = sizes.get(att.get("sha256", ""))
            att_rows.append(
                [
                    f"{att.get('filename', '')} ({ctx.ref(sid)})",
                    ctx.num(size) if size is not None else ctx.t("note.unknown"),
                    _hash_groups(str(att.get("sha256", ""))),
                    custody,
                ]
            )
    for pid, photo in ctx.photos:
        size = sizes.get(photo.get("sha256", ""))
        att_rows.append(
            [
                f"{photo.get('filename', '')} ({ctx.t('photo')}{ctx.comma}{ctx.ref(pid)})",
                ctx.num(size) if size is not None else ctx.t("note.unknown"),
                _hash_groups(str(photo.get("sha256", ""))),
                "",
            ]
        )
    if not src_rows and not att_rows:
        blocks.append(Para(ctx.t("note.no_sources"), "note"))
    if src_rows:
        blocks.append(Table([ctx.t("col.id"), ctx.t("col.title"), ctx.t("col.details")], src_rows, [0.18, 0.47, 0.35]))
    if att_rows:
        blocks.append(Para(ctx.t("note.attachments"), "heading"))
        blocks.append(Para(ctx.t("note.check_sha"), "note"))
        blocks.append(
            Table(
                [ctx.t("col.file"), ctx.t("col.size"), ctx.t("col.sha256"), ctx.t("col.custody")],
                att_rows,
                [0.24, 0.1, 0.4, 0.26],
            )
        )
    return Section("annex", ctx.t("sec.annex"), blocks)


def _hash_groups(digest: str) -> str:
    """A SHA-256 in four groups of 16 hex digits, so that it wraps inside its cell."""
    if len(digest) != 64 or " " in digest:
        return digest
    return " ".join(digest[i : i + 16] for i in range(0, 64, 16))


def _submitter(ctx: Context) -> tuple[Section | None, list[tuple[str, str]] | None, str]:
    case = records.case_settings(ctx.cf)
    placement = consent.submitter_placement(case, ctx.audience)
    sub = case.get("submitter") or {}
    rows = [
        (ctx.t(f"f.submitter_{k}" if k != "organization" else "f.submitter_org"), str(sub.get(k)))
        for k in ("name", "organization", "contact")
        if sub.get(k)
    ]
    if placement == "body":
        return Section("submitter", ctx.t("sec.submitter"), [KeyValues(rows)]), None, placement
    if placement == "confidential_page":
        section = Section("submitter", ctx.t("sec.submitter"), [Para(ctx.t("note.submitter_on_last_page"), "note")])
        return section, rows, placement
    if ctx.audience == "public":
        ctx.withhold(_("submitter's identity"), _("never given in a public dossier"))
    return None, None, placement


def _victim_rows(ctx: Context, acts: list[Record], progress: Callable[[int], None]) -> list[list[str]]:
    """One row per visible victim of these acts (their visible acts summarised), sorted by name."""
    by_victim: dict[str, list[Record]] = {}
    for act in acts:
        by_victim.setdefault(str(act.data.get("victim")), []).append(act)
    ctx.prefetch(by_victim)
    rows: list[tuple[str, str, list[str]]] = []
    for i, (vid, vacts) in enumerate(by_victim.items()):
        if i % 500 == 0:
            ctx.check()
            progress(i)
        shown_acts = [a for a in vacts if ctx.visible(a)]
        if not shown_acts:
            continue
        who = ctx.person(vid)
        if who is None:
            continue
        shown_acts.sort(key=lambda a: _sort_key_of(a.data.get("date")))
        first = shown_acts[0].data
        types = ctx.comma.join(dict.fromkeys(ctx.e("act", a.data.get("type")) for a in shown_acts))
        event = ctx.event_title(first.get("event"))
        rows.append(
            (who.casefold(), vid, [who, types, ctx.date(first.get("date")), ctx.place(first.get("place")), event])
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    return [[ctx.num(n), *cells] for n, (_, _, cells) in enumerate(rows, 1)]


def _victim_table(ctx: Context, rows: list[list[str]]) -> Table:
    cols = ["col.no", "col.victim", "col.acts", "col.date", "col.place", "col.event"]
    return Table([ctx.t(c) for c in cols], rows, [0.07, 0.25, 0.16, 0.2, 0.13, 0.19], long=True)


# --- victim dossier -------------------------------------------------------------------------------


def _identity_rows(ctx: Context, person: Record, naming: str) -> list[tuple[str, str]]:
    d = person.data
    rows: list[tuple[str, str]] = [(ctx.t("f.record"), person.id)]
    name = d.get("name") or {}
    if naming == "full":
        if name.get("en"):
            rows.append((ctx.t("f.name_en"), name["en"]))
        if name.get("fa"):
            rows.append((ctx.t("f.name_fa"), name["fa"]))
        aliases = _aliases(ctx, d.get("aliases"))
        if aliases:
            rows.append((ctx.t("f.aliases"), aliases))
    else:
        rows.append((ctx.t("f.name"), _victim_label(ctx, d, naming, ctx.lang)))
        if naming == "initials":
            naming_text = ctx.t("note.naming_reason", reason=ctx.naming_reason(person))
        else:
            naming_text = ctx.t("note.naming_none")
        rows.append((ctx.t("f.naming"), naming_text))
    if d.get("sex"):
        rows.append((ctx.t("f.sex"), ctx.e("sex", d["sex"])))
    if naming == "full":
        for key in ("father_name", "mother_name"):
            if d.get(key):
                rows.append((ctx.t(f"f.{key}"), _both_scripts(d[key], ctx.lang)))
    if d.get("birth"):
        rows.append((ctx.t("f.birth"), ctx.date(d["birth"])))
    if d.get("birth_place"):
        rows.append((ctx.t("f.birth_place"), ctx.place(d["birth_place"])))
    if d.get("nationality"):
        rows.append((ctx.t("f.nationality"), str(d["nationality"])))
    if naming == "full" and d.get("id_document"):
        rows.append((ctx.t("f.id_document"), str(d["id_document"])))
    if d.get("occupation"):
        rows.append((ctx.t("f.occupation"), str(d["occupation"])))
    if d.get("affiliation"):
        rows.append((ctx.t("f.affiliation"), ctx.org(d["affiliation"])))
    return rows


def _aliases(ctx: Context, aliases: Any) -> str:
    """Other names with their kind, "Mahmud Kazemi (transliteration); حسین (nickname)" (in a
    Persian dossier joined by "؛ " and laid out right to left, each kind beside its name)."""
    parts = []
    for a in aliases or []:
        if isinstance(a, str):
            parts.append(a)
        elif a.get("kind"):
            parts.append(f"{a.get('name')} ({ctx.e('alias', a.get('kind'))})")
        else:
            parts.append(str(a.get("name")))
    return ctx.semi.join(parts)


def _both_scripts(name: Any, lang: str) -> str:
    if isinstance(name, dict):
        first, second = (name.get("fa"), name.get("en")) if lang == "fa" else (name.get("en"), name.get("fa"))
        return " / ".join(str(n) for n in (first, second) if n)
    return str(name)


def _ancestors(ctx: Context, event_id: str | None) -> list[Record]:
    chain: list[Record] = []
    seen: set[str] = set()
    while event_id and event_id not in seen:
        seen.add(event_id)
        rec = ctx.get(event_id)
        if rec is None or not ctx.visible(rec):
            break
        chain.append(rec)
        event_id = rec.data.get("parent")
    return chain


def _victim_dossier(ctx: Context, person: Record) -> tuple[list[Section], str, dict[str, Any]]:
    naming, why = ctx.naming(person)
    if naming != "full":
        ctx.withhold(_("name of person {id}").format(id=person.id), why or "")
        ctx.protected[person.id] = consent.identifying_strings(person.data)
    ctx._person_labels[person.id] = _victim_label(ctx, person.data, naming, ctx.lang)
    subject = _victim_label(ctx, person.data, naming, ctx.lang)
    d = person.data
    sections: list[Section] = []
    identity = _identity_rows(ctx, person, naming)
    if naming == "full" and isinstance(d.get("photo"), dict):
        ctx.photos.append((person.id, d["photo"]))
    sections.append(Section("identity", ctx.t("sec.identity"), [KeyValues(identity)]))

    # chronology
    acts = [a for a in records.referring_records(ctx.cf, person.id, "acts", "victim") if ctx.visible(a)]
    acts = chronological(acts)
    chron_rows = []
    for a in acts:
        ad = a.data
        chron_rows.append(
            [
                ctx.date(ad.get("date")),
                ctx.e("act", ad.get("type")),
                ctx.place(ad.get("place")),
                ctx.event_title(ad.get("event")),
                str(ad.get("notes") or ""),
            ]
        )
        ctx.sources_for(a.id, f"{ctx.e('act', ad.get('type'))} ({ctx.ref(a.id)})")
    cols = ["col.date", "col.act", "col.place", "col.event", "col.notes"]
    sections.append(_table_section(ctx, "chronology", cols, chron_rows, [0.2, 0.14, 0.14, 0.2, 0.32]))

    # fate
    fate_rows: list[tuple[str, str]] = []
    final = [a for a in acts if a.data.get("type") in ("execution", "enforced_disappearance")]
    for a in final:
        fate_rows.append((ctx.e("act", a.data.get("type")), ctx.date(a.data.get("date")) or ctx.t("note.unknown")))
    if d.get("death_certificate"):
        fate_rows.append((ctx.t("f.death_certificate"), ctx.e("dc", d["death_certificate"])))
    fate_rows.append((ctx.t("f.family_informed"), ctx.date(d.get("family_informed")) or ctx.t("note.unknown")))
    burial = d.get("burial") or {}
    status = burial.get("status") or "unknown"
    place = ctx.place(burial.get("place"))
    if status == "unknown" or not place:
        burial_text = ctx.t("burial.unknown_text") if status in ("unknown", None) or not place else ""
        if status in ("unmarked", "disputed") and not place:
            burial_text = ctx.e("burial", status)
    else:
        burial_text = ctx.t(f"burial.{status}_text", place=place)
    fate_rows.append((ctx.t("f.burial"), burial_text))
    sections.append(Section("fate", ctx.t("sec.fate"), [KeyValues(fate_rows)]))

    # responsible: involvements on the victim's acts, and on their events and those events' parents
    targets = [a.id for a in acts]
    for a in acts:
        targets += [e.id for e in _ancestors(ctx, a.data.get("event"))]
    involvements = records.referring_records_many(ctx.cf, targets, "involvements", "act")
    involvements += records.referring_records_many(ctx.cf, targets, "involvements", "event")
    involvement_rows = _involvement_table(ctx, involvements)
    responsible_present = any(isinstance(b, Table) for b in involvement_rows)
    sections.append(Section("responsible", ctx.t("sec.responsible"), involvement_rows))

    # interventions
    int_rows = []
    int_ids = []
    for iv in records.referring_records(ctx.cf, person.id, "interventions", "victim"):
        if not ctx.visible(iv):
            continue
        idata = iv.data
        by = ctx.who(idata.get("by")) or ""
        to = ctx.who(idata.get("addressed_to")) or ""
        int_rows.append(
            [ctx.date(idata.get("date")), ctx.e("int", idata.get("kind")), by, to, str(idata.get("outcome") or "")]
        )
        int_ids.append(iv.id)
        ctx.sources_for(iv.id, f"{ctx.e('int', idata.get('kind'))} ({ctx.ref(iv.id)})")
    cols = ["col.date", "col.kind", "col.by", "col.to", "col.outcome"]
    sections.append(_table_section(ctx, "interventions", cols, int_rows, [0.17, 0.16, 0.2, 0.2, 0.27]))

    # testimonies
    about_ids = [person.id, *(a.id for a in acts)]
    testimonies = records.referring_records_many(ctx.cf, about_ids, "testimonies", "about")
    sections.append(Section("testimonies", ctx.t("sec.testimonies"), _testimony_blocks(ctx, testimonies)))

    # checklist
    checklist = _checklist(ctx, person, naming, acts, responsible_present, involvements, int_ids)
    return sections, subject, {"checklist": checklist}


# The natural order of acts against one person, for acts whose dates overlap.
ACT_ORDER = (
    "arrest",
    "detention",
    "trial",
    "sentence",
    "torture",
    "execution",
    "secret_burial",
    "enforced_disappearance",
    "harassment_of_family",
    "other",
)


def _span(value: Any) -> tuple[date | None, date | None]:
    if value is None or value == "":
        return None, None
    try:
        pd = parse_date(value)
    except Exception:
        return None, None
    return pd.lo, pd.hi


def chronological(acts: list[Record]) -> list[Record]:
    """Acts in the order they happened: by the midpoint of their date's interval (an open end
    counts as its known end), and where two intervals overlap, in the natural order of act types
    (an arrest before the detention that follows it, even when the arrest has a day and the
    detention only a month). Undated acts come last, in type order."""

    def rank(a: Record) -> int:
        t = a.data.get("type")
        return ACT_ORDER.index(t) if t in ACT_ORDER else len(ACT_ORDER)

    def mid(a: Record) -> float:
        lo, hi = _span(a.data.get("date"))
        if lo is None and hi is None:
            return float("inf")
        lo, hi = lo or hi, hi or lo
        assert lo is not None and hi is not None
        return (lo.toordinal() + hi.toordinal()) / 2

    def overlap(a: Record, b: Record) -> bool:
        alo, ahi = _span(a.data.get("date"))
        blo, bhi = _span(b.data.get("date"))
        if (alo, ahi) == (None, None) or (blo, bhi) == (None, None):
            return (alo, ahi) == (blo, bhi)  # both undated
        return (alo is None or bhi is None or alo <= bhi) and (blo is None or ahi is None or blo <= ahi)

    ordered = sorted(acts, key=lambda a: (mid(a), rank(a), a.id))
    # Within overlapping dates the type order wins: move an act back past overlapping acts of a later type.
    for i in range(1, len(ordered)):
        j = i
        while j > 0 and overlap(ordered[j - 1], ordered[j]) and rank(ordered[j - 1]) > rank(ordered[j]):
            ordered[j - 1], ordered[j] = ordered[j], ordered[j - 1]
            j -= 1
    return ordered


def _testimony_blocks(ctx: Context, testimonies: list[Record]) -> list[Any]:
    blocks: list[Any] = []
    for t in testimonies:
        td = t.data
        reason = consent.testimony_reason(td, ctx.audience)
        if reason:
            ctx.withhold(withheld_what("testimonies", t.id), reason, t.id)
            continue
        witness = ctx.person(td.get("witness"))
        if witness is None:
            witness = ctx.witness_label(str(td.get("witness")))
        heading = f"{ctx.ref(t.id)}: {witness}"
        meta = [ctx.t("note.recorded", date=ctx.date(td.get("recorded")))] if td.get("recorded") else []
        if td.get("language"):
            meta.append(ctx.t("note.language", language=ctx.t(f"lang.{td['language']}")))
        if td.get("sensitive"):
            meta.append(ctx.t("note.sensitive", what=ctx.comma.join(ctx.e("sens", s) for s in td["sensitive"])))
        blocks.append(Para(heading, "heading"))
        if meta:
            blocks.append(Para(ctx.semi.join(meta), "note"))
        if td.get("summary"):
            blocks.append(KeyValues([(ctx.t("note.summary"), str(td["summary"]))]))
        blocks.append(Para(str(td.get("text") or ""), "body", direction="auto"))
        ctx.sources_for(t.id, heading)
    return blocks or [Para(ctx.t("note.none"), "note")]


def _checklist(
    ctx: Context,
    person: Record,
    naming: str,
    acts: list[Record],
    responsible_present: bool,
    involvements: list[Record],
    int_ids: list[str],
) -> Table:
    d = person.data
    present, missing = ctx.t("check.present"), ctx.t("check.missing")
    rows: list[list[str]] = []
    # name and identifying data
    ident_fields = [f for f in ("birth", "birth_place", "father_name", "mother_name", "id_document") if d.get(f)]
    if naming != "full":
        rows.append([ctx.t("check.name"), missing, ctx.naming_reason(person)])
    elif not (d.get("name") or {}).get("en") and not (d.get("name") or {}).get("fa"):
        rows.append([ctx.t("check.name"), missing, ctx.t("check.name_missing")])
    elif not ident_fields:
        rows.append([ctx.t("check.name"), missing, ctx.t("check.ident_missing")])
    else:
        fields = [ctx.t("f.name"), *(ctx.t(f"f.{f}") for f in ident_fields)]
        rows.append([ctx.t("check.name"), present, f"{ctx.ref(person.id)}: " + ctx.comma.join(fields)])
    rows.append(
        [
            ctx.t("check.consent"),
            *(
                (present, f"{ctx.ref(person.id)}: {ctx.t('f.family_consent')}")
                if naming == "full"
                else (missing, ctx.naming_reason(person))
            ),
        ]
    )
    # date of disappearance
    order = ("enforced_disappearance", "arrest", "detention")
    candidates = sorted(
        (a for a in acts if a.data.get("type") in order and a.data.get("date")),
        key=lambda a: order.index(a.data["type"]),
    )
    day = next((a for a in candidates if _is_day(a.data["date"])), None)
    if day is not None:
        rows.append([ctx.t("check.date"), present, f"{ctx.ref(day.id)}: {ctx.date(day.data['date'])}"])
    elif candidates:
        a = candidates[0]
        rows.append(
            [
                ctx.t("check.date"),
                missing,
                f"{ctx.ref(a.id)}: " + ctx.t("check.date_imprecise", date=ctx.date(a.data["date"])),
            ]
        )
    else:
        rows.append([ctx.t("check.date"), missing, ctx.t("check.date_missing")])
    # place
    placed = next(
        (a for t in order for a in acts if a.data.get("type") == t and a.data.get("place")),
        None,
    )
    if placed is not None:
        rows.append([ctx.t("check.place"), present, f"{ctx.ref(placed.id)}: {ctx.place(placed.data['place'])}"])
    else:
        rows.append([ctx.t("check.place"), missing, ctx.t("check.place_missing")])
    # responsible
    if responsible_present:
        shown = [i.id for i in involvements if i.id not in ctx.withheld_ids]
        rows.append([ctx.t("check.responsible"), present, ctx.comma.join(ctx.ref(i) for i in dict.fromkeys(shown))])
    else:
        rows.append([ctx.t("check.responsible"), missing, ctx.t("check.responsible_missing")])
    if int_ids:
        rows.append([ctx.t("check.action"), present, ctx.comma.join(ctx.ref(i) for i in int_ids)])
    else:
        rows.append([ctx.t("check.action"), missing, ctx.t("check.action_missing")])
    case = records.case_settings(ctx.cf)
    placement = consent.submitter_placement(case, ctx.audience)
    if placement == "confidential_page":
        rows.append([ctx.t("check.submitter"), present, ctx.t("check.submitter_confidential")])
    elif placement == "body":
        rows.append([ctx.t("check.submitter"), present, ctx.t("check.submitter_body")])
    elif ctx.audience == "public":
        rows.append([ctx.t("check.submitter"), missing, ctx.t("check.submitter_public")])
    else:
        rows.append([ctx.t("check.submitter"), missing, ctx.t("check.submitter_missing")])
    cols = [ctx.t("col.element"), ctx.t("col.status"), ctx.t("col.where_from")]
    return Table(cols, rows, [0.36, 0.14, 0.5], flag_column=1, flag_value=missing)


def _is_day(value: Any) -> bool:
    try:
        pd = parse_date(value)
    except Exception:
        return False
    return pd.lo is not None and pd.lo == pd.hi and not pd.uncertain


# --- official dossier -----------------------------------------------------------------------------


def _official_dossier(ctx: Context, person: Record, progress: Callable[[int], None]) -> tuple[list[Section], str]:
    d = person.data
    subject = ctx.name_of(person)
    ctx._person_labels[person.id] = subject
    rows: list[tuple[str, str]] = [(ctx.t("f.record"), person.id)]
    name = d.get("name") or {}
    if name.get("en"):
        rows.append((ctx.t("f.name_en"), name["en"]))
    if name.get("fa"):
        rows.append((ctx.t("f.name_fa"), name["fa"]))
    aliases = _aliases(ctx, d.get("aliases"))
    if aliases:
        rows.append((ctx.t("f.aliases"), aliases))
    for key, prefix in (("sex", "sex"),):
        if d.get(key):
            rows.append((ctx.t(f"f.{key}"), ctx.e(prefix, d[key])))
    if d.get("birth"):
        rows.append((ctx.t("f.birth"), ctx.date(d["birth"])))
    if d.get("birth_place"):
        rows.append((ctx.t("f.birth_place"), ctx.place(d["birth_place"])))
    if d.get("nationality"):
        rows.append((ctx.t("f.nationality"), str(d["nationality"])))
    if d.get("affiliation"):
        rows.append((ctx.t("f.affiliation"), ctx.org(d["affiliation"])))
    sections = [Section("identity", ctx.t("sec.identity"), [KeyValues(rows)])]

    pos_rows = []
    for pos in _positions_of(ctx, person.id):
        pd = pos.data
        pos_rows.append(
            [ctx.name_of(pos), ctx.org(pd.get("organization")), ctx.date(pd.get("start")), ctx.date(pd.get("end"))]
        )
        ctx.sources_for(pos.id, ctx.name_of(pos))
    cols = ["col.position", "col.organization", "col.from", "col.until"]
    sections.append(_table_section(ctx, "positions", cols, pos_rows, [0.34, 0.26, 0.2, 0.2]))

    involvements = records.referring_records(ctx.cf, person.id, "involvements", "person")
    blocks: list[Any] = [Para(ctx.t("note.allegation"), "note")]
    event_ids: list[str] = []
    act_ids: list[str] = []
    subsections: list[Section] = []
    for inv in involvements:
        idata = inv.data
        target = _involvement_target(ctx, inv)
        if target is None:
            continue
        what, what_text, when = target
        (act_ids if what.kind == "acts" else event_ids).append(what.id)
        role = ctx.e("role", idata.get("role"))
        sources, _notes = ctx.sources_for(inv.id, f"{role}: {what_text}")
        kv = [
            (ctx.t("col.role"), role),
            (ctx.t("col.in"), f"{what_text} ({ctx.ref(what.id)})"),
        ]
        when_text = ctx.date(idata.get("date") or when)
        if when_text:
            kv.append((ctx.t("col.date"), when_text))
        held = _held_then(ctx, person.id, idata.get("date") or when)
        if held:
            kv.append((ctx.t("col.position"), held))
        kv += [
            (ctx.t("col.certainty"), ctx.e("certainty", idata.get("certainty") or "alleged")),
            (ctx.t("col.basis"), str(idata.get("basis") or "")),
            (ctx.t("col.sources"), sources),
        ]
        if idata.get("notes"):
            kv.append((ctx.t("col.notes"), str(idata["notes"])))
        testimonies = records.referring_records_many(ctx.cf, [what.id, person.id], "testimonies", "about")
        shown = []
        for t in testimonies:
            reason = consent.testimony_reason(t.data, ctx.audience)
            if reason:
                ctx.withhold(withheld_what("testimonies", t.id), reason, t.id)
                continue
            witness = ctx.person(t.data.get("witness")) or ctx.witness_label(str(t.data.get("witness")))
            summary = str(t.data.get("summary") or "")
            shown.append(f"{ctx.ref(t.id)}{ctx.bracketed(witness)}: {summary}")
        if shown:
            kv.append((ctx.t("sec.testimonies"), "\n".join(shown)))
        subsections.append(
            Section(f"inv-{inv.id}", ctx.t("note.involvement_in", role=role, what=what_text), [KeyValues(kv)], level=1)
        )
    if not subsections:
        blocks = [Para(ctx.t("note.none"), "note")]
    sections.append(Section("involvements", ctx.t("sec.involvements"), blocks))
    sections += subsections

    # linked victims: acts of the involvement events and their sub-events, and the acts themselves
    all_events = _descendants(ctx, event_ids)
    acts = records.referring_records_many(ctx.cf, all_events, "acts", "event")
    acts += [a for a in (ctx.get(i) for i in act_ids) if a is not None]
    vrows = _victim_rows(ctx, acts, progress)
    sections.append(
        Section(
            "linked_victims",
            ctx.t("sec.linked_victims"),
            [Para(ctx.t("note.linked_victims", count=ctx.num(len(vrows))), "body"), _victim_table(ctx, vrows)]
            if vrows
            else [Para(ctx.t("note.none"), "note")],
        )
    )
    return sections, subject


def _descendants(ctx: Context, event_ids: list[str]) -> list[str]:
    """The events and all their visible sub-events (a withheld event hides its sub-events)."""
    result: list[str] = []
    seen: set[str] = set()
    queue = list(event_ids)
    while queue:
        eid = queue.pop(0)
        if eid in seen:
            continue
        seen.add(eid)
        rec = ctx.get(eid)
        if rec is None or not ctx.visible(rec):
            continue
        result.append(eid)
        for child in records.referring_records(ctx.cf, eid, "events", "parent"):
            ctx._records[child.id] = child
            queue.append(child.id)
    return result


# --- event dossier --------------------------------------------------------------------------------


def _event_dossier(ctx: Context, event: Record, progress: Callable[[int], None]) -> tuple[list[Section], str]:
    d = event.data
    subject = ctx.name_of(event)
    rows: list[tuple[str, str]] = [(ctx.t("f.record"), event.id), (ctx.t("f.title"), subject)]
    other_lang = "en" if ctx.lang == "fa" else "fa"
    other = (d.get("title") or {}).get(other_lang)
    if other and other != subject:
        rows.append((f"{ctx.t('f.title')} ({ctx.t('lang.' + other_lang)})", other))
    if d.get("kind"):
        rows.append((ctx.t("f.kind"), ctx.e("ev", d["kind"])))
    when = " – ".join(x for x in (ctx.date(d.get("start")), ctx.date(d.get("end"))) if x)
    if when:
        rows.append((ctx.t("f.when"), when))
    if d.get("place"):
        rows.append((ctx.t("f.where"), ctx.place(d["place"])))
    parent = ctx.event_title(d.get("parent"))
    if parent:
        rows.append((ctx.t("f.part_of"), f"{parent} ({d['parent']})"))
    if d.get("description"):
        rows.append((ctx.t("f.description"), str(d["description"])))
    sources, _notes = ctx.sources_for(event.id, subject)
    rows.append((ctx.t("col.sources"), sources))
    sections = [Section("event", ctx.t("sec.event"), [KeyValues(rows)])]

    all_events = _descendants(ctx, [event.id])
    sub_rows = []
    depth = {event.id: 0}
    for eid in all_events[1:]:
        rec = ctx.get(eid)
        assert rec is not None
        depth[eid] = depth.get(rec.data.get("parent"), 0) + 1
        when = " – ".join(x for x in (ctx.date(rec.data.get("start")), ctx.date(rec.data.get("end"))) if x)
        indent = "  " * (depth[eid] - 1)
        sub_rows.append(
            [
                f"{indent}{ctx.name_of(rec)} ({ctx.ref(eid)})",
                ctx.e("ev", rec.data.get("kind")),
                when,
                ctx.place(rec.data.get("place")),
            ]
        )
        ctx.sources_for(eid, ctx.name_of(rec))
    cols = ["col.title", "col.kind", "col.date", "col.place"]
    sections.append(_table_section(ctx, "subevents", cols, sub_rows, [0.46, 0.16, 0.24, 0.14]))

    acts = records.referring_records_many(ctx.cf, all_events, "acts", "event")
    vrows = _victim_rows(ctx, acts, progress)
    sections.append(
        Section(
            "victims",
            ctx.t("sec.victims"),
            [Para(ctx.t("note.victims_count", count=ctx.num(len(vrows))), "body"), _victim_table(ctx, vrows)]
            if vrows
            else [Para(ctx.t("note.none"), "note")],
        )
    )
    involvements = records.referring_records_many(ctx.cf, all_events, "involvements", "event")
    # and those on single acts of the event (e.g. a body believed to have decided one execution)
    involvements += records.referring_records_many(ctx.cf, [a.id for a in acts], "involvements", "act")
    sections.append(Section("involved", ctx.t("sec.involved"), _involvement_table(ctx, involvements)))
    return sections, subject


# --- putting it together --------------------------------------------------------------------------


def build_content(
    cf: Any,
    *,
    person: str | None,
    event: str | None,
    audience: str,
    lang: str,
    made_on: date,
    progress: Callable[[int], None] = lambda n: None,
    cancelled: CancelCheck = lambda: False,
) -> Dossier:
    """Everything the dossier shows, filtered for ``audience``. Raises RecordNotFound or
    CasefileError (with a message for the user) when the subject is wrong or refused."""
    consent.check_audience(audience)
    if lang not in ("en", "fa"):
        raise CasefileError(_("unknown language {lang!r}; use en or fa").format(lang=lang))
    if (person is None) == (event is None):
        raise CasefileError(_("give exactly one subject: a person or an event"))
    ctx = Context(cf, audience, lang, cancelled)
    subject_id = person or event
    assert subject_id is not None
    rec = records.require(cf, subject_id, "persons" if person else "events")
    refusal = consent.subject_refusal(rec, audience)
    if refusal:
        raise CasefileError(refusal)
    extra: dict[str, Any] = {}
    if event:
        kind = "event"
        sections, subject = _event_dossier(ctx, rec, progress)
    else:
        roles = records.roles_of(cf, rec.id)
        if "victim" in roles:
            kind = "victim"
            sections, subject, extra = _victim_dossier(ctx, rec)
        elif "official" in roles:
            kind = "official"
            sections, subject = _official_dossier(ctx, rec, progress)
        else:
            raise CasefileError(
                _(
                    "{id} is neither a victim (no acts name them) nor an official (no positions or "
                    "involvements): a dossier needs one of the two"
                ).format(id=rec.id)
            )
    ctx.check()
    # A witness who may not be named stays unnamed in every text, whether or not they appear here.
    for wid in ctx.pseudonyms:
        if wid not in ctx.protected and not ctx.witness_named(wid):
            witness = ctx.get(wid)
            if witness is not None:
                ctx.protected[wid] = consent.identifying_strings(witness.data)
    sections.append(_citations_section(ctx))
    submitter_section, submitter_page, _placement = _submitter(ctx)
    if submitter_section is not None:
        sections.append(submitter_section)
    if "checklist" in extra:
        sections.append(Section("checklist", ctx.t("sec.checklist"), [extra["checklist"]]))
    sections.append(_annex(ctx))
    _scrub(ctx, sections)

    kind_title = ctx.t(f"kind.{kind}")
    audience_text = ctx.t(f"audience.{audience}")
    title = f"{kind_title}: {subject}"
    cover = [
        (ctx.t("cover.record"), rec.id),
        (ctx.t("cover.prepared_for"), audience_text),
        (ctx.t("cover.language"), ctx.t(f"lang.{lang}")),
        (ctx.t("cover.made_on"), ctx.date(made_on.isoformat())),
        (ctx.t("cover.fingerprint"), records.state_fingerprint(cf)),
    ]
    return Dossier(
        kind=kind,
        lang=lang,
        audience=audience,
        title=title,
        subject=subject,
        cover=cover,
        sections=sections,
        submitter_page=submitter_page,
        withheld=ctx.withheld,
        meta_title=title,
        meta_subject=label(lang, "meta.subject", kind=kind_title, audience=audience_text),
    )


_ID_TOKEN = re.compile(r"\w+(?:[-.:]\w+)*")


def _scrub(ctx: Context, sections: list[Section]) -> None:
    """Remove identifying strings of protected persons from every free-text block.

    Victims' table rows hold only labels made under the naming rules, so long tables are left as
    they are (scrubbing tens of thousands of rows would cost seconds and find nothing)."""
    strings = [s for values in ctx.protected.values() for s in values]
    if len(ctx.protected) > 2000:
        strings = [s for pid, values in ctx.protected.items() if pid in ctx.pseudonyms for s in values]
    scrubber = consent.Scrubber(strings)
    ids = ctx.withheld_ids
    if not scrubber and not ids:
        return

    def drop_id(match: re.Match[str]) -> str:
        return "[withheld]" if match.group(0) in ids else match.group(0)

    def clean(text: str) -> str:
        # Ids are matched as whole tokens against a set: thousands of withheld ids cost nothing.
        return _ID_TOKEN.sub(drop_id, scrubber.scrub(text)) if ids else scrubber.scrub(text)

    for section in sections:
        section.title = clean(section.title)
        for block in section.blocks:
            if isinstance(block, Para):
                block.text = clean(block.text)
            elif isinstance(block, KeyValues):
                kept = []
                for key, value in block.rows:
                    cleaned = clean(value)
                    if cleaned.strip(" /") == scrubber.replacement or (
                        cleaned and not cleaned.replace(scrubber.replacement, "").strip(" /")
                    ):
                        continue  # the whole value named a protected person: leave the row out
                    kept.append((key, cleaned))
                block.rows = kept
            elif isinstance(block, Table) and not block.long:
                block.rows = [[clean(c) for c in row] for row in block.rows]
