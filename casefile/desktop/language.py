"""The interface language: which one is in use, installing Qt translators for it, and showing
numbers and dates the way that language writes them (Persian digits and Jalali dates in Persian).

Translations are Qt's own: ``resources/i18n/casefile_<lang>.qm`` (built from the ``.ts`` sources
with ``pyside6-lrelease``) plus Qt's ``qtbase_<lang>.qm`` for the standard dialogs and buttons.
One catalogue serves the whole desktop, editors and wizard included. Messages the core writes
(validation problems, import and open errors, what a dossier withheld) come from the core's gettext
catalogue, switched here too (``casefile.i18n``; ``scripts/i18n_core.sh`` rebuilds it). After
changing strings::

    pyside6-lupdate -no-obsolete $(find casefile/desktop -name '*.py' -not -path '*/forms/*') ui/*.ui \
        -ts resources/i18n/casefile_fa.ts
    pyside6-lrelease resources/i18n/casefile_fa.ts -qm resources/i18n/casefile_fa.qm

``tests/desktop/test_translations.py`` fails while a string is missing, unfinished or not compiled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from casefile import dates, i18n
from casefile.resources import resource_path

#: Languages the app is complete in: code -> name written in that language.
LANGUAGES: dict[str, str] = {"en": "English", "fa": "فارسی"}
RTL_LANGUAGES = {"fa"}

_current = "en"
_translators: list[QTranslator] = []


def system_language() -> str:
    """The language the system asks for, if the app speaks it ('en' otherwise)."""
    return "fa" if QLocale.system().language() == QLocale.Language.Persian else "en"


def configured_language() -> str:
    """The language chosen in Settings, or the system's when none was chosen."""
    chosen = str(QSettings().value("language", "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def current() -> str:
    """The language the interface is showing now ('en' or 'fa')."""
    return _current


def apply(lang: str) -> None:
    """Install the translators, layout direction and number locale for ``lang``.

    Widgets created afterwards come up translated; existing ones get a LanguageChange event.
    """
    global _current
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "en"
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", f"casefile_{lang}.qm"))):
            _translators.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt_own)
        for translator in _translators:
            app.installTranslator(translator)
    _current = lang
    # the core's messages too; global, so work on other threads (imports, dossiers) follows
    i18n.set_language(lang)
    if lang == "fa":
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if isinstance(app, QApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    # Qt posts the LanguageChange events; deliver them now so every window is retranslated
    # before this returns (callers and tests can rely on it).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def isolate(text: object, *, ltr: bool = False) -> str:
    """``text`` wrapped in a Unicode directional isolate, to embed it in a sentence of the other
    direction without scrambling either: record ids, file paths and notes in Latin letters inside
    Persian text (which otherwise come out as ``(01-v)`` or ``tmp/qa/…pdf/``).

    ``ltr=True`` (LRI) for what always reads left to right: ids, paths, numbers with dashes; by
    default FSI, which takes the direction of the text's first strong letter (a note in either
    script). Empty text stays empty."""
    text = str(text)
    if not text:
        return text
    return (LRI if ltr else FSI) + text + PDI


def comma() -> str:
    """What separates the items of a list: ``"، "`` in Persian, ``", "`` otherwise."""
    return "، " if _current == "fa" else ", "


def semicolon() -> str:
    """What separates longer parts (the rows of a consent): ``"؛ "`` in Persian, ``"; "`` otherwise."""
    return "؛ " if _current == "fa" else "; "


def number(n: int) -> str:
    """A count written with the interface language's digits and grouping."""
    return QLocale().toString(n)


def digits(text: str) -> str:
    """Text with its ASCII digits in the interface language's script."""
    return dates.persian_digits(text) if _current == "fa" else text


def format_date(value: Any) -> str:
    """A record's date as the interface language writes it (Jalali and Persian digits in Persian);
    a date the core cannot read is shown as entered rather than hidden."""
    try:
        return dates.format_date(value, _current)
    except (ValueError, TypeError):
        return str(value)
