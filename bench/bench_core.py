"""Core speed against the raw limit: import, search as a whole process, and the cost of opening.

    .venv/bin/python bench/bench_core.py [--victims 30000]

Prints each figure and its ratio to what plain SQLite does with the same data. Files go to
bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import large_document  # noqa: E402
from casefile import exchange  # noqa: E402
from casefile.model import LISTS, searchable_text  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PASS = "bench passphrase"


def fresh(path: Path) -> Path:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    return path


def raw_import(doc: dict, path: Path) -> float:
    """The raw limit: the same records as JSON rows plus an FTS5 index, stdlib sqlite3, one transaction."""
    conn = sqlite3.connect(fresh(path), isolation_level=None)
    conn.execute("CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, kind TEXT, data TEXT)")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    rows, fts = [], []
    n = 0
    for kind in LISTS:
        for rec in doc.get(kind, []):
            n += 1
            rows.append((n, rec["id"], kind, json.dumps(rec, ensure_ascii=False)))
            title, body = searchable_text(kind, rec)
            fts.append((n, title, body))
    conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", fts)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def casefile_import(doc: dict, path: Path, passphrase: str | None) -> float:
    cf = CaseFile.create(fresh(path), passphrase)
    start = time.perf_counter()
    exchange.import_document(cf, doc)
    elapsed = time.perf_counter() - start
    cf.close()
    return elapsed


def best_of(n: int, fn) -> float:
    return min(fn() for _ in range(n))


def run_process(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


BARE_SEARCH = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
conn.execute("PRAGMA key = 'bench passphrase'")
rows = conn.execute("SELECT r.id, snippet(search_index, -1, '[', ']', '...', 12) FROM search_index "
                    "JOIN records r ON r.rowid = search_index.rowid WHERE search_index MATCH ? "
                    "ORDER BY bm25(search_index, 5.0, 1.0) LIMIT 20", (sys.argv[2],)).fetchall()
print(len(rows))
"""


RAW_IMPORT_SCRIPT = """
import json, sqlite3, sys
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--victims", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each timing; the best is shown")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    doc = large_document(args.victims)
    total = sum(len(doc.get(k, [])) for k in LISTS)
    doc_path = OUT / "large.json"
    doc_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    size = doc_path.stat().st_size / 1e6
    print(f"document: {args.victims} victims, {total} records, {size:.0f} MB of JSON; best of {args.repeat} runs")
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASS}

    # 1. Whole commands, as a user runs them: each reads and parses the same JSON file.
    def raw_process() -> float:
        return run_process(
            [sys.executable, "-c", RAW_IMPORT_SCRIPT, str(doc_path), str(fresh(OUT / "raw.sqlite"))], env
        )

    def casefile_process() -> float:
        target = fresh(OUT / "bench.casefile")
        CaseFile.create(target, PASS).close()
        return run_process([sys.executable, "-m", "casefile", "import", str(target), str(doc_path)], env)

    raw_cmd = best_of(args.repeat, raw_process)
    ours_cmd = best_of(args.repeat, casefile_process)
    print(f"import  raw: python + sqlite3 script    {raw_cmd:7.2f} s")
    print(
        f"import  `casefile import`, encrypted    {ours_cmd:7.2f} s   ratio {ours_cmd / raw_cmd:4.2f}x  (target <= 4x)"
    )

    # 2. The insert alone, in process (no start-up, no JSON parsing on either side).
    raw = best_of(args.repeat, lambda: raw_import(doc, OUT / "raw.sqlite"))
    plain = best_of(args.repeat, lambda: casefile_import(doc, OUT / "plain.casefile", None))
    encrypted = best_of(args.repeat, lambda: casefile_import(doc, OUT / "bench.casefile", PASS))
    print(f"insert  raw sqlite3 + FTS5 (in process) {raw:7.2f} s")
    print(f"insert  casefile core, plain            {plain:7.2f} s   ratio {plain / raw:4.2f}x")
    print(f"insert  casefile core, encrypted        {encrypted:7.2f} s   ratio {encrypted / raw:4.2f}x")

    path = str(OUT / "bench.casefile")
    query = "کریمی"
    bare = best_of(5, lambda: run_process([sys.executable, "-c", BARE_SEARCH, path, '"کریمی"*'], env))
    ours = best_of(5, lambda: run_process([sys.executable, "-m", "casefile", "search", path, query], env))
    print(f"search  bare python + FTS5 query        {bare:7.3f} s")
    print(f"search  `casefile search` process       {ours:7.3f} s   ratio {ours / bare:4.2f}x  (target <= 2x)")

    start = time.perf_counter()
    cf = CaseFile.open(path, PASS)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    from casefile import search

    for _ in range(100):
        search.search(cf, query, limit=20)
    per_query = (time.perf_counter() - start) / 100
    cf.close()
    print(
        f"open    encrypted: key derivation {opened * 1000:.0f} ms, once per open; "
        f"then each search {per_query * 1000:.1f} ms on the open file"
    )


if __name__ == "__main__":
    main()
