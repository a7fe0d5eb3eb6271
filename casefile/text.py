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
