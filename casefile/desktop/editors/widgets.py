"""Field editors: one small widget per kind of value in ``casefile.model`` (T.NAME, T.REF, ...).

Every editor here offers ``value()`` (the exchange-format value, or None when empty) and
``set_value(value)``, so the generic forms in :mod:`.form` can be driven from ``model.SCHEMA``.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile import records, search
from casefile.desktop import language
from casefile.desktop.labels import field_name, list_name, value_choice
from casefile.desktop.session import Session
from casefile.model import ALIAS_KINDS, LISTS, record_title

ID_ROLE = Qt.ItemDataRole.UserRole


def ui_lang() -> str:
    """``fa`` when the interface runs in Persian, else ``en`` (for dates and record titles)."""
    return "fa" if QLocale().language() == QLocale.Language.Persian else "en"


def is_rtl_text(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Persian, Arabic)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


class LineField(QLineEdit):
    """A one-line string; the writing direction follows what is typed."""

    def __init__(self, parent: QWidget | None = None, *, rtl: bool | None = None) -> None:
        super().__init__(parent)
        self._fixed_rtl = rtl
        if rtl is not None:
            self._set_rtl(rtl)
        else:
            self.textChanged.connect(lambda text: self._set_rtl(is_rtl_text(text)))

    def _set_rtl(self, rtl: bool) -> None:
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NumberField(LineField):
    """A number such as a latitude; empty means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, rtl=False)
        validator = QDoubleValidator(self)
        validator.setLocale(QLocale.c())
        self.setValidator(validator)

    def value(self) -> float | int | None:
        text = self.text().strip()
        if not text:
            return None
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number


class TextField(QPlainTextEdit):
    """Long text; right to left when it is written in Persian."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        if lines <= 3:  # notes and the like stay small; the account itself may grow
            self.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines + 3) + 12)
        self.textChanged.connect(self._follow_direction)

    def _follow_direction(self) -> None:
        rtl = is_rtl_text(self.toPlainText())
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)
            option = self.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            self.document().setDefaultTextOption(option)

    def value(self) -> str | None:
        text = self.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class BoolField(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class NameEdit(QWidget):
    """A name in both scripts: Persian (right to left) and English/Latin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fa = LineField(self, rtl=True)
        self.fa.setPlaceholderText(self.tr("in Persian"))
        self.fa.setAccessibleName(self.tr("Name in Persian"))
        self.en = LineField(self, rtl=False)
        self.en.setPlaceholderText(self.tr("in English or Latin letters"))
        self.en.setAccessibleName(self.tr("Name in English"))
        layout.addWidget(self.fa)
        layout.addWidget(self.en)

    def value(self) -> dict[str, str] | None:
        out = {k: w.value() for k, w in (("fa", self.fa), ("en", self.en)) if w.value()}
        return out or None

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.fa.set_value(value.get("fa"))
        self.en.set_value(value.get("en"))


class EnumCombo(QComboBox):
    """One of an enumeration's values, shown by its translated label; "—" means none."""

    def __init__(self, values: tuple[str, ...], parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        if not required:
            self.addItem("—", None)
        for v in values:
            self.addItem(value_choice(v, values), v)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:  # a value this version does not know: keep it visible
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class EnumChecks(QWidget):
    """Any number of an enumeration's values, as check boxes."""

    changed = Signal()

    def __init__(self, values: tuple[str, ...], parent: QWidget | None = None, *, empty_is_none: bool = True) -> None:
        super().__init__(parent)
        self._empty_is_none = empty_is_none
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self._order: list[str] = []
        self._derived: set[str] = set()  # shown ticked because other records imply them; not stored
        for v in values:
            box = QCheckBox(value_choice(v, values), self)
            box.toggled.connect(self.changed)
            self.boxes[v] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def value(self) -> list[str] | None:
        checked = {v for v, box in self.boxes.items() if box.isChecked()} - self._derived
        # keep the order the record had, so an unchanged record is saved unchanged
        chosen = [v for v in self._order if v in checked] + [v for v in self.boxes if v in checked - set(self._order)]
        return None if (not chosen and self._empty_is_none) else chosen

    def set_value(self, value: Any) -> None:
        self._order = [v for v in value or [] if v in self.boxes]
        chosen = set(value or [])
        self._derived = set()
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)
            box.setEnabled(True)
            box.setToolTip("")

    def set_derived(self, reasons: dict[str, str]) -> None:
        """Show values other records imply (a person is a victim because an act names them) as
        ticked and not editable, ``reasons[value]`` as the tooltip saying why. Values the record
        declares itself stay editable; derived ones are never written back by :meth:`value`."""
        declared = set(self._order)
        for v, reason in reasons.items():
            box = self.boxes.get(v)
            if box is None:
                continue
            box.setToolTip(reason)
            if v in declared:
                continue
            self._derived.add(v)
            box.setChecked(True)
            box.setEnabled(False)


