#!/usr/bin/env bash
# Rebuild the core's gettext catalogue: the core's messages (casefile.i18n) and the words the case
# file defines (casefile.vocabulary: lists, fields, enumerated values, languages, dossier labels, each
# under a context: list, field, value, audience, language, dossier). The desktop's own strings (menus,
# buttons, dialog texts) are Qt's .ts/.qm; the desktop reads the vocabulary's words from here.
#   1. extract every _(), ngettext(), N_(), pgettext() and NC_(context, message) of casefile/ (not
#      casefile/desktop/, see babel.cfg) into resources/i18n/casefile.pot;
#   2. update resources/i18n/<lang>/LC_MESSAGES/casefile.po from it (created the first time);
#   3. after translating the new or changed entries (none may stay empty or fuzzy), compile the .mo.
# Run it from anywhere: scripts/i18n_core.sh            (extract, update, compile)
#                       scripts/i18n_core.sh compile    (compile only, after editing the .po)
# tests/test_i18n.py fails while a message is missing, untranslated, fuzzy or not compiled.
set -euo pipefail
cd "$(dirname "$0")/.."

PYBABEL=${PYBABEL:-$(command -v .venv/bin/pybabel || command -v pybabel)}
I18N=resources/i18n
LANGS=(fa)

if [ "${1:-}" != "compile" ]; then
    "$PYBABEL" extract --mapping-file babel.cfg --keywords N_ --keywords NC_:1c,2 --keywords pgettext:1c,2 --add-comments TRANSLATORS: \
        --project Casefile --width 120 --sort-by-file --output-file "$I18N/casefile.pot" casefile
    for lang in "${LANGS[@]}"; do
        if [ -f "$I18N/$lang/LC_MESSAGES/casefile.po" ]; then
            "$PYBABEL" update --domain casefile --input-file "$I18N/casefile.pot" --output-dir "$I18N" \
                --locale "$lang" --width 120 --ignore-obsolete --no-fuzzy-matching
        else
            "$PYBABEL" init --domain casefile --input-file "$I18N/casefile.pot" --output-dir "$I18N" \
                --locale "$lang" --width 120
        fi
    done
fi
for lang in "${LANGS[@]}"; do
    "$PYBABEL" compile --domain casefile --directory "$I18N" --locale "$lang" --statistics
done
