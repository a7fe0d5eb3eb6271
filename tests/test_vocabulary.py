"""One vocabulary: every list, field and enumerated value of the schema has a Persian form, and each
concept is worded once (docs/terminology.md's terms, in the .po and the .ts alike)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from babel.messages.pofile import read_po

from casefile import vocabulary
from casefile.dossier.labels import label
from casefile.model import SCHEMA, Field
from tests.support.helpers import REPO

PO = REPO / "resources" / "i18n" / "fa" / "LC_MESSAGES" / "casefile.po"
TS = REPO / "resources" / "i18n" / "casefile_fa.ts"
TERMINOLOGY = REPO / "docs" / "terminology.md"
PERSIAN = re.compile("[\u0600-\u06ff]")
#: .ts sources that spell a vocabulary word (ignoring "&", a trailing colon and case) and stay in the
#: .ts because they name a different concept, with the reason. Anything else the vocabulary words is
#: read from it (casefile/desktop/labels.py), never translated again.
DIFFERENT_MEANING = {
    ("DateEdit", "about"): "a date qualifier (approximately), not the testimony field 'About'",
    ("MainWindow", "file"): "the File menu, not a file attached to a record",
    ("NewCaseFileDialog", "file"): "the case file's path on this computer, not an attached file",
    ("_TransferDialog", "file"): "the exchange file to write or read, not an attached file",
    ("SettingsDialog", "language"): "the interface's language, not a testimony's or a dossier's",
    ("ErrorDialog", "details"): "an error's technical details, not a dossier table's column",
    ("ShareDialog", "what"): "what is being shared, not a dossier table's column",
}


def _persian(text: str) -> bool:
    return bool(PERSIAN.search(text)) or text == "SHA-256"  # the checksum's name, in any language


def _fields(fields: tuple[Field, ...]) -> list[Field]:
    return [g for f in fields for g in (f, *_fields(f.fields))]


def test_every_list_field_and_enumerated_value_of_the_schema_has_a_persian_form() -> None:
    missing = [k for k in SCHEMA if not _persian(vocabulary.list_name(k, "fa"))]
    missing += [k for k in SCHEMA if not _persian(vocabulary.list_name(k, "fa", plural=True))]
    for kind, fields in SCHEMA.items():
        missing += [f"{kind}.{f.name}" for f in _fields(fields) if not _persian(vocabulary.field_name(f.name, "fa"))]
    for path, f in vocabulary.enumerated_fields():
        assert vocabulary.value_set(path) is not None and vocabulary.value_set(f) is not None, path
        for value in f.values:
            english = vocabulary.value_name(path, value, "en")
            if english == value and "_" in value:  # no words: the identifier itself came back
                missing.append(f"{path}={value}")
            if not _persian(vocabulary.value_name(path, value, "fa")):
                missing.append(f"{path}={value} (fa)")
    # a dossier label with words to translate (not only placeholders or names such as SHA-256)
    for key, english in vocabulary.DOSSIER.items():
        if re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^{}]*\}|SHA-256", "", english)) and not _persian(label("fa", key)):
            missing.append(key)
    assert missing == []
    assert vocabulary.value_name("acts.type", "detention", "fa") == "حبس" == label("fa", "act.detention")
    assert vocabulary.value_name(None, True, "fa") == "بله" and vocabulary.value_name(None, False, "en") == "no"


def test_a_value_means_what_its_field_says() -> None:
    """One identifier in two sets: the same words where it means the same, its own where not."""
    assert vocabulary.value_name("acts.type", "execution", "fa") == vocabulary.value_name(
        "events.kind", "execution", "fa"
    )
    assert vocabulary.value_name("acts.type", "other", "en") == "other act"
    assert vocabulary.value_name("sources.kind", "other", "en") == "other"
    assert vocabulary.value_name("persons.death_certificate", "unknown", "en") == "not known"
    assert vocabulary.value_name("persons.family_consent.share_with", "public", "fa") == "عموم"
    assert vocabulary.value_name("events.confidentiality", "public", "fa") == "عمومی"
    # a merged person's differing values are read as the person's own fields
    assert vocabulary.value_name("persons.merged.values.sex", "female", "fa") == "زن"


# --- one wording per concept ----------------------------------------------------------------------


def _terminology() -> list[tuple[list[str], str]]:
    """The terms table of docs/terminology.md: (English forms, Persian term)."""
    rows = []
    text = TERMINOLOGY.read_text(encoding="utf-8")
    table = text.split("## The terms", 1)[1].split("\n## ", 1)[0]
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        rows.append(([form.strip() for form in cells[0].split(",")], cells[1]))
    return rows


def _po_pairs() -> list[tuple[str, str, str]]:
    with PO.open("rb") as f:
        catalogue = read_po(f)
    pairs = []
    for m in catalogue:
        if m.id:
            ids = m.id if isinstance(m.id, tuple) else (m.id,)
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            pairs += [(f"po:{m.context or ''}", ids[-1], s) for s in strings]
    return pairs


def _ts_pairs(ts=TS) -> list[tuple[str, str, str]]:
    pairs = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            pairs += [(f"ts:{name}", m.findtext("source") or "", form) for form in forms]
    return pairs


def _miswordings(pairs: list[tuple[str, str, str]]) -> list[str]:
    """Texts whose English holds a term of the terminology and whose Persian lacks its word."""
    bad = []
    for forms, persian in _terminology():
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)
        for where, english, translated in pairs:
            english = re.sub(r"\{[^{}]*\}|%\d", "", english)  # placeholders name no term
            if pattern.search(english) and persian not in translated:
                bad.append(f"{where}: {english!r} -> {translated!r} lacks «{persian}»")
    return bad


def test_the_terminology_doc_lists_the_terms_the_issue_asks_for() -> None:
    terms = {form for forms, _ in _terminology() for form in forms}
    assert {"testimony", "detention", "arrest", "enforced disappearance", "execution", "witness"} <= terms
    assert {"victim", "official", "consent", "audience", "case file", "dossier"} <= terms
    assert dict((forms[0], fa) for forms, fa in _terminology())["testimony"] == "شهادت"


def test_every_term_is_worded_as_the_terminology_chose_in_the_po_and_the_ts() -> None:
    assert _miswordings(_po_pairs() + _ts_pairs()) == []


def test_a_term_worded_otherwise_is_caught(tmp_path) -> None:
    """The check above fails on a real violation: the wizard's old «روایت» for a testimony."""
    wrong = TS.read_text(encoding="utf-8").replace(
        "<translation>ثبت یک شهادت</translation>", "<translation>ثبت یک روایت</translation>"
    )
    (tmp_path / "wrong.ts").write_text(wrong, encoding="utf-8")
    assert _miswordings(_ts_pairs(tmp_path / "wrong.ts")) == [
        "ts:TestimonyWizard: 'Record a testimony' -> 'ثبت یک روایت' lacks «شهادت»"
    ]


