"""Partial dates as families and sources give them: EDTF or Jalali in, Gregorian interval out.

A date value in a record is what was entered and is kept unchanged: an EDTF string (Library of
Congress EDTF, levels 0 and 1) or ``{"calendar": "jalali", "value": "1367-05-10"}``. This module
turns either into a :class:`PartialDate` holding the Gregorian interval of days it covers (so
records sort and filter) and formats it for people in English or Persian.

EDTF parsing is done by the ``edtf`` package. Its parser costs about 4 ms a call, which made a
30,000-victim import spend minutes on dates, so the common plain forms (``YYYY``, ``YYYY-MM``,
``YYYY-MM-DD`` with an optional ``~``, ``?`` or ``%``) are read by a regular expression first, and
every other form goes to ``edtf``. Jalali conversion is done by ``jdatetime``.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import jdatetime

from casefile.errors import DateError
from casefile.i18n import _
from casefile.text import holds_case_text

GREGORIAN_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
JALALI_MONTHS_EN = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)  # fmt: skip
JALALI_MONTHS_FA = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
GREGORIAN_MONTHS_FA = (
    "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
    "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
)  # fmt: skip
SEASONS_EN = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
SEASONS_FA = {21: "بهار", 22: "تابستان", 23: "پاییز", 24: "زمستان"}
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

_SIMPLE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$", re.ASCII)  # EDTF digits are ASCII
_JALALI = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$")


@dataclass(frozen=True)
class PartialDate:
    """A date as entered and the interval of Gregorian days it covers.

    ``lo``/``hi`` are None for an open or unknown end. ``precision`` is ``day``, ``month``,
    ``season``, ``year`` or ``interval``; ``calendar`` is ``gregorian`` or ``jalali`` (as entered).
    """

    entered: Any
    calendar: str
    lo: date | None
    hi: date | None
    precision: str
    approximate: bool = False
    uncertain: bool = False

    @property
    def sort_key(self) -> str:
        """ISO text of the earliest day, for ordering ('' when the start is open)."""
        return self.lo.isoformat() if self.lo else ""


def persian_digits(text: str) -> str:
    """ASCII digits replaced by Persian (extended Arabic-Indic) ones."""
    return text.translate(_PERSIAN_DIGITS)


#: The longest date text read: the longest real EDTF value (an interval of two qualified days) is
#: about 30 characters, and the EDTF library's parser slows down sharply on long input.
MAX_DATE_LENGTH = 64


def parse_date(value: Any) -> PartialDate:
    """Read a date value of the exchange format; raise :class:`DateError` saying what is wrong."""
    if isinstance(value, str):
        if len(value) > MAX_DATE_LENGTH:
            raise DateError(_("a date is at most {n} characters long").format(n=MAX_DATE_LENGTH))
        return _parse_edtf(value)
    if isinstance(value, dict):
        if value.get("calendar") != "jalali":
            raise DateError(_('a date object needs "calendar": "jalali"'))
        extra = set(value) - {"calendar", "value"}
        if extra:
            raise DateError(_("unknown key {key!r} in a Jalali date").format(key=sorted(extra)[0]))
        raw = value.get("value")
        if not isinstance(raw, str):
            raise DateError(_('a Jalali date needs a "value" such as "1367-05-10"'))
        if len(raw) > MAX_DATE_LENGTH:
            raise DateError(_("a date is at most {n} characters long").format(n=MAX_DATE_LENGTH))
        return _parse_jalali(raw)
    raise DateError(_("a date must be an EDTF string or a Jalali date object"))


def _qualifiers(mark: str) -> tuple[bool, bool]:
    return mark in ("~", "%"), mark in ("?", "%")


@holds_case_text
@lru_cache(maxsize=65536)
def _parse_edtf(text: str) -> PartialDate:
    m = _SIMPLE.match(text)
    if m:
        year, month, day = int(m[1]), _part(m[2]), _part(m[3])
        approximate, uncertain = _qualifiers(m[4])
        if month is not None and month > 12:
            return _parse_with_library(text)  # seasons (21-24) and errors
        lo, hi, precision = _gregorian_span(text, year, month, day)
        return PartialDate(text, "gregorian", lo, hi, precision, approximate, uncertain)
    if "/" in text:
        return _parse_interval(text)
    return _parse_with_library(text)


def _part(digits: str | None) -> int | None:
    """A month or day of a matched date: None when absent (``00`` is present, and no real month)."""
    return None if digits is None else int(digits)


def _gregorian_span(text: str, year: int, month: int | None, day: int | None) -> tuple[date, date, str]:
    try:
        if day is not None:
            d = date(year, month or 0, day)
            return d, d, "day"
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:
        raise DateError(_("{text!r} is not a real date").format(text=text)) from None


def _parse_interval(text: str) -> PartialDate:
    start_text, _slash, end_text = text.partition("/")
    if "/" in end_text:
        raise DateError(_("{text!r} is not an EDTF interval").format(text=text))
    start = None if start_text in ("..", "") else _parse_edtf(start_text)
    end = None if end_text in ("..", "") else _parse_edtf(end_text)
    if start is None and end is None:
        raise DateError(_("{text!r} has neither a start nor an end").format(text=text))
    lo = start.lo if start else None
    hi = end.hi if end else None
    if lo and hi and lo > hi:
        raise DateError(_("{text!r} ends before it starts").format(text=text))
    approximate = bool((start and start.approximate) or (end and end.approximate))
    uncertain = bool((start and start.uncertain) or (end and end.uncertain))
    return PartialDate(text, "gregorian", lo, hi, "interval", approximate, uncertain)


def _parse_with_library(text: str) -> PartialDate:
    from edtf import parse_edtf  # the slow, complete parser: only for the rarer forms

    try:
        parsed = parse_edtf(text)
        lo_t, hi_t = parsed.lower_strict(), parsed.upper_strict()
    except Exception:
        raise DateError(_("{text!r} is not an EDTF date (e.g. 1988, 1988-08, 1988-08-01~)").format(text=text)) from None
    kind = type(parsed).__name__
    if kind in ("DateAndTime",):
        raise DateError(_("{text!r} has a time of day; give the date only").format(text=text))
    try:
        lo, hi = date(*lo_t[:3]), date(*hi_t[:3])
    except (ValueError, OverflowError):  # OverflowError: a year beyond C's int (EDTF "Y..." years)
        raise DateError(_("{text!r} is outside the years a case file can hold (1 to 9999)").format(text=text)) from None
    precision = "season" if kind == "Season" else _span_precision(lo, hi)
    approximate = bool(getattr(parsed, "is_approximate", False)) or "~" in text or "%" in text
    uncertain = bool(getattr(parsed, "is_uncertain", False)) or "?" in text or "%" in text
    return PartialDate(text, "gregorian", lo, hi, precision, approximate, uncertain)


def _span_precision(lo: date, hi: date) -> str:
    """``day``, ``month`` or ``year`` when lo..hi is exactly one of them (e.g. ``1988-08-XX``), else ``interval``."""
    if lo == hi:
        return "day"
    if lo.day == 1 and hi == lo.replace(day=calendar.monthrange(lo.year, lo.month)[1]):
        return "month"
    if (lo.month, lo.day) == (1, 1) and hi == date(lo.year, 12, 31):
        return "year"
    return "interval"


@holds_case_text
@lru_cache(maxsize=65536)
def _parse_jalali(text: str) -> PartialDate:
    m = _JALALI.match(text)
    if not m:
        raise DateError(_("{text!r} is not a Jalali date (e.g. 1367, 1367-05, 1367-05-10)").format(text=text))
    year, month, day = int(m[1]), _part(m[2]), _part(m[3])
    approximate, uncertain = _qualifiers(m[4])
    entered = {"calendar": "jalali", "value": text}
    try:
        if month is not None and 21 <= month <= 24 and day is None:  # seasons: three Jalali months each
            first = (month - 21) * 3 + 1
            lo = jdatetime.date(year, first, 1).togregorian()
            hi = _jalali_month_end(year, first + 2)
            return PartialDate(entered, "jalali", lo, hi, "season", approximate, uncertain)
        if day is not None:
            d = jdatetime.date(year, month or 0, day).togregorian()
            return PartialDate(entered, "jalali", d, d, "day", approximate, uncertain)
        if month is not None:
            lo = jdatetime.date(year, month, 1).togregorian()
            return PartialDate(entered, "jalali", lo, _jalali_month_end(year, month), "month", approximate, uncertain)
        lo = jdatetime.date(year, 1, 1).togregorian()
        hi = jdatetime.date(year + 1, 1, 1).togregorian() - timedelta(days=1)
        return PartialDate(entered, "jalali", lo, hi, "year", approximate, uncertain)
    except ValueError:
        raise DateError(_("{text!r} is not a real Jalali date").format(text=text)) from None


def _jalali_month_end(year: int, month: int) -> date:
    if month == 12:
        return jdatetime.date(year + 1, 1, 1).togregorian() - timedelta(days=1)
    return jdatetime.date(year, month + 1, 1).togregorian() - timedelta(days=1)


# --- display -------------------------------------------------------------------------------


def shown_date(value: Any, lang: str) -> str:
    """:func:`format_date`, or the date as entered when it cannot be read; cached, since lists and
    dossiers show the same dates again and again (emptied when the desktop locks)."""
    return _shown_date(json.dumps(value, ensure_ascii=False, sort_keys=True), lang)


@holds_case_text
@lru_cache(maxsize=65536)
def _shown_date(value_json: str, lang: str) -> str:
    value = json.loads(value_json)
    try:
        return format_date(value, lang)
    except Exception:  # noqa: BLE001 - a date the core cannot read is shown as entered
        return str(value)


def format_date(value: Any, lang: str = "en") -> str:
    """A date as people write it.

    English: ``1 August 1988 (10 Mordad 1367)``; Persian: ``۱۰ مرداد ۱۳۶۷`` with Persian digits.
    Approximate dates say "about"/"حدود", uncertain ones "(uncertain)"/"(نامطمئن)".
    """
    if value is None or value == "":
        return ""
    pd = parse_date(value)
    if isinstance(value, str) and "/" in value:
        return _format_interval(pd, lang)  # each end carries its own qualifiers
    if pd.precision == "interval":
        text = _format_span(pd, lang)
    elif pd.calendar == "jalali":
        text = _format_jalali_entered(pd, lang)
    else:
        text = _format_gregorian_entered(pd, lang)
    return _qualify(text, pd, lang)


def _qualify(text: str, pd: PartialDate, lang: str) -> str:
    if lang == "fa":
        if pd.approximate:
            text = "حدود " + text
        if pd.uncertain:
            text += " (نامطمئن)"
        return persian_digits(text)
    if pd.approximate:
        text = "about " + text
    if pd.uncertain:
        text += " (uncertain)"
    return text


def _g_day(d: date) -> str:
    return f"{d.day} {GREGORIAN_MONTHS_EN[d.month - 1]} {d.year}"


def _j_day(d: date, lang: str) -> str:
    j = jdatetime.date.fromgregorian(date=d)
    months = JALALI_MONTHS_FA if lang == "fa" else JALALI_MONTHS_EN
    return f"{j.day} {months[j.month - 1]} {j.year}"


def _j_months(lo: date, hi: date, lang: str) -> str:
    """Jalali span of a Gregorian month or year, e.g. 'Tir–Mordad 1367'."""
    a, b = jdatetime.date.fromgregorian(date=lo), jdatetime.date.fromgregorian(date=hi)
    months = JALALI_MONTHS_FA if lang == "fa" else JALALI_MONTHS_EN
    if a.year == b.year:
        if a.month == b.month:
            return f"{months[a.month - 1]} {a.year}"
        return f"{months[a.month - 1]}–{months[b.month - 1]} {a.year}"
    if lo.month == 1 and hi.month == 12:
        return f"{a.year}–{b.year}"
    return f"{months[a.month - 1]} {a.year} – {months[b.month - 1]} {b.year}"


def _format_gregorian_entered(pd: PartialDate, lang: str) -> str:
    lo, hi = pd.lo, pd.hi
    assert lo and hi
    if pd.precision == "day":
        return _j_day(lo, "fa") if lang == "fa" else f"{_g_day(lo)} ({_j_day(lo, 'en')})"
    if pd.precision == "month":
        g = f"{GREGORIAN_MONTHS_EN[lo.month - 1]} {lo.year}"
        return _j_months(lo, hi, "fa") if lang == "fa" else f"{g} ({_j_months(lo, hi, 'en')})"
    if pd.precision == "season":
        season = int(str(pd.entered)[5:7])
        if lang == "fa":
            return f"{SEASONS_FA.get(season, '')} {lo.year} ({_j_months(lo, hi, 'fa')})"
        return f"{SEASONS_EN.get(season, '')} {lo.year} ({_j_months(lo, hi, 'en')})"
    return _j_months(lo, hi, "fa") if lang == "fa" else f"{lo.year} ({_j_months(lo, hi, 'en')})"


def _format_jalali_entered(pd: PartialDate, lang: str) -> str:
    lo, hi = pd.lo, pd.hi
    assert lo and hi
    j = jdatetime.date.fromgregorian(date=lo)
    months = JALALI_MONTHS_FA if lang == "fa" else JALALI_MONTHS_EN
    if pd.precision == "day":
        return _j_day(lo, "fa") if lang == "fa" else f"{_g_day(lo)} ({_j_day(lo, 'en')})"
    if pd.precision == "month":
        jal = f"{months[j.month - 1]} {j.year}"
    elif pd.precision == "season":
        season = 21 + (j.month - 1) // 3
        jal = f"{(SEASONS_FA if lang == 'fa' else SEASONS_EN)[season]} {j.year}"
    else:
        jal = str(j.year)
    if lang == "fa":
        return jal
    return f"{jal} ({_g_range(lo, hi)})"


def _g_range(lo: date, hi: date) -> str:
    if lo.year == hi.year:
        if lo.month == hi.month:
            return f"{lo.day}–{hi.day} {GREGORIAN_MONTHS_EN[lo.month - 1]} {lo.year}"
        return f"{lo.day} {GREGORIAN_MONTHS_EN[lo.month - 1]} – {hi.day} {GREGORIAN_MONTHS_EN[hi.month - 1]} {lo.year}"
    return f"{_g_day(lo)} – {_g_day(hi)}"


def _format_span(pd: PartialDate, lang: str) -> str:
    """A span entered as one EDTF date (e.g. the decade ``198X``): its first and last day or year."""
    lo, hi = pd.lo, pd.hi
    assert lo and hi
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        jal = _j_months(lo, hi, lang)
        return jal if lang == "fa" else f"{lo.year}–{hi.year} ({jal})"
    return " – ".join(_j_day(d, "fa") if lang == "fa" else f"{_g_day(d)} ({_j_day(d, 'en')})" for d in (lo, hi))


def _format_interval(pd: PartialDate, lang: str) -> str:
    text = str(pd.entered)
    start_text, _slash, end_text = text.partition("/")
    parts = []
    for part in (start_text, end_text):
        if part in ("..", ""):
            parts.append("…")
        else:
            parts.append(format_date(part, lang))
    return f"{parts[0]} – {parts[1]}"


def format_gregorian(value: Any, lang: str = "en") -> str:
    """The Gregorian days a date covers, in the words of ``lang``: the line shown under a Persian
    (Jalali) date so that Gregorian readers get it too.

    ``1 August 1988``, ``August 1988``, ``1988``, ``23 July – 22 August 1988``; in Persian with
    Persian month names and digits (``۱ اوت ۱۹۸۸``). Qualifiers as :func:`format_date`.
    """
    if value is None or value == "":
        return ""
    pd = parse_date(value)
    if isinstance(value, str) and "/" in value:
        start_text, _slash, end_text = value.partition("/")
        ends = ["…" if part in ("..", "") else format_gregorian(part, lang) for part in (start_text, end_text)]
        return f"{ends[0]} – {ends[1]}"
    lo, hi = pd.lo, pd.hi
    assert lo and hi
    months = GREGORIAN_MONTHS_FA if lang == "fa" else GREGORIAN_MONTHS_EN
    if lo == hi:
        text = f"{lo.day} {months[lo.month - 1]} {lo.year}"
    elif (lo.day, lo.year, lo.month) == (1, hi.year, hi.month) and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        text = f"{months[lo.month - 1]} {lo.year}"
    elif (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        text = str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"
    elif lo.year == hi.year:
        if lo.month == hi.month:
            text = f"{lo.day}–{hi.day} {months[lo.month - 1]} {lo.year}"
        else:
            text = f"{lo.day} {months[lo.month - 1]} – {hi.day} {months[hi.month - 1]} {lo.year}"
    else:
        text = f"{lo.day} {months[lo.month - 1]} {lo.year} – {hi.day} {months[hi.month - 1]} {hi.year}"
    return _qualify(text, pd, lang)
