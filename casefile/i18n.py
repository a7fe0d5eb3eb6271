"""The language of the messages the core writes (errors, validation problems, withheld reasons).

English is the source and the default, so the CLI and the tests read English; the desktop calls
:func:`set_language` with the interface language. Catalogues are stdlib ``gettext`` ones, domain
``casefile``, in ``resources/i18n/<lang>/LC_MESSAGES/casefile.mo`` (the desktop's own strings are
Qt's ``.ts``/``.qm`` beside them). The same catalogue holds the words the case file defines, under
contexts, read in a language given explicitly (:mod:`casefile.vocabulary`). Mark a message with
``_()`` and format it after translating::

    _("unknown value {value!r}; one of: {allowed}").format(value=value, allowed=allowed)

The language is one module-level translations object replaced in a single assignment, so work on
other threads (imports, dossiers) writes in the language chosen last. After changing messages run
``scripts/i18n_core.sh`` (extract, update the ``.po``, translate, compile); ``tests/test_i18n.py``
fails while a message is missing, untranslated or not compiled.
"""

from __future__ import annotations

# typing and pathlib are not imported at run time: every command loads this module, and they are a
# tenth of a short command's start-up (``casefile search``).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import gettext
    from pathlib import Path

DOMAIN = "casefile"
#: Languages the core's messages exist in.
LANGUAGES = ("en", "fa")

# (language, translations or None for English), replaced as one object: a thread sees the old pair
# or the new one. gettext is imported only for another language: an English command starts faster.
_state: tuple[str, gettext.NullTranslations | None] = ("en", None)


def catalogue_dir() -> Path:
    """The folder holding ``<lang>/LC_MESSAGES/casefile.mo``."""
    from casefile.resources import resource_path

    return resource_path("i18n")


def set_language(lang: str) -> None:
    """Write the core's messages in ``lang`` from now on ("en", or a language with a catalogue).

    An unknown language, or one whose catalogue is missing, falls back to English.
    """
    global _state
    translations: gettext.NullTranslations | None = None
    if lang != "en":
        import gettext

        try:
            translations = gettext.translation(DOMAIN, str(catalogue_dir()), languages=[lang])
        except OSError:
            lang = "en"
    _state = (lang, translations)


def current_language() -> str:
    """The language the core's messages are written in now."""
    return _state[0]


def _(message: str) -> str:
    """``message`` in the current language (English when it has no translation)."""
    translations = _state[1]
    return message if translations is None else translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the current language."""
    translations = _state[1]
    if translations is None:
        return singular if n == 1 else plural
    return translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction without translating it (translate with ``_()`` when shown)."""
    return message
