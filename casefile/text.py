"""Persian and Latin text normalised for search and matching (never for storage).

The case file keeps text exactly as entered; search compares normalised forms so that Arabic and
Persian letter variants, zero-width non-joiners, diacritics, tatweel, hamza forms, digit scripts,
letter case and Latin accents do not decide whether a record is found.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache

TYPE_CHECKING = False  # typing is not imported at run time: a search imports this module
if TYPE_CHECKING:
    from typing import Any

# Applied after NFKD and after combining marks are dropped (hamza and madda are combining marks
# after NFKD, so أ إ آ ؤ ئ are already their base letters here).
_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf
        "ة": "ه",  # teh marbuta
        "ە": "ه",  # ae (from heh with yeh above after NFKD)
        "ۀ": "ه",
        "ٱ": "ا",  # alef wasla
        "ـ": None,  # tatweel
        "\u200c": None,  # zero-width non-joiner: "می‌خواهم" and "میخواهم" are one word
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\u00ad": None,  # soft hyphen
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)


#: The combining marks of the Basic Multilingual Plane as ranges, for Unicode 14.0.0 (Python 3.11's
#: ``unicodedata``): computing them takes ~40 ms at the first normalisation, a command such as
#: ``casefile search`` pays it on every run. Another Unicode version computes them (tests/test_text.py
#: checks the table against ``unicodedata``).
_COMBINING_UNICODE = "14.0.0"
_COMBINING_RANGES = (
    (0x0300, 0x034E), (0x0350, 0x036F), (0x0483, 0x0487), (0x0591, 0x05BD), (0x05BF, 0x05BF), (0x05C1, 0x05C2),
    (0x05C4, 0x05C5), (0x05C7, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC),
    (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0711, 0x0711), (0x0730, 0x074A), (0x07EB, 0x07F3),
    (0x07FD, 0x07FD), (0x0816, 0x0819), (0x081B, 0x0823), (0x0825, 0x0827), (0x0829, 0x082D), (0x0859, 0x085B),
    (0x0898, 0x089F), (0x08CA, 0x08E1), (0x08E3, 0x08FF), (0x093C, 0x093C), (0x094D, 0x094D), (0x0951, 0x0954),
    (0x09BC, 0x09BC), (0x09CD, 0x09CD), (0x09FE, 0x09FE), (0x0A3C, 0x0A3C), (0x0A4D, 0x0A4D), (0x0ABC, 0x0ABC),
    (0x0ACD, 0x0ACD), (0x0B3C, 0x0B3C), (0x0B4D, 0x0B4D), (0x0BCD, 0x0BCD), (0x0C3C, 0x0C3C), (0x0C4D, 0x0C4D),
    (0x0C55, 0x0C56), (0x0CBC, 0x0CBC), (0x0CCD, 0x0CCD), (0x0D3B, 0x0D3C), (0x0D4D, 0x0D4D), (0x0DCA, 0x0DCA),
    (0x0E38, 0x0E3A), (0x0E48, 0x0E4B), (0x0EB8, 0x0EBA), (0x0EC8, 0x0ECB), (0x0F18, 0x0F19), (0x0F35, 0x0F35),
    (0x0F37, 0x0F37), (0x0F39, 0x0F39), (0x0F71, 0x0F72), (0x0F74, 0x0F74), (0x0F7A, 0x0F7D), (0x0F80, 0x0F80),
    (0x0F82, 0x0F84), (0x0F86, 0x0F87), (0x0FC6, 0x0FC6), (0x1037, 0x1037), (0x1039, 0x103A), (0x108D, 0x108D),
    (0x135D, 0x135F), (0x1714, 0x1715), (0x1734, 0x1734), (0x17D2, 0x17D2), (0x17DD, 0x17DD), (0x18A9, 0x18A9),
    (0x1939, 0x193B), (0x1A17, 0x1A18), (0x1A60, 0x1A60), (0x1A75, 0x1A7C), (0x1A7F, 0x1A7F), (0x1AB0, 0x1ABD),
    (0x1ABF, 0x1ACE), (0x1B34, 0x1B34), (0x1B44, 0x1B44), (0x1B6B, 0x1B73), (0x1BAA, 0x1BAB), (0x1BE6, 0x1BE6),
    (0x1BF2, 0x1BF3), (0x1C37, 0x1C37), (0x1CD0, 0x1CD2), (0x1CD4, 0x1CE0), (0x1CE2, 0x1CE8), (0x1CED, 0x1CED),
    (0x1CF4, 0x1CF4), (0x1CF8, 0x1CF9), (0x1DC0, 0x1DFF), (0x20D0, 0x20DC), (0x20E1, 0x20E1), (0x20E5, 0x20F0),
    (0x2CEF, 0x2CF1), (0x2D7F, 0x2D7F), (0x2DE0, 0x2DFF), (0x302A, 0x302F), (0x3099, 0x309A), (0xA66F, 0xA66F),
    (0xA674, 0xA67D), (0xA69E, 0xA69F), (0xA6F0, 0xA6F1), (0xA806, 0xA806), (0xA82C, 0xA82C), (0xA8C4, 0xA8C4),
    (0xA8E0, 0xA8F1), (0xA92B, 0xA92D), (0xA953, 0xA953), (0xA9B3, 0xA9B3), (0xA9C0, 0xA9C0), (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF), (0xAAC1, 0xAAC1), (0xAAF6, 0xAAF6), (0xABED, 0xABED),
    (0xFB1E, 0xFB1E), (0xFE20, 0xFE2F),
)  # fmt: skip


def _combining_ranges() -> list[tuple[int, int]]:
    if unicodedata.unidata_version == _COMBINING_UNICODE:
        return list(_COMBINING_RANGES)
    found: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if unicodedata.combining(chr(cp)):
            if found and found[-1][1] == cp - 1:
                found[-1] = (found[-1][0], cp)
            else:
                found.append((cp, cp))
    return found


_MAPPED = {chr(k): (v or "") for k, v in _LETTERS.items()}
#: Characters that change into another one (no result is itself mapped, so the order is free).
_SUBSTITUTED = tuple((k, v) for k, v in _MAPPED.items() if v)


@lru_cache(maxsize=1)
def _dropped() -> re.Pattern[str]:
    """One regular expression matching every combining mark and every character that goes.

    Removing them with an empty replacement, then each substituted character that occurs with
    ``str.replace``, runs in C throughout: twice as fast on testimonies as one pattern with a
    replacement looked up in Python per match, and ten times ``str.translate``.
    """
    marks = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _combining_ranges())
    return re.compile("[" + marks + re.escape("".join(k for k, v in _MAPPED.items() if not v)) + "]")


#: Normalisations done before the pattern above is compiled: compiling it takes a few milliseconds,
#: more than a short command (``casefile search``) spends normalising its few words; an import
#: normalises millions of texts and compiles it after these.
_BEFORE_PATTERN = 200
_calls_left = [_BEFORE_PATTERN]


def _without_dropped(text: str) -> str:
    """``text`` without the characters :func:`_dropped` matches."""
    if _calls_left[0] > 0 and len(text) <= 200:
        _calls_left[0] -= 1
        starts, ends, gone = _marks()
        return "".join(c for c in text if c not in gone and not _in_ranges(ord(c), starts, ends))
    return _dropped().sub("", text)


@lru_cache(maxsize=1)
def _marks() -> tuple[list[int], list[int], frozenset[str]]:
    ranges = _combining_ranges()
    return [a for a, _b in ranges], [b for _a, b in ranges], frozenset(k for k, v in _MAPPED.items() if not v)


def _in_ranges(cp: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]


def normalise(text: str) -> str:
    """The form of ``text`` that search indexes and compares.

    Idempotent: ``normalise(normalise(t)) == normalise(t)``.
    """
    if not text:
        return ""
    if text.isascii():  # most English text: nothing to decompose or map
        return " ".join(text.lower().split())
    # Decompose before casefolding (compatibility forms such as '𝕊' decompose to capitals) and
    # after it (casefold can produce combining sequences, e.g. 'İ'), so the result is stable.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    decomposed = _without_dropped(decomposed)
    for char, replacement in _SUBSTITUTED:
        if char in decomposed:
            decomposed = decomposed.replace(char, replacement)
    return " ".join(decomposed.split())


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The words of ``text`` after normalisation, as FTS5's unicode61 tokenizer splits them."""
    return _TOKEN.findall(normalise(text))


