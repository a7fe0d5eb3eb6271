"""The audience view (casefile.audience): what each audience may see of a real case file on disk,
for every kind of consent, with ids that hold names and names inside other names."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from casefile import exchange, records
from casefile.audience import AudienceView, audience_document
from casefile.model import AUDIENCES, LISTS
from casefile.store import CaseFile
from tests.support.documents import large_document, minimal_document

ALL = ["un", "amnesty", "lawyers", "public"]


def _doc() -> dict[str, Any]:
    """Victims with every kind of family consent, ids that hold their names, a witness who may
    not be named, a victim's father called "Hossein" and an official called "Mir Hossein Mousavi"."""
    per_audience = {"un": "full", "amnesty": "full", "lawyers": "full", "public": "initials"}
    return minimal_document(
        places=[{"id": "pl-evin", "name": {"en": "Evin prison", "fa": "زندان اوین"}}],
        events=[{"id": "ev-1", "title": {"en": "Executions of 1988"}, "confidentiality": "public"}],
        persons=[
            {
                "id": "v-karimi",
                "name": {"en": "Maryam Karimi", "fa": "مریم کریمی"},
                "father_name": {"en": "Hossein", "fa": "حسین"},
                "aliases": ["Mari"],
                "id_document": "Shenasnameh 4711",
                "family_consent": {
                    "recorded": "2020-10-03",
                    "given_by": "w-sister",
                    "share_with": ["un", "lawyers"],
                    "name": "full",
                },
                "notes": "Her father Hossein waited at the gate.",
                "circumstances": {"en": "Maryam Karimi was arrested in 1981.", "fa": "در ۱۳۶۰ بازداشت شد."},
                "confidentiality": "public",
            },
            {
                "id": "v-rahimi",
                "name": {"en": "Bahram Rahimi"},
                "notes": "No consent recorded.",
                "confidentiality": "public",
            },
            {
                "id": "v-per",
                "name": {"en": "Parvin Peraudience"},
                "family_consent": {"share_with": ["un", "amnesty", "lawyers", "public"], "name": per_audience},
                "confidentiality": "public",
            },
            {
                "id": "v-none",
                "name": {"en": "Nasrin Nonamed"},
                "family_consent": {"share_with": ["un"], "name": "none"},
                "confidentiality": "restricted",
            },
            {
                "id": "v-withdrawn",
                "name": {"en": "Wahid Withdrawn"},
                "family_consent": {"share_with": ["un"], "name": "full", "withdrawn": "2022-01-01"},
            },
            {"id": "v-secret", "name": {"en": "Sima Secret"}, "confidentiality": "confidential"},
            {
                "id": "w-sister",
                "name": {"en": "Zahra Karimi-Sister"},
                "aliases": [{"name": "Zari", "kind": "nickname"}],
                "confidentiality": "restricted",
            },
            {"id": "w-named", "name": {"en": "Nader Named"}, "confidentiality": "public"},
            {
                "id": "p-mousavi",
                "name": {"en": "Mir Hossein Mousavi"},
                "notes": "Prime minister.",
                "confidentiality": "public",
            },
            {"id": "p-cell", "name": {"en": "Cyrus Cellmate"}, "confidentiality": "public"},
        ],
        relations=[
            {"id": "rel-1", "person": "w-sister", "is": "sibling", "of": "v-karimi"},
            {"id": "rel-2", "person": "p-cell", "is": "cellmate", "of": "v-karimi"},
        ],
        acts=[
            {"id": f"a-{v}", "victim": f"v-{v}", "type": "execution", "event": "ev-1", "confidentiality": "public"}
            for v in ("karimi", "rahimi", "per", "none", "withdrawn", "secret")
        ]
        + [
            {
                "id": "a-seen",
                "victim": "v-karimi",
                "type": "last_seen",
                "place": "pl-evin",
                "by": "p-cell",
                "notes": "Seen in the corridor.",
                "confidentiality": "public",
            }
        ],
        involvements=[
            {
                "id": "inv-1",
                "role": "was_informed",
                "person": "p-mousavi",
                "event": "ev-1",
                "basis": "Mir Hossein Mousavi said so in 2009.",
                "notes": "Public statement.",
            }
        ],
        testimonies=[
            {
                "id": "t-sister",
                "witness": "w-sister",
                "about": ["v-karimi"],
                "text": "My sister was taken to Evin.",
                "summary": "The sister's account.",
                "consent": {"share_with": ["un", "amnesty", "lawyers", "public"], "name_witness": False},
                "confidentiality": "public",
            },
            {
                "id": "t-names-rahimi",
                "witness": "w-named",
                "about": ["v-karimi"],
                "text": "Bahram Rahimi shared our cell.",
                "consent": {"share_with": ["un", "amnesty", "lawyers", "public"], "name_witness": True},
                "confidentiality": "public",
            },
            {
                "id": "t-named",
                "witness": "w-named",
                "about": ["v-karimi"],
                "text": "I saw her last in August.",
                "consent": {"share_with": ["un", "amnesty", "lawyers", "public"], "name_witness": True},
                "confidentiality": "public",
            },
        ],
    )


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audience") / "c.cf"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, _doc())
    return path


