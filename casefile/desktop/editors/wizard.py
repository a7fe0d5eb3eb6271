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
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casefile import consent as consent_rules
from casefile import records
from casefile.desktop import commands, language
from casefile.desktop.editors.datewidget import JALALI, DateEdit
from casefile.desktop.editors.editor import new_id
from casefile.desktop.editors.form import ERROR_STYLE
from casefile.desktop.editors.widgets import LineField, NameEdit, RefPicker, TextField, is_rtl_text, ui_lang
from casefile.desktop.session import Session
from casefile.errors import InvalidRecord
from casefile.model import AUDIENCES, record_title

#: Relations that make the teller one of the victim's family: only the family decides how the
#: victim is named (``persons.family_consent``).
FAMILY_RELATIONS = ("mother", "father", "sibling", "spouse", "child", "relative")


def _plain_act_types() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("Wizard", "I would rather just tell it")),
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
        ("other", QCoreApplication.translate("Wizard", "Something else")),
    ]


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
        ("other", QCoreApplication.translate("Wizard", "Other")),
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
        "amnesty": QCoreApplication.translate("Wizard", "Amnesty International"),
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
        self.yes = QRadioButton(QCoreApplication.translate("Wizard", "Yes"), self)
        self.no = QRadioButton(QCoreApplication.translate("Wizard", "No"), self)
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


def family_consent_from(answers: dict[str, str | None]) -> tuple[list[str], str]:
    """(``share_with``, ``name``) for a victim's ``family_consent`` from the answer per audience.

    The case file keeps one way of naming per consent, for the audiences it lists; every audience
    it does not list gets the first letters (``casefile.consent.family_naming``). So the consent
    follows the most careful answer and never gives any audience more than the family allowed:
    "no name" for one means no name for every audience answered (the only way to keep "no name" is
    to list the audience); otherwise "first letters" for one means first letters for all answered;
    the full name only when every answer was the full name. Unanswered audiences are left out.
    """
    chosen = [a for a in AUDIENCES if answers.get(a) in ("full", "initials", "none")]
    values = {answers[a] for a in chosen}
    if "none" in values:
        return chosen, "none"
    if "initials" in values:
        return [a for a in chosen if answers[a] in ("full", "initials")], "initials"
    return [a for a in chosen if answers[a] == "full"], "full" if chosen else "initials"


def protected_more(answers: dict[str, str | None]) -> tuple[str, list[str]]:
    """(the way of naming kept, the answered audiences for whom it is more careful than was asked)."""
    _share, name = family_consent_from(answers)
    rank = {"none": 0, "initials": 1, "full": 2}
    return name, [a for a in AUDIENCES if answers.get(a) in rank and rank[str(answers[a])] > rank[name]]


