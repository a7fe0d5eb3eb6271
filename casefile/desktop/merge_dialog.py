"""File › Merge another copy…: bring into the open case file what another copy of it (another
laptop's, or a share that came back) recorded.

The user picks the file and types its passphrase (a wrong one is said plainly, and they try
again). Nothing is written before a preview (``merge.plan``) shows what will be added, updated,
deleted, merged field by field and left in conflict, each record by its title. A file that shares
no history with this one is merged only after the user confirms that every record with the same
id will then be a conflict. The merge (``merge.merge``, all or nothing) runs off the UI thread
with progress and Cancel; the other file is never changed. Conflicts it leaves are settled in the
conflicts view (:mod:`casefile.desktop.conflicts_view`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTreeWidgetItem,
    QWidget,
)

from casefile import merge
from casefile.desktop import language, workers
from casefile.desktop.editors.widgets import readable_titles
from casefile.desktop.forms.ui_merge_dialog import Ui_MergeDialog
from casefile.desktop.labels import field_name, list_name
from casefile.desktop.session import Session
from casefile.errors import WrongPassphrase
from casefile.store import CaseFile, is_plain, latest_schema_version

#: How many records of each group the preview names (the counts are always whole).
SHOWN_PER_GROUP = 200
#: The preview's groups, in the order shown.
GROUPS = ("added", "updated", "deleted", "merged", "conflicts")


@dataclass
class MergePreview:
    """What a merge will do (or did), for people: counts, and the records by title."""

    other: str = ""  # the other copy's submitter, title or file name
    file: str = ""  # the other copy's file name
    related: bool = True
    counts: dict[str, int] = field(default_factory=dict)  # group -> how many (conflicts: new ones)
    lines: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # group -> (label, record id)
    unchanged: int = 0
    ids: set[str] = field(default_factory=set)  # every record written (for refreshing the views)

    @property
    def anything(self) -> bool:
        return any(self.counts.get(g) for g in GROUPS)


def describe(cf: CaseFile, other: CaseFile, plan: merge.MergePlan, waiting: set) -> MergePreview:
    """Name the records of a plan: titles from this copy where the record is here, else from the
    other (a record to add); conflicts already waiting (``merge.conflict_keys`` before the merge)
    are not listed again. Runs on the worker's connections."""
    kinds: dict[str, str] = {rid: kind for kind, rid, _d, _h in plan.writes if kind != "__conflict__"}
    groups: dict[str, list[str]] = {
        "added": plan.added,
        "updated": plan.updated,
        "deleted": plan.deleted,
        "merged": plan.merged,
    }
    new = merge.new_in_plan(plan, waiting)
    conflicts = [c for c, is_new in zip(plan.conflicts, new, strict=True) if is_new]
    wanted = {rid for ids in groups.values() for rid in ids[:SHOWN_PER_GROUP]}
    wanted |= {c[0] for c in conflicts[:SHOWN_PER_GROUP]}
    titles = readable_titles(cf, sorted(wanted))
    titles.update(readable_titles(other, sorted(wanted - set(titles))))

    def label(rid: str, kind: str) -> str:
        return f"{list_name(kind)}: {language.isolate(titles.get(rid, rid))}"

    result = MergePreview(other=plan.other_label, file=other.path.name, related=plan.related, unchanged=plan.unchanged)
    for name, ids in groups.items():
        result.counts[name] = len(ids)
        result.lines[name] = [(label(rid, kinds.get(rid, "")), rid) for rid in ids[:SHOWN_PER_GROUP]]
    result.counts["conflicts"] = len(conflicts)
    whole = QCoreApplication.translate("MergeDialog", "the whole record (deleted in one copy, edited in the other)")
    result.lines["conflicts"] = [
        (f"{label(rid, kind)} — {field_name(name) if name != merge.WHOLE_RECORD else whole}", rid)
        for rid, kind, name, _b, _m, _t in conflicts[:SHOWN_PER_GROUP]
    ]
    result.ids = set(kinds) | {c[0] for c in conflicts}
    return result


def _open_other(path: Path, passphrase: str) -> CaseFile:
    """The other copy, never upgraded nor changed."""
    if is_plain(path):
        return CaseFile.open(path, None, upgrade=False)
    return CaseFile.open(path, passphrase or None, upgrade=False)


