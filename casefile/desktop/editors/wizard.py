"""“Record a testimony”: a guided way for a family member who is not a trained documenter.

Plain questions, one at a time, Persian first: who is this about, who is telling it, what
happened, when (as they remember it), where (a place in the file or a new one), what the family
did to find out, and the consent questions asked as questions: who may receive the account, and
how the loved one may be named to each of them. On Finish it saves, in order and as one undoable
step: the person it is about (with the family's consent to naming) and the witness (if new), a new
place, their relation, what happened (an act), the testimony with its consent, and the family's
steps (interventions). Then it says in plain words what was saved and offers to open the testimony.

A consent to naming the victim that someone in the family already gave is shown, and kept unless the
teller explicitly chooses to replace it.
"""

from __future__ import annotations

import copy
import secrets
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casefile import consent as consent_rules
from casefile import drafts, records
from casefile.dates import format_date
from casefile.desktop import commands, labels, language
from casefile.desktop.editors.datewidget import JALALI, DateEdit
from casefile.desktop.editors.editor import new_id
from casefile.desktop.editors.form import ERROR_STYLE
from casefile.desktop.editors.widgets import LineField, NameEdit, RefPicker, TextField, is_rtl_text, ui_lang
from casefile.desktop.session import Session
from casefile.desktop.unsaved import BACK, KEEP, ask_unsaved, choose_draft, show_error
from casefile.errors import CasefileError, InvalidRecord
from casefile.model import AUDIENCES, field_of, record_title

#: Kinds of event that are said about what happened rather than being where it happened.
_NOT_WHAT_HAPPENED = ("statement", "disclosure", "denial")

#: Drafts of the guided testimony are kept under this name prefix (``casefile.drafts``).
DRAFT_PREFIX = "testimony:"

#: Relations that make the teller one of the victim's family: only the family decides how the
#: victim is named (``persons.family_consent``).
FAMILY_RELATIONS = ("mother", "father", "sibling", "spouse", "child", "relative")


def _plain_act_types() -> list[tuple[str, str]]:
    """What happened, in the words a family uses (several may be ticked)."""
    found = [
        ("arrest", QCoreApplication.translate("Wizard", "They were arrested")),
        ("detention", QCoreApplication.translate("Wizard", "They were held in prison")),
        ("trial", QCoreApplication.translate("Wizard", "They were put on trial")),
        ("execution", QCoreApplication.translate("Wizard", "They were executed")),
        (
            "enforced_disappearance",
            QCoreApplication.translate("Wizard", "They disappeared; we were never told where they are"),
        ),
        ("secret_burial", QCoreApplication.translate("Wizard", "They were buried in secret")),
        ("torture", QCoreApplication.translate("Wizard", "They were tortured")),
        ("harassment_of_family", QCoreApplication.translate("Wizard", "Our family was threatened or harassed")),
        ("last_seen", QCoreApplication.translate("Wizard", "The last time we saw them or heard from them")),
        ("other", QCoreApplication.translate("Wizard", "Something else")),
    ]
    known = field_of("acts", "type")
    return [(value, text) for value, text in found if known is None or value in known.values]


def _plain_steps() -> list[tuple[str, str]]:
    return [
        ("prison_visit", QCoreApplication.translate("Wizard", "Went to the prison")),
        ("inquiry_to_authorities", QCoreApplication.translate("Wizard", "Asked the authorities")),
        ("letter", QCoreApplication.translate("Wizard", "Wrote a letter")),
        ("legal_petition", QCoreApplication.translate("Wizard", "Went to a court or a lawyer")),
        ("un_submission", QCoreApplication.translate("Wizard", "Wrote to the United Nations")),
        ("public_appeal", QCoreApplication.translate("Wizard", "Made a public appeal")),
        ("media", QCoreApplication.translate("Wizard", "Spoke to journalists")),
        ("other", QCoreApplication.translate("Wizard", "Something else")),
    ]


def _plain_relations() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("Wizard", "—")),
        ("mother", QCoreApplication.translate("Wizard", "I am their mother")),
        ("father", QCoreApplication.translate("Wizard", "I am their father")),
        ("sibling", QCoreApplication.translate("Wizard", "I am their sister or brother")),
        ("spouse", QCoreApplication.translate("Wizard", "I am their wife or husband")),
        ("child", QCoreApplication.translate("Wizard", "I am their daughter or son")),
        ("relative", QCoreApplication.translate("Wizard", "I am another relative")),
        ("cellmate", QCoreApplication.translate("Wizard", "I was in prison with them")),
        ("other", labels.value_choice("other", "relation")),
    ]


def _plain_place_kinds() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("Wizard", "I do not know")),
        ("prison", QCoreApplication.translate("Wizard", "A prison")),
        ("cemetery", QCoreApplication.translate("Wizard", "A cemetery or burial ground")),
        ("court", QCoreApplication.translate("Wizard", "A court")),
        ("city", QCoreApplication.translate("Wizard", "A city, town or village")),
        ("other", QCoreApplication.translate("Wizard", "Somewhere else")),
    ]


def _naming_questions() -> dict[str, str]:
    """For each audience, the question asking how the loved one may be named to it."""
    return {
        "un": QCoreApplication.translate(
            "Wizard", "When we give this to the United Nations, may we say your loved one’s full name?"
        ),
        "amnesty": QCoreApplication.translate(
            "Wizard", "When we give this to Amnesty International, may we say your loved one’s full name?"
        ),
        "lawyers": QCoreApplication.translate(
            "Wizard", "When we give this to lawyers working on these cases, may we say your loved one’s full name?"
        ),
        "public": QCoreApplication.translate(
            "Wizard", "If this is published for everyone to read, may we say your loved one’s full name?"
        ),
    }


def _audience_names() -> dict[str, str]:
    """Each audience in plain words, to be listed in a sentence."""
    return {
        "un": QCoreApplication.translate("Wizard", "the United Nations"),
        "amnesty": labels.value_name("amnesty", "audience"),
        "lawyers": QCoreApplication.translate("Wizard", "lawyers working on these cases"),
        "public": QCoreApplication.translate("Wizard", "everyone, if it is published"),
    }


def _audience_list(audiences: list[str]) -> str:
    names = _audience_names()
    return QCoreApplication.translate("Wizard", "; ").join(names[a] for a in AUDIENCES if a in audiences)


