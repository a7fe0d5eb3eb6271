"""Dossier speed against the raw limit: an event dossier over 30,000 victims versus reportlab laying
out the same rows as a bare LongTable, its peak memory, and the time of one victim dossier.

    .venv/bin/python bench/bench_dossier.py [--victims 30000]

Targets (issue 4): event dossier within 3x the bare table, peak memory under 1 GB, a victim
dossier under 1 s. Files go to bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casefile import exchange  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
FIRST = [("Mohammad", "محمد"), ("Ali", "علی"), ("Maryam", "مریم"), ("Fatemeh", "فاطمه"), ("Reza", "رضا")]
LAST = [("Karimi", "کریمی"), ("Rahimi", "رحیمی"), ("Tehrani", "تهرانی"), ("Sadeghi", "صادقی"), ("Kazemi", "کاظمی")]


def event_document(victims: int, seed: int = 1367) -> dict[str, Any]:
    """One mass-execution event with 30 sub-events, ``victims`` victims (arrest + execution each),
    family consent of every kind, a few officials with involvements and a cited source."""
    rng = random.Random(seed)
    events = [{"id": "e-1988", "title": {"en": "1988 mass executions", "fa": "اعدام‌های ۱۳۶۷"},
               "kind": "mass_execution", "start": "1988-07", "end": "1988-09", "place": "pl-evin",
               "confidentiality": "public"}]  # fmt: skip
    events += [{"id": f"e-s{i}", "title": {"en": f"Committee session {i}", "fa": f"جلسه هیئت {i}"},
                "kind": "committee_session", "parent": "e-1988", "place": "pl-evin", "confidentiality": "public",
                "start": {"calendar": "jalali", "value": f"1367-05-{i % 28 + 1:02d}"}}
               for i in range(30)]  # fmt: skip
    persons, acts = [], []
    for i in range(victims):
        (fe, ff), (le, lf) = rng.choice(FIRST), rng.choice(LAST)
        consent = {"share_with": ["un", "lawyers"], "name": rng.choice(["full", "full", "initials"])}
        persons.append({"id": f"v-{i}", "name": {"en": f"{fe} {le} {i}", "fa": f"{ff} {lf}"},
                        "family_consent": consent, "birth": f"{rng.randrange(1940, 1970)}",
                        "confidentiality": rng.choice(["restricted", "public", "restricted", "confidential"])})  # fmt: skip
        acts.append({"id": f"a-{i}-1", "victim": f"v-{i}", "type": "arrest", "date": f"{rng.randrange(1981, 1987)}",
                     "place": "pl-evin", "confidentiality": "restricted"})  # fmt: skip
        acts.append({"id": f"a-{i}-2", "victim": f"v-{i}", "type": "execution", "event": f"e-s{i % 30}",
                     "date": {"calendar": "jalali", "value": f"1367-0{rng.randrange(5, 7)}-{rng.randrange(1, 29):02d}"},
                     "place": "pl-evin", "confidentiality": "restricted"})  # fmt: skip
    officials = [{"id": f"p-{i}", "name": {"en": f"Official {i}"}, "confidentiality": "public"} for i in range(8)]
    involvements = [{"id": f"inv-{i}", "role": "decided", "person": f"p-{i}", "event": f"e-s{i}",
                     "certainty": "alleged", "basis": "Named in public reporting."} for i in range(8)]  # fmt: skip
    return {
        "format": "casefile-exchange",
        "version": 1,
        "places": [{"id": "pl-evin", "name": {"en": "Evin prison", "fa": "زندان اوین"}, "kind": "prison"}],
        "events": events,
        "persons": officials + persons,
        "acts": acts,
        "involvements": involvements,
        "sources": [{"id": "src-1", "title": {"en": "Report"}, "kind": "news"}],
        "citations": [{"id": f"cit-{i}", "source": "src-1", "supports": f"inv-{i}"} for i in range(8)],
    }


def build_case(path: Path, victims: int) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    cf = CaseFile.create(path, None)
    try:
        exchange.import_document(cf, event_document(victims))
    finally:
        cf.close()


CHILD = """
import resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, {root!r})
from casefile.store import CaseFile
from casefile.dossier import make_dossier
cf = CaseFile.open({path!r}, None)
start = time.perf_counter()
result = make_dossier(cf, event="e-1988", audience="un", lang={lang!r}, made_on=date(2024, 5, 1), output=Path({out!r}))
elapsed = time.perf_counter() - start
print(elapsed, result.pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def event_dossier_in_child(path: Path, lang: str) -> tuple[float, int, int]:
    """(seconds, pages, peak RSS in KB) of an event dossier made in a fresh process."""
    code = CHILD.format(root=str(ROOT), path=str(path), lang=lang, out=str(OUT / f"event-{lang}.pdf"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, pages, rss = done.stdout.split()
    return float(seconds), int(pages), int(rss)


def _victims_table(dossier: Any) -> Any:
    """The event dossier's victims, laid out in parts per letter, as one table of all their rows."""
    from casefile.dossier import content

    parts = [
        b for s in dossier.sections if s.key.startswith("victims-") for b in s.blocks if isinstance(b, content.Table)
    ]
    return content.Table(parts[0].columns, [row for t in parts for row in t.rows], parts[0].widths, long=True)


def bare_table_seconds(path: Path) -> tuple[float, int]:
    """The raw limit: the same rows (as the dossier shows them) laid out by platypus as one bare LongTable."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from casefile.dossier import content, layout
    from casefile.dossier.bidi import FONT_REGULAR, register_fonts

    register_fonts()
    with CaseFile.open(path, None) as cf:
        dossier = content.build_content(
            cf, person=None, event="e-1988", audience="un", lang="en", made_on=date(2024, 5, 1)
        )
    table = _victims_table(dossier)
    data = [table.columns, *table.rows]
    widths = [w * layout.TEXT_W for w in table.widths]
    start = time.perf_counter()
    doc = SimpleDocTemplate(str(OUT / "bare.pdf"), pagesize=A4, invariant=1)
    flow = LongTable(data, colWidths=widths, repeatRows=1, style=[("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                                                                  ("FONTSIZE", (0, 0), (-1, -1), 8)])  # fmt: skip
    doc.build([flow])
    return time.perf_counter() - start, len(data) - 1


def chunked_table_seconds(path: Path, chunk: int = 40) -> float:
    """A faster raw limit: the same rows as bare platypus Tables of ``chunk`` rows each (LongTable
    re-splits all remaining rows at every page break, which makes it slow on long tables)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from casefile.dossier import content, layout
    from casefile.dossier.bidi import FONT_REGULAR, register_fonts

    register_fonts()
    with CaseFile.open(path, None) as cf:
        dossier = content.build_content(
            cf, person=None, event="e-1988", audience="un", lang="en", made_on=date(2024, 5, 1)
        )
    table = _victims_table(dossier)
    widths = [w * layout.TEXT_W for w in table.widths]
    style = [("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    start = time.perf_counter()
    doc = SimpleDocTemplate(str(OUT / "bare-chunked.pdf"), pagesize=A4, invariant=1)
    flows = [
        Table([table.columns, *table.rows[i : i + chunk]], colWidths=widths, style=style)
        for i in range(0, len(table.rows), chunk)
    ]
    doc.build(flows)
    return time.perf_counter() - start


def victim_dossier_seconds(path: Path) -> list[float]:
    from casefile.dossier import make_dossier

    times = []
    with CaseFile.open(path, None) as cf:
        for n in range(3):
            start = time.perf_counter()
            make_dossier(cf, person="v-1", audience="un", made_on=date(2024, 5, 1), output=OUT / f"victim-{n}.pdf")
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--victims", type=int, default=30_000)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / "dossier.casefile"
    if args.build_only:
        build_case(path, args.victims)
        return
    start = time.perf_counter()
    # Built in a child process, and the event dossiers made in children before this process grows:
    # a child's peak memory (ru_maxrss) starts from its parent's at the time of the fork.
    subprocess.run([sys.executable, __file__, "--build-only", "--victims", str(args.victims)], check=True)
    print(f"case file: {args.victims} victims imported in {time.perf_counter() - start:.1f} s ({path})")

    made = {lang: event_dossier_in_child(path, lang) for lang in ("en", "fa")}
    bare, rows = bare_table_seconds(path)
    chunked = chunked_table_seconds(path)
    print(f"bare LongTable, {rows} rows: {bare:.2f} s; the same rows as bare Tables of 40 rows: {chunked:.2f} s")
    for lang, (seconds, pages, rss_kb) in made.items():
        print(
            f"event dossier ({lang}): {seconds:.2f} s, {pages} pages, ratio {seconds / bare:.2f}x the bare LongTable, "
            f"{seconds / chunked:.2f}x the chunked bare Tables (target <= 3x); "
            f"peak memory {rss_kb / 1024:.0f} MB (target < 1024 MB)"
        )
    times = victim_dossier_seconds(path)
    print(f"victim dossier: first {times[0]:.2f} s, then {min(times[1:]):.2f} s (target < 1 s)")
    print(f"this process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
