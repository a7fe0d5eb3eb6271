"""`casefile duplicates`, `casefile same` and `casefile not-same` on a real encrypted file, in a
child process as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile import exchange, records
from casefile.store import CaseFile
from tests.support.documents import minimal_document
from tests.support.helpers import PASSPHRASE, file_snapshot, run_cli

PERSONS = [
    {"id": "v-1", "name": {"fa": "محمدرضا کریمی"}, "father_name": {"fa": "حسین"}, "birth": "1961", "sex": "male"},
    {"id": "v-2", "name": {"en": "Karimy Mohammad Reza"}, "father_name": {"en": "Hosein"}, "birth": "1962"},
    {"id": "v-3", "name": {"fa": "محمدرضا کریمی"}, "father_name": {"fa": "محمود"}, "birth": "1972"},
    {"id": "v-4", "name": {"fa": "فاطمه رضایی"}, "birth": "1958", "sex": "female"},
    {"id": "v-5", "name": {"en": "Fatemeh Rezai"}, "birth": "1958", "sex": "female"},
]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "dups.casefile"
    acts = [{"id": "a-1", "victim": "v-2", "type": "execution", "date": "1988-08-10"}]
    with CaseFile.create(path, PASSPHRASE) as cf:
        exchange.import_document(cf, minimal_document(persons=PERSONS, acts=acts))
    return path


def _duplicates(path: Path, *extra: str) -> list[dict]:
    done = run_cli("duplicates", path, "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_duplicates_lists_likely_pairs_best_first_with_reasons_in_words(path: Path):
    found = _duplicates(path)
    assert [(d["a"], d["b"]) for d in found] == [("v-1", "v-2"), ("v-4", "v-5")]  # not the namesake v-3
    first = found[0]
    assert set(first) == {"a", "b", "score", "reasons"} and 0.9 < first["score"] <= 1
    assert "same father's name" in first["reasons"] and "birth year one apart" in first["reasons"]
    assert found[0]["score"] >= found[1]["score"]
    assert _duplicates(path, "--limit", "1") == found[:1]
    text = run_cli("duplicates", path)
    assert text.returncode == 0
    line = text.stdout.splitlines()[0].split("\t")
    assert line[1:4] == ["v-1", "v-2", "محمدرضا کریمی / Karimy Mohammad Reza"] and "same father's name" in line[4]


def test_not_same_is_remembered_and_the_pair_is_not_listed_again(path: Path):
    done = run_cli("not-same", path, "v-5", "v-4")
    assert done.returncode == 0, done.stderr
    assert [(d["a"], d["b"]) for d in _duplicates(path)] == [("v-1", "v-2")]
    assert run_cli("verify", path).returncode == 0


def test_same_merges_and_the_old_id_still_finds_the_person(path: Path, tmp_path: Path):
    done = run_cli("same", path, "v-1", "v-2")
    assert done.returncode == 0, done.stderr
    assert "merged v-2 into v-1" in done.stderr
    with CaseFile.open(path, PASSPHRASE) as cf:
        assert records.get(cf, "v-2") is None
        assert records.require(cf, "a-1").data["victim"] == "v-1"
        assert records.resolve_id(cf, "v-2") == "v-1"
    assert run_cli("verify", path).returncode == 0
    assert [(d["a"], d["b"]) for d in _duplicates(path)] == [("v-4", "v-5")]
    # a dossier asked for by the old id is made for the person it now is
    pdf = tmp_path / "v-2.pdf"
    done = run_cli("dossier", path, "--person", "v-2", "--audience", "un", "-o", pdf)
    assert done.returncode == 0, done.stderr
    assert "v-2 was merged into v-1; using v-1" in done.stderr and pdf.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("same", "v-1", "v-9"), "no person with id 'v-9'"),
        (("same", "v-1", "v-1"), "cannot be merged with itself"),
        (("same", "v-1", "a-1"), "no person with id 'a-1'"),
        (("not-same", "v-1", "nobody"), "no person with id 'nobody'"),
    ],
)
def test_refusals_change_nothing_and_say_why(path: Path, args: tuple[str, ...], message: str):
    before = file_snapshot(path)
    done = run_cli(args[0], path, *args[1:])
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert file_snapshot(path)["main"] == before["main"]
