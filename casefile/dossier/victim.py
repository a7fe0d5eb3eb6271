"""The victim dossier: identity, the family's consent, the circumstances, the chronology, fate and
burial, who is believed responsible (and by which path), the action taken, testimonies, the
evidence per allegation (lawyers) and the Working Group's checklist (UN)."""

from __future__ import annotations

from typing import Any

from casefile.audience import Naming
from casefile.model import Record, name_text

from .content import Context, KeyValues, Para, Section, Table, at_least_month, span, table_section
from .involvements import APART_ROLES, Reached, evidence_section, involvement_blocks, involvements_of_acts


def _given_and_family(name: Any, lang: str) -> tuple[str, str]:
    """Given names and family name as the recorded full name gives them: the family name is its
    last word (a Persian compound joined by a ZWNJ or a hyphen stays one word)."""
    text = name_text(name, lang).strip()
    head, sep, last = text.rpartition(" ")
    return (head, last) if sep else ("", text)


# --- victim dossier -------------------------------------------------------------------------------


def _identity_rows(ctx: Context, person: Record, naming: Naming) -> list[tuple[str, str]]:
    d = person.data
    nr = ctx.t("note.not_recorded")
    rows: list[tuple[str, str]] = [(ctx.t("f.reference"), ctx.ref(person.id))]
    name = d.get("name") or {}
    if naming.named:
        given, family = _given_and_family(name, ctx.lang)
        rows.append((ctx.t("f.family_name"), family or nr))
        rows.append((ctx.t("f.given_names"), given or nr))
        if name.get("en"):
            rows.append((ctx.t("f.name_en"), name["en"]))
        if name.get("fa"):
            rows.append((ctx.t("f.name_fa"), name["fa"]))
        aliases = ctx.field(person, "aliases")
        if aliases:
            rows.append((ctx.t("f.aliases"), aliases))
    else:
        rows.append((ctx.t("f.name"), ctx.who(person.id) or ""))
        if naming.level == "initials":
            rows.append((ctx.t("f.naming"), ctx.t("note.naming_reason", reason=naming_reason(ctx, naming))))
        else:
            rows.append((ctx.t("f.naming"), ctx.t("note.naming_none")))
    rows.append((ctx.t("f.sex"), ctx.field(person, "sex") or nr))
    if naming.named:
        for key in ("father_name", "mother_name"):
            rows.append((ctx.t(f"f.{key}"), ctx.field(person, key) or nr))
    rows.append((ctx.t("f.birth"), ctx.field(person, "birth") or nr))
    rows.append((ctx.t("f.birth_place"), ctx.field(person, "birth_place") or nr))
    rows.append((ctx.t("f.nationality"), ctx.field(person, "nationality") or nr))
    if naming.named:
        rows.append((ctx.t("f.id_document"), ctx.field(person, "id_document") or nr))
    rows.append((ctx.t("f.occupation"), ctx.field(person, "occupation") or nr))
    rows.append((ctx.t("f.residence"), ctx.field(person, "residence") or nr))
    if d.get("affiliation"):
        rows.append((ctx.t("f.affiliation"), ctx.field(person, "affiliation")))
    return rows


def naming_reason(ctx: Context, naming: Naming) -> str:
    """Why a victim is not named in full, worded for the recipient in the dossier's language."""
    if naming.basis == "withdrawn":
        return ctx.t("naming.withdrawn", date=ctx.date(naming.when))
    return ctx.t(f"naming.{naming.basis}")