@pytest.fixture
def cf(case: Path):
    with CaseFile.open(case, None) as opened:
        yield opened


@pytest.mark.parametrize(
    ("victim", "expected"),
    [
        ("v-karimi", {"un": "full", "amnesty": "initials", "lawyers": "full", "public": "initials"}),
        ("v-rahimi", dict.fromkeys(ALL, "initials")),
        ("v-per", {"un": "full", "amnesty": "full", "lawyers": "full", "public": "initials"}),
        ("v-none", {"un": "none", "amnesty": "initials", "lawyers": "initials", "public": "hidden"}),
        ("v-withdrawn", {"un": "initials", "amnesty": "initials", "lawyers": "initials", "public": "hidden"}),
        ("v-secret", dict.fromkeys(ALL, "hidden")),
    ],
)
def test_every_consent_combination_names_the_victim_as_allowed(cf: CaseFile, victim: str, expected: dict) -> None:
    assert {a: AudienceView(cf, a).naming(victim).level for a in ALL} == expected


def test_per_audience_family_answer_gives_the_un_the_full_name_and_the_public_initials(cf: CaseFile) -> None:
    assert AudienceView(cf, "un").record("v-per")["name"] == {"en": "Parvin Peraudience"}
    assert AudienceView(cf, "public").record("v-per")["name"] == {"en": "P. P."}


def test_a_victim_not_named_keeps_no_identifying_field(cf: CaseFile) -> None:
    view = AudienceView(cf, "amnesty")
    shown = view.record("v-karimi")
    assert shown["name"] == {"en": "M. K.", "fa": "م. ک."}
    for field in ("father_name", "aliases", "id_document"):
        assert field not in shown
    text = json.dumps(shown, ensure_ascii=False)
    for needle in ("Maryam", "Karimi", "مریم", "کریمی", "Hossein", "Mari", "4711", "v-karimi"[2:]):
        assert needle not in text.replace('"id": "v-karimi"', ""), needle
    # the notes name the withheld father, the English narrative the victim: both withheld whole,
    # the Persian narrative (no name in it) kept
    assert "notes" not in shown
    assert shown["circumstances"] == {"fa": "در ۱۳۶۰ بازداشت شد."}
    reported = [str(w) for w in view.withheld]
    assert any("notes of person v-karimi" in r and "v-karimi" in r for r in reported)
    assert any("name of person v-karimi" in r for r in reported)


def test_a_withheld_name_inside_another_persons_name_leaves_that_name_whole(cf: CaseFile) -> None:
    view = AudienceView(cf, "amnesty")  # Maryam's father "Hossein" is withheld here
    assert view.record("p-mousavi")["name"] == {"en": "Mir Hossein Mousavi"}
    inv = view.record("inv-1")
    assert "basis" not in inv  # free text holding the word "Hossein": withheld whole, never rewritten
    assert inv["notes"] == "Public statement."
    named = AudienceView(cf, "un")  # the father may be named with his daughter: nothing withheld
    assert named.record("inv-1")["basis"] == "Mir Hossein Mousavi said so in 2009."


def test_a_witness_who_may_not_be_named_appears_only_under_a_reference(cf: CaseFile) -> None:
    for audience in ALL:
        view = AudienceView(cf, audience)
        assert view.naming("w-sister").level == "reference"
        assert view.record("w-sister") == {"id": "w-sister", "name": {"en": view.reference("w-sister")}}
        assert view.relation("w-sister") == "relative"
    assert AudienceView(cf, "un").naming("w-named").named


def test_a_person_nothing_lets_be_named_is_not_named(cf: CaseFile) -> None:
    view = AudienceView(cf, "un")
    assert view.naming("p-cell").level == "reference"
    assert view.relation("p-cell") == "cellmate"
    assert view.record("a-seen")["by"] == "p-cell"  # the act stays, its "by" shown through the view


def test_a_text_naming_a_victim_who_may_not_be_named_withholds_the_testimony(cf: CaseFile) -> None:
    view = AudienceView(cf, "un")  # Bahram Rahimi has no family consent
    assert view.record("t-names-rahimi") is None
    assert view.record("t-named") is not None
    assert any("testimony t-names-rahimi" in str(w) and "v-rahimi" in str(w) for w in view.withheld)


@pytest.mark.parametrize("audience", ALL)
def test_confidential_never_and_restricted_never_public(cf: CaseFile, audience: str) -> None:
    view = AudienceView(cf, audience)
    assert view.record("v-secret") is None and view.record("a-secret") is None
    assert (view.record("a-none") is None) == (audience == "public")


