"""Normalisation for search: Persian/Arabic variants, ZWNJ, diacritics, digits, case and accents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.text import normalise, tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("كريمي", "کریمی"),  # Arabic kaf/yeh
        ("على", "علی"),  # alef maksura
        ("می\u200cخواهم", "میخواهم"),  # ZWNJ
        ("مُحَمَّد", "محمد"),  # harakat
        ("جـــواد", "جواد"),  # tatweel
        ("أحمد", "احمد"),
        ("إیران", "ایران"),
        ("آزاده", "ازاده"),
        ("مؤمن", "مومن"),
        ("رئیسی", "رییسی"),
        ("فاطمة", "فاطمه"),
        ("۱۳۶۷", "1367"),
        ("١٣٦٧", "1367"),
        ("Gérard MÜLLER", "gerard muller"),
        ("İstanbul", "istanbul"),
        ("Straße", "strasse"),
        ("  two   words\t", "two words"),
    ],
)
def test_variants_normalise_alike(a, b):
    assert normalise(a) == normalise(b)


def test_different_words_stay_different():
    assert normalise("کریمی") != normalise("رحیمی")
    assert normalise("1367") != normalise("1368")


def test_tokens_split_like_the_fts_tokenizer():
    assert tokens("Karimi-Tehrani, 1367!") == ["karimi", "tehrani", "1367"]
    assert tokens("علی‌اکبر کریمی") == ["علیاکبر", "کریمی"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


def test_the_table_of_combining_marks_is_unicodes():
    # the table spares every command ~40 ms; it must say exactly what unicodedata says
    import unicodedata

    from casefile import text

    if unicodedata.unidata_version != text._COMBINING_UNICODE:
        pytest.skip("another Unicode version: the marks are computed, not read from the table")
    table = {cp for a, b in text._COMBINING_RANGES for cp in range(a, b + 1)}
    assert table == {cp for cp in range(0x10000) if unicodedata.combining(chr(cp))}
    assert normalise("Mu\u0308ller \u064eکَریمی") == "muller کریمی"


def test_a_short_command_normalises_as_an_import_does(monkeypatch):
    # the first normalisations of a process go without the compiled pattern (casefile search's
    # start-up); every character must go or stay as the pattern says (characters are independent)
    from casefile import text

    chars = "".join(chr(cp) for cp in range(0x20, 0x10000) if not 0xD800 <= cp <= 0xDFFF) + "\U0001d165\U000e0100"
    monkeypatch.setattr(text, "_calls_left", [1])
    assert text._without_dropped(chars[:150]) == text._dropped().sub("", chars[:150])
    by_pattern = text._dropped().sub("", chars)
    kept = []
    for start in range(0, len(chars), 150):
        monkeypatch.setattr(text, "_calls_left", [1])
        kept.append(text._without_dropped(chars[start : start + 150]))
    assert "".join(kept) == by_pattern
    assert "\u064e" not in by_pattern and "\u200c" not in by_pattern and "\U0001d165" in by_pattern