def _consent_section(ctx: Context, person: Record) -> tuple[Section, str]:
    """Who gave the family's consent, when, and its scope; and its status for the checklist."""
    consent = ctx.view.family_consent(person.id)
    nr = ctx.t("note.not_recorded")
    if consent is None:
        return Section("consent", ctx.t("sec.consent"), [Para(ctx.t("consent.none"), "note")]), "none"
    giver = ctx.who(consent.given_by) if consent.given_by else None
    rows = [
        (ctx.t("f.consent_status"), ctx.t(f"consent.{consent.status}")),
        (ctx.t("f.given_by"), giver or nr),
        (ctx.t("f.consent_recorded"), ctx.date(consent.recorded) or nr),
    ]
    if consent.withdrawn:
        rows.append((ctx.t("f.consent_withdrawn"), ctx.date(consent.withdrawn)))
    rows.append((ctx.t("f.name_to_government"), ctx.t(f"answer.{consent.answers.get('un') or 'not_given'}")))
    rows.append((ctx.t("f.name_in_public"), ctx.t(f"answer.{consent.answers.get('public') or 'not_given'}")))
    for audience in ("amnesty", "lawyers"):
        rows.append(
            (
                ctx.t("f.name_for", audience=ctx.t(f"audience.{audience}")),
                ctx.t(f"answer.{consent.answers.get(audience) or 'not_given'}"),
            )
        )
    if consent.notes:
        rows.append((ctx.t("col.notes"), consent.notes))
    blocks: list[Any] = [KeyValues(rows)]
    if consent.status == "incomplete":
        blocks.append(Para(ctx.t("consent.incomplete_note"), "note"))
    return Section("consent", ctx.t("sec.consent"), blocks), consent.status


_NARRATED = (
    "arrest",
    "detention",
    "trial",
    "sentence",
    "torture",
    "execution",
    "secret_burial",
    "enforced_disappearance",
    "harassment_of_family",
    "last_seen",
    "other",
)


def _circumstances(ctx: Context, person: Record, acts: list[Record]) -> Section:
    """The recorded narrative when there is one; otherwise plain sentences made only from the
    recorded acts (never anything not recorded)."""
    text = person.data.get("circumstances")
    blocks: list[Any] = []
    if isinstance(text, dict) and (text.get(ctx.lang) or text.get("en") or text.get("fa")):
        own = text.get(ctx.lang)
        shown = own or text.get("en") or text.get("fa")
        if not own:
            other = "en" if text.get("en") else "fa"
            blocks.append(Para(ctx.t("note.in_language", language=ctx.t(f"lang.{other}")), "note"))
        blocks.append(Para(str(shown), "body", direction="auto"))
        return Section("circumstances", ctx.t("sec.circumstances"), blocks)
    sentences = []
    for act in acts:
        d = act.data
        kind = d.get("type") if d.get("type") in _NARRATED else "other"
        where = ctx.place(d.get("place"))
        where_text = f" {ctx.t('narr.at_place', place=where)}" if where else ""
        by = ""
        if kind == "last_seen" and d.get("by"):
            seen_by = ctx.who(d["by"])
            by = f" {ctx.t('narr.by', who=seen_by)}" if seen_by else ""
        sentences.append(ctx.t(f"narr.{kind}", when=ctx.when_phrase(d.get("date")), where=where_text, by=by))
    if not sentences:
        return Section("circumstances", ctx.t("sec.circumstances"), [Para(ctx.t("note.none"), "note")])
    blocks.append(Para(ctx.t("note.narrative_from_acts"), "note"))
    blocks.append(Para(" ".join(sentences)))
    return Section("circumstances", ctx.t("sec.circumstances"), blocks)


