"""What a UN desk officer, an Amnesty researcher and a lawyer need from a dossier, each rule read back
from the PDF (pdftotext, pypdf) in English and in Persian."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from casefile.dates import GREGORIAN_MONTHS_EN, JALALI_MONTHS_EN, JALALI_MONTHS_FA
from casefile.dossier.labels import label

from .conftest import base_document, case_from, make, normalise, record_ids, reference

LANGS = ["en", "fa"]


def squash(text: str) -> str:
    """Text compared without spaces and punctuation: pdftotext may drop a space where Persian digits
    meet letters, and gives right-to-left brackets and colons mirrored."""
    return re.sub(r"[\s()\[\]:،؛,.]", "", normalise(text))


def has(made, text: str) -> bool:
    return squash(text) in squash(made.text)


def contains(haystack: str, needle: str) -> bool:
    return squash(needle) in squash(haystack)


def body(made) -> str:
    """The dossier's text after its cover and contents (pages 3 on), squashed."""
    out = subprocess.run(
        ["pdftotext", "-f", "3", "-enc", "UTF-8", str(made.path), "-"], capture_output=True, check=True
    )
    return squash(out.stdout.decode("utf-8"))


def part(made, start: str, end: str | None = None) -> str:
    """The squashed body from the first ``start`` (a heading) to the next ``end``."""
    text = body(made)
    i = text.index(squash(start))
    j = text.find(squash(end), i + 1) if end else -1
    return text[i : j if j > i else None]


def in_order(haystack: str, phrase: str) -> bool:
    """Every word of ``phrase`` in ``haystack``, in order (a table cell may wrap between them)."""
    at = 0
    for word in normalise(phrase).split():
        at = haystack.find(squash(word), at)
        if at < 0:
            return False
    return True


def desk_document() -> dict:
    """base_document() with what a desk officer looks for: a woman held and executed at Evin (no
    arrest place), a day-precise execution and a 1981 arrest, a consent without giver, officials
    with every certainty and role, sub-events, sources of each kind."""
    doc = base_document()
    doc["places"].append({"id": "pl-rasht", "name": {"en": "Rasht", "fa": "رشت"}, "kind": "city"})
    doc["events"] += [
        {"id": "ev-sessions", "title": {"en": "Death committee sessions", "fa": "جلسات هیئت مرگ"},
         "kind": "committee_session", "parent": "ev-1", "start": "1988-07", "confidentiality": "public"},
    ]  # fmt: skip
    v17 = doc["persons"][0]
    v17["nationality"] = "Iranian"
    v17["residence"] = "pl-rasht"
    v17["family_consent"] = {"recorded": "2020-01-01", "given_by": "w-named", "share_with": ["un", "lawyers", "public"],
                             "name": {"un": "full", "lawyers": "full", "public": "initials"}}  # fmt: skip
    doc["persons"].append(
        {"id": "v-evin", "name": {"en": "Shirin Evinova", "fa": "شیرین اوین‌نژاد"}, "sex": "female",
         "family_consent": {"share_with": ["un"], "name": "full"}, "confidentiality": "restricted"}
    )  # fmt: skip
    doc["persons"].append({"id": "p-suspect", "name": {"en": "Sohrab Suspectov"}, "confidentiality": "public"})
    doc["persons"].append({"id": "p-informed", "name": {"en": "Iraj Informedi"}, "confidentiality": "public"})
    doc["acts"] += [
        {"id": "a-evin-held", "victim": "v-evin", "type": "detention", "date": "1987", "place": "pl-evin",
         "confidentiality": "restricted"},
        {"id": "a-evin-exec", "victim": "v-evin", "type": "execution", "date": "1988-08", "event": "ev-sessions",
         "confidentiality": "restricted"},
        {"id": "a-seen", "victim": "v-17", "type": "last_seen", "date": "1988-07-20", "place": "pl-evin",
         "by": "w-anon", "confidentiality": "restricted"},
    ]  # fmt: skip
    doc["involvements"] = [
        {"id": "inv-1", "role": "decided", "person": "p-judge", "event": "ev-sessions", "certainty": "alleged",
         "basis": "Named by a newspaper.", "notes": "Notes Quebec."},
        {"id": "inv-est", "role": "ordered", "organization": "o-court", "event": "ev-1", "certainty": "established",
         "basis": "Basis Romeo."},
        {"id": "inv-sus", "role": "carried_out", "person": "p-suspect", "act": "a-exec", "certainty": "suspected",
         "basis": "Basis Tango."},
        {"id": "inv-inf", "role": "was_informed", "person": "p-informed", "event": "ev-1", "basis": "Basis Uniform."},
    ]  # fmt: skip
    doc["sources"].append({"id": "src-report", "title": {"en": "Report Victor"}, "kind": "report",
                           "publisher": "Group Whiskey"})  # fmt: skip
    doc["citations"] = [
        {"id": "cit-1", "source": "src-news", "supports": "inv-1", "locator": "p. 3"},
        {"id": "cit-2", "source": "src-report", "supports": "inv-est", "locator": "p. 9"},
        {"id": "cit-3", "source": "src-news", "supports": "inv-est"},
        {"id": "cit-4", "source": "src-report", "supports": "a-exec", "locator": "annex 2"},
    ]
    doc["interventions"] = [
        {"id": "int-1", "victim": "v-17", "kind": "prison_visit", "by": "w-named", "date": "1988-08-01",
         "outcome": "Turned away at the gate.", "confidentiality": "restricted"}
    ]  # fmt: skip
    doc["case"]["submitter"]["relationship"] = "cousin of the victim"
    return doc


