"""The detail pane in Persian words every enumerated value from the vocabulary: no English value
word (nor a bare identifier such as ``full``) is left on a victim's page."""

from __future__ import annotations

import re

from casefile import vocabulary
from casefile.desktop import language


def _english_value_words() -> re.Pattern[str]:
    words = {v for _, f in vocabulary.enumerated_fields() for v in f.values}  # identifiers
    words |= {w for s in vocabulary.VALUE_SETS.values() for w in s.values()}  # and their English
    words = {w.replace("_", " ") for w in words} | words
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)


def test_the_persian_detail_pane_shows_no_english_value_word(window) -> None:
    english = _english_value_words()
    language.apply("fa")
    try:
        found = {}
        # victims with a family consent (full name, initials), acts of several kinds, burial and
        # death certificate; an official with positions and involvements; a witness
        for record_id in ("v-01", "v-02", "v-05", "v-09", "p-raisi", "w-01"):
            window.show_record(record_id)
            # what the records say (names, notes, summaries) is shown isolated (U+2068 ... U+2069):
            # data in the language it was written in, not words of the interface
            page = re.sub("\u2068[^\u2069]*\u2069", "", window.ui.detail.toPlainText())
            hits = english.findall(page)
            if hits:
                found[record_id] = sorted(set(hits))
        assert found == {}
        window.show_record("v-01")
        page = window.ui.detail.toPlainText()
        assert "نام کامل" in page  # the family's answer, which used to read "full"
    finally:
        language.apply("en")
