"""Forms driven by ``model.SCHEMA``: one editor per field, its label, and its error beside it.

:class:`RecordForm` builds every field of a list from its declaration; a *layout* says how the
fields are grouped (tabs of form rows). Most lists use one page in schema order; persons and
testimonies have layouts arranged by hand (see ``LAYOUTS``). Validation problems from the core
(``Problem.field`` such as ``consent.share_with`` or ``attachments[0].sha256``) are shown beside
the field they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefile import records
from casefile.desktop.editors.fieldwidgets import FIELD_WIDGETS
from casefile.desktop.editors.widgets import BoolField
from casefile.desktop.labels import field_name, value_name
from casefile.desktop.session import Session
from casefile.errors import Problem
from casefile.model import SCHEMA, Field

ERROR_STYLE = "color: #b00020;"


@dataclass
class FieldRow:
    """One field on a form: its path (``consent.share_with``), editor, label and error label."""

    path: str
    field: Field
    editor: QWidget
    label: QLabel
    error: QLabel
    container: QWidget

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)


class ObjectBox(QGroupBox):
    """A nested object (burial, consent): its fields in a group; checkable when it may be absent."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, *, checkable: bool = False) -> None:
        super().__init__(title, parent)
        self.setCheckable(checkable)
        if checkable:
            self.setChecked(False)
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: list[FieldRow] = []
        self._nulls: set[str] = set()

    def value(self) -> dict | None:
        if self.isCheckable() and not self.isChecked():
            return None
        out = {}
        for row in self.rows:
            v = row.editor.value()  # type: ignore[attr-defined]
            if v is not None or row.field.name in self._nulls:
                out[row.field.name] = v  # an explicit null that was stored stays as it was
        if not out and not self.isCheckable():
            return None
        return out

    def set_value(self, value: Any) -> None:
        present = isinstance(value, dict)
        if self.isCheckable():
            self.setChecked(present)
        data = value if present else {}
        self._nulls = {k for k, v in data.items() if v is None}
        for row in self.rows:
            row.editor.set_value(data.get(row.field.name))  # type: ignore[attr-defined]


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("fieldError")
    return label


# Layouts: (tab title, [field names]); the fields not named go on the last tab.
def _layouts() -> dict[str, list[tuple[str, list[str]]]]:
    return {
        "persons": [
            (
                QCoreApplication.translate("Form", "Who they are"),
                [
                    "name",
                    "aliases",
                    "roles",
                    "sex",
                    "father_name",
                    "mother_name",
                    "birth",
                    "birth_place",
                    "residence",
                    "nationality",
                    "id_document",
                    "occupation",
                    "affiliation",
                ],
            ),
            (
                QCoreApplication.translate("Form", "What happened to them"),
                ["circumstances", "burial", "death_certificate", "family_informed"],
            ),
            (QCoreApplication.translate("Form", "Family's consent"), ["family_consent"]),
            (QCoreApplication.translate("Form", "Photo and notes"), ["photo", "notes", "confidentiality"]),
        ],
    }


