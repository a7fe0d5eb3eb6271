"""A process killed with SIGKILL never leaves a case file half-written.

A child importing a large document is killed at random moments (some while it is still checking
the document, some while it is writing): afterwards the file opens, ``verify`` finds nothing wrong,
and it holds either exactly what it held before or the whole document, never part of it.
A child saving single records, printing each id once ``records.save`` has returned, is killed
too: every id it printed is in the file (also while another connection merges the search index
and checkpoints the log, as the desktop's list reader does).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from casefile import exchange, records
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.documents import full_document, large_document
from tests.support.helpers import PASSPHRASE, child_env, counts

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

N_VICTIMS = 6000  # 12,000 records: about a second and a half of import on a modest machine
ITERATIONS = 8

IMPORT_CHILD = """
import sys
from casefile.store import CaseFile
from casefile.exchange import import_file

path, doc_path, passphrase = sys.argv[1:4]
cf = CaseFile.open(path, passphrase)
writing = []

def progress(done, total):
    if not writing:
        writing.append(True)
        print("writing", flush=True)

print("ready", flush=True)
import_file(cf, doc_path, progress=progress)  # as `casefile import` does: read record by record
print("done", flush=True)
cf.close()
"""

EDIT_CHILD = """
import sys
from casefile.store import CaseFile
from casefile import records

path, passphrase, prefix, mode = sys.argv[1:5]
cf = CaseFile.open(path, passphrase)
if mode == "desktop":  # as the desktop saves: the log and the index's merges left to another connection
    import threading
    import time
    from casefile import upkeep
    from casefile.store import DatabaseError

    upkeep.defer_checkpoints(cf)
    other = CaseFile.open(path, passphrase, upgrade=False)

    def tidy():
        while True:
            try:
                while upkeep.merge_step(other, 4):
                    pass
                upkeep.checkpoint(other)
            except DatabaseError:
                pass  # the saves held the file past the busy timeout: again
            time.sleep(0.005)

    threading.Thread(target=tidy, daemon=True).start()
print("ready", flush=True)
i = 0
while True:
    i += 1
    if i % 3 == 0:  # every third save updates an earlier record
        rid = f"{prefix}-{i // 3}"
        records.save(cf, "persons", {"id": rid, "name": {"en": f"Edited {rid}"}, "notes": str(i)})
    else:
        rid = f"{prefix}-{i}"
        records.save(cf, "persons", {"id": rid, "name": {"en": f"Person {rid}"}, "notes": str(i)})
    print(rid, i, flush=True)
