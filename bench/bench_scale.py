"""Every whole-file operation at 30,000 and 100,000 victims (and more with --scale), in one run:
times, ratios to the raw floor, growth exponents, peak memory and the file size.

    .venv/bin/python bench/bench_scale.py                  # 30k and 100k victims
    .venv/bin/python bench/bench_scale.py --scale 500000   # and 500k (about an hour on 2 cores)

Each operation runs in a child process of its own, as a user runs it (`casefile import`, `verify`,
`export`, `search`) or as the core does it (dossiers, merge, duplicates); peak memory is the child's
(``getrusage(RUSAGE_CHILDREN).ru_maxrss`` taken by a small wrapper that runs only that child). The
growth exponent between two sizes is log(t2/t1) / log(n2/n1): 1 is linear, 2 is every pair.
Targets (issue 13): exponent <= 1.15 between 30k and 100k for every whole-file operation; import
<= 3x the raw floor; event dossier <= 3x bare platypus; a one-victim dossier < 0.5 s; peak memory
of import, verify and export < 1 GB; the case file <= 2x the raw floor (rows + FTS5); `casefile
search` <= 1.5x a bare FTS5 process on a plain file. Files go to bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
PASS = "bench passphrase"
PY = sys.executable
# `casefile` as a user runs it (the installed command), else through -m
CASEFILE = [str(Path(PY).parent / "casefile")] if (Path(PY).parent / "casefile").exists() else [PY, "-m", "casefile"]
# Compiled modules are kept, as an installed Casefile has them: start-up is what a user waits for.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Runs one child command and prints its wall time and peak RSS (KB) as the last line of stderr.
WRAP = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL if sys.argv[2] == "-" else open(sys.argv[2], "w"))
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("WRAP", done.returncode, elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, file=sys.stderr)
"""

GENERATE = """
import json, sys
sys.path.insert(0, {root!r})
from bench.{module} import {func}
doc = {func}({n})
if isinstance(doc, tuple):
    doc = doc[0]
with open({out!r}, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False)
"""

RAW_IMPORT = """
import json, sqlite3, sys
sys.path.insert(0, {root!r})
from casefile.model import LISTS, searchable_text
doc = json.load(open(sys.argv[1], encoding="utf-8"))
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, kind TEXT, data TEXT)")
conn.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body)")
conn.execute("BEGIN")
rows, fts, n = [], [], 0
for kind in LISTS:
    for rec in doc.get(kind, []):
        n += 1
        rows.append((n, rec["id"], kind, json.dumps(rec, ensure_ascii=False)))
        fts.append((n, *searchable_text(kind, rec)))
conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
conn.executemany("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", fts)
conn.execute("COMMIT")
"""

# A plain copy of an encrypted case file (for search against a bare process, dbstat, dossiers).
DECRYPT = """
import sqlcipher3, sys
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = 'bench passphrase'")
conn.execute("ATTACH DATABASE ? AS plain KEY ''", (sys.argv[2],))
conn.execute("SELECT sqlcipher_export('plain')")
conn.execute("PRAGMA plain.user_version = " + str(conn.execute("PRAGMA user_version").fetchone()[0]))
conn.execute("PRAGMA plain.application_id = " + str(conn.execute("PRAGMA application_id").fetchone()[0]))
conn.execute("PRAGMA plain.journal_mode = WAL")
conn.execute("DETACH DATABASE plain")
"""

BARE_SEARCH = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
rows = conn.execute("SELECT r.id, r.data FROM search_index JOIN records r ON r.rowid = search_index.rowid "
                    "WHERE search_index MATCH ? ORDER BY bm25(search_index, 5.0, 1.0) LIMIT 20", (sys.argv[2],)).fetchall()
