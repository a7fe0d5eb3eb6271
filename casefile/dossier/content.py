"""What a dossier shows, already filtered for its audience: plain dataclasses, no reportlab.

``build_content`` chooses what a dossier on a victim, an official or an event shows and words it
in English or Persian. It reads the case file only through
:class:`casefile.audience.AudienceView`, which decides what the audience may see and how each
person is named; this module only selects and words, and ``layout`` only draws.

No record id appears in what it returns (ids are typed by people and often hold names): persons
appear as the view names them, or by their stable reference ("M. K., victim V-7KQ3MZ"); sources
are numbered ([1], [2]) and listed in the annex. What was withheld is in ``Dossier.withheld``, for
the sender only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from casefile import records
from casefile.audience import AudienceView, Naming
from casefile.consent import Withheld, subject_refusal
from casefile.dates import (
    parse_date,
    persian_digits,
    shown_date,
)
from casefile.errors import Cancelled, CasefileError
from casefile.fieldtypes import TYPES, field_at
from casefile.i18n import _
from casefile.model import Field, Record, field_of, name_text
from casefile.vocabulary import field_name, value_name

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
    """A table; ``widths`` are fractions of the text width; ``long`` tables may run for pages (laid
    out a page at a time). ``flag_column``/``flag_value``: cells equal to the value in that column
    are shown emphasised."""

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
    withheld: list[Withheld]
    meta_title: str
    meta_subject: str
    made_on: date | None = None  # also the PDF's creation date
    marking: str | None = None  # on every page of a restricted dossier
    cover_notes: list[str] = field(default_factory=list)  # prominent notes on the cover


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


# --- helpers ----------------------------------------------------------------------------------------


def span(value: Any) -> tuple[date | None, date | None]:
    if value is None or value == "":
        return None, None
    try:
        pd = parse_date(value)
    except Exception:
        return None, None
    return pd.lo, pd.hi


def sort_key_of(value: Any) -> str:
    lo, _hi = span(value)
    return lo.isoformat() if lo else "9999"


def at_least_month(value: Any) -> bool:
    """Is the date known to the month (a day, a month, or a span of at most a month)? What the
    Working Group needs is the month and the year; a day is welcome, not required."""
    try:
        pd = parse_date(value)
    except Exception:
        return False
    if pd.lo is None or pd.hi is None or pd.uncertain:
        return False
    return pd.precision in ("day", "month") or (pd.hi - pd.lo).days <= 31


#: The label prefix of each enumerated field's words (``act.secret_burial``), by its values.
_VALUE_LABELS = (
    ("persons", "sex", "sex"),
    ("persons", "death_certificate", "dc"),
    ("persons", "burial.status", "burial"),
    ("events", "kind", "ev"),
    ("acts", "type", "act"),
    ("involvements", "certainty", "certainty"),
    ("interventions", "kind", "int"),
    ("testimonies", "sensitive", "sens"),
    ("sources", "kind", "src"),
)


@lru_cache(maxsize=1)
def _value_prefixes() -> dict[tuple[str, ...], str]:
    return {field_at(kind, path).values: prefix for kind, path, prefix in _VALUE_LABELS}


class Context:
    """The case file seen by one dossier: the audience view, the language, the numbered sources."""

    def __init__(self, view: AudienceView, lang: str, cancelled: CancelCheck) -> None:
        self.view = view
        self.cf = view.cf
        self.audience = view.audience
        self.lang = lang
        self.cancelled = cancelled
        self.restricted = False  # a restricted record was shown: every page says so
        self.source_numbers: dict[str, int] = {}
        self.source_records: dict[str, Record] = {}
        self.cited_for: dict[str, list[str]] = {}
        self._citations: dict[str, list[Record]] = {}
        self.photos: list[tuple[str, dict[str, Any]]] = []  # (what, photo attachment) shown

    # -- words --
    def t(self, key: str, **values: Any) -> str:
        return label(self.lang, key, **values)

    def e(self, prefix: str, value: Any) -> str:
        return enum(self.lang, prefix, value)

    def enum_words(self, f: Field, value: Any) -> str:
        """An enumerated field's value in words (the dossier's labels for its values; a field
        without such labels, in the vocabulary's words for its values)."""
        prefix = _value_prefixes().get(f.values)
        return self.e(prefix, value) if prefix is not None else value_name(f, value, self.lang)

    def field_label(self, name: str) -> str:
        """A field's label in this language ("Place of birth"), as the app names it."""
        return field_name(name, self.lang)

    def field(self, rec: Record, path: str) -> str:
        """A field of a record (``"burial.status"``) written in a cell as its type writes it
        (:mod:`casefile.fieldtypes`): a date in this language, a value in words, a referenced
        record as this audience may see it; "" when it is not given or may not be shown."""
        value: Any = rec.data
        for name in path.split("."):
            value = value.get(name) if isinstance(value, dict) else None
        f = field_at(rec.kind, path)
        return TYPES[f.type].cell(self, f, value)

    @property
    def comma(self) -> str:
        """The list separator generated text uses in this language ("، " in Persian)."""
        return "، " if self.lang == "fa" else ", "

    @property
    def semi(self) -> str:
        """The separator between items that themselves hold commas ("؛ " in Persian)."""
        return "؛ " if self.lang == "fa" else "; "

    def bracketed(self, text: str) -> str:
        """`` (text)`` after something, or ``, text`` when the text has brackets of its own."""
        if not text:
            return ""
        return f"{self.comma}{text}" if ("(" in text or ")" in text) else f" ({text})"

    def labelled(self, name: str, text: str) -> str:
        """ "Notes: text" inside a cell; in Persian the label on a line of its own, so that a note
        written in English keeps its own direction (the layout takes each line's from its words)."""
        return f"{name}:\n{text}" if self.lang == "fa" else f"{name}: {text}"

    def num(self, n: int | str) -> str:
        return persian_digits(str(n)) if self.lang == "fa" else str(n)

    def latin(self, text: str) -> str:
        """A Latin token (a reference, a file name) in generated text. In a Persian dossier it is an
        isolated left-to-right run (LRI … PDI), so what follows keeps its place in the line; the
        layout honours isolates and never draws them."""
        return f"\u2066{text}\u2069" if self.lang == "fa" and text else text

    def ref(self, rid: str) -> str:
        """The stable reference of a record ("V-7KQ3MZ"), never its id."""
        return self.latin(self.view.reference(rid))

    def date(self, value: Any) -> str:
        """A date in this language; in Persian an isolated right-to-left run, so that its digits
        never join a Latin word before it ("Amnesty International، ۱۹ شهریور ۱۳۹۹")."""
        if value is None or value == "":
            return ""
        text = shown_date(value, self.lang)
        return f"\u2067{text}\u2069" if self.lang == "fa" else text

    def when_phrase(self, value: Any) -> str:
        """ " on 30 July 1988" / " in July 1988" / " در ۸ مرداد ۱۳۶۷" for a sentence; "" undated."""
        if not value:
            return ""
        text = self.date(value)
        if self.lang == "fa":
            return f" {self.t('narr.at_time', date=text)}"
        try:
            day = parse_date(value).precision == "day"
        except Exception:
            day = False
        return f" {self.t('narr.on_day' if day else 'narr.in_period', date=text)}"

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled(_("dossier cancelled; no file was written"))

    # -- records --
    def get(self, rid: str | None) -> Record | None:
        """A record as the audience may see it, or None; notes when something restricted is shown."""
        rec = self.view.get(rid)
        if rec is not None and not self.restricted and field_of(rec.kind, "confidentiality") is not None:
            self.restricted = (rec.data.get("confidentiality") or "restricted") == "restricted"
        return rec

    def name_of(self, rec: Record | None) -> str:
        if rec is None:
            return ""
        key = "title" if rec.kind in ("events", "sources", "positions") else "name"
        return name_text(rec.data.get(key), self.lang)

    def place(self, pid: str | None) -> str:
        return self.name_of(self.get(pid)) if pid else ""

    def event_title(self, eid: str | None) -> str:
        return self.name_of(self.get(eid)) if eid else ""

    def naming(self, pid: str | None) -> Naming:
        return self.view.naming(pid)

    def who(self, rid: str | None) -> str | None:
        """A person or an organization as shown to this audience, or None if they may not appear."""
        rec = self.get(rid)
        if rec is None:
            return None
        if rec.kind != "persons":
            return self.name_of(rec)
        naming = self.naming(rec.id)
        if naming.level == "full":
            return self.name_of(rec)
        if naming.level == "initials":
            letters = self.view.initials(rec.id, self.lang)
            victim = self.t("ref.victim", ref=self.ref(rec.id))
            return f"{letters}{self.comma}{victim}" if letters else victim
        if naming.level == "none":
            return self.t("ref.victim", ref=self.ref(rec.id))
        relation = self.e("rel", self.view.relation(rec.id))
        role = "witness" if naming.role == "witness" else "person"
        return self.t(f"ref.{role}", ref=self.ref(rec.id)) + f" ({relation})"

    def act_text(self, act: Record, *, victim: bool = True) -> str:
        """ "execution of M. K., victim V-…, 30 July 1988": what an act is, for a reader."""
        d = act.data
        parts = [self.e("act", d.get("type"))]
        if victim:
            who = self.who(d.get("victim"))
            if who:
                parts = [self.t("note.act_of", act=parts[0], victim=who)]
        when = self.date(d.get("date"))
        return parts[0] + (f"{self.comma}{when}" if when else "")

    # -- sources --
    def prefetch_citations(self, ids: Iterable[str]) -> None:
        """Read the citations of many records at once (a victims table of thousands)."""
        wanted = [i for i in ids if i not in self._citations]
        for i in wanted:
            self._citations[i] = []
        for cit in self.view.referring_many(wanted, "citations", "supports"):
            self._citations.setdefault(str(cit.data.get("supports")), []).append(cit)

    def citations_of(self, rid: str) -> list[Record]:
        if rid not in self._citations:
            self._citations[rid] = self.view.referring(rid, "citations", "supports")
        return self._citations[rid]

    def source_number(self, src: Record) -> int:
        if src.id not in self.source_numbers:
            self.source_numbers[src.id] = len(self.source_numbers) + 1
            self.source_records[src.id] = src
        return self.source_numbers[src.id]

    def cite(self, rids: Iterable[str], what: str) -> tuple[str, list[Record]]:
        """The numbered sources supporting these records, as one cell ("[1] p. 3; [2]"), and the
        source records; a claim resting on news reports only is marked so."""
        parts: list[str] = []
        sources: list[Record] = []
        for rid in rids:
            for cit in self.citations_of(rid):
                src = self.get(cit.data.get("source"))
                if src is None:
                    continue
                n = self.source_number(src)
                locator = str(cit.data.get("locator") or "")
                self.cited_for.setdefault(src.id, []).append(what + (f" ({locator})" if locator else ""))
                part = f"[{self.num(n)}]" + (f" {locator}" if locator else "")
                if part not in parts:
                    parts.append(part)
                if src not in sources:
                    sources.append(src)
        if not parts:
            return self.t("note.no_source"), []
        text = self.semi.join(parts)
        if all(s.data.get("kind") == "news" for s in sources):
            text += f" [{self.t('note.media_only')}]"
        return text, sources


