"""Full-text search: Persian and Arabic letter variants, ZWNJ, diacritics, digits, tatweel, hamza,
Latin case and accents, aliases; the CLI's --json shape and --limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile import exchange, records, search
from casefile.store import CaseFile
from tests.support.documents import minimal_document
from tests.support.helpers import run_cli

PERSONS = [
    {"id": "p-karimi", "name": {"fa": "کریمی", "en": "Karimi"}},
    {"id": "p-zwnj", "name": {"fa": "علی‌اکبر کریمی‌نژاد", "en": "Ali-Akbar Karimi-Nejad"}},
    {"id": "p-nozwnj", "name": {"fa": "حسن رحیمینژاد"}},
    {"id": "p-diacritics", "name": {"fa": "مُحَمَّد رَضا"}},
    {"id": "p-tatweel", "name": {"fa": "جـــواد"}},
    {"id": "p-hamza", "name": {"fa": "أحمد مؤمنی"}, "notes": "مسئول بند"},
    {"id": "p-plain-hamza", "name": {"fa": "سعید رئوفی"}},
    {"id": "p-teh", "name": {"fa": "فاطمة"}},
    {"id": "p-accents", "name": {"en": "Gérard Müller-Çelik"}},
    {"id": "p-upper", "name": {"en": "MONTAZERI"}},
    {
        "id": "p-raisi",
        "name": {"fa": "ابراهیم رئیسی", "en": "Ebrahim Raisi"},
        "aliases": [{"name": "Raeesi", "kind": "transliteration"}, "Ebrahim Rais al-Sadati"],
    },  # fmt: skip
    {"id": "p-assumed", "name": {"en": "Hossein Nayyeri"}, "aliases": [{"name": "Hadi", "kind": "assumed_name"}]},
    {"id": "p-hyphen", "name": {"en": "Karimi-Tehrani"}},
]
EVENTS = [
    {"id": "ev-persian-digits", "title": {"fa": "اعدام‌های ۱۳۶۷"}, "start": "1988"},
    {"id": "ev-ascii-digits", "title": {"en": "Executions of 1988"}, "description": "committee 1367 Evin"},
    {"id": "ev-arabic-digits", "title": {"en": "Arabic-Indic"}, "description": "العام ١٩٨٩"},
]
TESTIMONIES = [
    {
        "id": "t-1",
        "witness": "p-karimi",
        "text": "He was taken from Gohardasht to the hall on a Tuesday.",
        "summary": "Zyzzyva summary",
    },  # fmt: skip
]


@pytest.fixture
def searchable(plain_case: CaseFile) -> CaseFile:
    exchange.import_document(plain_case, minimal_document(persons=PERSONS, events=EVENTS, testimonies=TESTIMONIES))
    return plain_case


def ids(cf: CaseFile, query: str, **kw) -> set[str]:
    return {h.id for h in search.search(cf, query, **kw)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("كريمي", "p-karimi"),  # Arabic yeh and kaf find Persian ی and ک
        ("کریمی", "p-karimi"),
        ("كريمي", "p-zwnj"),  # as a word prefix: کریمی‌نژاد
        ("کریمینژاد", "p-zwnj"),  # stored with ZWNJ, searched without
        ("رحیمی\u200cنژاد", "p-nozwnj"),  # stored without ZWNJ, searched with
        ("محمد", "p-diacritics"),  # stored with harakat, searched without
        ("مُحمّد", "p-diacritics"),
        ("جواد", "p-tatweel"),  # stored with tatweel
        ("جـواد", "p-tatweel"),  # searched with tatweel
        ("احمد", "p-hamza"),  # أ
        ("مومنی", "p-hamza"),  # ؤ
        ("مسیول", "p-hamza"),  # ئ in the notes
        ("رئیسی", "p-raisi"),
        ("رییسی", "p-raisi"),
        ("فاطمه", "p-teh"),  # teh marbuta
        ("1367", "ev-persian-digits"),  # ASCII digits find Persian ones
        ("۱۳۶۷", "ev-ascii-digits"),  # Persian digits find ASCII ones
        ("١٣٦٧", "ev-ascii-digits"),  # Arabic-Indic digits find ASCII ones
        ("1989", "ev-arabic-digits"),  # ASCII finds Arabic-Indic
        ("۱۹۸۹", "ev-arabic-digits"),
        ("gerard", "p-accents"),
        ("GÉRARD müller", "p-accents"),
        ("celik", "p-accents"),
        ("montazeri", "p-upper"),
        ("Montazéri", "p-upper"),
        ("Raeesi", "p-raisi"),  # through the alias
        ("raeesi", "p-raisi"),
        ("Rais al-Sadati", "p-raisi"),  # a plain-string alias
        ("Hadi", "p-assumed"),  # an assumed name
        ("gohardasht tuesday", "t-1"),  # testimony text
        ("zyzzyva", "t-1"),  # testimony summary
        ("Karimi-Tehrani", "p-hyphen"),
        ("Karim", "p-karimi"),  # prefix, as the user types
    ],
)
def test_search_finds_record_whatever_the_variant(searchable: CaseFile, query: str, expected: str):
    assert expected in ids(searchable, query)


def test_search_needs_every_word(searchable: CaseFile):
    assert ids(searchable, "Ebrahim Raisi") == {"p-raisi"}
    assert ids(searchable, "Ebrahim Montazeri") == set()


def test_search_for_latin_name_does_not_match_unrelated_records(searchable: CaseFile):
    assert ids(searchable, "Raeesi") == {"p-raisi"}
    assert ids(searchable, "Nayyeri") == {"p-assumed"}


@pytest.mark.parametrize(
    "query",
    [
        "Karimi-Tehrani",
        '"unbalanced',
        "a AND",
        "OR",
        "NOT x",
        "NEAR(a b)",
        "(",
        "*",
        "title:karimi",
        "^x",
        "-",
        "'",
        "a + b",
        "\u200c",
        "",
        "   ",
        "ـــ",
    ],  # fmt: skip
)
def test_search_with_punctuation_or_fts_syntax_does_not_raise(searchable: CaseFile, query: str):
    search.search(searchable, query)


def test_hits_carry_kind_id_title_and_marked_snippet(searchable: CaseFile):
    hits = search.search(searchable, "Raeesi")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.kind, hit.id, hit.title) == ("persons", "p-raisi", "Ebrahim Raisi")
    assert "[Raeesi]" in hit.snippet  # the name as entered, not its normalised form
    assert search.search(searchable, "Raeesi", lang="fa")[0].title == "ابراهیم رئیسی"


def test_names_rank_above_body_text(plain_case: CaseFile):
    exchange.import_document(
        plain_case,
        minimal_document(
            persons=[
                {"id": "p-mentions", "name": {"en": "Someone Else"}, "notes": "visited Lajevardi in prison"},
                {"id": "p-named", "name": {"en": "Asadollah Lajevardi"}},
            ]
        ),
    )
    assert [h.id for h in search.search(plain_case, "Lajevardi")] == ["p-named", "p-mentions"]


def test_search_follows_updates_and_deletes(searchable: CaseFile):
    rec = records.get(searchable, "p-upper").data
    records.save(searchable, "persons", {**rec, "name": {"en": "Hossein-Ali Montazeri"}, "notes": "Quokka"})
    assert "p-upper" in ids(searchable, "quokka")
    records.delete(searchable, "p-upper")
    assert ids(searchable, "quokka") == set()
    assert ids(searchable, "montazeri") == set()


def test_search_limit_and_kind(searchable: CaseFile):
    assert len(search.search(searchable, "کریمی", limit=1)) == 1
    assert len(search.search(searchable, "کریمی")) >= 2
    assert ids(searchable, "1367", kind="events") == {"ev-persian-digits", "ev-ascii-digits"}


def test_cli_search_json_has_kind_id_title_snippet_and_obeys_limit(demo_path: Path):
    done = run_cli("search", demo_path, "Raeesi", "--json")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert isinstance(hits, list) and hits
    for hit in hits:
        assert set(hit) == {"kind", "id", "title", "snippet"}
        assert all(isinstance(v, str) for v in hit.values())
    assert hits[0]["id"] == "p-raisi" and hits[0]["kind"] == "persons"

    many = json.loads(run_cli("search", demo_path, "اوین", "--json").stdout)
    assert len(many) > 2
    limited = run_cli("search", demo_path, "اوین", "--json", "--limit", "2")
    assert limited.returncode == 0
    assert json.loads(limited.stdout) == many[:2]


def test_cli_search_text_output_and_no_matches(demo_path: Path):
    done = run_cli("search", demo_path, "كريمي")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines and all(len(line.split("\t")) == 4 for line in lines)
    none = run_cli("search", demo_path, "Xylophonist")
    assert none.returncode == 0 and none.stdout == "" and "no matches" in none.stderr
    assert run_cli("search", demo_path, "Karimi-Tehrani").returncode == 0
    bad_limit = run_cli("search", demo_path, "x", "--limit", "0")
    assert bad_limit.returncode == 2


def test_untitled_records_are_titled_by_the_names_they_refer_to(plain_case: CaseFile):
    exchange.import_document(
        plain_case,
        minimal_document(
            persons=[{"id": "p-v", "name": {"en": "Parvin Nikbakht", "fa": "پروین نیک‌بخت"}}],
            acts=[{"id": "a-1", "victim": "p-v", "type": "enforced_disappearance", "notes": "taken from Evin"}],
        ),
    )
    hit = search.search(plain_case, "Evin")[0]
    assert (hit.kind, hit.id) == ("acts", "a-1")
    assert hit.title == "enforced disappearance: Parvin Nikbakht"
    assert search.search(plain_case, "Evin", lang="fa")[0].title == "enforced disappearance: پروین نیک‌بخت"