print(len(rows))
"""

# In-process core operations, timed inside the child (no start-up), printing one JSON line.
CORE = """
import json, sys, time
sys.path.insert(0, {root!r})
{body}
"""

BUILD_EVENT_CASE = """
from pathlib import Path
from bench.bench_dossier import event_document
from casefile import exchange
from casefile.store import CaseFile
path = Path({path!r})
for p in (path, Path(f"{{path}}-wal"), Path(f"{{path}}-shm")):
    p.unlink(missing_ok=True)
doc = event_document({n})
start = time.perf_counter()
with CaseFile.create(path, None) as cf:
    exchange.import_document(cf, doc)
print(json.dumps({{"import": time.perf_counter() - start}}))
"""

EVENT_DOSSIER = """
from datetime import date
from pathlib import Path
from casefile.store import CaseFile
from casefile.dossier import make_dossier
cf = CaseFile.open({path!r}, None)
start, cpu = time.perf_counter(), time.process_time()
result = make_dossier(cf, event="e-1988", audience="un", lang="en", made_on=date(2024, 5, 1), output=Path({out!r}))
print(json.dumps({{"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "pages": result.pages}}))
"""

BARE_PLATYPUS = """
from datetime import date
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table
from casefile.dossier import content, layout
from casefile.dossier.bidi import FONT_REGULAR, register_fonts
from casefile.store import CaseFile
register_fonts()
with CaseFile.open({path!r}, None) as cf:
    dossier = content.build_content(cf, person=None, event="e-1988", audience="un", lang="en", made_on=date(2024, 5, 1))
tables = [b for s in dossier.sections for b in s.blocks if isinstance(b, content.Table)]
style = [("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8)]
start, cpu = time.perf_counter(), time.process_time()
doc = SimpleDocTemplate({out!r}, pagesize=A4, invariant=1)
flows = [Table([t.columns, *t.rows[i : i + 40]], colWidths=[w * layout.TEXT_W for w in t.widths], style=style)
         for t in tables for i in range(0, max(len(t.rows), 1), 40)]
doc.build(flows)
print(json.dumps({{"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "rows": sum(len(t.rows) for t in tables)}}))
"""

# The fixed start-up (importing the dossier code, reportlab and the fonts' registration) is timed
# apart: a dossier made in the desktop pays it once per session, not per dossier.
VICTIM_DOSSIER = """
from datetime import date
from pathlib import Path
start = time.perf_counter()
from casefile.store import CaseFile
from casefile.dossier import make_dossier, layout
from casefile.dossier.bidi import register_fonts
register_fonts()
startup = time.perf_counter() - start
times, cpus = [], []
with CaseFile.open({path!r}, None) as cf:
    for n in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        make_dossier(cf, person={person!r}, audience="un", made_on=date(2024, 5, 1), output=Path({out!r}))
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
print(json.dumps({{"startup": startup, "first": times[0], "then": min(times[1:]), "cpu": min(cpus[1:])}}))
"""

MERGE = """
import shutil
from pathlib import Path
from bench.bench_merge import edit
from casefile import merge, records
from casefile.store import CaseFile
src, a, b = Path({src!r}), Path({a!r}), Path({b!r})
for p in (a, b):
    for q in (p, Path(f"{{p}}-wal"), Path(f"{{p}}-shm")):
        q.unlink(missing_ok=True)
shutil.copy2(src, a)
shutil.copy2(src, b)
edits = 1000
with CaseFile.open(a, {pw!r}) as cf:
    victims = [r.id for r in records.list_rows(cf, "persons", role="victim", limit=10**9, order="id")]
step = max(1, len(victims) // edits)
mine = victims[::step][:edits]
overlap = len(mine) // 10
theirs = mine[:overlap] + victims[1::step][: edits - overlap]
edit(a, mine, "occupation", "edited on A", "new-a", edits)
edit(b, theirs, "notes", "edited on B", "new-b", edits)
edit(b, mine[:5], "occupation", "B disagrees", "none", 0)
with CaseFile.open(a, {pw!r}) as cf, CaseFile.open(b, {pw!r}) as other:
    start, cpu = time.perf_counter(), time.process_time()
    done = merge.merge(cf, other)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
for p in (a, b):  # two full copies: 5 GB at 500k
    for q in (p, Path(f"{{p}}-wal"), Path(f"{{p}}-shm")):
        q.unlink(missing_ok=True)
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB, the whole child (its edits too)
print(json.dumps({{"seconds": seconds, "cpu": cpu, "summary": done.summary(), "rss": rss}}))
"""

# The duplicates file: the bench's document with planted pairs, imported (as the core does it).
DUPLICATES_FILE = """
from pathlib import Path
import bench.bench_duplicates as bd
from casefile import exchange
from casefile.store import CaseFile
doc, planted = bd.document({n})
path = Path({path!r})
for p in (path, Path(f"{{path}}-wal"), Path(f"{{path}}-shm")):
    p.unlink(missing_ok=True)
start, cpu = time.perf_counter(), time.process_time()
with CaseFile.create(path, {pw!r}) as cf:
    exchange.import_document(cf, doc)
print(json.dumps({{"import": time.perf_counter() - start, "import_cpu": time.process_time() - cpu}}))
"""

# The search, in a process of its own, as `casefile duplicates` and the desktop's worker run it: a
# process that still held the generated document beside it measured that too.
DUPLICATES = """
from casefile import linkage
from casefile.store import CaseFile
cf = CaseFile.open({path!r}, {pw!r})
start, cpu = time.perf_counter(), time.process_time()
found = linkage.find_duplicates(cf)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
cf.close()
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "cpu": cpu, "found": len(found), "rss": rss}}))
"""

#: Runs of the duplicates search below 500k, the best kept (as timeit does: other work on the
#: machine only ever adds): one search is single-threaded CPU, and on this shared machine the same
#: search moved 20-50% from run to run.
DUPLICATES_RUNS = 5

COUNTS = """
from casefile import records
from casefile.store import CaseFile
out = {{}}
for name, call in (("count_victims", lambda cf: records.count(cf, "persons", role="victim")),
                   ("count_persons", lambda cf: records.count_persons(cf, ["relative", "witness"])),
                   ("list_victims", lambda cf: records.list_rows(cf, "persons", role="victim", limit=200))):
    with CaseFile.open({path!r}, None) as cf:  # a fresh connection: the desktop's first count
        start = time.perf_counter()
        call(cf)
        out[name] = time.perf_counter() - start
print(json.dumps(out))
"""


def fresh(path: Path) -> Path:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.part")):
        p.unlink(missing_ok=True)
    return path


#: CPU seconds of each operation (user + system), beside its wall time: on a machine shared with
#: other work the wall time of one run says as much about the others as about the operation.
CPU: dict[str, float] = {}


def wrapped(argv: list[str], stdout: str = "-", cpu_key: str | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child command; it must succeed. Its CPU time goes to CPU[cpu_key]."""
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASS, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([PY, "-c", WRAP, json.dumps(argv), stdout], env=env, capture_output=True, text=True)
    line = next((x for x in done.stderr.splitlines() if x.startswith("WRAP")), None)
    if line is None or line.split()[1] != "0":
        raise RuntimeError(f"{argv[:4]} failed:\n{done.stderr[-3000:]}")
    _, _rc, seconds, rss, cpu = line.split()
    if cpu_key:
        CPU[cpu_key] = float(cpu)
    return float(seconds), int(rss) / 1024


def core(body: str) -> dict:
    """Run core code in a fresh child process; its JSON line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([PY, "-c", CORE.format(root=str(ROOT), body=body)], env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def best_process(argv: list[str], n: int = 7, cpu_key: str | None = None) -> float:
    """The best wall time of ``n`` runs of a command (its best CPU time goes to CPU[cpu_key])."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times, cpus = [], []
    for _ in range(n):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if cpu_key:
        CPU[cpu_key] = min(cpus)
    return min(times)


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 1e6


def dbstat(path: Path, top: int = 8) -> list[tuple[str, float]]:
    """The largest tables and indexes of a plain SQLite file (MB), as sqlite3_analyzer would say."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    finally:
        conn.close()
    return [(name, size / 1e6) for name, size in rows[:top]]


def measure(n: int, only: set[str] | None) -> dict[str, float]:
    """Every figure at ``n`` victims (seconds, MB, ratios)."""
    r: dict[str, float] = {}

    def want(name: str) -> bool:
        return only is None or name in only

    tag = f"{n // 1000}k"
    doc = OUT / f"scale-{tag}.json"
    case = fresh(OUT / f"scale-{tag}.casefile")
    plain = fresh(OUT / f"scale-{tag}-plain.casefile")
    raw = fresh(OUT / f"scale-{tag}-raw.sqlite")
    print(f"\n-- {n:,} victims", flush=True)
    start = time.perf_counter()
    subprocess.run(
        [PY, "-c", GENERATE.format(root=str(ROOT), module="generate", func="large_document", n=n, out=str(doc))],
        check=True,
    )
    print(f"   document {doc.stat().st_size / 1e6:.0f} MB written in {time.perf_counter() - start:.0f} s", flush=True)

    r["raw_import"], r["raw_import_rss"] = wrapped(
        [PY, "-c", RAW_IMPORT.format(root=str(ROOT)), str(doc), str(raw)], cpu_key="raw_import"
    )
    subprocess.run([PY, "-m", "casefile", "init", str(case)], env={**os.environ, "CASEFILE_PASSPHRASE": PASS,
                   "PYTHONPATH": str(ROOT)}, check=True, capture_output=True)  # fmt: skip
    r["import"], r["import_rss"] = wrapped([PY, "-m", "casefile", "import", str(case), str(doc)], cpu_key="import")
    r["raw_size"], r["size"] = size_mb(raw), size_mb(case)
    print(
        f"   import {r['import']:.1f} s ({r['import'] / r['raw_import']:.2f}x the raw floor {r['raw_import']:.1f} s), "
        f"peak {r['import_rss']:.0f} MB; file {r['size']:.0f} MB ({r['size'] / r['raw_size']:.2f}x raw "
        f"{r['raw_size']:.0f} MB)",
        flush=True,
    )
    subprocess.run([PY, "-c", DECRYPT, str(case), str(plain)], check=True)
    r["plain_size"] = size_mb(plain)
    print("   largest parts of the (plain) case file: " + ", ".join(f"{k} {v:.0f}" for k, v in dbstat(plain)) + " MB")

    if want("verify"):
        r["verify"], r["verify_rss"] = wrapped([PY, "-m", "casefile", "verify", str(case)], cpu_key="verify")
        print(f"   verify {r['verify']:.1f} s, peak {r['verify_rss']:.0f} MB", flush=True)
    if want("export"):
        out = fresh(OUT / f"scale-{tag}-export.json")
        r["export"], r["export_rss"] = wrapped(
            [PY, "-m", "casefile", "export", str(case), "-o", str(out)], cpu_key="export"
        )
        print(f"   export {r['export']:.1f} s, peak {r['export_rss']:.0f} MB", flush=True)
    if want("export_audience"):
        # what one audience may see: the document a family or the UN is sent (spooled, then written)
        out = fresh(OUT / f"scale-{tag}-export-un.json")
        r["export_audience"], r["export_audience_rss"] = wrapped(
            [PY, "-m", "casefile", "export", str(case), "--audience", "un", "-o", str(out)], cpu_key="export_audience"
        )
        print(
            f"   export --audience un {r['export_audience']:.1f} s, peak {r['export_audience_rss']:.0f} MB", flush=True
        )
    if want("search"):
        query = "کریمی"
        r["bare_search"] = best_process([PY, "-c", BARE_SEARCH, str(plain), f'"{query}"*'], cpu_key="bare_search")
        r["search"] = best_process([*CASEFILE, "search", str(plain), query], cpu_key="search")
        print(
            f"   search {r['search'] * 1000:.0f} ms vs bare FTS5 process {r['bare_search'] * 1000:.0f} ms "
            f"({r['search'] / r['bare_search']:.2f}x)",
            flush=True,
        )
    if want("counts"):
        c = core(COUNTS.format(path=str(plain)))
        r.update(c)
        print(
            f"   first count of victims {c['count_victims'] * 1000:.0f} ms, of relatives+witnesses "
            f"{c['count_persons'] * 1000:.0f} ms, first 200 victims {c['list_victims'] * 1000:.0f} ms",
            flush=True,
        )
    if want("victim_dossier"):
        c = core(VICTIM_DOSSIER.format(path=str(plain), person="v-3", out=str(OUT / f"scale-{tag}-victim.pdf")))
        r["victim_dossier"], CPU["victim_dossier"] = c["then"], c["cpu"]
        print(
            f"   one-victim dossier (a witness too): first {c['first']:.2f} s, then {c['then']:.2f} s "
            f"(CPU {c['cpu']:.2f} s); start-up apart (imports, fonts) {c['startup']:.2f} s",
            flush=True,
        )
    if want("merge"):
        c = core(MERGE.format(src=str(case), a=str(OUT / f"scale-{tag}-a.casefile"),
                              b=str(OUT / f"scale-{tag}-b.casefile"), pw=PASS))  # fmt: skip
        r["merge"], CPU["merge"] = c["seconds"], c["cpu"]
        print(
            f"   merge of two copies with 1000 edits each {c['seconds']:.1f} s, CPU {c['cpu']:.1f} s "
            f"({c['summary']}); peak {c['rss']:.0f} MB",
            flush=True,
        )
    if want("duplicates"):
        dup = str(OUT / f"scale-{tag}-dup.casefile")
        made = core(DUPLICATES_FILE.format(n=n, path=dup, pw=PASS))
        runs = [core(DUPLICATES.format(path=dup, pw=PASS)) for _ in range(DUPLICATES_RUNS if n < 500_000 else 1)]
        c = min(runs, key=lambda run: run["cpu"])
        every = ", ".join(f"{run['cpu']:.1f}" for run in runs)
        r["duplicates"], r["dup_import"] = c["seconds"], made["import"]
        CPU["duplicates"], CPU["dup_import"] = c["cpu"], made["import_cpu"]
        print(
            f"   duplicates {c['seconds']:.1f} s ({c['seconds'] / made['import']:.2f}x its import "
            f"{made['import']:.1f} s), {c['found']} pairs; CPU {c['cpu']:.1f} s, the best of "
            f"{every}; peak {c['rss']:.0f} MB",
            flush=True,
        )
    if want("event_dossier"):
        ev = OUT / f"scale-{tag}-event.casefile"
        c = core(BUILD_EVENT_CASE.format(path=str(ev), n=n))
        d = core(EVENT_DOSSIER.format(path=str(ev), out=str(OUT / f"scale-{tag}-event.pdf")))
        b = core(BARE_PLATYPUS.format(path=str(ev), out=str(OUT / f"scale-{tag}-bare.pdf")))
        r["event_dossier"], r["bare_platypus"] = d["seconds"], b["seconds"]
        CPU["event_dossier"], CPU["bare_platypus"] = d["cpu"], b["cpu"]
        print(
            f"   event dossier {d['seconds']:.1f} s, {d['pages']} pages ({d['seconds'] / b['seconds']:.2f}x bare "
            f"platypus Tables of the same {b['rows']} rows, {b['seconds']:.1f} s; CPU {d['cpu']:.1f} s, "
            f"{d['cpu'] / b['cpu']:.2f}x)",
            flush=True,
        )
        v = core(VICTIM_DOSSIER.format(path=str(ev), person="v-1", out=str(OUT / f"scale-{tag}-victim2.pdf")))
        r["victim_dossier_event_case"], CPU["victim_dossier_event_case"] = v["then"], v["cpu"]
        print(
            f"   one-victim dossier (event case file): first {v['first']:.2f} s, then {v['then']:.2f} s "
            f"(CPU {v['cpu']:.2f} s)",
            flush=True,
        )
    r.update({f"{k}_cpu": v for k, v in CPU.items()})
    CPU.clear()
    return r


ROWS = [
    ("import", "raw_import", "`casefile import` (encrypted) / raw floor"),
    ("verify", None, "`casefile verify`"),
    ("export", None, "`casefile export -o`"),
    ("export_audience", "export", "`export --audience un -o` / `export -o`"),
    ("event_dossier", "bare_platypus", "event dossier / bare platypus Tables"),
    ("victim_dossier", None, "one-victim dossier (large file)"),
    ("victim_dossier_event_case", None, "one-victim dossier (event file)"),
    ("merge", None, "merge, 1000 edits a side"),
    ("duplicates", "dup_import", "duplicates / its import"),
    ("search", "bare_search", "`casefile search` / bare FTS5 process"),
    ("count_victims", None, "first count of victims"),
    ("count_persons", None, "first count of relatives+witnesses"),
    ("size", "raw_size", "case file MB / raw rows + FTS5 MB"),
    ("import_rss", None, "import peak RSS MB"),
    ("verify_rss", None, "verify peak RSS MB"),
    ("export_rss", None, "export peak RSS MB"),
    ("export_audience_rss", None, "export --audience peak RSS MB"),
]


def summary(sizes: list[int], results: dict[int, dict[str, float]]) -> None:
    table(sizes, results, "", "wall time (s)")
    table(
        sizes,
        results,
        "_cpu",
        "CPU time of the process (s): ratios and exponents that other work on the machine moves less",
    )


def table(sizes: list[int], results: dict[int, dict[str, float]], suffix: str, title: str) -> None:
    print(f"\n== {title} ({os.getloadavg()[0]:.2f} load average now)")
    head = "".join(f"{f'{n // 1000}k':>20}" for n in sizes)
    growth = "".join(f"{f'exp {a // 1000}k-{b // 1000}k':>14}" for a, b in zip(sizes, sizes[1:], strict=False))
    print(f"{'what':<44}{head}{growth}")
    for key, floor, label in ROWS:
        if suffix and (key.endswith("_rss") or key == "size"):
            continue
        key, floor = key + suffix, floor and floor + suffix
        if not all(key in results[n] for n in sizes):
            continue
        cells = ""
        for n in sizes:
            v = results[n][key]
            cell = f"{v:.3f}" if v < 1 else f"{v:.1f}"
            if floor and floor in results[n]:
                cell += f" ({v / results[n][floor]:.2f}x)"
            cells += f"{cell:>20}"
        exps = ""
        for a, b in zip(sizes, sizes[1:], strict=False):
            ta, tb = results[a][key], results[b][key]
            exps += f"{math.log(tb / ta) / math.log(b / a):>14.2f}" if ta > 0 and tb > 0 else f"{'-':>14}"
        print(f"{label:<44}{cells}{exps}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, action="append", default=[], help="also measure at N victims")
    parser.add_argument("--sizes", default="30000,100000", help="the sizes always measured (comma-separated)")
    parser.add_argument("--only", default=None, help="comma-separated operations (verify, export, search, ...)")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    sizes = sorted({*(int(s) for s in args.sizes.split(",") if s), *args.scale})
    only = set(args.only.split(",")) if args.only else None
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    results = {}
    for n in sizes:
        results[n] = measure(n, only)
    summary(sizes, results)


if __name__ == "__main__":
    main()
