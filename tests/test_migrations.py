"""Schema migrations: numbered SQL files in db/, applied in order on open, each in a transaction,
with a copy of the file kept first; a file from a newer Casefile is refused untouched."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from casefile import exchange, records, resources, store
from casefile.errors import NewerSchema
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.documents import full_document, in_schema_order
from tests.support.helpers import PASSPHRASE, file_snapshot, run_cli

MIGRATION_NEXT = """-- test-only next schema: a new column and a new table, filled from the existing data
ALTER TABLE record_heads ADD COLUMN test_note TEXT NOT NULL DEFAULT '';
CREATE TABLE test_kind_counts (kind TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO test_kind_counts (kind, n) SELECT kind, count(*) FROM records GROUP BY kind;
"""


@pytest.fixture
def db_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real migrations, used instead of the checkout's db/, so a test can add the
    next one (the current code writes files of the current schema; a test-only next migration
    plays the part of a future upgrade)."""
    folder = tmp_path / "db"
    folder.mkdir()
    for _, _, path in store.migrations():
        shutil.copy2(path, folder / path.name)
    shipped = resources.folder
    # every look-up of db/ (db_path, and the store's listing of it) goes through resources.folder
    monkeypatch.setattr(resources, "folder", lambda name: str(folder) if name == "db" else shipped(name))
    return folder


CURRENT = len(store.migrations())
NEXT = CURRENT + 1
NEXT_NAME = f"{NEXT:04d}_test_note"


def _current_schema_file(path: Path, passphrase: str | None) -> dict:
    assert store.latest_schema_version() == CURRENT
    with CaseFile.create(path, passphrase) as cf:
        assert cf.schema_version == CURRENT
        exchange.import_document(cf, full_document())
        return exchange.export_document(cf)


@pytest.mark.parametrize("passphrase", [PASSPHRASE, None], ids=["encrypted", "plain"])
def test_file_of_the_previous_schema_is_upgraded_keeping_its_data(db_dir: Path, tmp_path: Path, passphrase):
    path = tmp_path / "old.casefile"
    exported = _current_schema_file(path, passphrase)
    old_bytes = path.read_bytes()

    (db_dir / f"{NEXT_NAME}.sql").write_text(MIGRATION_NEXT, encoding="utf-8")
    assert store.latest_schema_version() == NEXT
    with CaseFile.open(path, passphrase) as cf:
        assert cf.schema_version == NEXT
        assert exchange.export_document(cf) == exported == in_schema_order(full_document())
        assert verify(cf).ok, verify(cf).problems
        columns = [r[1] for r in cf.conn.execute("PRAGMA table_info(record_heads)")]
        assert "test_note" in columns
        assert dict(cf.conn.execute("SELECT kind, n FROM test_kind_counts")) == {
            kind: len(items) for kind, items in full_document().items() if isinstance(items, list)
        }
        applied = [r[0] for r in cf.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == [name for _, name, _ in store.migrations()]
        assert applied[-1] == NEXT_NAME
    backup = tmp_path / f"old.casefile.schema{CURRENT}.bak"
    assert backup.read_bytes() == old_bytes  # the copy kept beside it is the file as it was
    # opening again does not migrate again or make another copy
    backup.unlink()
    with CaseFile.open(path, passphrase) as cf:
        assert cf.schema_version == NEXT
    assert not backup.exists()


def test_open_without_upgrade_leaves_an_old_file_as_it_is(db_dir: Path, tmp_path: Path):
    path = tmp_path / "old.casefile"
    _current_schema_file(path, None)
    (db_dir / f"{NEXT_NAME}.sql").write_text(MIGRATION_NEXT, encoding="utf-8")
    before = file_snapshot(path)
    with CaseFile.open(path, None, upgrade=False) as cf:
        assert cf.schema_version == CURRENT
    assert file_snapshot(path) == before
    assert not (tmp_path / f"old.casefile.schema{CURRENT}.bak").exists()


def test_failing_migration_changes_nothing(db_dir: Path, tmp_path: Path):
    path = tmp_path / "old.casefile"
    exported = _current_schema_file(path, None)
    (db_dir / f"{NEXT:04d}_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nUPDATE versions SET data = '{}';\nSELECT * FROM no_such_table;\n",
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="no_such_table"):
        CaseFile.open(path, None)
    (db_dir / f"{NEXT:04d}_broken.sql").unlink()
    with CaseFile.open(path, None) as cf:
        assert cf.schema_version == CURRENT
        assert cf.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        assert exchange.export_document(cf) == exported
        assert verify(cf).ok


def test_migrations_with_a_gap_are_refused(db_dir: Path):
    (db_dir / f"{NEXT + 1:04d}_skipped.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(RuntimeError, match="without gaps"):
        store.migrations()


def _set_user_version(path: Path, version: int, passphrase: str | None) -> None:
    if passphrase is None:
        conn = sqlite3.connect(path)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = '{store.normalise_passphrase(passphrase)}'")  # the key as Casefile makes it
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, None], ids=["encrypted", "plain"])
def test_file_from_a_newer_casefile_is_refused_untouched(tmp_path: Path, passphrase):
    path = tmp_path / "newer.casefile"
    with CaseFile.create(path, passphrase) as cf:
        exchange.import_document(cf, full_document())
    _set_user_version(path, store.latest_schema_version() + 1, passphrase)
    before = file_snapshot(path)
    with pytest.raises(NewerSchema, match="newer version of Casefile"):
        CaseFile.open(path, passphrase)
    assert file_snapshot(path) == before
    done = run_cli("verify", path, passphrase=passphrase)
    assert done.returncode == 1 and "newer version of Casefile" in done.stderr
    assert file_snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.casefile"]


FROZEN = Path(__file__).parent / "support" / "schema1"
FROZEN_DOCUMENT = json.loads((Path(__file__).parent / "support" / "frozen_full_document.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("name", "passphrase"), [("plain.casefile", None), ("encrypted.casefile", "schema-1")], ids=["plain", "encrypted"]
)
def test_frozen_schema_1_file_opens_with_the_current_code_keeping_its_data(tmp_path: Path, name, passphrase):
    """tests/support/schema1/ holds case files written by schema 1 (see make_schema1.py): every
    later version of Casefile must open them, upgrade them and keep every record."""
    path = tmp_path / name
    shutil.copy2(FROZEN / name, path)
    latest = store.latest_schema_version()
    with CaseFile.open(path, passphrase) as cf:
        assert cf.schema_version == latest
        # what full_document() held when the frozen files were written (it has grown since)
        assert exchange.export_document(cf) == FROZEN_DOCUMENT
        report = verify(cf)
        assert report.ok, report.problems
        # schema 2 keeps person roles in a table, filled from schema 1's links by the migration
        victims = {r.id for r in records.list_rows(cf, "persons", role="victim", limit=1000)}
        acts = exchange.export_document(cf).get("acts", [])
        assert victims == {a["victim"] for a in acts}
    assert (tmp_path / f"{name}.schema1.bak").exists() == (latest > 1)


FROZEN_2 = Path(__file__).parent / "support" / "schema2"


@pytest.mark.parametrize(
    ("name", "passphrase"), [("plain.casefile", None), ("encrypted.casefile", "schema-2")], ids=["plain", "encrypted"]
)
def test_frozen_schema_2_file_moves_into_the_version_store_with_its_whole_history(tmp_path: Path, name, passphrase):
    """Schema 3 keeps every version once, by hash, and re-hashes the chain over version hashes: the
    upgraded file keeps its records, every version of its history (before and after each edit), its
    witness pseudonym key, and verifies."""
    from casefile import audit

    path = tmp_path / name
    shutil.copy2(FROZEN_2 / name, path)
    with CaseFile.open(path, passphrase, upgrade=False) as old:
        old_secret = old.conn.execute("SELECT hash FROM audit ORDER BY seq LIMIT 1").fetchone()[0]
        old_entries = old.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with CaseFile.open(path, passphrase) as cf:
        report = verify(cf)
        assert report.ok, report.problems
        assert records.get(cf, "pl-evin").data["notes"] == "Edited once, to leave a before and an after."
        assert records.get(cf, "cit-involvement") is None
        history = audit.entries(cf, "pl-evin")
        assert [e.action for e in history] == ["insert", "update"]
        assert history[1].before == history[0].after  # the version before the edit is still there, once
        assert history[1].before_hash == history[0].after_hash
        assert (
            cf.conn.execute(
                "SELECT count(*) FROM versions WHERE hash = ?", (bytes.fromhex(history[0].after_hash),)
            ).fetchone()[0]
            == 1
        )
        deleted = audit.entries(cf, "cit-involvement")[-1]
        assert deleted.action == "delete" and deleted.before is not None and deleted.after is None
        upgrade = audit.entries(cf)[-1]
        assert upgrade.action == "upgrade" and upgrade.seq == old_entries + 1
        assert '"previous_chain_intact":true' in (upgrade.after or "")
        assert records.case_secret(cf) == old_secret  # pseudonyms stay what they were
    assert (tmp_path / f"{name}.schema2.bak").exists()


def test_a_history_already_broken_before_the_upgrade_stays_reported(tmp_path: Path):
    path = tmp_path / "plain.casefile"
    shutil.copy2(FROZEN_2 / "plain.casefile", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit SET at = '2001-01-01T00:00:00Z' WHERE seq = 3")
    conn.commit()
    conn.close()
    with CaseFile.open(path, None) as cf:
        report = verify(cf)
    assert not report.ok
    assert any("already broken when the file was upgraded" in p for p in report.problems), report.problems
