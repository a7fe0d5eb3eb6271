"""The date editor used for every date field: a date as a family or a source gives it.

Jalali or Gregorian; to the day, month, season or year; "about" and "not sure"; and, for the rare
forms (intervals, open ends), the EDTF text itself. It writes the exchange value: an EDTF string
(``"1988-08~"``, ``"1988-22"`` for summer 1988) or ``{"calendar": "jalali", "value": "1367-05~"}``,
and shows the date in both calendars as it is entered (``casefile.dates.format_date``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.dates import format_date, format_gregorian, parse_date
from casefile.errors import DateError

_PLAIN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$")

JALALI = "jalali"
GREGORIAN = "gregorian"
PRECISIONS = ("none", "day", "month", "season", "year", "other")


class YearSpin(QSpinBox):
    """A year, or blank ("—") until one is given: no year is ever recorded that was not chosen.
    The first arrow press from blank goes to ``hint`` (1367 / 1988), not to the range's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = 1988
        self.setSpecialValueText("—")

    def set_year_range(self, low: int, high: int, hint: int) -> None:
        blank = self.is_blank()
        self.hint = hint
        self.setRange(low - 1, high)  # the value below the range is the blank one
        if blank:
            self.setValue(self.minimum())

    def is_blank(self) -> bool:
        return self.value() == self.minimum()

    def clear_year(self) -> None:
        self.setValue(self.minimum())

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if self.is_blank():
            self.setValue(self.hint)
            return
        super().stepBy(steps)


_BLANK_DAY = QDate(1849, 12, 31)  # below every real date the editor takes: shown as "—"


def _calendar(name: str) -> QCalendar:
    return QCalendar(QCalendar.System.Jalali if name == JALALI else QCalendar.System.Gregorian)


