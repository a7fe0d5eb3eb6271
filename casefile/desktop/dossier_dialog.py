"""File › Make dossier…: a PDF dossier on a victim, an official or an event, for one audience.

The sender chooses the subject, the audience (UN mechanisms, Amnesty International, lawyers or
the public), the language and where to save the PDF. The core's ``make_dossier`` does the work
off the UI thread (``workers.run_operation``, its own connection) with progress and Cancel; it
writes the file whole or not at all. What the consent and confidentiality rules left out is
listed in the dialog, for the sender only (the PDF shows no trace of it), and "Open PDF" hands
the file to the system's PDF viewer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from casefile import records, search
from casefile.desktop import labels, language, workers
from casefile.desktop.editors.widgets import RefPicker, disambiguate, ui_lang
from casefile.desktop.form_slots import fill_slot
from casefile.desktop.forms.ui_dossier_dialog import Ui_DossierDialog
from casefile.desktop.session import Session
from casefile.dossier import DossierResult, make_dossier

#: The audiences in the order offered (the core's names).
AUDIENCES = ("un", "amnesty", "lawyers", "public")
#: The languages a dossier can be written in.
DOSSIER_LANGUAGES = ("en", "fa")
#: Person roles a dossier can be made on (other persons are witnesses or relatives).
SUBJECT_ROLES = ("victim", "official")

UrlOpener = Callable[[QUrl], Any]


def subject_kind(session: Session, record_id: str | None) -> str | None:
    """``person`` or ``event`` if a dossier can be made on ``record_id``, else None."""
    if not record_id or session.is_locked:
        return None
    record = records.get(session.cf, record_id)
    if record is None:
        return None
    if record.kind == "events":
        return "event"
    if record.kind == "persons" and set(records.roles_of(session.cf, record_id)) & set(SUBJECT_ROLES):
        return "person"
    return None


def default_file_name(session: Session, subject: str, audience: str, lang: str) -> str:
    """``dossier-V-7KQ3MZ-un-en.pdf``: the subject's stable reference for that audience, never its
    id (ids often hold names, and a file name travels with the file)."""
    from casefile.dossier import suggested_file_name

    return suggested_file_name(session.cf, subject, audience, lang)


def documents_folder() -> Path:
    """The user's Documents folder (home if the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def dossier_work(
    *, person: str | None, event: str | None, audience: str, lang: str, output: Path, finished: dict[str, Any]
) -> workers.Work:
    """The background part: ``make_dossier`` on the worker's own connection.

    The result is also put in ``finished`` so that a Cancel pressed after the file was written
    (too late to stop it) is still reported as a finished dossier, not as "nothing written"."""

    def work(cf: Any, progress: Any, cancelled: Any) -> DossierResult:
        result = make_dossier(
            cf,
            person=person,
            event=event,
            audience=audience,
            lang=lang,
            output=output,
            progress=progress,
            cancelled=cancelled,
        )
        finished["result"] = result
        return result

    return work


