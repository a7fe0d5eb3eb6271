"""Fixtures for dossier tests: real encrypted case files on disk, real PDFs read back with poppler."""

from __future__ import annotations

import copy
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile import exchange
from casefile.audience import AudienceView
from casefile.dossier import DossierResult, make_dossier
from casefile.sample import fill_with_sample
from casefile.store import CaseFile

PASSPHRASE = "dossier-test-pw"
MADE_ON = date(2024, 5, 1)
_MARKS = re.compile("[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    """PDF or source text made comparable: NFKC (presentation forms to letters), no direction
    marks or joiners, one space between words."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text)


@dataclass
class Made:
    path: Path
    result: DossierResult
    text: str  # normalised pdftotext output
    reader: PdfReader

    @property
    def metadata_text(self) -> str:
        meta = self.reader.metadata or {}
        return normalise(" ".join(str(v) for v in meta.values()))

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items: Any) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(normalise(item.title))

        walk(self.reader.outline)
        return titles

    def absent(self, needle: str) -> bool:
        n = normalise(needle)
        return n not in self.text and n not in self.metadata_text and all(n not in t for t in self.outline_titles())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return normalise(out.stdout.decode("utf-8"))


def make(cf_path: Path, out: Path, **kwargs: Any) -> Made:
    kwargs.setdefault("made_on", MADE_ON)
    with CaseFile.open(cf_path, PASSPHRASE) as cf:
        result = make_dossier(cf, output=out, **kwargs)
    return Made(out, result, pdf_text(out), PdfReader(str(out)))


def reference(cf_path: Path, record_id: str) -> str:
    """The stable reference a record goes by in what leaves the case file ("V-7KQ3MZ")."""
    with CaseFile.open(cf_path, PASSPHRASE) as cf:
        return AudienceView(cf, "un").reference(record_id)


def record_ids(cf_path: Path) -> list[str]:
    from casefile import records

    with CaseFile.open(cf_path, PASSPHRASE) as cf:
        return [rid for rid, _kind in records.record_ids(cf)]


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cf"
    cf = CaseFile.create(path, PASSPHRASE)
    try:
        fill_with_sample(cf)
    finally:
        cf.close()
    return path


