"""What links officials, events and victims in a dossier: the events an event is part of and its
sub-events, the involvements that concern an act (and by which path), the evidence for each
allegation, and the victims tables of the event and official dossiers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casefile.audience import Naming
from casefile.model import Record, name_text
from casefile.text import normalise, persian_sort_key

from .content import Context, Para, Section, Table, sort_key_of, span

# Roles listed apart from those believed responsible: knowing of or denying is not doing.
APART_ROLES = ("was_informed", "denied")


def positions_of(ctx: Context, pid: str) -> list[Record]:
    return sorted(ctx.view.referring(pid, "positions", "person"), key=lambda r: sort_key_of(r.data.get("start")))


def held_then(ctx: Context, pid: str, when: Any) -> str:
    """Titles of the positions a person held at a date."""
    if not when:
        return ""
    lo, hi = span(when)
    titles = []
    for pos in positions_of(ctx, pid):
        start, _e = span(pos.data.get("start"))
        _s, end = span(pos.data.get("end"))
        if (start is None or hi is None or start <= hi) and (end is None or lo is None or end >= lo):
            titles.append(ctx.name_of(pos))
    return ctx.comma.join(titles)


def role_words(ctx: Context, inv: Record) -> str:
    """ "decided" when established, "alleged to have decided", "suspected of having decided"."""
    certainty = inv.data.get("certainty") or "alleged"
    return ctx.t(f"role.{certainty}.{inv.data.get('role') or 'other'}")


def ancestors(ctx: Context, event_id: str | None) -> list[Record]:
    """The event and the events it is part of, nearest first (stopping at one that may not appear)."""
    chain: list[Record] = []
    seen: set[str] = set()
    while event_id and event_id not in seen:
        seen.add(event_id)
        rec = ctx.get(event_id)
        if rec is None:
            break
        chain.append(rec)
        event_id = rec.data.get("parent")
    return chain


def descendants(ctx: Context, event_ids: list[str]) -> list[Record]:
    """The events and all their sub-events that may appear (a withheld event hides its sub-events)."""
    result: list[Record] = []
    seen: set[str] = set()
    queue = list(event_ids)
    while queue:
        eid = queue.pop(0)
        if eid in seen:
            continue
        seen.add(eid)
        rec = ctx.get(eid)
        if rec is None:
            continue
        result.append(rec)
        queue += [child.id for child in ctx.view.referring(eid, "events", "parent")]
    return result


@dataclass
class Reached:
    """An involvement reached from an act, and by which path."""

    involvement: Record
    act: Record | None
    path: str  # act / event / larger_event / sub_event
    via: Record | None  # the event the involvement is in


def involvements_of_acts(ctx: Context, acts: list[Record]) -> list[Reached]:
    """The involvements that concern these acts: on the act itself, on its event, on an event its
    event is part of, or on a sub-event of its event; each once, with the first path found."""
    found: dict[str, Reached] = {}
    for act in acts:
        for inv in ctx.view.referring(act.id, "involvements", "act"):
            found.setdefault(inv.id, Reached(inv, act, "act", None))
        chain = ancestors(ctx, act.data.get("event"))
        if not chain:
            continue
        paths: list[tuple[str, Record]] = [("event", chain[0])]
        paths += [("larger_event", e) for e in chain[1:]]
        paths += [("sub_event", e) for e in descendants(ctx, [chain[0].id])[1:]]
        for path, ev in paths:
            for inv in ctx.view.referring(ev.id, "involvements", "event"):
                found.setdefault(inv.id, Reached(inv, act, path, ev))
    return list(found.values())


def _path_text(ctx: Context, reached: Reached) -> str:
    act = ""
    if reached.act is not None:
        act = ctx.act_text(reached.act) if reached.path == "single_act" else ctx.e("act", reached.act.data.get("type"))
    event = ctx.name_of(reached.via)
    return ctx.t(f"path.{reached.path}", act=act, event=event)


def involvement_what(ctx: Context, inv: Record) -> tuple[str, Any]:
    """What an involvement is in, as text, and its date."""
    target = ctx.get(inv.data.get("event") or inv.data.get("act"))
    if target is None:
        return "", None
    if target.kind == "acts":
        return ctx.act_text(target), target.data.get("date")
    return ctx.name_of(target), target.data.get("start")


def _involvement_rows(ctx: Context, reached: list[Reached], *, with_path: bool) -> list[list[str]]:
    rows = []
    for r in reached:
        d = r.involvement.data
        who = ctx.who(d.get("person") or d.get("organization"))
        if who is None:
            continue
        what, when = involvement_what(ctx, r.involvement)
        when = d.get("date") or when
        if d.get("person"):
            held = held_then(ctx, d["person"], when)
            if held:
                who += ctx.bracketed(ctx.t("note.held_then", positions=held))
        role = role_words(ctx, r.involvement) + ctx.bracketed(ctx.date(d.get("date")))
        sources, _s = ctx.cite([r.involvement.id], f"{who}: {role}")
        basis = str(d.get("basis") or "") or ctx.t("note.not_recorded")
        if d.get("notes"):
            basis += "\n" + ctx.labelled(ctx.t("col.notes"), str(d["notes"]))
        where = _path_text(ctx, r) if with_path else what
        rows.append([who, role, where, basis, sources])
    return rows


def involvement_blocks(ctx: Context, reached: list[Reached], *, with_path: bool, long: bool = False) -> list[Any]:
    """Those believed responsible, then (apart) those informed of or denying the events."""
    responsible = [r for r in reached if r.involvement.data.get("role") not in APART_ROLES]
    apart = [r for r in reached if r.involvement.data.get("role") in APART_ROLES]
    cols = [ctx.t(c) for c in ("col.who", "col.role", "col.in", "col.basis", "col.sources")]
    widths = [0.2, 0.17, 0.25, 0.24, 0.14]
    blocks: list[Any] = []
    rows = _involvement_rows(ctx, responsible, with_path=with_path)
    if rows:
        blocks += [Para(ctx.t("note.allegation"), "note"), Table(cols, rows, widths, long=long)]
    else:
        blocks.append(Para(ctx.t("note.none"), "note"))
    rows = _involvement_rows(ctx, apart, with_path=with_path)
    if rows:
        blocks += [
            Para(ctx.t("note.apart_heading"), "heading"),
            Para(ctx.t("note.apart"), "note"),
            Table(cols, rows, widths, long=long),
        ]
    return blocks


def evidence_section(ctx: Context, reached: list[Reached]) -> Section:
    """For lawyers: each allegation with every supporting source and testimony, how many of them are
    independent of each other, and what stands on one source only."""
    rows: list[list[str]] = []
    for r in reached:
        d = r.involvement.data
        if d.get("role") in APART_ROLES:
            continue
        who = ctx.who(d.get("person") or d.get("organization"))
        if who is None:
            continue
        what, _when = involvement_what(ctx, r.involvement)
        allegation = f"{who}: {role_words(ctx, r.involvement)}{ctx.comma}{what}"
        targets = [r.involvement.id]
        source_text, sources = ctx.cite(targets, allegation)
        # testimonies about the official themselves: one about the event only says nothing of their role
        testimonies = ctx.view.referring(d["person"], "testimonies", "about") if d.get("person") else []
        t_parts = []
        witnesses: set[str] = set()
        for t in testimonies:
            witness = ctx.who(t.data.get("witness")) or ""
            t_parts.append(f"{ctx.t('ref.testimony', ref=ctx.ref(t.id))}{ctx.bracketed(witness)}")
            witnesses.add(str(t.data.get("witness")))
        origins = {_origin(s) for s in sources} | {f"witness:{w}" for w in witnesses}
        independent = len(origins)
        if independent == 0:
            note = ctx.t("evidence.none")
        elif independent == 1:
            note = ctx.t("evidence.one")
        else:
            note = ctx.t("evidence.several", count=ctx.num(independent))
        if sources and not testimonies and all(s.data.get("kind") == "news" for s in sources):
            note += ctx.semi + ctx.t("note.media_only")
        rows.append(
            [
                allegation,
                source_text if sources else ctx.t("note.no_source"),
                "\n".join(t_parts) or ctx.t("note.none_short"),
                ctx.num(independent),
                note,
            ]
        )
    cols = [ctx.t(c) for c in ("col.allegation", "col.sources", "sec.testimonies", "col.independent", "col.assessment")]
    blocks: list[Any] = [Para(ctx.t("note.evidence"), "note")]
    if rows:
        blocks.append(Table(cols, rows, [0.28, 0.17, 0.21, 0.12, 0.22], flag_column=3, flag_value=ctx.num(1)))
    else:
        blocks = [Para(ctx.t("note.none"), "note")]
    return Section("evidence", ctx.t("sec.evidence"), blocks)


def _origin(src: Record) -> str:
    """Sources with the same publisher (or author, or title) are not independent of each other."""
    d = src.data
    for key in ("publisher", "author"):
        if d.get(key):
            return f"{key}:{normalise(str(d[key]))}"
    return f"title:{normalise(name_text(d.get('title'), 'en'))}"


# --- victims tables (event and official dossiers) ---------------------------------------------------


_FINAL_ACTS = ("execution", "enforced_disappearance", "last_seen", "secret_burial")


def victim_rows(
    ctx: Context,
    acts: list[Record],
    progress: Callable[[int], None],
    paths: dict[str, str] | None = None,
) -> list[tuple[str, str, list[str]]]:
    """One row per victim of these acts (acts the audience may see), with the date and place of
    their execution (or disappearance, last sighting, or latest act), the sources cited for their
    acts, and (``paths``) how they are reached. Sorted by name: (sort key, group letter, cells)."""
    by_victim: dict[str, list[Record]] = {}
    for act in acts:
        by_victim.setdefault(str(act.data.get("victim")), []).append(act)
    ctx.view.prefetch(by_victim)
    ctx.prefetch_citations([a.id for a in acts])
    rows: list[tuple[str, str, list[str]]] = []
    for i, (vid, vacts) in enumerate(by_victim.items()):
        if i % 500 == 0:
            ctx.check()
            progress(i)
        who = ctx.who(vid)
        if who is None:
            continue
        vacts.sort(key=lambda a: sort_key_of(a.data.get("date")))
        final = next((a for t in _FINAL_ACTS for a in vacts if a.data.get("type") == t), vacts[-1])
        placed = final if final.data.get("place") else next((a for a in reversed(vacts) if a.data.get("place")), final)
        types = ctx.comma.join(dict.fromkeys(ctx.e("act", a.data.get("type")) for a in vacts))
        sources, _s = ctx.cite([a.id for a in vacts], who)
        if sources == ctx.t("note.no_source"):
            sources = ""
        cells = [who, types, ctx.date(final.data.get("date")), ctx.place(placed.data.get("place")), sources]
        if paths is not None:
            cells.append(paths.get(vid, ""))
        naming = ctx.naming(vid)
        key, letter = _sort_key(ctx, who, naming)
        rows.append((key, letter, cells))
    rows.sort(key=lambda r: r[0])
    return rows


def _sort_key(ctx: Context, text: str, naming: Naming) -> tuple[str, str]:
    """The key a victim sorts by and the letter they are listed under; victims the family asked not
    to be named come last, under their own heading."""
    if naming.level == "none":
        return "\uffff" + text, ""
    if ctx.lang == "fa":
        key = persian_sort_key(text)
        first = normalise(text)[:1]
        return key, {"آ": "ا", "أ": "ا", "إ": "ا"}.get(first, first)
    key = normalise(text)
    return key, key[:1].upper() if key[:1].isalpha() else "#"


def victim_sections(
    ctx: Context, key: str, rows: list[tuple[str, str, list[str]]], *, with_path: bool
) -> list[Section]:
    """The victims table, one part per letter (each bookmarked), numbered through."""
    cols = ["col.no", "col.victim", "col.acts", "col.date", "col.place", "col.sources"]
    widths = [0.07, 0.27, 0.17, 0.22, 0.14, 0.13]
    if with_path:
        cols.append("col.path")
        widths = [0.06, 0.22, 0.13, 0.18, 0.11, 0.1, 0.2]
    groups: dict[str, list[list[str]]] = {}
    for n, (_key, letter, cells) in enumerate(rows, 1):
        groups.setdefault(letter, []).append([ctx.num(n), *cells])
    sections = []
    for i, (letter, group) in enumerate(groups.items()):
        title = letter or ctx.t("note.not_named_group")
        sections.append(
            Section(
                f"{key}-{i}",
                title,
                [Table([ctx.t(c) for c in cols], group, widths, long=True)],
                level=1,
            )
        )
    return sections
