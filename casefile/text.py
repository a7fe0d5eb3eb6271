"""Persian and Latin text normalised for search and matching (never for storage).

The case file keeps text exactly as entered; search compares normalised forms so that Arabic and
Persian letter variants, zero-width non-joiners, diacritics, tatweel, hamza forms, digit scripts,
letter case and Latin accents do not decide whether a record is found.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regular expression matching every combining mark and every mapped character.

    A regex with a replacement looked up per match runs about ten times faster than
    ``str.translate`` here: in Persian and Latin text the characters to change are few.
    """
    replacements = {chr(cp): "" for cp in range(0x10000) if unicodedata.combining(chr(cp))}
    replacements.update({chr(k): (v or "") for k, v in _LETTERS.items()})
    return re.compile("[" + re.escape("".join(replacements)) + "]"), replacements


def normalise(text: str) -> str:
    """The form of ``text`` that search indexes and compares.

    Idempotent: ``normalise(normalise(t)) == normalise(t)``.
    """
    if not text:
        return ""
    if text.isascii():  # most English text: nothing to decompose or map
        return " ".join(text.lower().split())
    pattern, replacements = _pattern()
    # Decompose before casefolding (compatibility forms such as '𝕊' decompose to capitals) and
    # after it (casefold can produce combining sequences, e.g. 'İ'), so the result is stable.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return " ".join(pattern.sub(lambda m: replacements[m.group()], decomposed).split())


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
_LATIN_GROUPS = re.compile(r"tch|sch|kh|gh|sh|ch|zh|dj|ph|ck|oo|ee|x")
_LATIN_GROUP_KEY = {
    "tch": "C", "sch": "W", "kh": "X", "gh": "Q", "sh": "W", "ch": "C", "zh": "J", "dj": "J",
    "ph": "F", "ck": "K", "oo": "U", "ee": "I", "x": "KS",
}  # fmt: skip
_LATIN_KEY = {
    "a": "", "e": "", "o": "", "i": "i", "y": "i", "u": "v", "w": "v", "v": "v", "c": "k", "q": "q",
    "C": "c", "W": "w", "X": "x", "Q": "q", "J": "j", "F": "f", "K": "k", "U": "v", "I": "i", "S": "s",
}  # fmt: skip
_NAME_SPLIT = re.compile(r"[\s\u200c\u200d\-\u2010\u2011\u2012\u2013\u2014_.,;:/()]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02bf\u02be`´]")


def _is_persian(token: str) -> bool:
    return bool(token) and "\u0600" <= token[0] <= "\u06ff"


def _collapse(key: str) -> str:
    out = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one word of a name (already normalised, or raw: it is normalised here).

    Persian and Latin spellings of one name give one key: ``کریمی``, ``Karimi``, ``Karimy`` ->
    ``krimi``; ``رضایی``, ``Rezaei``, ``Rezai`` -> ``rzi``.
    """
    word = normalise(_APOSTROPHES.sub("", token)).replace(" ", "")
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
        word = _LATIN_GROUPS.sub(lambda m: _LATIN_GROUP_KEY[m.group()], word)
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


def coarse_key(key: str) -> str:
    """A key without the long vowels (``i``, ``v``) after its first letter: spellings that differ
    in those (Fatima/Fatemeh, Hosein/Husayn) meet here."""
    return _collapse(key[:1] + key[1:].replace("i", "").replace("v", "")) if key else ""


def name_words(text: str) -> list[str]:
    """The words of a name for matching: split at spaces, hyphens and zero-width non-joiners, so
    ``کریمی‌نژاد``, ``کریمی نژاد`` and ``Karimi-Nejad`` give the same words."""
    return [w for w in (normalise(part) for part in _NAME_SPLIT.split(text or "")) if w]


def name_keys(text: str) -> list[str]:
    """The key of each word of a name, in order (empty keys dropped)."""
    return [k for k in (token_key(w) for w in name_words(text)) if k]


#: Marks a key in the search index (a letter no one types), so a key never matches a typed word.
KEY_MARK = "ǂ"
COARSE_MARK = "ǁ"


def index_keys(names: list[str]) -> str:
    """What a record's names add to its search index: the key and coarse key of each word and of
    each two adjacent words joined (``Mohammad Reza`` is also ``Mohammadreza``), marked."""
    found: dict[str, None] = {}
    for text in names:
        keys = name_keys(text)
        joined = [_collapse(a + b) for a, b in zip(keys, keys[1:], strict=False)]
        for key in (*keys, *joined):
            found[KEY_MARK + key] = None
            found[COARSE_MARK + coarse_key(key)] = None
    return " ".join(found)
