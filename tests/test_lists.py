"""Lists as the app shows them: persons under their roles, Persian order, filtering in either script."""

from __future__ import annotations

from casefile import exchange, records
from casefile.store import CaseFile
from tests.support.documents import minimal_document

PEOPLE = [
    {"id": "p-b", "name": {"fa": "بهرام", "en": "Zand"}},
    {"id": "p-a", "name": {"fa": "آرش", "en": "Yazdi"}},
    {"id": "p-s", "name": {"fa": "سیمین", "en": "Amini"}},
    {"id": "p-p", "name": {"fa": "پروین", "en": "Xerxes"}},
    {"id": "p-k", "name": {"fa": "کوروش", "en": "Bahrami"}},
    {"id": "p-declared", "name": {"en": "Only Declared"}, "roles": ["victim"]},
    {"id": "p-witness", "name": {"en": "A Witness"}},
    {"id": "p-mother", "name": {"en": "A Mother"}},
    {"id": "p-official", "name": {"en": "An Official"}},
]


def _fill(cf: CaseFile) -> None:
    exchange.import_document(
        cf,
        minimal_document(
            persons=PEOPLE,
            acts=[{"id": f"a-{p}", "victim": p, "type": "arrest"} for p in ("p-a", "p-b", "p-s", "p-p", "p-k")],
            testimonies=[{"id": "t-1", "witness": "p-witness", "text": "..."}],
            relations=[{"id": "r-1", "person": "p-mother", "is": "mother", "of": "p-a"}],
            positions=[{"id": "pos-1", "person": "p-official", "title": {"en": "Prosecutor"}}],
        ),
    )


def _ids(rows: list[records.Row]) -> list[str]:
    return [r.id for r in rows]


def test_persian_lists_are_in_persian_alphabetical_order(plain_case: CaseFile):
    _fill(plain_case)
    victims = ["p-a", "p-b", "p-s", "p-p", "p-k"]
    en = [i for i in _ids(records.list_rows(plain_case, "persons", role="victim")) if i in victims]
    fa = [i for i in _ids(records.list_rows(plain_case, "persons", role="victim", lang="fa")) if i in victims]
    assert en == ["p-s", "p-k", "p-p", "p-a", "p-b"]  # Amini, Bahrami, Xerxes, Yazdi, Zand
    # آرش، بهرام، پروین، سیمین، کوروش: پ after ب and ک after س, not after every Arabic letter
    assert fa == ["p-a", "p-b", "p-p", "p-s", "p-k"]


def test_filter_finds_a_person_by_either_script(plain_case: CaseFile):
    _fill(plain_case)
    assert _ids(records.list_rows(plain_case, "persons", filter_text="سيمين")) == ["p-s"]  # Arabic yeh typed
    assert _ids(records.list_rows(plain_case, "persons", filter_text="amin")) == ["p-s"]
    assert records.count(plain_case, "persons", filter_text="بهرام") == 1
    assert _ids(records.list_rows(plain_case, "persons", filter_text="كوروش")) == ["p-k"]  # Arabic kaf typed


def test_roles_come_from_what_refers_to_a_person_or_what_they_declare(plain_case: CaseFile):
    _fill(plain_case)
    victims = set(_ids(records.list_rows(plain_case, "persons", role="victim")))
    assert victims == {"p-a", "p-b", "p-s", "p-p", "p-k", "p-declared"}
    assert records.roles_of(plain_case, "p-witness") == ["witness"]
    assert records.roles_of(plain_case, "p-mother") == ["relative"]
    assert records.roles_of(plain_case, "p-official") == ["official"]
    assert set(_ids(records.list_person_rows(plain_case, ["relative", "witness"]))) == {"p-witness", "p-mother"}


def test_roles_follow_edits_and_deletions(plain_case: CaseFile):
    _fill(plain_case)
    records.delete(plain_case, "a-p-b")
    assert "victim" not in records.roles_of(plain_case, "p-b")
    records.save(plain_case, "testimonies", {"id": "t-2", "witness": "p-b", "text": "..."})
    assert records.roles_of(plain_case, "p-b") == ["witness"]
    records.save(plain_case, "testimonies", {"id": "t-2", "witness": "p-s", "text": "..."})
    assert records.roles_of(plain_case, "p-b") == []
    assert records.roles_of(plain_case, "p-s") == ["victim", "witness"]


def test_derived_roles_say_which_kind_of_record_gives_them(plain_case: CaseFile):
    _fill(plain_case)
    assert records.derived_roles(plain_case, "p-a") == [("victim", "acts")]
    assert records.derived_roles(plain_case, "p-official") == [("official", "positions")]
    assert records.derived_roles(plain_case, "p-declared") == []  # declared, not derived
