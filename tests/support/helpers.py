"""Helpers shared by the core tests: running the CLI in a child process, snapshots of files on disk."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple ۱۳۶۷"


def child_env(passphrase: str | None = PASSPHRASE, **extra: str) -> dict[str, str]:
    """The environment for a child Python that imports this checkout's ``casefile``."""
    env = {k: v for k, v in os.environ.items() if k != "CASEFILE_PASSPHRASE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if passphrase is not None:
        env["CASEFILE_PASSPHRASE"] = passphrase
    env.update(extra)
    return env


def run_cli(*args: Any, passphrase: str | None = PASSPHRASE, cwd: Path | None = None, timeout: float = 120,
            env: dict[str, str] | None = None, python_args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:  # fmt: skip
    """``casefile ARGS`` in a child process (``python -m casefile``), text output captured."""
    return subprocess.run(
        [sys.executable, *python_args, "-m", "casefile", *map(str, args)],
        env=env if env is not None else child_env(passphrase),
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def file_snapshot(path: Path) -> dict[str, tuple[str, int] | None]:
    """Content hash and mtime (ns) of a case file and of its -wal/-shm companions (None if absent)."""
    snap: dict[str, tuple[str, int] | None] = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            snap[suffix or "main"] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        else:
            snap[suffix or "main"] = None
    return snap


def counts(cf: Any) -> dict[str, Any]:
    """How many records, audit entries and attachments a case file holds, and its fingerprint."""
    from casefile import records

    c = cf.conn
    return {
        "records": records.count(cf),
        "audit": c.execute("SELECT count(*) FROM audit").fetchone()[0],
        "attachments": c.execute("SELECT count(*) FROM attachments").fetchone()[0],
        "links": c.execute("SELECT count(*) FROM links").fetchone()[0],
        "dates": c.execute("SELECT count(*) FROM record_dates").fetchone()[0],
        "search": c.execute("SELECT count(*) FROM search_index").fetchone()[0],
        "settings": c.execute("SELECT value FROM case_settings").fetchall(),
        "fingerprint": records.state_fingerprint(cf),
    }


def saving_meanwhile(path: Path, during: str) -> tuple[Callable[[int, int], None], list[int]]:
    """A progress callback that, the first time it is called before the end, saves a person and
    an act about them through another connection to ``path`` (another program saving while a
    whole-file read runs); and the list it notes that call in."""
    from casefile import records
    from casefile.store import CaseFile

    saved: list[int] = []

    def progress(done: int, total: int) -> None:
        if done < total and not saved:
            with CaseFile.open(path) as other:
                records.save(other, "persons", {"id": "p-late", "name": {"en": f"Saved during the {during}"}})
                records.save(other, "acts", {"id": "a-late", "victim": "p-late", "type": "arrest"})
            saved.append(done)

    return progress, saved
