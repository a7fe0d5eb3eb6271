"""Property: over generated case files, nothing withheld leaves by any path. For every audience, no
audience export and no dossier holds a withheld person's name, a record id, or free text that had
to be withheld (it names a withheld person, or belongs to a record the audience may not see).

The expectations are worked out here from the generated document, independently of
``casefile.audience``: who may be named, which testimonies and records may go where."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from casefile import exchange
from casefile.audience import AudienceView, audience_document
from casefile.dossier import make_dossier
from casefile.errors import CasefileError
from casefile.model import AUDIENCES
from casefile.store import CaseFile

GIVEN = [("Bahareh", "بهاره"), ("Kourosh", "کوروش"), ("Laleh", "لاله"), ("Mehran", "مهران"), ("Nasrin", "نسرین"),
         ("Omid", "امید"), ("Parvaneh", "پروانه"), ("Rostam", "رستم"), ("Sepideh", "سپیده"), ("Tahmineh", "تهمینه"),
         ("Vahid", "وحید"), ("Yasaman", "یاسمن")]  # fmt: skip
FAMILY = [("Abadian", "آبادیان"), ("Bakhtiari", "بختیاری"), ("Cheraghi", "چراغی"), ("Darvishi", "درویشی"),
          ("Ebadi", "عبادی"), ("Farahani", "فراهانی"), ("Ghorbani", "قربانیان"), ("Hashemi", "هاشمی"),
          ("Jahani", "جهانی"), ("Kamali", "کمالی"), ("Lotfi", "لطفی"), ("Naderi", "نادری")]  # fmt: skip
FATHERS = [("Yousef", "یوسف"), ("Jafar", "جعفر"), ("Karim", "کریم"), ("Morad", "مراد")]
LEVELS = ["full", "initials", "none"]
CONF = [None, "public", "restricted", "confidential"]
MARKS = re.compile("[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", MARKS.sub("", unicodedata.normalize("NFKC", text)))


def visible(conf: str | None, audience: str) -> bool:
    level = conf or "restricted"
    return level != "confidential" and not (audience == "public" and level == "restricted")


@st.composite
def cases(draw) -> dict[str, Any]:
    n_victims = draw(st.integers(1, 3))
    n_witnesses = draw(st.integers(1, 2))
    names = draw(st.permutations(range(len(GIVEN))))
    families = draw(st.permutations(range(len(FAMILY))))
    people: list[dict[str, Any]] = []
    marker = iter(range(1000))

    def person(i: int, prefix: str) -> dict[str, Any]:
        g, f = GIVEN[names[i]], FAMILY[families[i]]
        # the id holds the name, as real lists do
        return {"id": f"{prefix}-{f[0].lower()}", "name": {"en": f"{g[0]} {f[0]}", "fa": f"{g[1]} {f[1]}"}}

    victims = [person(i, "v") for i in range(n_victims)]
    witnesses = [person(n_victims + i, "w") for i in range(n_witnesses)]
    official = person(n_victims + n_witnesses, "p")
    official["confidentiality"] = draw(st.sampled_from(["public", "restricted"]))
    for v in victims:
        v["confidentiality"] = draw(st.sampled_from(CONF))
        father = draw(st.sampled_from(FATHERS))
        v["father_name"] = {
            "en": f"{father[0]} {v['name']['en'].split()[1]}",
            "fa": f"{father[1]} {v['name']['fa'].split()[1]}",
        }
        if draw(st.booleans()):
            share = draw(st.lists(st.sampled_from(AUDIENCES), unique=True))
            answer = draw(
                st.one_of(st.sampled_from(LEVELS), st.dictionaries(st.sampled_from(AUDIENCES), st.sampled_from(LEVELS)))
            )
            v["family_consent"] = {"share_with": share, "name": answer}
            if draw(st.integers(0, 4)) == 0:
                v["family_consent"]["withdrawn"] = "2021-01-01"
    for w in witnesses:
        w["confidentiality"] = draw(st.sampled_from(CONF))
    people = victims + witnesses + [official]
    everyone = [p["name"]["en"] for p in people]

    def free_text() -> str:
        """A unique marker, now and then with someone's name in it."""
        text = f"Marker{next(marker)}x said"
        if draw(st.booleans()):
            text += " that " + draw(st.sampled_from(everyone)) + " was there"
        return text + "."

    for v in victims:
        if draw(st.booleans()):
            v["notes"] = free_text()
    events = [{"id": "e-massacre", "title": {"en": "Massacre Event", "fa": "رویداد کشتار"}, "confidentiality": "public"},
              {"id": "e-session", "title": {"en": "Session Event"}, "parent": "e-massacre",
               "confidentiality": draw(st.sampled_from(CONF))}]  # fmt: skip
    acts = []
    for v in victims:
        acts.append({"id": f"a-{v['id']}-exec", "victim": v["id"], "type": "execution",
                     "event": draw(st.sampled_from(["e-massacre", "e-session"])), "date": "1988-08",
                     "confidentiality": draw(st.sampled_from(CONF)), "notes": free_text()})  # fmt: skip
        if draw(st.booleans()):
            acts.append({"id": f"a-{v['id']}-seen", "victim": v["id"], "type": "last_seen",
                         "by": draw(st.sampled_from(witnesses))["id"], "confidentiality": draw(st.sampled_from(CONF))})  # fmt: skip
    testimonies = []
    for w in witnesses:
        about = draw(st.sampled_from(victims))["id"]
        consent = {"share_with": draw(st.lists(st.sampled_from(AUDIENCES), unique=True)),
                   "name_witness": draw(st.booleans()), "covers_sensitive": draw(st.booleans())}  # fmt: skip
        if draw(st.integers(0, 4)) == 0:
            consent["withdrawn"] = "2022-02-02"
        t = {"id": f"t-{w['id']}", "witness": w["id"], "about": [about], "text": free_text(),
             "consent": consent, "confidentiality": draw(st.sampled_from(CONF))}  # fmt: skip
        if draw(st.booleans()):
            t["sensitive"] = ["torture"]
        testimonies.append(t)
    involvements = [{"id": f"inv-{official['id']}", "role": "decided", "person": official["id"], "event": "e-session",
                     "basis": free_text()}]  # fmt: skip
    relations = [{"id": f"rel-{w['id']}", "person": w["id"], "is": "mother", "of": victims[0]["id"]} for w in witnesses]
    return {
        "format": "casefile-exchange",
        "version": 1,
        "persons": people,
        "events": events,
        "acts": acts,
        "involvements": involvements,
        "relations": relations,
        "testimonies": testimonies,
        "lang": draw(st.sampled_from(["en", "fa"])),
        "kind": draw(st.sampled_from(["victim", "event", "official"])),
    }