class RecordForm(QWidget):
    """The fields of one list, built from ``model.SCHEMA``."""

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.rows: dict[str, FieldRow] = {}
        self.objects: dict[str, ObjectBox] = {}
        # what the app keeps itself (a merge's history) is shown on the record's page, not edited
        self.top_level = [f for f in SCHEMA[kind] if f.name != "id" and not f.app_written]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.build(layout)

    # --- building -------------------------------------------------------------------------------

    def build(self, layout: QVBoxLayout) -> None:
        """Lay the fields out: the hand-made layout of this list if there is one, else one page."""
        spec = _layouts().get(self.kind)
        if spec is None:
            page = QFormLayout()
            page.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for f in self.top_level:
                self.add_row(page, f, f.name, self)
            layout.addLayout(page)
            return
        tabs = QTabWidget(self)
        placed: set[str] = set()
        for title, names in spec:
            page_widget = QWidget()
            outer = QVBoxLayout(page_widget)
            page = QFormLayout()
            outer.addLayout(page)
            outer.addStretch(1)  # spare height goes below the fields, not between a label and its field
            for name in names:
                f = next(f for f in self.top_level if f.name == name)
                self.add_row(page, f, name, page_widget)
                placed.add(name)
            if title == spec[-1][0]:
                for f in self.top_level:
                    if f.name not in placed:
                        self.add_row(page, f, f.name, page_widget)
            tabs.addTab(_scrolled(page_widget), title)
        self.tabs = tabs
        layout.addWidget(tabs)

    def make_editor(self, f: Field, path: str, parent: QWidget) -> QWidget:
        """The editor widget for one field declaration: its type's (``fieldwidgets.FIELD_WIDGETS``)."""
        return FIELD_WIDGETS[f.type].editor(self, f, path, parent)

    def object_box(self, f: Field, path: str, parent: QWidget) -> ObjectBox:
        """A group holding a nested object's fields, each on a row of its own (checkable when the
        whole object may be absent: a consent not yet given)."""
        box = ObjectBox(field_name(f.name), parent, checkable=f.name in ("consent", "family_consent"))
        self.objects[path] = box
        for sub in f.fields:
            self.add_row(box.layout_, sub, f"{path}.{sub.name}", box)
            box.rows.append(self.rows[f"{path}.{sub.name}"])
        return box

    def add_row(self, form: QFormLayout, f: Field, path: str, parent: QWidget) -> FieldRow:
        container = QWidget(parent)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        editor = self.make_editor(f, path, container)
        error = _error_label(container)
        box.addWidget(editor)
        box.addWidget(error)
        caption = field_name(f.name)
        if path == "family_consent.name":  # not the person's name: how the family lets it be given
            caption = QCoreApplication.translate("Form", "The victim may be named by")
        text = caption + (" *" if f.required else "")
        label = QLabel(text, parent)
        label.setBuddy(editor)
        editor.setAccessibleName(caption)
        row = FieldRow(path, f, editor, label, error, container)
        self.rows[path] = row
        if isinstance(editor, ObjectBox | BoolField):
            label.setVisible(False)  # a group or check box carries its own title
            form.addRow(container)
        else:
            form.addRow(label, container)
        return row

    # --- values ---------------------------------------------------------------------------------

    def set_data(self, data: dict[str, Any]) -> None:
        for f in self.top_level:
            self.editor(f.name).set_value(data.get(f.name))  # type: ignore[attr-defined]
        if self.kind == "persons" and "roles" in self.rows and isinstance(data.get("id"), str):
            self.editor("roles").set_derived(derived_role_reasons(self.session, data["id"]))

    def values(self) -> dict[str, Any]:
        """Field name -> value for every top-level field (None = not given)."""
        return {f.name: self.editor(f.name).value() for f in self.top_level}  # type: ignore[attr-defined]

    def editor(self, path: str) -> Any:
        return self.rows[path].editor

    # --- problems -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.clear_error()

    def row_for(self, problem_field: str | None) -> FieldRow | None:
        """The row a problem's field path belongs to: ``aliases[1].kind`` -> aliases,
        ``person or organization`` -> person, ``consent.recorded`` -> that sub-field."""
        if not problem_field:
            return None
        for candidate in problem_field.split(" or "):
            path = re.sub(r"\[\d+\]", "", candidate.strip())
            while path:
                if path in self.rows:
                    return self.rows[path]
                path = path.rpartition(".")[0]
        return None

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show each problem beside its field; those no field takes are returned."""
        self.clear_errors()
        unplaced = []
        messages: dict[str, list[str]] = {}
        for problem in problems:
            row = self.row_for(problem.field)
            if row is None:
                unplaced.append(problem)
                continue
            messages.setdefault(row.path, []).append(problem.message)
        for path, texts in messages.items():
            row = self.rows[path]
            row.show_error("\n".join(texts))
            self._reveal(row.container)
        return unplaced

    def _reveal(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` to the front so the user sees the message."""
        tabs = getattr(self, "tabs", None)
        if tabs is None:
            return
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                return


def _role_reason(role: str, source_kind: str) -> str:
    reasons = {
        "acts": QCoreApplication.translate("Form", "Listed as %1 because an act names them."),
        "interventions": QCoreApplication.translate("Form", "Listed as %1 because an intervention names them."),
        "relations": QCoreApplication.translate("Form", "Listed as %1 because a relation names them."),
        "testimonies": QCoreApplication.translate("Form", "Listed as %1 because a testimony names them."),
        "involvements": QCoreApplication.translate("Form", "Listed as %1 because an involvement names them."),
        "positions": QCoreApplication.translate("Form", "Listed as %1 because a position names them."),
    }
    text = reasons.get(source_kind) or QCoreApplication.translate(
        "Form", "Listed as %1 because another record names them."
    )
    return text.replace("%1", value_name(role, "persons.roles"))


def derived_role_reasons(session: Session, person_id: str) -> dict[str, str]:
    """Role -> why the person has it, for the roles other records give them (``records.roles_of``
    counts these too): a victim because an act names them, an official because of a position..."""
    kinds: dict[str, list[str]] = {}
    for role, kind in records.derived_roles(session.cf, person_id):
        kinds.setdefault(role, []).append(kind)
    return {role: "\n".join(_role_reason(role, k) for k in ks) for role, ks in kinds.items()}


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def hbox(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return layout


class TestimonyForm(RecordForm):
    """The testimony, arranged by hand: the account on the right, who/when/where on the left,
    sensitivity and the witness's consent below."""

    def build(self, layout: QVBoxLayout) -> None:
        fields = {f.name: f for f in self.top_level}
        columns = QHBoxLayout()
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in ("witness", "about", "recorded", "recorded_by", "place", "language", "confidentiality"):
            self.add_row(left, fields[name], name, self)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name in ("text", "summary"):
            self.add_row(right, fields[name], name, self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        below = QFormLayout()
        for name in ("sensitive", "consent"):
            self.add_row(below, fields[name], name, self)
        layout.addLayout(below)


def form_for(session: Session, kind: str, parent: QWidget | None = None) -> RecordForm:
    """The form of list ``kind``."""
    if kind == "testimonies":
        return TestimonyForm(session, kind, parent)
    return RecordForm(session, kind, parent)