def _naming_lines(person: dict[str, Any]) -> list[str]:
    """How the victim may be named to each audience, in plain words (one line per way of naming)."""
    by_level: dict[str, list[str]] = {"full": [], "initials": [], "none": []}
    for audience in AUDIENCES:
        by_level[consent_rules.family_naming(person, audience)[0]].append(audience)
    templates = {
        "full": QCoreApplication.translate("Wizard", "The full name may be given to: %1."),
        "initials": QCoreApplication.translate("Wizard", "Only the first letters of the name for: %1."),
        "none": QCoreApplication.translate("Wizard", "No name at all for: %1."),
    }
    return [templates[level].replace("%1", _audience_list(a)) for level, a in by_level.items() if a]


def _explain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _plain_date(edit: DateEdit) -> None:
    """Families do not type EDTF: the wizard's dates offer no "Other (EDTF text)"."""
    edit.precision_combo.removeItem(edit.precision_combo.findData("other"))


class RecordChoice(QWidget):
    """A record already in the case file (a person, a place), or a new name."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None,
        existing_text: str,
        new_text: str,
        lists: tuple[str, ...] = ("persons",),
        *,
        new_first: bool = True,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.existing = QRadioButton(existing_text, self)
        self.picker = RefPicker(session, lists, self)
        self.new = QRadioButton(new_text, self)
        self.name = NameEdit(self)
        (self.new if new_first else self.existing).setChecked(True)
        for w in (self.existing, self.picker, self.new, self.name):
            layout.addWidget(w)
        self.existing.toggled.connect(self._toggle)
        self.picker.changed.connect(lambda: self.existing.setChecked(True) if self.picker.value() else None)
        self._toggle()

    def _toggle(self) -> None:
        self.picker.setEnabled(self.existing.isChecked())
        self.name.setEnabled(self.new.isChecked())

    def chosen_id(self) -> str | None:
        return self.picker.value() if self.existing.isChecked() else None

    def new_name(self) -> dict | None:
        return self.name.value() if self.new.isChecked() else None

    def is_given(self) -> bool:
        return bool(self.chosen_id() or self.new_name())


class YesNo(QWidget):
    """A question with Yes and No, neither chosen at first."""

    def __init__(self, question: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(question, self)
        self.label.setWordWrap(True)
        self.yes = QRadioButton(labels.value_choice(True, "boolean"), self)
        self.no = QRadioButton(labels.value_choice(False, "boolean"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None


class NameChoice(QWidget):
    """How the loved one may be named to one audience: full name, first letters only, or no name.
    Nothing is chosen at first."""

    def __init__(self, question: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel(question, self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 0)
        self.full = QRadioButton(QCoreApplication.translate("Wizard", "Yes, the full name"), self)
        self.initials = QRadioButton(QCoreApplication.translate("Wizard", "Only the first letters of the name"), self)
        self.none = QRadioButton(QCoreApplication.translate("Wizard", "No name at all"), self)
        self.group = QButtonGroup(self)
        self.choices = {"full": self.full, "initials": self.initials, "none": self.none}
        for button in self.choices.values():
            self.group.addButton(button)
            row.addWidget(button)
            button.setAccessibleDescription(question)
        row.addStretch(1)
        layout.addLayout(row)

    def answer(self) -> str | None:
        """``full``, ``initials``, ``none``, or None when not answered yet."""
        return next((value for value, button in self.choices.items() if button.isChecked()), None)


def family_consent_from(answers: dict[str, str | None]) -> tuple[list[str], dict[str, str]]:
    """(``share_with``, ``name``) for a victim's ``family_consent``: exactly what the family answered
    for each audience (spec 1.1, ``name`` as an object). Every answered audience is listed, "no name"
    too, so that "no name" is kept as said; unanswered audiences are left out (they get no name).
    """
    chosen = {a: str(answers[a]) for a in AUDIENCES if answers.get(a) in ("full", "initials", "none")}
    return list(chosen), chosen


class _Page(QWizardPage):
    """A wizard page whose "Next" waits for ``check()`` (when set) to be true."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Any = None
        self.validate: Any = None  # asked on "Next"; False stays on the page

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.check()) if self.check is not None else super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.validate()) if self.validate is not None else True


