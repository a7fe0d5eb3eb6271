"""What leaves the case file unencrypted is protected as well as a file can be: exports are
readable by their owner only, and nothing is written where the user did not ask."""

from __future__ import annotations

import stat
from pathlib import Path

from casefile.consent import initials
from tests.support.helpers import run_cli


def test_export_file_is_readable_by_its_owner_only(encrypted_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    done = run_cli("export", encrypted_path, "-o", out)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not (tmp_path / "export.json.part").exists()


def test_export_and_dossier_into_a_missing_folder_are_refused(encrypted_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    done = run_cli("export", encrypted_path, "-o", missing / "x.json")
    assert done.returncode == 1 and "no such folder" in done.stderr
    done = run_cli("dossier", encrypted_path, "--person", "v-1", "--audience", "un", "-o", missing / "x.pdf")
    assert done.returncode == 1 and "no such folder" in done.stderr
    assert not (tmp_path / "no").exists()


def test_persian_initials_take_one_letter_per_word_not_per_zwnj_part() -> None:
    name = {"fa": "غلام\u200cرضا حسن\u200cزاده", "en": "Gholamreza Hassanzadeh"}
    assert initials(name, "fa") == "غ. ح."
    assert initials(name, "en") == "G. H."