# The Persian alphabet in its order. Unicode puts پ چ ژ ک گ ی after the Arabic letters, so a
# plain sort of Persian names is wrong; each letter is mapped to a private-use code point that
# keeps this order (Latin letters and digits, below U+E000, sort first).
_PERSIAN_ALPHABET = "ءابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_PERSIAN_ORDER = str.maketrans({c: chr(0xE000 + i) for i, c in enumerate(_PERSIAN_ALPHABET)})


def persian_sort_key(text: str) -> str:
    """A key that sorts Persian text in Persian alphabetical order (and works with LIKE, since it
    maps character by character: the key of a substring is a substring of the key)."""
    return normalise(text).translate(_PERSIAN_ORDER)


# --- matching keys across Persian and Latin script -------------------------------------------------
# Persian script writes few vowels, so the consonants of a name, mapped to one class per sound, are
# nearly the same in Persian and in any Latin transliteration: Karimi, Karimy, Kerimi and کریمی all
# give "krimi". Long vowels are kept where Persian writes them (ی as i, و as v), so حسن (hsn) and
# حسین (hsin) stay apart; the coarse key drops them too (Fatemeh, Fatima and فاطمه give "ftm").
# Keys serve blocking and scoring in ``casefile.linkage`` and the variant pass of search.

