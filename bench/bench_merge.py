"""Merging two copies of a large case, against importing the same records.

    .venv/bin/python bench/bench_merge.py [--victims 30000] [--edits 1000]

Laptop A and laptop B start from one case file of N victims; each edits ``--edits`` victims (a
tenth of them the same victims, in different fields, so they merge field by field, and a few
in the same field, so they conflict) and adds ``--edits`` new ones. A merges B. Prints the merge
time and its ratio to importing the whole document into an empty file (the same records, the same
machine, in one run). Files go to bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import large_document  # noqa: E402
from casefile import exchange, merge, records  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PASS = "bench passphrase"


def fresh(path: Path) -> Path:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    return path


def edit(path: Path, victims: list[str], field: str, value: str, new_prefix: str, n_new: int) -> None:
    with CaseFile.open(path, PASS) as cf, cf.transaction():
        writer = records.RecordWriter(cf)
        for rec in records.get_many(cf, victims).values():
            writer.put("persons", {**rec.data, field: value})
        for i in range(n_new):
            writer.put("persons", {"id": f"{new_prefix}-{i}", "name": {"en": f"New {new_prefix} {i}"}}, None)
        writer.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--victims", type=int, default=30000)
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    doc = large_document(args.victims)
    n_records = sum(len(v) for v in doc.values() if isinstance(v, list))

    a = fresh(OUT / "merge-a.casefile")
    start = time.perf_counter()
    with CaseFile.create(a, PASS) as cf:
        exchange.import_document(cf, doc)
    import_s = time.perf_counter() - start

    b = fresh(OUT / "merge-b.casefile")
    shutil.copy2(a, b)
    with CaseFile.open(a, PASS) as cf:
        victims = [r.id for r in records.list_rows(cf, "persons", role="victim", limit=args.victims, order="id")]
    step = max(1, len(victims) // args.edits)
    mine = victims[::step][: args.edits]
    overlap = len(mine) // 10
    theirs = mine[:overlap] + victims[1::step][: args.edits - overlap]
    edit(a, mine, "occupation", "edited on A", "new-a", args.edits)
    edit(b, theirs, "notes", "edited on B", "new-b", args.edits)
    edit(b, mine[:5], "occupation", "B disagrees", "none", 0)  # five true conflicts

    with CaseFile.open(a, PASS) as cf, CaseFile.open(b, PASS) as other:
        start = time.perf_counter()
        done = merge.merge(cf, other)
        merge_s = time.perf_counter() - start
    print(f"{args.victims} victims, {n_records} records; {args.edits} edits and {args.edits} new on each side")
    print(f"import of the whole document: {import_s:.2f} s")
    print(f"merge B into A:               {merge_s:.2f} s  ({done.summary()})")
    print(f"ratio merge / import:         {merge_s / import_s:.2f}x")


if __name__ == "__main__":
    main()