class AliasesEdit(QWidget):
    """Other names: a table of name and kind (transliteration, assumed name, ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Other name"), field_name("kind")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(120)
        self.table.setColumnWidth(0, 260)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add other name"), self)
        add.clicked.connect(lambda: self.add_alias("", None))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_alias(self, name: str, kind: str | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = EnumCombo(ALIAS_KINDS, self.table)
        combo.set_value(kind)
        self.table.setCellWidget(row, 1, combo)

    def value(self) -> list | None:
        out: list = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item else ""
            if not name:
                continue
            kind = self.table.cellWidget(row, 1).value()  # type: ignore[union-attr]
            out.append({"name": name, "kind": kind} if kind else name)
        return out or None

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for alias in value or []:
            if isinstance(alias, str):
                self.add_alias(alias, None)
            elif isinstance(alias, dict):
                self.add_alias(str(alias.get("name", "")), alias.get("kind"))


def record_label(title: str, hint: str = "") -> str:
    """A record as a picker shows it: its name, isolated so that a Latin name inside Persian text
    keeps its order, and a ``hint`` (a date, the list) when two records share a name. Never its id:
    ids are for the detail pane."""
    return f"{language.isolate(title)} ({language.isolate(hint)})" if hint else language.isolate(title)


_NAMED = {"persons", "organizations", "places", "events", "sources", "positions"}


def readable_titles(cf: Any, ids: list[str]) -> dict[str, str]:
    """Titles in the interface language for records that have no name of their own (an act is
    "execution of Parviz Kazemi"), never their ids."""
    from casefile.desktop.detail import DetailRenderer

    renderer = DetailRenderer(cf)
    found = records.get_many(cf, ids)
    return {rid: renderer.title(rec) for rid, rec in found.items()}


def disambiguate(items: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    """(id, label) from (id, title, list name, date): a date or the list is added only where
    titles repeat, and a number where even that does not tell them apart."""
    counts: dict[str, int] = {}
    for _rid, title, _kind, _date in items:
        counts[title] = counts.get(title, 0) + 1
    labels_seen: dict[str, int] = {}
    out = []
    for rid, title, kind_name, when in items:
        hint = ""
        if counts[title] > 1:
            hint = when or kind_name
            key = f"{title}\0{hint}"
            labels_seen[key] = labels_seen.get(key, 0) + 1
            if labels_seen[key] > 1:
                hint = f"{hint} {language.number(labels_seen[key])}".strip()
        out.append((rid, record_label(title, hint)))
    return out


class RefPicker(QWidget):
    """A reference to another record: type part of a name (either script) and pick from the list.

    Candidates come from ``records.list_rows`` and ``search.search`` over the allowed lists, a
    page at a time, so the picker stays quick on a file with tens of thousands of records.
    Typing an id exactly (``v-01``) is accepted too; the core says if it does not exist.
    """

    changed = Signal()

    def __init__(self, session: Session, lists: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = lists or LISTS
        self._id: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("type a name to choose"))
        layout.addWidget(self.edit)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.edit.textEdited.connect(self._typed)
        self._align()

    def _align(self) -> None:
        """A chosen record's label (built in the interface language, its parts isolated, so Qt
        finds no direction in it) lines up with the layout: right in Persian. Typed text lines up
        with what is typed; an empty field with the layout."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = self.edit.text()
        if not self._id and any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in text):
            rtl = is_rtl_text(text)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def _typed(self, _text: str) -> None:
        self._id = None
        self._align()
        self._timer.start()
        self.changed.emit()

    def candidates(self, text: str, limit: int = 30) -> list[tuple[str, str]]:
        """(id, label) of the records the typed text points at, labelled by name (never by id)."""
        cf = self.session.cf
        lang = ui_lang()
        found: dict[str, tuple[str, str, str]] = {}  # id -> (title, list, date)
        several = len(self.lists) > 1
        for kind in self.lists:
            for row in records.list_rows(cf, kind, filter_text=text or None, limit=limit):
                found.setdefault(row.id, (row.title(lang), kind, row.sort_date or ""))
        if text:
            for hit in search.search(cf, text, limit=limit, lang=lang):
                if hit.kind in self.lists:
                    found.setdefault(hit.id, (hit.title, hit.kind, ""))
        unnamed = [rid for rid, (_t, kind, _d) in found.items() if kind not in _NAMED]
        titles = readable_titles(cf, unnamed) if unnamed else {}
        items = []
        for rid, (title, kind, when) in found.items():
            title = titles.get(rid, title)
            if several:
                title = f"{list_name(kind)}: {title}"
            when_text = language.format_date(when[:4]) if when else ""
            items.append((rid, title, list_name(kind), when_text))
        return disambiguate(items)

    def refresh(self) -> None:
        self.model.clear()
        for rid, label in self.candidates(self.edit.text().strip()):
            item = QStandardItem(label)
            item.setData(rid, ID_ROLE)
            self.model.appendRow(item)
        if self.edit.hasFocus() and self.model.rowCount():
            self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        rid = index.data(ID_ROLE)
        if rid:
            # after the completer has written the text, show the chosen record's label
            QTimer.singleShot(0, lambda: self.set_value(rid))
            self._id = rid

    def label_of(self, record_id: str) -> str:
        """The chosen record's name (an id typed by hand that names no record stays as typed)."""
        rec = records.get(self.session.cf, record_id)
        if rec is None:
            return record_id
        if rec.kind in _NAMED:
            return record_label(record_title(rec.kind, rec.data, ui_lang()))
        return record_label(readable_titles(self.session.cf, [record_id])[record_id])

    def value(self) -> str | None:
        if self._id:
            return self._id
        text = self.edit.text().strip()
        return text or None  # an id typed by hand; the core checks it

    def set_value(self, value: Any) -> None:
        self._id = value or None
        self.edit.setText(self.label_of(value) if value else "")
        self.edit.setCursorPosition(0)
        self._align()
        self.changed.emit()


