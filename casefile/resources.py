"""The one place that finds the folders shipped beside the code: db/, ui/ and resources/.

In a wheel they are mapped into the package as ``casefile/_data/<folder>``; in a checkout
(editable install, or running from the source tree) that folder does not exist and the
checkout's own top-level folders are used instead.
"""

from __future__ import annotations

from pathlib import Path

# The package's own folder (importlib.resources.files("casefile") says the same, but importing it
# costs a command such as `casefile search` a quarter of its start-up: tempfile, zipfile, shutil).
_PACKAGE_DIR = Path(__file__).resolve().parent


def _root(folder: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / folder
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / folder


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (fonts, icons, i18n, sample)."""
    return _root("resources").joinpath(*parts)


def db_path(*parts: str) -> Path:
    """Path of a file under ``db/`` (the numbered SQL migrations)."""
    return _root("db").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a file under ``ui/`` (Qt Designer forms and the stylesheet)."""
    return _root("ui").joinpath(*parts)