def table_section(ctx: Context, key: str, cols: list[str], rows: list[list[str]], widths: list[float]) -> Section:
    """A section holding one table, or a "none" note when nothing may be shown."""
    blocks: list[Any] = [Table([ctx.t(c) for c in cols], rows, widths)] if rows else [Para(ctx.t("note.none"), "note")]
    return Section(key, ctx.t(f"sec.{key}"), blocks)


# --- closing sections -----------------------------------------------------------------------------


def _annex(ctx: Context) -> Section:
    """The numbered sources (what each supports) and every attachment with its full SHA-256."""
    blocks: list[Any] = []
    src_rows = []
    attachments: list[tuple[str, dict[str, Any]]] = []
    for sid, n in sorted(ctx.source_numbers.items(), key=lambda item: item[1]):
        src = ctx.source_records[sid]
        d = src.data
        details = [ctx.field(src, "kind"), ctx.field(src, "author"), ctx.field(src, "publisher")]
        details += [ctx.field(src, "date"), ctx.latin(str(d.get("url") or ""))]
        detail_text = ctx.comma.join(p for p in details if p)
        if d.get("notes"):  # a line of its own: notes keep their own direction
            detail_text += f"\n{d['notes']}"
        cited = list(dict.fromkeys(ctx.cited_for.get(sid, [])))
        cited_text = "\n".join(cited[:8])
        if len(cited) > 8:
            cited_text += "\n" + ctx.t("note.and_more", count=ctx.num(len(cited) - 8))
        src_rows.append([f"[{ctx.num(n)}]", ctx.name_of(src), detail_text, cited_text])
        for att in d.get("attachments") or []:
            attachments.append((f"[{ctx.num(n)}]", att))
    attachments += ctx.photos
    sizes = records.attachment_sizes(ctx.cf, [str(att.get("sha256", "")) for _belongs, att in attachments])
    if src_rows:
        blocks.append(
            Table(
                [ctx.t("col.no"), ctx.t("col.title"), ctx.t("col.details"), ctx.t("col.cited_for")],
                src_rows,
                [0.07, 0.28, 0.3, 0.35],
            )
        )
    else:
        blocks.append(Para(ctx.t("note.no_sources"), "note"))
    if attachments:
        blocks.append(Para(ctx.t("note.attachments"), "heading"))
        blocks.append(Para(ctx.t("note.check_sha"), "note"))
        for belongs, att in attachments:
            size = sizes.get(att.get("sha256", ""))
            custody = [
                " ".join(str(c.get(k) or "") for k in ("at", "by", "action")).strip() for c in att.get("custody") or []
            ]
            if att.get("acquired") or att.get("acquired_by") or att.get("method"):
                acquired = " ".join(str(att.get(k) or "") for k in ("acquired", "acquired_by", "method")).strip()
                custody.insert(0, ctx.t("note.acquired", what=acquired))
            rows = [
                (ctx.t("col.file"), f"{ctx.latin(str(att.get('filename', '')))} {belongs}"),
                (
                    ctx.t("col.size"),
                    ctx.t("note.bytes", n=ctx.num(size)) if size is not None else ctx.t("note.not_held"),
                ),
                (ctx.t("col.sha256"), ctx.latin(str(att.get("sha256", "")))),
                (ctx.t("col.custody"), "\n".join(custody) or ctx.t("note.not_recorded")),
            ]
            blocks.append(KeyValues(rows))
    return Section("annex", ctx.t("sec.annex"), blocks)