class _Page(QWizardPage):
    """A wizard page whose "Next" waits for ``check()`` (when set) to be true."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Any = None

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.check()) if self.check is not None else super().isComplete()


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
            ("finish", self._finish_page),
        ):
            page = _Page(self)
            page.setObjectName(f"page_{name}")
            build(page)
            self.pages[name] = page
            self.addPage(page)
        self.customButtonClicked.connect(self._custom_button)

    def initializePage(self, page_id: int) -> None:  # noqa: N802 (Qt's name)
        super().initializePage(page_id)
        if self.page(page_id) is self.pages.get("naming"):
            self._naming_changed()

    # --- pages ----------------------------------------------------------------------------------

    def _welcome(self, page: _Page) -> None:
        page.setTitle(self.tr("Record a testimony"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                self.tr(
                    "We will ask you a few simple questions about your loved one and what happened. "
                    "Answer what you know and leave the rest empty. What you say stays on this computer, "
                    "in this locked file. At the end we will ask who may see your account. "
                    "You can stop at any time."
                ),
                page,
            )
        )
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
        layout.addWidget(QLabel(self.tr("What happened to them? Choose what fits best."), page))
        self.act_type = QComboBox(page)
        for value, text in _plain_act_types():
            self.act_type.addItem(text, value)
        layout.addWidget(self.act_type)
        layout.addWidget(QLabel(self.tr("Now tell it in your own words:"), page))
        self.text = TextField(page, lines=10)
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

    def _when(self, page: _Page) -> None:
        page.setTitle(self.tr("When did it happen?"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                self.tr(
                    "As you remember it: a year, a season or a month is enough. "
                    "Tick “about” if you remember only roughly, “not sure” if you are not certain."
                ),
                page,
            )
        )
        self.when = DateEdit(page)
        self.when.set_calendar(JALALI)
        _plain_date(self.when)
        layout.addWidget(self.when)
        layout.addStretch(1)

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
        layout.addStretch(1)

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
            "torture": QCheckBox(self.tr("Torture"), page),
            "sexual_violence": QCheckBox(self.tr("Sexual violence"), page),
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
        self.naming_note = _explain("", page)
        self.naming_note.setObjectName("namingNote")
        layout.addWidget(self.naming_note)
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
        answers = {a: q.answer() for a, q in self.name_questions.items()}
        name, more_careful = protected_more(answers)
        notes = {
            "none": self.tr(
                "This file keeps one way of naming your loved one for everyone. So we follow your most careful "
                "answer: no name at all will be given to %1 either. Someone helping you can change this later."
            ),
            "initials": self.tr(
                "This file keeps one way of naming your loved one for everyone. So we follow your most careful "
                "answer: only the first letters of the name will be given to %1 too. Someone helping you can "
                "change this later."
            ),
        }
        show_note = asked and bool(more_careful) and name in notes
        self.naming_note.setVisible(show_note)
        if show_note:
            self.naming_note.setText(notes[name].replace("%1", _audience_list(more_careful)))

    def family_consent(self, given_by: str) -> dict[str, Any] | None:
        """The victim's new ``family_consent`` from the answers; None when the family was not asked
        or keeps the consent already given."""
        if not self.naming_is_asked():
            return None
        share, name = family_consent_from({a: q.answer() for a, q in self.name_questions.items()})
        return {"given_by": given_by, "recorded": date.today().isoformat(), "share_with": share, "name": name}

    def _finish_page(self, page: _Page) -> None:
        page.setTitle(self.tr("Thank you"))
        layout = QVBoxLayout(page)
        self.finish_text = _explain(
            self.tr(
                "When you press “Save my account”, your account is saved in this file. "
                "Someone helping you can read it over with you and add details later."
            ),
            page,
        )
        layout.addWidget(self.finish_text)
        self.finish_error = QLabel(page)
        self.finish_error.setStyleSheet(ERROR_STYLE)
        self.finish_error.setWordWrap(True)
        layout.addWidget(self.finish_error)
        layout.addStretch(1)

    # --- saving ---------------------------------------------------------------------------------

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
        where = self.where.value() if self.place.existing.isChecked() else None
        place_name = self.place.new_name()
        if place_name:
            place: dict[str, Any] = {"id": new_id(session, "places"), "name": place_name}
            if self.place_kind.currentData():
                place["kind"] = self.place_kind.currentData()
            out.append(("places", place))
            where = place["id"]
        if relation:
            out.append(
                (
                    "relations",
                    {"id": new_id(session, "relations"), "person": witness_id, "is": relation, "of": victim_id},
                )
            )
        about = [victim_id]
        act_type, when = self.act_type.currentData(), self.when.value()
        if act_type or when is not None or where:
            act: dict[str, Any] = {"id": new_id(session, "acts"), "victim": victim_id, "type": act_type or "other"}
            if when is not None:
                act["date"] = when
            if where:
                act["place"] = where
            act["notes"] = self.tr("As told by a family member in a testimony.")
            out.append(("acts", act))
            about.append(act["id"])
        text = self.text.value() or ""
        share = [
            audience
            for audience, q in (
                ("un", self.q_un),
                ("amnesty", self.q_amnesty),
                ("lawyers", self.q_lawyers),
                ("public", self.q_public),
            )
            if q.answer()
        ]
        consent: dict[str, Any] = {
            "recorded": today,
            "given_by": witness_id,
            "share_with": share,
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

    def save(self) -> bool:
        """Save everything as one undoable step; on a refusal nothing stays saved."""
        to_save = self.build_records()
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Record a testimony"))
        saved: list[str] = []
        try:
            for kind, data in to_save:
                commands.save_record(self.session, kind, data)
                saved.append(data["id"])
        except InvalidRecord as e:
            stack.endMacro()
            if saved:
                stack.undo()  # take back the part that was saved
            self.finish_error.setText(
                self.tr("Your account could not be saved:") + "\n" + "\n".join(str(p) for p in e.problems)
            )
            return False
        stack.endMacro()
        self.result_ids = saved
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
        page = self.pages["finish"]
        page.setTitle(self.tr("Your account is saved"))
        self.finish_text.setText(self.saved_summary())
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


def run_guided_testimony(parent: QWidget, session: Session) -> TestimonyWizard:
    """Open the guided “Record a testimony” wizard (window-modal; it deletes itself when closed).

    When the family asks to see their saved account, ``parent.show_record`` (the main window's)
    shows it, if the parent has one.
    """
    wizard = TestimonyWizard(parent, session)
    show = getattr(parent, "show_record", None)
    if callable(show):
        wizard.openRequested.connect(show)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
