"""The names of what the exchange format spells as identifiers (lists, fields, enumerated values,
languages), in the interface language: ``enforced_disappearance`` -> "Enforced disappearance" /
«ناپدیدسازی قهری».

The words are the core's :mod:`casefile.vocabulary` (one catalogue for the app and the dossiers,
not Qt's ``.ts``), read in the language the interface uses now: ``casefile.desktop.language.apply``
sets it through ``casefile.i18n.set_language`` before windows retranslate, so a switch re-labels.
The main window, the record view and the editors all use these functions.
"""

from __future__ import annotations

from casefile import i18n, vocabulary

#: What a value is read in: a value set's name, a field's declaration, path (``"acts.type"``) or values.
ValueSet = vocabulary.SetName


def language_name(code: object) -> str:
    """A BCP 47 language tag's name in the interface language ("Persian" / "فارسی" for ``fa``);
    other tags as they are."""
    return vocabulary.language_name(code, i18n.current_language())


def list_name(kind: str, plural: bool = False) -> str:
    """'Person', 'Event', ... for one record of list ``kind`` ('Persons' with ``plural``)."""
    return vocabulary.list_name(kind, i18n.current_language(), plural)


def field_name(name: str) -> str:
    """A field's label ('Place of birth' for ``birth_place``)."""
    return vocabulary.field_name(name, i18n.current_language())


def value_name(value: object, field: ValueSet = None) -> str:
    """An enumeration value's words ('enforced disappearance'), in the value set of ``field`` when
    given (``"other"`` is "other act" for an act's type); booleans yes/no; other values as they are."""
    if value is None or value == "":
        return ""
    return vocabulary.value_name(field, value, i18n.current_language())


def value_choice(value: object, field: ValueSet = None) -> str:
    """An enumeration value as a choice in a drop-down or check box: its words with a capital
    first letter ('Enforced disappearance'; scripts without capitals are unchanged)."""
    return vocabulary.value_choice(field, value, i18n.current_language())


def dossier_label(key: str) -> str:
    """A word a dossier prints (``"sec.submitter"`` -> "Submitter"), where the app names the same
    thing, so the window and the dossier say it alike."""
    return vocabulary.dossier_label(i18n.current_language(), key)


def form_label(text: str) -> str:
    """A vocabulary word as a form's label with its keyboard mnemonic: "&Title:" / «&عنوان:»."""
    return f"&{text}:"
