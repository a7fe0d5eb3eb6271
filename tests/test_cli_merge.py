"""``casefile share``, ``merge``, ``conflicts`` and ``resolve`` as a user runs them: real encrypted
files, child processes, one- or two-line messages, exit codes, and bad input that changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casefile import records
from casefile.store import CaseFile
from tests.support.helpers import PASSPHRASE, child_env, file_snapshot, run_cli

OTHER = "another laptop's passphrase"


def _cli(*args: object, **extra: str):  # type: ignore[no-untyped-def]
    done = run_cli(*args, env=child_env(PASSPHRASE, **extra))
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def laptop_b(demo_path: Path, tmp_path: Path) -> Path:
    """A share of the whole demo case, encrypted with its own passphrase, as laptop B received it."""
    share = tmp_path / "laptop-b.casefile"
    done = _cli("share", demo_path, "-o", share, CASEFILE_NEW_PASSPHRASE=OTHER)
    assert done.returncode == 0, done.stderr
    assert "wrote share" in done.stderr
    assert not share.read_bytes().startswith(b"SQLite format 3")
    return share


def _edit(path: Path, passphrase: str, record_id: str, **fields: object) -> None:
    with CaseFile.open(path, passphrase) as cf:
        rec = records.require(cf, record_id)
        records.save(cf, rec.kind, {**rec.data, **fields})


def test_share_merge_conflicts_resolve_round(demo_path: Path, laptop_b: Path) -> None:
    _edit(demo_path, PASSPHRASE, "pl-evin", notes="Edited on laptop A")
    _edit(laptop_b, OTHER, "pl-evin", notes="Edited on laptop B")
    _edit(laptop_b, OTHER, "pl-khavaran", notes="Mass graves, reported by B")
    done = _cli("merge", demo_path, laptop_b, "--json", CASEFILE_OTHER_PASSPHRASE=OTHER)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"added": 0, "updated": 1, "unchanged": json.loads(done.stdout)["unchanged"],
                                       "merged": 0, "conflicts": 1}  # fmt: skip
    assert "1 conflict(s) wait" in done.stderr
    listed = _cli("conflicts", demo_path, "--json")
    (conflict,) = json.loads(listed.stdout)
    assert conflict["record"] == "pl-evin" and conflict["field"] == "notes"
    assert (conflict["mine"], conflict["theirs"]) == ("Edited on laptop A", "Edited on laptop B")
    settled = _cli("resolve", demo_path, str(conflict["id"]), "--theirs")
    assert settled.returncode == 0 and "0 left" in settled.stderr
    assert json.loads(_cli("conflicts", demo_path, "--json").stdout) == []
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        assert records.get(cf, "pl-evin").data["notes"] == "Edited on laptop B"
        assert records.get(cf, "pl-khavaran").data["notes"] == "Mass graves, reported by B"
    again = _cli("merge", demo_path, laptop_b, "--json", CASEFILE_OTHER_PASSPHRASE=OTHER)
    assert json.loads(again.stdout)["conflicts"] == 0 and json.loads(again.stdout)["updated"] == 0
    assert _cli("verify", demo_path).returncode == 0
    assert run_cli("verify", laptop_b, passphrase=OTHER).returncode == 0


def test_dry_run_previews_and_writes_nothing(demo_path: Path, laptop_b: Path) -> None:
    _edit(laptop_b, OTHER, "pl-khavaran", notes="B")
    before = file_snapshot(demo_path)
    done = _cli("merge", demo_path, laptop_b, "--dry-run", CASEFILE_OTHER_PASSPHRASE=OTHER)
    assert done.returncode == 0 and "would bring" in done.stderr and "1 updated" in done.stderr
    assert file_snapshot(demo_path)["main"][0] == before["main"][0]


@pytest.mark.parametrize("case", ["wrong passphrase", "not a case file", "unrelated", "missing"])
def test_bad_other_file_gives_a_message_and_changes_nothing(demo_path: Path, laptop_b: Path, tmp_path: Path,
                                                            case: str) -> None:  # fmt: skip
    other, env = laptop_b, {"CASEFILE_OTHER_PASSPHRASE": OTHER}
    if case == "wrong passphrase":
        env = {"CASEFILE_OTHER_PASSPHRASE": "not it"}
    elif case == "not a case file":
        other = tmp_path / "photo.jpg"
        other.write_bytes(b"\xff\xd8\xff" + bytes(5000))
    elif case == "unrelated":
        other = tmp_path / "other-case.casefile"
        with CaseFile.create(other, None) as cf:
            records.save(cf, "places", {"id": "pl-evin", "name": {"en": "Evin Hotel"}})
    else:
        other = tmp_path / "nowhere.casefile"
    before = file_snapshot(demo_path)
    other_before = file_snapshot(other) if other.exists() else None
    done = _cli("merge", demo_path, other, **env)
    assert done.returncode == 1
    assert done.stderr.startswith("casefile: ") and len(done.stderr.strip().splitlines()) <= 2, done.stderr
    expected = {"wrong passphrase": "wrong passphrase", "not a case file": "not a case file",
                "unrelated": "--unrelated", "missing": "no such case file"}[case]  # fmt: skip
    assert expected in done.stderr
    assert file_snapshot(demo_path)["main"] == before["main"]
    if other_before is not None:
        assert file_snapshot(other)["main"] == other_before["main"]


def test_a_share_of_one_victim_holds_what_is_about_them_and_nothing_else(demo_path: Path, tmp_path: Path) -> None:
    share = tmp_path / "sister.casefile"
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        victim = records.list_rows(cf, "persons", role="victim", limit=1)[0].id
        acts = {r.id for r in records.referring_records(cf, victim, "acts", "victim")}
        other_victims = {r.id for r in records.list_rows(cf, "persons", role="victim", limit=100)} - {victim}
    done = _cli("share", demo_path, "-o", share, "--person", victim, "--plain")
    assert done.returncode == 0, done.stderr
    with CaseFile.open(share) as cf:
        held = {r[0] for r in cf.conn.execute("SELECT id FROM records")}
    assert victim in held and acts <= held
    # another victim travels only when something about this one refers to them
    assert len(held & other_victims) < len(other_victims)
    again = _cli("share", demo_path, "-o", share, "--person", victim, "--plain")
    assert again.returncode == 1 and "exists already" in again.stderr


def test_an_older_copy_must_be_opened_once_before_it_is_merged(demo_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.casefile"
    shutil.copy2(Path(__file__).parent / "support" / "schema2" / "plain.casefile", old)
    before = file_snapshot(old)
    done = _cli("merge", demo_path, old)
    assert done.returncode == 1 and "older schema" in done.stderr
    assert file_snapshot(old)["main"] == before["main"]
