#!/usr/bin/env bash
# Screenshots of the main window over the demo case file, in English and in Persian, for the README.
#   scripts/screenshots.sh            -> docs/screenshots/main-en.png, docs/screenshots/main-fa.png
# Runs the real app under Xvfb (needs: xvfb, xauth, imagemagick). Settings and the demo file go
# to a temporary folder, so the user's own settings and case files are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
OUT=docs/screenshots
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

shoot() {
    local lang="$1" display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
        "$PYTHON" - "$lang" "$WORK" <<'PY' &
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer

lang, work = sys.argv[1], Path(sys.argv[2])
QCoreApplication.setOrganizationName("Casefile")
QCoreApplication.setApplicationName("Casefile")
QSettings().setValue("language", lang)

from casefile.desktop import app as app_module  # noqa: E402

demo = work / f"demo-{lang}" / "demo.casefile"
app_module.default_demo_path = lambda: demo
qapp = app_module.setup_application()
controller = app_module.CasefileApp()
window = controller.open_demo()
window.setGeometry(0, 0, 1280, 800)
window.show_record("v-01")
table = window.ui.recordTable
for row in range(window.model.rowCount()):
    if window.model.row_id(row) == "v-01":
        table.selectRow(row)
QTimer.singleShot(8000, qapp.quit)
qapp.exec()
controller.close_file(show_welcome=False)
PY
    local app=$!
    sleep 5
    DISPLAY="$display" import -window root "$OUT/main-$lang.png"
    wait "$app" || true
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    echo "wrote $OUT/main-$lang.png"
}

shoot en
shoot fa
