"""Right-to-left (Persian) and mixed-direction text for reportlab PDFs.

reportlab 5.1 neither shapes Arabic script nor reorders bidirectional text without
``rlbidi`` (not on PyPI), so this module does both itself:

* ``arabic_reshaper`` turns logical Persian letters into their joined presentation forms;
* ``bidi.algorithm.get_display`` (python-bidi's pure-Python algorithm, which also mirrors
  brackets) turns each *line* from logical into visual order.

Lines are broken in logical order first and only then reordered, one line at a time:
reordering a whole paragraph and then wrapping it would put its last words on the first
line. Everything here takes plain text, never markup.

Fonts: the bundled Vazirmatn (OFL) has both Persian and Latin glyphs, which matters
because reportlab does no font fallback. ``register_fonts()`` makes ``FONT_REGULAR`` and
``FONT_BOLD`` available to styles. Persian glyphs reach far above and below the baseline
(Vazirmatn's ascent plus descent is about 1.56 em), so give Persian styles a leading of
about 1.7 times the font size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_base_level, get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from casefile.resources import resource_path

__all__ = [
    "FONT_BOLD",
    "FONT_FAMILY",
    "FONT_REGULAR",
    "BidiParagraph",
    "Direction",
    "cell",
    "display_line",
    "register_fonts",
    "shape",
]

Direction = Literal["auto", "rtl", "ltr"]

FONT_FAMILY = "Vazirmatn"
FONT_REGULAR = "Vazirmatn"
FONT_BOLD = "Vazirmatn-Bold"

_FONT_FILES = {
    FONT_REGULAR: "Vazirmatn-Regular.ttf",
    FONT_BOLD: "Vazirmatn-Bold.ttf",
}

# Harakat are kept (they carry meaning in names and quotations, and Vazirmatn draws them);
# ZWNJ (U+200C) is not a letter to the reshaper, so it is kept and stops the joining,
# which is exactly what Persian words such as «می‌خواهم» need. ZWJ forces joining.
_RESHAPER = ArabicReshaper(
    configuration={
        "language": "Arabic",  # the reshaper's "Arabic" covers Persian letters too
        "delete_harakat": False,
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
    }
)

# Direction marks and embeddings/isolates have done their work once the bidi algorithm
# has run; Vazirmatn has no glyph for the isolates, so drawing them would show boxes.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Break only at ordinary spaces: NBSP and the narrow NBSP keep words together, and ZWNJ
# is part of a word.
_BREAKABLE_SPACE = re.compile("[ \t\r\f\v]+")


def register_fonts() -> str:
    """Register the bundled Vazirmatn regular and bold faces and their family.

    After this, styles may name ``FONT_REGULAR`` or ``FONT_BOLD``, and reportlab's
    ``<b>`` in ordinary Paragraphs picks the bold face. Safe to call any number of
    times. Returns the family name.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT_FAMILY,
        normal=FONT_REGULAR,
        bold=FONT_BOLD,
        italic=FONT_REGULAR,  # Vazirmatn has no italic; upright beats a missing font
        boldItalic=FONT_BOLD,
    )
    return FONT_FAMILY


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Join Persian/Arabic letters into their contextual forms; logical order is kept (cached: the
    reshaper reads its settings on every call, and words and lines recur)."""
    return _RESHAPER.reshape(text)


def _base_dir(text: str, direction: Direction) -> Literal["L", "R"]:
    if direction == "rtl":
        return "R"
    if direction == "ltr":
        return "L"
    # "auto": the first strong character decides (UAX #9 rules P2-P3); none means LTR.
    return _first_strong(text)


# Isolates (UAX #9 BD8-BD9): LRI, RLI and FSI open one, PDI closes it. Put an isolate around a
# Latin record id in a Persian line ("\u2066a-v04\u2069: ۱۴ اردیبهشت") so that the digits after it
# stay in the Persian run. python-bidi's pure-Python algorithm has no isolates (it fails on them),
# so ``_reorder`` does them itself: each isolate is reordered on its own, in its own direction,
# and stands in the line around it as one neutral character, which is what the standard says.
# Isolates are honoured within a line: keep what they enclose free of spaces, or short.
_ISOLATE_OPEN: dict[str, Literal["L", "R"] | None] = {"\u2066": "L", "\u2067": "R", "\u2068": None}
_PDI = "\u2069"
_ISOLATE_CHARS = re.compile("[\u2066-\u2069]")
# Stand-ins for isolates during the outer reordering: neutral (ON), not mirrored, not Persian.
_ISOLATE_STAND_INS = tuple(
    chr(code)
    for code in range(0x2E80, 0x2FE0)
    if unicodedata.bidirectional(chr(code)) == "ON" and not unicodedata.mirrored(chr(code))
)


def _outside_isolates(text: str) -> str:
    """``text`` without its isolates and what they enclose (an unclosed one runs to the end)."""
    depth = 0
    kept = []
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch)
    return "".join(kept)


def _first_strong(text: str) -> Literal["L", "R"]:
    """The direction of the first strong character outside isolates (UAX #9 P2-P3); LTR if none."""
    return "R" if get_base_level(_outside_isolates(text)) == 1 else "L"


def _closing(text: str, start: int) -> int:
    """Index of the PDI that closes the isolate opened at ``start``, or ``len(text)``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in _ISOLATE_OPEN:
            depth += 1
        elif text[i] == _PDI:
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _reorder(text: str, base_dir: Literal["L", "R"]) -> str:
    """python-bidi's ``get_display`` for one line, with isolates done here (see above)."""
    if not _ISOLATE_CHARS.search(text):
        return get_display(text, base_dir=base_dir)
    free = (stand_in for stand_in in _ISOLATE_STAND_INS if stand_in not in text)
    outer: list[str] = []
    shown: dict[str, str] = {}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == _PDI:  # closes nothing
            i += 1
            continue
        if ch not in _ISOLATE_OPEN:
            outer.append(ch)
            i += 1
            continue
        end = _closing(text, i)
        inner = text[i + 1 : end]
        inner_dir = _ISOLATE_OPEN[ch] or _first_strong(inner)
        stand_in = next(free, None)
        if stand_in is None:  # hundreds of isolates on one line: lay the rest out as plain text
            outer.append(_ISOLATE_CHARS.sub("", inner))
        else:
            shown[stand_in] = _reorder(inner, inner_dir) if inner else ""
            outer.append(stand_in)
        i = end + 1
    visual = get_display("".join(outer), base_dir=base_dir)
    for stand_in, inner_visual in shown.items():
        visual = visual.replace(stand_in, inner_visual)
    return visual


# python-bidi deletes "boundary neutral" characters (rule X9), ZWNJ and ZWJ among them.
# Shaping has already used them, but without them the PDF's text layer (copy, search,
# extraction) would read «میخواهم». Non-spacing-mark stand-ins keep their place through the
# reordering (a mark follows its letter) and are swapped back afterwards.
_JOINER_STAND_INS = {"\u200c": "\ufe00", "\u200d": "\ufe01"}


def _visual(text: str, base_dir: Literal["L", "R"]) -> str:
    """One line of logical text, shaped and put in left-to-right drawing order."""
    shaped = shape(text)
    protect = not any(stand_in in shaped for stand_in in _JOINER_STAND_INS.values())
    if protect:
        for joiner, stand_in in _JOINER_STAND_INS.items():
            shaped = shaped.replace(joiner, stand_in)
    visual = _reorder(shaped, base_dir)
    if protect:
        for joiner, stand_in in _JOINER_STAND_INS.items():
            visual = visual.replace(stand_in, joiner)
    return _BIDI_CONTROLS.sub("", visual)


@lru_cache(maxsize=65536)
def display_line(text: str, base_direction: Direction = "auto") -> str:
    """Return a single line ready for ``canvas.drawString`` (headers, footers, labels).

    The result is shaped and in visual order; draw it with ``drawRightString`` for
    right-to-left text. It is never wrapped, so keep the text short. Cached: the same header
    and marking are drawn on every page of a dossier of thousands.
    """
    return _visual(text, _base_dir(text, base_direction))


@dataclass(frozen=True)
class _Line:
    """A broken line, still in logical order.

    ``hard_end``: the text had a newline here; ``cut``: the last word goes on next line.
    """

    words: tuple[str, ...]
    hard_end: bool
    cut: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _words_by_hard_line(text: str) -> list[list[str]]:
    return [[w for w in _BREAKABLE_SPACE.split(part) if w] for part in text.split("\n")]


class BidiParagraph(Flowable):
    """A plain-text paragraph that renders Persian, English and a mix of both correctly.

    Promises:

    * every drawn line is no wider than the available width (minus the style's
      ``leftIndent``/``rightIndent``); a single word too long for a line is cut between
      characters rather than overflowing;
    * right-to-left paragraphs are right-aligned (or centred for ``TA_CENTER``);
      left-to-right ones follow the style's alignment (justify is drawn as left);
    * newlines in ``text`` are kept as line breaks; runs of spaces collapse to one;
    * it splits across frames and pages between lines, honouring the style's
      ``allowOrphans``/``allowWidows``.

    Honours the style's ``fontName``, ``fontSize``, ``leading``, ``textColor``,
    ``spaceBefore``, ``spaceAfter``, ``alignment`` and indents. ``bold=True`` draws the
    bold member of the style font's family (``FONT_BOLD`` for Vazirmatn). The font must
    have the glyphs: use ``FONT_REGULAR``/``FONT_BOLD`` for anything that may hold Persian.

    ``base_direction`` is the paragraph direction; ``"auto"`` takes it from the first
    strong character, so a Persian paragraph that starts with a Latin name should say
    ``"rtl"``.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        base_direction: Direction = "auto",
        *,
        bold: bool = False,
    ) -> None:
        super().__init__()
        register_fonts()  # cheap after the first call; saves every caller remembering it
        self.text = text
        self.style = style
        self.base_direction = base_direction
        self.bold = bold
        self.base_dir = _base_dir(text, base_direction)
        self.font_name = _bold_of(style.fontName) if bold else style.fontName
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines: list[_Line] = []
        self._wrapped_for: float | None = None
        self._widths: dict[str, float] = {}

    def __repr__(self) -> str:
        return f"BidiParagraph({self.text[:40]!r}, base_dir={self.base_dir!r})"

    # -- measuring and breaking -------------------------------------------------------

    def _width(self, logical: str) -> float:
        # Measured after shaping: joined forms differ in width from isolated letters.
        width = self._widths.get(logical)
        if width is None:
            shaped = _BIDI_CONTROLS.sub("", shape(logical))
            width = self._widths[logical] = pdfmetrics.stringWidth(shaped, self.font_name, self.style.fontSize)
        return width

    def _text_width(self, avail_width: float) -> float:
        return max(0.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    def _break(self, max_width: float) -> list[_Line]:
        # A space never joins letters, so a candidate line's shaped width is the sum of its
        # shaped words and spaces: each word is shaped and measured once, not once per
        # candidate line.
        space = self._width(" ")
        lines: list[_Line] = []
        for words in _words_by_hard_line(self.text):
            current: list[str] = []
            current_width = 0.0
            for word in words:
                word_width = self._width(word)
                if current and current_width + space + word_width <= max_width:
                    current.append(word)
                    current_width += space + word_width
                    continue
                if current:
                    lines.append(_Line(tuple(current), hard_end=False))
                if word_width <= max_width:
                    current, current_width = [word], word_width
                else:
                    pieces = self._cut_word(word, max_width)
                    lines.extend(_Line((p,), hard_end=False, cut=True) for p in pieces[:-1])
                    current, current_width = [pieces[-1]], self._width(pieces[-1])
            lines.append(_Line(tuple(current), hard_end=True))
        return lines

    def _cut_word(self, word: str, max_width: float) -> list[str]:
        # Last resort for URLs and the like; at least one character per piece so that
        # a frame narrower than one letter cannot loop forever.
        pieces: list[str] = []
        piece = ""
        for ch in word:
            if piece and self._width(piece + ch) > max_width:
                pieces.append(piece)
                piece = ""
            piece += ch
        pieces.append(piece)
        return pieces

    def lines(self, avail_width: float) -> list[str]:
        """The paragraph's lines in logical order as they would be broken at this width."""
        return [line.text for line in self._break(self._text_width(avail_width))]

    def display_lines(self, avail_width: float) -> list[str]:
        """The same lines shaped and in visual (drawing) order."""
        return [_visual(text, self.base_dir) for text in self.lines(avail_width)]

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name; Tables size columns by it
        """Width of the widest word, so auto-sized Table columns never cut words."""
        words = [w for ws in _words_by_hard_line(self.text) for w in ws]
        widest = max((self._width(w) for w in words), default=0.0)
        return widest + self.style.leftIndent + self.style.rightIndent

    # -- platypus protocol ------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth:
            self._lines = self._break(self._text_width(availWidth))
            self._wrapped_for = availWidth
        # Claim the full width: alignment is done inside it, which keeps RTL text flush
        # right in Table cells as well as in frames.
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        leading = self.style.leading
        total = len(self._lines)
        fit = int((availHeight + 1e-6) // leading)
        if fit >= total:
            return [self]
        if total - fit == 1 and not self.style.allowWidows:
            fit -= 1
        if fit == 1 and not self.style.allowOrphans:
            fit = 0
        if fit <= 0:
            return []
        first = self._with_lines(self._lines[:fit])
        first.spaceAfter = 0
        rest = self._with_lines(self._lines[fit:])
        rest.spaceBefore = 0
        return [first, rest]

    def _with_lines(self, lines: Sequence[_Line]) -> BidiParagraph:
        # A part re-breaks where it lands (the next frame may be narrower); greedy
        # breaking of a run that starts and ends at line boundaries gives the same lines
        # at the same width. The paragraph direction is fixed, not re-guessed from the
        # part's first word.
        text = "".join(line.text + _separator_after(line) for line in lines[:-1]) + lines[-1].text
        direction: Direction = "rtl" if self.base_dir == "R" else "ltr"
        return BidiParagraph(text, self.style, direction, bold=self.bold)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFont(self.font_name, style.fontSize)
        canvas.setFillColor(style.textColor)
        left = style.leftIndent
        right = self.width - style.rightIndent
        # First baseline one font size below the top, as reportlab's Paragraph does.
        y = self.height - style.fontSize
        for line in self._lines:
            visual = _visual(line.text, self.base_dir)
            if style.alignment == TA_CENTER:
                canvas.drawCentredString((left + right) / 2, y, visual)
            elif self.base_dir == "R" or style.alignment == TA_RIGHT:
                canvas.drawRightString(right, y, visual)
            else:
                canvas.drawString(left, y, visual)
            y -= style.leading


def _separator_after(line: _Line) -> str:
    if line.hard_end:
        return "\n"
    return "" if line.cut else " "


def _bold_of(font_name: str) -> str:
    """The bold member of a registered font family, or the font itself if it has none."""
    try:
        family, _bold, _italic = ps2tt(font_name)
    except ValueError:  # a font registered without a family
        return font_name
    return tt2ps(family, 1, 0)


def cell(text: str, style: ParagraphStyle, base_direction: Direction = "auto") -> BidiParagraph:
    """A BidiParagraph for a Table cell: it wraps to the column width it is given.

    For a Persian table, also list the columns right to left; the cell cannot do that.
    """
    return BidiParagraph(text, style, base_direction)
