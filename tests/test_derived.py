"""Derived tables (links, record_dates, person_roles, the records' derived columns, the search index)
are checked against the records: a row deleted, added or changed behind the app's back is reported by
record id, ``casefile verify`` exits 1, and :func:`casefile.derived.rebuild` puts them right."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import sqlcipher3

from casefile import derived, exchange, records, search, store
from casefile.cli import main
from casefile.store import CaseFile, is_plain, normalise_passphrase
from tests.support.documents import full_document, large_document
from tests.support.helpers import PASSPHRASE, REPO, counts, file_snapshot


@pytest.fixture
def full_plain(plain_path: Path) -> Path:
    """A plain case file holding the document that uses every list and field, plus an edit (closed)."""
    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, full_document())
        rec = records.get(cf, "pl-other").data
        records.save(cf, "places", {**rec, "notes": "edited once"})
    return plain_path


def _edit(path: Path, *statements: str | tuple[str, tuple], passphrase: str | None = None) -> None:
    """Change the file with SQL (a statement, or one with its arguments), behind the app's back
    (sqlcipher3, since the stdlib's SQLite may not read the contentless search index)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if passphrase is not None:
        conn.execute(f"PRAGMA key = '{normalise_passphrase(passphrase)}'")  # the key as Casefile makes it
    for statement in statements:
        sql, args = statement if isinstance(statement, tuple) else (statement, ())
        conn.execute(sql, args)
    conn.close()


def _verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


def _problems(path: Path, passphrase: str | None = None) -> list[str]:
    with CaseFile.open(path, passphrase) as cf:
        return derived.derived_problems(cf)


def _heads(path: Path) -> str:
    with CaseFile.open(path) as cf:
        return derived._heads_table(cf)


def test_fresh_files_have_no_derived_differences(full_plain: Path, demo_case: CaseFile):
    assert _problems(full_plain) == []
    assert derived.derived_problems(demo_case) == []


def test_deleted_witness_role_is_reported_by_person_and_testimony(full_plain: Path, capsys):
    # the row that made w-mother a witness (and so a pseudonym in dossiers) is gone
    _edit(full_plain, "DELETE FROM person_roles WHERE person_id = 'w-mother' AND role = 'witness'")
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "person_roles: row missing for 'w-mother' (witness, from 't-mother')" in out


def test_deleted_victim_link_of_an_execution_is_reported_by_act(full_plain: Path, capsys):
    # without this row a victim dossier no longer finds the execution
    _edit(full_plain, "DELETE FROM links WHERE from_id = 'a-execution' AND field = 'victim'")
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "links: row missing for 'a-execution' (victim -> 'v-karimi')" in out
    assert "'a-arrest'" not in out  # only what differs


def test_deleted_date_row_is_reported_by_record(full_plain: Path, capsys):
    _edit(full_plain, "DELETE FROM record_dates WHERE record_id = 'a-execution'")
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "record_dates: row missing for 'a-execution' (date " in out


def test_added_and_changed_rows_are_reported(full_plain: Path, capsys):
    _edit(
        full_plain,
        "INSERT INTO person_roles (person_id, role, source_id) VALUES ('p-other', 'victim', 'a-execution')",
        "UPDATE links SET to_id = 'ev-other' WHERE from_id = 'a-execution' AND field = 'event'",
        "INSERT INTO links (from_id, field, to_id) VALUES ('nobody', 'victim', 'v-karimi')",
        "UPDATE record_dates SET lo = '1900-01-01' WHERE record_id = 'a-arrest'",
    )
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "person_roles: row not derived from the records for 'p-other' (victim, from 'a-execution')" in out
    assert "links: row missing for 'a-execution' (event -> 'ev-executions')" in out
    assert "links: row not derived from the records for 'a-execution' (event -> 'ev-other')" in out
    assert "links: row for 'nobody', which is no record (victim, 'v-karimi')" in out
    assert "record_dates: row not derived from the records for 'a-arrest'" in out


def test_changed_derived_columns_are_reported(full_plain: Path, capsys):
    heads = _heads(full_plain)
    # a confidential act shown as public in lists, and a victim sorted elsewhere
    _edit(
        full_plain,
        f"UPDATE {heads} SET confidentiality = 'public' WHERE id = 'a-torture'",
        f"UPDATE {heads} SET sort_title = 'aaa' WHERE id = 'v-karimi'",
    )
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "records: derived columns of 'a-torture' differ from its data (confidentiality: stored 'public'" in out
    assert "records: derived columns of 'v-karimi' differ from its data (sort_title)" in out


def test_search_index_entry_deleted_or_forged_is_reported(full_plain: Path, capsys):
    with CaseFile.open(full_plain) as cf:
        rowid = cf.conn.execute("SELECT rowid FROM records WHERE id = 't-mother'").fetchone()[0]
    _edit(
        full_plain,
        f"DELETE FROM search_index WHERE rowid = {rowid}",
        "INSERT INTO search_index (rowid, title, body) VALUES (987654, 'forged', 'words')",
    )
    code, out = _verify(full_plain, capsys)
    assert code == 1, out
    assert "search index: the entry of 't-mother' differs from the record (" in out
    assert "search index: an entry (rowid 987654) belongs to no record" in out


def test_a_word_moved_between_two_search_entries_is_reported(full_plain: Path):
    # the same words in total, the same count per word: only which record holds one has changed
    with CaseFile.open(full_plain) as cf:
        a = cf.conn.execute("SELECT rowid FROM records WHERE id = 'pl-evin'").fetchone()[0]
        b = cf.conn.execute("SELECT rowid FROM records WHERE id = 'pl-tehran'").fetchone()[0]
        d_a = records._derive("places", records.get(cf, "pl-evin").data)
        d_b = records._derive("places", records.get(cf, "pl-tehran").data)
    moved = "evin"
    assert moved in d_a.search_title.split()
    title_a = " ".join(w for w in d_a.search_title.split() if w != moved)
    _edit(
        full_plain,
        f"DELETE FROM search_index WHERE rowid IN ({a}, {b})",
        (
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?), (?, ?, ?)",
            (a, title_a, d_a.search_body, b, d_b.search_title + " " + moved, d_b.search_body),
        ),
    )
    found = _problems(full_plain)
    assert any("'pl-evin'" in p and "not indexed" in p for p in found), found
    assert any("'pl-tehran'" in p and "does not hold" in p for p in found), found


