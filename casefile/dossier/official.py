"""The official dossier: identity and other names, positions held, each alleged involvement (those
believed responsible apart from those informed or denying), the evidence (lawyers), and the victims
reached through the same paths as in a victim dossier, with counts per path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from casefile.model import Record

from .content import Context, KeyValues, Para, Section, Table, table_section
from .involvements import (
    APART_ROLES,
    Reached,
    ancestors,
    descendants,
    evidence_section,
    held_then,
    involvement_what,
    positions_of,
    role_words,
    victim_rows,
    victim_sections,
)

# --- official dossier -----------------------------------------------------------------------------


def official_dossier(ctx: Context, person: Record, progress: Callable[[int], None]) -> tuple[list[Section], str]:
    d = person.data
    subject = ctx.who(person.id) or ctx.ref(person.id)
    nr = ctx.t("note.not_recorded")
    rows: list[tuple[str, str]] = []
    name = d.get("name") or {}
    if name.get("en"):
        rows.append((ctx.t("f.name_en"), name["en"]))
    if name.get("fa"):
        rows.append((ctx.t("f.name_fa"), name["fa"]))
    aliases = ctx.field(person, "aliases")
    if aliases:
        rows.append((ctx.t("f.aliases"), aliases))
    rows.append((ctx.t("f.sex"), ctx.field(person, "sex") or nr))
    rows.append((ctx.t("f.birth"), ctx.field(person, "birth") or nr))
    if d.get("birth_place"):
        rows.append((ctx.t("f.birth_place"), ctx.field(person, "birth_place")))
    if d.get("nationality"):
        rows.append((ctx.t("f.nationality"), ctx.field(person, "nationality")))
    if d.get("affiliation"):
        rows.append((ctx.t("f.affiliation"), ctx.field(person, "affiliation")))
    if d.get("notes"):
        rows.append((ctx.t("col.notes"), str(d["notes"])))
    sections = [Section("identity", ctx.t("sec.identity"), [KeyValues(rows)])]

    pos_rows = []
    for pos in positions_of(ctx, person.id):
        sources, _s = ctx.cite([pos.id], ctx.name_of(pos))
        org = ctx.field(pos, "organization")
        pos_rows.append([ctx.name_of(pos), org, ctx.field(pos, "start"), ctx.field(pos, "end"), sources])
    cols = ["col.position", "col.organization", "col.from", "col.until", "col.sources"]
    sections.append(table_section(ctx, "positions", cols, pos_rows, [0.28, 0.24, 0.17, 0.17, 0.14]))

    involvements = ctx.view.referring(person.id, "involvements", "person")
    responsible = [i for i in involvements if i.data.get("role") not in APART_ROLES]
    apart = [i for i in involvements if i.data.get("role") in APART_ROLES]
    subsections = [_involvement_detail(ctx, person, inv, n) for n, inv in enumerate(responsible + apart)]
    blocks: list[Any] = [Para(ctx.t("note.allegation"), "note")] if responsible else []
    if not involvements:
        blocks = [Para(ctx.t("note.none"), "note")]
    elif apart:
        blocks.append(Para(ctx.t("note.apart"), "note"))
    sections.append(Section("involvements", ctx.t("sec.involvements"), blocks))
    sections += subsections

    if ctx.audience == "lawyers":
        reached = [Reached(inv, None, "act" if inv.data.get("act") else "event", None) for inv in responsible]
        sections.append(evidence_section(ctx, reached))

    # victims reached by the same paths as in a victim dossier, through the responsible roles
    paths: dict[str, str] = {}
    acts: dict[str, Record] = {}
    for inv in responsible:
        for act, path, via in _acts_reached(ctx, inv):
            acts.setdefault(act.id, act)
            paths.setdefault(str(act.data.get("victim")), _path_from_official(ctx, inv, path, via))
    vrows = victim_rows(ctx, list(acts.values()), progress, paths)
    if vrows:
        per_path: Counter[str] = Counter(row[2][-1] for row in vrows)  # only the victims listed
        count_rows = [[path, ctx.num(n)] for path, n in per_path.most_common()]
        blocks = [
            Para(ctx.t("note.linked_victims", count=ctx.num(len(vrows))), "body"),
            Table([ctx.t("col.path"), ctx.t("col.count")], count_rows, [0.8, 0.2]),
        ]
    else:
        blocks = [Para(ctx.t("note.none"), "note")]
    sections.append(Section("linked_victims", ctx.t("sec.linked_victims"), blocks))
    sections += victim_sections(ctx, "linked_victims", vrows, with_path=True)
    return sections, subject


def _involvement_detail(ctx: Context, person: Record, inv: Record, n: int) -> Section:
    idata = inv.data
    what, when = involvement_what(ctx, inv)
    role = role_words(ctx, inv)
    sources, _s = ctx.cite([inv.id], f"{role}: {what}")
    kv = [(ctx.t("col.role"), role), (ctx.t("col.in"), what)]
    when_text = ctx.date(idata.get("date") or when)
    if when_text:
        kv.append((ctx.t("col.date"), when_text))
    held = held_then(ctx, person.id, idata.get("date") or when)
    if held:
        kv.append((ctx.t("col.position"), held))
    kv += [
        (ctx.t("col.certainty"), ctx.e("certainty", idata.get("certainty") or "alleged")),
        (ctx.t("col.basis"), str(idata.get("basis") or "") or ctx.t("note.not_recorded")),
    ]
    if idata.get("notes"):
        kv.append((ctx.t("col.notes"), str(idata["notes"])))
    kv.append((ctx.t("col.sources"), sources))
    about = [x for x in (idata.get("event"), idata.get("act"), person.id) if x]
    shown = []
    for t in ctx.view.referring_many(about, "testimonies", "about"):
        witness = ctx.who(t.data.get("witness")) or ""
        summary = str(t.data.get("summary") or "")
        shown.append(
            f"{ctx.t('ref.testimony', ref=ctx.ref(t.id))}{ctx.bracketed(witness)}" + (f": {summary}" if summary else "")
        )
    if shown:
        kv.append((ctx.t("sec.testimonies"), "\n".join(shown)))
    title = ctx.t("note.involvement_in", role=role, what=what)
    return Section(f"involvement-{n}", title, [KeyValues(kv)], level=1)


def _acts_reached(ctx: Context, inv: Record) -> list[tuple[Record, str, Record | None]]:
    """The acts an involvement concerns and by which path: the act itself; acts of its event; acts
    of the event's sub-events (the involvement is in a larger event of theirs); acts of the events
    the event is part of (the involvement is in a sub-event of theirs)."""
    d = inv.data
    if d.get("act"):
        act = ctx.get(d["act"])
        return [(act, "act", None)] if act is not None else []
    event = ctx.get(d.get("event"))
    if event is None:
        return []
    found: list[tuple[Record, str, Record | None]] = []
    found += [(a, "event", event) for a in ctx.view.referring(event.id, "acts", "event")]
    below = descendants(ctx, [event.id])[1:]
    found += [(a, "larger_event", event) for a in ctx.view.referring_many([e.id for e in below], "acts", "event")]
    above = ancestors(ctx, event.data.get("parent"))
    found += [(a, "sub_event", event) for a in ctx.view.referring_many([e.id for e in above], "acts", "event")]
    return found


def _path_from_official(ctx: Context, inv: Record, path: str, via: Record | None) -> str:
    role = role_words(ctx, inv)
    return ctx.t(f"reach.{path}", role=role, event=ctx.name_of(via))
