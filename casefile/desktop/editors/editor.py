"""The record editor dialog: a form for any list, saved through the undo stack.

Saving goes through ``commands.save_record`` (validated by the core, audited, undoable). When the
core refuses a record, each problem is shown beside the field it names and nothing is saved.
Links are made from the form that needs them: "Add act…" on a person, "Involve an official…" on
an event or act, "Cite a source…" on most records.
"""

from __future__ import annotations

import copy
import secrets
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import drafts, records
from casefile.desktop import commands
from casefile.desktop.editors import undo
from casefile.desktop.editors.acts_list import ActsList
from casefile.desktop.editors.attachments import AttachmentsEdit
from casefile.desktop.editors.form import ERROR_STYLE, ObjectBox, form_for
from casefile.desktop.editors.widgets import ui_lang
from casefile.desktop.labels import list_name
from casefile.desktop.session import Session
from casefile.desktop.unsaved import BACK, KEEP, ask_unsaved, choose_draft, show_error
from casefile.errors import CasefileError, InvalidRecord
from casefile.model import SCHEMA, record_title

SAVED_STYLE = "color: #1b5e20;"

ID_PREFIXES = {
    "persons": "p",
    "organizations": "o",
    "places": "pl",
    "events": "ev",
    "acts": "a",
    "involvements": "inv",
    "positions": "pos",
    "relations": "rel",
    "interventions": "int",
    "testimonies": "t",
    "sources": "src",
    "citations": "cit",
}


def new_id(session: Session, kind: str, data: dict[str, Any] | None = None) -> str:
    """A fresh id for a record of ``kind``: ``v-1a2b3c4d`` for a victim, ``t-…`` for a testimony."""
    prefix = ID_PREFIXES[kind]
    roles = (data or {}).get("roles") or []
    if kind == "persons" and "victim" in roles:
        prefix = "v"
    elif kind == "persons" and ("witness" in roles or "relative" in roles):
        prefix = "w"
    while True:
        rid = f"{prefix}-{secrets.token_hex(4)}"
        if records.get(session.cf, rid) is None:
            return rid


