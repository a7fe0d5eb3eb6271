"""Drawing a :class:`~casefile.dossier.content.Dossier` as a PDF with reportlab platypus.

Nothing here decides what to show (that is ``content`` and ``casefile.consent``); this module only
lays out what it is given: cover, table of contents, sections, the confidential submitter page.

One pass: pages are kept until the end (``_DeferredCanvas``), then each is finished with its
header, "page X of Y", the table of contents' page numbers and the PDF bookmarks, which are only
known once every page has been laid out. A second platypus pass (``multiBuild``) would double the
time of a 30,000-row event dossier.

Persian: every text goes through ``bidi.BidiParagraph`` / ``bidi.display_line``; a Persian dossier
mirrors the page (tables list their columns right to left, text is right-aligned, the header and
the table of contents run from the right).
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from casefile.dates import persian_digits
from casefile.i18n import _

from . import content as c
from .bidi import FONT_BOLD, FONT_REGULAR, BidiParagraph, display_line, register_fonts
from .labels import label

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TEXT_W = PAGE_W - 2 * MARGIN
TOP = PAGE_H - MARGIN - 8 * mm  # room for the header
BOTTOM = MARGIN + 6 * mm  # room for the footer
CELL_PAD = 3
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
HEAD_BG = colors.HexColor("#e6e6e6")
FLAG = colors.HexColor("#9b1c1c")


@dataclass
class _Styles:
    rtl: bool
    body: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle
    h1: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    warning: ParagraphStyle


def _styles(lang: str) -> _Styles:
    register_fonts()
    rtl = lang == "fa"
    align = TA_RIGHT if rtl else TA_LEFT
    factor = 1.7 if rtl else 1.45  # Persian glyphs reach far above and below the line

    def style(name: str, size: float, color: Any = colors.black, before: float = 0, after: float = 4) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT_REGULAR,
            fontSize=size,
            leading=round(size * factor, 1),
            alignment=align,
            textColor=color,
            spaceBefore=before,
            spaceAfter=after,
        )

    return _Styles(
        rtl=rtl,
        body=style("body", 9.5),
        note=style("note", 8.5, GREY),
        heading=style("heading", 10.5, before=6, after=2),
        h1=style("h1", 14, before=4, after=6),
        title=style("title", 20, after=10),
        cell=style("cell", 8, after=0),
        cell_head=style("cell_head", 8, after=0),
        warning=style("warning", 12, FLAG, after=8),
    )


# --- the deferred canvas: finish pages once their total is known ----------------------------------


@dataclass
class _Mark:
    key: str
    title: str
    level: int
    page: int
    y: float


@dataclass
class _PageInfo:
    lang: str
    header: str
    marking: str | None = None  # "RESTRICTED: ..." on every page of a restricted dossier
    marks: list[_Mark] = field(default_factory=list)
    toc_page: int = 2
    toc_entries: list[tuple[str, str, int]] = field(default_factory=list)  # key, title, level
    page: int = 0
    progress: Callable[[int], None] = lambda n: None
    cancelled: Callable[[], bool] = lambda: False


class _Anchor(Flowable):
    """An invisible mark: where a section starts, for the contents and the bookmarks."""

    def __init__(self, info: _PageInfo, key: str, title: str, level: int) -> None:
        super().__init__()
        self.info, self.key, self.title, self.level = info, key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        _x, y = self.canv.absolutePosition(0, 0)
        self.info.marks.append(_Mark(self.key, self.title, self.level, self.info.page, y))


def _make_canvas_class(info: _PageInfo, styles: _Styles, made_on: date | None = None) -> type[Canvas]:
    class _DeferredCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT_REGULAR  # not Helvetica: every font in the file is embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if made_on is not None:
                # The file's creation date is the cover's date (and the same inputs, the same bytes).
                stamp = self._doc._timeStamp
                stamp.YMDhms = (made_on.year, made_on.month, made_on.day, 0, 0, 0)
                stamp.dhh = stamp.dmm = 0
                stamp.t = calendar.timegm(made_on.timetuple())

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _finish_page(self, info, styles, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _DeferredCanvas


def _digits(info: _PageInfo, n: int) -> str:
    return persian_digits(str(n)) if info.lang == "fa" else str(n)


def _finish_page(canvas: Canvas, info: _PageInfo, styles: _Styles, number: int, total: int) -> None:
    canvas.saveState()
    rtl = styles.rtl
    if number > 1:
        canvas.setFont(FONT_REGULAR, 8)
        canvas.setFillColor(GREY)
        header = display_line(_fit(info.header, FONT_REGULAR, 8, TEXT_W), "rtl" if rtl else "ltr")
        y = PAGE_H - MARGIN
        if rtl:
            canvas.drawRightString(PAGE_W - MARGIN, y, header)
        else:
            canvas.drawString(MARGIN, y, header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y - 4, PAGE_W - MARGIN, y - 4)
    footer = label(info.lang, "page_of", page=_digits(info, number), pages=_digits(info, total))
    canvas.setFont(FONT_REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(PAGE_W / 2, MARGIN - 2, display_line(footer, "rtl" if rtl else "ltr"))
    if info.marking:
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(FLAG)
        marking = display_line(_fit(info.marking, FONT_BOLD, 7.5, TEXT_W), "rtl" if rtl else "ltr")
        canvas.drawCentredString(PAGE_W / 2, MARGIN - 14, marking)
    canvas.restoreState()
    if number == info.toc_page:
        _draw_toc(canvas, info, styles)
    for mark in info.marks:
        if mark.page == number:
            canvas.bookmarkPage(mark.key, fit="XYZ", left=0, top=mark.y + 20)
            canvas.addOutlineEntry(_no_controls(mark.title), mark.key, level=mark.level, closed=False)


def _no_controls(text: str) -> str:
    """Text for the PDF's outline and metadata, which viewers lay out themselves: without the
    isolates (``Context.ref``) and marks, which some viewers would show as boxes."""
    return _BIDI_CONTROLS.sub("", text)


@lru_cache(maxsize=4096)
def _fit(text: str, font: str, size: float, width: float) -> str:  # cached: the header of every page
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


TOC_TOP = TOP - 40
TOC_LEADING = 15


def _draw_toc(canvas: Canvas, info: _PageInfo, styles: _Styles) -> None:
    pages = {m.key: m.page for m in info.marks}
    canvas.saveState()
    y = TOC_TOP
    for key, title, level in info.toc_entries:
        page = pages.get(key)
        if page is None:
            continue
        size = 10 if level == 0 else 8.5
        font = FONT_BOLD if level == 0 else FONT_REGULAR
        indent = 0 if level == 0 else 14
        canvas.setFont(font, size)
        number = _digits(info, page)
        text = _fit(title, font, size, TEXT_W - indent - 50)
        shown = display_line(text, "rtl" if styles.rtl else "ltr")
        if styles.rtl:
            canvas.drawRightString(PAGE_W - MARGIN - indent, y, shown)
            canvas.drawString(MARGIN, y, display_line(number, "rtl"))
        else:
            canvas.drawString(MARGIN + indent, y, shown)
            canvas.drawRightString(PAGE_W - MARGIN, y, number)
        canvas.linkRect("", key, (MARGIN, y - 3, PAGE_W - MARGIN, y + size), relative=0, thickness=0)
        y -= TOC_LEADING
    canvas.restoreState()


# --- flowables for the content blocks

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=200_000)
def _cell_text(text: str, width: float, font: str, size: float, leading: float, direction: str) -> str:
    """One cell's lines, shaped and reordered for drawing, joined by newlines (cached: the same
    dates, places and act types recur in every row of a long table)."""
    if direction != "rtl" and not _RTL_CHARS.search(text) and "\u00a0" not in text and not _BIDI_CONTROLS.search(text):
        # Left-to-right text with no Persian: nothing to shape or reorder.
        if "\n" not in text and stringWidth(text, font, size) <= width:
            return text
        lines = [line for part in text.split("\n") for line in (simpleSplit(part, font, size, width) or [""])]
        if all(stringWidth(line, font, size) <= width for line in lines):
            return "\n".join(lines)
        # A word longer than the cell (a file name, a digest): BidiParagraph cuts it.
    if "\n" not in text:
        shown = display_line(text, direction)  # type: ignore[arg-type]
        if stringWidth(shown, font, size) <= width:
            return shown
    style = ParagraphStyle("cell", fontName=font, fontSize=size, leading=leading)
    return "\n".join(BidiParagraph(text, style, direction).display_lines(width))  # type: ignore[arg-type]


class _Renderer:
    def __init__(self, styles: _Styles, lang: str) -> None:
        self.s = styles
        self.lang = lang
        self.direction = "rtl" if styles.rtl else "ltr"
        self.data_direction = "auto" if styles.rtl else "ltr"

    def para(self, text: str, style: ParagraphStyle, bold: bool = False, direction: str | None = None) -> BidiParagraph:
        return BidiParagraph(text, style, direction or self.direction, bold=bold)  # type: ignore[arg-type]

    def cell(self, text: str, width: float, style: ParagraphStyle | None = None, *, data: bool = True) -> str:
        """A table cell as a plain string, already shaped, in drawing order and broken into lines.

        Plain strings keep tables of tens of thousands of rows fast (a Paragraph per cell costs
        ten times as much). Data (names, notes as entered) in a Persian dossier takes its direction
        from its own first strong letter, so an English note reads left to right, flush right;
        labels follow the page.
        """
        style = style or self.s.cell
        if not text:
            return ""
        if self.s.rtl and data and "\n" in text:
            # each line on its own: an English basis keeps its full stop on the right even when a
            # Persian label heads the next line
            return "\n".join(self.cell(part, width, style, data=True) for part in text.split("\n"))
        direction = self.data_direction if data else self.direction
        if self.s.rtl and data and _RTL_CHARS.search(text):
            # A Persian dossier lays out a cell with any Persian in it right to left, even when it
            # starts with a Latin name ("Mahmud Kazemi (آوانویسی)؛ حسین (لقب)").
            direction = "rtl"
        return _cell_text(text, width - 2 * CELL_PAD, style.fontName, style.fontSize, style.leading, direction)

    def block(self, block: Any) -> list[Flowable]:
        if isinstance(block, c.Para):
            style = {
                "note": self.s.note,
                "heading": self.s.heading,
                "warning": self.s.warning,
            }.get(block.style, self.s.body)
            para = self.para(block.text, style, bold=block.style == "heading", direction=block.direction)
            if block.style == "heading":
                para._keep_with_next = True  # type: ignore[attr-defined]  # see _keep_headings
            para._is_note = block.style == "note"  # type: ignore[attr-defined]
            return [para]
        if isinstance(block, c.KeyValues):
            if not block.rows:
                return []
            table = c.Table(["", ""], [[k, v] for k, v in block.rows], [0.3, 0.7])
            return [self.table(table, header=False, bold_first=True)]
        if isinstance(block, c.Table):
            return [self.table(block)]
        raise TypeError(f"unknown block {block!r}")

    def table(self, table: c.Table, header: bool = True, bold_first: bool = False) -> Flowable:
        widths = [w * TEXT_W for w in table.widths]
        order = list(range(len(widths)))
        if self.s.rtl:
            order.reverse()
        col_widths = [widths[i] for i in order]
        bold_style = ParagraphStyle("cell_bold", parent=self.s.cell, fontName=FONT_BOLD)
        data: list[list[Any]] = []
        if header:
            data.append([self.cell(table.columns[i], widths[i], bold_style) for i in order])
        for row in table.rows:
            data.append([self.cell(row[i], widths[i], bold_style if (bold_first and i == 0) else None) for i in order])
        align = "RIGHT" if self.s.rtl else "LEFT"
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), self.s.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), self.s.cell.leading),
            ("ALIGN", (0, 0), (-1, -1), align),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD)]
        if bold_first:
            first = len(order) - 1 if self.s.rtl else 0
            commands.append(("FONTNAME", (first, 0), (first, -1), FONT_BOLD))
            commands.append(("TEXTCOLOR", (first, 0), (first, -1), GREY))
        if table.flag_column is not None:
            col = order.index(table.flag_column)
            offset = 1 if header else 0
            for r, row in enumerate(table.rows):
                if row[table.flag_column] == table.flag_value:
                    commands.append(("TEXTCOLOR", (col, r + offset), (col, r + offset), FLAG))
                    commands.append(("FONTNAME", (col, r + offset), (col, r + offset), FONT_BOLD))
        if table.long:
            return _PagedTable(data[0], data[1:], col_widths, TableStyle(commands), align, self.s.cell.leading + 4)
        return Table(
            data, colWidths=col_widths, repeatRows=1 if header else 0, style=TableStyle(commands), hAlign=align
        )


_LONG_TABLE_START = 45 * mm  # a heading, a long table's header row and its first rows


def _keep_headings(flowables: list[Flowable]) -> list[Flowable]:
    """Keep every heading on the page of what follows it: a heading, the notes right after it
    and the first block that is not a note go together (``KeepTogether``). A long table
    (``_PagedTable``) is not pulled in: it splits by itself and starts where there is room."""
    out: list[Flowable] = []
    i = 0
    while i < len(flowables):
        f = flowables[i]
        if not getattr(f, "_keep_with_next", False):
            out.append(f)
            i += 1
            continue
        group: list[Flowable] = []
        # anchors before the heading (zero height) belong to it
        while out and isinstance(out[-1], _Anchor):
            group.insert(0, out.pop())
        j = i
        while j < len(flowables):
            g = flowables[j]
            if isinstance(g, _PagedTable):
                # a heading over a long table: start them on a new page unless the heading, the
                # table's header and a few rows fit here (the table splits by itself after that)
                out.append(CondPageBreak(_LONG_TABLE_START))
                break
            group.append(g)
            j += 1
            is_note = isinstance(g, BidiParagraph) and getattr(g, "_is_note", False)
            if not getattr(g, "_keep_with_next", False) and not is_note:
                break
        if len(group) > 1:
            out.append(KeepTogether(group))
        else:
            out += group
        i = j
    return out


class _PagedTable(Flowable):
    """A table of any length laid out one page at a time.

    reportlab's LongTable copies every remaining row at each page break, so a 20,000-row table
    costs time proportional to rows x pages. Here each page builds a Table of only the rows that
    may fit there (every row is at least ``min_row`` high), splits it, and keeps the rest as an
    index into the same row list. The header row repeats on every page.
    """

    def __init__(
        self, header: list[Any], rows: list[list[Any]], widths: list[float], style: TableStyle, align: str,
        min_row: float, start: int = 0,
    ) -> None:  # fmt: skip
        super().__init__()
        self.header, self.rows, self.widths, self.style, self.align = header, rows, widths, style, align
        self.min_row, self.start = min_row, start
        self._final: Table | None = None

    def _table(self, end: int) -> Table:
        rows = self.rows[self.start : end]
        return Table([self.header, *rows], colWidths=self.widths, repeatRows=1, style=self.style, hAlign=self.align)

    def _room(self, avail_height: float) -> int:
        return self.start + int(avail_height // self.min_row) + 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._final = None
        if len(self.rows) <= self._room(availHeight):
            table = self._table(len(self.rows))
            width, height = table.wrap(availWidth, availHeight)
            if height <= availHeight:
                self._final = table
                return width, height
        return availWidth, availHeight + 1  # more than fits: the frame will split it

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        table = self._table(min(len(self.rows), self._room(availHeight)))
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        taken = len(parts[0]._cellvalues) - 1  # minus the header row
        if taken <= 0:
            return []
        rest = _PagedTable(
            self.header, self.rows, self.widths, self.style, self.align, self.min_row, self.start + taken
        )
        if rest.start >= len(self.rows):
            return [parts[0]]
        return [parts[0], rest]

    def draw(self) -> None:
        assert self._final is not None
        self._final.drawOn(self.canv, 0, 0)


# --- the document ---------------------------------------------------------------------------------


def render(
    dossier: c.Dossier,
    *,
    progress: Callable[[int], None] = lambda n: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[bytes, int]:
    """The PDF bytes of a dossier and its number of pages. Byte-identical for the same content."""
    styles = _styles(dossier.lang)
    r = _Renderer(styles, dossier.lang)
    info = _PageInfo(lang=dossier.lang, header=dossier.title, marking=dossier.marking)
    story: list[Flowable] = []

    # cover
    story.append(Spacer(1, 40 * mm))
    story.append(r.para(dossier.title, styles.title, bold=True))
    story.append(r.block(c.KeyValues(dossier.cover))[0])
    story.append(Spacer(1, 8 * mm))
    for note in dossier.cover_notes:
        story.append(r.para(note, styles.warning, bold=True))
    story.append(r.para(label(dossier.lang, "cover.notice"), styles.note))
    story.append(r.para(label(dossier.lang, "cover.fingerprint_note"), styles.note))
    story.append(PageBreak())

    # contents: the entries are drawn when the pages are finished (their numbers known then)
    story.append(_Anchor(info, "toc", label(dossier.lang, "toc"), 0))
    story.append(r.para(label(dossier.lang, "toc"), styles.h1, bold=True))
    info.toc_entries = [(s.key, s.title, s.level) for s in dossier.sections]
    if dossier.submitter_page is not None:
        info.toc_entries.append(("submitter_page", label(dossier.lang, "sec.submitter_page"), 0))
    max_entries = int((TOC_TOP - BOTTOM) // TOC_LEADING)
    if len(info.toc_entries) > max_entries:  # keep the contents on one page: top levels first
        info.toc_entries = [e for e in info.toc_entries if e[2] == 0][:max_entries]
    story.append(PageBreak())

    for section in dossier.sections:
        heading_style = styles.h1 if section.level == 0 else styles.heading
        if section.level == 0:
            story.append(CondPageBreak(60 * mm))
        title = r.para(section.title, heading_style, bold=True)
        title._keep_with_next = True  # type: ignore[attr-defined]
        head = [_Anchor(info, section.key, section.title, section.level), title]
        story += _keep_headings(head + [f for block in section.blocks for f in r.block(block)])
        story.append(Spacer(1, 4))

    if dossier.submitter_page is not None:
        story.append(PageBreak())
        story.append(_Anchor(info, "submitter_page", label(dossier.lang, "sec.submitter_page"), 0))
        story.append(r.para(label(dossier.lang, "sec.submitter_page"), styles.warning, bold=True))
        story.append(r.para(label(dossier.lang, "note.submitter_page"), styles.body))
        story += r.block(c.KeyValues(dossier.submitter_page))

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=PAGE_H - TOP,
        bottomMargin=BOTTOM,
        title=_no_controls(dossier.meta_title),
        subject=_no_controls(dossier.meta_subject),
        author="",
        creator="Casefile",
        lang=dossier.lang,
        invariant=1,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        info.page += 1
        if cancelled():
            from casefile.errors import Cancelled

            raise Cancelled(_("dossier cancelled; no file was written"))
        progress(info.page)

    frame = Frame(MARGIN, BOTTOM, TEXT_W, TOP - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(story, canvasmaker=_make_canvas_class(info, styles, dossier.made_on))
    return buffer.getvalue(), info.page
