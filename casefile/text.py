"""Persian and Latin text normalised for search and matching (never for storage).

The case file keeps text exactly as entered; search compares normalised forms so that Arabic and
Persian letter variants, zero-width non-joiners, diacritics, tatweel, hamza forms, digit scripts,
letter case and Latin accents do not decide whether a record is found.
"""

from __future__ import annotations

import re
import unicodedata

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
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form of ``text`` that search indexes and compares.

    Idempotent: ``normalise(normalise(t)) == normalise(t)``.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    mapped = stripped.translate(_LETTERS).casefold()
    # casefold can produce new combining sequences (e.g. 'İ'), so decompose once more.
    mapped = "".join(c for c in unicodedata.normalize("NFKD", mapped) if not unicodedata.combining(c))
    return _SPACES.sub(" ", mapped).strip()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The words of ``text`` after normalisation, as FTS5's unicode61 tokenizer splits them."""
    return _TOKEN.findall(normalise(text))
