"""The compiled forms in casefile/desktop/forms/ must match ui/*.ui (a frozen app has no uic).

Compared by what they build, not by the generator's text: ``pyside6-uic`` of another Qt version the
project allows writes other code (imports, enum spelling, header) for the same form.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "casefile" / "desktop" / "forms"
#: Properties that make a form what it is to its user.
PROPERTIES = ("text", "title", "windowTitle", "toolTip", "placeholderText", "shortcut", "orientation",
              "checkable", "enabled", "alternatingRowColors", "sortingEnabled", "accessibleName", "echoMode",
              "wordWrap", "minimumSize", "standardButtons", "suffix", "specialValueText", "minimum", "maximum")  # fmt: skip
#: Dynamic properties a form sets for the stylesheet (``tone``: error or warning).
DYNAMIC = ("tone",)


def _uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    if not Path(found).exists():
        pytest.skip("pyside6-uic is not installed")
    return found


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(module: ModuleType) -> list[tuple]:
    """Every object the form builds: its name, class, parent and user-visible properties."""
    ui_class = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))
    kinds = [kind for kind in (QMainWindow, QDialog) if kind.__name__ in module.__dict__]
    host = (kinds[0] if kinds else QWidget)()  # the kind of window the form is drawn for
    ui_class().setupUi(host)
    found = []
    for obj in [host, *host.findChildren(QObject)]:
        if not obj.objectName() or obj.objectName().startswith("qt_"):
            continue
        meta = obj.metaObject()
        props = []
        for prop in PROPERTIES:
            if meta.indexOfProperty(prop) >= 0:
                value = obj.property(prop)
                props.append((prop, value.toString() if hasattr(value, "toString") else str(value)))
        props += [(prop, str(obj.property(prop))) for prop in DYNAMIC if obj.property(prop) is not None]
        parent = obj.parent().objectName() if obj.parent() is not None else ""
        found.append((obj.objectName(), meta.className(), parent, tuple(props)))
    host.deleteLater()
    return sorted(found)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(qapp, ui_file: Path, tmp_path: Path) -> None:
    compiled = FORMS / f"ui_{ui_file.stem}.py"
    assert compiled.exists(), f"{ui_file.name} is not compiled: run scripts/forms.sh"
    fresh = tmp_path / compiled.name
    subprocess.run([_uic(), str(ui_file), "-o", str(fresh)], check=True)
    shipped_tree = _tree(_load(compiled, "shipped_form"))
    assert len(shipped_tree) > 5
    assert _tree(_load(fresh, "fresh_form")) == shipped_tree, (
        f"{compiled.relative_to(ROOT)} is stale: run scripts/forms.sh"
    )


def test_every_compiled_form_comes_from_a_ui_file() -> None:
    orphans = [p.name for p in FORMS.glob("ui_*.py") if not (ROOT / "ui" / f"{p.stem[3:]}.ui").exists()]
    assert orphans == [], "compiled forms without their ui/*.ui: run scripts/forms.sh"


def test_a_form_changed_after_compiling_is_found_stale(qapp, tmp_path: Path) -> None:
    ui_file = ROOT / "ui" / "main_window.ui"
    changed = tmp_path / "main_window.ui"
    text = ui_file.read_text(encoding="utf-8")
    assert "<string>" in text
    changed.write_text(text.replace("<string>", "<string>X", 1), encoding="utf-8")
    fresh = tmp_path / "ui_changed.py"
    subprocess.run([_uic(), str(changed), "-o", str(fresh)], check=True)
    assert _tree(_load(fresh, "changed_form")) != _tree(_load(FORMS / "ui_main_window.py", "shipped_again"))