def victim_dossier(ctx: Context, person: Record) -> tuple[list[Section], str]:
    naming = ctx.naming(person.id)
    subject = ctx.who(person.id) or ctx.ref(person.id)
    d = person.data
    sections: list[Section] = [
        Section("identity", ctx.t("sec.identity"), [KeyValues(_identity_rows(ctx, person, naming))])
    ]
    if naming.named and isinstance(d.get("photo"), dict):
        ctx.photos.append((ctx.t("photo_of", who=subject), d["photo"]))
    consent_section, consent_status = _consent_section(ctx, person)
    sections.append(consent_section)

    acts = chronological(ctx.view.referring(person.id, "acts", "victim"))
    for a in acts:
        ctx.get(a.id)  # restricted acts mark the dossier restricted
    sections.append(_circumstances(ctx, person, acts))

    chron_rows = []
    for a in acts:
        ad = a.data
        sources, _s = ctx.cite([a.id], ctx.act_text(a, victim=False))
        seen_by = ctx.who(ad.get("by")) if ad.get("by") else None
        notes = str(ad.get("notes") or "")
        if seen_by:
            notes = ctx.t("narr.seen_by", who=seen_by) + (f"\n{notes}" if notes else "")
        chron_rows.append(
            [ctx.field(a, "date"), ctx.field(a, "type"), ctx.field(a, "place"), ctx.field(a, "event"), notes, sources]
        )  # fmt: skip
    cols = ["col.date", "col.act", "col.place", "col.event", "col.notes", "col.sources"]
    sections.append(table_section(ctx, "chronology", cols, chron_rows, [0.2, 0.13, 0.13, 0.18, 0.22, 0.14]))

    fate_rows: list[tuple[str, str]] = []
    for a in acts:
        if a.data.get("type") in ("execution", "enforced_disappearance"):
            fate_rows.append((ctx.e("act", a.data.get("type")), ctx.date(a.data.get("date")) or ctx.t("note.unknown")))
    if d.get("death_certificate"):
        fate_rows.append((ctx.t("f.death_certificate"), ctx.field(person, "death_certificate")))
    fate_rows.append((ctx.t("f.family_informed"), ctx.field(person, "family_informed") or ctx.t("note.not_recorded")))
    burial = d.get("burial") or {}
    status = burial.get("status") or "unknown"
    place = ctx.place(burial.get("place"))
    if status in ("unmarked", "disputed", "known") and place:
        burial_text = ctx.t(f"burial.{status}_text", place=place)
    elif status in ("unmarked", "disputed"):
        burial_text = ctx.e("burial", status)
    elif not d.get("burial"):
        burial_text = ctx.t("note.not_recorded")
    else:
        burial_text = ctx.t("burial.unknown_text")
    fate_rows.append((ctx.t("f.burial"), burial_text))
    sections.append(Section("fate", ctx.t("sec.fate"), [KeyValues(fate_rows)]))

    reached = involvements_of_acts(ctx, acts)
    sections.append(Section("responsible", ctx.t("sec.responsible"), involvement_blocks(ctx, reached, with_path=True)))

    int_rows = []
    interventions = ctx.view.referring(person.id, "interventions", "victim")
    for iv in interventions:
        idata = iv.data
        by = ctx.field(iv, "by")
        to = ctx.field(iv, "addressed_to")
        sources, _s = ctx.cite(
            [iv.id], f"{ctx.e('int', idata.get('kind'))}{ctx.bracketed(ctx.date(idata.get('date')))}"
        )
        outcome = str(idata.get("outcome") or "")
        if idata.get("notes"):
            outcome += ("\n" if outcome else "") + str(idata["notes"])
        int_rows.append([ctx.field(iv, "date"), ctx.field(iv, "kind"), by, to, outcome, sources])
    cols = ["col.date", "col.kind", "col.by", "col.to", "col.outcome", "col.sources"]
    sections.append(table_section(ctx, "interventions", cols, int_rows, [0.16, 0.14, 0.17, 0.17, 0.22, 0.14]))

    about = [person.id, *(a.id for a in acts)]
    testimonies = ctx.view.referring_many(about, "testimonies", "about")
    sections.append(Section("testimonies", ctx.t("sec.testimonies"), _testimony_blocks(ctx, testimonies)))

    if ctx.audience == "lawyers":
        sections.append(evidence_section(ctx, reached))
    if ctx.audience == "un":
        sections.append(
            Section(
                "checklist",
                ctx.t("sec.checklist"),
                [_checklist(ctx, person, naming, acts, reached, interventions, consent_status)],
            )
        )
    return sections, subject