def expected(doc: dict[str, Any], audience: str) -> tuple[list[str], list[str]]:
    """(names that may not appear, markers of free text that may not appear) for ``audience``."""
    persons = {p["id"]: p for p in doc["persons"]}
    testimonies_of: dict[str, list[dict]] = {}
    for t in doc["testimonies"]:
        testimonies_of.setdefault(t["witness"], []).append(t)
    named: set[str] = set()
    for pid, p in persons.items():
        if not visible(p.get("confidentiality"), audience):
            continue
        if pid.startswith("v-"):
            consent = p.get("family_consent")
            if consent and not consent.get("withdrawn") and audience in consent["share_with"]:
                answer = consent["name"] if isinstance(consent["name"], str) else consent["name"].get(audience)
                if answer == "full":
                    named.add(pid)
        elif pid.startswith("w-"):
            if all(t["consent"]["name_witness"] for t in testimonies_of.get(pid, [])):
                named.add(pid)
        else:
            named.add(pid)
    withheld_names = []
    for pid, p in persons.items():
        if pid not in named:
            withheld_names += [p["name"]["en"], p["name"]["fa"]]
            withheld_names += [v for v in (p.get("father_name") or {}).values()]
    texts: list[tuple[str, bool]] = []  # (text, its record may appear)
    for p in persons.values():
        if p.get("notes"):
            texts.append((p["notes"], p["id"] in named or visible(p.get("confidentiality"), audience)))
    for a in doc["acts"]:
        victim = persons[a["victim"]]
        ok = visible(a.get("confidentiality"), audience) and visible(victim.get("confidentiality"), audience)
        if a.get("notes"):
            texts.append((a["notes"], ok))
    for t in doc["testimonies"]:
        c = t["consent"]
        ok = (not c.get("withdrawn") and audience in c["share_with"] and visible(t.get("confidentiality"), audience)
              and not (t.get("sensitive") and (audience == "public" or not c["covers_sensitive"])))  # fmt: skip
        texts.append((t["text"], ok))
    for inv in doc["involvements"]:
        texts.append((inv["basis"], True))
    markers = []
    for text, ok in texts:
        if not ok or any(name in text for name in withheld_names):
            markers.append(text.split()[0])
    return withheld_names, markers


def _flat(items: Any) -> list[Any]:
    return [x for item in items for x in (_flat(item) if isinstance(item, list) else [item])]


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return norm(raw.decode("utf-8"))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_nothing_withheld_leaves_in_any_export_or_dossier_for_any_audience(case: dict[str, Any]) -> None:
    lang, kind = case.pop("lang"), case.pop("kind")
    ids = [r["id"] for key in ("persons", "events", "acts", "involvements", "relations", "testimonies")
           for r in case[key]]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, CaseFile.create(Path(tmp) / "c.cf", None) as cf:
        exchange.import_document(cf, json.loads(json.dumps(case)))
        for audience in AUDIENCES:
            names, markers = expected(case, audience)
            outputs = {"export": json.dumps(audience_document(cf, audience, view=AudienceView(cf, audience)),
                                            ensure_ascii=False)}  # fmt: skip
            subject = {"victim": {"person": case["persons"][0]["id"]}, "event": {"event": "e-massacre"},
                       "official": {"person": case["persons"][-1]["id"]}}[kind]  # fmt: skip
            out = Path(tmp) / f"{audience}.pdf"
            try:
                result = make_dossier(cf, audience=audience, lang=lang, output=out, **subject)
            except CasefileError:  # a subject refused for this audience: no file at all
                assert not out.exists()
            else:
                reader = PdfReader(str(result.output))
                meta = " ".join(str(v) for v in (reader.metadata or {}).values())
                outline = " ".join(str(getattr(item, "title", "")) for item in _flat(reader.outline))
                outputs["dossier"] = " ".join((pdf_text(out), norm(meta), norm(outline)))
            for where, text in outputs.items():
                for name in names:
                    assert norm(name) not in text, (audience, where, name)
                for rid in ids:
                    assert rid not in text, (audience, where, rid)
                for mark in markers:
                    assert mark not in text, (audience, where, mark)
