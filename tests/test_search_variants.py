"""Search across the ways one name is written: a space or a zero-width non-joiner inside a name,
and transliteration variants (through the names' matching keys), found after the exact matches;
`casefile search` stays light (no rapidfuzz, no write path)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile import exchange, search
from casefile.store import CaseFile
from tests.support.documents import minimal_document
from tests.support.helpers import REPO, child_env, run_cli

PERSONS = [
    {"id": "p-zwnj", "name": {"fa": "علی‌اکبر کریمی‌نژاد"}},
    {"id": "p-space", "name": {"fa": "حسن کریمی نژاد"}},
    {"id": "p-rezaei", "name": {"en": "Ahmad Rezaei"}},
    {"id": "p-rezai", "name": {"en": "Majid Rezai"}},
    {"id": "p-rezaei-fa", "name": {"fa": "مریم رضایی"}},
    {"id": "p-compound", "name": {"en": "Mohammad Reza Tehrani"}},
    {"id": "p-karimy", "name": {"en": "Parvin Karimy"}},
]


@pytest.fixture
def case(plain_case: CaseFile) -> CaseFile:
    exchange.import_document(plain_case, minimal_document(persons=PERSONS))
    return plain_case


def ids(cf: CaseFile, query: str) -> list[str]:
    return [h.id for h in search.search(cf, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("کریمی نژاد", {"p-zwnj", "p-space"}),  # space typed: finds the ZWNJ spelling too
        ("کریمی\u200cنژاد", {"p-zwnj", "p-space"}),  # ZWNJ typed: finds the space spelling too
        ("کریمینژاد", {"p-zwnj", "p-space"}),  # typed joined
        ("Karimi Nejad", {"p-zwnj", "p-space"}),  # the other script, through the keys
    ],
)
def test_space_and_zwnj_inside_a_name_are_the_same(case: CaseFile, query: str, expected: set[str]):
    assert expected <= set(ids(case, query))


def test_transliteration_variants_come_after_the_exact_matches(case: CaseFile):
    found = ids(case, "Rezai")
    assert found[0] == "p-rezai"  # exactly as typed, first
    assert set(found[1:]) == {"p-rezaei", "p-rezaei-fa"}  # then Rezaei and رضایی
    found = ids(case, "Rezaei")
    assert found[0] == "p-rezaei" and set(found[1:]) == {"p-rezai", "p-rezaei-fa"}
    assert set(ids(case, "Karimi")) == {"p-karimy", "p-space", "p-zwnj"}  # Karimy, and Karimi-Nejad as a prefix
    assert ids(case, "Mohammadreza Tehrani") == ["p-compound"]


def test_variants_respect_the_limit_and_unrelated_names_stay_out(case: CaseFile):
    assert ids(case, "Rezaei")[:1] == [h.id for h in search.search(case, "Rezaei", limit=1)]
    assert ids(case, "Tehran Rezaei") == []


def test_cli_search_finds_variants_and_imports_neither_rapidfuzz_nor_the_write_path(tmp_path: Path):
    path = tmp_path / "s.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, minimal_document(persons=PERSONS))
    done = run_cli("search", path, "Rezai", "--json")
    assert done.returncode == 0, done.stderr
    assert [h["id"] for h in json.loads(done.stdout)][0] == "p-rezai"
    code = (
        "import sys; from casefile.cli import main; main(['search', sys.argv[1], 'کریمی نژاد']); "
        "print(sorted(m for m in sys.modules if m in ('rapidfuzz', 'casefile.records', 'casefile.linkage')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=child_env(None), cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