def _submitter(ctx: Context) -> tuple[Section | None, list[tuple[str, str]] | None]:
    placement = ctx.view.submitter_placement()
    sub = ctx.view.submitter()
    rows = [
        (ctx.t(f"f.submitter_{k}"), str(sub[k]))
        for k in ("name", "organization", "relationship", "contact")
        if sub.get(k)
    ]
    if placement != "none":
        rows.append((ctx.t("f.submitter_confidential"), ctx.t("yes" if sub.get("confidential") else "no")))
    if placement == "body":
        return Section("submitter", ctx.t("sec.submitter"), [KeyValues(rows)]), None
    if placement == "confidential_page":
        note = Para(ctx.t("note.submitter_on_last_page"), "note")
        return Section("submitter", ctx.t("sec.submitter"), [note]), rows
    return None, None


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
    view: AudienceView | None = None,
) -> Dossier:
    """Everything the dossier shows, filtered for ``audience``. Raises RecordNotFound or
    CasefileError (with a message for the user) when the subject is wrong or refused."""
    view = view or AudienceView(cf, audience)
    if lang not in ("en", "fa"):
        raise CasefileError(_("unknown language {lang!r}; use en or fa").format(lang=lang))
    if (person is None) == (event is None):
        raise CasefileError(_("give exactly one subject: a person or an event"))
    ctx = Context(view, lang, cancelled)
    subject_id = person or event
    assert subject_id is not None
    rec = records.require(cf, subject_id, "persons" if person else "events")
    refusal = subject_refusal(rec, audience)
    if refusal:
        raise CasefileError(refusal)
    shown = ctx.get(rec.id)
    if shown is None:  # e.g. a testimony text naming ... cannot happen for a subject; be safe
        raise CasefileError(_("{id} may not be shown to this audience").format(id=rec.id))
    from .event import event_dossier
    from .official import official_dossier
    from .victim import victim_dossier

    if event:
        kind = "event"
        sections, subject = event_dossier(ctx, shown, progress)
    else:
        roles = records.roles_of(cf, rec.id)
        if "victim" in roles:
            kind = "victim"
            sections, subject = victim_dossier(ctx, shown)
        elif "official" in roles:
            kind = "official"
            sections, subject = official_dossier(ctx, shown, progress)
        else:
            raise CasefileError(
                _(
                    "{id} is neither a victim (no acts name them) nor an official (no positions or "
                    "involvements): a dossier needs one of the two"
                ).format(id=rec.id)
            )
    ctx.check()
    submitter_section, submitter_page = _submitter(ctx)
    if submitter_section is not None:
        sections.append(submitter_section)
    sections.append(_annex(ctx))

    kind_title = ctx.t(f"kind.{kind}")
    audience_text = ctx.t(f"audience.{audience}")
    title = f"{kind_title}: {subject}"
    cover = [
        (ctx.t("cover.reference"), ctx.ref(rec.id)),
        (ctx.t("cover.prepared_for"), audience_text),
        (ctx.t("cover.language"), ctx.t(f"lang.{lang}")),
        (ctx.t("cover.made_on"), ctx.date(made_on.isoformat())),
        (ctx.t("cover.fingerprint"), records.state_fingerprint(cf)),
        *_signature_rows(ctx, cf),
    ]
    cover_notes = []
    if audience == "un" and lang == "fa":
        cover_notes.append(ctx.t("cover.family_review"))
    marking = None
    if ctx.restricted and audience != "public":  # a public dossier holds only what is public
        marking = ctx.t("marking.restricted", audience=audience_text)
        cover_notes.append(marking)
    return Dossier(
        kind=kind,
        lang=lang,
        audience=audience,
        title=title,
        subject=subject,
        cover=cover,
        sections=sections,
        submitter_page=submitter_page,
        withheld=view.withheld,
        meta_title=title,
        meta_subject=label(lang, "meta.subject", kind=kind_title, audience=audience_text),
        made_on=made_on,
        marking=marking,
        cover_notes=cover_notes,
    )


def _signature_rows(ctx: Any, cf: Any) -> list[tuple[str, str]]:
    """The chain head signed with the case file's key (casefile/anchors.py): a recipient holding two
    dossiers sees whether one key signed both, and can check the signature."""
    from casefile import anchors

    signed = anchors.sign_head(cf)
    return [
        (ctx.t("cover.signing_key"), signed.public_key),
        (ctx.t("cover.signature"), signed.signature),
    ]
