"""The three dossiers as documents: structure, metadata, fonts, Persian, reproducibility, the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.errors import Cancelled, RecordNotFound
from casefile.store import CaseFile

from .conftest import PASSPHRASE, make, normalise, reference

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "casefile", *args], capture_output=True, text=True, env=env, cwd=ROOT)


def test_same_inputs_and_date_give_byte_identical_pdf_from_the_cli(demo_path: Path, tmp_path: Path) -> None:
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"d{n}.pdf"
        done = run_cli(
            "dossier",
            str(demo_path),
            "--person",
            "v-03",
            "--audience",
            "amnesty",
            "--date",
            "2024-05-01",
            "-o",
            str(out),
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
        # The withheld summary goes to stderr, for the sender only.
        assert "withheld: testimony t-02" in done.stderr
    assert outputs[0] == outputs[1]


def test_cli_bad_id_exits_1_with_message(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = run_cli("dossier", str(demo_path), "--event", "v-01", "--audience", "un", "-o", str(out))
    assert done.returncode == 1
    assert "no event with id 'v-01'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    refused = run_cli("dossier", str(demo_path), "--person", "v-02", "--audience", "public", "-o", str(out))
    assert refused.returncode == 1 and "restricted" in refused.stderr


def test_wrong_kind_of_person_raises_record_not_found_or_casefile_error(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(RecordNotFound):
        make(demo_path, tmp_path / "x.pdf", person="ev-1988-massacre", audience="un")


def test_fonts_embedded_and_subset(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "fa.pdf", person="v-01", audience="un", lang="fa")
    listing = subprocess.run(["pdffonts", str(made.path)], capture_output=True, text=True, check=True).stdout
    rows = listing.strip().splitlines()[2:]
    assert rows
    for row in rows:
        assert "Vazirmatn" in row
        assert re.search(r"\byes\s+yes\s+yes\b", row), row


def test_metadata_title_subject_and_language(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "v.pdf", person="v-01", audience="un")
    meta = made.reader.metadata
    assert meta.title == "Victim dossier: Mohammad-Hossein Karimi-Nejad"
    assert "United Nations" in meta.subject
    assert made.reader.trailer["/Root"]["/Lang"] == "en"
    fa = make(demo_path, tmp_path / "fa.pdf", person="v-01", audience="un", lang="fa")
    assert fa.reader.trailer["/Root"]["/Lang"] == "fa"
    assert "پرونده قربانی" in normalise(fa.reader.metadata.title)


def test_bookmarks_contents_and_page_x_of_y(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "v.pdf", person="v-01", audience="un")
    titles = made.outline_titles()
    for section in ("Identity", "Chronology of acts", "Testimonies", "Annex: sources and attachments"):
        assert section in titles
    pages = len(made.reader.pages)
    assert made.result.pages == pages
    for n in range(1, pages + 1):
        assert f"page {n} of {pages}" in made.text
    assert "Contents" in made.text


def test_victim_dossier_has_wgeid_sections_and_checklist(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "v.pdf", person="v-01", audience="un")
    for needle in (
        "Ali-Akbar Karimi-Nejad",  # father's name
        "Rasht",
        "secret burial",
        "Unmarked grave: Khavaran cemetery",
        "prison visit",
        "1 August 1988",  # not necessarily a date of this case; see below
    )[:5]:
        assert needle in made.text, needle
    assert "30 July 1988 (8 Mordad 1367)" in made.text
    assert "Checklist of the elements the Working Group requires" in made.text
    # month and year suffice, and the date is the execution's, not the 1981 arrest's
    assert (
        "Date of the disappearance (at least the month and the year) present "
        "Chronology: execution, 30 July 1988 (8 Mordad 1367)"
    ) in made.text


def test_checklist_marks_missing_items(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "v05.pdf", person="v-05", audience="un")  # no family consent at all
    text = made.text
    assert "Full name and identifying data MISSING no family consent to naming is recorded for this audience" in text
    assert "Action taken by relatives MISSING no action by relatives recorded" in text


def test_claims_resting_only_on_news_are_marked_media_only(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "raisi.pdf", person="p-raisi", audience="un")
    assert re.search(r"\[\d+\] para\. 4 \[media only\]", made.text)
    assert re.search(r"\[\d+\] 00:00:00-end", made.text)
    assert not re.search(r"\[\d+\] 00:00:00-end \[media only\]", made.text)
    assert made.absent("src-news-2020") and made.absent("src-montazeri-audio")


def test_official_dossier_shows_aliases_positions_involvements_and_linked_victims(
    demo_path: Path, tmp_path: Path
) -> None:
    made = make(demo_path, tmp_path / "raisi.pdf", person="p-raisi", audience="un")
    text = made.text
    assert "Raeisi (transliteration)" in text
    assert "Deputy prosecutor of Tehran" in text and "Head of the Judiciary" in text
    assert "alleged to have decided" in text
    assert "No person named in this section has been convicted" in text
    assert re.search(r"\d+ victims are reached through the roles above", text)
    assert "Mohammad-Hossein Karimi-Nejad" in text  # full consent for un
    assert f"F. A., victim {reference(demo_path, 'v-02')}" in text  # initials only


def test_official_assumed_name_shown(tmp_path: Path, small_path: Path) -> None:
    made = make(small_path, tmp_path / "judge.pdf", person="p-judge", audience="public")
    assert "Haj Agha Mirza (assumed name)" in made.text
    assert "Sharia judge" in made.text


def test_event_dossier_lists_sub_event_victims(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "ev.pdf", event="ev-1988-massacre", audience="un")
    text = made.text
    assert "Chain of sub-events" in text and "Committee sessions at Evin prison" in text
    assert "Mohammad-Hossein Karimi-Nejad" in text  # executed in a sub-event
    assert "Officials and bodies involved" in text
    assert made.absent("Parvin Nikbakht")  # a confidential victim


def test_persian_dossier_text_extractable_in_logical_order(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "fa.pdf", person="v-01", audience="un", lang="fa")
    # pdftotext may drop the space where a run of digits meets Persian letters: compare without spaces.
    text = made.text.replace(" ", "")
    pages = "".join("۰۱۲۳۴۵۶۷۸۹"[int(d)] for d in str(made.result.pages))
    for needle in (
        "هویت",
        "محمدحسین کریمینژاد",
        "۸ مرداد ۱۳۶۷",
        f"صفحه ۱ از {pages}",
        "زندان اوین",
        "گاه‌شمار اقدامات",
    ):
        assert normalise(needle).replace(" ", "") in text, needle


def test_persian_names_in_english_dossier_are_shaped_and_in_order(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "en.pdf", person="v-01", audience="un")
    assert normalise("محمد‌حسین کریمی‌نژاد") in made.text
    assert normalise("علی‌اکبر کریمی‌نژاد") in made.text


def test_progress_is_reported_and_cancel_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    make(
        demo_path,
        tmp_path / "ok.pdf",
        event="ev-1988-massacre",
        audience="un",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    out = tmp_path / "cancelled.pdf"
    with CaseFile.open(demo_path, PASSPHRASE) as cf, pytest.raises(Cancelled):
        from casefile.dossier import make_dossier

        make_dossier(cf, event="ev-1988-massacre", audience="un", output=out, cancelled=lambda: True)
    assert not out.exists()
