"""Write the frozen schema-2 case files in tests/support/schema2/ (run once, with schema 2 code).

    python -m tests.support.make_schema2

They hold ``full_document()`` plus one edit and one deletion, so their audit trail has entries with a
before and an after: schema 3 moved every version into a content-addressed store and re-hashed the
chain over version hashes, and tests/test_migrations.py checks that upgrade on copies of these files.
The encrypted one's passphrase is ``schema-2``. Do not regenerate them once a schema 3 exists.
"""

from __future__ import annotations

from pathlib import Path

from casefile import exchange, records, store
from casefile.store import CaseFile
from tests.support.documents import full_document

OUT = Path(__file__).parent / "schema2"


def main() -> None:
    assert store.latest_schema_version() == 2, "the frozen files must be written by schema 2"
    OUT.mkdir(exist_ok=True)
    for name, passphrase in (("plain.casefile", None), ("encrypted.casefile", "schema-2")):
        path = OUT / name
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        with CaseFile.create(path, passphrase) as cf:
            exchange.import_document(cf, full_document())
            place = records.require(cf, "pl-evin")
            records.save(cf, "places", {**place.data, "notes": "Edited once, to leave a before and an after."})
            records.delete(cf, "cit-involvement")
            cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert not Path(f"{path}-wal").exists()
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
