"""File ▸ Case settings…: the case file's own title and who submits its dossiers (name,
organisation, contact, relationship to the families, and whether their identity must stay
confidential). Dossiers read these; they are saved through ``records.set_case_settings`` (checked by
the core and audited), and the fields follow ``model.CASE_FIELDS``.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from casefile import drafts, records
from casefile.desktop import labels
from casefile.desktop.forms.ui_case_settings_dialog import Ui_CaseSettingsDialog
from casefile.desktop.session import Session
from casefile.desktop.unsaved import BACK, KEEP, ask_unsaved, show_error
from casefile.errors import InvalidRecord
from casefile.model import CASE_FIELDS, T

DRAFT_NAME = "case-settings"


class CaseSettingsDialog(QDialog, Ui_CaseSettingsDialog):
    """Edits ``records.case_settings``; Save writes them (audited), Cancel with changes asks first.
    Its layout is ``ui/case_settings_dialog.ui``; the submitter's fields are the core's."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.confirm_close = True
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.original: dict[str, Any] = records.case_settings(session.cf)
        # the case's own fields in the vocabulary's words (as the dossiers print them)
        self.title_label.setText(labels.form_label(labels.field_name("title")))
        self.submitter_box.setTitle(labels.dossier_label("sec.submitter"))
        names = {
            "name": labels.form_label(labels.field_name("name")),
            "organization": self.tr("&Organisation:"),
            "contact": self.tr("&Contact (address, e-mail or phone):"),
            "relationship": labels.form_label(labels.dossier_label("f.submitter_relationship")),
        }
        box, sub = self.submitter_box, self.submitter_form
        self.submitter: dict[str, QLineEdit | QCheckBox] = {}
        submitter_fields = next(f for f in CASE_FIELDS if f.name == "submitter").fields
        for f in submitter_fields:  # what the core knows, in its order
            if f.type is T.BOOL:
                widget: QLineEdit | QCheckBox = QCheckBox(
                    self.tr("Keep the submitter's identity &confidential (a separate page, never in public dossiers)"),
                    box,
                )
                sub.addRow(widget)
            else:
                widget = QLineEdit(box)
                label = names.get(f.name, f.name.replace("_", " "))
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
                sub.addRow(label, widget)
            self.submitter[f.name] = widget
        before = self.title  # Tab goes on from the title to the submitter, then to the buttons
        for widget in self.submitter.values():
            QWidget.setTabOrder(before, widget)
            before = widget
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.set_values(self.original)
        self._baseline = self.values()

    def set_values(self, settings: dict[str, Any]) -> None:
        self.title.setText(str(settings.get("title") or ""))
        submitter = settings.get("submitter") or {}
        for name, widget in self.submitter.items():
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(submitter.get(name)))
            else:
                widget.setText(str(submitter.get(name) or ""))

    def values(self) -> dict[str, Any]:
        """The settings as the form says them (fields the form does not show are kept)."""
        out = copy.deepcopy(self.original)
        title = self.title.text().strip()
        if title:
            out["title"] = title
        else:
            out.pop("title", None)
        submitter = dict(out.get("submitter") or {})
        for name, widget in self.submitter.items():
            if isinstance(widget, QCheckBox):
                if widget.isChecked() or name in submitter:  # an explicit "false" stays as it was said
                    submitter[name] = widget.isChecked()
            else:
                text = widget.text().strip()
                if text:
                    submitter[name] = text
                else:
                    submitter.pop(name, None)
        if submitter:
            out["submitter"] = submitter
        else:
            out.pop("submitter", None)
        return out

    def has_changes(self) -> bool:
        return self.values() != self._baseline

    def save(self) -> None:
        try:
            records.set_case_settings(self.session.cf, self.values())
        except InvalidRecord as e:
            self.error.setText("\n".join(str(p) for p in e.problems))
            return
        except Exception as e:  # a fault, said as one
            show_error(self, self.tr("The case settings could not be saved."), e)
            return
        drafts.discard_draft(self.session.cf, DRAFT_NAME)
        self.session.changed.emit(set())
        self.accept()

    def reject(self) -> None:
        if not self.confirm_close or self.session.is_locked or not self.has_changes():
            super().reject()
            return
        answer = ask_unsaved(
            self,
            self.tr("Changes not saved"),
            self.tr("The changes to the case settings are not saved. What should happen to them?"),
            self.session.encrypted,
        )
        if answer == BACK:
            return
        if answer == KEEP:
            drafts.save_draft(self.session.cf, DRAFT_NAME, self.values(), self.tr("Case settings"))
        else:
            drafts.discard_draft(self.session.cf, DRAFT_NAME)
        super().reject()

    def keep_draft_and_close(self) -> bool:
        kept = self.has_changes()
        if kept:
            drafts.save_draft(self.session.cf, DRAFT_NAME, self.values(), self.tr("Case settings"))
        self.confirm_close = False
        super().reject()
        return kept


def open_case_settings(parent: QWidget, session: Session) -> CaseSettingsDialog:
    """Open File ▸ Case settings… (a kept draft of them is taken up again)."""
    dialog = CaseSettingsDialog(parent, session)
    kept = drafts.load_draft(session.cf, DRAFT_NAME)
    if kept is not None:
        dialog.set_values(kept.data)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
