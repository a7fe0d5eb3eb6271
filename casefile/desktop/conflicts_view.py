"""The conflicts a merge left: each one side by side (what both copies had, this copy, the other
copy), and the user's choice: keep this copy's value, take the other's, edit a value of their
own, or leave it for later.

Values are shown as the record's page shows them (:class:`casefile.desktop.detail.DetailRenderer`):
dates in the user's calendar, names in both scripts, references by the title of what they name,
lists and nested values in words; never raw JSON. Settling goes through ``merge.resolve``
(validated like any edit, audited); the record's page and the status-bar badge follow at once.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casefile import merge, records
from casefile.desktop import language
from casefile.desktop.detail import LINK_SCHEME, DetailRenderer
from casefile.desktop.editors.form import RecordForm
from casefile.desktop.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from casefile.desktop.labels import field_name, list_name
from casefile.desktop.session import Session
from casefile.errors import CasefileError, InvalidRecord
from casefile.model import SCHEMA, Field, Record, T

ID_ROLE = Qt.ItemDataRole.UserRole


def schema_field(kind: str, name: str) -> Field | None:
    return next((f for f in SCHEMA.get(kind, ()) if f.name == name), None)


class ValueRenderer(DetailRenderer):
    """One field's value, or a whole record, as readable HTML (links are ``rec:<id>``)."""

    def field_html(self, kind: str, name: str, value: Any) -> str:
        f = schema_field(kind, name)
        if f is not None and f.type is T.NAME and isinstance(value, dict):
            # a name in each script on a line of its own, so a change in one script is seen at once
            first = self.lang
            order = [first, "en" if first == "fa" else "fa"] + [k for k in value if k not in ("fa", "en")]
            return "".join(
                f'<div dir="{"rtl" if k == "fa" else "ltr"}">{html.escape(str(value[k]))}</div>'
                for k in order
                if value.get(k)
            )
        if f is not None:
            return self._value(f.type, f, value)
        return html.escape(language.isolate(_words(value)))

    def record_html(self, kind: str, data: dict) -> str:
        rows = []
        for f in SCHEMA.get(kind, ()):
            if f.name == "id" or f.name not in data:
                continue
            rendered = self._value(f.type, f, data[f.name])
            if rendered:
                rows.append(f"<tr><td><b>{html.escape(field_name(f.name))}</b></td><td>{rendered}</td></tr>")
        return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"

    def record_title(self, kind: str, record_id: str, data: dict | None) -> str:
        found = records.get(self.cf, record_id)
        if found is not None:
            return self.title(found)
        return self.title(Record(kind, record_id, data)) if isinstance(data, dict) else record_id


def _words(value: Any) -> str:
    """A value the schema does not describe, in words rather than JSON."""
    if isinstance(value, dict):
        return language.semicolon().join(f"{field_name(str(k))}: {_words(v)}" for k, v in value.items())
    if isinstance(value, list):
        return language.comma().join(_words(v) for v in value)
    return str(value)


class _OneFieldForm(RecordForm):
    """The editor of one field of a list, as the record's form builds it."""

    def __init__(self, session: Session, kind: str, name: str, parent: QWidget | None = None) -> None:
        self.only = name
        super().__init__(session, kind, parent)

    def build(self, layout: Any) -> None:
        page = QFormLayout()
        page.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        f = next(f for f in self.top_level if f.name == self.only)
        self.add_row(page, f, f.name, self)
        layout.addLayout(page)