def test_references_are_stable_carry_nothing_of_the_id_and_differ_per_case_file(cf: CaseFile, tmp_path: Path) -> None:
    ref = AudienceView(cf, "un").reference("v-karimi")
    assert re.fullmatch(r"V-[2-9A-HJ-NP-Z]{6}", ref)
    assert AudienceView(cf, "amnesty").reference("v-karimi") == ref
    assert "KARIMI" not in ref.upper()
    assert AudienceView(cf, "un").reference("w-sister").startswith("W-")
    assert AudienceView(cf, "un").reference("ev-1").startswith("E-")
    with CaseFile.create(tmp_path / "other.cf", None) as other:
        exchange.import_document(other, _doc())
        assert AudienceView(other, "un").reference("v-karimi") != ref


def test_a_reference_resolves_back_to_its_record_in_the_source_file(cf: CaseFile) -> None:
    refs = {rid: AudienceView(cf, "lawyers").reference(rid) for rid in ("v-karimi", "w-sister", "t-named", "pl-evin")}
    fresh = AudienceView(cf, "lawyers")  # another view: resolves from the file, not from memory
    for rid, ref in refs.items():
        assert fresh.resolve_reference(ref) == rid
    assert fresh.resolve_reference("V-222222") is None
    assert fresh.resolve_reference("v-karimi") is None


def test_references_are_computed_only_for_what_is_shown(cf: CaseFile) -> None:
    view = AudienceView(cf, "un")
    view.reference("w-sister")
    assert list(view._refs) == ["w-sister"]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_audience_export_holds_no_id_and_no_withheld_name_and_imports_as_it_is(
    cf: CaseFile, tmp_path: Path, audience: str
) -> None:
    view = AudienceView(cf, audience)
    doc = audience_document(cf, audience, view=view)
    text = json.dumps(doc, ensure_ascii=False)
    for rid, _kind in records.record_ids(cf):
        assert rid not in text, rid
    for needle in ("Zahra", "Zari", "Sima Secret", "Cyrus", "Bahram", "Rahimi"):
        assert needle not in text, needle
    if audience in ("amnesty", "public"):
        assert "Maryam" not in text and "Hossein waited" not in text
    with CaseFile.create(tmp_path / f"{audience}.cf", None) as received:
        exchange.import_document(received, doc)
        assert records.count(received) == sum(len(v) for v in doc.values() if isinstance(v, list))


def test_cli_export_for_an_audience_is_private_holds_no_id_and_reports_to_stderr(case: Path, tmp_path: Path) -> None:
    from tests.support.helpers import run_cli

    out = tmp_path / "amnesty.json"
    done = run_cli("export", case, "--audience", "amnesty", "-o", out, passphrase=None)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "v-karimi" not in text and "Maryam" not in text and "Zahra" not in text
    assert json.loads(text)["format"] == "casefile-exchange"
    # the sender learns what was left out and why; the document does not
    assert "withheld: name of person v-karimi" in done.stderr
    assert "withheld" not in text
    to_stdout = run_cli("export", case, "--audience", "public", passphrase=None)
    assert to_stdout.returncode == 0 and json.loads(to_stdout.stdout)["version"] == 1
    assert "Sima Secret" not in to_stdout.stdout
    wrong = run_cli("export", case, "--audience", "press", passphrase=None)
    assert wrong.returncode == 2


def test_names_typed_into_sources_and_custody_are_withheld_with_their_person(tmp_path: Path) -> None:
    doc = _doc()
    doc["sources"] = [
        {
            "id": "src-letter",
            "title": {"en": "Letter to the prosecutor"},
            "kind": "letter",
            "author": "Zahra Karimi-Sister",
            "publisher": "Family archive",
            "attachments": [
                {
                    "filename": "letter.pdf",
                    "sha256": "0" * 64,
                    "acquired_by": "Zari",
                    "custody": [{"by": "Archivist A", "action": "received from Zari"}],
                }
            ],
        }
    ]
    doc["citations"] = [{"id": "cit-1", "source": "src-letter", "supports": "a-karimi", "locator": "p. 2"}]
    doc["testimonies"][0]["recorded_by"] = "Nader Named"
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        exchange.import_document(cf, doc)
        view = AudienceView(cf, "un")
        src = view.record("src-letter")
        assert "author" not in src and src["publisher"] == "Family archive"
        att = src["attachments"][0]
        assert "acquired_by" not in att and att["custody"] == [{"by": "Archivist A"}]
        assert view.record("cit-1")["locator"] == "p. 2"
        assert view.record("t-sister")["recorded_by"] == "Nader Named"  # a named witness: kept
        text = json.dumps(audience_document(cf, "un"), ensure_ascii=False)
        assert "Zahra" not in text and "Zari" not in text


