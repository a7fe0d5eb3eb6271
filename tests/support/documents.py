"""Exchange documents for tests: one that uses every list and every field of the spec.

``full_document()`` is in canonical form (fields in the order of ``casefile.model.SCHEMA``, no
nulls except where a null means something), so an export of a case file that imported it is
equal to it. ``test_full_document_uses_every_field`` keeps it honest when the model grows.
"""

from __future__ import annotations

import base64
import copy
import hashlib
from typing import Any

from casefile.model import CASE_FIELDS, LISTS, SCHEMA, Field, T

PHOTO_BYTES = b"\x89PNG\r\n\x1a\n fictional photo of v-karimi " + bytes(range(256))
REPORT_BYTES = b"%PDF-1.4\n% fictional report: ATTACHMENT-CANARY-Qx7 \xff\xfe\x00\x01"
AUDIO_BYTES = bytes(range(255, -1, -1)) * 4


def attachment(filename: str, media_type: str, raw: bytes, **more: Any) -> dict[str, Any]:
    """An attachment object with its bytes (base64) and a matching sha256, in canonical order."""
    att: dict[str, Any] = {
        "filename": filename,
        "media_type": media_type,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "data": base64.b64encode(raw).decode("ascii"),
    }
    att.update(more)
    return att


def _full() -> dict[str, Any]:
    return {
        "format": "casefile-exchange",
        "version": 1,
        "case": {
            "title": "Test case: every list and every field",
            "submitter": {
                "name": "Submitter Testperson",
                "organization": "Test Documentation Group",
                "contact": "submitter@example.org",
                "relationship": "NGO acting with the families' consent",
                "confidential": True,
            },
        },
        "persons": [
            {
                "id": "v-karimi",
                "name": {"fa": "محمد‌حسین کریمی", "en": "Mohammad-Hossein Karimi"},
                "aliases": [
                    "Mohammad Hosein Karimi",
                    {"name": "Hamid", "kind": "assumed_name"},
                    {"name": "ممد", "kind": "nickname"},
                    {"name": "Abu Ali", "kind": "kunya"},
                    {"name": "M. H. Karimy", "kind": "transliteration"},
                    {"name": "Karimi the elder", "kind": "other"},
                    {"name": "Mamad"},
                ],
                "roles": ["victim"],
                "sex": "male",
                "father_name": {"fa": "علی", "en": "Ali"},
                "mother_name": {"fa": "فاطمه"},
                "birth": {"calendar": "jalali", "value": "1340"},
                "birth_place": "pl-tehran",
                "nationality": "Iranian",
                "id_document": "Shenasnameh 1234 (fictional)",
                "occupation": "student",
                "photo": attachment(
                    "karimi.png",
                    "image/png",
                    PHOTO_BYTES,
                    acquired="2020-10-03T09:30:00Z",
                    acquired_by="Test team",
                    method="scanned from a family print",
                    custody=[{"at": "2020-10-03T09:30:00Z", "by": "Test team", "action": "scanned"}],
                ),
                "affiliation": "org-pmoi",
                "burial": {"place": "pl-khavaran", "status": "disputed"},
                "death_certificate": "inaccurate",
                "family_informed": {"calendar": "jalali", "value": "1367-09"},
                "family_consent": {
                    "recorded": "2020-10-03",
                    "given_by": "w-mother",
                    "share_with": ["un", "lawyers"],
                    "withdrawn": None,
                    "notes": "Given by the mother at her home.",
                    "name": "full",
                },
                "notes": "Arrested in Shahrivar 1360; executed in the summer of 1988.",
                "confidentiality": "restricted",
            },
            {
                "id": "v-unknown-burial",
                "name": {"en": "Victim With Unknown Burial"},
                "sex": "female",
                "birth": "1962?",
                "residence": "pl-tehran",
                "circumstances": {
                    "en": "Visits stopped in the summer of 1988.",
                    "fa": "ملاقات‌ها در تابستان ۱۳۶۷ قطع شد.",
                },
                "burial": {"place": None, "status": "unknown"},
                "death_certificate": "none",
                "family_consent": {
                    "recorded": "2021-01-01",
                    "given_by": "w-mother",
                    "share_with": ["public", "un"],
                    "withdrawn": "2022-02-02",
                    "name": {"un": "full", "public": "initials"},
                },
                "confidentiality": "confidential",
            },
            {
                "id": "w-mother",
                "name": {"fa": "مادر کریمی"},
                "roles": ["relative", "witness"],
                "sex": "female",
                "birth": "1935~",
                "confidentiality": "public",
            },
            {
                "id": "p-official",
                "name": {"fa": "ابراهیم رئیسی", "en": "Ebrahim Raisi"},
                "aliases": [{"name": "Raeesi", "kind": "transliteration"}],
                "roles": ["official"],
                "sex": "male",
                "birth": "1960-12-14",
                "death_certificate": "unknown",
                "confidentiality": "public",
            },
            {"id": "p-other", "name": {"en": "Other Person"}, "sex": "other", "burial": {"status": "unmarked"}},
            {
                "id": "p-unknown",
                "name": {"en": "Unknown Sex"},
                "sex": "unknown",
                "burial": {"status": "known"},
                "death_certificate": "received",
            },
        ],
        "organizations": [
            {
                "id": "org-pmoi",
                "name": {"fa": "سازمان مجاهدین خلق", "en": "People's Mojahedin Organization"},
                "aliases": ["PMOI", {"name": "MEK", "kind": "other"}],
                "kind": "political_group",
                "notes": "Political group.",
            },
            {"id": "org-state", "name": {"en": "State Body"}, "kind": "state_body"},
            {"id": "org-court", "name": {"en": "Revolutionary Court"}, "kind": "court"},
            {"id": "org-prisons", "name": {"en": "Prisons Organization"}, "kind": "prison_authority"},
            {"id": "org-security", "name": {"en": "Ministry of Intelligence"}, "kind": "security_service"},
            {"id": "org-ngo", "name": {"en": "Justice NGO"}, "kind": "ngo"},
            {
                "id": "org-un",
                "name": {"en": "UN Working Group on Enforced or Involuntary Disappearances"},
                "kind": "un_body",
            },
            {"id": "org-media", "name": {"en": "A Newspaper"}, "kind": "media"},
            {"id": "org-other", "name": {"fa": "سازمان دیگر"}, "kind": "other"},
        ],
        "places": [
            {"id": "pl-iran", "name": {"fa": "ایران", "en": "Iran"}, "kind": "country"},
            {"id": "pl-tehran-prov", "name": {"en": "Tehran Province"}, "kind": "province", "parent": "pl-iran"},
            {
                "id": "pl-tehran",
                "name": {"fa": "تهران", "en": "Tehran"},
                "kind": "city",
                "parent": "pl-tehran-prov",
                "lat": 35.6892,
                "lon": 51.389,
            },
            {
                "id": "pl-evin",
                "name": {"fa": "زندان اوین", "en": "Evin Prison"},
                "kind": "prison",
                "parent": "pl-tehran",
                "lat": 35.7967,
                "lon": 51.3875,
                "notes": "Political prison.",
            },
            {
                "id": "pl-khavaran",
                "name": {"fa": "خاوران", "en": "Khavaran"},
                "kind": "cemetery",
                "parent": "pl-tehran",
                "lat": 35.6,
                "lon": 51,
            },
            {"id": "pl-court", "name": {"en": "Court Building"}, "kind": "court", "parent": "pl-tehran"},
            {"id": "pl-other", "name": {"en": "Somewhere"}, "kind": "other", "lat": -12.5, "lon": -0.25},
        ],
        "events": [
            {
                "id": "ev-massacre",
                "title": {"fa": "کشتار ۱۳۶۷", "en": "1988 prison massacre"},
                "kind": "mass_execution",
                "start": "1988-07~",
                "end": "1988-09?",
                "place": "pl-iran",
                "description": "Mass executions of political prisoners.",
                "confidentiality": "public",
            },
            {
                "id": "ev-committee",
                "title": {"en": "Committee session at Evin"},
                "kind": "committee_session",
                "start": "1988-07-23/1988-08-22",
                "place": "pl-evin",
                "parent": "ev-massacre",
            },
            {
                "id": "ev-executions",
                "title": {"en": "Executions"},
                "kind": "execution",
                "start": "../1988-09",
                "parent": "ev-massacre",
            },
            {
                "id": "ev-arrests",
                "title": {"en": "Arrest wave"},
                "kind": "arrest_wave",
                "start": "1981-06/..",
                "confidentiality": "restricted",
            },
            {"id": "ev-trial", "title": {"en": "Trial"}, "kind": "trial", "start": "1982-01%"},
            {
                "id": "ev-transfer",
                "title": {"en": "Transfer"},
                "kind": "transfer",
                "start": {"calendar": "jalali", "value": "1367-05-10"},
            },
            {
                "id": "ev-burial",
                "title": {"en": "Burial"},
                "kind": "burial",
                "start": "1988-08",
                "end": "1988-09-05",
                "place": "pl-khavaran",
            },
            {"id": "ev-statement", "title": {"en": "Statement"}, "kind": "statement", "start": "1988-08-16"},
            {"id": "ev-disclosure", "title": {"en": "Disclosure"}, "kind": "disclosure", "start": "2016"},
            {
                "id": "ev-denial",
                "title": {"en": "Denial"},
                "kind": "denial",
                "start": "1988-22",
                "confidentiality": "confidential",
            },
            {"id": "ev-other", "title": {"en": "Other event"}, "kind": "other"},
        ],
        "acts": [
            {
                "id": "a-arrest",
                "victim": "v-karimi",
                "type": "arrest",
                "event": "ev-arrests",
                "date": {"calendar": "jalali", "value": "1360-06"},
                "place": "pl-tehran",
                "notes": "Arrested in the street.",
                "confidentiality": "restricted",
            },
            {
                "id": "a-detention",
                "victim": "v-karimi",
                "type": "detention",
                "place": "pl-evin",
                "date": "1981-09/1988-08",
            },
            {"id": "a-trial", "victim": "v-karimi", "type": "trial", "event": "ev-committee"},
            {"id": "a-sentence", "victim": "v-karimi", "type": "sentence"},
            {
                "id": "a-execution",
                "victim": "v-karimi",
                "type": "execution",
                "event": "ev-executions",
                "date": {"calendar": "jalali", "value": "1367-05"},
                "place": "pl-evin",
                "confidentiality": "public",
            },
            {"id": "a-torture", "victim": "v-karimi", "type": "torture", "confidentiality": "confidential"},
            {
                "id": "a-disappearance",
                "victim": "v-unknown-burial",
                "type": "enforced_disappearance",
                "date": "1988-08~",
            },
            {"id": "a-burial", "victim": "v-karimi", "type": "secret_burial", "place": "pl-khavaran"},
            {"id": "a-harassment", "victim": "v-karimi", "type": "harassment_of_family", "date": "1989"},
            {
                "id": "a-last-seen",
                "victim": "v-unknown-burial",
                "type": "last_seen",
                "date": "1988-07-20",
                "place": "pl-evin",
                "by": "w-mother",
            },
            {"id": "a-other", "victim": "v-unknown-burial", "type": "other"},
        ],
        "involvements": [
            {
                "id": "inv-ordered",
                "role": "ordered",
                "person": "p-official",
                "event": "ev-massacre",
                "certainty": "established",
                "basis": "Public reporting.",
                "date": "1988-07",
                "notes": "Member of the committee.",
            },
            {"id": "inv-decided", "role": "decided", "person": "p-official", "act": "a-trial", "certainty": "alleged"},
            {
                "id": "inv-carried",
                "role": "carried_out",
                "organization": "org-prisons",
                "act": "a-execution",
                "certainty": "suspected",
            },
            {"id": "inv-supervised", "role": "supervised", "organization": "org-security", "event": "ev-committee"},
            {"id": "inv-covered", "role": "covered_up", "organization": "org-state", "event": "ev-burial"},
            {"id": "inv-denied", "role": "denied", "organization": "org-state", "event": "ev-denial"},
            {"id": "inv-informed", "role": "was_informed", "person": "p-official", "event": "ev-statement"},
            {"id": "inv-other", "role": "other", "organization": "org-court", "act": "a-sentence"},
        ],
        "positions": [
            {
                "id": "pos-deputy",
                "person": "p-official",
                "title": {"fa": "معاون دادستان", "en": "Deputy prosecutor"},
                "organization": "org-court",
                "start": "1985",
                "end": {"calendar": "jalali", "value": "1368-02-01"},
            },
            {"id": "pos-bare", "person": "p-official", "title": {"en": "Member"}},
        ],
        "relations": [
            {"id": "rel-mother", "person": "w-mother", "is": "mother", "of": "v-karimi"},
            {"id": "rel-father", "person": "p-other", "is": "father", "of": "v-karimi"},
            {"id": "rel-sibling", "person": "p-other", "is": "sibling", "of": "v-unknown-burial"},
            {"id": "rel-spouse", "person": "p-unknown", "is": "spouse", "of": "v-karimi"},
            {"id": "rel-child", "person": "p-unknown", "is": "child", "of": "v-unknown-burial"},
            {"id": "rel-relative", "person": "p-other", "is": "relative", "of": "w-mother"},
            {"id": "rel-cellmate", "person": "p-unknown", "is": "cellmate", "of": "v-karimi"},
            {"id": "rel-lawyer", "person": "p-other", "is": "lawyer", "of": "w-mother"},
            {"id": "rel-other", "person": "p-unknown", "is": "other", "of": "p-other"},
        ],
        "interventions": [
            {
                "id": "int-inquiry",
                "victim": "v-karimi",
                "kind": "inquiry_to_authorities",
                "by": "w-mother",
                "addressed_to": "org-prisons",
                "date": {"calendar": "jalali", "value": "1367-06-01"},
                "outcome": "No answer.",
                "notes": "At the prison gate.",
                "confidentiality": "restricted",
            },
            {"id": "int-visit", "victim": "v-karimi", "kind": "prison_visit", "by": "w-mother", "date": "1988-07-20"},
            {"id": "int-letter", "victim": "v-karimi", "kind": "letter", "by": "org-ngo", "addressed_to": "p-official"},
            {
                "id": "int-petition",
                "victim": "v-karimi",
                "kind": "legal_petition",
                "by": "p-other",
                "addressed_to": "org-court",
            },
            {
                "id": "int-un",
                "victim": "v-unknown-burial",
                "kind": "un_submission",
                "by": "org-ngo",
                "addressed_to": "org-un",
                "date": "2021-03",
                "confidentiality": "confidential",
            },
            {"id": "int-appeal", "victim": "v-karimi", "kind": "public_appeal", "date": "1989~"},
            {
                "id": "int-media",
                "victim": "v-karimi",
                "kind": "media",
                "addressed_to": "org-media",
                "confidentiality": "public",
            },
            {"id": "int-other", "victim": "v-unknown-burial", "kind": "other"},
        ],
        "testimonies": [
            {
                "id": "t-mother",
                "witness": "w-mother",
                "about": ["v-karimi", "ev-massacre", "a-execution"],
                "recorded": "2020-10-03",
                "recorded_by": "Test team",
                "place": "pl-tehran",
                "language": "fa",
                "text": "پسرم در شهریور ۱۳۶۰ بازداشت شد. تا تیر ۱۳۶۷ به ملاقاتش می‌رفتم.",
                "summary": "Mother describes the arrest and the end of visits.",
                "sensitive": ["sexual_violence", "torture", "medical", "other"],
                "consent": {
                    "recorded": {"calendar": "jalali", "value": "1399-07-12"},
                    "given_by": "w-mother",
                    "share_with": ["un", "amnesty", "lawyers", "public"],
                    "withdrawn": None,
                    "notes": "Recorded at home.",
                    "name_witness": False,
                    "covers_sensitive": True,
                },
                "confidentiality": "restricted",
            },
            {
                "id": "t-cellmate",
                "witness": "p-unknown",
                "text": "A short account in English.",
                "language": "en",
                "consent": {
                    "share_with": [],
                    "withdrawn": "2023-01-01",
                    "name_witness": True,
                    "covers_sensitive": False,
                },
                "confidentiality": "confidential",
            },
        ],
        "sources": [
            {
                "id": "src-report",
                "title": {"fa": "گزارش", "en": "Report on the 1988 executions"},
                "kind": "report",
                "author": "Test Author",
                "publisher": "Test Publisher",
                "date": "2018-12",
                "url": "https://example.org/report",
                "attachments": [
                    attachment(
                        "report.pdf",
                        "application/pdf",
                        REPORT_BYTES,
                        acquired="2019-01-05T12:00:00+00:00",
                        acquired_by="Test team",
                        method="downloaded",
                        custody=[
                            {"at": "2019-01-05T12:00:00Z", "by": "Test team", "action": "downloaded"},
                            {"at": "2019-01-06T08:15:00Z", "by": "Archivist", "action": "checked hash"},
                        ],
                    ),
                    attachment("audio.ogg", "audio/ogg", AUDIO_BYTES),
                    {"filename": "not-held.txt", "sha256": hashlib.sha256(b"elsewhere").hexdigest()},
                ],
                "notes": "Main report.",
            },
            {"id": "src-statement", "title": {"en": "Statement"}, "kind": "statement"},
            {"id": "src-audio", "title": {"en": "Audio"}, "kind": "audio", "date": "2016-08-09"},
            {"id": "src-video", "title": {"en": "Video"}, "kind": "video"},
            {"id": "src-document", "title": {"en": "Document"}, "kind": "document"},
            {"id": "src-photo", "title": {"en": "Photo"}, "kind": "photo"},
            {"id": "src-letter", "title": {"en": "Letter"}, "kind": "letter"},
            {"id": "src-news", "title": {"en": "News"}, "kind": "news"},
            {"id": "src-book", "title": {"en": "Book"}, "kind": "book"},
            {"id": "src-testimony", "title": {"en": "Testimony record"}, "kind": "testimony_record"},
            {"id": "src-other", "title": {"en": "Other source"}, "kind": "other"},
        ],
        "citations": [
            {
                "id": "cit-act",
                "source": "src-report",
                "supports": "a-execution",
                "locator": "p. 12",
                "notes": "Names the victim.",
            },
            {"id": "cit-event", "source": "src-audio", "supports": "ev-committee", "locator": "00:14:32"},
            {"id": "cit-person", "source": "src-news", "supports": "p-official"},
            {"id": "cit-testimony", "source": "src-testimony", "supports": "t-mother"},
            {"id": "cit-involvement", "source": "src-book", "supports": "inv-ordered"},
        ],
    }