def ask(parent: QWidget | None, title: str, text: str, *, informative: str = "", detailed: str = "") -> bool:
    """A yes/no question in a message box; True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("casefileQuestion")
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is yes


class RecordEditor(QDialog):
    """Edits one record of ``kind`` (a new one when ``record_id`` is None)."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        kind: str,
        record_id: str | None = None,
        preset: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in SCHEMA:
            raise ValueError(f"unknown list {kind!r}")
        self.session, self.kind = session, kind
        self.last_child: QDialog | None = None
        existing = records.get(session.cf, record_id) if record_id else None
        self.is_new = existing is None
        self.original: dict[str, Any] = copy.deepcopy(existing.data) if existing else {}
        self.original.update(copy.deepcopy(preset or {}))
        self.record_id: str = record_id or self.original.get("id") or new_id(session, kind, self.original)
        self.original["id"] = self.record_id

        self.setObjectName(f"editor_{kind}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        self.form = form_for(session, kind, self)
        layout.addWidget(self.form, 1)
        self.form.set_data(self.original)
        self.match_warning: Any = None
        if kind == "persons" and self.is_new:
            self._add_match_warning(layout)
        self._add_consent_buttons()
        layout.addLayout(self._link_buttons())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.delete_button = self.buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(not self.is_new)
        self.delete_button.clicked.connect(self._delete)
        self.buttons.accepted.connect(self._save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for attachments in self.findChildren(AttachmentsEdit):
            attachments.busy_changed.connect(lambda busy: self.save_button.setEnabled(not busy))
        if kind == "persons":
            self._add_acts_list()
        self._update_title()
        self.resize(1000, 720 if kind in ("persons", "testimonies") else 560)
        #: False closes without asking (the window locks or quits after keeping a draft itself)
        self.confirm_close = True
        self.draft_name = f"{'new' if self.is_new else 'edit'}:{kind}:{self.record_id}"
        self._resumed = False
        self._baseline = self.collect()

    # --- title and buttons ----------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.is_new:
            self.setWindowTitle(self.tr("New %1").replace("%1", list_name(self.kind)))
        else:
            title = record_title(self.kind, self.original, ui_lang())
            self.setWindowTitle(f"{list_name(self.kind)}: {title}")

    def _link_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.link_buttons: dict[str, QPushButton] = {}
        links = []
        if self.kind == "persons":
            links.append(("acts", self.tr("Add act…"), "victim"))
        if self.kind in ("events", "acts"):
            links.append(("involvements", self.tr("Involve an official…"), self.kind[:-1]))
        if self.kind not in ("citations", "sources"):
            links.append(("citations", self.tr("Cite a source…"), "supports"))
        for target_kind, text, field_name in links:
            button = QPushButton(text, self)
            button.clicked.connect(
                lambda _=False, k=target_kind, f=field_name: self.open_linked(k, {f: self.record_id})
            )
            self.link_buttons[target_kind] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_match_warning(self, layout: QVBoxLayout) -> None:
        """A new person: while the name is typed, say when they may already be in the case file,
        and offer to open that record or use it instead of entering the person twice."""
        from casefile.desktop.editors.match_warning import MatchWarning

        warning = MatchWarning(self.session, self)
        layout.insertWidget(1, warning)
        for path in ("name", "father_name"):
            editor = self.form.editor(path)
            for line in (editor.fa, editor.en):
                line.textChanged.connect(lambda _text: warning.check(self.collect()))
        warning.openRequested.connect(lambda pid: open_editor(self, self.session, "persons", pid))
        warning.useRequested.connect(self._use_existing_person)
        self.match_warning = warning

    def _use_existing_person(self, person_id: str) -> None:
        """The person is already there: what was typed for a second record is dropped (nothing new
        is saved, no draft kept) and their record opens instead."""
        self.used_existing = person_id
        if drafts.load_draft(self.session.cf, self.draft_name) is not None:
            drafts.discard_draft(self.session.cf, self.draft_name)
        self.confirm_close = False
        parent = self.parentWidget()
        self.reject()
        if parent is not None:
            open_editor(parent, self.session, "persons", person_id)

    def _add_consent_buttons(self) -> None:
        key = {"testimonies": "consent", "persons": "family_consent"}.get(self.kind)
        if key is None:
            return
        box: ObjectBox = self.form.objects[key]
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"), box)
        self.withdraw_button.setToolTip(
            self.tr("From today this record is given to no one; the withdrawal is kept in the audit trail.")
        )
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        box.layout_.addRow(self.withdraw_button)
        self._consent_key = key
        withdrawn = self.form.editor(f"{key}.withdrawn")
        box.toggled.connect(lambda _on: self._update_withdraw_button())
        withdrawn.changed.connect(self._update_withdraw_button)
        self._update_withdraw_button()

    def _update_withdraw_button(self) -> None:
        key = self._consent_key
        box = self.form.objects[key]
        withdrawn = self.form.editor(f"{key}.withdrawn").value()
        self.withdraw_button.setEnabled(box.isChecked() and withdrawn is None)

    # --- actions --------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        """The record as the form now says it (fields the form does not show are kept)."""
        data = copy.deepcopy(self.original)
        for name, value in self.form.values().items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        data["id"] = self.record_id
        return data

    def save(self) -> bool:
        """Validate and save as one undoable step; False (and nothing saved) if refused."""
        self.general_error.setVisible(False)
        if any(a.is_busy for a in self.findChildren(AttachmentsEdit)):
            self._general(self.tr("Files are still being added; save when they are done."))
            return False
        data = self.collect()
        if self.kind == "testimonies" and data.get("consent") is None:
            asked = ask(
                self,
                self.tr("No consent recorded"),
                self.tr("The witness's consent has not been recorded."),
                informative=self.tr(
                    "Without it this testimony will not be given to anyone, not even the United Nations. "
                    "Save it anyway?"
                ),
            )
            if not asked:
                return False
        try:
            commands.save_record(self.session, self.kind, data)
        except InvalidRecord as e:
            unplaced = self.form.show_problems(e.problems)
            if unplaced:
                self._general("\n".join(str(p) for p in unplaced))
            else:
                self._general(self.tr("Nothing was saved: please correct the fields marked below."))
            return False
        except CasefileError as e:  # e.g. another program is writing the file: the edit stays in the form
            self._general(str(e))
            return False
        self.form.clear_errors()
        self.original = data
        self.is_new = False
        self.delete_button.setVisible(True)
        self._update_title()
        if drafts.load_draft(self.session.cf, self.draft_name) is not None:
            drafts.discard_draft(self.session.cf, self.draft_name)
        self.draft_name = f"edit:{self.kind}:{self.record_id}"
        self._resumed = False
        self._baseline = self.collect()
        return True

    def _general(self, message: str) -> None:
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def open_linked(self, kind: str, preset: dict[str, Any]) -> QDialog | None:
        """Open the editor of a record that links to this one. A record not saved yet is saved
        first only when the user says so, and the form then says that it was saved."""
        if self.is_new:
            title = record_title(self.kind, self.collect(), ui_lang())
            asked = ask(
                self,
                self.tr("Save first?"),
                self.tr("%1 is not saved yet.").replace("%1", title or list_name(self.kind)),
                informative=self.tr("What you add next must point to a saved record. Save this one now and go on?"),
            )
            if not asked or not self.save():
                return None
            self._saved_note(self.tr("Saved: %1.").replace("%1", record_title(self.kind, self.original, ui_lang())))
        self.last_child = open_editor(self, self.session, kind, preset=preset)
        if self.last_child is not None and hasattr(self, "acts_list"):
            self.last_child.finished.connect(lambda _result: self.acts_list.refresh())
        return self.last_child

    def _saved_note(self, message: str) -> None:
        self.general_error.setStyleSheet(SAVED_STYLE)
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    # --- the acts already added to a person -----------------------------------------------------------

    def _add_acts_list(self) -> None:
        """On a person's "What happened to them" tab: the acts already recorded about them."""
        tabs = getattr(self.form, "tabs", None)
        self.acts_list = ActsList(self.session, self.record_id, self)
        self.acts_list.openRequested.connect(lambda rid: open_editor(self, self.session, "acts", rid))
        if tabs is None or tabs.count() < 2:
            self.layout().insertWidget(2, self.acts_list)
            return
        page = tabs.widget(1)
        inner = page.widget() if hasattr(page, "widget") else page
        outer = inner.layout()
        outer.insertWidget(max(0, outer.count() - 1), self.acts_list)

    # --- nothing typed is lost ------------------------------------------------------------------------

    def has_changes(self) -> bool:
        """True when the form holds something not saved (typed since it opened, or a resumed draft)."""
        return self._resumed or self.collect() != self._baseline

    def resume(self, draft: drafts.Draft) -> None:
        """Fill the form from a kept draft (removed once the record is saved)."""
        self.form.set_data({**draft.data, "id": self.record_id})
        self.draft_name = draft.name
        self._resumed = True

    def keep_draft(self) -> None:
        title = record_title(self.kind, self.collect(), ui_lang())
        description = f"{list_name(self.kind)}: {title}" if title else list_name(self.kind)
        drafts.save_draft(self.session.cf, self.draft_name, self.collect(), description)
        self._resumed = False
        self._baseline = self.collect()

    def reject(self) -> None:
        """Cancel, Escape or closing: with changes not saved, ask first (keep a draft, throw the
        changes away, or go back to the form)."""
        if not self.confirm_close or self.session.is_locked or not self.has_changes():
            super().reject()
            return
        answer = ask_unsaved(
            self,
            self.tr("Changes not saved"),
            self.tr("The changes to this record are not saved. What should happen to them?"),
            self.session.encrypted,
        )
        if answer == BACK:
            return
        if answer == KEEP:
            try:
                self.keep_draft()
            except Exception as e:  # the draft could not be kept: stay, so nothing is lost
                show_error(self, self.tr("The draft could not be kept."), e)
                return
        elif drafts.load_draft(self.session.cf, self.draft_name) is not None:
            drafts.discard_draft(self.session.cf, self.draft_name)
        super().reject()

    def keep_draft_and_close(self) -> bool:
        """For locking: keep a draft if anything is unsaved and close without asking."""
        kept = False
        if self.has_changes():
            self.keep_draft()
            kept = True
        self.confirm_close = False
        super().reject()
        return kept

    def withdraw_consent(self) -> None:
        """Withdraw the consent now (audited, undoable); a record not yet saved gets the date on save."""
        from datetime import date

        question = ask(
            self,
            self.tr("Withdraw consent"),
            self.tr("Withdraw this consent from today?"),
            informative=self.tr(
                "From today it will not be given to anyone. The withdrawal is kept in the audit trail."
            ),
        )
        if not question:
            return
        stored = records.get(self.session.cf, self.record_id)
        if stored is not None:
            when = undo.withdraw_consent(self.session, self.record_id)
            self.original = copy.deepcopy(records.require(self.session.cf, self.record_id).data)
        else:
            when = date.today().isoformat()
        self.form.editor(f"{self._consent_key}.withdrawn").set_value(when)

    def _delete(self) -> None:
        from casefile.desktop.editors.delete import confirm_and_delete

        if confirm_and_delete(self, self.session, self.record_id):
            self.accept()


def open_editor(
    parent: QWidget,
    session: Session,
    kind: str,
    record_id: str | None = None,
    preset: dict | None = None,
) -> QDialog | None:
    """Open the modal editor of a record of ``kind`` (a new one if ``record_id`` is None), with
    ``preset`` fields filled in. Returns the dialog (already open; it deletes itself when closed),
    or None if ``record_id`` names no record of that list."""
    if record_id is not None:
        rec = records.get(session.cf, record_id)
        if rec is None or rec.kind != kind:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("RecordEditor", "Not found"),
                QCoreApplication.translate("RecordEditor", "There is no such record: %1").replace("%1", record_id),
            )
            return None
    prefix = f"edit:{kind}:{record_id}" if record_id else f"new:{kind}:"
    kept = [d for d in drafts.list_drafts(session.cf, prefix) if record_id is None or d.name == prefix]
    chosen, thrown = choose_draft(
        parent,
        QCoreApplication.translate("RecordEditor", "Changes not yet saved"),
        QCoreApplication.translate(
            "RecordEditor", "Changes were kept as a draft before they were saved. Go on with them, or start anew?"
        ),
        kept,
    )
    for draft in thrown:
        drafts.discard_draft(session.cf, draft.name)
    if chosen is not None and record_id is None:
        preset = {**(preset or {}), **chosen.data}  # a new record keeps the id its draft was kept under
    dialog = RecordEditor(parent, session, kind, record_id, preset)
    if chosen is not None:
        dialog.resume(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
