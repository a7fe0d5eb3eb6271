"""The wheel carries db/, ui/ and resources/ inside the package, and the code finds them both
installed and in a checkout; the README's commands are the ones CI runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("casefile_desktop-*.whl"))


def test_wheel_maps_data_folders_into_the_package_and_installs_no_top_level_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "casefile/_data/db/0001_initial.sql" in names
    assert "casefile/_data/resources/sample/demo.json" in names
    assert "casefile/_data/resources/fonts/Vazirmatn-Regular.ttf" in names
    assert "casefile/_data/resources/fonts/OFL.txt" in names
    assert "casefile/_data/resources/i18n/fa/LC_MESSAGES/casefile.mo" in names
    assert not [n for n in names if n.split("/")[0] in ("db", "ui", "resources")]


def test_installed_package_finds_its_data_and_builds_a_demo(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import casefile.resources as r, casefile.store as s; "
        "print(r.db_path()); print(r.resource_path('sample','demo.json').is_file()); "
        "print(s.latest_schema_version()); "
        "import casefile.i18n as i; i.set_language('fa'); print(i.current_language())"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    db_dir, has_sample, version, core_language = out.stdout.split()
    assert Path(db_dir) == target / "casefile" / "_data" / "db"
    assert has_sample == "True"
    assert int(version) >= 1
    assert core_language == "fa"  # the core's Persian catalogue was found inside the package


def test_checkout_finds_top_level_folders() -> None:
    from casefile.resources import db_path, resource_path, ui_path

    assert db_path() == ROOT / "db"
    assert resource_path("sample", "demo.json") == ROOT / "resources" / "sample" / "demo.json"
    assert ui_path().is_dir()


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("\n## ")[0]
    return re.findall(r"```sh\n(.+?)\n```", head, flags=re.S)


def test_readme_starts_with_exactly_two_commands_run_and_test() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    run, test = commands
    assert "\n" not in run and "\n" not in test
    assert run.rstrip().endswith("casefile")
    assert "pytest" in test and "[test]" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = _readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


PACKAGING = ROOT / "packaging"


def test_the_menu_entry_starts_an_executable_that_the_bundle_and_pip_both_provide() -> None:
    import configparser
    import xml.etree.ElementTree as ET

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive (Name[fa])
    entry.read(PACKAGING / "org.casefile.Casefile.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    program = desktop["Exec"].split()[0]
    assert program == "casefile-desktop"
    assert f'name="{program}"' in (PACKAGING / "casefile.spec").read_text(encoding="utf-8")
    assert f"\n{program} = " in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert desktop["Terminal"] == "false" and desktop["Name[fa]"]
    assert (PACKAGING / f"{desktop['Icon']}.svg").is_file()
    ET.parse(PACKAGING / f"{desktop['Icon']}.svg")  # well-formed
    meta = ET.parse(PACKAGING / "org.casefile.Casefile.metainfo.xml").getroot()
    assert meta.findtext("id") == "org.casefile.Casefile"
    assert meta.findtext("launchable") == "org.casefile.Casefile.desktop"
    from casefile import __version__

    assert __version__ in [r.get("version") for r in meta.iter("release")]


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CASEFILE_BUILD_BUNDLE") != "1",
    reason="builds the PyInstaller bundle from PyPI (about 3 minutes): set CASEFILE_BUILD_BUNDLE=1",
)
def test_the_built_bundle_starts_offscreen_and_makes_dossiers() -> None:
    """packaging/build.py --check: the bundle's own executables make an encrypted case file (with
    a Persian passphrase typed on an Arabic keyboard), back it up, write an English and a Persian
    dossier that pdftotext reads back, and show the desktop window offscreen (and under Xvfb)."""
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "check passed" in done.stdout
    assert list((ROOT / "dist").glob("casefile-*-linux-*.tar.gz"))