class RefListEdit(QWidget):
    """A list of references (a testimony is *about* persons, events and acts)."""

    def __init__(self, session: Session, lists: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.picker = RefPicker(session, lists, self)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self._add_picked)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add_picked(self) -> None:
        rid = self.picker.value()
        if rid:
            self.add(rid)
            self.picker.set_value(None)

    def add(self, record_id: str) -> None:
        if record_id in self.ids():
            return
        item = QListWidgetItem(self.picker.label_of(record_id))
        item.setData(ID_ROLE, record_id)
        self.list.addItem(item)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def value(self) -> list[str] | None:
        return self.ids() or None

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for rid in value or []:
            self.add(rid)


class LanguageCombo(QComboBox):
    """A BCP 47 language tag, with the usual ones offered; another tag may be typed."""

    LANGUAGES = ("fa", "en", "ku", "az", "ar", "tr", "de", "fr", "sv")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        names = {
            "fa": self.tr("Persian (fa)"),
            "en": self.tr("English (en)"),
            "ku": self.tr("Kurdish (ku)"),
            "az": self.tr("Azerbaijani (az)"),
            "ar": self.tr("Arabic (ar)"),
            "tr": self.tr("Turkish (tr)"),
            "de": self.tr("German (de)"),
            "fr": self.tr("French (fr)"),
            "sv": self.tr("Swedish (sv)"),
        }
        self.addItem("", None)
        for code in self.LANGUAGES:
            self.addItem(names[code], code)
        self.setCompleter(QCompleter(QStringListModel(list(names.values())), self))

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text)
        if index >= 0 and self.itemData(index):
            return self.itemData(index)
        return text

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else 0
        if index < 0:
            self.setEditText(str(value))
        else:
            self.setCurrentIndex(index)


class NamingEdit(QWidget):
    """How a victim may be named (``family_consent.name``): one answer for every audience, or
    (spec 1.1) a different answer for each, kept exactly as the family gave it. An audience left
    at "—" has no answer (it gets no name)."""

    changed = Signal()

    def __init__(self, values: tuple[str, ...], audiences: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.same = EnumCombo(values, self)
        self.same.setAccessibleName(self.tr("The same for every audience"))
        self.per_audience = QCheckBox(self.tr("A different answer for each audience"), self)
        top = QHBoxLayout()
        top.addWidget(self.same)
        top.addWidget(self.per_audience)
        top.addStretch(1)
        layout.addLayout(top)
        self.grid = QWidget(self)
        rows = QVBoxLayout(self.grid)
        rows.setContentsMargins(12, 0, 0, 0)
        self.combos: dict[str, EnumCombo] = {}
        for audience in audiences:
            row = QHBoxLayout()
            label = QLabel(value_choice(audience, "audience"), self.grid)
            combo = EnumCombo(values, self.grid)
            combo.setAccessibleName(label.text())
            label.setBuddy(combo)
            label.setMinimumWidth(180)
            row.addWidget(label)
            row.addWidget(combo)
            row.addStretch(1)
            rows.addLayout(row)
            self.combos[audience] = combo
            combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.grid)
        self.per_audience.toggled.connect(self._mode)
        self.same.currentIndexChanged.connect(self.changed)
        self._mode(False)

    def _mode(self, per_audience: bool) -> None:
        if per_audience and self.same.value() is not None:  # start from the one answer given
            for combo in self.combos.values():
                if combo.value() is None:
                    combo.set_value(self.same.value())
        self.same.setVisible(not per_audience)
        self.grid.setVisible(per_audience)
        self.changed.emit()

    def value(self) -> str | dict[str, str] | None:
        if not self.per_audience.isChecked():
            return self.same.value()
        answers = {a: combo.value() for a, combo in self.combos.items() if combo.value() is not None}
        return answers or None

    def set_value(self, value: Any) -> None:
        per_audience = isinstance(value, dict)
        self.per_audience.setChecked(per_audience)
        self.same.set_value(None if per_audience else value)
        for audience, combo in self.combos.items():
            combo.set_value(value.get(audience) if per_audience else None)
        self._mode(per_audience)