def full_document() -> dict[str, Any]:
    """A fresh copy of the document that uses every list and every field.

    Some records list their fields in another order than the model's (as people and scripts
    write them); :func:`in_schema_order` gives the canonical form an export writes.
    """
    return copy.deepcopy(_FULL)


def _ordered(fields: tuple[Field, ...], data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    out = {}
    for f in fields:
        if f.name in data:
            value = data[f.name]
            if f.type is T.OBJECT:
                value = _ordered(f.fields, value)
            elif f.type is T.OBJECT_LIST:
                value = [_ordered(f.fields, v) for v in value]
            elif f.type is T.NAME:
                value = {k: value[k] for k in ("fa", "en") if k in value}
            elif f.type is T.NAMING and isinstance(value, dict):
                value = {k: value[k] for k in ("un", "amnesty", "lawyers", "public") if k in value}
            out[f.name] = value
    return out


def in_schema_order(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with every record's keys in the order of ``casefile.model.SCHEMA`` (export order)."""
    out: dict[str, Any] = {k: doc[k] for k in ("format", "version") if k in doc}
    if "case" in doc:
        out["case"] = _ordered(CASE_FIELDS, doc["case"])
    for kind in LISTS:
        if doc.get(kind):
            out[kind] = [_ordered(SCHEMA[kind], r) for r in doc[kind]]
    return out


def _with_merged(doc: dict[str, Any]) -> dict[str, Any]:
    """The first victim as the result of merging a second record of the same person into it
    (``merged``, an extension): that record's id, every value it reported differently, and the
    source that supported it."""
    persons = {p["id"]: p for p in doc["persons"]}
    values = {k: v for k, v in persons["v-karimi"].items() if k not in ("id", "name", "aliases", "roles", "photo")}
    values.update({k: persons["v-unknown-burial"][k] for k in ("residence", "circumstances")})
    values["birth"] = {"calendar": "jalali", "value": "1341"}
    persons["v-karimi"]["merged"] = [{"id": "v-karimi-2", "values": values, "sources": ["src-report"]}]
    return doc


_FULL = _with_merged(_full())


def minimal_document(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    """A document with the given lists only."""
    return {"format": "casefile-exchange", "version": 1, **lists}


def large_document(n_victims: int, prefix: str = "big") -> dict[str, Any]:
    """``n_victims`` persons, each with one act: ``2 * n_victims`` records."""
    persons = [
        {
            "id": f"{prefix}-v{i}",
            "name": {"fa": f"قربانی {i}", "en": f"Victim {i} {prefix}"},
            "birth": "1960",
            "notes": "n" * 40,
        }
        for i in range(n_victims)
    ]
    acts = [
        {
            "id": f"{prefix}-a{i}",
            "victim": f"{prefix}-v{i}",
            "type": "execution",
            "date": {"calendar": "jalali", "value": "1367-05-10"},
        }
        for i in range(n_victims)
    ]
    return minimal_document(persons=persons, acts=acts)