_PERSIAN_KEY = {
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "ژ": "j",
    "چ": "c", "ح": "h", "ه": "h", "خ": "x", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z",
    "ر": "r", "ش": "w", "غ": "q", "ق": "q", "ف": "f", "ک": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "و": "v", "ی": "i", "ا": "", "ع": "", "ء": "",
}  # fmt: skip
# Latin spellings of one Persian sound, longest first; upper case marks a sound already decided.
_LATIN_GROUPS = r"tch|sch|kh|gh|sh|ch|zh|dj|ph|ck|oo|ee|x"
_LATIN_GROUP_KEY = {
    "tch": "C", "sch": "W", "kh": "X", "gh": "Q", "sh": "W", "ch": "C", "zh": "J", "dj": "J",
    "ph": "F", "ck": "K", "oo": "U", "ee": "I", "x": "KS",
}  # fmt: skip
_LATIN_KEY = {
    "a": "", "e": "", "o": "", "i": "i", "y": "i", "u": "v", "w": "v", "v": "v", "c": "k", "q": "q",
    "C": "c", "W": "w", "X": "x", "Q": "q", "J": "j", "F": "f", "K": "k", "U": "v", "I": "i", "S": "s",
}  # fmt: skip
_NAME_SPLIT = r"[\s\u200c\u200d\-\u2010\u2011\u2012\u2013\u2014_.,;:/()]+"
_APOSTROPHES = r"['\u2018\u2019\u02bc\u02bf\u02be`´]"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The patterns of matching keys, compiled when first used: a search that finds enough by its
    words alone never computes a key, and compiling them took a part of its start-up."""
    return re.compile(pattern)


def _is_persian(token: str) -> bool:
    return bool(token) and "\u0600" <= token[0] <= "\u06ff"


_REPEATED = r"(?s)(.)\1+"


def _collapse(key: str) -> str:
    """``key`` with each run of one letter written once."""
    # most keys have no run: a search is cheaper than a substitution (which parses its template)
    repeated = _compiled(_REPEATED)
    return repeated.sub(r"\1", key) if repeated.search(key) else key


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one word of a name (already normalised, or raw: it is normalised here).

    Persian and Latin spellings of one name give one key: ``کریمی``, ``Karimi``, ``Karimy`` ->
    ``krimi``; ``رضایی``, ``Rezaei``, ``Rezai`` -> ``rzi``.
    """
    word = normalise(_compiled(_APOSTROPHES).sub("", token)).replace(" ", "")
    if not word:
        return ""
    if _is_persian(word):
        if word[0] in "اع":  # a vowel-initial word: alef (or ayn) and the long vowel after it are its vowel
            word = word.lstrip("اعء")
            if word[:1] in ("ی", "و"):
                word = word[1:]
            head = ""
        else:
            head = {"ی": "y", "و": "v"}.get(word[0], "")
            if head:
                word = word[1:]
        body = "".join(_PERSIAN_KEY.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word)
    else:
        word = _compiled(_LATIN_GROUPS).sub(lambda m: _LATIN_GROUP_KEY[m.group()], word)
        head = ""
        if word[:1] == "y":
            head, word = "y", word[1:]
        elif word[:1] in ("v", "w"):
            head, word = "v", word[1:]
        else:
            word = word.lstrip("aeiouyUI")
        body = "".join(_LATIN_KEY.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word)
    key = _collapse(head + body)
    if len(key) > 1 and key.endswith("h"):  # final -eh / ه / ح: Fatemeh, Fatima, فاطمه
        key = key[:-1]
    return key