# The natural order of acts against one person, for acts whose dates overlap.
ACT_ORDER = (
    "arrest",
    "detention",
    "trial",
    "sentence",
    "torture",
    "last_seen",
    "execution",
    "secret_burial",
    "enforced_disappearance",
    "harassment_of_family",
    "other",
)


def chronological(acts: list[Record]) -> list[Record]:
    """Acts in the order they happened: by the midpoint of their date's interval (an open end
    counts as its known end), and where two intervals overlap, in the natural order of act types
    (an arrest before the detention that follows it, even when the arrest has a day and the
    detention only a month). Undated acts come last, in type order."""

    def rank(a: Record) -> int:
        t = a.data.get("type")
        return ACT_ORDER.index(t) if t in ACT_ORDER else len(ACT_ORDER)

    def mid(a: Record) -> float:
        lo, hi = span(a.data.get("date"))
        if lo is None and hi is None:
            return float("inf")
        lo, hi = lo or hi, hi or lo
        assert lo is not None and hi is not None
        return (lo.toordinal() + hi.toordinal()) / 2

    def overlap(a: Record, b: Record) -> bool:
        alo, ahi = span(a.data.get("date"))
        blo, bhi = span(b.data.get("date"))
        if (alo, ahi) == (None, None) or (blo, bhi) == (None, None):
            return (alo, ahi) == (blo, bhi)  # both undated
        return (alo is None or bhi is None or alo <= bhi) and (blo is None or ahi is None or blo <= ahi)

    ordered = sorted(acts, key=lambda a: (mid(a), rank(a), a.id))
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
        witness = ctx.who(td.get("witness")) or ""
        heading = ctx.t("note.testimony_heading", ref=ctx.ref(t.id), witness=witness)
        meta = [ctx.t("note.recorded", date=ctx.date(td.get("recorded")))] if td.get("recorded") else []
        if td.get("language"):
            meta.append(ctx.t("note.language", language=ctx.t(f"lang.{td['language']}")))
        if td.get("sensitive"):
            meta.append(ctx.t("note.sensitive", what=ctx.field(t, "sensitive")))
        sources, found = ctx.cite([t.id], ctx.t("ref.testimony", ref=ctx.ref(t.id)))
        if found:
            meta.append(f"{ctx.t('col.sources')}: {sources}")
        blocks.append(Para(heading, "heading"))
        if meta:
            blocks.append(Para(ctx.semi.join(meta), "note"))
        if td.get("summary"):
            blocks.append(KeyValues([(ctx.t("note.summary"), str(td["summary"]))]))
        blocks.append(Para(str(td.get("text") or ""), "body", direction="auto"))
    return blocks or [Para(ctx.t("note.none"), "note")]


# Acts that say where a victim was last seen, most telling first.
_SEEN_AT = ("last_seen", "detention", "enforced_disappearance", "execution", "secret_burial")