class EditValueDialog(QDialog):
    """Settle a conflict with a value of the user's own: the field's editor, filled with this
    copy's value; the core checks it like any edit and its problems are shown beside the field."""

    def __init__(self, parent: QWidget | None, session: Session, conflict: merge.Conflict, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.conflict = conflict
        self.settled = False
        self.setWindowTitle(self.tr("Edit the value"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The value of “%1” for %2 that both copies should have:")
            .replace("%1", field_name(conflict.field))
            .replace("%2", language.isolate(title)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = _OneFieldForm(session, conflict.kind, conflict.field, self)
        self.editor = self.form.editor(conflict.field)
        start = conflict.mine if conflict.mine is not None else conflict.theirs
        self.editor.set_value(start)
        layout.addWidget(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def save(self) -> None:
        value = self.editor.value()
        try:
            merge.resolve(self.session.cf, self.conflict.id, "edited", value)
        except InvalidRecord as e:
            left = self.form.show_problems(e.problems)
            self.error.setText("\n".join(p.message for p in left))
            return
        except CasefileError as e:
            self.error.setText(str(e))
            return
        self.settled = True
        self.accept()


class ConflictsDialog(QDialog, Ui_ConflictsDialog):
    """Every conflict waiting, one at a time beside the list of all of them. Its layout is
    ``ui/conflicts_dialog.ui``."""

    #: a link to a record was clicked: show it in the main window
    recordRequested = Signal(str)

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.items: list[merge.Conflict] = []
        self.list.currentRowChanged.connect(self._show_current)
        self.columns: dict[str, QTextBrowser] = {
            "base": self.base_view,
            "mine": self.mine_view,
            "theirs": self.theirs_view,
        }
        self.column_titles: dict[str, QLabel] = {
            "base": self.base_title,
            "mine": self.mine_title,
            "theirs": self.theirs_title,
        }
        for view in self.columns.values():
            view.anchorClicked.connect(self._on_anchor)
        self.keep_button.clicked.connect(lambda: self.settle("mine"))
        self.take_button.clicked.connect(lambda: self.settle("theirs"))
        self.edit_button.clicked.connect(self.edit)
        self.later_button.clicked.connect(self.later)
        self.splitter.setSizes([300, 740])
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        session.changed.connect(self._on_changed)  # a bound slot: let go of when the dialog goes
        session.locked.connect(self.reject)
        self.reload()

    # --- the list ---------------------------------------------------------------------------

    def _on_changed(self, _ids: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the conflicts again, staying at the same place in the list."""
        if self.session.is_locked:
            return
        row = max(self.list.currentRow(), 0)
        cf = self.session.cf
        self.items = merge.conflicts(cf)
        self._origins = merge.origins(cf)
        self.renderer = ValueRenderer(cf, self)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.items:
            item = QListWidgetItem(self.conflict_label(c))
            item.setData(ID_ROLE, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        n = len(self.items)
        if n:
            waiting = (
                self.tr("One conflict waits.")
                if n == 1
                else self.tr("%1 conflicts wait.").replace("%1", language.number(n))
            )
            self.summary.setText(
                waiting
                + " "
                + self.tr(
                    "In each, the same thing was changed differently in this copy and in another; this copy keeps "
                    "its value until you choose."
                )
            )
        else:
            self.summary.setText(self.tr("No conflicts wait. Every merge so far is settled."))
        self.panel.setVisible(bool(n))
        self.list.setVisible(bool(n))
        if n:
            self.list.setCurrentRow(min(row, n - 1))
            self._show_current(self.list.currentRow())

    def title_of(self, c: merge.Conflict) -> str:
        data = next((v for v in (c.mine, c.theirs, c.base) if isinstance(v, dict)), None)
        return self.renderer.record_title(c.kind, c.record_id, data if c.field == merge.WHOLE_RECORD else None)

    def what_of(self, c: merge.Conflict) -> str:
        return field_name(c.field) if c.field != merge.WHOLE_RECORD else self.tr("the whole record")

    def conflict_label(self, c: merge.Conflict) -> str:
        return f"{list_name(c.kind)}: {language.isolate(self.title_of(c))} — {self.what_of(c)}"

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current(self) -> merge.Conflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    # --- one conflict -----------------------------------------------------------------------

    def _show_current(self, _row: int = -1) -> None:
        c = self.current()
        self.error.setText("")
        if c is None:
            return
        self.heading.setText(f"{language.isolate(self.title_of(c))} — {self.what_of(c)}")
        origin = self._origins.get(c.id, {})
        label, file = str(origin.get("label") or ""), str(origin.get("file") or "")
        other = language.isolate(label or file)
        if file and label and file != label:  # whose copy (its submitter or title), and its file
            other = f"{other} ({language.isolate(file, ltr=True)})"
        self.origin.setText(self.tr("The other copy: %1").replace("%1", other) if other else "")
        whole = c.field == merge.WHOLE_RECORD
        direction = "rtl" if language.current() in language.RTL_LANGUAGES else "ltr"
        for side, value in (("base", c.base), ("mine", c.mine), ("theirs", c.theirs)):
            body = self._side_html(c, side, value)
            self.columns[side].setHtml(f'<div dir="{direction}">{body}</div>')
            self.columns[side].setAccessibleName(f"{self.column_titles[side].text()}: {self.what_of(c)}")
        if whole:
            self.explain.setText(
                self.tr(
                    "One copy deleted this record and the other changed it. Keep mine keeps this copy as it is; "
                    "Take theirs makes it as in the other copy (deleted, or back with its changes)."
                )
            )
        else:
            self.explain.setText("")
        self.edit_button.setEnabled(not whole and schema_field(c.kind, c.field) is not None and self._editable(c))
        self.later_button.setEnabled(len(self.items) > 1)

    def _editable(self, c: merge.Conflict) -> bool:
        f = schema_field(c.kind, c.field)
        return f is not None and not f.app_written and records.get(self.session.cf, c.record_id) is not None

    def _side_html(self, c: merge.Conflict, side: str, value: Any) -> str:
        if value is None:
            if c.field == merge.WHOLE_RECORD:
                empty = {
                    "base": self.tr("No version both copies had"),
                    "mine": self.tr("Deleted in this copy"),
                    "theirs": self.tr("Deleted in the other copy"),
                }[side]
            else:
                empty = self.tr("(empty)")
            return f"<i>{html.escape(empty)}</i>"
        if c.field == merge.WHOLE_RECORD and isinstance(value, dict):
            return self.renderer.record_html(c.kind, value)
        return self.renderer.field_html(c.kind, c.field, value) or f"<i>{html.escape(self.tr('(empty)'))}</i>"

    def texts(self) -> dict[str, str]:
        """What each column shows, as plain text (for tests)."""
        return {side: view.toPlainText() for side, view in self.columns.items()}

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.recordRequested.emit(url.path())

    # --- choices ----------------------------------------------------------------------------

    def settle(self, take: str) -> None:
        """Keep this copy's value (``mine``) or take the other's (``theirs``)."""
        c = self.current()
        if c is None:
            return
        try:
            merge.resolve(self.session.cf, c.id, take)
        except CasefileError as e:
            self.error.setText(str(e))
            return
        self._settled(c)

    def edit(self) -> None:
        c = self.current()
        if c is None or not self.edit_button.isEnabled():
            return
        dialog = EditValueDialog(self, self.session, c, self.title_of(c))
        self.edit_dialog = dialog
        dialog.finished.connect(lambda _r: dialog.settled and self._settled(c))
        dialog.open()

    def later(self) -> None:
        n = self.list.count()
        if n > 1:
            self.list.setCurrentRow((self.list.currentRow() + 1) % n)

    def _settled(self, c: merge.Conflict) -> None:
        # an older edit undone over the settled value would bring the conflict's loser back silently
        self.session.undo_stack.clear()
        self.session.changed.emit({c.record_id})  # the lists, the record's page, the badge, this list


def open_conflicts_view(parent: QWidget | None, session: Session) -> ConflictsDialog:
    """The conflicts view (not modal: records can be looked at while it is open)."""
    dialog = ConflictsDialog(parent, session)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
