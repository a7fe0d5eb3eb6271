#!/usr/bin/env python3
"""Build the Casefile bundle for this computer's system with PyInstaller, and the archive a
family downloads; with ``--check``, start the built bundle and make a dossier with it.

    python3 packaging/build.py            # dist/casefile/ (one folder) and dist/casefile-VERSION-OS-ARCH.*
    python3 packaging/build.py --check    # the same, then the checks below (figures in dist/check/)

Casefile and PyInstaller are installed from PyPI into a separate venv, ``.venv-build/`` (the
development ``.venv`` is not touched). Needs Python 3.11+ with venv; stdlib only, so the same
script runs on Linux, Windows and macOS (.github/workflows/bundles.yml).

Archives: Linux ``.tar.gz`` (the folder, the .desktop file, AppStream metadata, the icon and
``install-menu-entry.sh``); Windows ``.zip`` of the folder; macOS ``.zip`` of ``Casefile.app``.
A bundle runs on systems at least as new as the one it was built on (Linux: its glibc), so the
Linux one is built on Debian 12.

The check runs the bundle's own executables, as a user would: ``casefile --version``; an
encrypted demo case file made with a Persian passphrase typed on an Arabic keyboard, verified
and backed up; an English and a Persian dossier, read back with pdftotext where it exists; and
the desktop app started offscreen (and under Xvfb when ``xvfb-run`` exists) on a case file, its
window saved as a PNG.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
VENV = ROOT / ".venv-build"
PYINSTALLER = "pyinstaller>=6.10,<7"
APP_ID = "org.casefile.Casefile"
WINDOWS, MACOS = sys.platform == "win32", sys.platform == "darwin"


def version() -> str:
    text = (ROOT / "casefile" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text)[1]


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(map(str, args)), flush=True)
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def build() -> Path:
    """The one-folder bundle in dist/casefile/ (and dist/Casefile.app on macOS)."""
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", VENV)
    run(venv_python(), "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(venv_python(), "-m", "pip", "install", "-q", str(ROOT), PYINSTALLER)
    run(venv_python(), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller", PACKAGING / "casefile.spec")  # fmt: skip
    return DIST / "casefile"


def archive(bundle: Path) -> Path:
    """The file a family downloads."""
    system = "windows" if WINDOWS else "macos" if MACOS else "linux"
    name = f"casefile-{version()}-{system}-{platform.machine().lower()}"
    if MACOS:  # ditto keeps the frameworks' symbolic links (a zip made by Python would not)
        out = DIST / f"{name}.zip"
        out.unlink(missing_ok=True)
        run("ditto", "-c", "-k", "--keepParent", DIST / "Casefile.app", out)
        return out
    if WINDOWS:
        return Path(shutil.make_archive(str(DIST / name), "zip", DIST, bundle.name))
    for extra in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.svg", "install-menu-entry.sh"):
        shutil.copy2(PACKAGING / extra, bundle / extra)
    out = DIST / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    return out


# -- the check --------------------------------------------------------------------------------

PASSPHRASE_TYPED = "رمز پرونده كريمي ١٣٦٧"  # Arabic keyboard: ك ي and Arabic-Indic digits
PASSPHRASE_MADE = "رمز پرونده کریمی ۱۳۶۷"  # the same on a Persian keyboard


class CheckFailed(Exception):
    pass


def bundle_run(exe: Path, *args: str | Path, env: dict[str, str], timeout: float = 180) -> str:
    done = subprocess.run([str(exe), *map(str, args)], env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)  # fmt: skip
    if done.returncode != 0:
        raise CheckFailed(f"{exe.name} {' '.join(map(str, args))}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def pdf_text(pdf: Path) -> str | None:
    """The PDF's text (NFKC: Persian presentation forms as letters), or None without pdftotext."""
    if not shutil.which("pdftotext"):
        return None
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def check(bundle: Path) -> None:
    """Start the built bundle as a user would and make dossiers with it; raise CheckFailed if not."""
    suffix = ".exe" if WINDOWS else ""
    cli, desktop = bundle / f"casefile{suffix}", bundle / f"casefile-desktop{suffix}"
    out = DIST / "check"
    shutil.rmtree(out, ignore_errors=True)
    (out / "home").mkdir(parents=True)
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASSPHRASE_TYPED, "PYTHONIOENCODING": "utf-8"}
    env.update({"XDG_CONFIG_HOME": str(out / "home"), "XDG_DATA_HOME": str(out / "home")})  # no trace in ~
    for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)

    said = bundle_run(cli, "--version", env=env)
    if version() not in said:
        raise CheckFailed(f"casefile --version said {said!r}")
    case = out / "check.casefile"
    bundle_run(cli, "demo", case, env={**env, "CASEFILE_PASSPHRASE": PASSPHRASE_MADE})
    if case.read_bytes()[:16] == b"SQLite format 3\x00":
        raise CheckFailed(f"{case} is not encrypted")
    bundle_run(cli, "verify", case, env=env)  # opened with the Arabic-keyboard spelling
    bundle_run(cli, "backup", case, out / "check-backup.casefile", env=env)
    for lang, name in (("en", "Karimi-Nejad"), ("fa", "کریمی")):
        pdf = out / f"dossier-{lang}.pdf"
        bundle_run(cli, "dossier", case, "--person", "v-01", "--audience", "lawyers", "--lang", lang, "-o", pdf,
                   env=env)  # fmt: skip
        if pdf.read_bytes()[:5] != b"%PDF-":
            raise CheckFailed(f"{pdf} is not a PDF")
        text = pdf_text(pdf)
        if text is not None and name not in text:
            raise CheckFailed(f"{pdf}: {name!r} not found in its text")
    print(f"check: CLI, encrypted case file, backup and dossiers ({out}/dossier-en.pdf, dossier-fa.pdf)")

    plain = out / "window.casefile"  # plain: the desktop opens it without asking for a passphrase
    bundle_run(cli, "demo", plain, "--plain", env=env)
    platforms = [("offscreen", [], {"QT_QPA_PLATFORM": "offscreen"})]
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        platforms.append(("xcb", ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"], {}))
    for label, wrapper, extra in platforms:
        shot = out / f"window-{label}.png"
        env_gui = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"} | extra | {"CASEFILE_SELFTEST": str(shot)}
        start = time.perf_counter()
        done = subprocess.run([*wrapper, str(desktop), str(plain)], env=env_gui, capture_output=True, text=True,
                              timeout=180, stdin=subprocess.DEVNULL)  # fmt: skip
        titles = [line[len("window: ") :] for line in done.stdout.splitlines() if line.startswith("window: ")]
        if done.returncode != 0 or not titles or not shot.is_file() or shot.stat().st_size < 5000:
            raise CheckFailed(
                f"desktop ({label}): exit {done.returncode}, windows {titles}\n{done.stdout}{done.stderr}"
            )
        print(f"check: desktop ({label}) showed {titles} in {time.perf_counter() - start:.1f} s; window in {shot}")
    print("check passed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="start the built bundle and make a dossier with it")
    parser.add_argument("--no-build", action="store_true", help="check the bundle already in dist/casefile/")
    args = parser.parse_args()
    start = time.perf_counter()
    bundle = DIST / "casefile"
    if not args.no_build:
        bundle = build()
        made = archive(bundle)
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"built {bundle} ({size / 1e6:.0f} MB) and {made} ({made.stat().st_size / 1e6:.0f} MB) "
              f"in {time.perf_counter() - start:.0f} s")  # fmt: skip
    if args.check:
        try:
            check(bundle)
        except (CheckFailed, subprocess.TimeoutExpired, subprocess.CalledProcessError) as e:
            print(f"check FAILED: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