def test_texts_naming_withheld_persons_are_found_alike_one_text_at_a_time_or_all_names_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dossier looks each text's phrases up in the file's index of names (reading only the persons
    a text names); an output checking thousands of texts reads every name once instead. Both withhold
    the same texts for the same reasons, and a name added or removed by an edit counts at once."""
    import casefile.audience as audience_module

    path = tmp_path / "c.cf"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, _doc())
        ids = [rid for rid, _kind in records.record_ids(cf)]

        def seen(audience: str) -> tuple[list[str], list[Any]]:
            view = AudienceView(cf, audience)
            shown = [rid for rid in ids if view.record(rid) is not None]
            return shown, sorted(view.withheld, key=str)

        by_lookup = {a: seen(a) for a in ALL}
        monkeypatch.setattr(audience_module, "_NAME_LOOKUPS", 0)  # every name read at once
        assert {a: seen(a) for a in ALL} == by_lookup
        monkeypatch.undo()
        assert "inv-1" in by_lookup["amnesty"][0]  # kept, with its basis naming "Hossein" withheld

        # an alias given later to a victim who may not be named takes a text naming it with it
        rahimi = records.get(cf, "v-rahimi")
        assert rahimi is not None
        records.save(cf, "persons", {**rahimi.data, "aliases": ["Golnar Testalias"]})
        named = records.get(cf, "t-named")
        assert named is not None
        records.save(cf, "testimonies", {**named.data, "text": "I saw golnar  TESTALIAS last in August."})
        assert AudienceView(cf, "un").record("t-named") is None
        # its first word written twice before it: found where it begins, one text or all at once
        records.save(cf, "testimonies", {**named.data, "text": "Golnar golnar Testalias was taken in August."})
        assert AudienceView(cf, "un").record("t-named") is None
        monkeypatch.setattr(audience_module, "_NAME_LOOKUPS", 0)
        assert AudienceView(cf, "un").record("t-named") is None
        monkeypatch.undo()
        records.save(cf, "persons", rahimi.data)  # the alias removed again
        assert AudienceView(cf, "un").record("t-named") is not None


def test_record_ids_typed_in_capitals_or_with_slashes_take_their_text_with_them(tmp_path: Path) -> None:
    # "golnar" is the id of a person nothing lets be named, "box/7" a source's: typed into an
    # event's description (in capitals, or as a path), either would undo the references.
    doc = minimal_document(
        persons=[{"id": "golnar", "name": {"en": "Golnar Testi"}, "confidentiality": "public"}],
        sources=[{"id": "box/7", "title": {"en": "Archive box"}}],
        events=[
            {"id": event_id, "title": {"en": title}, "description": text, "confidentiality": "public"}
            for event_id, title, text in [
                ("ev-a", "A", "GOLNAR was taken that night."),
                ("ev-b", "B", "See archive/Box/7 for it."),
                ("ev-c", "C", "Nothing of anyone here."),
            ]
        ],
    )
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        exchange.import_document(cf, doc)
        view = AudienceView(cf, "un")
        out = audience_document(cf, "un", view=view)
    descriptions = [e.get("description") for e in out["events"]]
    assert descriptions.count(None) == 2 and "Nothing of anyone here." in descriptions
    text = json.dumps(out, ensure_ascii=False)
    assert "GOLNAR" not in text and "Box/7" not in text
    reasons = " ".join(str(w) for w in view.withheld)
    assert "golnar" in reasons and "box/7" in reasons


def test_references_stay_unique_in_a_whole_file_export_where_many_records_share_a_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 64 codes for 400 records: most share one. A whole-file output finds which codes are shared
    # before it starts and keeps owners only for those; each later record of one takes a longer code.
    from casefile import audience as audience_module

    real, mask = audience_module._number, audience_module._CODE_MASK

    def few_codes(key: bytes, rid: str, whole: bool = False) -> int:
        number = real(key, rid, whole)  # the first six digits one of 64; the digits after them real
        return number - (number & mask) + (number & mask) % 64

    monkeypatch.setattr(audience_module, "_number", few_codes)
    with CaseFile.create(tmp_path / "c.cf", None) as cf:
        exchange.import_document(cf, large_document(200, prefix="p"))
        doc = audience_document(cf, "un")
    ids = [r["id"] for kind in LISTS for r in doc.get(kind, [])]
    assert len(ids) == 400 and len(set(ids)) == 400
    assert sum(len(i) > len("V-") + audience_module.CODE_LENGTH for i in ids) >= 400 - 2 * 64  # V-, A-
    assert {a["victim"] for a in doc["acts"]} == {p["id"] for p in doc["persons"]}
    with CaseFile.create(tmp_path / "d.cf", None) as other:
        exchange.import_document(other, doc)  # every reference resolves to its record
        assert records.count(other) == 400