@lru_cache(maxsize=16384)
def coarse_key(key: str) -> str:
    """A key without the long vowels (``i``, ``v``) after its first letter: spellings that differ
    in those (Fatima/Fatemeh, Hosein/Husayn) meet here."""
    return _collapse(key[:1] + key[1:].replace("i", "").replace("v", "")) if key else ""


def name_words(text: str) -> list[str]:
    """The words of a name for matching: split at spaces, hyphens and zero-width non-joiners, so
    ``کریمی‌نژاد``, ``کریمی نژاد`` and ``Karimi-Nejad`` give the same words."""
    return [w for w in (normalise(part) for part in _compiled(_NAME_SPLIT).split(text or "")) if w]


def name_keys(text: str) -> list[str]:
    """The key of each word of a name, in order (empty keys dropped)."""
    return list(_name_keys(text))


@lru_cache(maxsize=65536)
def _name_keys(text: str) -> tuple[str, ...]:
    # names repeat (a list of victims holds the same few hundred names many times): an import
    # derives each once
    return tuple(k for k in (token_key(w) for w in name_words(text)) if k)


#: Marks a key in the search index (a letter no one types), so a key never matches a typed word.
KEY_MARK = "ǂ"
COARSE_MARK = "ǁ"


def index_keys(names: list[str]) -> str:
    """What a record's names add to its search index: the key and coarse key of each word and of
    each two adjacent words joined (``Mohammad Reza`` is also ``Mohammadreza``), marked."""
    found: dict[str, None] = {}
    for text in names:
        for key in _marked_keys(text):
            found[key] = None
    return " ".join(found)


# kept small: a name and its keys take about a kilobyte, and a unique name is never asked again
@lru_cache(maxsize=8192)
def _marked_keys(text: str) -> tuple[str, ...]:
    """:func:`index_keys` of one name, in order (names repeat: an import derives each once)."""
    keys = _name_keys(text)
    marked: list[str] = []
    for key in (*keys, *(_joined(a, b) for a, b in zip(keys, keys[1:], strict=False))):
        marked += (KEY_MARK + key, COARSE_MARK + coarse_key(key))
    return tuple(marked)


@lru_cache(maxsize=16384)
def _joined(first: str, second: str) -> str:
    return _collapse(first + second)


#: Caches of other modules that hold words of a case file (``holds_case_text``), emptied with these.
_OTHER_CACHES: list[Any] = []


def holds_case_text(cached: Any) -> Any:
    """Register a cache (``functools.lru_cache``) that holds words of a case file: emptied by
    :func:`forget_case_text`. Returns it, so it can decorate."""
    _OTHER_CACHES.append(cached)
    return cached


def forget_case_text() -> None:
    """Empty the caches that hold words of names and texts (called when the desktop locks the case
    file: nothing of it may stay in the running app)."""
    for cached in (token_key, coarse_key, _name_keys, _marked_keys, _joined, *_OTHER_CACHES):
        cached.cache_clear()
