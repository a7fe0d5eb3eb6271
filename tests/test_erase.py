"""Erasure: a witness's words gone from the records, the audit trail and every page of the file,
while the chain still verifies and the erasure itself stays on record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casefile import audit, merge, records, search
from casefile.erase import erase, plan_erase
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.helpers import run_cli

SECRET = "Zarrin-Taj remembered the guard who called himself Nasseri"
WITNESS_NAME = "Golnar Testwitness"


def _file_with_a_testimony(path: Path) -> None:
    with CaseFile.open(path) as cf:
        records.save_many(
            cf,
            [
                ("persons", {"id": "w-erase", "name": {"en": WITNESS_NAME, "fa": "گلنار"}}),
                ("testimonies", {"id": "t-erase", "witness": "w-erase", "text": "first words"}),
            ],
        )
        rec = records.require(cf, "t-erase")
        records.save(cf, "testimonies", {**rec.data, "text": SECRET})  # an earlier version is in the trail too


def _all_bytes(path: Path) -> bytes:
    found = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            found += side.read_bytes()
    return found


def test_an_erased_witness_leaves_no_word_in_any_page_and_the_file_verifies(plain_demo_path: Path) -> None:
    _file_with_a_testimony(plain_demo_path)
    assert SECRET.encode() in _all_bytes(plain_demo_path)  # a plain file: the words are readable on disk
    with CaseFile.open(plain_demo_path) as cf:
        assert "t-erase" in {h.id for h in search.search(cf, "Zarrin-Taj Nasseri")}
        plan = plan_erase(cf, "w-erase")
        assert set(plan.erased) == {"w-erase", "t-erase"}  # the testimony cannot exist without its witness
        erase(cf, "w-erase", "family withdrew")
        assert records.get(cf, "t-erase") is None and records.get(cf, "w-erase") is None
        assert all(e.before is None and e.after is None for e in audit.entries(cf, "t-erase"))
        assert [e.action for e in audit.entries(cf, "t-erase")][-1] == "erase"
        assert not {h.id for h in search.search(cf, "Zarrin-Taj Nasseri")} & {"t-erase", "w-erase"}
        report = verify(cf)
        assert report.ok, report.problems
    raw = _all_bytes(plain_demo_path)
    for word in (SECRET, "first words", WITNESS_NAME, "Nasseri"):
        assert word.encode() not in raw, word
    assert "گلنار".encode() not in raw


def test_an_old_copy_merged_later_does_not_bring_the_words_back(plain_demo_path: Path, tmp_path: Path) -> None:
    _file_with_a_testimony(plain_demo_path)
    old_copy = tmp_path / "old-copy.casefile"
    shutil.copy2(plain_demo_path, old_copy)
    with CaseFile.open(old_copy) as cf:  # the other laptop even edits it
        rec = records.require(cf, "t-erase")
        records.save(cf, "testimonies", {**rec.data, "summary": "edited elsewhere"})
    with CaseFile.open(plain_demo_path) as cf:
        erase(cf, "w-erase")
    with CaseFile.open(plain_demo_path) as cf, CaseFile.open(old_copy) as other:
        merge.merge(cf, other)
        assert records.get(cf, "t-erase") is None and records.get(cf, "w-erase") is None
        assert merge.conflicts(cf) == []
    assert SECRET.encode() not in _all_bytes(plain_demo_path)


def test_erase_on_the_command_line_needs_confirmation(plain_demo_path: Path) -> None:
    _file_with_a_testimony(plain_demo_path)
    refused = run_cli("erase", plain_demo_path, "t-erase", passphrase=None)
    assert refused.returncode == 1 and "--yes" in refused.stderr and "cannot be undone" in refused.stderr
    with CaseFile.open(plain_demo_path) as cf:
        assert records.get(cf, "t-erase") is not None
    done = run_cli("erase", plain_demo_path, "t-erase", "--yes", passphrase=None)
    assert done.returncode == 0, done.stderr
    assert run_cli("verify", plain_demo_path, passphrase=None).returncode == 0
    missing = run_cli("erase", plain_demo_path, "t-erase", "--yes", passphrase=None)
    assert missing.returncode == 1 and "t-erase" in missing.stderr


def test_an_erasure_that_fails_midway_erases_nothing(plain_demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casefile import versions

    _file_with_a_testimony(plain_demo_path)

    def broken(cf, vids):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(versions, "erase_text", broken)
    with CaseFile.open(plain_demo_path) as cf:
        with pytest.raises(OSError):
            erase(cf, "t-erase")
        assert records.get(cf, "t-erase").data["text"] == SECRET
        assert verify(cf).ok
