"""The 1.1 additions to the exchange format: per-audience family naming, residence, circumstances,
last_seen acts with who saw the victim, and the submitter's relationship. Old documents stay valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile import consent, exchange, records
from casefile.errors import InvalidRecord
from casefile.store import CaseFile
from tests.support.documents import minimal_document

PER_AUDIENCE = {"un": "full", "amnesty": "full", "lawyers": "full", "public": "initials"}


def _victim(**more: object) -> dict:
    return {"id": "v-1", "name": {"en": "Maryam Karimi", "fa": "مریم کریمی"}, **more}


def test_per_audience_naming_is_stored_exactly_as_the_family_answered(tmp_path: Path) -> None:
    family = {"share_with": ["un", "amnesty", "lawyers", "public"], "name": PER_AUDIENCE}
    doc = minimal_document(persons=[_victim(family_consent=family)])
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        exchange.import_document(cf, doc)
        stored = records.require(cf, "v-1").data["family_consent"]
        assert stored["name"] == PER_AUDIENCE
        assert exchange.export_document(cf)["persons"][0]["family_consent"]["name"] == PER_AUDIENCE
    person = {"family_consent": family}
    assert consent.family_naming(person, "un") == ("full", None)
    assert consent.family_naming(person, "amnesty") == ("full", None)
    assert consent.family_naming(person, "public")[0] == "initials"


def test_an_audience_missing_from_the_naming_object_gets_no_name() -> None:
    person = {"family_consent": {"share_with": ["un", "amnesty"], "name": {"un": "full"}}}
    assert consent.family_naming(person, "un")[0] == "full"
    assert consent.family_naming(person, "amnesty")[0] == "initials"
    assert consent.family_naming_basis(person, "amnesty") == ("not_covered", None)
    # listed in the object but not in share_with: still no name
    person = {"family_consent": {"share_with": ["un"], "name": {"un": "full", "public": "full"}}}
    assert consent.family_naming(person, "public")[0] == "initials"


def test_a_single_naming_answer_still_means_every_listed_audience() -> None:
    person = {"family_consent": {"share_with": ["un", "lawyers"], "name": "full"}}
    assert consent.family_naming(person, "lawyers") == ("full", None)
    assert consent.family_naming(person, "amnesty")[0] == "initials"
    none = {"family_consent": {"share_with": ["un"], "name": "none"}}
    assert consent.family_naming(none, "un")[0] == "none"


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ({"un": "full", "press": "full"}, "family_consent.name"),
        ({"un": "everything"}, "family_consent.name.un"),
        ("everything", "family_consent.name"),
    ],
)
def test_a_wrong_naming_answer_is_refused_naming_the_field(tmp_path: Path, name: object, field: str) -> None:
    doc = minimal_document(persons=[_victim(family_consent={"share_with": ["un"], "name": name})])
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        with pytest.raises(InvalidRecord) as caught:
            exchange.import_document(cf, doc)
        assert records.count(cf) == 0
    assert [(p.list, p.record_id, p.field) for p in caught.value.problems] == [("persons", "v-1", field)]


def test_residence_circumstances_last_seen_and_submitter_relationship_round_trip(tmp_path: Path) -> None:
    doc = minimal_document(
        places=[{"id": "pl-evin", "name": {"en": "Evin prison"}}, {"id": "pl-rasht", "name": {"en": "Rasht"}}],
        persons=[
            _victim(
                residence="pl-rasht", circumstances={"en": "Visits stopped in Mordad 1367.", "fa": "ملاقات قطع شد."}
            ),
            {"id": "w-1", "name": {"en": "Cellmate"}},
        ],
        acts=[{"id": "a-1", "victim": "v-1", "type": "last_seen", "date": "1988-07", "place": "pl-evin", "by": "w-1"}],
    )
    doc["case"] = {"submitter": {"name": "Sara", "relationship": "sister", "confidential": True}}
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        exchange.import_document(cf, doc)
        out = exchange.export_document(cf)
        # "by" is a reference like any other: the person cannot be deleted without the act knowing
        assert any(link.from_id == "a-1" and link.field == "by" for link in records.referrers(cf, "w-1"))
    assert out["persons"][0]["residence"] == "pl-rasht"
    assert out["persons"][0]["circumstances"]["en"] == "Visits stopped in Mordad 1367."
    assert out["acts"][0] == doc["acts"][0]
    assert out["case"]["submitter"]["relationship"] == "sister"


def test_last_seen_by_must_be_a_person(tmp_path: Path) -> None:
    doc = minimal_document(
        places=[{"id": "pl-evin", "name": {"en": "Evin prison"}}],
        persons=[_victim()],
        acts=[{"id": "a-1", "victim": "v-1", "type": "last_seen", "by": "pl-evin"}],
    )
    with CaseFile.create(tmp_path / "c.cf", None) as cf, pytest.raises(InvalidRecord) as caught:
        exchange.import_document(cf, doc)
    assert [(p.list, p.record_id, p.field) for p in caught.value.problems] == [("acts", "a-1", "by")]