def merge_work(
    path: Path, passphrase: str, *, allow_unrelated: bool, write: bool, finished: dict[str, Any]
) -> workers.Work:
    """The background part: open the other copy on this thread, then plan (``write`` False) or
    merge. Returns ``(outcome, preview)``: ``plan``/``merged`` with a :class:`MergePreview`, or
    ``wrong`` (passphrase), ``older`` (schema) or ``unrelated`` with None. A merge's result is
    also put in ``finished``, so a Cancel pressed after it was written is reported as done."""

    def work(cf: Any, progress: Any, cancelled: Any) -> tuple[str, MergePreview | None]:
        try:
            other = _open_other(path, passphrase)
        except WrongPassphrase:
            return ("wrong", None)
        try:
            if other.schema_version < latest_schema_version():
                return ("older", None)
            run = merge.merge if write else merge.plan
            waiting = merge.conflict_keys(cf)
            try:
                plan = run(cf, other, allow_unrelated=allow_unrelated, progress=progress, cancelled=cancelled)
            except merge.UnrelatedCopy:
                return ("unrelated", None)
            preview = describe(cf, other, plan, waiting)
        finally:
            other.close()
        if write:
            finished["merged"] = preview
        return ("merged" if write else "plan", preview)

    return work


class MergeDialog(QDialog, Ui_MergeDialog):
    """Choose the other copy, see what merging it will do, then merge it; progress and Cancel.
    Its layout is ``ui/merge_dialog.ui``."""

    #: the user asked to see the conflicts the merge left
    conflictsRequested = Signal()

    def __init__(self, parent: QWidget | None, session: Session, *, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.operation: workers.Operation | None = None
        self.preview: MergePreview | None = None
        self.merged: MergePreview | None = None
        self._previewed: tuple[str, bool] | None = None  # (path, allow_unrelated) the preview is of
        self._finished: dict[str, Any] = {}
        self._close_when_stopped = False
        self._writing = False  # the work running (or last run) is a merge, not a preview
        self._showing_done = False  # the tree shows what a merge did, not what it would do
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.choose_button.clicked.connect(self.choose)
        self.progress.setVisible(False)

        self.preview_button = self.buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Settle &conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        self.merge_button.clicked.connect(self.start_merge)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self.path_edit.textChanged.connect(self._on_path)
        self.passphrase.textEdited.connect(self._forget_preview)
        self.passphrase.returnPressed.connect(self.start_preview)
        self.unrelated_confirm.toggled.connect(self._forget_preview)
        session.locked.connect(self._on_locked)

        self._set_unrelated(False)
        self._show_error("")
        self._busy(False)
        if path:
            self.path_edit.setText(str(path))
        self._on_path()
        self.path_edit.setFocus()

    # --- choosing the file --------------------------------------------------------------------

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose(self) -> None:  # pragma: no cover - a native file dialog
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The other copy of the case"),
            self.path_edit.text(),
            self.tr("Case files (*.casefile);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _needs_passphrase(self) -> bool:
        path = self.chosen_path()
        try:
            return path is not None and path.is_file() and not is_plain(path)
        except OSError:
            return False

    def _on_path(self, *_args: Any) -> None:
        needs = self._needs_passphrase()
        self.passphrase.setVisible(needs)
        self.passphrase_label.setVisible(needs)
        self._set_unrelated(False)
        self.unrelated_confirm.setChecked(False)
        self._forget_preview()

    def _set_unrelated(self, shown: bool) -> None:
        self.unrelated_warning.setVisible(shown)
        self.unrelated_confirm.setVisible(shown)

    def _forget_preview(self, *_args: Any) -> None:
        """A preview speaks of the file and choices it was made with: any new choice clears it."""
        if self.is_busy:
            return
        self.preview = None
        self._previewed = None
        self.tree.clear()
        self.tree.setVisible(False)
        self.status.setText("")
        self._show_error("")
        self._update_buttons()

    # --- running ------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self.operation is not None

    def _check_choice(self) -> Path | None:
        path = self.chosen_path()
        if path is None:
            self._show_error(self.tr("Choose the other copy of the case file first."))
            self.path_edit.setFocus()
            return None
        if not path.is_file():
            self._show_error(
                self.tr("There is no file %1. Check the name and the folder.").replace(
                    "%1", language.isolate(path, ltr=True)
                )
            )
            self.path_edit.setFocus()
            return None
        if path.resolve() == self.session.path.resolve():
            self._show_error(self.tr("That is the case file open here. Choose another copy of it."))
            self.path_edit.setFocus()
            return None
        return path

    def _allow_unrelated(self) -> bool:
        return self.unrelated_confirm.isVisible() and self.unrelated_confirm.isChecked()

    def start_preview(self) -> None:
        """Read both copies and show what merging would do; nothing is written."""
        self._run(write=False)

    def start_merge(self) -> None:
        """Merge the copy just previewed (all or nothing)."""
        if self.preview is None or self._previewed is None:
            return
        self._run(write=True)

    def _run(self, *, write: bool) -> None:
        if self.is_busy:
            return
        self._show_error("")
        path = self._check_choice()
        if path is None:
            return
        allow = self._allow_unrelated()
        self._finished = {}
        if write:
            self.status.setText(self.tr("Merging…"))
        else:
            self.tree.clear()
            self.preview = None
            self.status.setText(self.tr("Comparing the two copies…"))
        self._writing = write
        self._busy(True)
        self.operation = workers.run_operation(
            merge_work(path, self.passphrase.text(), allow_unrelated=allow, write=write, finished=self._finished),
            open_connection=self.session.open_connection,
            on_done=lambda result: self._done(result, str(path), allow),
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda: self._cancelled(str(path), allow),
        )

    def cancel(self) -> None:
        """Ask the work to stop; a merge stopped before it writes leaves this file as it was."""
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self.is_busy:
            self._close_when_stopped = True
            self.cancel()
            return
        self.passphrase.clear()
        super().reject()

    def _on_locked(self) -> None:
        self._close_when_stopped = True
        if self.is_busy:
            self.cancel()
        else:
            self.reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setVisible(not busy)
        for w in (self.path_edit, self.choose_button, self.passphrase, self.unrelated_confirm):
            w.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.operation = None
        self._update_buttons()
        if not busy and self._close_when_stopped:
            self.reject()

    def _update_buttons(self) -> None:
        busy = self.is_busy
        self.preview_button.setEnabled(not busy)
        ready = self.preview is not None and self.preview.anything
        self.merge_button.setEnabled(not busy and ready)
        self.merge_button.setVisible(self.merged is None or self.preview is not None)
        waiting = not self.session.is_locked and merge.count_conflicts(self.session.cf) > 0
        self.conflicts_button.setVisible(not busy and self.merged is not None and waiting)
        if ready and not busy:
            self.merge_button.setDefault(True)
        elif not busy:
            self.preview_button.setDefault(True)

    def _progressed(self, done: int, total: int) -> None:
        if self._writing and total and done >= total:
            self.progress.setRange(0, 0)  # compared; now writing, in one transaction
            self.status.setText(self.tr("Writing the changes…"))
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, result: tuple[str, MergePreview | None], path: str, allow: bool) -> None:
        outcome, preview = result
        self._busy(False)
        name = language.isolate(Path(path).name)
        if outcome == "wrong":
            self.status.setText("")
            if self.passphrase.text():
                message = self.tr("That passphrase does not open %1. Check it and try again.")
            else:
                message = self.tr("%1 is encrypted: type its passphrase.")
            self._show_error(message.replace("%1", name))
            self.passphrase.setVisible(True)
            self.passphrase_label.setVisible(True)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if outcome == "older":
            self.status.setText("")
            self._show_error(
                self.tr(
                    "%1 was made by an older version of Casefile. Open it once in this Casefile (that brings it "
                    "up to date), then merge it."
                ).replace("%1", name)
            )
            return
        if outcome == "unrelated":
            self.status.setText("")
            self.unrelated_warning.setText(
                self.tr(
                    "%1 shares no history with this case file: it is not a copy of this case, nor a share made "
                    "from it. Merge it only if you are sure it belongs here. Every record in it with the same id as "
                    "a record here will then be a conflict for you to settle one by one."
                ).replace("%1", name)
            )
            self._set_unrelated(True)
            self._grow()
            self.unrelated_confirm.setFocus()
            return
        assert preview is not None
        if outcome == "plan":
            self.preview = preview
            self._previewed = (path, allow)
            self._show_preview(preview, done=False)
        else:
            self.merged = preview
            self.preview = None
            self._previewed = None
            self._show_preview(preview, done=True)
            # edits made before could be undone over what the merge brought: start a fresh history
            self.session.undo_stack.clear()
            self.session.changed.emit(set(preview.ids))
        self._update_buttons()
        (self.merge_button if outcome == "plan" and preview.anything else self.close_button).setFocus()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        if self._writing:
            message = self.tr("Nothing was merged; this case file is as it was: %1").replace("%1", message)
        self._show_error(message)

    def _cancelled(self, path: str, allow: bool) -> None:
        if "merged" in self._finished:  # Cancel came after the merge was written: it is done
            self._done(("merged", self._finished["merged"]), path, allow)
            return
        self._busy(False)
        if self._writing:
            self.status.setText(self.tr("Cancelled. Nothing was merged; this case file is as it was."))
        else:
            self.status.setText(self.tr("Cancelled."))

    def _show_conflicts(self) -> None:
        self.conflictsRequested.emit()

    # --- showing ------------------------------------------------------------------------------

    def _group_title(self, group: str, n: int) -> str:
        titles = {
            "added": self.tr("New records to add: %1"),
            "updated": self.tr("Records to update with the other copy's version: %1"),
            "deleted": self.tr("Records the other copy deleted, to delete here: %1"),
            "merged": self.tr("Records changed in both copies, merged field by field: %1"),
            "conflicts": self.tr("Conflicts to settle (the same field changed differently in both copies): %1"),
        }
        done = {
            "added": self.tr("Added: %1"),
            "updated": self.tr("Updated with the other copy's version: %1"),
            "deleted": self.tr("Deleted, as in the other copy: %1"),
            "merged": self.tr("Merged field by field: %1"),
            "conflicts": self.tr("New conflicts waiting for you: %1"),
        }
        text = (done if self._showing_done else titles)[group]
        return text.replace("%1", language.number(n))

    def _show_preview(self, preview: MergePreview, *, done: bool) -> None:
        self._showing_done = done
        self.tree.clear()
        # the file name, and whose copy it is (its submitter or title): one left-to-right run, so
        # its brackets stay where they belong inside a Persian sentence
        other = language.isolate(preview.file, ltr=True)
        if preview.other and preview.other != preview.file:
            other = language.isolate(f"{preview.file} ({preview.other})", ltr=True)
        if not preview.anything:
            self.status.setText(
                self.tr("Nothing to bring in: this case file already holds everything %1 recorded.").replace(
                    "%1", other
                )
            )
            return
        if done:
            text = self.tr("Merged from %1. The lists show the merged records now.").replace("%1", other)
            if preview.counts.get("conflicts"):
                text += " " + self.tr("Settle the conflicts when you are ready; until then this copy keeps its values.")
        else:
            text = self.tr("Merging %1 will make these changes. Nothing is written until you press Merge.").replace(
                "%1", other
            )
        if preview.unchanged:
            if preview.unchanged == 1:
                same = self.tr("One record is the same in both copies.")
            else:
                same = self.tr("%1 records are the same in both copies.").replace(
                    "%1", language.number(preview.unchanged)
                )
            text += " " + same
        self.status.setText(text)
        for group in GROUPS:
            n = preview.counts.get(group, 0)
            lines = preview.lines.get(group, [])
            if not n and not lines:
                continue
            top = QTreeWidgetItem([self._group_title(group, n)])
            top.setData(0, Qt.ItemDataRole.UserRole, group)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for label, rid in lines:
                child = QTreeWidgetItem([label])
                child.setData(0, Qt.ItemDataRole.UserRole, rid)
                child.setToolTip(0, label)
                top.addChild(child)
            shown = len(lines)
            if n > shown:
                more = self.tr("… and %1 more").replace("%1", language.number(n - shown))
                top.addChild(QTreeWidgetItem([more]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(group == "conflicts" or shown <= 20)
        self.tree.setVisible(True)
        self._grow()

    def _grow(self) -> None:
        """Make room for what was just shown; nothing above it may be squeezed."""
        self.layout().activate()
        wanted = max(self.height(), self.sizeHint().height(), 560 if self.tree.isVisible() else 0)
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(self.width(), min(wanted, int(screen * 0.95)))

    def preview_lines(self) -> dict[str, list[str]]:
        """What the preview lists, by group (for tests and screen readers' sake)."""
        out: dict[str, list[str]] = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            group = str(top.data(0, Qt.ItemDataRole.UserRole))
            out[group] = [top.child(j).text(0) for j in range(top.childCount())]
        return out

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self._grow()


def open_merge_dialog(
    parent: QWidget | None, session: Session, on_conflicts: Callable[[], Any] | None = None
) -> MergeDialog:
    """File › Merge another copy…: open the dialog (window-modal; it deletes itself when closed)."""
    dialog = MergeDialog(parent, session)
    if on_conflicts is not None:
        dialog.conflictsRequested.connect(lambda: (dialog.accept(), on_conflicts()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
