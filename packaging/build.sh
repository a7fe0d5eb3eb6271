#!/usr/bin/env bash
# Build the desktop bundle with PyInstaller into dist/casefile/ (run from anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . pyinstaller
.venv-build/bin/pyinstaller --noconfirm --clean packaging/casefile.spec
echo "built dist/casefile/casefile"
