"""The one place that finds the folders shipped beside the code: db/, ui/ and resources/.

In a wheel they are mapped into the package as ``casefile/_data/<folder>``; in a checkout
(editable install, or running from the source tree) that folder does not exist and the
checkout's own top-level folders are used instead.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

# The package's own folder (importlib.resources.files("casefile") says the same, but importing it
# costs a command such as `casefile search` a quarter of its start-up: tempfile, zipfile, shutil).
# Plain strings until a Path is asked for: pathlib (with urllib.parse and ipaddress) is a twentieth
# of a search's start-up, and a search needs only the number of migrations (`folder`).
_PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))


def folder(name: str) -> str:
    """The folder ``db``, ``ui`` or ``resources`` as a string (no pathlib)."""
    installed = os.path.join(_PACKAGE_DIR, "_data", name)
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(_PACKAGE_DIR), name)


def _root(name: str) -> Path:
    from pathlib import Path

    return Path(folder(name))


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (fonts, icons, i18n, sample)."""
    return _root("resources").joinpath(*parts)


def db_path(*parts: str) -> Path:
    """Path of a file under ``db/`` (the numbered SQL migrations)."""
    return _root("db").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a file under ``ui/`` (Qt Designer forms and the stylesheet)."""
    return _root("ui").joinpath(*parts)
