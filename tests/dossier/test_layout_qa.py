"""QA findings on the dossiers' layout and wording, each checked on the PDF read back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from casefile.dossier import content as c
from casefile.dossier import layout
from casefile.store import CaseFile

from .conftest import MADE_ON, PASSPHRASE, base_document, case_from, make, normalise

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def words_on_page(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [(float(a), float(b), float(x), float(y), w) for a, b, x, y, w in _WORD.findall(out)]


def page_with(pdf: Path, needle: str, pages: int) -> int:
    for page in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True)
        if needle in normalise(out.stdout.decode("utf-8")):
            return page
    raise AssertionError(f"{needle!r} on no page")


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_annex_hash_is_whole_on_one_line_and_no_words_overlap(demo_path: Path, tmp_path: Path, lang: str) -> None:
    made = make(demo_path, tmp_path / f"v01-{lang}.pdf", person="v-01", audience="un", lang=lang)
    digest = "56b9adb9e10a4aa516722231e90879b32cbc7315166b4993a7bb6d574803bc7a"
    page = page_with(made.path, digest, made.result.pages)  # one word: not cut across lines
    words = words_on_page(made.path, page)
    assert digest in [w[4] for w in words]
    for i, (x0, y0, x1, y1, w) in enumerate(words):
        for a0, b0, a1, b1, v in words[i + 1 :]:
            overlap_x = min(x1, a1) - max(x0, a0)
            overlap_y = min(y1, b1) - max(y0, b0)
            assert overlap_x <= 0.5 or overlap_y <= 2, f"{w!r} overlaps {v!r} on page {page}"


def fa_content(demo_path: Path, person: str) -> c.Dossier:
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        return c.build_content(cf, person=person, event=None, audience="un", lang="fa", made_on=MADE_ON)


def cells(dossier: c.Dossier, key: str) -> list[str]:
    section = next(s for s in dossier.sections if s.key == key)
    found: list[str] = []
    for block in section.blocks:
        if isinstance(block, c.KeyValues):
            found += [v for _k, v in block.rows]
        elif isinstance(block, c.Table):
            found += [cell for row in block.rows for cell in row]
    return found


def test_fa_aliases_use_persian_punctuation_and_keep_each_alias_with_its_kind(demo_path: Path, tmp_path: Path) -> None:
    identity = cells(fa_content(demo_path, "v-01"), "identity")
    assert "Mohammad Hosein Karimi Nezhad (نویسه‌گردانی)؛ حسین (لقب)" in identity
    made = make(demo_path, tmp_path / "v01-fa.pdf", person="v-01", audience="un", lang="fa")
    assert "؛" in made.text and normalise("نویسه‌گردانی") in made.text
    en = make(demo_path, tmp_path / "v01-en.pdf", person="v-01", audience="un", lang="en")
    assert "Mohammad Hosein Karimi Nezhad (transliteration); " in en.text  # English keeps "; "


def test_fa_mixed_script_cell_is_laid_out_right_to_left() -> None:
    styles = layout._styles("fa")
    r = layout._Renderer(styles, "fa")
    text = "Mahmud Kazemi (آوانویسی)؛ حسین (لقب)"
    shown = r.cell(text, 400)
    # Right to left: the Latin name (first in logical order) is drawn at the right end.
    assert shown.rstrip().endswith("Mahmud Kazemi")


def test_checklist_names_fields_by_their_labels(demo_path: Path, tmp_path: Path) -> None:
    made = make(demo_path, tmp_path / "v01.pdf", person="v-01", audience="un")
    assert "Identity section: Family name, Given names, Date of birth, Place of birth, Father's name" in made.text
    assert "Family consent section" in made.text
    for raw in ("birth_place", "father_name", "family_consent", "v-01"):
        assert raw not in made.text
    checklist = [normalise(cell) for cell in cells(fa_content(demo_path, "v-01"), "checklist")]
    assert "بخش هویت: نام خانوادگی، نام، تاریخ تولد، محل تولد، نام پدر، نام مادر" in checklist
    assert any(cell.startswith("بخش رضایت خانواده") for cell in checklist)
    fa = make(demo_path, tmp_path / "v01-fa.pdf", person="v-01", audience="un", lang="fa")
    assert "family_consent" not in fa.text and "birth_place" not in fa.text


def test_chronology_orders_by_midpoint_then_by_kind_of_act(tmp_path: Path) -> None:
    doc = base_document()
    doc["acts"] += [
        {"id": "a-det", "victim": "v-17", "type": "detention", "date": "1983-05", "confidentiality": "public"},
        {"id": "a-arr2", "victim": "v-17", "type": "arrest", "date": "1983-05-04", "confidentiality": "public"},
        {"id": "a-tri", "victim": "v-17", "type": "trial", "date": "1983-05-20", "confidentiality": "public"},
        {"id": "a-dis", "victim": "v-17", "type": "enforced_disappearance", "date": "1988-07/..",
         "confidentiality": "public"},
        {"id": "a-bur", "victim": "v-17", "type": "secret_burial", "date": "1988-08~", "confidentiality": "public"},
    ]  # fmt: skip
    path = case_from(tmp_path / "c.cf", doc)
    made = make(path, tmp_path / "v17.pdf", person="v-17", audience="un")
    text = made.text[made.text.index("Chronology of acts Date") :]
    order = [
        "September 1981 (Shahrivar–Mehr 1360) arrest",
        "4 May 1983",
        "May 1983",
        "20 May 1983",
        "30 July 1988",
        "secret burial",
        "enforced disappearance",
    ]
    positions = [text.index(normalise(s)) for s in order]
    assert positions == sorted(positions), list(zip(order, positions, strict=True))
    assert text.index("4 May 1983") < text.index("detention")


def test_no_brackets_inside_brackets(tmp_path: Path) -> None:
    doc = base_document()
    doc["involvements"][0]["date"] = "1988"
    path = case_from(tmp_path / "c.cf", doc)
    made = make(path, tmp_path / "judge.pdf", person="v-17", audience="un")
    assert "alleged to have decided, 1988 (1366–1367)" in made.text
    assert not re.search(r"\([^()]*\([^()]*\)[^()]*\)", made.text)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_heading_is_never_left_alone_at_the_foot_of_a_page(lang: str, tmp_path: Path) -> None:
    """Push the "Attachments" heading down the page a line at a time: it always shares its page
    with the table that follows it."""
    for filler in range(30, 62):
        blocks = [c.Para(f"Filler line {n}.") for n in range(filler)]
        blocks += [
            c.Para("Attachments", "heading"),
            c.Para("Each attachment can be checked.", "note"),
            c.Table(["File", "Size"], [["clip.txt", "5"]], [0.5, 0.5]),
        ]
        dossier = c.Dossier(
            kind="victim", lang=lang, audience="un", title="T", subject="S", cover=[("Record", "x")], submitter_page=None,
            sections=[c.Section("annex", "Annex", blocks)], withheld=[], meta_title="T", meta_subject="S",
        )  # fmt: skip
        pdf, pages = layout.render(dossier)
        path = tmp_path / f"keep-{lang}-{filler}.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-f", "3", str(path), "-"], capture_output=True, check=True)
        for page, text in enumerate(out.stdout.decode("utf-8").split("\f")[: pages - 2], start=3):
            if "Attachments" in text:
                assert "clip.txt" in text, f"heading alone at the foot of page {page} (filler {filler})"


def line_of(words: list[tuple[float, float, float, float, str]], word: str) -> list[str]:
    """``word`` and the words drawn after it on its line in its table cell, right to left, each as
    drawn (NFKC): a Persian word's letters come reversed, a comma after a Latin id on its left."""
    target = next(w for w in words if w[4] == word)
    on_line = sorted((w for w in words if abs(w[1] - target[1]) < 1 and w[2] <= target[2]), key=lambda w: -w[0])
    found = [on_line[0]]
    for w in on_line[1:]:
        if found[-1][0] - w[2] > 6:  # a wider gap: the next column
            break
        found.append(w)
    return [normalise(w[4]) for w in found]


