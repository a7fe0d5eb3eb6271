"""``casefile verify``: a clean file passes; a record edited, added or removed behind the app's back
with the stdlib ``sqlite3``, a tampered or deleted audit entry and a changed attachment are reported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from casefile import exchange, records
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.documents import full_document
from tests.support.helpers import run_cli


@pytest.fixture
def full_plain(plain_path: Path) -> Path:
    """A plain case file holding the full document, plus a few edits and a deletion (closed)."""
    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, full_document())
        rec = records.get(cf, "pl-other").data
        records.save(cf, "places", {**rec, "notes": "edited once"})
        records.save(cf, "places", {**rec, "notes": "edited twice"})
        records.delete(cf, "cit-involvement")
    return plain_path


def _edit(path: Path, *statements: str, args: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql, args) if args else conn.execute(sql)
    conn.commit()
    conn.close()


def _verify_cli(path: Path) -> tuple[int, str]:
    done = run_cli("verify", path)
    assert "Traceback" not in done.stderr
    return done.returncode, done.stdout + done.stderr


def test_clean_file_verifies_with_exit_0(full_plain: Path, demo_path: Path):
    code, out = _verify_cli(full_plain)
    assert code == 0, out
    assert "no problems found" in out
    code, out = _verify_cli(demo_path)
    assert code == 0, out


def test_clean_file_notes_described_but_missing_attachment_without_failing(full_plain: Path):
    with CaseFile.open(full_plain) as cf:
        report = verify(cf)
    assert report.ok
    assert any("not-held.txt" in n for n in report.notes)


def test_record_edited_with_sqlite3_is_reported_by_id(full_plain: Path):
    with sqlite3.connect(full_plain) as conn:
        data = json.loads(conn.execute("SELECT data FROM records WHERE id = 'a-execution'").fetchone()[0])
    conn.close()
    data["date"] = "1988-09-01"
    _edit(
        full_plain,
        "UPDATE versions SET data = ? WHERE vid = (SELECT vid FROM record_heads WHERE id = 'a-execution')",
        args=(json.dumps(data),),
    )
    code, out = _verify_cli(full_plain)
    assert code == 1
    assert "'a-execution'" in out and "changed outside Casefile" in out
    assert "'a-arrest'" not in out  # only the edited record


def test_edit_of_a_record_that_was_updated_through_the_app_is_reported(full_plain: Path):
    # put the record back to an earlier version the store still holds
    _edit(
        full_plain,
        "UPDATE record_heads SET vid = (SELECT vid FROM versions WHERE data LIKE '%edited once%') WHERE id = 'pl-other'",
    )
    code, out = _verify_cli(full_plain)
    assert code == 1 and "'pl-other'" in out and "differs from its last audit entry" in out


def test_a_version_rewritten_with_its_hash_recomputed_breaks_the_chain(full_plain: Path):
    import hashlib

    with sqlite3.connect(full_plain) as conn:
        vid, text = conn.execute(
            "SELECT v.vid, v.data FROM versions v JOIN record_heads h ON h.vid = v.vid WHERE h.id = 'pl-other'"
        ).fetchone()
    conn.close()
    forged = text.replace("edited twice", "never edited")
    digest = hashlib.sha256(forged.encode()).digest()
    _edit(full_plain, "UPDATE versions SET data = ?, hash = ? WHERE vid = ?", args=(forged, digest, vid))
    code, out = _verify_cli(full_plain)
    assert code == 1 and "audit trail" in out and "altered" in out and "pl-other" in out


def test_record_inserted_with_sqlite3_is_reported(full_plain: Path):
    _edit(
        full_plain,
        'INSERT INTO versions (hash, data) VALUES (x\'01\', \'{"id":"p-forged","name":{"en":"Forged"}}\')',
        "INSERT INTO record_heads (id, kind, vid) VALUES ('p-forged', 'persons', last_insert_rowid())",
    )
    code, out = _verify_cli(full_plain)
    assert code == 1 and "'p-forged'" in out


def test_record_deleted_with_sqlite3_is_reported(full_plain: Path):
    _edit(full_plain, "DELETE FROM record_heads WHERE id = 'w-mother'")
    code, out = _verify_cli(full_plain)
    assert code == 1 and "'w-mother'" in out and "removed outside Casefile" in out


def test_deleted_record_put_back_with_sqlite3_is_reported(full_plain: Path):
    _edit(
        full_plain,
        "INSERT INTO record_heads (id, kind, vid) SELECT record_id, kind, before FROM audit "
        "WHERE record_id = 'cit-involvement' AND action = 'delete'",
    )
    code, out = _verify_cli(full_plain)
    assert code == 1 and "'cit-involvement'" in out


def test_tampered_audit_entry_is_reported(full_plain: Path):
    _edit(full_plain, "UPDATE audit SET at = '2001-01-01T00:00:00Z' WHERE record_id = 'ev-massacre'")
    code, out = _verify_cli(full_plain)
    assert code == 1 and "audit trail" in out and "altered" in out and "ev-massacre" in out


def test_audit_entry_and_record_changed_together_is_reported(full_plain: Path):
    # someone edits the record and its last audit entry to match: the chain gives it away
    _edit(
        full_plain,
        "UPDATE versions SET data = replace(data, 'Political prison.', 'A hotel.'), hash = x'02' "
        "WHERE vid = (SELECT vid FROM record_heads WHERE id = 'pl-evin')",
    )
    code, out = _verify_cli(full_plain)
    assert code == 1 and "audit trail" in out and "pl-evin" in out


def test_deleted_audit_row_is_reported(full_plain: Path):
    with sqlite3.connect(full_plain) as conn:
        seq = conn.execute("SELECT seq FROM audit WHERE record_id = 'org-court'").fetchone()[0]
    conn.close()
    _edit(full_plain, f"DELETE FROM audit WHERE seq = {seq}")
    code, out = _verify_cli(full_plain)
    assert code == 1 and f"entry {seq} is missing" in out


def test_deleted_last_audit_row_is_reported(full_plain: Path):
    # the newest entry has no successor to break; the record it describes no longer matches
    _edit(full_plain, "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    code, out = _verify_cli(full_plain)
    assert code == 1 and "cit-involvement" in out


def test_changed_attachment_blob_is_reported(full_plain: Path):
    sha = full_document()["sources"][0]["attachments"][0]["sha256"]
    _edit(full_plain, "UPDATE attachments SET data = X'00112233' WHERE sha256 = ?", args=(sha,))
    code, out = _verify_cli(full_plain)
    assert code == 1 and sha[:16] in out and "SHA-256" in out


def test_case_settings_changed_with_sqlite3_are_reported(full_plain: Path):
    _edit(full_plain, "UPDATE case_settings SET value = replace(value, 'true', 'false')")
    code, out = _verify_cli(full_plain)
    assert code == 1 and "case settings" in out


def test_verify_does_not_modify_the_file(full_plain: Path):
    from tests.support.helpers import file_snapshot

    before = file_snapshot(full_plain)
    assert _verify_cli(full_plain)[0] == 0
    assert file_snapshot(full_plain) == before


def test_encrypted_file_edited_with_the_key_is_reported(demo_path: Path, passphrase: str):
    import sqlcipher3

    from casefile.store import normalise_passphrase

    conn = sqlcipher3.connect(str(demo_path))
    conn.execute(f"PRAGMA key = '{normalise_passphrase(passphrase)}'")  # the key as Casefile makes it
    conn.execute(
        "UPDATE versions SET data = replace(data, 'Evin', 'Evinn') WHERE vid = (SELECT vid FROM record_heads WHERE id = 'pl-evin')"
    )
    conn.commit()
    conn.close()
    code, out = _verify_cli(demo_path)
    assert code == 1 and "'pl-evin'" in out
