"""The errors a user can cause. Each message says what is wrong and where, in words a user can act on.

The CLI and the desktop show ``str(error)``, never a traceback.
"""

from __future__ import annotations

from casefile.i18n import _, ngettext


class CasefileError(Exception):
    """Base of every error a user can cause; the message is meant to be shown as is."""


class NotACaseFile(CasefileError):
    """The file is not a Casefile case file (or not a database at all)."""


class WrongPassphrase(CasefileError):
    """The passphrase does not open this encrypted case file."""


class FileInUse(CasefileError):
    """The case file is open in another window or program, and the action needs it alone."""


class FileBusy(CasefileError):
    """Another program kept the case file locked for writing longer than Casefile waits."""


class DamagedFile(CasefileError):
    """The case file opens (its passphrase is right) but parts of it cannot be read."""


class BackupDamaged(CasefileError):
    """A backup that does not pass ``verify``; ``problems`` lists what verify found."""

    def __init__(self, message: str, problems: list[str]):
        self.problems = problems
        super().__init__(message)


class NewerSchema(CasefileError):
    """The case file was written by a newer version of Casefile."""


class RecordNotFound(CasefileError):
    """No record with that id in the case file."""


class DateError(ValueError):
    """A date value that cannot be read; the caller adds where it was."""


class InvalidRecord(CasefileError):
    """A record or document that breaks the exchange format.

    ``problems`` holds one ``Problem`` per fault found (import reports all of them, not only the
    first); the message is the first few of them, one a line.
    """

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:5])
        more = len(problems) - 5
        if more > 0:
            shown += "\n" + ngettext("... and {n} more problem", "... and {n} more problems", more).format(n=more)
        super().__init__(shown)


class Problem:
    """One fault in a document: the list, the record id and the field it concerns."""

    __slots__ = ("list", "record_id", "field", "message")

    def __init__(self, list_name: str | None, record_id: str | None, field: str | None, message: str):
        self.list = list_name
        self.record_id = record_id
        self.field = field
        self.message = message

    def __str__(self) -> str:
        where = []
        if self.list:
            where.append(self.list)
        if self.record_id:
            # TRANSLATORS: the list name, the id and the field name are the exchange format's identifiers
            where.append(_("id {id!r}").format(id=self.record_id))
        if self.field:
            where.append(_("field {field!r}").format(field=self.field))
        if not where:
            return self.message
        # TRANSLATORS: {where} is e.g. "persons, id 'v-1', field 'name'" (parts joined by ", ")
        return _("{where}: {message}").format(where=_(", ").join(where), message=self.message)

    def __repr__(self) -> str:
        return f"Problem({self})"


class Cancelled(CasefileError):
    """A long operation was cancelled by the user; nothing was changed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message if message is not None else _("cancelled; nothing was changed"))
