"""The event dossier: a summary first (acts by type, place and month; victims by burial status), the
event, its sub-events summarised, every victim in alphabetical order (bookmarked by letter) with the
date, place and sources of their acts, and the officials and bodies involved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import jdatetime

from casefile.dates import GREGORIAN_MONTHS_EN, JALALI_MONTHS_FA, persian_digits
from casefile.model import Record

from .content import Context, KeyValues, Para, Section, Table, span
from .involvements import (
    Reached,
    ancestors,
    descendants,
    evidence_section,
    involvement_blocks,
    victim_rows,
    victim_sections,
)

# --- event dossier --------------------------------------------------------------------------------


def _month_key(ctx: Context, value: Any) -> tuple[str, str] | None:
    """(sort key, words) of the month a date falls in: Gregorian in English, Jalali in Persian."""
    lo, hi = span(value)
    if lo is None or hi is None:
        return None
    if ctx.lang == "fa":
        a, b = jdatetime.date.fromgregorian(date=lo), jdatetime.date.fromgregorian(date=hi)
        if (a.year, a.month) != (b.year, b.month):
            return None
        return f"{a.year:04d}-{a.month:02d}", persian_digits(f"{JALALI_MONTHS_FA[a.month - 1]} {a.year}")
    if (lo.year, lo.month) != (hi.year, hi.month):
        return None
    return f"{lo.year:04d}-{lo.month:02d}", f"{GREGORIAN_MONTHS_EN[lo.month - 1]} {lo.year}"


def _summary_section(ctx: Context, acts: list[Record], victims: list[str]) -> Section:
    """Counts first: acts by type, by place and by month; victims by burial status."""
    by_type: Counter[str] = Counter(str(a.data.get("type")) for a in acts)
    by_place: Counter[str] = Counter()
    by_month: Counter[tuple[str, str]] = Counter()
    undated = 0
    for a in acts:
        by_place[ctx.place(a.data.get("place")) or ctx.t("note.not_recorded")] += 1
        month = _month_key(ctx, a.data.get("date"))
        if month is None:
            undated += 1
        else:
            by_month[month] += 1
    burial: Counter[str] = Counter()
    for vid in victims:
        rec = ctx.get(vid)
        status = ((rec.data.get("burial") or {}).get("status") if rec else None) or ""
        burial[ctx.e("burial", status) if status else ctx.t("note.not_recorded")] += 1
    blocks: list[Any] = [
        Para(ctx.t("note.summary_counts", victims=ctx.num(len(victims)), acts=ctx.num(len(acts))), "body")
    ]

    def table(title: str, rows: list[list[str]]) -> None:
        if rows:
            blocks.append(Para(title, "heading"))
            blocks.append(Table([ctx.t("col.what"), ctx.t("col.count")], rows, [0.7, 0.3]))

    table(ctx.t("summary.by_type"), [[ctx.e("act", k), ctx.num(n)] for k, n in by_type.most_common()])
    table(ctx.t("summary.by_place"), [[k, ctx.num(n)] for k, n in by_place.most_common(15)])
    months = [[words, ctx.num(n)] for (_k, words), n in sorted(by_month.items())]
    if undated:
        months.append([ctx.t("summary.no_month"), ctx.num(undated)])
    table(ctx.t("summary.by_month"), months)
    table(ctx.t("summary.by_burial"), [[k, ctx.num(n)] for k, n in burial.most_common()])
    return Section("summary", ctx.t("sec.summary"), blocks)


def event_dossier(ctx: Context, event: Record, progress: Callable[[int], None]) -> tuple[list[Section], str]:
    d = event.data
    subject = ctx.name_of(event)
    rows: list[tuple[str, str]] = [(ctx.t("f.reference"), ctx.ref(event.id)), (ctx.t("f.title"), subject)]
    other_lang = "en" if ctx.lang == "fa" else "fa"
    other = (d.get("title") or {}).get(other_lang)
    if other and other != subject:
        rows.append((f"{ctx.t('f.title')} ({ctx.t('lang.' + other_lang)})", other))
    if d.get("kind"):
        rows.append((ctx.t("f.kind"), ctx.field(event, "kind")))
    when = " – ".join(x for x in (ctx.field(event, "start"), ctx.field(event, "end")) if x)
    rows.append((ctx.t("f.when"), when or ctx.t("note.not_recorded")))
    rows.append((ctx.t("f.where"), ctx.field(event, "place") or ctx.t("note.not_recorded")))
    parents = ancestors(ctx, d.get("parent"))
    if parents:
        rows.append((ctx.t("f.part_of"), " ← ".join(ctx.name_of(p) for p in parents)))
    if d.get("description"):
        rows.append((ctx.t("f.description"), str(d["description"])))
    sources, _s = ctx.cite([event.id], subject)
    rows.append((ctx.t("col.sources"), sources))
    event_section = Section("event", ctx.t("sec.event"), [KeyValues(rows)])

    tree = descendants(ctx, [event.id])
    acts = ctx.view.referring_many([e.id for e in tree], "acts", "event")
    ctx.check()
    per_event_victims: dict[str, set[str]] = {}
    for a in acts:
        per_event_victims.setdefault(str(a.data.get("event")), set()).add(str(a.data.get("victim")))
    vrows = victim_rows(ctx, acts, progress)
    shown_victims = [
        vid for vid in dict.fromkeys(str(a.data.get("victim")) for a in acts) if ctx.view.naming(vid).appears
    ]
    shown_acts = [a for a in acts if ctx.view.naming(a.data.get("victim")).appears]
    sections = [_summary_section(ctx, shown_acts, shown_victims), event_section]

    sub_rows = []
    depth = {event.id: 0}
    for rec in tree[1:]:
        depth[rec.id] = depth.get(rec.data.get("parent"), 0) + 1
        when = " – ".join(x for x in (ctx.field(rec, "start"), ctx.field(rec, "end")) if x)
        visible_victims = [v for v in per_event_victims.get(rec.id, ()) if ctx.view.naming(v).appears]
        sub_rows.append(
            [
                "  " * (depth[rec.id] - 1) + ctx.name_of(rec),
                ctx.field(rec, "kind"),
                when,
                ctx.field(rec, "place"),
                ctx.num(len(visible_victims)),
                ctx.cite([rec.id], ctx.name_of(rec))[0],
            ]
        )
    cols = [ctx.t(c) for c in ("col.title", "col.kind", "col.date", "col.place", "col.victims", "col.sources")]
    sub_blocks: list[Any] = (
        [Table(cols, sub_rows, [0.3, 0.14, 0.22, 0.14, 0.08, 0.12], long=True)]
        if sub_rows
        else [Para(ctx.t("note.none"), "note")]
    )
    sections.append(Section("subevents", ctx.t("sec.subevents"), sub_blocks))

    victims_blocks: list[Any] = (
        [
            Para(ctx.t("note.victims_count", count=ctx.num(len(vrows))), "body"),
            Para(ctx.t("note.victims_order"), "note"),
        ]
        if vrows
        else [Para(ctx.t("note.none"), "note")]
    )
    sections.append(Section("victims", ctx.t("sec.victims"), victims_blocks))
    sections += victim_sections(ctx, "victims", vrows, with_path=False)

    reached: list[Reached] = []
    for rec in tree:
        path = "this_event" if rec.id == event.id else "sub_event_of"
        reached += [Reached(i, None, path, rec) for i in ctx.view.referring(rec.id, "involvements", "event")]
    seen = {r.involvement.id for r in reached}
    for inv in ctx.view.referring_many([a.id for a in acts], "involvements", "act"):
        if inv.id not in seen:
            act = ctx.get(inv.data.get("act"))
            reached.append(Reached(inv, act, "single_act", None))
    sections.append(
        Section("involved", ctx.t("sec.involved"), involvement_blocks(ctx, reached, with_path=True, long=True))
    )
    if ctx.audience == "lawyers":
        sections.append(evidence_section(ctx, reached))
    return sections, subject