def _vocabulary_msgids() -> set[str]:
    """Every English word the vocabulary defines (lists, fields, values, languages, dossier labels),
    lower case."""
    words = [w for pair in vocabulary.LISTS.values() for w in pair]
    words += [*vocabulary.FIELDS.values(), *vocabulary.LANGUAGES.values(), *vocabulary.DOSSIER.values()]
    words += [w for s in vocabulary.VALUE_SETS.values() for w in s.values()]
    return {w.lower() for w in words}


def _translated_twice(pairs: list[tuple[str, str, str]]) -> list[str]:
    """.ts sources that are a vocabulary word, outside the allowlist of different concepts."""
    words = _vocabulary_msgids()
    bad = []
    for where, english, _ in pairs:
        key = english.replace("&", "").strip().removesuffix(":").strip().lower()
        if key in words and (where.removeprefix("ts:"), key) not in DIFFERENT_MEANING:
            bad.append(f"{where}: {english!r} is the vocabulary's word: read it through desktop/labels.py")
    return bad


def test_no_word_of_the_vocabulary_is_translated_again_in_the_ts(tmp_path) -> None:
    pairs = _ts_pairs()
    assert not [p for p in pairs if p[0] in ("ts:Lists", "ts:Fields", "ts:Values", "ts:Languages")]
    assert _translated_twice(pairs) == []
    # every exception is still there to be excused (a stale entry would hide a future one)
    present = {(w.removeprefix("ts:"), e.replace("&", "").strip().removesuffix(":").lower()) for w, e, _ in pairs}
    assert set(DIFFERENT_MEANING) <= present
    # and it fails on a real one: the sidebar's "Victims" through self.tr, as it was
    wrong = TS.read_text(encoding="utf-8").replace(
        "<source>Relatives and witnesses</source>", "<source>Victims</source>"
    )
    (tmp_path / "wrong.ts").write_text(wrong, encoding="utf-8")
    assert _translated_twice(_ts_pairs(tmp_path / "wrong.ts")) == [
        "ts:MainWindow: 'Victims' is the vocabulary's word: read it through desktop/labels.py"
    ]


@pytest.mark.parametrize("key", ["act.detention", "act.enforced_disappearance", "answer.initials", "audience.un"])
def test_a_dossier_prints_the_words_the_app_shows(key: str) -> None:
    prefix, value = key.split(".")
    set_name = vocabulary.DOSSIER_VALUE_PREFIXES[prefix]
    for lang in ("en", "fa"):
        assert label(lang, key) == vocabulary.value_name(set_name, value, lang)
