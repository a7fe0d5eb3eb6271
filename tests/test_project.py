"""The project around the code: lint clean, migrations numbered without gaps, every command of the
CLI spec shown in the README, and the resources module finding the checkout's folders."""

from __future__ import annotations

import re
import subprocess
import sys

from casefile import cli, resources, store
from tests.support.helpers import REPO

SPEC = REPO.parent / "shared" / "spec" / "cli.md"


def test_ruff_check_is_clean_on_the_code_and_the_tests():
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "casefile", "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_db_migrations_are_numbered_from_1_without_gaps():
    files = sorted(p.name for p in resources.db_path().iterdir() if p.suffix == ".sql")
    assert files, "no migrations in db/"
    numbers = []
    for name in files:
        m = re.fullmatch(r"(\d{4})_[a-z0-9_]+\.sql", name)
        assert m, f"db/{name}: migrations are named NNNN_name.sql"
        numbers.append(int(m[1]))
    assert numbers == list(range(1, len(numbers) + 1))
    assert [v for v, _, _ in store.migrations()] == numbers
    assert store.latest_schema_version() == len(numbers)


def _spec_commands() -> list[str]:
    """The commands of the CLI contract: shared/spec/cli.md beside the checkout, else docs/cli.md
    (which restates it), as `casefile <command>`."""
    spec = SPEC if SPEC.exists() else REPO / "docs" / "cli.md"
    table = [line for line in spec.read_text(encoding="utf-8").splitlines() if line.startswith("| `casefile")]
    commands = []
    for line in table:
        words = line.split("`")[1].split()
        word = words[1] if len(words) > 1 else ""
        if word == "[open]":
            word = "open"
        commands.append(word)
    assert len(commands) >= 9, commands
    return commands


def _not_yet_available() -> set[str]:
    """Commands of the spec that docs/cli.md says this version does not have yet (its section
    "Not yet available", one `casefile <command>` per line)."""
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    if "## Not yet available" not in text:
        return set()
    section = text.split("## Not yet available", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^- `casefile ([a-z-]+)", section, flags=re.MULTILINE))


def test_every_command_of_the_cli_spec_is_implemented_or_said_to_be_missing():
    missing = _not_yet_available()
    help_text = cli.build_parser().format_help()
    for command in _spec_commands():
        if command.startswith("-"):
            continue
        if command in missing:
            # Said to be missing: then it must really be missing (the list may only shrink honestly).
            assert command not in cli.COMMANDS, f"docs/cli.md says `casefile {command}` is not available, but it is"
            continue
        assert command in cli.COMMANDS, command
        assert command in help_text, command


def test_every_available_command_of_the_cli_spec_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = _not_yet_available()
    for command in _spec_commands():
        if command in missing:
            continue
        assert re.search(rf"casefile {re.escape(command)}\b", readme), f"README.md does not show `casefile {command}`"


def test_resources_module_finds_db_resources_and_ui_in_the_checkout():
    assert resources.db_path("0001_initial.sql").is_file()
    assert resources.db_path() == REPO / "db" or (resources.db_path() / "0001_initial.sql").is_file()
    assert resources.resource_path("sample", "demo.json").is_file()
    assert resources.resource_path().is_dir()
    assert resources.ui_path().is_dir()


def test_core_package_has_no_qt_imports_outside_desktop():
    for path in (REPO / "casefile").rglob("*.py"):
        if "desktop" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", text, re.M), path
