"""Edit › Find duplicates…: the review queue of persons who may be one person entered twice.

The search runs off the UI thread (``casefile.linkage.find_duplicates`` on a worker's own
connection). Each pair is shown side by side, in both scripts, every field marked as agreeing,
differing or given on one side only, with each person's acts, testimonies and consents. "Same
person" merges them (``casefile.person_merge``; the record chosen to keep keeps its id), "Not the
same" remembers the pair is two people (``casefile.decisions``), "Unsure" leaves the pair for later.
Both decisions are undoable steps of Edit › Undo, and both are audited by the core.

The main window holds one :class:`DuplicateActions` and calls it from its ``retranslate`` and
``_update_actions``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from casefile import decisions, linkage, person_merge, records
from casefile.desktop import labels, language
from casefile.desktop.commands import _AlreadyDone
from casefile.desktop.detail import DetailRenderer
from casefile.desktop.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from casefile.desktop.session import Session
from casefile.desktop.workers import Operation, run_operation
from casefile.model import SCHEMA, name_text

if TYPE_CHECKING:
    from casefile.desktop.main_window import MainWindow

_MARK_STYLE = {
    linkage.AGREE: "color:#1b6e2a;",
    linkage.DIFFER: "color:#b00020;font-weight:bold;",
    linkage.ONE_SIDED: "color:#8a5a00;",
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# --- undoable decisions ----------------------------------------------------------------------------


class MergePersons(QUndoCommand):
    """Merge ``other`` into ``keep`` (redo) and put both back (undo), each time through the core."""

    def __init__(self, session: Session, keep: str, other: str) -> None:
        text = QCoreApplication.translate("Duplicates", "Merge %1 into %2")
        super().__init__(text.replace("%1", other).replace("%2", keep))
        self.session, self.keep, self.other = session, keep, other
        self.result: person_merge.MergeResult | None = None

    def redo(self) -> None:
        self.result = person_merge.merge_persons(self.session.cf, self.keep, self.other)
        self.session.changed.emit(self.result.changed_ids)

    def undo(self) -> None:
        if self.result is not None:
            person_merge.unmerge(self.session.cf, self.result)
            self.session.changed.emit(self.result.changed_ids)


class MarkNotSame(QUndoCommand):
    """Remember that two persons are two people (redo), or forget it (undo)."""

    def __init__(self, session: Session, a: str, b: str) -> None:
        text = QCoreApplication.translate("Duplicates", "Not the same person: %1, %2")
        super().__init__(text.replace("%1", a).replace("%2", b))
        self.session, self.a, self.b = session, a, b

    def redo(self) -> None:
        decisions.record_decision(self.session.cf, self.a, self.b, decisions.NOT_SAME)

    def undo(self) -> None:
        decisions.forget_decision(self.session.cf, self.a, self.b)


def merge_persons(session: Session, keep: str, other: str) -> person_merge.MergeResult:
    """Merge as one undoable step (raises CasefileError, nothing changed, if the core refuses)."""
    command = MergePersons(session, keep, other)
    command.redo()
    session.undo_stack.push(_AlreadyDone(command))
    assert command.result is not None
    return command.result


def mark_not_same(session: Session, a: str, b: str) -> None:
    """Record "not the same person" as one undoable step."""
    command = MarkNotSame(session, a, b)
    command.redo()
    session.undo_stack.push(_AlreadyDone(command))


# --- the queue -------------------------------------------------------------------------------------


class PairListModel(QAbstractListModel):
    """The pairs waiting for a decision: "name ⇄ name" and the score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[linkage.Candidate] = []
        self.titles: dict[str, str] = {}

    def set_pairs(self, pairs: list[linkage.Candidate], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.pairs, self.titles = list(pairs), titles
        self.endResetModel()

    def remove_where(self, drop: Any) -> None:
        self.beginResetModel()
        self.pairs = [p for p in self.pairs if not drop(p)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.pairs)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            names = " ⇄ ".join(language.isolate(self.titles.get(i, i)) for i in (pair.a, pair.b))
            return f"{names}   {language.digits(f'{pair.score:.2f}')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return language.comma().join(pair.reasons)
        return None


class DuplicatesDialog(QDialog, Ui_DuplicatesDialog):
    """The review queue (modeless): pairs on the left, the pair side by side on the right. Its layout
    is ``ui/duplicates_dialog.ui``."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.operation: Operation | None = None
        self.lang = language.current()
        self.find_button.clicked.connect(self.start)
        self.model = PairListModel(self)
        self.pair_list.setModel(self.model)
        self.pair_list.selectionModel().currentChanged.connect(lambda current, _prev: self.show_pair(current.row()))
        self.splitter.setSizes([340, 760])

        self.same_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.same_button.setObjectName("sameButton")
        self.not_same_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.not_same_button.setObjectName("notSameButton")
        self.unsure_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.unsure_button.setObjectName("unsureButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.same_button.clicked.connect(self.same)
        self.not_same_button.clicked.connect(self.not_same)
        self.unsure_button.clicked.connect(self.unsure)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update_buttons()

    # --- text -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslateUi(self)  # the form's own words, then the buttons named here
        self.same_button.setText(self.tr("&Same person"))
        self.same_button.setToolTip(
            self.tr(
                "Merge the two records into the one chosen to keep: the other's names become other names, "
                "what it said differently is kept as a reported variant, everything linked to it follows. "
                "Edit › Undo takes it back."
            )
        )
        self.not_same_button.setText(self.tr("&Not the same"))
        self.not_same_button.setToolTip(self.tr("Two people: this pair will not be offered again"))
        self.unsure_button.setText(self.tr("&Unsure"))
        self.unsure_button.setToolTip(self.tr("Leave this pair for later"))
        self.close_button.setText(self.tr("Close"))

    # --- finding ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Look for duplicates in the background; the queue fills when it is done."""
        if self.operation is not None:
            return
        self.status.setText(self.tr("Looking for persons entered twice…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.find_button.setEnabled(False)
        self.model.set_pairs([], {})
        self.view.clear()
        self._update_buttons()
        self.operation = run_operation(
            lambda cf, progress, cancelled: linkage.find_duplicates(cf, progress=progress, cancelled=cancelled),
            open_connection=self.session.open_connection,
            on_done=self._found,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=lambda: self._failed(self.tr("Stopped.")),
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _found(self, pairs: list[linkage.Candidate]) -> None:
        self.operation = None
        self.progress.setVisible(False)
        self.find_button.setEnabled(True)
        ids = [i for p in pairs for i in (p.a, p.b)]
        titles = {
            rid: name_text(rec.data.get("name"), self.lang) or rid
            for rid, rec in records.get_many(self.session.cf, ids).items()
        }
        self.model.set_pairs(pairs, titles)
        self._say_count()
        if pairs:
            self.pair_list.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.operation = None
        self.progress.setVisible(False)
        self.find_button.setEnabled(True)
        self.status.setText(message)

    def _say_count(self, done: str = "") -> None:
        n = len(self.model.pairs)
        if n == 0:
            text = self.tr("No more likely duplicates.")
        else:
            text = self.tr("Pairs that may be one person entered twice: %1").replace("%1", language.digits(str(n)))
        self.status.setText(f"{done} {text}".strip())

    # --- one pair ---------------------------------------------------------------------------------

    def current(self) -> linkage.Candidate | None:
        row = self.pair_list.currentIndex().row()
        return self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None

    def show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.model.pairs):
            self.view.clear()
            self._update_buttons()
            return
        pair = self.model.pairs[row]
        cf = self.session.cf
        a, b = records.get(cf, pair.a), records.get(cf, pair.b)
        if a is None or b is None:  # changed since it was found (merged, deleted)
            self.model.remove_where(lambda p: p is pair)
            return
        self.view.setHtml(ComparisonRenderer(cf, self.lang).page(pair, a.data, b.data))
        keep_a = len(records.referrers(cf, pair.a)) >= len(records.referrers(cf, pair.b))
        for radio, rid in ((self.keep_a, pair.a), (self.keep_b, pair.b)):
            radio.setText(f"{language.isolate(self.model.titles.get(rid, rid))} ({language.isolate(rid, ltr=True)})")
        (self.keep_a if keep_a else self.keep_b).setChecked(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for w in (self.same_button, self.not_same_button, self.unsure_button, self.keep_a, self.keep_b):
            w.setEnabled(has)

    def _next(self, row: int) -> None:
        if self.model.pairs:
            self.pair_list.setCurrentIndex(self.model.index(min(row, len(self.model.pairs) - 1)))
        else:
            self.view.clear()
        self._update_buttons()

    def same(self) -> None:
        pair = self.current()
        if pair is None:
            return
        row = self.pair_list.currentIndex().row()
        keep, other = (pair.a, pair.b) if self.keep_a.isChecked() else (pair.b, pair.a)
        from casefile.errors import CasefileError

        try:
            merge_persons(self.session, keep, other)
        except CasefileError as e:
            self.status.setText(str(e))
            return
        # pairs with the merged-away record are gone with it ("Look again" finds the kept one's)
        self.model.remove_where(lambda p: other in (p.a, p.b))
        done = self.tr("%1 was merged into %2 (Edit › Undo takes it back).").replace("%1", other).replace("%2", keep)
        self._say_count(done)
        self._next(row)

    def not_same(self) -> None:
        pair = self.current()
        if pair is None:
            return
        row = self.pair_list.currentIndex().row()
        mark_not_same(self.session, pair.a, pair.b)
        self.model.remove_where(lambda p: p is pair)
        self._say_count(self.tr("Remembered as two people."))
        self._next(row)

    def unsure(self) -> None:
        pair = self.current()
        if pair is None:
            return
        row = self.pair_list.currentIndex().row()
        self.model.remove_where(lambda p: p is pair)
        self._say_count()
        self._next(row)

    def done(self, result: int) -> None:
        if self.operation is not None:
            self.operation.cancel()
        super().done(result)


class ComparisonRenderer(QObject):
    """Two person records as one HTML page: the reasons, each field side by side with its mark,
    then each person's acts, testimonies and the consents they hold."""

    def __init__(self, cf: Any, lang: str) -> None:
        super().__init__()
        self.cf, self.lang = cf, lang
        self.detail = DetailRenderer(cf)

    def mark(self, state: str) -> str:
        text = {
            linkage.AGREE: self.tr("agree"),
            linkage.DIFFER: self.tr("differ"),
            linkage.ONE_SIDED: self.tr("one side only"),
        }[state]
        symbol = {linkage.AGREE: "=", linkage.DIFFER: "≠", linkage.ONE_SIDED: "±"}[state]
        return f'<span style="{_MARK_STYLE[state]}">{symbol} {_e(text)}</span>'

    def page(self, pair: linkage.Candidate, a: dict, b: dict) -> str:
        fields = {f.name: f for f in SCHEMA["persons"]}
        score = self.tr("Score")
        head = (
            f"<p><b>{_e(score)}:</b> {_e(language.digits(f'{pair.score:.2f}'))} — "
            f"{_e(language.comma().join(pair.reasons))}</p>"
        )
        rows = [
            f"<tr><th></th><th>{_e(language.isolate(a['id'], ltr=True))}</th>"
            f"<th>{_e(language.isolate(b['id'], ltr=True))}</th><th></th></tr>"
        ]
        for row in linkage.side_by_side(a, b):
            f = fields[row.field]
            va = self.detail._value(f.type, f, row.a) if row.a is not None else "—"
            vb = self.detail._value(f.type, f, row.b) if row.b is not None else "—"
            rows.append(
                f'<tr class="{row.state}"><td><b>{_e(labels.field_name(row.field))}</b></td>'
                f"<td>{va}</td><td>{vb}</td><td>{self.mark(row.state)}</td></tr>"
            )
        table = '<table cellspacing="0" cellpadding="4" border="1">' + "".join(rows) + "</table>"
        linked = (
            "<table cellspacing='0' cellpadding='4' width='100%'><tr>"
            f"<td valign='top' width='50%'>{self.linked(a['id'])}</td>"
            f"<td valign='top' width='50%'>{self.linked(b['id'])}</td></tr></table>"
        )
        direction = "rtl" if self.lang == "fa" else "ltr"
        return f'<div dir="{direction}">{head}{table}{linked}</div>'

    def linked(self, person_id: str) -> str:
        cf = self.cf
        parts = [f"<h3>{_e(language.isolate(person_id, ltr=True))}</h3>"]
        acts = records.referring_records(cf, person_id, "acts", "victim")
        items = []
        for act in acts:
            d = act.data
            text = _e(labels.value_name(d.get("type", ""), "acts.type"))
            if d.get("date"):
                text += " — " + _e(language.format_date(d["date"]))
            if d.get("place"):
                text += " — " + self.detail.link(d["place"])
            items.append(text)
        parts.append(self.section(self.tr("What was done to them"), items))
        testimonies = records.referring_records(cf, person_id, "testimonies", "about")
        testimonies += records.referring_records(cf, person_id, "testimonies", "witness")
        items = []
        for t in {t.id: t for t in testimonies}.values():
            consent = t.data.get("consent")
            if not isinstance(consent, dict):
                state = self.tr("no consent recorded")
            elif consent.get("withdrawn"):
                state = self.tr("consent withdrawn")
            else:
                audiences = [labels.value_name(x, "audience") for x in consent.get("share_with") or []]
                state = self.tr("may be shared with: %1").replace("%1", language.comma().join(audiences) or "—")
            items.append(f"{_e(language.isolate(self.detail.title(t)))} — {_e(state)}")
        parts.append(self.section(labels.list_name("testimonies", plural=True), items))
        return "".join(parts)

    def section(self, heading: str, items: list[str]) -> str:
        if not items:
            return f"<p><b>{_e(heading)}:</b> —</p>"
        return f"<p><b>{_e(heading)}</b></p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


class DuplicateActions(QObject):
    """Edit › Find duplicates…, after Delete record."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: DuplicatesDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionFindDuplicates")
        self.action.triggered.connect(lambda: self.open())
        menu = window.ui.menuEdit
        actions = menu.actions()
        after = window.ui.actionDeleteRecord
        at = actions.index(after) + 1 if after in actions else len(actions)
        if at < len(actions):
            menu.insertAction(actions[at], self.action)
        else:
            menu.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Find &duplicates…"))
        self.action.setToolTip(self.tr("Persons who may be one person entered twice, to review one pair at a time"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def set_enabled(self, unlocked: bool) -> None:
        self.action.setEnabled(unlocked)
        if not unlocked and self.dialog is not None:
            self.dialog.close()

    def open(self) -> DuplicatesDialog | None:
        if self.window.session.is_locked:
            return None
        if self.dialog is None:
            self.dialog = DuplicatesDialog(self.window, self.window.session)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.start()
        return self.dialog

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
