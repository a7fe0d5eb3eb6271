"""Backups: a copy taken while another process writes is consistent and encrypted with the same
passphrase; rotation keeps the newest N of this file only; restore checks the backup with verify,
never overwrites, and gives a file that passes verify. Case files, their -wal/-shm and backups
are readable by their owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casefile import backup, exchange, records
from casefile.errors import BackupDamaged, CasefileError, WrongPassphrase
from casefile.store import CaseFile, is_plain
from tests.support.helpers import PASSPHRASE, REPO, child_env, file_snapshot, run_cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _export(path: Path, passphrase: str | None) -> dict:
    with CaseFile.open(path, passphrase, upgrade=False) as cf:
        return exchange.export_document(cf)


def test_a_case_file_its_wal_and_shm_are_readable_by_the_owner_only(tmp_path: Path):
    path = tmp_path / "new.casefile"
    with CaseFile.create(path, PASSPHRASE) as cf:
        records.save(cf, "persons", {"id": "v-1", "name": {"en": "One"}})
        companions = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in companions)
        assert {p.name: _mode(p) for p in companions} == {p.name: 0o600 for p in companions}
    assert run_cli("init", tmp_path / "cli.casefile", "--plain").returncode == 0
    assert _mode(tmp_path / "cli.casefile") == 0o600


def test_opening_an_older_world_readable_case_file_makes_it_owner_only(demo_path: Path):
    os.chmod(demo_path, 0o644)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(demo_path, "wrong")
    assert _mode(demo_path) == 0o644  # a refused open changes nothing
    with CaseFile.open(demo_path, PASSPHRASE):
        assert _mode(demo_path) == 0o600
        assert _mode(Path(f"{demo_path}-wal")) == 0o600


def test_backup_of_an_encrypted_file_is_encrypted_with_the_same_passphrase(demo_path: Path, tmp_path: Path):
    dest = tmp_path / "copy.casefile"
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        assert backup.make_backup(cf, dest) == dest
    assert not is_plain(dest)
    assert _mode(dest) == 0o600
    assert b"Evin" not in dest.read_bytes() and "کریمی".encode() not in dest.read_bytes()
    with pytest.raises(WrongPassphrase):
        CaseFile.open(dest, "another passphrase")
    assert _export(dest, PASSPHRASE) == _export(demo_path, PASSPHRASE)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("copy")] == ["copy.casefile"]  # no .part left


def test_backup_of_a_plain_file_is_plain(tmp_path: Path):
    path = tmp_path / "plain.casefile"
    with CaseFile.create(path, None) as cf:
        records.save(cf, "persons", {"id": "v-1", "name": {"en": "Plain Victim"}})
        backup.make_backup(cf, tmp_path / "plain-copy.casefile")
    assert is_plain(tmp_path / "plain-copy.casefile")
    assert _export(tmp_path / "plain-copy.casefile", None) == _export(path, None)


def test_backup_refuses_to_overwrite_and_to_write_into_a_missing_folder(demo_case: CaseFile, tmp_path: Path):
    existing = tmp_path / "existing.casefile"
    existing.write_bytes(b"precious")
    with pytest.raises(CasefileError, match="exists already"):
        backup.make_backup(demo_case, existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(CasefileError, match="no such folder"):
        backup.make_backup(demo_case, tmp_path / "missing" / "b.casefile")
    assert not (tmp_path / "missing").exists()


WRITER = """
import sys
from casefile import records
from casefile.store import CaseFile
cf = CaseFile.open(sys.argv[1], sys.argv[2])
for i in range(1, 100000):
    records.save(cf, "persons", {"id": f"w-{i}", "name": {"en": f"Written {i}"}, "notes": "x" * 500})
    print(i, flush=True)
