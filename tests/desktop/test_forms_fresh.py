"""The compiled forms in casefile/desktop/forms/ must match ui/*.ui (a frozen app has no uic)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "casefile" / "desktop" / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    if not Path(found).exists():
        pytest.skip("pyside6-uic is not installed")
    return found


def _body(text: str) -> str:
    # The generator's header comment names the Qt version and the file; compare what follows.
    return "\n".join(line for line in text.splitlines() if not re.match(r"^\s*##", line)).strip()


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(ui_file: Path, tmp_path: Path) -> None:
    compiled = FORMS / f"ui_{ui_file.stem}.py"
    assert compiled.exists(), f"{ui_file.name} is not compiled: run pyside6-uic {ui_file} -o {compiled}"
    fresh = tmp_path / compiled.name
    subprocess.run([_uic(), str(ui_file), "-o", str(fresh)], check=True)
    assert _body(fresh.read_text(encoding="utf-8")) == _body(compiled.read_text(encoding="utf-8")), (
        f"{compiled.relative_to(ROOT)} is stale: run pyside6-uic {ui_file.relative_to(ROOT)} -o {compiled.relative_to(ROOT)}"
    )
