"""Backups of a case file: a consistent copy made while the file may be in use, rotation in a
folder, and restore through ``verify``.

A backup is itself a case file, readable by its owner only: encrypted with the same key as the
file it copies (a plain file gives a plain backup), so it opens with the same passphrase. It is
made with SQLite's ``VACUUM INTO`` on the open connection: one read transaction, so a copy taken
while the desktop app or another process writes holds every edit committed before it began and
none after (a copy of the file's bytes would miss what still sits in the -wal, or be torn by a
checkpoint). SQLCipher gives the new file the connection's own key, so no passphrase is needed
to make one, and pages freed by deletions are not carried over.

A backup is written to ``DEST.part``, flushed to disk, then given its name; it never replaces an
existing file. A process killed midway leaves at most the ``.part`` (encrypted like the backup),
which the next backup to the same place removes.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.errors import BackupDamaged, CasefileError
from casefile.i18n import _, ngettext
from casefile.store import CaseFile, DatabaseError

if TYPE_CHECKING:
    from casefile.verify import Report

#: A rotated backup: ``<case file stem>-backup-<UTC time>[-n].casefile``.
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-backup-(?P<at>\d{8}-\d{6})(?:-(?P<n>\d+))?\.casefile$")
_TIME_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    """One rotated backup in a folder: when it was made (UTC) and where it is."""

    made_at: datetime
    path: Path
    case_name: str  # the stem of the case file it copies
    number: int = 1  # 2, 3, ... for further backups made within the same second


def backup_name(case_path: Path, made_at: datetime) -> str:
    """The file name of a rotated backup of ``case_path`` made at ``made_at``."""
    return f"{Path(case_path).stem}-backup-{made_at.astimezone(UTC).strftime(_TIME_FORMAT)}.casefile"


def make_backup(cf: CaseFile, dest: str | Path) -> Path:
    """Write a consistent copy of the open case file ``cf`` to ``dest`` and return its path.

    Safe while other connections (the desktop app, another process) read and write the file.
    Encrypted with the same key (plain if ``cf`` is plain); readable by its owner only. Refuses
    to overwrite an existing file and to write into a missing folder; on failure nothing is left
    at ``dest``.
    """
    dest = Path(dest)
    if dest.exists():
        message = _("{path}: a file of that name exists already; a backup never replaces a file")
        raise CasefileError(message.format(path=dest))
    if not dest.parent.is_dir():
        raise CasefileError(_("{folder}: no such folder; nothing was written").format(folder=dest.parent))
    if cf.conn.in_transaction:
        raise RuntimeError("make_backup() inside a transaction: the copy would not hold it")
    from casefile import anchors

    # Taken before the copy: the backup holds this head or a newer one, so it is in its history.
    anchor = anchors.head(cf)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)  # left by a backup that was killed
    try:
        _create_owner_only(part)
        cf.conn.execute("VACUUM INTO ?", (str(part),))
        _flush(part)
        _place(part, dest)
    except FileExistsError:
        message = _("{path}: a file of that name exists already; a backup never replaces a file")
        raise CasefileError(message.format(path=dest)) from None
    except DatabaseError as e:
        message = _("{path}: the backup could not be written ({error}); nothing was written")
        raise CasefileError(message.format(path=dest, error=e)) from None
    except OSError as e:
        message = _("{path}: the backup could not be written ({error}); nothing was written")
        raise CasefileError(message.format(path=dest, error=e.strerror or e)) from None
    finally:
        part.unlink(missing_ok=True)
    anchors.remember(cf, "backup", anchor)  # kept as an anchor of the file
    return dest


def rotate(cf: CaseFile, folder: str | Path, keep: int) -> Path:
    """Make a new timestamped backup of ``cf`` in ``folder`` and remove this case file's oldest
    backups there beyond the newest ``keep``; return the new backup's path.

    The folder is created if needed. Only backups of this case file (same file name stem) are
    counted and removed; other files in the folder are left alone, and so is the new backup even
    if the clock went back.
    """
    if keep < 1:
        raise CasefileError(_("keep at least one backup"))
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise CasefileError(
            _("{folder}: cannot make this folder ({error})").format(folder=folder, error=e.strerror)
        ) from None
    stem = cf.path.stem
    for stale in folder.glob(f"{glob.escape(stem)}-backup-*.casefile.part"):
        stale.unlink(missing_ok=True)  # left by a rotation that was killed
    now = datetime.now(UTC).replace(microsecond=0)
    dest = folder / backup_name(cf.path, now)
    same_second = [b.number for b in list_backups(folder, of=cf.path) if b.made_at == now]
    if same_second:  # numbered after every other backup of that second, so it sorts as the newest
        dest = dest.with_name(dest.name.replace(".casefile", f"-{max(same_second) + 1}.casefile"))
    make_backup(cf, dest)
    older = [b for b in list_backups(folder, of=cf.path) if b.path != dest]
    for old in older[keep - 1 :]:
        old.path.unlink(missing_ok=True)
    return dest


def list_backups(folder: str | Path, of: str | Path | None = None) -> list[Backup]:
    """The rotated backups in ``folder`` (of the case file ``of`` only, when given), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        m = _BACKUP_NAME.match(path.name)
        if not m or (of is not None and m["stem"] != Path(of).stem) or not path.is_file():
            continue
        try:
            made_at = datetime.strptime(m["at"], _TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue  # not a time: not one of ours
        found.append(Backup(made_at, path, m["stem"], int(m["n"] or 1)))
    return sorted(found, key=lambda b: (b.made_at, b.number), reverse=True)


def last_backup(folder: str | Path, of: str | Path | None = None) -> datetime | None:
    """When the newest rotated backup in ``folder`` (of the case file ``of``, when given) was made
    (UTC, timezone-aware), or None if there is none."""
    backups = list_backups(folder, of)
    return backups[0].made_at if backups else None


def restore(backup: str | Path, target: str | Path, passphrase: str | None) -> Report:
    """Make the backup ``backup`` the case file ``target``, and return what ``verify`` found.

    The backup is opened with ``passphrase`` (None for a plain one) and never modified. It is
    copied to ``target.part``, upgraded if it comes from an older Casefile, and checked with
    ``verify`` there; only a copy that passes becomes ``target`` (a damaged one raises
    :class:`BackupDamaged` and nothing is left). Refuses to overwrite an existing ``target``.
    """
    from casefile.verify import verify

    backup, target = Path(backup), Path(target)
    if target.exists() or Path(f"{target}-wal").exists():
        message = _("{path}: a file of that name exists already; restore never replaces a case file")
        raise CasefileError(message.format(path=target))
    if not target.parent.is_dir():
        raise CasefileError(_("{folder}: no such folder; nothing was written").format(folder=target.parent))
    part = target.with_name(target.name + ".part")
    leftovers = [part, Path(f"{part}-wal"), Path(f"{part}-shm"), Path(f"{part}-journal")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        with CaseFile.open(backup, passphrase, upgrade=False) as source:
            _create_owner_only(part)
            try:
                source.conn.execute("VACUUM INTO ?", (str(part),))
            except DatabaseError as e:
                message = _("{path} is damaged ({error}); it was not restored")
                raise BackupDamaged(message.format(path=backup, error=e), [str(e)]) from None
        with CaseFile.open(part, passphrase) as copy:
            leftovers += list(part.parent.glob(f"{glob.escape(part.name)}.schema*.bak"))  # the backup is that copy
            report = verify(copy)
            if not report.ok:
                message = ngettext(
                    "{path} does not pass verify ({n} problem, the first: {first}); it was not restored",
                    "{path} does not pass verify ({n} problems, the first: {first}); it was not restored",
                    len(report.problems),
                )
                first = report.problems[0]
                raise BackupDamaged(message.format(path=backup, n=len(report.problems), first=first), report.problems)
            copy.conn.execute("PRAGMA journal_mode = WAL")  # as a case file made by Casefile
        _flush(part)
        _place(part, target)
    except FileExistsError:
        message = _("{path}: a file of that name exists already; restore never replaces a case file")
        raise CasefileError(message.format(path=target)) from None
    except OSError as e:
        message = _("{path}: could not write the restored case file ({error}); nothing was written")
        raise CasefileError(message.format(path=target, error=e.strerror or e)) from None
    finally:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
    return report


def _create_owner_only(path: Path) -> None:
    """An empty file readable by its owner only (``VACUUM INTO`` accepts an empty file)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _flush(path: Path) -> None:
    """Force the file's content to disk (``VACUUM INTO`` does not)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(part: Path, dest: Path) -> None:
    """Give ``part`` the name ``dest`` without ever replacing a file there (FileExistsError), and
    make it durable."""
    try:
        os.link(part, dest)  # fails if dest exists, even if it appeared a moment ago
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if dest.exists():
            raise FileExistsError(dest) from None
        os.replace(part, dest)
    else:
        part.unlink()
    if os.name == "posix":
        fd = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