def base_document() -> dict:
    """A small purpose-built case: one victim, witnesses with every kind of consent, one official."""
    return copy.deepcopy(
        {
            "format": "casefile-exchange",
            "version": 1,
            "case": {
                "title": "Test case",
                "submitter": {
                    "name": "Sadaf Submitterova",
                    "organization": "Submitting Group Zeta",
                    "contact": "zeta@example.org",
                    "confidential": True,
                },
            },
            "places": [{"id": "pl-evin", "name": {"en": "Evin prison", "fa": "زندان اوین"}, "kind": "prison"}],
            "organizations": [{"id": "o-court", "name": {"en": "Revolutionary Court"}, "kind": "court"}],
            "events": [
                {
                    "id": "ev-1",
                    "title": {"en": "Executions at Evin, 1988", "fa": "اعدام‌ها در اوین"},
                    "kind": "mass_execution",
                    "start": "1988-07-28",
                    "place": "pl-evin",
                    "confidentiality": "public",
                },
                {
                    "id": "ev-secret",
                    "title": {"en": "Hidden session Omega"},
                    "parent": "ev-1",
                    "confidentiality": "confidential",
                },
            ],
            "persons": [
                {
                    "id": "v-17",
                    "name": {"en": "Mahmoud Kazemi", "fa": "محمود کاظمی"},
                    "aliases": [{"name": "Mahmud Kazemi", "kind": "transliteration"}],
                    "father_name": {"en": "Yadollah Kazemi", "fa": "یدالله کاظمی"},
                    "sex": "male",
                    "birth": "1960-03-02",
                    "family_consent": {"recorded": "2020-01-01", "share_with": ["un"], "name": "full"},
                    "confidentiality": "restricted",
                },
                {
                    "id": "v-pub",
                    "name": {"en": "Parisa Publicova"},
                    "family_consent": {"share_with": ["un", "public", "lawyers", "amnesty"], "name": "full"},
                    "confidentiality": "public",
                },
                {
                    "id": "v-hidden",
                    "name": {"en": "Confidentia Hiddenova"},
                    "confidentiality": "confidential",
                },
                {
                    "id": "w-anon",
                    "name": {"en": "Zohreh Witnessian", "fa": "زهره شاهدیان"},
                    "aliases": [{"name": "Aunt Zuzu", "kind": "nickname"}],
                    "father_name": {"en": "Bahman Witnessian"},
                    "mother_name": {"en": "Golnar Motherzadeh"},
                    "confidentiality": "restricted",
                },
                {"id": "w-named", "name": {"en": "Nader Namedwitness"}, "confidentiality": "public"},
                {"id": "w-other", "name": {"en": "Otto Otherwitness"}, "confidentiality": "restricted"},
                {
                    "id": "p-judge",
                    "name": {"en": "Judge Jalal Allegedi", "fa": "جلال الجدی"},
                    "aliases": [{"name": "Haj Agha Mirza", "kind": "assumed_name"}],
                    "confidentiality": "public",
                },
            ],
            "relations": [{"id": "rel-1", "person": "w-anon", "is": "mother", "of": "v-17"}],
            "acts": [
                {
                    "id": "a-arrest",
                    "victim": "v-17",
                    "type": "arrest",
                    "date": "1981-09",
                    "place": "pl-evin",
                    "confidentiality": "restricted",
                },
                {
                    "id": "a-exec",
                    "victim": "v-17",
                    "type": "execution",
                    "event": "ev-1",
                    "date": "1988-07-30",
                    "confidentiality": "restricted",
                },
                {"id": "a-pub", "victim": "v-pub", "type": "execution", "event": "ev-1", "confidentiality": "public"},
                {
                    "id": "a-hid",
                    "victim": "v-hidden",
                    "type": "execution",
                    "event": "ev-1",
                    "confidentiality": "public",
                },
                {
                    "id": "a-conf",
                    "victim": "v-17",
                    "type": "torture",
                    "notes": "Note Kappa",
                    "confidentiality": "confidential",
                },
            ],
            "involvements": [
                {
                    "id": "inv-1",
                    "role": "decided",
                    "person": "p-judge",
                    "event": "ev-1",
                    "certainty": "alleged",
                    "basis": "Named by a newspaper.",
                }
            ],
            "positions": [
                {"id": "pos-1", "person": "p-judge", "title": {"en": "Sharia judge"}, "start": "1985", "end": "1990"}
            ],
            "testimonies": [
                {
                    "id": "t-anon",
                    "witness": "w-anon",
                    "about": ["v-17"],
                    "text": "Testimony Alpha: I waited at the gate.",
                    "consent": {"share_with": ["un", "amnesty", "lawyers"], "name_witness": False},
                    "confidentiality": "restricted",
                },
                {
                    "id": "t-named",
                    "witness": "w-named",
                    "about": ["v-17"],
                    "text": "Testimony Bravo: we shared a cell.",
                    "consent": {"share_with": ["un"], "name_witness": True},
                    "confidentiality": "restricted",
                },
                {
                    "id": "t-withdrawn",
                    "witness": "w-other",
                    "about": ["v-17"],
                    "text": "Testimony Charlie: withdrawn words.",
                    "consent": {"share_with": ["un", "amnesty"], "name_witness": True, "withdrawn": "2023-01-01"},
                    "confidentiality": "restricted",
                },
                {
                    "id": "t-sens-ok",
                    "witness": "w-other",
                    "about": ["v-17", "v-pub"],
                    "text": "Testimony Delta: sensitive and covered.",
                    "sensitive": ["torture"],
                    "consent": {"share_with": ["un", "public"], "name_witness": True, "covers_sensitive": True},
                    "confidentiality": "public",
                },
                {
                    "id": "t-sens-no",
                    "witness": "w-other",
                    "about": ["v-17"],
                    "text": "Testimony Echo: sensitive, not covered.",
                    "sensitive": ["medical"],
                    "consent": {"share_with": ["un"], "name_witness": True, "covers_sensitive": False},
                    "confidentiality": "restricted",
                },
                {
                    "id": "t-conf",
                    "witness": "w-named",
                    "about": ["v-17"],
                    "text": "Testimony Foxtrot: confidential.",
                    "consent": {"share_with": ["un"], "name_witness": True},
                    "confidentiality": "confidential",
                },
                {
                    "id": "t-pub",
                    "witness": "w-named",
                    "about": ["v-pub"],
                    "text": "Testimony Golf: about the public victim.",
                    "consent": {"share_with": ["public", "un"], "name_witness": True},
                    "confidentiality": "public",
                },
            ],
            "sources": [
                {
                    "id": "src-news",
                    "title": {"en": "Daily Paper report"},
                    "kind": "news",
                    "attachments": [
                        {
                            "filename": "clip.txt",
                            "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                            "data": "aGVsbG8=",
                            "custody": [{"at": "2020-01-01T00:00:00Z", "by": "Archivist A", "action": "captured"}],
                        }
                    ],
                },
            ],
            "citations": [{"id": "cit-1", "source": "src-news", "supports": "inv-1", "locator": "p. 3"}],
        }
    )


def case_from(path: Path, doc: dict) -> Path:
    cf = CaseFile.create(path, PASSPHRASE)
    try:
        exchange.import_document(cf, doc)
    finally:
        cf.close()
    return path


@pytest.fixture(scope="session")
def small_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_from(tmp_path_factory.mktemp("small") / "small.cf", base_document())