@pytest.fixture(scope="module")
def desk_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_from(tmp_path_factory.mktemp("desk") / "desk.cf", desk_document())


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_takes_month_and_year_and_the_execution_not_the_1981_arrest(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    # the date row says present and cites the last sighting of July 1988, not the arrest of 1981
    row = part(made, label(lang, "check.date"), label(lang, "check.place"))
    assert contains(row, label(lang, "check.present")) and not contains(row, label(lang, "check.missing"))
    assert ("1988" in row or "۱۳۶۷" in row) and "1981" not in row and "۱۳۶۰" not in row
    evin = make(desk_path, tmp_path / f"evin-{lang}.pdf", person="v-evin", audience="un", lang=lang)
    row = part(evin, label(lang, "check.date"), label(lang, "check.place"))
    assert contains(row, label(lang, "check.present"))  # "August 1988" is enough: month and year


@pytest.mark.parametrize("lang", LANGS)
def test_held_and_executed_at_evin_has_a_place_without_an_arrest_place(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"evin-{lang}.pdf", person="v-evin", audience="un", lang=lang)
    row = part(made, label(lang, "check.place"), label(lang, "check.responsible"))
    assert contains(row, label(lang, "check.present")) and not contains(row, label(lang, "check.missing"))
    assert contains(row, "Evin prison" if lang == "en" else "زندان اوین")


def test_a_date_known_only_to_the_year_is_missing_and_says_month_and_year_are_needed(desk_path, tmp_path) -> None:
    doc = desk_document()
    for act in doc["acts"]:
        if act["victim"] == "v-evin":
            act["date"] = "1988"
    path = case_from(tmp_path / "year.cf", doc)
    made = make(path, tmp_path / "year.pdf", person="v-evin", audience="un")
    assert "Date of the disappearance (at least the month and the year) MISSING" in made.text
    assert "at least the month and the year are needed" in made.text


@pytest.mark.parametrize("lang", LANGS)
def test_consent_block_says_who_when_and_scope_and_incomplete_without_giver(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    block = part(made, label(lang, "sec.consent"), label(lang, "sec.circumstances"))
    assert contains(block, label(lang, "consent.present")) and contains(block, "Nader Namedwitness")
    assert contains(block, label(lang, "f.name_to_government")) and contains(block, label(lang, "f.name_in_public"))
    assert contains(block, label(lang, "answer.initials"))  # public reports: initials, as the family answered
    doc = desk_document()
    doc["persons"][0]["family_consent"].pop("given_by")
    path = case_from(tmp_path / "nogiver.cf", doc)
    made = make(path, tmp_path / f"nogiver-{lang}.pdf", person="v-17", audience="un", lang=lang)
    assert contains(part(made, label(lang, "sec.consent")), label(lang, "consent.incomplete"))
    assert contains(part(made, label(lang, "sec.checklist")), label(lang, "check.incomplete"))


@pytest.mark.parametrize("lang", LANGS)
def test_circumstances_are_the_recorded_narrative_or_sentences_from_recorded_acts_only(desk_path, tmp_path, lang):
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    assert has(made, label(lang, "note.narrative_from_acts"))
    seen = label(lang, "narr.last_seen", when="", where="", by="")
    assert in_order(body(made), seen)
    doc = desk_document()
    doc["persons"][0]["circumstances"] = {"en": "Narrative Yankee: visits stopped in Mordad 1367."}
    path = case_from(tmp_path / "narr.cf", doc)
    made = make(path, tmp_path / f"narr-{lang}.pdf", person="v-17", audience="un", lang=lang)
    assert "Narrative Yankee" in made.text and not has(made, label(lang, "note.narrative_from_acts"))


@pytest.mark.parametrize("lang", LANGS)
def test_family_and_given_names_apart_and_not_recorded_rows(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    identity = part(made, label(lang, "sec.identity"), label(lang, "sec.consent"))
    family = "Kazemi" if lang == "en" else "کاظمی"
    assert contains(identity, f"{label(lang, 'f.family_name')} {family}")
    assert contains(identity, f"{label(lang, 'f.id_document')} {label(lang, 'note.not_recorded')}")
    assert contains(identity, label(lang, "f.residence")) and contains(identity, "Rasht" if lang == "en" else "رشت")


def test_submitter_block_with_relationship_contact_and_confidentiality(desk_path, tmp_path) -> None:
    made = make(desk_path, tmp_path / "v17.pdf", person="v-17", audience="un")
    pages = [normalise(p.extract_text()) for p in made.reader.pages]
    last = pages[-1]
    for needle in (
        "Sadaf Submitterova",
        "cousin of the victim",
        "zeta@example.org",
        "Identity to be kept confidential",
    ):
        assert needle in last, needle
    assert all("cousin of the victim" not in p for p in pages[:-1])


@pytest.mark.parametrize("lang", LANGS)
def test_officials_rows_show_basis_notes_certainty_wording_and_informed_apart(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    for needle in ("Named by a newspaper.", "Notes Quebec.", "Basis Romeo.", "Basis Tango."):
        assert has(made, needle), needle
    responsible = part(made, label(lang, "sec.responsible"), label(lang, "note.apart_heading"))
    for wording in ("role.established.ordered", "role.alleged.decided", "role.suspected.carried_out"):
        assert in_order(responsible, label(lang, wording)), wording
    apart = part(made, label(lang, "note.apart_heading"), label(lang, "sec.interventions"))
    assert contains(apart, "Iraj Informedi") and not contains(responsible, "Iraj Informedi")
    # reached through a sub-event of the event of the execution, and the row says so
    event = "Death committee sessions" if lang == "en" else "جلسات هیئت مرگ"
    assert in_order(responsible, label(lang, "path.sub_event", event=event, act=label(lang, "act.execution")))


def test_official_dossier_lists_the_victims_reached_with_counts_per_path(desk_path, tmp_path) -> None:
    made = make(desk_path, tmp_path / "judge.pdf", person="p-judge", audience="un")
    # Shirin was executed in the sessions; Mahmoud and Parisa in the executions the sessions are part of
    assert "3 victims are reached through the roles above" in made.text
    for name in ("Mahmoud Kazemi", "Shirin Evinova", "Parisa Publicova"):
        assert name in made.text
    assert "Death committee sessions, the event of the act (alleged to have decided) 1" in made.text
    assert "Death committee sessions, a sub-event of the act's event (alleged to have decided) 2" in made.text


@pytest.mark.parametrize("audience", ["amnesty", "lawyers"])
def test_amnesty_and_lawyers_get_no_wgeid_checklist(desk_path, tmp_path, audience) -> None:
    made = make(desk_path, tmp_path / f"{audience}.pdf", person="v-17", audience=audience)
    assert "Checklist of the elements the Working Group requires" not in made.text


@pytest.mark.parametrize("lang", LANGS)
def test_lawyers_get_an_evidence_table_saying_what_rests_on_one_source(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"lawyers-{lang}.pdf", person="v-17", audience="lawyers", lang=lang)
    evidence = part(made, label(lang, "sec.evidence"), label(lang, "sec.submitter"))
    assert contains(evidence, label(lang, "evidence.one"))  # the judge: one news report only
    assert contains(evidence, label(lang, "evidence.several", count="2" if lang == "en" else "۲"))  # news + report
    assert contains(evidence, label(lang, "note.media_only"))


@pytest.mark.parametrize("lang", LANGS)
def test_event_dossier_starts_with_a_summary_and_lists_victims_by_letter_with_sources(desk_path, tmp_path, lang):
    made = make(desk_path, tmp_path / f"event-{lang}.pdf", event="ev-1", audience="un", lang=lang)
    text = body(made)
    heads = [
        label(lang, "sec.summary"),
        f"{label(lang, 'sec.event')} {label(lang, 'f.reference')}",
        f"{label(lang, 'sec.victims')} {label(lang, 'note.victims_count', count='3' if lang == 'en' else '۳')}",
    ]
    starts = [text.index(squash(h)) for h in heads]
    assert starts == sorted(starts)
    for key in ("summary.by_type", "summary.by_place", "summary.by_month", "summary.by_burial"):
        assert has(made, label(lang, key))
    if lang == "en":
        victims = made.text[made.text.index("In alphabetical order") :]
        positions = [victims.index(n) for n in ("Mahmoud Kazemi", "Parisa Publicova", "Shirin Evinova")]
        assert positions == sorted(positions)
        assert {"M", "P", "S"} <= set(made.outline_titles())  # bookmarks by letter
    # the act's source cited beside the victim (right to left, the number reads on the other side)
    assert re.search(r"\[[0-9]+\] annex 2" if lang == "en" else r"[\[\]]\s*annex 2\s*[\[\]]\s*[۰-۹]+", made.text)
    assert has(made, label(lang, "sec.subevents"))


@pytest.mark.parametrize("lang", LANGS)
def test_sources_are_numbered_with_an_annex_and_no_record_id_anywhere(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="lawyers", lang=lang)
    annex = part(made, label(lang, "sec.annex"))
    assert ("[1]" in annex or "[۱]" in annex or "1" in annex) and contains(annex, "Report Victor")
    assert contains(annex, "Daily Paper report")
    for rid in record_ids(desk_path):
        assert made.absent(rid), rid


@pytest.mark.parametrize("lang", LANGS)
def test_restricted_dossier_is_marked_on_every_page_and_public_one_is_not(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"v17-{lang}.pdf", person="v-17", audience="un", lang=lang)
    marking = label(lang, "marking.restricted", audience=label(lang, "audience.un"))
    assert all(contains(page.extract_text(), marking) for page in made.reader.pages)
    public = make(desk_path, tmp_path / f"pub-{lang}.pdf", person="v-pub", audience="public", lang=lang)
    assert not has(public, label(lang, "marking.restricted", audience=label(lang, "audience.public")))


@pytest.mark.parametrize("lang", LANGS)
def test_month_names_are_never_cut_across_lines(desk_path, tmp_path, lang) -> None:
    made = make(desk_path, tmp_path / f"event-{lang}.pdf", event="ev-1", audience="un", lang=lang)
    months = [*GREGORIAN_MONTHS_EN, *JALALI_MONTHS_EN] if lang == "en" else [normalise(m) for m in JALALI_MONTHS_FA]
    words = set(re.findall(r"\w+", made.text))
    for month in months:
        for cut in range(3, len(month)):
            piece = month[:cut]
            if piece in words and not any(m.startswith(piece) and m in words for m in months):
                pytest.fail(f"{month!r} cut as {piece!r}")


def test_pdf_creation_date_is_the_cover_date(desk_path, tmp_path) -> None:
    made = make(desk_path, tmp_path / "v17.pdf", person="v-17", audience="un")
    created = made.reader.metadata.creation_date
    assert (created.year, created.month, created.day) == (2024, 5, 1)
    assert isinstance(created, datetime)
    assert "1 May 2024" in made.text


def test_persian_un_dossier_says_it_is_for_the_familys_review(desk_path, tmp_path) -> None:
    fa = make(desk_path, tmp_path / "fa.pdf", person="v-17", audience="un", lang="fa")
    assert has(fa, label("fa", "cover.family_review"))
    en = make(desk_path, tmp_path / "en.pdf", person="v-17", audience="un", lang="en")
    assert "family's review" not in en.text
    lawyers = make(desk_path, tmp_path / "law-fa.pdf", person="v-17", audience="lawyers", lang="fa")
    assert not has(lawyers, label("fa", "cover.family_review"))


def test_a_pseudonymous_witness_who_last_saw_the_victim_appears_by_reference(desk_path, tmp_path) -> None:
    made = make(desk_path, tmp_path / "v17.pdf", person="v-17", audience="un")
    ref = reference(desk_path, "w-anon")
    assert f"Witness {ref} (relative)" in made.text
    assert made.absent("Zohreh Witnessian") and made.absent("w-anon")


@pytest.mark.parametrize("lang", LANGS)
def test_no_reference_date_or_name_is_cut_mid_word(demo_path, tmp_path, lang, monkeypatch) -> None:
    """A word too wide for its cell is cut as a last resort (a long web address, a signature); a
    reference, a month, a name or a column heading never is."""
    from casefile.dossier import bidi, layout

    cut: list[str] = []
    original = bidi.BidiParagraph._cut_word

    def recording(self, word: str, max_width: float) -> list[str]:
        cut.append(word)
        return original(self, word, max_width)

    monkeypatch.setattr(bidi.BidiParagraph, "_cut_word", recording)
    layout._cell_text.cache_clear()
    for kwargs in ({"person": "v-01"}, {"person": "v-04"}, {"person": "p-raisi"}, {"event": "ev-1988-massacre"}):
        for audience in ("un", "lawyers"):
            make(demo_path, tmp_path / "d.pdf", audience=audience, lang=lang, **kwargs)
    layout._cell_text.cache_clear()
    months = [*GREGORIAN_MONTHS_EN, *JALALI_MONTHS_EN, *JALALI_MONTHS_FA]
    for word in cut:
        assert not re.search(r"\b[A-Z]-[2-9A-Z]{6}\b", word), word
        assert not any(m in word for m in months), word
        # only web addresses, file names and long digests or signatures may be cut
        assert "://" in word or "." in word or (len(word) >= 40 and word.isalnum()), word
