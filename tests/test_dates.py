"""Dates as families and sources give them: EDTF and Jalali in, Gregorian interval out, formatted
for people in English and Persian."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.dates import format_date, parse_date
from casefile.errors import DateError
from casefile.validate import check_record


def J(value: str) -> dict[str, str]:
    return {"calendar": "jalali", "value": value}


@pytest.mark.parametrize(
    ("value", "lo", "hi", "precision"),
    [
        ("1988", "1988-01-01", "1988-12-31", "year"),
        ("1988-08", "1988-08-01", "1988-08-31", "month"),
        ("1988-02", "1988-02-01", "1988-02-29", "month"),  # leap year
        ("1988-08-01", "1988-08-01", "1988-08-01", "day"),
        ("1988-08~", "1988-08-01", "1988-08-31", "month"),
        ("1988?", "1988-01-01", "1988-12-31", "year"),
        ("1988-08-01%", "1988-08-01", "1988-08-01", "day"),
        ("1988-07-23/1988-08-22", "1988-07-23", "1988-08-22", "interval"),
        ("1988-07/1988-09", "1988-07-01", "1988-09-30", "interval"),
        ("../1988-09", None, "1988-09-30", "interval"),
        ("1988-09/..", "1988-09-01", None, "interval"),
        ("1988-22", "1988-06-01", "1988-08-31", "season"),
        ("1988-XX", "1988-01-01", "1988-12-31", "year"),
        ("1988-08-XX", "1988-08-01", "1988-08-31", "month"),
        ("198X", "1980-01-01", "1989-12-31", "interval"),
        (J("1367-05-10"), "1988-08-01", "1988-08-01", "day"),
        (J("1367-05"), "1988-07-23", "1988-08-22", "month"),
        (J("1367"), "1988-03-21", "1989-03-20", "year"),
        (J("1367-12"), "1989-02-20", "1989-03-20", "month"),
        (J("1367-22"), "1988-06-22", "1988-09-22", "season"),
        (J("1360-06-30"), "1981-09-21", "1981-09-21", "day"),
    ],
)
def test_date_gives_its_gregorian_interval(value, lo, hi, precision):
    pd = parse_date(value)
    assert (pd.lo and pd.lo.isoformat(), pd.hi and pd.hi.isoformat(), pd.precision) == (lo, hi, precision)
    assert pd.entered == value  # what was entered is kept
    assert pd.calendar == ("jalali" if isinstance(value, dict) else "gregorian")


def test_jalali_10_mordad_1367_is_1_august_1988():
    assert parse_date(J("1367-05-10")).lo == date(1988, 8, 1) == parse_date("1988-08-01").lo


@pytest.mark.parametrize(
    ("value", "approximate", "uncertain"),
    [
        ("1988", False, False),
        ("1988~", True, False),
        ("1988-08?", False, True),
        ("1988-08-01%", True, True),
        (J("1367-05~"), True, False),
        (J("1367?"), False, True),
        ("1988-07~/1988-08", True, False),
    ],  # fmt: skip
)
def test_qualifiers_are_read(value, approximate, uncertain):
    pd = parse_date(value)
    assert (pd.approximate, pd.uncertain) == (approximate, uncertain)


@pytest.mark.parametrize(
    "value",
    [
        "1988-13", "1988-00", "1988-08-00", "1988-02-30", "1989-02-29", "88", "1988/08/01", "01-08-1988",
        "summer 1988", "", "1988-09/1988-07", "../..", "1988-08-01T10:00:00", "-0100", "Y170000002",
        "1988-08-01/1988-09-01/1988-10-01", 1988, None, [1988], {"value": "1367-05-10"},
        {"calendar": "hijri", "value": "1409"}, {"calendar": "jalali", "value": 1367},
        {"calendar": "jalali", "value": "1367-05-10", "note": "x"}, J("1367-13-01"), J("1367-00"),
        J("1367-05-00"), J("1367-07-31"), J("1367-05-32"), J("67-05-10"), J("1367/05/10"), "۱۹۸۸", "۱۹۸۸-۰۸-۰۱",
    ],
)  # fmt: skip
def test_bad_date_raises_date_error(value):
    with pytest.raises(DateError):
        parse_date(value)


def test_bad_date_in_a_record_is_a_problem_naming_the_field():
    problems = check_record("acts", {"id": "a", "victim": "v", "type": "arrest", "date": "-0100"})
    assert [(p.list, p.record_id, p.field) for p in problems] == [("acts", "a", "date")]


@pytest.mark.parametrize(
    ("value", "en", "fa"),
    [
        ("1988-08-01", "1 August 1988 (10 Mordad 1367)", "۱۰ مرداد ۱۳۶۷"),
        (J("1367-05-10"), "1 August 1988 (10 Mordad 1367)", "۱۰ مرداد ۱۳۶۷"),
        (J("1367-05"), "Mordad 1367 (23 July – 22 August 1988)", "مرداد ۱۳۶۷"),
        (J("1367"), "1367 (21 March 1988 – 20 March 1989)", "۱۳۶۷"),
        ("1988-08", "August 1988 (Mordad–Shahrivar 1367)", "مرداد–شهریور ۱۳۶۷"),
        ("1988", "1988 (1366–1367)", "۱۳۶۶–۱۳۶۷"),
        ("1988-08~", "about August 1988 (Mordad–Shahrivar 1367)", "حدود مرداد–شهریور ۱۳۶۷"),
        ("1988?", "1988 (1366–1367) (uncertain)", "۱۳۶۶–۱۳۶۷ (نامطمئن)"),
        ("1988-08-01%", "about 1 August 1988 (10 Mordad 1367) (uncertain)", "حدود ۱۰ مرداد ۱۳۶۷ (نامطمئن)"),
        ("1988-07-23/1988-08-22", "23 July 1988 (1 Mordad 1367) – 22 August 1988 (31 Mordad 1367)",
         "۱ مرداد ۱۳۶۷ – ۳۱ مرداد ۱۳۶۷"),
        ("../1988-09", "… – September 1988 (Shahrivar–Mehr 1367)", "… – شهریور–مهر ۱۳۶۷"),
        ("1988-09/..", "September 1988 (Shahrivar–Mehr 1367) – …", "شهریور–مهر ۱۳۶۷ – …"),
        ("1988~/1989", "about 1988 (1366–1367) – 1989 (1367–1368)", "حدود ۱۳۶۶–۱۳۶۷ – ۱۳۶۷–۱۳۶۸"),
        ("1988-XX", "1988 (1366–1367)", "۱۳۶۶–۱۳۶۷"),
        ("198X", "1980–1989 (1358–1368)", "۱۳۵۸–۱۳۶۸"),
        (None, "", ""),
    ],
)  # fmt: skip
def test_format_date_in_english_and_persian(value, en, fa):
    assert format_date(value, "en") == en
    assert format_date(value, "fa") == fa


def test_qualifiers_of_an_interval_are_said_once():
    text = format_date("1988-01~/1988-03?", "en")
    assert text.count("about") == 1 and text.count("(uncertain)") == 1


@pytest.mark.parametrize(
    "value", ["1988-22", "1988-08-XX", "198X", J("1367-22"), "1988-01~/1988-03?", "2004-06~-11", J("1367-05~")]
)
def test_every_accepted_form_can_be_formatted(value):
    assert format_date(value, "en") and format_date(value, "fa")


def test_persian_format_uses_persian_digits_only():
    text = format_date(J("1367-05-10"), "fa")
    assert not any(c.isascii() and c.isdigit() for c in text)
