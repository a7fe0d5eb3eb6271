"""Persian and mixed-direction text in dossier PDFs: drawn right, and read back right.

The PDF tests build one real document and read it back with poppler, as a person's PDF
viewer would: ``pdffonts`` for embedding, ``pdftotext`` for reading order, and
``pdftotext -bbox`` for what is drawn where (left to right, glyph by glyph). Text read back
is NFKC-normalised, because the PDF holds Arabic presentation forms, and stripped of the
direction marks poppler adds.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from casefile.dossier.bidi import (
    FONT_BOLD,
    FONT_REGULAR,
    BidiParagraph,
    cell,
    display_line,
    register_fonts,
)

# -- sample text ------------------------------------------------------------------------

TESTIMONY = (
    "من می‌خواهم دربارهٔ اعدام زندانیان سیاسی در زندان اوین (Evin) در تابستان ۱۳۶۷ "
    "شهادت بدهم. برادرم در ۶ مرداد ۱۳۶۷ بازداشت شد و ما تا امروز از محل دفن او خبری "
    "نداریم. خانواده‌ها سال‌ها در گورستان خاوران به دنبال عزیزانشان گشته‌اند و نام "
    "4500 نفر را ثبت کرده‌اند."
)
WITNESS_EN = (
    "The witness, مریم کریمی, described the events of summer 1988 (1367) at Evin prison "
    "in Tehran and named the guards she remembered."
)
# Long enough to run off page 1; the first and last words mark where it starts and ends.
LONG_TESTIMONY = (
    "آغاز "
    + " ".join(f"در روز {n} خانواده‌ها جلوی زندان ایستادند و خبری از فرزندانشان نگرفتند." for n in range(1, 61))
    + " پایان"
)

DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    return DIRECTION_MARKS.sub("", unicodedata.normalize("NFKC", text))


def has_words(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words (not inside a longer word)."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def has_number(text: str, number: str) -> bool:
    """``number`` occurs as a whole run of digits, not reversed.

    poppler moves the space before a number in a right-to-left line to its other side
    («تابستان  ۱۳۶۷شهادت»), so only the digits themselves are checked.
    """
    return re.search(rf"(?<![0-9۰-۹]){re.escape(number)}(?![0-9۰-۹])", text) is not None


def visual(word: str) -> str:
    """How a Persian word is drawn (left to right), once presentation forms are normalised."""
    return word[::-1]


# -- reading a PDF back -----------------------------------------------------------------


def run_tool(*args: str | Path) -> str:
    if shutil.which(str(args[0])) is None:
        pytest.fail(f"{args[0]} is missing: install poppler-utils")
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


@dataclass(frozen=True)
class Word:
    x_min: float
    x_max: float
    y_min: float
    text: str


def drawn_lines(pdf: Path, page: int) -> list[list[Word]]:
    """The words drawn on one page, grouped into lines, each line sorted left to right."""
    xhtml = run_tool("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    lines: dict[int, list[Word]] = {}
    for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
        xhtml,
    ):
        word = Word(float(m[1]), float(m[3]), float(m[2]), normalise(html.unescape(m[4])))
        lines.setdefault(round(word.y_min), []).append(word)
    return [sorted(ws, key=lambda w: w.x_min) for _, ws in sorted(lines.items())]


# -- the document -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "fa": ParagraphStyle("fa", fontName=FONT_REGULAR, fontSize=12, leading=20, spaceAfter=8),
        "en": ParagraphStyle("en", fontName=FONT_REGULAR, fontSize=11, leading=16, spaceAfter=8),
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=26, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=FONT_REGULAR, fontSize=10, leading=16),
    }


TABLE_COLUMNS_MM = (100, 50)  # right-to-left table: the first logical column is drawn last
CELL_PADDING = 6


@pytest.fixture(scope="module")
def dossier_pdf(tmp_path_factory: pytest.TempPathFactory, styles: dict) -> Path:
    """Page 1: title, testimony, table, then a long testimony running onto page 2.

    Page 3 is English. poppler picks one reading direction per page (by counting letters),
    so an English line on a Persian page reads back scrambled whatever is drawn; the
    English paragraph gets an English page to make its read-back meaningful.
    """
    path = tmp_path_factory.mktemp("dossier") / "dossier.pdf"
    fa, en, cs = styles["fa"], styles["en"], styles["cell"]
    table = Table(
        [
            [cell("رویداد", cs), cell("تاریخ", cs)],
            [cell("بازداشت در خانه و انتقال به زندان اوین (Evin)", cs), cell("۱۳۶۷/۰۵/۰۶", cs)],
        ],
        colWidths=[w * mm for w in TABLE_COLUMNS_MM],
    )
    table.spaceAfter = 8
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    story = [
        BidiParagraph("گزارش پرونده", styles["title"]),
        BidiParagraph(TESTIMONY, fa),
        table,
        BidiParagraph(LONG_TESTIMONY, fa),
        PageBreak(),
        BidiParagraph("Witness statement", en, bold=True),
        BidiParagraph(WITNESS_EN, en),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# -- the PDF as a reader gets it ----------------------------------------------------------


def test_vazirmatn_is_embedded_as_a_subset(dossier_pdf: Path) -> None:
    rows = [line.split() for line in run_tool("pdffonts", dossier_pdf).splitlines()[2:]]
    vazirmatn = {row[0]: row for row in rows if "Vazirmatn" in row[0]}
    assert {name.split("+")[-1] for name in vazirmatn} == {"Vazirmatn-Regular", "Vazirmatn-Bold"}
    for name, row in vazirmatn.items():
        emb, sub = row[-5], row[-4]  # ... emb sub uni object-id generation
        assert (emb, sub) == ("yes", "yes"), name
        assert re.fullmatch(r"[A-Z]{6}\+Vazirmatn-(Regular|Bold)", name)


def test_persian_reads_back_in_logical_order(dossier_pdf: Path) -> None:
    raw = run_tool("pdftotext", "-f", "1", "-l", "1", dossier_pdf, "-")
    assert "\ufee3\ufee6 " in raw  # «من» drawn joined: initial meem, final noon
    text = normalise(raw)
    assert has_words(text, "گزارش پرونده")
    assert has_words(text, "اعدام زندانیان سیاسی")
    assert not has_words(text, "سیاسی زندانیان اعدام")
    assert has_words(text, "من می\u200cخواهم دربارهٔ")  # ZWNJ survives into the text layer
    assert has_words(text, "خانواده\u200cها سال\u200cها")
    assert has_number(text, "۱۳۶۷") and not has_number(text, "۷۶۳۱")
    assert has_number(text, "4500") and not has_number(text, "0054")
    assert has_words(text, "Evin")
    assert has_words(text, "بازداشت در خانه و انتقال به زندان اوین")  # a table cell


def test_latin_name_is_drawn_in_place_inside_persian_with_brackets_mirrored(
    dossier_pdf: Path,
) -> None:
    # Logical: «در زندان اوین (Evin) در تابستان». Drawn left to right, the Latin run sits
    # between «در» (to its left, read after it) and «اوین» (to its right, read before it),
    # and the brackets open on the left of "Evin" as in any Latin text.
    line = next(ws for ws in drawn_lines(dossier_pdf, 1) if visual("تابستان") in [w.text for w in ws])
    texts = [w.text for w in line]
    i = texts.index("(Evin)")
    assert texts[i - 1 : i + 3] == [visual("در"), "(Evin)", visual("اوین"), visual("زندان")]


def test_persian_table_cells_are_right_aligned_in_their_columns(dossier_pdf: Path) -> None:
    lines = drawn_lines(dossier_pdf, 1)
    header = next(ws for ws in lines if visual("رویداد") in [w.text for w in ws])
    event, date = (next(w for w in header if w.text == visual(t)) for t in ("رویداد", "تاریخ"))
    left_margin = (A4[0] - sum(TABLE_COLUMNS_MM) * mm) / 2  # Tables are centred by default
    first_column_right = left_margin + TABLE_COLUMNS_MM[0] * mm
    table_right = left_margin + sum(TABLE_COLUMNS_MM) * mm
    assert event.x_max == pytest.approx(first_column_right - CELL_PADDING, abs=1)
    assert date.x_max == pytest.approx(table_right - CELL_PADDING, abs=1)


def test_long_paragraph_breaks_across_pages(dossier_pdf: Path) -> None:
    pages = [normalise(p.extract_text()) for p in PdfReader(dossier_pdf).pages]
    assert len(pages) == 3
    assert has_words(pages[0], "آغاز") and not has_words(pages[1], "آغاز")
    assert has_words(pages[1], "پایان") and not has_words(pages[0], "پایان")
    assert "خانواده" in pages[1]  # page 2 holds the body of the paragraph, not just its end


def test_english_paragraph_keeps_a_persian_name_in_reading_order(dossier_pdf: Path) -> None:
    text = " ".join(normalise(run_tool("pdftotext", "-f", "3", "-l", "3", dossier_pdf, "-")).split())
    assert "Witness statement" in text
    assert "The witness, مریم کریمی, described the events of summer 1988 (1367) at Evin" in text


# -- line breaking and direction, without a PDF -----------------------------------------


MIXED = (
    "در گزارش سازمان عفو بین‌الملل (Amnesty International) آمده است که دست‌کم 5000 نفر "
    "در زندان‌های اوین (Evin) و گوهردشت (Gohardasht) اعدام شدند؛ "
    "https://example.org/a-very-long-address-without-any-space-in-it-at-all-whatsoever"
)


@pytest.mark.parametrize("width", [90.0, 150.0, 240.0, 400.0])
def test_every_drawn_line_fits_the_available_width(styles: dict, width: float) -> None:
    style = ParagraphStyle("narrow", parent=styles["fa"], leftIndent=6, rightIndent=4)
    para = BidiParagraph(MIXED, style)
    drawn = para.display_lines(width)
    assert len(drawn) > 1
    for line in drawn:
        assert pdfmetrics.stringWidth(line, FONT_REGULAR, style.fontSize) <= width - 10 + 1e-6
    assert para.wrap(width, 10_000) == (width, len(drawn) * style.leading)


def test_lines_keep_every_word_in_logical_order(styles: dict) -> None:
    para = BidiParagraph(TESTIMONY, styles["fa"])
    assert " ".join(para.lines(200)) == TESTIMONY
    assert para.lines(200)[0].startswith("من می\u200cخواهم")  # the first words, not the last


def test_newlines_are_kept_as_line_breaks(styles: dict) -> None:
    para = BidiParagraph("نام: مریم\nتاریخ: ۱۳۶۷", styles["fa"])
    assert para.lines(400) == ["نام: مریم", "تاریخ: ۱۳۶۷"]


def test_split_shares_the_lines_between_two_parts(styles: dict) -> None:
    style = styles["fa"]
    para = BidiParagraph(LONG_TESTIMONY, style)
    para.wrap(300, 10_000)
    first, rest = para.split(300, 5.5 * style.leading)
    assert first.lines(300) == para.lines(300)[:5]
    assert first.lines(300) + rest.lines(300) == para.lines(300)
    assert (first.getSpaceAfter(), rest.getSpaceBefore()) == (0, 0)
    assert rest.base_dir == "R"


def test_a_word_cut_across_pages_is_whole_again_when_rejoined(styles: dict) -> None:
    url = "https://example.org/a-very-long-address-without-any-space-in-it-at-all"
    para = BidiParagraph(url, ParagraphStyle("url", parent=styles["en"], allowOrphans=1))
    para.wrap(100, 10_000)
    first, rest = para.split(100, 1.5 * styles["en"].leading)
    assert len(first.lines(100)) == 1 and len(rest.lines(100)) > 1
    assert first.text + rest.text == url


def test_split_refuses_to_leave_a_single_orphan_line(styles: dict) -> None:
    para = BidiParagraph(LONG_TESTIMONY, styles["fa"])
    assert para.split(300, 1.5 * styles["fa"].leading) == []


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("زندان اوین (Evin)", "auto", "R"),
        ("Evin prison, زندان اوین", "auto", "L"),
        ("۱۳۶۷ زندان", "auto", "R"),  # digits are not strong; the first letter decides
        ("Evin در تهران", "rtl", "R"),
        ("زندان", "ltr", "L"),
    ],
)
def test_paragraph_direction(styles: dict, text: str, direction: str, expected: str) -> None:
    assert BidiParagraph(text, styles["fa"], direction).base_dir == expected


def test_display_line_is_in_drawing_order_with_mirrored_brackets() -> None:
    assert normalise(display_line("زندان (Evin)")) == "(Evin) " + visual("زندان")
    assert normalise(display_line("سال ۱۳۶۷")) == "۱۳۶۷ " + visual("سال")
    assert normalise(display_line("Evin (اوین)")) == "Evin (" + visual("اوین") + ")"


def test_display_line_joins_letters_and_zwnj_breaks_the_join() -> None:
    # می‌خواهم drawn left to right: final meem, initial heh, alef, final waw, initial khah,
    # ZWNJ, final Farsi yeh, initial meem.
    assert display_line("می‌خواهم") == "\ufee2\ufeeb\ufe8d\ufeee\ufea7\u200c\ufbfd\ufee3"


def test_display_line_keeps_zwnj_and_harakat() -> None:
    assert "\u200c" in display_line("می‌خواهم")
    assert {"\u064f", "\u064e", "\u0651"} <= set(display_line("مُحَمَّد"))


def test_bold_uses_the_bold_face(styles: dict) -> None:
    assert BidiParagraph("گزارش", styles["fa"], bold=True).font_name == FONT_BOLD
    assert BidiParagraph("گزارش", styles["fa"]).font_name == FONT_REGULAR


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    font = pdfmetrics.getFont(FONT_REGULAR)
    assert register_fonts() == "Vazirmatn"
    assert pdfmetrics.getFont(FONT_REGULAR) is font


def test_isolated_latin_id_keeps_the_persian_date_after_it_in_place() -> None:
    # python-bidi's pure-Python algorithm fails on isolates; bidi.py lays them out itself.
    shown = display_line("\u2066a-v04-arrest\u2069: ۱۴ اردیبهشت ۱۳۶۲", "rtl")
    assert shown.startswith("۱۳۶۲ ") and shown.endswith(" ۱۴ :a-v04-arrest")
    assert not DIRECTION_MARKS.search(shown)
    # Without the isolate the day joins the id's left-to-right run: the QA finding.
    assert display_line("a-v04-arrest: ۱۴ اردیبهشت ۱۳۶۲", "rtl").endswith("a-v04-arrest: ۱۴")


def test_isolates_do_not_decide_direction_and_may_nest_or_stay_open() -> None:
    assert display_line("\u2066s-01\u2069: گزارش").endswith(":s-01")  # right to left: Persian decides
    assert display_line("\u2067(الف)\u2069 and \u2066b\u2069", "ltr").endswith(" and b")
    assert display_line("ab \u2066c \u2067d\u2069 e", "ltr") == "ab c d e"  # unclosed: runs to the end
    assert display_line("ab\u2069 c", "ltr") == "ab c"  # a stray PDI closes nothing