def lines_from(pdf: Path, pages: int, word: str, n: int) -> list[list[str]]:
    """The first ``n`` words drawn from ``word`` leftwards on its line, wherever ``word`` is drawn."""
    found = []
    for page in range(1, pages + 1):
        words = words_on_page(pdf, page)
        for i, w in enumerate(words):
            if w[4] == word:
                found.append(line_of(words[i:] + words[:i], word)[:n])
    return found


def test_fa_checklist_keeps_an_act_apart_from_the_persian_date_after_it(demo_path: Path, tmp_path: Path) -> None:
    # QA: a date after other words was drawn with its day on the wrong side. Dates are now
    # right-to-left isolates (Context.date): day, month, year as a Persian reader meets them.
    made = make(demo_path, tmp_path / "v04-fa.pdf", person="v-04", audience="un", lang="fa")
    raw = subprocess.run(["pdftotext", str(made.path), "-"], capture_output=True, check=True).stdout.decode()
    assert not re.search("[\u2066-\u2069]", raw)  # isolates are laid out, never drawn
    assert ["۱۴", "اردیبهشت"[::-1], "۱۳۶۲"] in lines_from(made.path, made.result.pages, "۱۴", 3)


def test_fa_date_after_a_latin_publisher_keeps_its_day_with_its_month(tmp_path: Path) -> None:
    # QA: "۱۹ ... Amnesty International ... شهریور ۱۳۹۹": the day joined the Latin run before it.
    doc = base_document()
    doc["sources"][0].update(publisher="Amnesty International", date={"calendar": "jalali", "value": "1399-06-19"})
    path = case_from(tmp_path / "c.cf", doc)
    made = make(path, tmp_path / "fa.pdf", person="v-17", audience="un", lang="fa")
    found = lines_from(made.path, made.result.pages, "۱۹", 2)
    assert ["۱۹", "شهریور"[::-1]] in found, found  # the year may wrap to the next line, after them
    assert "۱۳۹۹" in made.text