"""


class Child:
    """A child Python whose stdout lines are collected as they come."""

    def __init__(self, script: Path, *args: object) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(script), *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self._events: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: never printed in full, so never reported as saved
            with self._lock:
                self.lines.append(line.rstrip("\n"))
                event = self._events.setdefault(line.strip(), threading.Event())
            event.set()

    def wait_for(self, line: str, timeout: float = 60) -> bool:
        with self._lock:
            event = self._events.setdefault(line, threading.Event())
        return event.wait(timeout)

    def kill(self) -> int:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=60)
        self._reader.join(timeout=60)
        return code

    def stderr(self) -> str:
        assert self.proc.stderr
        return self.proc.stderr.read()


def _old_state(cf: CaseFile) -> dict:
    state = counts(cf)
    state["export"] = json.dumps(exchange.export_document(cf), sort_keys=True)
    return state


def test_sigkill_during_a_large_import_leaves_the_old_state_or_the_whole_new_one(tmp_path: Path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    base = tmp_path / "base.casefile"
    with CaseFile.create(base, PASSPHRASE) as cf:
        exchange.import_document(cf, full_document())
        old = _old_state(cf)
    doc = large_document(N_VICTIMS, prefix="crash")
    n_new = 2 * N_VICTIMS
    doc_path = tmp_path / "large.json"
    doc_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    script = tmp_path / "import_child.py"
    script.write_text(IMPORT_CHILD, encoding="utf-8")

    # a full run, to know how long an import takes here and what the finished state is (in a file
    # of its own: its chain head is kept as an anchor of that path, which a restored copy would fail)
    full = tmp_path / "full.casefile"
    shutil.copy2(base, full)
    child = Child(script, full, doc_path, PASSPHRASE)
    assert child.wait_for("ready"), child.stderr()
    started = time.monotonic()
    assert child.proc.wait(timeout=300) == 0, child.stderr()
    duration = time.monotonic() - started
    child.kill()
    assert child.lines == ["ready", "writing", "done"]

    outcomes = []
    for i in range(ITERATIONS):
        # a path of its own each time: a finished import's chain head is kept as an anchor of its
        # path, which the old copy put back there would rightly fail
        work = tmp_path / f"work-{i}.casefile"
        shutil.copy2(base, work)
        child = Child(script, work, doc_path, PASSPHRASE)
        assert child.wait_for("ready"), child.stderr()
        # even iterations: any moment of the import; odd ones: once it has begun writing
        if i % 2 and child.wait_for("writing"):
            time.sleep(rng.uniform(0, duration / 2))
        else:
            time.sleep(rng.uniform(0, duration * 1.05))
        child.kill()
        finished = "done" in child.lines
        was_writing = "writing" in child.lines
        where = f"iteration {i}, seed {seed}, finished={finished}, writing={was_writing}"
        with CaseFile.open(work, PASSPHRASE) as cf:
            report = verify(cf)
            assert report.ok, (where, report.problems)
            now = counts(cf)
            imported = cf.conn.execute("SELECT count(*) FROM records WHERE id LIKE 'crash-%'").fetchone()[0]
            if imported == 0:
                assert _old_state(cf) == old, where  # exactly as before, audit trail included
                outcomes.append("old")
            else:
                assert imported == n_new, where  # never part of it
                assert now["records"] == old["records"] + n_new, where
                assert now["audit"] == old["audit"] + n_new, where
                assert records.get(cf, f"crash-a{N_VICTIMS - 1}") is not None, where
                outcomes.append("new")
            if finished:
                assert imported == n_new, where
    assert "old" in outcomes, outcomes  # at least one kill landed before the commit


def test_sigkill_during_single_edits_keeps_every_edit_that_returned(tmp_path: Path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    path = tmp_path / "edits.casefile"
    with CaseFile.create(path, PASSPHRASE) as cf:
        exchange.import_document(cf, full_document())
    script = tmp_path / "edit_child.py"
    script.write_text(EDIT_CHILD, encoding="utf-8")
    promised: dict[str, int] = {}  # id -> the latest version whose save had returned
    for i in range(ITERATIONS):
        # odd iterations save as the desktop does: merges and checkpoints on another connection
        child = Child(script, path, PASSPHRASE, f"e{i}", "desktop" if i % 2 else "core")
        assert child.wait_for("ready"), child.stderr()
        time.sleep(rng.uniform(0.2, 1.0))
        child.kill()
        saved = [line.split() for line in child.lines if line != "ready"]
        assert saved, f"iteration {i}: the child saved nothing before it was killed"
        for rid, version in saved:
            promised[rid] = max(promised.get(rid, 0), int(version))
        with CaseFile.open(path, PASSPHRASE) as cf:
            report = verify(cf)
            assert report.ok, (i, seed, report.problems)
            held = records.get_many(cf, promised)
            missing = sorted(set(promised) - set(held))
            assert not missing, (i, seed, missing[:10])
            for rid, version in promised.items():
                # the record holds that version or a later one (a save may return unreported)
                assert int(held[rid].data["notes"]) >= version, (i, seed, rid)


MERGE_CHILD = """
import sys
from casefile.store import CaseFile
from casefile import merge

path, other, passphrase = sys.argv[1:4]
cf = CaseFile.open(path, passphrase)
oth = CaseFile.open(other, passphrase)
print("ready", flush=True)
merge.merge(cf, oth, progress=lambda done, total: print("writing", flush=True) if done else None)
print("done", flush=True)
"""


def test_sigkill_during_a_merge_leaves_the_file_as_it_was_or_merged_whole(tmp_path: Path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    base = tmp_path / "a.casefile"
    with CaseFile.create(base, PASSPHRASE) as cf:
        exchange.import_document(cf, full_document())
        exchange.import_document(cf, large_document(N_VICTIMS // 2, prefix="m"))
    other = tmp_path / "b.casefile"
    shutil.copy2(base, other)
    with CaseFile.open(other, PASSPHRASE) as cf:  # laptop B edits every victim's notes in one go
        writer = records.RecordWriter(cf)
        with cf.transaction():
            for rec in list(records.iter_records(cf, "persons")):
                if rec.id.startswith("m-v"):
                    writer.put("persons", {**rec.data, "notes": "checked on laptop B"})
            writer.flush()
    with CaseFile.open(base, PASSPHRASE) as cf:
        old = _old_state(cf)
    script = tmp_path / "merge_child.py"
    script.write_text(MERGE_CHILD, encoding="utf-8")
    work = tmp_path / "work.casefile"
    outcomes = []
    for i in range(4):
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copy2(base, work)
        child = Child(script, work, other, PASSPHRASE)
        assert child.wait_for("ready"), child.stderr()
        time.sleep(rng.uniform(0.05, 2.5))
        child.kill()
        where = f"iteration {i}, seed {seed}, lines={child.lines[-1:]}"
        with CaseFile.open(work, PASSPHRASE) as cf:
            report = verify(cf)
            assert report.ok, (where, report.problems)
            taken = cf.conn.execute(
                "SELECT count(*) FROM records WHERE id LIKE 'm-v%' AND data LIKE '%checked on laptop B%'"
            ).fetchone()[0]
            if taken == 0:
                assert _old_state(cf) == old, where
                outcomes.append("old")
            else:
                assert taken == N_VICTIMS // 2, where  # never part of a merge
                outcomes.append("merged")
    assert outcomes, outcomes