class TestimonyWizard(QWizard):
    """The guided testimony; ``result_ids`` lists what was saved, in order.

    ``openRequested`` carries the new testimony's id when the family asks to see it after saving.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.session = session
        self.result_ids: list[str] = []
        self.saved = False
        self.draft_name: str | None = None
        #: False closes without asking (the window locks or quits after keeping a draft itself)
        self.confirm_close = True
        self.setObjectName("testimonyWizard")
        self.setWindowTitle(self.tr("Record a testimony"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save my account"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Stop"))
        self.resize(760, 600)
        self.pages: dict[str, QWizardPage] = {}
        for name, build in (
            ("welcome", self._welcome),
            ("about", self._about),
            ("teller", self._teller),
            ("what", self._what),
            ("when", self._when),
            ("where", self._where),
            ("steps", self._steps),
            ("consent", self._consent),
            ("naming", self._naming),
            ("review", self._review_page),
        ):
            page = _Page(self)
            page.setObjectName(f"page_{name}")
            build(page)
            self.pages[name] = page
            self.addPage(page)
        self.customButtonClicked.connect(self._custom_button)
        self._initial_state = self.state()

    def initializePage(self, page_id: int) -> None:  # noqa: N802 (Qt's name)
        super().initializePage(page_id)
        page = self.page(page_id)
        if page is self.pages.get("naming"):
            self._naming_changed()
        elif page is self.pages.get("when"):
            keys = self._act_keys()
            for key in self.when_edits:
                self.when_labels[key].setVisible(bool(key) and key in keys)
                self.when_edits[key].setVisible(key in keys)
        elif page is self.pages.get("where"):
            self._update_where()
        elif page is self.pages.get("review"):
            self.review_text.setPlainText(self.review())

    # --- pages ----------------------------------------------------------------------------------

    def _welcome(self, page: _Page) -> None:
        page.setTitle(self.tr("Record a testimony"))
        layout = QVBoxLayout(page)
        if self.session.encrypted:
            kept = self.tr(
                "What you say stays on this computer, in this locked file: it opens only with its passphrase."
            )
        else:
            kept = self.tr(
                "What you say stays on this computer, in this case file. This case file is not encrypted: "
                "anyone who has it can read what you say."
            )
        text = self.tr(
            "We will ask you a few simple questions about your loved one and what happened. "
            "Answer what you know and leave the rest empty. %1 At the end you read it all over, and we ask "
            "who may see your account. You can stop at any time and keep what you wrote as a draft."
        ).replace("%1", kept)
        layout.addWidget(_explain(text, page))
        if getattr(self.session, "is_demo", False):
            demo = _explain(
                self.tr(
                    "This is the demo case file, about fictional people, to try Casefile out. Do not record a "
                    "real account here: create your own encrypted case file first (File ▸ New case file)."
                ),
                page,
            )
            demo.setObjectName("demoWarning")
            demo.setStyleSheet(ERROR_STYLE)
            layout.addWidget(demo)
        layout.addStretch(1)

    def _about(self, page: _Page) -> None:
        page.setTitle(self.tr("Who is this about?"))
        layout = QVBoxLayout(page)
        layout.addWidget(_explain(self.tr("The person who was taken, imprisoned or killed."), page))
        self.victim = RecordChoice(
            self.session,
            page,
            self.tr("Someone already in this file (type part of the name):"),
            self.tr("Someone new: write their name"),
        )
        layout.addWidget(self.victim)
        layout.addStretch(1)
        page.check = self.victim.is_given
        self.victim.picker.changed.connect(page.completeChanged)
        self.victim.name.fa.textChanged.connect(page.completeChanged)
        self.victim.name.en.textChanged.connect(page.completeChanged)
        self.victim.new.toggled.connect(page.completeChanged)
        # the victim may already be in the file, spelled otherwise or in the other script: say so as
        # the name is typed, and offer to use that person (casefile.linkage, through the name keys)
        from casefile.desktop.editors.editor import open_editor
        from casefile.desktop.editors.match_warning import MatchWarning

        self.victim_match = MatchWarning(self.session, page)
        layout.insertWidget(layout.count() - 1, self.victim_match)
        for line in (self.victim.name.fa, self.victim.name.en):
            line.textChanged.connect(lambda _t: self.victim_match.check({"name": self.victim.name.value() or {}}))
        self.victim_match.openRequested.connect(lambda pid: open_editor(self, self.session, "persons", pid))
        self.victim_match.useRequested.connect(
            lambda pid: (
                self.victim.picker.set_value(pid),
                self.victim.existing.setChecked(True),
                self.victim_match.hide(),
            )
        )

    def _teller(self, page: _Page) -> None:
        page.setTitle(self.tr("Who is telling this?"))
        layout = QVBoxLayout(page)
        layout.addWidget(_explain(self.tr("Your own name. You decide later whether it may be said."), page))
        self.witness = RecordChoice(
            self.session,
            page,
            self.tr("I am already in this file:"),
            self.tr("My name:"),
        )
        layout.addWidget(self.witness)
        layout.addWidget(QLabel(self.tr("How are you related to them?"), page))
        self.relation = QComboBox(page)
        for value, text in _plain_relations():
            self.relation.addItem(text, value)
        layout.addWidget(self.relation)
        layout.addStretch(1)
        page.check = self.witness.is_given
        self.witness.picker.changed.connect(page.completeChanged)
        self.witness.name.fa.textChanged.connect(page.completeChanged)
        self.witness.name.en.textChanged.connect(page.completeChanged)
        self.witness.new.toggled.connect(page.completeChanged)

    def _what(self, page: _Page) -> None:
        page.setTitle(self.tr("What happened?"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                self.tr(
                    "What happened to them? Tick everything that fits, or nothing if you would rather just tell it."
                ),
                page,
            )
        )
        self.act_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, (value, text) in enumerate(_plain_act_types()):
            box = QCheckBox(text, page)
            box.setObjectName(f"act_{value}")
            self.act_boxes[value] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Now tell it in your own words:"), page))
        self.text = TextField(page, lines=8)
        if ui_lang() == "fa":  # Persian from the first letter: right to left and right-aligned
            self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            option = self.text.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.text.document().setDefaultTextOption(option)
        self.text.setAccessibleName(self.tr("Your account"))
        layout.addWidget(self.text, 1)
        page.check = lambda: bool(self.text.value())
        self.text.textChanged.connect(page.completeChanged)

    def act_types(self) -> list[str]:
        """What happened, as ticked (in the order offered); empty when nothing was ticked."""
        return [value for value, box in self.act_boxes.items() if box.isChecked()]

    def _act_keys(self) -> list[str]:
        """The acts the later pages ask about: each one ticked, or one general "it" when none was."""
        return self.act_types() or [""]

    def _act_text(self, key: str) -> str:
        return self.act_boxes[key].text() if key else self.tr("What happened")

    def _when(self, page: _Page) -> None:
        page.setTitle(self.tr("When did it happen?"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                self.tr(
                    "As you remember it: a year, a season or a month is enough. "
                    "Tick “about” if you remember only roughly, “not sure” if you are not certain. "
                    "Leave it at “No date” if you do not know."
                ),
                page,
            )
        )
        # one date for each thing that happened (an arrest in 1360 and an execution in 1367 are
        # different dates); only those ticked are shown
        self.when_labels: dict[str, QLabel] = {}
        self.when_edits: dict[str, DateEdit] = {}
        grid = QGridLayout()
        for row, key in enumerate(["", *self.act_boxes]):
            label = QLabel(self._act_text(key), page)
            label.setWordWrap(True)
            edit = DateEdit(page)
            edit.set_calendar(JALALI)
            _plain_date(edit)
            edit.setAccessibleName(self.tr("When: %1").replace("%1", self._act_text(key)))
            self.when_labels[key], self.when_edits[key] = label, edit
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.when = self.when_edits[""]

    def _where(self, page: _Page) -> None:
        page.setTitle(self.tr("Where did it happen?"))
        layout = QVBoxLayout(page)
        layout.addWidget(_explain(self.tr("A prison, a city, a cemetery… Leave it empty if you do not know."), page))
        self.place = RecordChoice(
            self.session,
            page,
            self.tr("A place already in this file (type part of its name):"),
            self.tr("A place not yet in this file: write its name"),
            ("places",),
            new_first=False,
        )
        self.where = self.place.picker
        self.where.setAccessibleName(self.tr("Where it happened"))
        layout.addWidget(self.place)
        kind_row = QHBoxLayout()
        self.place_kind_label = QLabel(self.tr("What kind of place is it?"), page)
        self.place_kind = QComboBox(page)
        for value, text in _plain_place_kinds():
            self.place_kind.addItem(text, value)
        self.place_kind_label.setBuddy(self.place_kind)
        kind_row.addWidget(self.place_kind_label)
        kind_row.addWidget(self.place_kind, 1)
        layout.addLayout(kind_row)
        self.place.new.toggled.connect(self.place_kind.setEnabled)
        self.place_kind.setEnabled(self.place.new.isChecked())
        # with several things ticked, the family says which happened at this place
        self.place_acts_label = QLabel(self.tr("What happened at this place?"), page)
        layout.addWidget(self.place_acts_label)
        self.place_acts = self._act_checks(page, layout, "placeAct")

        # the events the file knows (the 1988 massacre, a wave of arrests...): the act can belong to one
        layout.addSpacing(12)
        self.event_label = QLabel(self.tr("Was it part of one of these events?"), page)
        layout.addWidget(self.event_label)
        self.event = QComboBox(page)
        self.event.setAccessibleName(self.tr("The event it was part of"))
        self.event.addItem(self.tr("I do not know, or none of these"), None)
        rows = records.list_rows(self.session.cf, "events", order="date", limit=500, lang=ui_lang())
        full = records.get_many(self.session.cf, [row.id for row in rows])
        for row in rows:
            if full[row.id].data.get("kind") in _NOT_WHAT_HAPPENED:
                continue  # statements, disclosures, denials: said about what happened, not where it happened
            title = row.title(ui_lang())
            start = full[row.id].data.get("start")
            if start is not None:
                title += " — " + language.format_date(start)  # as it was recorded (a month, a year…)
            self.event.addItem(title, row.id)
        self.event_label.setBuddy(self.event)
        layout.addWidget(self.event)
        self.event_acts_label = QLabel(self.tr("What was part of this event?"), page)
        layout.addWidget(self.event_acts_label)
        self.event_acts = self._act_checks(page, layout, "eventAct")
        self.event.currentIndexChanged.connect(self._update_where)
        self.place.existing.toggled.connect(self._update_where)
        self.place.picker.changed.connect(self._update_where)
        self.place.name.fa.textChanged.connect(self._update_where)
        self.place.name.en.textChanged.connect(self._update_where)
        for box in self.act_boxes.values():
            box.toggled.connect(self._update_where)
        layout.addStretch(1)
        self._update_where()

    def _act_checks(self, page: QWidget, layout: QVBoxLayout, name: str) -> dict[str, QCheckBox]:
        column = QVBoxLayout()
        column.setContentsMargins(12, 0, 12, 0)
        column.setSpacing(2)
        boxes = {}
        for key in self.act_boxes:  # one under the other: only those ticked are shown
            box = QCheckBox(self._act_text(key), page)
            box.setObjectName(f"{name}_{key}")
            box.setChecked(True)
            boxes[key] = box
            column.addWidget(box)
        layout.addLayout(column)
        return boxes

    def _update_where(self) -> None:
        """Show the "which of them" boxes only when several things were ticked, for those ticked."""
        ticked = self.act_types()
        several = len(ticked) > 1
        has_place = bool(self.place_id_or_name())
        has_event = self.event.currentData() is not None
        self.place_acts_label.setVisible(several and has_place)
        self.event_acts_label.setVisible(several and has_event)
        for key in self.act_boxes:
            self.place_acts[key].setVisible(several and has_place and key in ticked)
            self.event_acts[key].setVisible(several and has_event and key in ticked)

    def place_id_or_name(self) -> str | dict | None:
        return self.where.value() if self.place.existing.isChecked() else self.place.new_name()

    def _at(self, boxes: dict[str, QCheckBox], key: str) -> bool:
        """True when the place (or event) applies to act ``key``: always with one act, else as ticked."""
        return len(self.act_types()) <= 1 or boxes[key].isChecked()

    def _steps(self, page: _Page) -> None:
        page.setTitle(self.tr("What did the family do to find out?"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(self.tr("Add each thing you did, for example going to the prison or writing a letter."), page)
        )
        grid = QGridLayout()
        self.step_kind = QComboBox(page)
        for value, text in _plain_steps():
            self.step_kind.addItem(text, value)
        self.step_when = DateEdit(page)
        self.step_when.set_calendar(JALALI)
        _plain_date(self.step_when)
        self.step_answer = LineField(page)
        grid.addWidget(QLabel(self.tr("What did you do?"), page), 0, 0)
        grid.addWidget(self.step_kind, 0, 1)
        when_label = QLabel(self.tr("When?"), page)
        when_label.setContentsMargins(0, 6, 0, 0)  # beside the date's first row, not its preview lines
        grid.addWidget(when_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.step_when, 1, 1)
        grid.addWidget(QLabel(self.tr("What answer did you get?"), page), 2, 0)
        grid.addWidget(self.step_answer, 2, 1)
        layout.addLayout(grid)
        self.add_step_button = QPushButton(self.tr("Add this step"), page)
        self.add_step_button.clicked.connect(self.add_step)
        layout.addWidget(self.add_step_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.steps_list = QListWidget(page)
        self.steps_list.setAccessibleName(self.tr("Steps the family took"))
        layout.addWidget(self.steps_list, 1)
        remove = QPushButton(self.tr("Remove the chosen step"), page)
        remove.clicked.connect(self._remove_step)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeading)
        self.steps: list[dict[str, Any]] = []
        page.validate = self._step_not_lost

    def step_pending(self) -> bool:
        """True when a step's answer or date is filled in but the step was not added."""
        return bool(self.step_answer.value()) or self.step_when.value() is not None

    def _step_not_lost(self) -> bool:
        """On "Next": a step typed but not added is added, left out, or gone back to, as the user says."""
        if not self.step_pending():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A step was not added"),
            self.tr("You wrote about a step your family took but did not press “Add this step”."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("stepNotAdded")
        add = box.addButton(self.tr("Add it"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave it out"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        add.setObjectName("addStep")
        leave.setObjectName("leaveStepOut")
        back.setObjectName("goBack")
        box.setDefaultButton(add)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is add:
            self.add_step()
            return True
        if box.clickedButton() is leave:
            self.step_answer.clear()
            self.step_when.set_value(None)
            return True
        return False

    def add_step(self) -> None:
        from casefile.dates import format_date

        step: dict[str, Any] = {"kind": self.step_kind.currentData()}
        when = self.step_when.value()
        if when is not None:
            step["date"] = when
        answer = self.step_answer.value()
        if answer:
            step["outcome"] = answer
        self.steps.append(step)
        parts = [self.step_kind.currentText()]
        if when is not None:
            parts.append(format_date(when, ui_lang()))
        if answer:
            parts.append(answer)
        self.steps_list.addItem(" — ".join(parts))
        self.step_answer.clear()
        self.step_when.set_value(None)

    def _remove_step(self) -> None:
        row = self.steps_list.currentRow()
        if row >= 0:
            self.steps_list.takeItem(row)
            del self.steps[row]

    def _consent(self, page: _Page) -> None:
        page.setTitle(self.tr("Who may see your account?"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(self.tr("Please answer each question. You can change your mind later at any time."), page)
        )
        self.q_un = YesNo(self.tr("May we give your account to the United Nations?"), page)
        self.q_amnesty = YesNo(self.tr("May we give your account to Amnesty International?"), page)
        self.q_lawyers = YesNo(self.tr("May we give your account to lawyers working on these cases?"), page)
        self.q_public = YesNo(self.tr("May we publish your account for everyone to read?"), page)
        self.q_name = YesNo(self.tr("May we say your name when we give your account to others?"), page)
        for q in (self.q_un, self.q_amnesty, self.q_lawyers, self.q_public, self.q_name):
            layout.addWidget(q)
            q.group.buttonToggled.connect(page.completeChanged)
        layout.addWidget(QLabel(self.tr("Does your account speak of any of these?"), page))
        self.sensitive_boxes = {
            "torture": QCheckBox(labels.value_choice("torture", "sensitive"), page),
            "sexual_violence": QCheckBox(labels.value_choice("sexual_violence", "sensitive"), page),
            "medical": QCheckBox(self.tr("Illness, injuries or medical care"), page),
        }
        row = QHBoxLayout()
        for box in self.sensitive_boxes.values():
            row.addWidget(box)
            box.toggled.connect(self._sensitive_toggled)
        row.addStretch(1)
        layout.addLayout(row)
        self.q_cover = YesNo(self.tr("May we share those parts of your account too?"), page)
        self.q_cover.group.buttonToggled.connect(page.completeChanged)
        layout.addWidget(self.q_cover)
        layout.addStretch(1)
        self._sensitive_toggled()

        def complete() -> bool:
            asked = [self.q_un, self.q_amnesty, self.q_lawyers, self.q_public, self.q_name]
            if self.sensitive():
                asked.append(self.q_cover)
            return all(q.answer() is not None for q in asked)

        page.check = complete
        for box in self.sensitive_boxes.values():
            box.toggled.connect(page.completeChanged)

    def sensitive(self) -> list[str]:
        return [k for k, box in self.sensitive_boxes.items() if box.isChecked()]

    def _sensitive_toggled(self) -> None:
        self.q_cover.setEnabled(bool(self.sensitive()))

    def _naming(self, page: _Page) -> None:
        page.setTitle(self.tr("Your loved one’s name"))
        layout = QVBoxLayout(page)
        self.naming_not_family = _explain(
            self.tr(
                "Only the family decides whether the name of their loved one may be said, so we do not ask you "
                "here. If you are one of the family, go back and say how you are related."
            ),
            page,
        )
        layout.addWidget(self.naming_not_family)
        # a consent to naming someone in the family already gave: shown, and kept unless replaced
        self.existing_consent_label = _explain("", page)
        self.existing_consent_label.setObjectName("existingFamilyConsent")
        layout.addWidget(self.existing_consent_label)
        self.keep_consent = QRadioButton(self.tr("Keep it as it is"), page)
        self.replace_consent = QRadioButton(self.tr("Replace it with my answers"), page)
        self.keep_consent.setChecked(True)
        self.consent_choice = QButtonGroup(page)
        for button in (self.keep_consent, self.replace_consent):
            self.consent_choice.addButton(button)
            layout.addWidget(button)
        self.consent_choice.buttonToggled.connect(page.completeChanged)
        self.consent_choice.buttonToggled.connect(self._naming_changed)
        self._consent_victim: str | None = None
        self.naming_intro = _explain(
            self.tr(
                "Only the family decides whether your loved one’s name may be said. "
                "Please answer for each one. You can change your mind later at any time."
            ),
            page,
        )
        layout.addWidget(self.naming_intro)
        self.name_questions = {a: NameChoice(q, page) for a, q in _naming_questions().items()}
        for question in self.name_questions.values():
            layout.addWidget(question)
            question.group.buttonToggled.connect(page.completeChanged)
            question.group.buttonToggled.connect(self._naming_changed)
        layout.addStretch(1)
        page.check = lambda: (
            not self.naming_is_asked() or all(q.answer() is not None for q in self.name_questions.values())
        )
        self.relation.currentIndexChanged.connect(self._naming_changed)
        self.relation.currentIndexChanged.connect(page.completeChanged)
        self.victim.picker.changed.connect(self._naming_changed)
        self.victim.existing.toggled.connect(self._naming_changed)
        self._naming_changed()

    def family_is_asked(self) -> bool:
        """True when the teller is one of the family, who alone decide how the victim is named."""
        return self.relation.currentData() in FAMILY_RELATIONS

    def existing_family_consent(self) -> dict[str, Any] | None:
        """The victim's ``family_consent`` already in the file (someone chosen from it), if any."""
        victim_id = self.victim.chosen_id()
        rec = records.get(self.session.cf, victim_id) if victim_id else None
        consent = rec.data.get("family_consent") if rec is not None else None
        return consent if isinstance(consent, dict) and consent else None

    def keeps_existing_consent(self) -> bool:
        """True when the victim's earlier consent to naming stays as it is (the default)."""
        return self.existing_family_consent() is not None and not self.replace_consent.isChecked()

    def naming_is_asked(self) -> bool:
        """True when the naming questions are to be answered on this page."""
        return self.family_is_asked() and not self.keeps_existing_consent()

    def _describe_existing(self, consent: dict[str, Any]) -> str:
        giver = records.get(self.session.cf, str(consent.get("given_by", "")))
        who = record_title(giver.kind, giver.data, ui_lang()) if giver is not None else self.tr("Someone in the family")
        when = language.format_date(consent["recorded"]) if consent.get("recorded") else self.tr("an earlier day")
        lines = [
            self.tr("Your family has already said how your loved one may be named. %1 said so on %2:")
            .replace("%1", who)
            .replace("%2", when)
        ]
        if consent.get("withdrawn"):
            lines.append(
                self.tr("It was taken back on %1, so only the first letters of the name are given to anyone.").replace(
                    "%1", language.format_date(consent["withdrawn"])
                )
            )
        else:
            lines += ["• " + line for line in _naming_lines({"family_consent": consent})]
        lines.append(self.tr("We keep it as it is unless you choose to replace it with your own answers."))
        return "\n".join(lines)

    def _naming_changed(self) -> None:
        family = self.family_is_asked()
        victim_id = self.victim.chosen_id()
        if victim_id != self._consent_victim:  # another person: their earlier consent is kept again
            self._consent_victim = victim_id
            self.keep_consent.setChecked(True)
        existing = self.existing_family_consent() if family else None
        for w in (self.existing_consent_label, self.keep_consent, self.replace_consent):
            w.setVisible(existing is not None)
        if existing is not None:
            self.existing_consent_label.setText(self._describe_existing(existing))
        asked = self.naming_is_asked()
        self.naming_not_family.setVisible(not family)
        self.naming_intro.setVisible(asked)
        for question in self.name_questions.values():
            question.setVisible(asked)

    def family_consent(self, given_by: str) -> dict[str, Any] | None:
        """The victim's new ``family_consent`` from the answers; None when the family was not asked
        or keeps the consent already given."""
        if not self.naming_is_asked():
            return None
        share, name = family_consent_from({a: q.answer() for a, q in self.name_questions.items()})
        return {"given_by": given_by, "recorded": date.today().isoformat(), "share_with": share, "name": name}

    def _review_page(self, page: _Page) -> None:
        page.setTitle(self.tr("Please read it over before it is saved"))
        layout = QVBoxLayout(page)
        self.finish_text = _explain(
            self.tr(
                "This is everything that will be saved in this file. If something is not right, press “Back” "
                "and change it. Nothing is saved until you press “Save my account”."
            ),
            page,
        )
        layout.addWidget(self.finish_text)
        self.review_text = QPlainTextEdit(page)
        self.review_text.setObjectName("reviewText")
        self.review_text.setReadOnly(True)
        self.review_text.setAccessibleName(self.tr("What will be saved"))
        if ui_lang() == "fa":  # the review reads right to left, lined up on the right
            option = self.review_text.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.review_text.document().setDefaultTextOption(option)
        layout.addWidget(self.review_text, 1)
        self.finish_error = QLabel(page)
        self.finish_error.setStyleSheet(ERROR_STYLE)
        self.finish_error.setWordWrap(True)
        self.finish_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.finish_error)

    # --- what will be saved -----------------------------------------------------------------------

    def _title_of(self, record_id: str | None) -> str:
        rec = records.get(self.session.cf, record_id) if record_id else None
        return record_title(rec.kind, rec.data, ui_lang()) if rec is not None else str(record_id or "")

    @staticmethod
    def _name_text(name: dict | None) -> str:
        name = name or {}
        first, second = ("fa", "en") if ui_lang() == "fa" else ("en", "fa")
        return str(name.get(first) or name.get(second) or "")

    def _acts(self) -> list[dict[str, Any]]:
        """What happened, one act per thing ticked (or one general act), without ids: type, date,
        place (an id, or the new place's name), event."""
        out = []
        place = self.place_id_or_name()
        event = self.event.currentData()
        for key in self._act_keys():
            act: dict[str, Any] = {"type": key or "other"}
            when = self.when_edits[key].value()
            if when is not None:
                act["date"] = when
            if place and self._at(self.place_acts, key):
                act["place"] = place
            if event and self._at(self.event_acts, key):
                act["event"] = event
            if key or len(act) > 1:  # "I would rather just tell it" with nothing else: no act
                out.append(act)
        return out

    def review(self) -> str:
        """Everything that will be saved, in plain words (shown before saving)."""
        lines: list[str] = []
        victim_id = self.victim.chosen_id()
        who = self._title_of(victim_id) if victim_id else self._name_text(self.victim.new_name())
        lines.append(
            (
                self.tr("About: %1 (already in this file)")
                if victim_id
                else self.tr("About: %1 (added to this file as someone new)")
            ).replace("%1", who)
        )
        witness_id = self.witness.chosen_id()
        teller = self._title_of(witness_id) if witness_id else self._name_text(self.witness.new_name())
        lines.append(self.tr("Told by: %1").replace("%1", teller))
        if self.relation.currentData():
            lines.append("• " + self.relation.currentText())
        lines.append("")
        acts = self._acts()
        if acts:
            lines.append(self.tr("What happened:"))
            for act in acts:
                parts = [self._act_text(act["type"] if act["type"] in self.act_boxes else "")]
                if act.get("date") is not None:
                    parts.append(format_date(act["date"], ui_lang()))
                if isinstance(act.get("place"), dict):
                    parts.append(self.tr("at %1 (a new place)").replace("%1", self._name_text(act["place"])))
                elif act.get("place"):
                    parts.append(self.tr("at %1").replace("%1", self._title_of(act["place"])))
                if act.get("event"):
                    parts.append(self.tr("part of: %1").replace("%1", self._title_of(act["event"])))
                lines.append("• " + " — ".join(parts))
            lines.append("")
        lines.append(self.tr("Your account:"))
        lines.append(self.text.value() or "")
        lines.append("")
        if self.steps:
            lines.append(self.tr("What the family did to find out:"))
            lines += ["• " + self.steps_list.item(i).text() for i in range(self.steps_list.count())]
            lines.append("")
        share = [a for a, q in self._share_questions() if q.answer()]
        if share:
            lines.append(self.tr("Your account may be given to: %1.").replace("%1", _audience_list(share)))
        else:
            lines.append(self.tr("Your account will not be given to anyone."))
        lines.append(
            self.tr("Your name may be said.") if self.q_name.answer() else self.tr("Your name will not be said.")
        )
        if self.sensitive():
            names = [box.text() for box in self.sensitive_boxes.values() if box.isChecked()]
            lines.append(
                (
                    self.tr("It speaks of: %1. Those parts may be shared too.")
                    if self.q_cover.answer()
                    else self.tr("It speaks of: %1. Those parts will not be shared.")
                ).replace("%1", QCoreApplication.translate("Wizard", "; ").join(names))
            )
        if self.family_is_asked():
            if self.keeps_existing_consent():
                lines.append(self.tr("How your loved one may be named: as your family said before, kept as it is."))
            else:
                lines.append(self.tr("How your loved one may be named, as you answered:"))
                share_with, name = family_consent_from({a: q.answer() for a, q in self.name_questions.items()})
                lines += [
                    "• " + line for line in _naming_lines({"family_consent": {"share_with": share_with, "name": name}})
                ]
        return "\n".join(lines).strip()

    def _share_questions(self) -> list[tuple[str, YesNo]]:
        return [("un", self.q_un), ("amnesty", self.q_amnesty), ("lawyers", self.q_lawyers), ("public", self.q_public)]

    def build_records(self) -> list[tuple[str, dict[str, Any]]]:
        """The records to save, in order (the people and the place first, so references resolve)."""
        session = self.session
        out: list[tuple[str, dict[str, Any]]] = []
        today = date.today().isoformat()
        relation = self.relation.currentData()
        witness_id = self.witness.chosen_id()
        if witness_id is None:  # first: the victim's family consent names the witness as its giver
            roles = ["relative", "witness"] if relation not in (None, "cellmate", "other") else ["witness"]
            witness = {"name": self.witness.new_name(), "roles": roles}
            witness["id"] = witness_id = new_id(session, "persons", witness)
            out.append(("persons", witness))
        family_consent = self.family_consent(witness_id)
        victim_id = self.victim.chosen_id()
        if victim_id is None:
            victim: dict[str, Any] = {"name": self.victim.new_name(), "roles": ["victim"]}
            victim["id"] = victim_id = new_id(session, "persons", victim)
            if family_consent:
                victim["family_consent"] = family_consent
            out.append(("persons", victim))
        if family_consent and self.victim.chosen_id():
            # someone already in the file: the family's answers (replacing an earlier consent only when
            # the teller chose to replace it)
            existing = records.get(session.cf, victim_id)
            if existing is not None:
                updated = copy.deepcopy(existing.data)
                updated["family_consent"] = family_consent
                out.append(("persons", updated))
        acts = self._acts()
        new_place = next((a["place"] for a in acts if isinstance(a.get("place"), dict)), None)
        place_id = None
        if new_place:
            place: dict[str, Any] = {"id": new_id(session, "places"), "name": new_place}
            if self.place_kind.currentData():
                place["kind"] = self.place_kind.currentData()
            out.append(("places", place))
            place_id = place["id"]
        if relation:
            out.append(
                (
                    "relations",
                    {"id": new_id(session, "relations"), "person": witness_id, "is": relation, "of": victim_id},
                )
            )
        about = [victim_id]
        for act in acts:
            act = {"id": new_id(session, "acts"), "victim": victim_id, **act}
            if isinstance(act.get("place"), dict):
                act["place"] = place_id
            if act["type"] == "last_seen":
                act["by"] = witness_id  # the teller is the one who last saw them
            act["notes"] = self.tr("As told by a family member in a testimony.")
            out.append(("acts", act))
            about.append(act["id"])
        text = self.text.value() or ""
        consent: dict[str, Any] = {
            "recorded": today,
            "given_by": witness_id,
            "share_with": [a for a, q in self._share_questions() if q.answer()],
            "name_witness": bool(self.q_name.answer()),
            "covers_sensitive": bool(self.sensitive() and self.q_cover.answer()),
        }
        testimony: dict[str, Any] = {
            "id": new_id(session, "testimonies"),
            "witness": witness_id,
            "about": about,
            "recorded": today,
            "language": "fa" if is_rtl_text(text) else "en",
            "text": text,
            "consent": consent,
        }
        if self.sensitive():
            testimony["sensitive"] = self.sensitive()
        out.append(("testimonies", testimony))
        for step in self.steps:
            intervention = {"id": new_id(session, "interventions"), "victim": victim_id, **step, "by": witness_id}
            out.append(("interventions", intervention))
        return out

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every record of the account together, all or nothing, as one undoable step. On a
        refusal or a fault nothing is saved, the account stays in the wizard, and the reason is shown."""
        self.finish_error.clear()
        try:
            to_save = self.build_records()
            commands.save_records(self.session, to_save, self.tr("Record a testimony"))
        except InvalidRecord as e:
            self.finish_error.setText(
                self.tr("Your account could not be saved:") + "\n" + "\n".join(str(p) for p in e.problems)
            )
            return False
        except CasefileError as e:
            self.finish_error.setText(self.tr("Your account could not be saved:") + "\n" + str(e))
            return False
        except Exception as e:  # a fault: nothing was written (one transaction); say so, keep the account
            self.finish_error.setText(
                self.tr(
                    "Your account could not be saved because of an error. Nothing was saved; what you typed is still here."
                )
            )
            show_error(self, self.tr("Your account could not be saved."), e)
            return False
        self.result_ids = [data["id"] for _kind, data in to_save]
        if self.draft_name:
            drafts.discard_draft(self.session.cf, self.draft_name)
            self.draft_name = None
        return True

    def testimony_id(self) -> str | None:
        """The saved testimony's id (None before saving)."""
        if not self.saved:
            return None
        cf = self.session.cf
        return next((rid for rid in self.result_ids if (r := records.get(cf, rid)) and r.kind == "testimonies"), None)

    def saved_summary(self) -> str:
        """What was saved, in plain words."""
        cf = self.session.cf
        saved = [records.get(cf, rid) for rid in self.result_ids]
        testimony = next((r for r in saved if r is not None and r.kind == "testimonies"), None)
        victim_id = testimony.data["about"][0] if testimony is not None else None
        victim = records.get(cf, victim_id) if victim_id else None
        who = record_title(victim.kind, victim.data, ui_lang()) if victim is not None else ""
        lines = [self.tr("Your account about %1 is saved in this file.").replace("%1", who)]
        share = testimony.data.get("consent", {}).get("share_with", []) if testimony is not None else []
        if share:
            lines.append(self.tr("It may be given to: %1.").replace("%1", _audience_list(share)))
        else:
            lines.append(self.tr("It will not be given to anyone."))
        steps = [r for r in saved if r is not None and r.kind == "interventions"]
        if steps:
            lines.append(
                self.tr("The steps your family took to find out: %1.").replace("%1", language.number(len(steps)))
            )
            lines += ["• " + self.steps_list.item(i).text() for i in range(self.steps_list.count())]
        if victim is not None and self.family_is_asked():
            lines.append(
                self.tr("How your loved one may be named (the earlier decision, kept as it was):")
                if self.keeps_existing_consent()
                else self.tr("How your loved one may be named, as you answered:")
            )
            lines += ["• " + line for line in _naming_lines(victim.data)]
        lines.append(self.tr("Someone helping you can read it over with you and add details later."))
        return "\n".join(lines)

    def _show_saved(self) -> None:
        """After saving: the last page says what was saved and offers to open the testimony."""
        page = self.pages["review"]
        page.setTitle(self.tr("Your account is saved"))
        self.finish_text.setText(self.saved_summary())
        self.review_text.setVisible(False)
        self.finish_error.clear()
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Open my account"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.CustomButton1, QWizard.WizardButton.FinishButton]
        )

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.saved:
            testimony_id = self.testimony_id()
            super().accept()
            if testimony_id:
                self.openRequested.emit(testimony_id)

    def accept(self) -> None:
        if self.saved:  # the summary was shown: "Close"
            super().accept()
        elif self.save():
            self.saved = True
            self._show_saved()

    def summary_title(self, record_id: str) -> str:
        rec = records.get(self.session.cf, record_id)
        return record_title(rec.kind, rec.data, ui_lang()) if rec else record_id

    # --- nothing typed is lost: state, drafts, and asking before closing ---------------------------

    def state(self) -> dict[str, Any]:
        """Everything typed or chosen, as JSON (a draft keeps this)."""

        def choice(c: RecordChoice) -> dict[str, Any]:
            return {"existing": c.existing.isChecked(), "id": c.picker.value(), "name": c.name.value()}

        return {
            "victim": choice(self.victim),
            "witness": choice(self.witness),
            "relation": self.relation.currentData(),
            "acts": self.act_types(),
            "text": self.text.toPlainText(),
            "when": {key: edit.value() for key, edit in self.when_edits.items() if edit.value() is not None},
            "place": {**choice(self.place), "kind": self.place_kind.currentData()},
            "place_acts": [k for k, box in self.place_acts.items() if box.isChecked()],
            "event": self.event.currentData(),
            "event_acts": [k for k, box in self.event_acts.items() if box.isChecked()],
            "steps": copy.deepcopy(self.steps),
            "step_labels": [self.steps_list.item(i).text() for i in range(self.steps_list.count())],
            "step": {
                "kind": self.step_kind.currentData(),
                "when": self.step_when.value(),
                "answer": self.step_answer.text(),
            },
            "consent": {a: q.answer() for a, q in (*self._share_questions(), ("name", self.q_name))},
            "sensitive": self.sensitive(),
            "cover": self.q_cover.answer(),
            "replace_consent": self.replace_consent.isChecked(),
            "naming": {a: q.answer() for a, q in self.name_questions.items()},
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put back what :meth:`state` kept (a resumed draft)."""

        def choice(c: RecordChoice, kept: dict[str, Any]) -> None:
            (c.existing if kept.get("existing") else c.new).setChecked(True)
            if kept.get("id"):
                c.picker.set_value(kept["id"])
            c.name.set_value(kept.get("name"))
            (c.existing if kept.get("existing") else c.new).setChecked(True)

        def answer(q: YesNo, value: bool | None) -> None:
            if value is not None:
                (q.yes if value else q.no).setChecked(True)

        choice(self.victim, state.get("victim") or {})
        choice(self.witness, state.get("witness") or {})
        self.relation.setCurrentIndex(max(0, self.relation.findData(state.get("relation"))))
        for key, box in self.act_boxes.items():
            box.setChecked(key in (state.get("acts") or []))
        self.text.setPlainText(str(state.get("text") or ""))
        for key, value in (state.get("when") or {}).items():
            if key in self.when_edits:
                self.when_edits[key].set_value(value)
        place = state.get("place") or {}
        choice(self.place, place)
        self.place_kind.setCurrentIndex(max(0, self.place_kind.findData(place.get("kind"))))
        for boxes, kept in ((self.place_acts, "place_acts"), (self.event_acts, "event_acts")):
            if kept in state:
                for key, box in boxes.items():
                    box.setChecked(key in state[kept])
        self.event.setCurrentIndex(max(0, self.event.findData(state.get("event"))))
        self.steps = copy.deepcopy(list(state.get("steps") or []))
        self.steps_list.clear()
        for label in state.get("step_labels") or []:
            self.steps_list.addItem(str(label))
        step = state.get("step") or {}
        self.step_kind.setCurrentIndex(max(0, self.step_kind.findData(step.get("kind"))))
        self.step_when.set_value(step.get("when"))
        self.step_answer.setText(str(step.get("answer") or ""))
        consent = state.get("consent") or {}
        for audience, q in (*self._share_questions(), ("name", self.q_name)):
            answer(q, consent.get(audience))
        for key, box in self.sensitive_boxes.items():
            box.setChecked(key in (state.get("sensitive") or []))
        answer(self.q_cover, state.get("cover"))
        self._consent_victim = self.victim.chosen_id()
        (self.replace_consent if state.get("replace_consent") else self.keep_consent).setChecked(True)
        for audience, level in (state.get("naming") or {}).items():
            if audience in self.name_questions and level in self.name_questions[audience].choices:
                self.name_questions[audience].choices[level].setChecked(True)
        self._naming_changed()
        self._update_where()

    def has_input(self) -> bool:
        """True when anything was typed or chosen since the wizard opened (or the draft was resumed)."""
        return self.state() != self._initial_state

    def _draft_description(self) -> str:
        victim = self.victim.chosen_id()
        who = self._title_of(victim) if victim else self._name_text(self.victim.new_name())
        words = " ".join((self.text.toPlainText() or "").split())
        start = words[:80] + ("…" if len(words) > 80 else "")
        return " — ".join(part for part in (who, start) if part)

    def keep_draft(self) -> str:
        """Keep what was typed as a draft inside the case file; returns the draft's name."""
        if not self.draft_name:
            self.draft_name = f"{DRAFT_PREFIX}{secrets.token_hex(4)}"
        drafts.save_draft(self.session.cf, self.draft_name, self.state(), self._draft_description())
        self._initial_state = self.state()
        return self.draft_name

    def resume(self, draft: drafts.Draft) -> None:
        """Go on from a kept draft (it is replaced when kept again, and removed once saved)."""
        self.restore(draft.data)
        self.draft_name = draft.name
        self._initial_state = self.state()

    def reject(self) -> None:
        """Stop, Escape or closing the window: after typing, ask first (keep a draft, throw it
        away, or go back); never close on an account that would be lost."""
        if self.saved or not self.confirm_close or self.session.is_locked or not self.has_input():
            super().reject()
            return
        answer = ask_unsaved(
            self,
            self.tr("Your account is not saved"),
            self.tr("You have not saved your account yet. What should happen to what you wrote?"),
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
        elif self.draft_name:
            drafts.discard_draft(self.session.cf, self.draft_name)
        super().reject()

    def keep_draft_and_close(self) -> bool:
        """For locking: keep a draft if anything was typed and close without asking; True if a
        draft was kept."""
        kept = False
        if not self.saved and self.has_input():
            self.keep_draft()
            kept = True
        self.confirm_close = False
        super().reject()
        return kept


def run_guided_testimony(parent: QWidget, session: Session) -> TestimonyWizard:
    """Open the guided “Record a testimony” wizard (window-modal; it deletes itself when closed).

    Accounts kept as drafts are offered first (go on with one, throw one away, or start anew).
    When the family asks to see their saved account, ``parent.show_record`` (the main window's)
    shows it, if the parent has one.
    """
    wizard = TestimonyWizard(parent, session)
    kept = drafts.list_drafts(session.cf, DRAFT_PREFIX)
    if kept:
        chosen, thrown = choose_draft(
            parent,
            QCoreApplication.translate("Wizard", "Accounts not yet saved"),
            QCoreApplication.translate(
                "Wizard", "These accounts were kept as drafts before they were saved. Go on with one, or start anew."
            ),
            kept,
        )
        for draft in thrown:
            drafts.discard_draft(session.cf, draft.name)
        if chosen is not None:
            wizard.resume(chosen)
    show = getattr(parent, "show_record", None)
    if callable(show):
        wizard.openRequested.connect(show)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