def test_encrypted_file_edited_with_its_key_is_checked_too(demo_path: Path, capsys, passphrase_env: str):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        witness, testimony = cf.conn.execute(
            "SELECT person_id, source_id FROM person_roles WHERE role = 'witness' LIMIT 1"
        ).fetchone()
    _edit(
        demo_path,
        f"DELETE FROM person_roles WHERE person_id = '{witness}' AND role = 'witness'",
        passphrase=PASSPHRASE,
    )
    code, out = _verify(demo_path, capsys)
    assert code == 1, out
    assert f"person_roles: row missing for '{witness}' (witness, from '{testimony}')" in out


def test_rebuild_restores_every_derived_table_and_leaves_records_and_audit_alone(full_plain: Path):
    with CaseFile.open(full_plain) as cf:
        rowid = cf.conn.execute("SELECT rowid FROM records WHERE id = 't-mother'").fetchone()[0]
        before = counts(cf)
        hits = [h.id for h in search.search(cf, "karimi")]
    heads = _heads(full_plain)
    _edit(
        full_plain,
        "DELETE FROM person_roles",
        "DELETE FROM links WHERE field = 'victim'",
        "DELETE FROM record_dates WHERE record_id = 'a-execution'",
        f"UPDATE {heads} SET sort_date = NULL, confidentiality = 'public'",
        f"DELETE FROM search_index WHERE rowid = {rowid}",
        "INSERT INTO search_index (rowid, title, body) VALUES (987654, 'forged', 'words')",
    )
    assert len(_problems(full_plain)) > 10
    with CaseFile.open(full_plain) as cf:
        assert derived.rebuild(cf) == before["records"]
        assert derived.derived_problems(cf) == []
        assert counts(cf) == before  # records, audit trail and fingerprint unchanged
        assert records.roles_of(cf, "w-mother") == ["relative", "witness"]
        assert [h.id for h in search.search(cf, "karimi")] == hits
        assert search.search(cf, "forged") == []


def test_check_reads_only_and_leaves_no_scratch_file(full_plain: Path, monkeypatch, tmp_path: Path, capsys):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = file_snapshot(full_plain)
    assert _verify(full_plain, capsys)[0] == 0
    assert file_snapshot(full_plain) == before
    assert list(scratch.iterdir()) == []


def test_scratch_index_of_an_encrypted_file_is_encrypted(encrypted_path: Path, monkeypatch, tmp_path: Path):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen: list[bytes] = []

    def look(done: int, total: int) -> None:
        for f in scratch.iterdir():
            seen.append(f.read_bytes())

    with CaseFile.open(encrypted_path, PASSPHRASE) as cf:
        exchange.import_document(cf, large_document(1200, prefix="scratchcanary"))
        assert derived.derived_problems(cf, progress=look) == []
    assert seen and all(len(raw) > 0 and not raw.startswith(b"SQLite format 3") for raw in seen)
    assert not any(b"scratchcanary" in raw or b"victim" in raw for raw in seen)
    assert list(scratch.iterdir()) == []
    assert not is_plain(encrypted_path)


# --- files derived by another version of Casefile ------------------------------------------------------


