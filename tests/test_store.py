"""The store: creating and opening case files, encryption at rest, wrong passphrases and files that
are not case files (refused without touching them), transactions."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from casefile import exchange, records
from casefile.errors import CasefileError, NotACaseFile, WrongPassphrase
from casefile.store import APPLICATION_ID, CaseFile, is_plain
from tests.support.documents import minimal_document
from tests.support.helpers import PASSPHRASE, file_snapshot, run_cli

ENGLISH_CANARY = "Quixotically Zanzibar Canary 7731"
PERSIAN_CANARY = "پرستوی‌ سپیددندان‌ ژرفنگر"
ATTACHMENT_CANARY = b"ATTACHMENT-CANARY:" + bytes(range(32, 127)) * 3


def _canary_document() -> dict:
    att = {
        "filename": "canary.bin",
        "media_type": "application/octet-stream",
        "sha256": hashlib.sha256(ATTACHMENT_CANARY).hexdigest(),
        "data": base64.b64encode(ATTACHMENT_CANARY).decode(),
    }
    return minimal_document(
        persons=[
            {
                "id": "p-canary",
                "name": {"fa": PERSIAN_CANARY, "en": ENGLISH_CANARY},
                "notes": f"{ENGLISH_CANARY} {PERSIAN_CANARY} " * 20,
            },  # fmt: skip
        ],
        sources=[{"id": "s-canary", "title": {"en": ENGLISH_CANARY}, "attachments": [att]}],
        testimonies=[{"id": "t-canary", "witness": "p-canary", "text": f"{PERSIAN_CANARY} " * 50}],
    )


def _needles() -> list[bytes]:
    return [
        ENGLISH_CANARY.encode(),
        ENGLISH_CANARY.lower().encode(),  # as normalised for the search index
        PERSIAN_CANARY.encode("utf-8"),
        "سپیددندان".encode(),
        b"Zanzibar",
        ATTACHMENT_CANARY[:40],
        base64.b64encode(ATTACHMENT_CANARY)[:40],
        b"p-canary",
        b"persons",  # even the structure is not readable
        b"CREATE TABLE",
        b"SQLite format 3",
    ]


def _companions(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_encrypted_file_and_its_wal_hold_no_plaintext_while_open_and_after_close(tmp_path: Path):
    path = tmp_path / "secret.casefile"
    cf = CaseFile.create(path, PASSPHRASE)
    exchange.import_document(cf, _canary_document())
    # while open: the committed import sits in the WAL
    assert Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0
    for p in _companions(path):
        data = p.read_bytes()
        for needle in _needles():
            assert needle not in data, (p.name, needle)
    cf.close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    for p in _companions(path):
        data = p.read_bytes()
        for needle in _needles():
            assert needle not in data, (p.name, needle)
    # nothing beside it: attachments live inside the encrypted database
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.casefile"]
    # and the data is there for the right passphrase
    with CaseFile.open(path, PASSPHRASE) as again:
        assert records.get(again, "p-canary").data["name"]["en"] == ENGLISH_CANARY
        sha = hashlib.sha256(ATTACHMENT_CANARY).hexdigest()
        assert records.attachment_data(again, sha) == ATTACHMENT_CANARY


def test_the_canary_check_would_see_plaintext_in_a_plain_file(tmp_path: Path):
    # the same check on a plain file finds the text: the test above can fail
    path = tmp_path / "plain.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, _canary_document())
    data = path.read_bytes()
    assert PERSIAN_CANARY.encode() in data and ENGLISH_CANARY.encode() in data and ATTACHMENT_CANARY[:40] in data


def test_create_refuses_to_overwrite_an_existing_file(tmp_path: Path):
    path = tmp_path / "exists.casefile"
    path.write_bytes(b"precious")
    with pytest.raises(CasefileError, match="exists already"):
        CaseFile.create(path, PASSPHRASE)
    assert path.read_bytes() == b"precious"


def test_create_refuses_an_empty_passphrase(tmp_path: Path):
    with pytest.raises(CasefileError, match="empty"):
        CaseFile.create(tmp_path / "x.casefile", "")
    assert not (tmp_path / "x.casefile").exists()


def test_created_files_are_marked_as_case_files(encrypted_path: Path, plain_path: Path):
    assert not is_plain(encrypted_path)
    assert is_plain(plain_path)
    with sqlite3.connect(plain_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_wrong_passphrase_is_refused_and_leaves_the_file_untouched(demo_path: Path):
    before = file_snapshot(demo_path)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        CaseFile.open(demo_path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        CaseFile.open(demo_path, None)
    assert file_snapshot(demo_path) == before
    assert before["-wal"] is None and before["-shm"] is None


def test_wrong_passphrase_on_the_command_line_exits_1_and_changes_nothing(demo_path: Path, tmp_path: Path):
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(_canary_document()), encoding="utf-8")
    before = file_snapshot(demo_path)
    mtime = demo_path.stat().st_mtime_ns
    for command in (["verify", demo_path], ["search", demo_path, "karimi"], ["export", demo_path],
                    ["import", demo_path, doc]):  # fmt: skip
        done = run_cli(*command, passphrase="wrong passphrase")
        assert done.returncode == 1, (command, done.stderr)
        assert "wrong passphrase" in done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) <= 2
        assert file_snapshot(demo_path) == before
        assert demo_path.stat().st_mtime_ns == mtime
        assert not Path(f"{demo_path}-wal").exists() and not Path(f"{demo_path}-shm").exists()


def test_right_passphrase_from_the_environment_opens_it(demo_path: Path):
    done = run_cli("verify", demo_path)
    assert done.returncode == 0, done.stderr


def test_a_text_file_is_not_a_case_file(tmp_path: Path):
    for size in (100, 4096):  # short, and a whole number of pages
        path = tmp_path / f"notes-{size}.txt"
        path.write_text(("These are notes, not a case file. " * 200)[:size])
        before = file_snapshot(path)
        done = run_cli("verify", path)
        assert done.returncode == 1
        assert "not a case file" in done.stderr
        assert file_snapshot(path) == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [path.name]


def test_a_plain_sqlite_database_of_another_app_is_not_a_case_file(tmp_path: Path):
    path = tmp_path / "other-app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('someone')")
    conn.commit()
    conn.close()
    before = file_snapshot(path)
    with pytest.raises(NotACaseFile):
        CaseFile.open(path)
    done = run_cli("search", path, "someone")
    assert done.returncode == 1 and "not a Casefile case file" in done.stderr
    done = run_cli("import", path, path)
    assert done.returncode == 1
    assert file_snapshot(path) == before


def test_an_empty_file_and_a_missing_file_are_refused(tmp_path: Path):
    empty = tmp_path / "empty.casefile"
    empty.write_bytes(b"")
    done = run_cli("verify", empty)
    assert done.returncode == 1 and "not a case file" in done.stderr
    assert empty.read_bytes() == b""
    done = run_cli("verify", tmp_path / "missing.casefile")
    assert done.returncode == 1 and "no such case file" in done.stderr
    assert not (tmp_path / "missing.casefile").exists()


def test_a_path_is_written_and_checked_as_pathlib_would(tmp_path: Path):
    # a search opens its file without importing pathlib: the same path in messages, the same answer
    # for what is a file (a directory, a missing one, one through a file, a trailing slash)
    from casefile.store import file_size, path_text

    (tmp_path / "f.casefile").write_bytes(b"x" * 10)
    (tmp_path / "d").mkdir()
    names = ["f.casefile", "f.casefile/", "./f.casefile", "d//../f.casefile", "d/./x", "d", "missing", "f.casefile/x"]
    for name in [*names, *(f"{tmp_path}/{n}" for n in names), f"/{tmp_path}//f.casefile", "", ".", "/", "~"]:
        assert path_text(name) == str(Path(name)), name
        expected = Path(name).stat().st_size if Path(name).is_file() else None
        assert file_size(path_text(name)) == expected, name


def test_transaction_rolls_back_everything_on_error(plain_case: CaseFile):
    records.save(plain_case, "persons", {"id": "p1", "name": {"en": "One"}})
    with pytest.raises(RuntimeError), plain_case.transaction() as conn:
        conn.execute("UPDATE record_heads SET title_en = 'changed'")
        raise RuntimeError("boom")
    assert records.get(plain_case, "p1").data["name"] == {"en": "One"}
    assert plain_case.conn.execute("SELECT title_en FROM records").fetchone()[0] == "One"
    assert not plain_case.conn.in_transaction


def test_nested_transaction_failure_undoes_only_the_inner_block(plain_case: CaseFile):
    with plain_case.transaction() as conn:
        conn.execute("INSERT INTO case_settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), plain_case.transaction():
            conn.execute("INSERT INTO case_settings (key, value) VALUES ('inner', '1')")
            raise RuntimeError("inner")
    keys = {k for (k,) in plain_case.conn.execute("SELECT key FROM case_settings")}
    assert keys == {"outer"}


def test_a_failed_save_writes_nothing(plain_case: CaseFile):
    from casefile.errors import InvalidRecord

    with pytest.raises(InvalidRecord):
        records.save(plain_case, "acts", {"id": "a1", "victim": "nobody", "type": "arrest"})
    assert records.count(plain_case) == 0
    assert plain_case.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 0


def test_passphrase_with_quotes_and_persian_letters_works(tmp_path: Path):
    phrase = 'it\'s a "quoted" گذرواژه ۱۲۳'
    path = tmp_path / "q.casefile"
    with CaseFile.create(path, phrase) as cf:
        records.save(cf, "persons", {"id": "p", "name": {"en": "P"}})
    with CaseFile.open(path, phrase) as cf:
        assert records.count(cf) == 1
    with pytest.raises(WrongPassphrase):
        CaseFile.open(path, "it's a")


def test_a_derived_key_opens_the_file_and_can_be_wiped(encrypted_path: Path) -> None:
    from casefile.errors import WrongPassphrase
    from casefile.store import RawKey

    key = RawKey.derive(encrypted_path, PASSPHRASE)
    with CaseFile.open(encrypted_path, key) as cf:
        assert cf.schema_version >= 3
    with pytest.raises(WrongPassphrase):
        RawKey.derive(encrypted_path, "not the passphrase")
    key.wipe()
    with pytest.raises(RuntimeError):
        CaseFile.open(encrypted_path, key)


def test_a_bulk_import_stores_missing_values_as_null_and_hashes_as_their_bytes(plain_case: CaseFile):
    # The writers bind a missing value as '' or 0 and a hash as hex (the sqlite3 module binds None
    # and bytes slowly); what the file holds must still be NULL and the 32 bytes of the SHA-256.
    doc = {
        "format": "casefile-exchange",
        "version": 1,
        "persons": [{"id": "p-1", "name": {"en": "Fictional Person"}}],
        "acts": [{"id": "a-1", "victim": "p-1", "type": "arrest", "date": "1988-07"}],
        "events": [{"id": "e-1", "title": {"en": "Fictional event"}, "start": "1988-07/..", "end": "../1988"}],
    }
    exchange.import_document(plain_case, doc)
    conn = plain_case.conn
    heads = dict(conn.execute("SELECT id, sort_date FROM record_heads").fetchall())
    assert heads["p-1"] is None and heads["a-1"] == "1988-07-01"
    assert conn.execute("SELECT count(*) FROM record_heads WHERE confidentiality IS NULL").fetchone()[0] == 3
    assert (
        conn.execute("SELECT count(*) FROM record_heads WHERE sort_date = '' OR confidentiality = ''").fetchone()[0]
        == 0
    )
    entries = conn.execute("SELECT before, after, origin FROM audit WHERE action = 'insert'").fetchall()
    assert len(entries) == 3 and all(b is None and a > 0 and o is None for b, a, o in entries)
    for digest, text in conn.execute("SELECT hash, data FROM versions"):
        assert digest == hashlib.sha256(text.encode("utf-8")).digest()
    dates = dict(conn.execute("SELECT field, lo || ' ' || coalesce(hi, 'open') FROM record_dates WHERE lo IS NOT NULL"))
    assert dates["start"] == "1988-07-01 open"  # an open end is NULL
    assert conn.execute("SELECT hi FROM record_dates WHERE field = 'end'").fetchone()[0] == "1988-12-31"
    assert conn.execute("SELECT lo FROM record_dates WHERE field = 'end'").fetchone()[0] is None
    assert conn.execute("SELECT count(*) FROM record_dates WHERE lo = '' OR hi = ''").fetchone()[0] == 0
