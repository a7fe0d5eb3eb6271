"""Entry point of the frozen app (PyInstaller), built as two executables from this one script.

- ``casefile``: the command line, as installed with pip (no arguments: the desktop app).
- ``casefile-desktop``: the desktop app only; on Windows and macOS a windowed program (no console
  window), the one a family starts by double-click.

``CASEFILE_SELFTEST=OUT.png casefile-desktop [PATH]`` (used by ``packaging/build.py --check``)
starts the desktop as usual, and once it has been showing for a few seconds prints the title of
every visible window, saves the largest to OUT.png and quits: proof that the bundle starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def selftest(out: Path, path: Path | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from casefile.desktop.app import run, setup_application

    setup_application()

    def shoot() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for w in windows:
            print(f"window: {w.windowTitle()}", flush=True)
        if windows:
            max(windows, key=lambda w: w.width() * w.height()).grab().save(str(out))
        QApplication.quit()

    QTimer.singleShot(int(os.environ.get("CASEFILE_SELFTEST_MS", "4000")), shoot)
    return run(path)


def main() -> int:
    args = sys.argv[1:]
    desktop = Path(sys.executable).stem.lower() == "casefile-desktop"
    if os.environ.get("CASEFILE_SELFTEST"):
        paths = [a for a in args if not a.startswith("-") and a != "open"]
        return selftest(Path(os.environ["CASEFILE_SELFTEST"]), Path(paths[0]) if paths else None)
    if desktop:
        from casefile.desktop.app import run

        paths = [a for a in args if not a.startswith("-")]  # file managers pass the file to open
        return run(Path(paths[0]) if paths else None)
    from casefile.cli import main as cli

    return cli()


if __name__ == "__main__":
    raise SystemExit(main())