def test_tables_derived_by_an_older_casefile_are_a_note_then_derived_again_on_open(full_plain: Path, capsys):
    heads = _heads(full_plain)
    # as an older Casefile left them: another derivation version, another title for an act
    _edit(
        full_plain,
        "UPDATE file_meta SET value = '0' WHERE key = 'derived_version'",
        f"UPDATE {heads} SET title_en = 'as an older version titled it' WHERE id = 'a-arrest'",
    )
    before = file_snapshot(full_plain)
    code, out = _verify(full_plain, capsys)
    assert code == 0, out
    assert "note: the derived tables (links, dates, roles, search index) were made by an older version" in out
    assert file_snapshot(full_plain) == before  # verify derived nothing itself
    with CaseFile.open(full_plain) as cf:  # opening with Casefile derives them again
        assert store.derived_version(cf.conn) == store.DERIVED_VERSION
        assert records.list_rows(cf, "acts", limit=500)[0].title_en != "as an older version titled it"
    code, out = _verify(full_plain, capsys)
    assert code == 0 and "note: the derived" not in out


def _derivation_fingerprint() -> str:
    """SHA-256 of every row and column the write path derives from a frozen set of records (the full
    document and the sample case as they were when DERIVED_VERSION was last set)."""
    import hashlib
    import json as json_

    probe = json_.loads((REPO / "tests" / "support" / "derivation_probe.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for kind, items in probe.items():
        for data in items:
            digest.update(repr(records._derive(kind, data)).encode("utf-8"))
    return digest.hexdigest()


#: The fingerprint of the derivation at each DERIVED_VERSION.
DERIVATIONS = {
    1: "69aae04b81acb6eb75ee1722888e8bbec5b066b1e3543dcfacb37420332a4f3d",
    2: "131b6cea8ce3c4053565345391519c442c96216347d74799f08f65e8a71971ae",  # person_names, links.from_kind (schema 5)
}


def test_derived_version_is_bumped_when_the_derivation_changes():
    """A change to what is derived from records (titles, sort keys, normalisation, search words,
    roles, dates) must bump store.DERIVED_VERSION, so that files written before are derived again
    when opened (and verify does not take the old rows for tampering). When this fails: bump
    DERIVED_VERSION in casefile/store.py and add the new fingerprint below under the new number."""
    found = _derivation_fingerprint()
    assert DERIVATIONS.get(store.DERIVED_VERSION) == found, (
        f"the derivation changed: bump store.DERIVED_VERSION to {store.DERIVED_VERSION + 1} and add "
        f"{store.DERIVED_VERSION + 1}: {found!r} to DERIVATIONS"
    )


_REBUILD = """
import sys
from casefile import derived
from casefile.store import CaseFile
cf = CaseFile.open(sys.argv[1], upgrade=False)
derived.rebuild(cf, progress=lambda done, total: print(done, total, flush=True))
print("done", flush=True)
"""


def test_rebuild_killed_midway_leaves_the_old_tables_and_the_next_open_derives_them(tmp_path: Path):
    import subprocess
    import sys

    from tests.support.helpers import REPO, child_env

    path = tmp_path / "big.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, large_document(1200, prefix="rebuild"))
        before = counts(cf)
    _edit(path, "UPDATE file_meta SET value = '0' WHERE key = 'derived_version'")
    child = subprocess.Popen(
        [sys.executable, "-c", _REBUILD, str(path)], stdout=subprocess.PIPE, text=True, env=child_env(None), cwd=REPO
    )
    assert child.stdout is not None
    first = child.stdout.readline().split()
    child.kill()  # SIGKILL after the first batch was written inside the rebuild's transaction
    child.wait()
    assert first and first[0] != "done" and int(first[0]) < int(first[1])
    with CaseFile.open(path, upgrade=False) as cf:
        assert store.derived_version(cf.conn) == 0  # nothing of the rebuild was kept
        assert counts(cf) == before
    with CaseFile.open(path) as cf:  # opening derives them again, whole
        assert store.derived_version(cf.conn) == store.DERIVED_VERSION
        assert derived.derived_problems(cf) == []
        assert counts(cf) == before


def test_a_witness_whose_role_row_was_deleted_is_still_not_named(plain_path: Path) -> None:
    """The audience view takes "who testified" from the testimonies, not from person_roles: deleting
    the witness row behind the app's back does not let a witness who refused naming be named (here a
    former prison employee, an official by his position, who testified without allowing his name)."""
    from casefile.audience import AudienceView

    with CaseFile.open(plain_path) as cf:
        records.save_many(
            cf,
            [
                ("persons", {"id": "p-guard", "name": {"en": "Former Guard Testname"}}),
                ("positions", {"id": "pos-guard", "person": "p-guard", "title": {"en": "Guard"}}),
                ("testimonies", {"id": "t-guard", "witness": "p-guard", "text": "I saw the lists.",
                                 "consent": {"share_with": ["un"], "name_witness": False}}),
            ],
        )  # fmt: skip
        assert AudienceView(cf, "un").naming("p-guard").level != "full"
    conn = sqlcipher3.connect(str(plain_path))
    conn.execute("DELETE FROM person_roles WHERE person_id = 'p-guard' AND role = 'witness'")
    conn.commit()
    conn.close()
    with CaseFile.open(plain_path) as cf:
        assert AudienceView(cf, "un").naming("p-guard").level != "full"
