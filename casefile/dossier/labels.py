"""Every string a dossier prints, by a stable key, in the dossier's language.

The words themselves are in :mod:`casefile.vocabulary` (the one catalogue the app and the dossiers
share; English is the msgid, the translations are the gettext catalogue, context ``dossier``), so an
enumerated value reads the same in a dossier as on screen. A reviewer checking the wording for legal
caution finds the English in ``vocabulary.DOSSIER`` and the Persian in
``resources/i18n/fa/LC_MESSAGES/casefile.po``.
"""

from __future__ import annotations

from typing import Any

from casefile.vocabulary import dossier_label


def label(lang: str, key: str, **values: Any) -> str:
    """The text of ``key`` in ``lang`` (English where the language has no translation), with
    ``{name}`` filled in. ``act.detention``, ``sex.female``, ``lang.fa``, ``audience.un``... are
    the vocabulary's values, the same the desktop shows."""
    return dossier_label(lang, key, **values)


def enum(lang: str, prefix: str, value: Any) -> str:
    """An enumerated value in words (``enum("en", "act", "secret_burial")`` gives "secret burial")."""
    if value is None or value == "":
        return ""
    return label(lang, f"{prefix}.{value}")
