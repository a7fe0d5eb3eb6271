"""The ``casefile`` command line: exit codes, --version, the passphrase from the environment,
``init`` refusing to overwrite, and commands that import nothing they do not need (no Qt, no reportlab)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile import __version__
from casefile.cli import main
from tests.support.documents import full_document, in_schema_order
from tests.support.helpers import PASSPHRASE, REPO, child_env, file_snapshot, run_cli


def test_version_prints_the_version_and_exits_0():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"casefile {__version__}"


@pytest.mark.parametrize(
    "args",
    [["init"], ["search", "x.casefile"], ["import", "x.casefile"], ["export", "x", "--bogus"], ["verify"],
     ["search", "x", "q", "--limit", "many"], ["dossier", "x", "--person", "p"], ["--no-such-option"],
     ["dossier", "x", "--person", "p", "--audience", "press", "-o", "o.pdf"]],
)  # fmt: skip
def test_usage_errors_exit_2(args, tmp_path: Path):
    done = run_cli(*args, cwd=tmp_path)
    assert done.returncode == 2, done
    assert "usage" in done.stderr.lower()
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_creates_an_encrypted_file_with_the_passphrase_from_the_environment(tmp_path: Path):
    path = tmp_path / "new.casefile"
    done = run_cli("init", path)
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stderr
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert run_cli("verify", path).returncode == 0
    assert run_cli("verify", path, passphrase="other").returncode == 1


def test_init_plain_needs_no_passphrase(tmp_path: Path):
    path = tmp_path / "plain.casefile"
    done = run_cli("init", path, "--plain", passphrase=None)
    assert done.returncode == 0, done.stderr
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert run_cli("verify", path, passphrase=None).returncode == 0


def test_init_without_passphrase_or_terminal_exits_1_creating_nothing(tmp_path: Path):
    path = tmp_path / "new.casefile"
    done = run_cli("init", path, passphrase=None)
    assert done.returncode == 1
    assert "CASEFILE_PASSPHRASE" in done.stderr
    assert not path.exists()


def test_encrypted_file_without_passphrase_exits_1(demo_path: Path):
    done = run_cli("verify", demo_path, passphrase=None)
    assert done.returncode == 1 and "passphrase" in done.stderr


def test_init_refuses_to_overwrite(tmp_path: Path, demo_path: Path):
    before = file_snapshot(demo_path)
    for extra in ([], ["--plain"]):
        done = run_cli("init", demo_path, *extra)
        assert done.returncode == 1
        assert "exists already" in done.stderr
        assert file_snapshot(demo_path) == before
    done = run_cli("demo", demo_path)
    assert done.returncode == 1 and file_snapshot(demo_path) == before
    other = tmp_path / "notes.txt"
    other.write_text("keep me")
    assert run_cli("init", other).returncode == 1
    assert other.read_text() == "keep me"


def test_demo_builds_a_case_file_that_verifies(tmp_path: Path):
    path = tmp_path / "demo.casefile"
    done = run_cli("demo", path)
    assert done.returncode == 0, done.stderr
    assert "added" in done.stderr
    assert run_cli("verify", path).returncode == 0
    hits = json.loads(run_cli("search", path, "Raeesi", "--json").stdout)
    assert [h["id"] for h in hits] == ["p-raisi"]


def test_export_to_stdout_and_to_a_file_are_the_same(tmp_path: Path, passphrase_env: str):
    path = tmp_path / "a.casefile"
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(full_document(), ensure_ascii=False), encoding="utf-8")
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(src)]) == 0
    done = run_cli("export", path)
    assert done.returncode == 0
    assert main(["export", str(path), "-o", str(tmp_path / "out.json")]) == 0
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == done.stdout
    assert json.loads(done.stdout) == in_schema_order(full_document())
    no_att = json.loads(run_cli("export", path, "--no-attachments").stdout)
    assert "data" not in no_att["sources"][0]["attachments"][0]


def test_import_of_a_missing_document_exits_1(plain_path: Path, tmp_path: Path):
    done = run_cli("import", plain_path, tmp_path / "nowhere.json")
    assert done.returncode == 1 and "nowhere.json" in done.stderr and "Traceback" not in done.stderr


def test_verify_problem_exits_1_clean_exits_0(plain_path: Path):
    import sqlite3

    assert run_cli("verify", plain_path).returncode == 0
    conn = sqlite3.connect(plain_path)
    conn.execute("INSERT INTO versions (hash, data) VALUES (x'00', '{}')")
    conn.execute("INSERT INTO record_heads (id, kind, vid) VALUES ('x', 'persons', last_insert_rowid())")
    conn.commit()
    conn.close()
    done = run_cli("verify", plain_path)
    assert done.returncode == 1 and "'x'" in done.stdout


def _modules_after(argv: list[str], cwd: Path) -> tuple[int, bool, bool]:
    code = (
        "import sys\n"
        "from casefile.cli import main\n"
        "try:\n"
        f"    rc = main({argv!r})\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        "print('RESULT', rc, 'PySide6' in sys.modules, 'reportlab' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=cwd, capture_output=True, text=True, timeout=60
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("RESULT"))
    _, rc, qt, rl = line.split()
    return int(rc), qt == "True", rl == "True"


def test_cli_commands_import_neither_qt_nor_reportlab(demo_path: Path, tmp_path: Path):
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(full_document(), ensure_ascii=False), encoding="utf-8")
    plain = tmp_path / "p.casefile"
    for argv in (
        ["init", str(plain), "--plain"],
        ["import", str(plain), str(doc)],
        ["search", str(demo_path), "Raeesi", "--json"],
        ["verify", str(demo_path)],
        ["export", str(demo_path), "-o", str(tmp_path / "out.json")],
        ["demo", str(tmp_path / "d.casefile")],
    ):
        rc, qt, rl = _modules_after(argv, tmp_path)
        assert rc == 0, argv
        assert not qt, f"{argv[0]} imported PySide6"
        assert not rl, f"{argv[0]} imported reportlab"


def test_the_module_check_sees_an_import(tmp_path: Path):
    # the check above can fail: a command that does import Qt is seen
    code = "import sys, PySide6; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "True"


def test_core_modules_import_without_qt():
    code = (
        "import sys\n"
        "import casefile.model, casefile.validate, casefile.dates, casefile.text, casefile.store, casefile.audit\n"
        "import casefile.records, casefile.exchange, casefile.search, casefile.verify, casefile.cli, casefile.sample\n"
        "import casefile.resources, casefile.errors\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab')]\n"
        "print(bad)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_search_does_not_load_sqlite_utils_or_run_schema_work(demo_path: Path, tmp_path: Path):
    code = (
        "import sys\n"
        "from casefile.cli import main\n"
        f"rc = main(['search', {str(demo_path)!r}, 'Raeesi'])\n"
        "print('RESULT', rc, 'sqlite_utils' in sys.modules, 'edtf' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("RESULT"))
    assert line.split()[1:] == ["0", "False", "False"]


def test_search_imports_only_what_a_search_needs(demo_path: Path, tmp_path: Path):
    # `casefile search` is a short command: every module it imports is start-up time (issue 13)
    not_needed = (
        "casefile.records", "casefile.exchange", "casefile.validate", "casefile.audit", "casefile.dates",
        "casefile.versions", "casefile.anchors", "casefile.linkage", "sqlite_utils", "edtf", "rapidfuzz",
        "reportlab", "PySide6", "platformdirs", "importlib.resources", "tempfile", "zipfile", "hashlib",
        "argparse", "dataclasses", "inspect", "shutil",
        # typing (Protocol), pathlib (with urllib.parse, ipaddress, fnmatch) and contextlib were a
        # fifth of a search's start-up; type hints import them for type checkers only
        "typing", "pathlib", "urllib.parse", "ipaddress", "fnmatch", "contextlib", "casefile.vocabulary",
    )  # fmt: skip
    code = (
        "import sys\n"
        "from casefile.cli import main\n"
        f"rc = main(['search', {str(demo_path)!r}, 'رئیسی', '--json'])\n"
        f"print('RESULT', rc, *[m for m in {not_needed!r} if m in sys.modules], file=sys.stderr)\n"
        # nor compiles the pattern of lone surrogates (half of importing casefile.fieldtypes)
        "print('SURROGATE', sys.modules['casefile.fieldtypes']._SURROGATE is not None, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("RESULT"))
    assert line.split()[1:] == ["0"]
    assert "SURROGATE False" in done.stderr.splitlines()
    assert "p-raisi" in done.stdout  # it did search


def test_passphrase_never_appears_in_output(demo_path: Path):
    for args in (["verify", demo_path], ["search", demo_path, "x"]):
        for phrase in (PASSPHRASE, "a wrong one"):
            done = run_cli(*args, passphrase=phrase)
            assert phrase not in done.stdout + done.stderr


def test_a_search_reads_its_arguments_as_argparse_does(demo_path: Path, capsys, passphrase_env: str):
    # the plain form is read without argparse; every other spelling still goes through it
    def run(*args: str) -> tuple[int, str]:
        code = main(["search", *args])
        return code, capsys.readouterr().out

    plain = run(str(demo_path), "Raeesi", "--limit", "1", "--json")
    assert plain[0] == 0 and json.loads(plain[1])[0]["id"] == "p-raisi"
    for spelling in (
        ["--json", str(demo_path), "--limit=1", "Raeesi"],
        ["--lim", "1", str(demo_path), "Raeesi", "--js"],
        ["--limit", "1", "--json", "--", str(demo_path), "Raeesi"],
    ):
        assert run(*spelling) == plain, spelling
    with pytest.raises(SystemExit) as usage:
        main(["search", str(demo_path)])
    assert usage.value.code == 2 and "required: query" in capsys.readouterr().err
    assert main(["search", str(demo_path), "x", "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err