class DateEdit(QWidget):
    """Edits one date value of the exchange format; ``value()`` is None when no date is given."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        from casefile.desktop.editors.widgets import ui_lang

        self._lang = lang or ui_lang()
        self._updating = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        outer.addLayout(row)

        self.calendar_combo = QComboBox(self)
        self.calendar_combo.addItem(self.tr("Iranian (Jalali)"), JALALI)
        self.calendar_combo.addItem(self.tr("Gregorian"), GREGORIAN)
        self.calendar_combo.setAccessibleName(self.tr("Calendar"))
        self.precision_combo = QComboBox(self)
        for key, label in (
            ("none", self.tr("No date")),
            ("day", self.tr("Day")),
            ("month", self.tr("Month")),
            ("season", self.tr("Season")),
            ("year", self.tr("Year")),
            ("other", self.tr("Other (EDTF text)")),
        ):
            self.precision_combo.addItem(label, key)
        self.precision_combo.setAccessibleName(self.tr("How exact the date is"))

        self.day_edit = QDateEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMMM yyyy")
        self.day_edit.setMinimumDate(_BLANK_DAY)
        self.day_edit.setSpecialValueText("—")
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.season_combo = QComboBox(self)
        for number, label in (
            (21, self.tr("Spring")),
            (22, self.tr("Summer")),
            (23, self.tr("Autumn")),
            (24, self.tr("Winter")),
        ):
            self.season_combo.addItem(label, number)
        self.season_combo.setAccessibleName(self.tr("Season"))
        self.month_combo = QComboBox(self)
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.year_spin = YearSpin(self)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.raw_edit = QLineEdit(self)
        self.raw_edit.setPlaceholderText(self.tr("e.g. 1988-07-23/1988-08-22 or ../1988-09"))
        self.raw_edit.setAccessibleName(self.tr("Date as EDTF text"))
        self.approximate = QCheckBox(self.tr("about"), self)
        self.approximate.setToolTip(self.tr("The date is approximate"))
        self.uncertain = QCheckBox(self.tr("not sure"), self)
        self.uncertain.setToolTip(self.tr("The date is uncertain"))

        for w in (
            self.calendar_combo,
            self.precision_combo,
            self.day_edit,
            self.season_combo,
            self.month_combo,
            self.year_spin,
            self.raw_edit,
            self.approximate,
            self.uncertain,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.preview = QLabel(self)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setObjectName("datePreview")
        outer.addWidget(self.preview)
        # In Persian the first line is Jalali only; this one gives the Gregorian days as well,
        # in Persian words and digits (``dates.format_gregorian``).
        self.preview_gregorian = QLabel(self)
        self.preview_gregorian.setObjectName("datePreviewGregorian")
        self.preview_gregorian.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_gregorian.setVisible(self._lang == "fa")
        if self._lang == "fa":  # a year alone ("۱۳۶۰") has no direction of its own: keep it on the right
            for label in (self.preview, self.preview_gregorian):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        outer.addWidget(self.preview_gregorian)

        self.calendar_combo.currentIndexChanged.connect(self._calendar_switched)
        self.precision_combo.currentIndexChanged.connect(self._refresh)
        for signal in (
            self.day_edit.dateChanged,
            self.season_combo.currentIndexChanged,
            self.month_combo.currentIndexChanged,
            self.year_spin.valueChanged,
            self.raw_edit.textChanged,
            self.approximate.toggled,
            self.uncertain.toggled,
        ):
            signal.connect(self._refresh)

        self._calendar_name = JALALI if self._lang == "fa" else GREGORIAN
        self.calendar_combo.setCurrentIndex(self.calendar_combo.findData(self._calendar_name))
        self._apply_calendar(self._calendar_name, None)
        self._refresh()

    # --- calendar and precision ---------------------------------------------------------------

    @property
    def calendar_name(self) -> str:
        return self.calendar_combo.currentData()

    @property
    def precision(self) -> str:
        return self.precision_combo.currentData()

    def set_calendar(self, name: str) -> None:
        self.calendar_combo.setCurrentIndex(self.calendar_combo.findData(name))

    def set_precision(self, precision: str) -> None:
        self.precision_combo.setCurrentIndex(self.precision_combo.findData(precision))

    def _apply_calendar(self, name: str, around: date | None) -> None:
        """Show calendar ``name`` with its month names and year range, positioned at ``around``
        (None: nothing chosen yet, the day and year blank)."""
        self._updating = True
        try:
            self._calendar_name = name
            cal = _calendar(name)
            self.day_edit.setCalendar(cal)
            if self.day_edit.calendarWidget() is not None:
                self.day_edit.calendarWidget().setCalendar(cal)
            locale = QLocale()
            month = self.month_combo.currentIndex()
            self.month_combo.clear()
            for m in range(1, 13):
                self.month_combo.addItem(cal.standaloneMonthName(locale, m), m)
            if name == JALALI:
                self.year_spin.set_year_range(1200, 1500, 1367)
            else:
                self.year_spin.set_year_range(1850, 2100, 1988)
            if around is None:
                self.day_edit.setDate(_BLANK_DAY)
                self.year_spin.clear_year()
                self.month_combo.setCurrentIndex(max(month, 0))
                return
            qdate = QDate(around.year, around.month, around.day)
            self.day_edit.setDate(qdate)
            parts = cal.partsFromDate(qdate)
            self.year_spin.setValue(parts.year)
            self.month_combo.setCurrentIndex(parts.month - 1)
            self.season_combo.setCurrentIndex((parts.month - 1) // 3)
        finally:
            self._updating = False

    def _calendar_switched(self) -> None:
        # Keep the same moment in time when the user changes calendar.
        around = self._representative_day()
        self._apply_calendar(self.calendar_name, around)
        self._refresh()

    def _representative_day(self) -> date | None:
        """The day the date shown stands for, to keep when the calendar changes (None if blank)."""
        qdate = self.day_edit.date()
        if self.precision in ("month", "season", "year"):
            if self.year_spin.is_blank():
                return None
            cal = _calendar(self._calendar_name)
            month = 1
            if self.precision == "month":
                month = self.month_combo.currentIndex() + 1
            elif self.precision == "season":
                month = self.season_combo.currentIndex() * 3 + 1
            qdate = QDate(self.year_spin.value(), month, 1, cal)
        elif qdate == _BLANK_DAY or self.precision != "day":
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    # --- the value ----------------------------------------------------------------------------

    def _mark(self) -> str:
        a, u = self.approximate.isChecked(), self.uncertain.isChecked()
        return "%" if a and u else "~" if a else "?" if u else ""

    def value(self) -> Any:
        """The exchange-format value, or None when no date is given."""
        precision = self.precision
        if precision == "none":
            return None
        if precision == "other":
            return self.raw_edit.text().strip() or None
        if precision == "day" and self.day_edit.date() == _BLANK_DAY:
            return None  # no day chosen yet: nothing is recorded
        if precision != "day" and self.year_spin.is_blank():
            return None  # no year chosen yet: nothing is recorded
        year = self.year_spin.value()
        if precision == "day":
            parts = _calendar(self.calendar_name).partsFromDate(self.day_edit.date())
            text = f"{parts.year:04d}-{parts.month:02d}-{parts.day:02d}"
        elif precision == "month":
            text = f"{year:04d}-{self.month_combo.currentIndex() + 1:02d}"
        elif precision == "season":
            text = f"{year:04d}-{self.season_combo.currentData()}"
        else:
            text = f"{year:04d}"
        text += self._mark()
        if self.calendar_name == JALALI:
            return {"calendar": JALALI, "value": text}
        return text

    def set_value(self, value: Any) -> None:
        """Show a stored value; forms this widget cannot take apart are shown as EDTF text."""
        self._updating = True
        try:
            self.approximate.setChecked(False)
            self.uncertain.setChecked(False)
            self.raw_edit.clear()
            if value is None or value == "":
                self.set_precision("none")
                self.year_spin.clear_year()
                self.day_edit.setDate(_BLANK_DAY)
                return
            if isinstance(value, dict) and value.get("calendar") == JALALI:
                name, text = JALALI, str(value.get("value", ""))
            elif isinstance(value, str):
                name, text = GREGORIAN, value
            else:
                name, text = GREGORIAN, str(value)
            m = _PLAIN.match(text)
            month = int(m[2]) if m and m[2] else None
            if not m or (month and not (1 <= month <= 12 or 21 <= month <= 24)) or (month and month > 12 and m[3]):
                if name == JALALI:  # not representable: keep it as EDTF-like text, the core will say
                    text = value.get("value", "") if isinstance(value, dict) else text
                self.set_precision("other")
                self.raw_edit.setText(text)
                return
            year, day = int(m[1]), int(m[3]) if m[3] else None
            self.set_calendar(name)
            cal = _calendar(name)
            self._calendar_name = name
            self.day_edit.setCalendar(cal)
            self._apply_calendar(name, self._safe_day(cal, year, month if month and month <= 12 else 1, day or 1))
            self._updating = True
            self.year_spin.setValue(year)
            if day:
                self.set_precision("day")
            elif month and month > 12:
                self.season_combo.setCurrentIndex(month - 21)
                self.set_precision("season")
            elif month:
                self.month_combo.setCurrentIndex(month - 1)
                self.set_precision("month")
            else:
                self.set_precision("year")
            self.approximate.setChecked(m[4] in ("~", "%"))
            self.uncertain.setChecked(m[4] in ("?", "%"))
        finally:
            self._updating = False
            self._refresh()

    @staticmethod
    def _safe_day(cal: QCalendar, year: int, month: int, day: int) -> date:
        qdate = QDate(year, month, day, cal)
        if not qdate.isValid():
            qdate = QDate(year, month, 1, cal)
        if not qdate.isValid():
            return date(1988, 8, 1)
        return date(qdate.year(), qdate.month(), qdate.day())

    # --- display ------------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._updating:
            return
        precision = self.precision
        dated = precision not in ("none", "other")
        self.calendar_combo.setVisible(precision != "other")
        self.calendar_combo.setEnabled(dated)
        self.day_edit.setVisible(precision == "day")
        self.month_combo.setVisible(precision == "month")
        self.season_combo.setVisible(precision == "season")
        self.year_spin.setVisible(precision in ("month", "season", "year"))
        self.raw_edit.setVisible(precision == "other")
        self.approximate.setVisible(dated)
        self.uncertain.setVisible(dated)
        first, _, second = self.preview_text().partition("\n")
        self.preview.setText(first)
        self.preview_gregorian.setText(second)
        self.changed.emit()

    def preview_text(self) -> str:
        """The date in both calendars as it will be shown, or why it cannot be read."""
        value = self.value()
        if value is None:
            if self.precision == "day":
                return self.tr("Choose the day.")
            if self.precision in ("month", "season", "year"):
                return self.tr("Choose the year.")
            return ""
        try:
            parse_date(value)
        except DateError as e:
            return self.tr("Cannot read this date: %1").replace("%1", str(e))
        if self._lang == "fa":
            return f"{format_date(value, 'fa')}\n{format_gregorian(value, 'fa')}"
        return format_date(value, "en")
