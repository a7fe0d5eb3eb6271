"""Write the frozen schema-1 case files in tests/support/schema1/ (run once, with schema 1 code).

    python -m tests.support.make_schema1

They hold ``full_document()`` and stay as written: tests/test_migrations.py opens copies of them with
the current code, so a migration that loses data, or an audit-chain change that breaks old files,
fails there. The encrypted one's passphrase is ``schema-1``. Do not regenerate them once a schema 2
exists.
"""

from __future__ import annotations

from pathlib import Path

from casefile import exchange, store
from casefile.store import CaseFile
from tests.support.documents import full_document

OUT = Path(__file__).parent / "schema1"


def main() -> None:
    assert store.latest_schema_version() == 1, "the frozen files must be written by schema 1"
    OUT.mkdir(exist_ok=True)
    for name, passphrase in (("plain.casefile", None), ("encrypted.casefile", "schema-1")):
        path = OUT / name
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        with CaseFile.create(path, passphrase) as cf:
            exchange.import_document(cf, full_document())
            cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert not Path(f"{path}-wal").exists()
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