class SubjectPicker(RefPicker):
    """A victim, an official or an event: type part of a name or an id and pick from the list."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ("persons", "events"), parent)
        self.edit.setPlaceholderText(self.tr("type a name of a victim, an official or an event"))
        self.edit.setAccessibleName(self.tr("Subject of the dossier"))
        self.setFocusProxy(self.edit)

    def _kind_word(self, kind: str, record_id: str) -> str:
        if kind == "events":
            return labels.list_name("events")
        roles = records.roles_of(self.session.cf, record_id)
        return labels.value_choice("victim" if "victim" in roles else "official", "person_role")

    def candidates(self, text: str, limit: int = 30) -> list[tuple[str, str]]:
        """(id, label) of the victims, officials and events the typed text points at."""
        cf = self.session.cf
        lang = ui_lang()
        found: dict[str, tuple[str, str, str]] = {}  # id -> (title, kind word, date)
        for kind, role in (("persons", "victim"), ("persons", "official"), ("events", None)):
            for row in records.list_rows(cf, kind, role=role, filter_text=text or None, limit=limit, lang=lang):
                when = language.format_date(row.sort_date[:4]) if row.sort_date else ""
                found.setdefault(row.id, (row.title(lang), self._kind_word(kind, row.id), when))
        if text:
            for hit in search.search(cf, text, limit=limit, lang=lang):
                if hit.id not in found and subject_kind(self.session, hit.id):
                    found[hit.id] = (hit.title, self._kind_word(hit.kind, hit.id), "")
        labelled = disambiguate([(rid, title, word, when) for rid, (title, word, when) in found.items()])
        return [(rid, f"{found[rid][1]}: {label}") for rid, label in labelled]


class DossierDialog(QDialog, Ui_DossierDialog):
    """Make one dossier: subject, audience, language, file; progress and Cancel; then what was
    left out and an "Open PDF" button. ``open_url`` opens the PDF (tests pass a recorder).
    Its layout is ``ui/dossier_dialog.ui``."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        subject: str | None = None,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.operation: workers.Operation | None = None
        self.result: DossierResult | None = None
        self._open_url = open_url
        self._folder = folder or documents_folder()
        self._auto_path = ""  # the file name the dialog suggested last
        self._finished: dict[str, Any] = {}
        self._close_when_stopped = False
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.subject = fill_slot(self.subject_slot, SubjectPicker(session, self))
        for code, text in self._audience_names().items():
            self.audience.addItem(text, code)
        # the dossier's language, worded as its cover says it (the vocabulary, not the .ts)
        self.language_label.setText(labels.form_label(labels.dossier_label("cover.language")))
        for code in ("en", "fa"):
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.path_edit.textEdited.connect(self._path_typed)
        self.choose_button.clicked.connect(self.choose)
        for hidden in (self.progress, self.error, self.withheld_heading, self.withheld):
            hidden.setVisible(False)

        self.start_button = self.buttons.addButton(self.tr("&Make dossier"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.open_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_pdf)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self.subject.changed.connect(self._update_default_path)
        self.audience.currentIndexChanged.connect(self._on_audience)
        self.language.currentIndexChanged.connect(self._update_default_path)
        # a result on screen speaks of the choices it was made with: any new choice clears it
        for signal in (
            self.subject.changed,
            self.audience.currentIndexChanged,
            self.language.currentIndexChanged,
            self.path_edit.textEdited,
        ):
            signal.connect(self._forget_result)
        session.locked.connect(self._on_locked)
        if subject:
            self.subject.set_value(subject)
        self._on_audience()
        (self.audience if subject else self.subject).setFocus()

    # --- words ------------------------------------------------------------------------------

    def _audience_names(self) -> dict[str, str]:
        return {
            "un": self.tr("UN human rights mechanisms"),
            "amnesty": labels.value_name("amnesty", "audience"),
            "lawyers": self.tr("Lawyers acting for the families"),
            "public": self.tr("The public (anyone may read it)"),
        }

    def _audience_hint(self, audience: str) -> str:
        hints = {
            "un": self.tr(
                "For a submission to the UN Working Group on Enforced or Involuntary Disappearances or a "
                "Special Rapporteur. Victims are named, and testimonies shown, only where the family and the "
                "witness agreed to share them with the UN. Ends with the checklist of what the Working Group "
                "needs."
            ),
            "amnesty": self.tr(
                "For Amnesty International's researchers. Names and testimonies only where the consent "
                "given covers Amnesty International."
            ),
            "lawyers": self.tr(
                "For lawyers working for the families. Names and testimonies only where the consent given "
                "covers lawyers."
            ),
            "public": self.tr(
                "For publishing. Only records marked public, and names only where the family agreed to "
                "make them public. Restricted records and sensitive testimony never appear."
            ),
        }
        return hints.get(audience, "")

    # --- choices ----------------------------------------------------------------------------

    def chosen_audience(self) -> str:
        return str(self.audience.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _forget_result(self, *_args: Any) -> None:
        """Clear the last dossier's result and any error (not while one is being made)."""
        if self.is_busy:
            return
        self.result = None
        self.status.setText("")
        self._show_error("")
        self._show_result(None)

    def _on_audience(self) -> None:
        self.audience_hint.setText(self._audience_hint(self.chosen_audience()))
        self._update_default_path()

    def _is_suggested(self, text: str) -> bool:
        """``text`` names the file the dialog suggested (written either way: ``/`` or ``\\``, ``~``)."""
        text = text.strip()
        if not (text and self._auto_path):
            return False

        def same(path: str) -> str:
            return os.path.normcase(os.path.normpath(os.path.expanduser(path)))

        return same(text) == same(self._auto_path)

    def _path_typed(self, text: str) -> None:
        """Emptying the file name field brings the suggestion back."""
        if not text.strip():
            self._update_default_path()

    def has_own_path(self) -> bool:
        """The user typed or chose a file of their own (not the one the dialog suggested)."""
        text = self.path_edit.text().strip()
        return bool(text) and not self._is_suggested(text)

    def _update_default_path(self) -> None:
        """Follow the subject, audience and language with a suggested file name, unless the user
        typed or chose a file of their own. A suggestion never stays behind the choices (a name
        made for the UN while Amnesty is chosen would overwrite the UN's file)."""
        if self.has_own_path():
            return
        subject = self.subject.value()
        if not subject or subject_kind(self.session, subject) is None:
            # still typing, or not a subject: no name for a dossier that cannot be made
            self._auto_path = ""
            self.path_edit.clear()
            return
        name = default_file_name(self.session, subject, self.chosen_audience(), self.chosen_language())
        self._auto_path = str(self._folder / name)
        self.path_edit.setText(self._auto_path)

    def choose(self) -> None:  # pragma: no cover - a native file dialog
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the dossier as"), self.path_edit.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path_edit.setText(path)

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # --- running ----------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self.operation is not None

    def start(self) -> None:
        """Check the choices, then make the dossier in the background."""
        if self.is_busy:
            return
        self._show_error("")
        self._show_result(None)
        subject = self.subject.value()
        if not subject:
            self._show_error(self.tr("Choose the victim, official or event the dossier is about."))
            self.subject.setFocus()
            return
        kind = subject_kind(self.session, subject)
        if kind is None:
            if records.get(self.session.cf, subject) is None:
                message = self.tr("There is no record “%1” in this case file. Choose one from the list.")
            else:
                message = self.tr("A dossier is made on a victim, an official or an event; “%1” is none of these.")
            self._show_error(message.replace("%1", language.isolate(subject)))
            self.subject.setFocus()
            return
        output = self.output_path()
        if output is None:
            self._show_error(self.tr("Choose where to save the PDF."))
            self.path_edit.setFocus()
            return
        self._finished = {}
        self.status.setText(self.tr("Making the dossier…"))
        self._busy(True)
        self.operation = workers.run_operation(
            dossier_work(
                person=subject if kind == "person" else None,
                event=subject if kind == "event" else None,
                audience=self.chosen_audience(),
                lang=self.chosen_language(),
                output=output,
                finished=self._finished,
            ),
            open_connection=self.session.open_connection,
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        """Ask the work to stop; the core stops at its next check and writes nothing."""
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self.is_busy:  # closing while working: stop first, then close
            self._close_when_stopped = True
            self.cancel()
            return
        super().reject()

    def _on_locked(self) -> None:
        """The case file was locked: stop, and show nothing more of it."""
        self._close_when_stopped = True
        if self.is_busy:
            self.cancel()
        else:
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setVisible(not busy)
        for w in (self.start_button, self.subject, self.audience, self.language, self.path_edit, self.choose_button):
            w.setEnabled(not busy)
        if busy:
            self.open_button.setVisible(False)
            self.cancel_button.setFocus()
        else:
            self.operation = None
            if self._close_when_stopped:
                super().reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, result: DossierResult) -> None:
        self.result = result
        self._busy(False)
        self.status.setText(
            self.tr("The dossier is saved: %1 (%2 pages).")
            .replace("%1", language.isolate(result.output, ltr=True))
            .replace("%2", language.number(result.pages))
        )
        self._show_result(result)
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        self._show_error(self.tr("The dossier was not made, and no file was written: %1").replace("%1", message))

    def _cancelled(self) -> None:
        if "result" in self._finished:  # Cancel came after the file was written: it is done
            self._done(self._finished["result"])
            return
        self._busy(False)
        self.status.setText(self.tr("Cancelled. No file was written."))

    # --- results ----------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_result(self, result: DossierResult | None) -> None:
        self.withheld.clear()
        shown = result is not None
        self.withheld_heading.setVisible(shown)
        self.withheld.setVisible(shown)
        self.open_button.setVisible(shown)
        if result is None:
            return
        if result.withheld:
            self.withheld.addItems(self.withheld_lines_of(result))
        else:
            self.withheld.addItem(self.tr("Nothing was left out."))

    @staticmethod
    def withheld_lines_of(result: DossierResult) -> list[str]:
        """The core's summary lines for the sender, without their "withheld:" heading (in the
        interface language: the worker formats them with the core catalogue ``language.apply`` set)."""
        return result.withheld_items()

    def withheld_lines(self) -> list[str]:
        """The lines the dialog shows under "Left out of this dossier"."""
        return [self.withheld.item(i).text() for i in range(self.withheld.count())]

    def open_pdf(self) -> None:
        """Hand the PDF to the system's viewer."""
        if self.result is None:
            return
        if not self._open_url(QUrl.fromLocalFile(str(self.result.output))):
            self.status.setText(
                self.tr("No program to show PDF files was found. The dossier is at %1.").replace(
                    "%1", language.isolate(self.result.output, ltr=True)
                )
            )


def open_dossier_dialog(parent: QWidget | None, session: Session, subject: str | None = None) -> DossierDialog:
    """File › Make dossier…: open the dialog (window-modal; it deletes itself when closed),
    with ``subject`` chosen if a dossier can be made on it."""
    dialog = DossierDialog(parent, session, subject if subject_kind(session, subject) else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
