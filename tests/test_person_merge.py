"""Merging two records of one person: one id kept, the other's names as aliases, differing values
kept as reported variants with their sources, every link re-pointed, the stricter consent, all or
nothing, audited, undoable, and the merged id still finding the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile import decisions, exchange, person_merge, records
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.documents import minimal_document
from tests.support.helpers import PASSPHRASE, counts

PERSONS = [
    {
        "id": "v-1",
        "name": {"fa": "علی کریمی", "en": "Ali Karimi"},
        "sex": "male",
        "father_name": {"fa": "حسن"},
        "birth": "1960",
        "occupation": "teacher",
        "family_consent": {"given_by": "w-sister", "share_with": ["un", "public"], "name": "full"},
        "confidentiality": "public",
        "notes": "From the family's list.",
    },
    {
        "id": "v-2",
        "name": {"en": "Karimy Ali"},
        "aliases": ["Ali K."],
        "roles": ["victim"],
        "sex": "male",
        "father_name": {"en": "Hassan"},
        "birth": "1961",
        "birth_place": "pl-tehran",
        "occupation": "student",
        "family_consent": {"share_with": ["un", "lawyers"], "name": "full", "withdrawn": "2023-01-01"},
        "confidentiality": "restricted",
        "notes": "From the 1989 list.",
    },
    {"id": "w-sister", "name": {"fa": "مریم کریمی"}, "sex": "female"},
    {"id": "w-cellmate", "name": {"en": "Cell Mate"}},
]
DOC = minimal_document(
    persons=PERSONS,
    places=[{"id": "pl-tehran", "name": {"en": "Tehran"}}],
    events=[{"id": "ev-1988", "title": {"en": "1988 executions"}}],
    acts=[
        {"id": "a-1", "victim": "v-1", "type": "arrest", "date": "1981"},
        {"id": "a-2", "victim": "v-2", "type": "execution", "date": "1988-08-10", "event": "ev-1988"},
    ],
    involvements=[{"id": "inv-1", "role": "ordered", "person": "w-cellmate", "act": "a-2"}],
    relations=[
        {"id": "r-1", "person": "w-sister", "is": "sibling", "of": "v-2"},
        {"id": "r-2", "person": "v-1", "is": "relative", "of": "v-2"},  # would say he is his own relative
        {"id": "r-3", "person": "w-cellmate", "is": "cellmate", "of": "v-2"},
    ],
    interventions=[{"id": "i-1", "victim": "v-2", "kind": "letter", "by": "w-sister"}],
    testimonies=[
        {"id": "t-1", "witness": "w-sister", "about": ["v-2", "v-1"], "text": "He was taken in 1981."},
        {"id": "t-2", "witness": "v-2", "text": "A letter he wrote from prison.", "consent": {"given_by": "v-2"}},
    ],
    sources=[{"id": "src-list", "title": {"en": "List of 1989"}}],
    citations=[
        {"id": "c-1", "source": "src-list", "supports": "v-2"},
        {"id": "c-2", "source": "src-list", "supports": "a-2"},
    ],
)


@pytest.fixture
def case(tmp_path: Path):
    path = tmp_path / "merge.casefile"
    with CaseFile.create(path, PASSPHRASE) as cf:
        exchange.import_document(cf, DOC)
    with CaseFile.open(path, PASSPHRASE) as cf:
        yield cf


def test_merge_keeps_one_id_and_every_link_now_points_at_it(case: CaseFile):
    person_merge.merge_persons(case, "v-1", "v-2")
    assert records.get(case, "v-2") is None
    assert records.referrers(case, "v-2") == []
    get = lambda rid: records.require(case, rid).data  # noqa: E731
    assert get("a-2")["victim"] == "v-1"
    assert get("r-1")["of"] == "v-1" and get("r-3")["of"] == "v-1"
    assert records.get(case, "r-2") is None  # "v-1 is a relative of v-1" means nothing
    assert get("i-1")["victim"] == "v-1"
    assert get("t-1")["about"] == ["v-1"]  # once, not twice
    assert get("t-2")["witness"] == "v-1" and get("t-2")["consent"]["given_by"] == "v-1"
    assert get("c-1")["supports"] == "v-1"
    kinds = {link.from_id for link in records.referrers(case, "v-1")}
    assert {"a-1", "a-2", "r-1", "r-3", "i-1", "t-1", "t-2", "c-1"} <= kinds
    assert verify(case).ok, verify(case).problems


def test_merge_turns_names_into_aliases_and_keeps_differing_values_with_their_sources(case: CaseFile):
    person_merge.merge_persons(case, "v-1", "v-2")
    kept = records.require(case, "v-1").data
    assert kept["name"] == {"fa": "علی کریمی", "en": "Ali Karimi"}
    assert {"name": "Karimy Ali", "kind": "transliteration"} in kept["aliases"] and "Ali K." in kept["aliases"]
    assert kept["roles"] == ["victim"]
    assert kept["father_name"] == {"fa": "حسن", "en": "Hassan"}  # one name, now in both scripts
    assert kept["birth"] == "1960" and kept["occupation"] == "teacher"
    assert kept["birth_place"] == "pl-tehran"  # only the other record had it
    assert kept["notes"] == "From the family's list.\n\nFrom the 1989 list."
    (entry,) = kept["merged"]
    assert entry["id"] == "v-2" and entry["sources"] == ["src-list"]
    assert entry["values"]["birth"] == "1961" and entry["values"]["occupation"] == "student"


def test_merge_takes_the_stricter_consent_and_confidentiality(case: CaseFile):
    person_merge.merge_persons(case, "v-1", "v-2")
    kept = records.require(case, "v-1").data
    consent = kept["family_consent"]
    assert consent["share_with"] == ["un"]  # only what both allowed
    assert consent["withdrawn"] == "2023-01-01"  # withdrawn on one record: withdrawn
    assert consent["given_by"] == "w-sister"
    assert kept["confidentiality"] == "restricted"
    assert kept["merged"][0]["values"]["family_consent"]["share_with"] == ["un", "lawyers"]


def test_the_merged_id_still_finds_the_person(case: CaseFile, tmp_path: Path):
    person_merge.merge_persons(case, "v-1", "v-2")
    assert records.resolve_id(case, "v-2") == "v-1"
    assert records.resolve_id(case, "v-1") == "v-1"
    assert records.resolve_id(case, "nobody") is None
    # the merge travels in the exchange format: another copy knows the old id too
    doc = exchange.export_document(case)
    with CaseFile.create(tmp_path / "copy.casefile", None) as other:
        exchange.import_document(other, doc)
        assert records.resolve_id(other, "v-2") == "v-1"


def test_merge_is_audited_with_a_same_decision(case: CaseFile):
    before = counts(case)["audit"]
    person_merge.merge_persons(case, "v-1", "v-2")
    rows = case.conn.execute(
        "SELECT action, kind, record_id FROM audit WHERE seq > ? ORDER BY seq", (before,)
    ).fetchall()
    actions = {(action, rid) for action, _, rid in rows}
    assert ("update", "v-1") in actions and ("delete", "v-2") in actions and ("delete", "r-2") in actions
    assert ("update", "a-2") in actions and ("update", "c-1") in actions
    assert ("decide", "v-1|v-2") in actions
    assert decisions.decision_of(case, "v-2", "v-1") == decisions.SAME


def test_merge_is_all_or_nothing(case: CaseFile, monkeypatch: pytest.MonkeyPatch):
    before_doc, before_counts = exchange.export_document(case), counts(case)

    def fail(self, record_id, *args, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(records.RecordWriter, "delete", fail)
    with pytest.raises(OSError):
        person_merge.merge_persons(case, "v-1", "v-2")
    assert exchange.export_document(case) == before_doc
    assert counts(case) == before_counts
    assert decisions.decision_of(case, "v-1", "v-2") is None


def _by_id(doc: dict) -> dict:
    return {kind: {r["id"]: r for r in items} for kind, items in doc.items() if isinstance(items, list)}


def test_unmerge_puts_everything_back(case: CaseFile):
    before_doc = exchange.export_document(case)
    result = person_merge.merge_persons(case, "v-1", "v-2")
    person_merge.unmerge(case, result)
    assert _by_id(exchange.export_document(case)) == _by_id(before_doc)  # records re-made come last
    assert decisions.decision_of(case, "v-1", "v-2") is None
    assert verify(case).ok, verify(case).problems


def test_a_person_is_not_merged_with_itself_or_with_a_record_of_another_list(case: CaseFile):
    from casefile.errors import CasefileError, RecordNotFound

    with pytest.raises(CasefileError, match="itself"):
        person_merge.merge_persons(case, "v-1", "v-1")
    with pytest.raises(RecordNotFound):
        person_merge.merge_persons(case, "v-1", "a-1")