"""


def test_backup_while_another_process_writes_holds_every_committed_edit_and_verifies(demo_path: Path, tmp_path: Path):
    """A writer in another process saves a record after another; each backup taken meanwhile holds
    at least every record the writer had reported saved before the backup began, and passes verify
    (a copy of the file's bytes would miss what still sits in the -wal)."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_path), PASSPHRASE], env=child_env(), cwd=REPO,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    made = []
    try:
        with CaseFile.open(demo_path, PASSPHRASE) as cf:
            for n in range(3):
                while True:  # let it write some records first
                    saved = int(writer.stdout.readline())
                    if saved >= 20 * (n + 1):
                        break
                made.append((saved, backup.make_backup(cf, tmp_path / f"during-{n}.casefile")))
        # and the command line, as a script or a user would do it
        saved = int(writer.stdout.readline())
        done = run_cli("backup", demo_path, tmp_path / "during-cli.casefile")
        assert done.returncode == 0, done.stderr
        made.append((saved, tmp_path / "during-cli.casefile"))
        assert writer.poll() is None, "the writer stopped: the test did not back up while it wrote"
    finally:
        writer.kill()
        writer.wait()
    from casefile.verify import verify

    for saved, path in made:
        with CaseFile.open(path, PASSPHRASE, upgrade=False) as cf:
            written = cf.conn.execute("SELECT count(*) FROM records WHERE id LIKE 'w-%'").fetchone()[0]
            assert written >= saved, (path.name, written, saved)
            report = verify(cf)
            assert report.ok, (path.name, report.problems)


def test_rotate_keeps_the_newest_backups_of_this_file_only(demo_case: CaseFile, tmp_path: Path):
    folder = tmp_path / "backups"
    assert backup.last_backup(folder) is None
    folder.mkdir()
    other = folder / "other-backup-20200101-000000.casefile"  # another case file's backup
    other.write_bytes(b"not ours")
    notes = folder / "notes.txt"
    notes.write_text("the family's notes")
    before = datetime.now(UTC).replace(microsecond=0)
    made = [backup.rotate(demo_case, folder, keep=2) for _ in range(4)]
    after = datetime.now(UTC)
    ours = sorted(p.name for p in folder.iterdir() if p.name.startswith("demo-backup-"))
    assert ours == sorted(p.name for p in made[-2:])  # the two newest, the two oldest removed
    assert other.read_bytes() == b"not ours" and notes.exists()
    assert all(_mode(p) == 0o600 for p in made[-2:])
    assert [b.path for b in backup.list_backups(folder, of=demo_case.path)] == [made[-1], made[-2]]
    last = backup.last_backup(folder, of=demo_case.path)
    assert last is not None and before <= last <= after
    assert backup.last_backup(folder) == last  # newer than the other file's backup
    assert _export(made[-1], PASSPHRASE) == exchange.export_document(demo_case)
    with pytest.raises(CasefileError, match="at least one"):
        backup.rotate(demo_case, folder, keep=0)


def test_restore_gives_a_case_file_that_passes_verify_and_holds_the_backup(demo_path: Path, tmp_path: Path):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        copy = backup.make_backup(cf, tmp_path / "copy.casefile")
        records.save(cf, "persons", {"id": "v-after", "name": {"en": "Added after the backup"}})
    before = file_snapshot(copy)
    target = tmp_path / "restored" / "cases.casefile"
    target.parent.mkdir()
    report = backup.restore(copy, target, "correct horse battery staple ١٣٦٧")  # Arabic-Indic digits
    assert report.ok, report.problems
    assert file_snapshot(copy) == before  # the backup itself is not touched
    assert _mode(target) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["cases.casefile"]
    with CaseFile.open(target, PASSPHRASE) as cf:
        assert cf.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert records.get(cf, "v-after") is None
        records.save(cf, "persons", {"id": "v-new", "name": {"en": "Written after restore"}})
    assert run_cli("verify", target).returncode == 0


def test_restore_refuses_to_overwrite_a_case_file(demo_path: Path, tmp_path: Path):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        copy = backup.make_backup(cf, tmp_path / "copy.casefile")
    before = file_snapshot(demo_path)
    with pytest.raises(CasefileError, match="exists already"):
        backup.restore(copy, demo_path, PASSPHRASE)
    done = run_cli("restore", copy, demo_path)
    assert done.returncode == 1 and "exists already" in done.stderr and "Traceback" not in done.stderr
    assert file_snapshot(demo_path) == before


def test_a_damaged_backup_is_not_restored(demo_path: Path, tmp_path: Path):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        copy = backup.make_backup(cf, tmp_path / "copy.casefile")
    data = bytearray(copy.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # a broken sector on a USB stick
    copy.write_bytes(bytes(data))
    target = tmp_path / "restored.casefile"
    with pytest.raises(BackupDamaged, match="not restored"):
        backup.restore(copy, target, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.casefile", "demo.casefile"]
    done = run_cli("restore", copy, target)
    assert done.returncode == 1 and "not restored" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 2
    assert not target.exists()


def test_a_backup_whose_history_was_rewritten_is_not_restored(demo_path: Path, tmp_path: Path):
    import sqlcipher3

    from casefile.store import normalise_passphrase

    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        copy = backup.make_backup(cf, tmp_path / "copy.casefile")
    conn = sqlcipher3.connect(str(copy))  # edited behind the app's back, with the key
    conn.execute(f"PRAGMA key = '{normalise_passphrase(PASSPHRASE)}'")
    conn.execute("UPDATE audit SET at = '2001-01-01T00:00:00Z' WHERE seq = 3")
    conn.commit()
    conn.close()
    with pytest.raises(BackupDamaged, match="does not pass verify") as refused:
        backup.restore(copy, tmp_path / "restored.casefile", PASSPHRASE)
    assert refused.value.problems
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.casefile", "demo.casefile"]


def test_backup_and_restore_on_the_command_line(demo_path: Path, tmp_path: Path):
    folder = tmp_path / "usb"
    folder.mkdir()
    done = run_cli("backup", demo_path, folder)  # a folder: a dated backup inside it
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    (made,) = folder.iterdir()
    assert made.name.startswith("demo-backup-") and made.suffix == ".casefile"
    wrong = run_cli("restore", made, tmp_path / "r.casefile", passphrase="wrong")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert not (tmp_path / "r.casefile").exists()
    done = run_cli("restore", made, tmp_path / "r.casefile")
    assert done.returncode == 0, done.stderr
    assert "verify found no problems" in done.stderr
    assert _export(tmp_path / "r.casefile", PASSPHRASE) == _export(demo_path, PASSPHRASE)
    missing = run_cli("restore", tmp_path / "nothing.casefile", tmp_path / "x.casefile")
    assert missing.returncode == 1 and "no such backup" in missing.stderr


def test_backups_made_before_a_passphrase_change_keep_the_old_passphrase(demo_path: Path, tmp_path: Path):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        old_copy = backup.make_backup(cf, tmp_path / "old.casefile")
        cf.rekey("the new passphrase")
        new_copy = backup.make_backup(cf, tmp_path / "new.casefile")
    assert _export(old_copy, PASSPHRASE) == _export(new_copy, "the new passphrase")
    with pytest.raises(WrongPassphrase):
        CaseFile.open(new_copy, PASSPHRASE)


def test_a_killed_backup_leaves_no_file_at_the_destination(demo_path: Path, tmp_path: Path):
    """A stale ``.part`` (a backup killed midway) is not a backup: it is removed by the next one,
    and the destination only ever holds a whole backup."""
    dest = tmp_path / "b.casefile"
    Path(f"{dest}.part").write_bytes(b"half a backup")
    start = time.perf_counter()
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        backup.make_backup(cf, dest)
    assert time.perf_counter() - start < 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.casefile", "demo.casefile"]


def test_a_backup_from_an_older_casefile_is_restored_upgraded(tmp_path: Path):
    from casefile import store

    old = Path(__file__).parent / "support" / "schema1" / "encrypted.casefile"
    backup_copy = tmp_path / "old-backup.casefile"
    backup_copy.write_bytes(old.read_bytes())
    before = file_snapshot(backup_copy)
    report = backup.restore(backup_copy, tmp_path / "cases.casefile", "schema-1")
    assert report.ok, report.problems
    assert file_snapshot(backup_copy) == before
    with CaseFile.open(tmp_path / "cases.casefile", "schema-1", upgrade=False) as cf:
        assert cf.schema_version == store.latest_schema_version()
        assert records.count(cf) > 0
    # the backup is the copy from before the upgrade: no other one is left beside the restored file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.casefile", "old-backup.casefile"]
