#!/usr/bin/env bash
# Compile every Qt Designer form ui/<name>.ui into casefile/desktop/forms/ui_<name>.py, and drop
# compiled forms whose .ui is gone. Run after editing a form (tests/desktop/test_forms_fresh.py
# fails while a compiled form is stale). The compiled forms are committed: a frozen app has no uic.
#   scripts/forms.sh
set -euo pipefail
cd "$(dirname "$0")/.."
UIC="${UIC:-.venv/bin/pyside6-uic}"
FORMS=casefile/desktop/forms
for ui in ui/*.ui; do
    name="$(basename "$ui" .ui)"
    "$UIC" "$ui" -o "$FORMS/ui_$name.py"
    echo "compiled $ui -> $FORMS/ui_$name.py"
done
for compiled in "$FORMS"/ui_*.py; do
    name="$(basename "$compiled" .py)"
    if [ ! -e "ui/${name#ui_}.ui" ]; then
        rm "$compiled"
        echo "removed $compiled (no ui/${name#ui_}.ui)"
    fi
done