def _checklist(
    ctx: Context,
    person: Record,
    naming: Naming,
    acts: list[Record],
    reached: list[Reached],
    interventions: list[Record],
    consent_status: str,
) -> Table:
    """The six elements the Working Group requires (shared/spec/submissions.md), and the family's
    consent; each present (with where it comes from) or missing (and why)."""
    d = person.data
    present, missing = ctx.t("check.present"), ctx.t("check.missing")
    rows: list[list[str]] = []
    # 1. identity
    ident = [f for f in ("birth", "birth_place", "father_name", "mother_name", "id_document", "residence") if d.get(f)]
    if not naming.named:
        rows.append([ctx.t("check.name"), missing, naming_reason(ctx, naming)])
    elif not ident:
        rows.append([ctx.t("check.name"), missing, ctx.t("check.ident_missing")])
    else:
        fields = [ctx.t("f.family_name"), ctx.t("f.given_names"), *(ctx.t(f"f.{f}") for f in ident)]
        rows.append([ctx.t("check.name"), present, ctx.t("check.from_identity", fields=ctx.comma.join(fields))])
    # family consent
    if consent_status == "present" and naming.named:
        rows.append([ctx.t("check.consent"), present, ctx.t("check.from_consent")])
    elif consent_status == "incomplete":
        rows.append([ctx.t("check.consent"), ctx.t("check.incomplete"), ctx.t("consent.incomplete_note")])
    else:
        rows.append([ctx.t("check.consent"), missing, naming_reason(ctx, naming)])
    # 2. date: at least month and year, from the disappearance, last sighting, execution, then arrest
    order = ("enforced_disappearance", "last_seen", "execution", "secret_burial", "detention", "arrest")
    dated = [a for t in order for a in acts if a.data.get("type") == t and a.data.get("date")]
    good = next((a for a in dated if at_least_month(a.data["date"])), None)
    if good is not None:
        rows.append([ctx.t("check.date"), present, ctx.t("check.from_act", act=ctx.act_text(good, victim=False))])
    elif dated:
        rows.append([ctx.t("check.date"), missing, ctx.t("check.date_imprecise", date=ctx.date(dated[0].data["date"]))])
    else:
        rows.append([ctx.t("check.date"), missing, ctx.t("check.date_missing")])
    # 3. where arrested, and where last seen: a last sighting, else the latest detention, disappearance
    # or execution with a place (for 1988 victims, often the prison where the family's visits stopped)
    arrest = next((a for a in acts if a.data.get("type") == "arrest" and a.data.get("place")), None)
    later = [a for a in reversed(acts) if a.data.get("place")]
    seen = next((a for t in _SEEN_AT for a in later if a.data.get("type") == t), None)
    places = [f"{ctx.place(a.data['place'])}: {ctx.act_text(a, victim=False)}" for a in (arrest, seen) if a is not None]
    if places:
        rows.append([ctx.t("check.place"), present, ctx.t("check.from_act", act=ctx.semi.join(places))])
    else:
        rows.append([ctx.t("check.place"), missing, ctx.t("check.place_missing")])
    # 4. forces believed responsible, and why
    responsible = [r for r in reached if r.involvement.data.get("role") not in APART_ROLES]
    names = [
        w
        for r in responsible
        if (w := ctx.who(r.involvement.data.get("person") or r.involvement.data.get("organization")))
    ]
    if names:
        without_basis = [
            w for r in responsible
            if not r.involvement.data.get("basis")
            and (w := ctx.who(r.involvement.data.get("person") or r.involvement.data.get("organization")))
        ]  # fmt: skip
        text = ctx.t("check.responsible_from", who=ctx.comma.join(dict.fromkeys(names)))
        if without_basis:
            text += ctx.semi + ctx.t("check.basis_missing", who=ctx.comma.join(dict.fromkeys(without_basis)))
        rows.append([ctx.t("check.responsible"), present, text])
    else:
        rows.append([ctx.t("check.responsible"), missing, ctx.t("check.responsible_missing")])
    # 5. action taken
    if interventions:
        kinds = ctx.comma.join(dict.fromkeys(ctx.e("int", i.data.get("kind")) for i in interventions))
        rows.append([ctx.t("check.action"), present, ctx.t("check.action_from", kinds=kinds)])
    else:
        rows.append([ctx.t("check.action"), missing, ctx.t("check.action_missing")])
    # 6. submitter
    placement = ctx.view.submitter_placement()
    if placement == "confidential_page":
        rows.append([ctx.t("check.submitter"), present, ctx.t("check.submitter_confidential")])
    elif placement == "body":
        rows.append([ctx.t("check.submitter"), present, ctx.t("check.submitter_body")])
    else:
        rows.append([ctx.t("check.submitter"), missing, ctx.t("check.submitter_missing")])
    cols = [ctx.t("col.element"), ctx.t("col.status"), ctx.t("col.where_from")]
    return Table(cols, rows, [0.32, 0.14, 0.54], flag_column=1, flag_value=missing)
