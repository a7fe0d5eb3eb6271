"""Deleting a record: say first what goes with it and what only loses its link, then ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile import records
from casefile.desktop import commands
from casefile.desktop.editors.widgets import ui_lang
from casefile.desktop.labels import field_name, list_name
from casefile.desktop.session import Session
from casefile.model import record_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteRecord", text)


def describe_plan(session: Session, record_id: str) -> tuple[str, str]:
    """(question, details) for deleting ``record_id``: the records deleted with it and those
    that keep existing but lose their reference to it."""
    cf = session.cf
    plan = records.plan_delete(cf, record_id)
    ids = [record_id, *plan.deleted, *(u.from_id for u in plan.unlinked)]
    found = records.get_many(cf, ids)
    lang = ui_lang()

    def label(rid: str) -> str:
        rec = found.get(rid)
        if rec is None:
            return rid
        return f"{list_name(rec.kind)}: {record_title(rec.kind, rec.data, lang)} ({rid})"

    question = _tr("Delete %1?").replace("%1", label(record_id))
    lines: list[str] = []
    if plan.deleted:
        lines.append(_tr("These records cannot exist without it and will be deleted too:"))
        lines += [f"  • {label(rid)}" for rid in plan.deleted]
    if plan.unlinked:
        if lines:
            lines.append("")
        lines.append(_tr("These records stay but will no longer refer to it:"))
        lines += [f"  • {label(u.from_id)} — {field_name(u.field.split('.')[-1])}" for u in plan.unlinked]
    if not lines:
        lines.append(_tr("No other record refers to it."))
    lines += ["", _tr("You can undo this with Edit › Undo until the file is closed.")]
    return question, "\n".join(lines)


def confirm_and_delete(parent: QWidget | None, session: Session, record_id: str) -> bool:
    """Show what deleting ``record_id`` would do, ask, and delete as one undoable step.
    True if it was deleted."""
    from casefile.desktop.editors.editor import ask

    question, details = describe_plan(session, record_id)
    if not ask(parent, _tr("Delete"), question, informative=details):
        return False
    commands.delete_record(session, record_id)
    return True
