"""Open, create and unlock a case file; transactions; schema migrations.

A case file is one SQLite database, encrypted with SQLCipher 4 (through ``sqlcipher3``) unless
created plain. The same driver opens both kinds, so there is one code path. sqlite-utils is used
over the same connection (``CaseFile.db``) for the migration runner; it is imported lazily, so
commands such as ``casefile search`` pay for neither sqlite-utils nor schema work.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import unicodedata

import sqlcipher3

from casefile.errors import (
    CasefileError,
    DamagedFile,
    FileBusy,
    FileInUse,
    NewerSchema,
    NotACaseFile,
    WrongPassphrase,
)
from casefile.i18n import _

# typing and pathlib are imported for type checkers only: opening a file for a search needs
# neither (together about a tenth of `casefile search`); ``CaseFile.path`` makes its Path when asked.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    import sqlite_utils

#: Marks a SQLite database as a case file (PRAGMA application_id): 'CASE'.
APPLICATION_ID = 0x43415345
_PLAIN_HEADER = b"SQLite format 3\x00"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def is_plain(path: str | Path) -> bool:
    """True if ``path`` is an unencrypted SQLite file (its header is readable)."""
    with open(path, "rb") as f:
        return f.read(16) == _PLAIN_HEADER


def file_size(path: str | Path) -> int | None:
    """The size of the regular file at ``path``; None when there is none (``Path.is_file``: a
    missing or unreachable path is None, another error such as a denied permission is raised)."""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return None
        raise
    except ValueError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def path_text(path: str | os.PathLike[str]) -> str:
    """``str(Path(path))``, the path as messages show it; without importing pathlib when ``path``
    is a string written that way already (no ``.`` or empty part, no trailing slash)."""
    if isinstance(path, str) and path and os.name == "posix":
        head, *rest = path.split("/")
        if head != "." and "" not in rest and "." not in rest:
            return path
    from pathlib import Path

    return str(Path(path))


# The letters and digits an Arabic keyboard layout types where a Persian one types another code point.
_PASSPHRASE_VARIANTS = str.maketrans(
    {
        "ك": "ک",  # Arabic kaf
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # alef maksura
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)


def normalise_passphrase(passphrase: str) -> str:
    """The form of a passphrase that becomes the key of a new file (and of a rekey).

    Unicode NFC, Arabic kaf and yeh as the Persian letters, Persian and Arabic-Indic digits as
    ASCII: a Persian passphrase typed on an Arabic keyboard layout (ك ي ١٢٣) opens a file made on a
    Persian one (ک ی ۱۲۳). Nothing else changes: zero-width non-joiners, case and spaces count.
    """
    return unicodedata.normalize("NFC", passphrase).translate(_PASSPHRASE_VARIANTS)


def _owner_only(path: str | Path) -> None:
    """Make a case file and its -wal/-shm readable by their owner only (files from before 0600)."""
    if os.name != "posix":
        return
    for p in (path, f"{path}-wal", f"{path}-shm"):
        try:
            if os.stat(p).st_mode & 0o077:
                os.chmod(p, 0o600)
        except OSError:
            pass  # absent, not ours, or read-only media: opening goes on


#: The version of what the write path derives from the records (links, dates, roles, derived
#: columns, search index: ``casefile.derived``). Bump it with any change that alters a derived row
#: (tests/test_derived.py fails until then): files derived by another version are derived again when
#: Casefile opens them, and ``verify`` compares their derived tables only once that is done.
DERIVED_VERSION = 2  # 2: person_names and links.from_kind (schema 5)


def derived_version(conn: sqlcipher3.Connection) -> int | None:
    """The :data:`DERIVED_VERSION` a file's derived tables were made with (None: unknown, or a
    schema older than the one that keeps it)."""
    try:
        row = conn.execute("SELECT value FROM file_meta WHERE key = 'derived_version'").fetchone()
    except DatabaseError:
        return None
    return int(row[0]) if row and str(row[0]).isdigit() else None


def set_derived_version(conn: sqlcipher3.Connection) -> None:
    conn.execute(
        "INSERT INTO file_meta (key, value) VALUES ('derived_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(DERIVED_VERSION),),
    )


#: The page cache of one short read (``casefile search``): its query reads each page about once
#: (a prefix's whole doclist, for ranking), so a larger cache only takes fresh memory for pages never
#: read again, one page fault each: 2-3 ms of a search at 30k victims, more at 100k.
SHORT_READ_CACHE_KIB = 1024

#: How long a write waits for another program's write to end before saying the file is busy.
BUSY_TIMEOUT_MS = 5000


def _is_busy(error: Exception) -> bool:
    text = str(error)
    return "database is locked" in text or "database table is locked" in text or "database is busy" in text


def _busy_message(path: str | Path) -> str:
    return _("{path}: the file is busy (another program is writing it); try again").format(path=path)


def database_error(error: Exception, path: str | Path, details: list[str] | None = None) -> CasefileError:
    """The message a user can act on for an SQLite error met while using an open case file.

    A lock held past :data:`BUSY_TIMEOUT_MS` is :class:`FileBusy`; a unique key taken meanwhile
    means another program wrote the same thing at the same moment; anything else that SQLite says
    of the file itself (an unreadable page, a failed page check, a malformed structure) is
    :class:`DamagedFile`. In each case the transaction was rolled back: nothing was changed.
    """
    path = path_text(path)
    if _is_busy(error):
        return FileBusy(_busy_message(path))
    if isinstance(error, IntegrityError):
        return FileBusy(
            _(
                "{path}: another program changed the same records at the same moment; nothing was changed; try again"
            ).format(path=path)
        )
    reason = "; ".join([str(error), *(details or [])])
    return DamagedFile(
        _("{path} is damaged: parts of it cannot be read ({reason}); restore it from a backup").format(
            path=path, reason=reason
        )
    )


def page_problems(cf: CaseFile) -> list[str]:
    """What is wrong with the file's pages, for ``verify`` when SQLite cannot read the file whole:
    pages failing their check (encrypted files: SQLCipher's HMAC per page), else SQLite's own
    integrity report. Reads only."""
    return _page_problems(cf.conn, cf.encrypted)


def _page_problems(conn: sqlcipher3.Connection, encrypted: bool) -> list[str]:
    sql = "PRAGMA cipher_integrity_check" if encrypted else "PRAGMA integrity_check"
    try:
        rows = [str(r[0]) for r in conn.execute(sql)]
    except DatabaseError as e:
        return [str(e)]
    return [r for r in rows if r != "ok"]


class RawKey:
    """A case file's key as SQLCipher derives it from the passphrase (PBKDF2-HMAC-SHA512, 256,000
    rounds, the file's salt), kept as bytes that :meth:`wipe` overwrites. The desktop keeps this,
    not the passphrase, while a file is open, so its worker connections skip the key derivation
    and nothing the user typed stays in memory; locking wipes it."""

    def __init__(self, key: bytes) -> None:
        self._key = bytearray(key)

    @classmethod
    def derive(cls, path: str | Path, passphrase: str) -> RawKey:
        """The key of the file at ``path`` for ``passphrase`` (as typed or normalised, whichever
        opens it); :class:`WrongPassphrase` when neither does."""
        import hashlib

        with open(path, "rb") as f:
            salt = f.read(16)
        for form in dict.fromkeys((normalise_passphrase(passphrase), passphrase)):
            key = cls(hashlib.pbkdf2_hmac("sha512", form.encode("utf-8"), salt, 256_000, 32))
            try:
                CaseFile._connect(path_text(path), key).close()
            except DatabaseError:
                key.wipe()
                continue
            return key
        raise WrongPassphrase(_("{path}: wrong passphrase (or the file is not a case file)").format(path=path))

    def pragma_value(self) -> str:
        if not any(self._key):
            raise RuntimeError("the key was wiped")
        return "\"x'" + self._key.hex() + "'\""

    def wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0


def _quote_passphrase(passphrase: str) -> str:
    if "\x00" in passphrase:
        raise CasefileError(_("a passphrase cannot contain a NUL character"))
    return "'" + passphrase.replace("'", "''") + "'"


def migrations() -> list[tuple[int, str, Path]]:
    """The numbered SQL migrations in ``db/``, in order: (version, name, path)."""
    from pathlib import Path

    from casefile.resources import folder

    return [(version, name[: -len(".sql")], Path(folder("db"), name)) for version, name in _migration_files()]


def _migration_files() -> list[tuple[int, str]]:
    """(version, file name) of each migration in ``db/``, in order (a listing: no pathlib, no glob)."""
    from casefile.resources import folder

    found = []
    for name in sorted(os.listdir(folder("db"))):
        m = _MIGRATION_NAME.match(name)
        if m:
            found.append((int(m[1]), name))
    versions = [v for v, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"db/ migrations are not numbered 1..n without gaps: {versions}")
    return found


def latest_schema_version() -> int:
    """The schema version this version of Casefile writes and can read."""
    return len(_migration_files())


def _split_sql(script: str) -> list[str]:
    """Statements of a script, so each runs inside the migration's transaction.

    (``executescript`` would commit first and break the all-or-nothing promise.)
    """
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlcipher3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements


def _rechain(conn: sqlcipher3.Connection) -> None:
    from casefile.versions import rechain_after_schema3

    rechain_after_schema3(conn)


#: Python steps of a migration, run after its SQL file in the same transaction.
_AFTER_SQL: dict[int, Any] = {3: _rechain}


class CaseFile:
    """An open case file: one connection, its transactions and its schema.

    Not thread-safe: each thread (e.g. each desktop worker) opens its own ``CaseFile``.
    """

    def __init__(self, path: str | Path, conn: sqlcipher3.Connection, encrypted: bool):
        self._path = path  # a Path, or a string as pathlib would write it (see ``path``)
        self.conn = conn
        self.encrypted = encrypted
        self._db: sqlite_utils.Database | None = None
        self._head_at_open: int | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, passphrase: str | None) -> CaseFile:
        """Create a new case file at ``path``; encrypted unless ``passphrase`` is None.

        Refuses to overwrite an existing file. The file (and its -wal, -shm) is readable by its
        owner only; the key is made from :func:`normalise_passphrase` of ``passphrase``.
        """
        from pathlib import Path

        path = Path(path)
        if path.exists():
            raise CasefileError(_("{path}: a file of that name exists already; choose another name").format(path=path))
        if passphrase is not None and not passphrase:
            raise CasefileError(_("the passphrase is empty; give one, or create a plain file"))
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Made empty and 0600 first: SQLite then uses it, and gives its -wal and -shm the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise CasefileError(
                _("{path}: a file of that name exists already; choose another name").format(path=path)
            ) from None
        try:
            conn = cls._connect(path, None if passphrase is None else normalise_passphrase(passphrase))
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        cf = cls(path, conn, encrypted=passphrase is not None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            cf.migrate()
            set_derived_version(conn)  # nothing to derive yet: the tables are as this version makes them
            cf._head_at_open = 0
        except BaseException:
            conn.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return cf

    @classmethod
    def open(
        cls,
        path: str | Path,
        passphrase: str | RawKey | None = None,
        *,
        upgrade: bool = True,
        cache_kib: int | None = None,
    ) -> CaseFile:
        """Open an existing case file.

        A wrong passphrase raises :class:`WrongPassphrase`, a file that is not a case file
        :class:`NotACaseFile`, one from a newer Casefile :class:`NewerSchema`; in each case the
        file is left untouched (not even its timestamp). An older schema is upgraded (after a
        copy of the file is kept beside it) unless ``upgrade`` is False.

        ``cache_kib`` sets the page cache once the file is open and upgraded (otherwise 32 MiB):
        :data:`SHORT_READ_CACHE_KIB` for one short read such as ``casefile search``.

        The passphrase is tried in its normalised form first (as files are made now), then exactly
        as typed (files made before passphrases were normalised). Once open, a file that others
        could read is made readable by its owner only.
        """
        path = path_text(path)
        size = file_size(path)
        if size is None:
            raise CasefileError(_("{path}: no such case file").format(path=path))
        plain = is_plain(path)
        if not plain and (size < 1024 or size % 1024):
            # SQLCipher writes whole pages; anything else is no encrypted database at all.
            raise NotACaseFile(_("{path} is not a case file").format(path=path))
        if not plain and passphrase is None:
            raise WrongPassphrase(_("{path} is encrypted: a passphrase is needed to open it").format(path=path))
        try:
            conn = cls._unlock(path, None if plain else passphrase)
            version, app_id = conn.execute(
                "SELECT user_version, application_id FROM pragma_user_version, pragma_application_id"
            ).fetchone()
        except DatabaseError:
            if plain:
                raise NotACaseFile(_("{path} is damaged or not a case file").format(path=path)) from None
            raise WrongPassphrase(
                _("{path}: wrong passphrase (or the file is not a case file)").format(path=path)
            ) from None
        if app_id != APPLICATION_ID:
            conn.close()
            raise NotACaseFile(_("{path} is an SQLite database, but not a Casefile case file").format(path=path))
        latest = latest_schema_version()
        if version > latest:
            conn.close()
            message = _(
                "{path} was written by a newer version of Casefile (schema {version}; this "
                "version knows up to {latest}). Update Casefile to open it."
            )
            raise NewerSchema(message.format(path=path, version=version, latest=latest))
        _owner_only(path)
        cf = cls(path, conn, encrypted=not plain)
        try:
            if version < latest and upgrade:
                cf._backup_before_upgrade(version)
                cf.migrate()
            if upgrade and derived_version(conn) != DERIVED_VERSION:
                from casefile.derived import rebuild

                rebuild(cf, stale_only=True)  # derived by another version of Casefile: derive them again
            cf._head_at_open = cf._head_seq()
            if cache_kib is not None:
                conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        except BaseException:
            conn.close()  # a busy or failed upgrade leaves no open connection behind
            raise
        return cf

    @property
    def path(self) -> Path:
        """Where the file is (made a Path when first asked: a search never asks)."""
        if isinstance(self._path, str):
            from pathlib import Path

            self._path = Path(self._path)
        return self._path

    @classmethod
    def _unlock(cls, path: str | Path, passphrase: str | RawKey | None) -> sqlcipher3.Connection:
        """A connection keyed with the normalised passphrase, else with it as typed."""
        if passphrase is None or isinstance(passphrase, RawKey):
            return cls._connect(path, passphrase)
        *first, last = dict.fromkeys((normalise_passphrase(passphrase), passphrase))
        for form in first:
            try:
                return cls._connect(path, form)
            except DatabaseError:
                pass
        return cls._connect(path, last)

    @staticmethod
    def _connect(path: str | Path, passphrase: str | RawKey | None) -> sqlcipher3.Connection:
        # isolation_level=None: transactions are explicit (CaseFile.transaction), never implicit.
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        # SQLCipher would print its own decryption errors on stderr; the caller reports them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if isinstance(passphrase, RawKey):
            conn.execute(f"PRAGMA key = {passphrase.pragma_value()}")
        elif passphrase is not None:
            conn.execute(f"PRAGMA key = {_quote_passphrase(passphrase)}")
        # Wait for another program's write to end (before the first read: it may need a lock too).
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            # The header alone (page 1): with SQLCipher it decrypts only with the right key.
            conn.execute("PRAGMA user_version").fetchone()
        except DatabaseError as e:
            conn.close()
            if _is_busy(e):
                raise FileBusy(_busy_message(path)) from None
            raise
        try:
            # The schema (more pages): the key was right, so a failure here is damage.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as e:
            if _is_busy(e):
                conn.close()
                raise FileBusy(_busy_message(path)) from None
            pages = _page_problems(conn, passphrase is not None)[:3]  # which pages, to say so
            conn.close()
            raise database_error(e, path, pages) from None
        # 32 MiB of page cache (SQLCipher's default is 2 MiB): a bulk import spills and re-reads
        # far fewer pages; memory is taken only as pages are used.
        conn.execute("PRAGMA cache_size = -32768")
        # FULL: an edit that has returned survives a crash or power loss, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    def _backup_before_upgrade(self, version: int) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        import shutil  # here only: its import (with zlib, bz2, lzma) would slow every command

        shutil.copy2(self.path, backup)
        if os.name == "posix":
            os.chmod(backup, 0o600)

    # -- passphrase ------------------------------------------------------------------------

    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase of this encrypted file, all or nothing.

        SQLCipher's ``PRAGMA rekey`` rewrites every page in one write transaction; in WAL mode a
        process killed at any moment leaves a file that opens with the old passphrase or with
        the new one, never neither (tests/test_backup.py kills it to check). The file must be
        open nowhere else (another window, a worker's connection, another program): their keys
        would go stale, so :class:`FileInUse` is raised and nothing changes. Copies and backups
        made before keep the old passphrase. The new key is made from
        :func:`normalise_passphrase`.
        """
        if not self.encrypted:
            raise CasefileError(_("{path} is not encrypted: it has no passphrase to change").format(path=self.path))
        new = normalise_passphrase(new_passphrase)
        if not new:
            raise CasefileError(_("the new passphrase is empty; the passphrase was not changed"))
        quoted = _quote_passphrase(new)
        if self.conn.in_transaction:
            raise RuntimeError("rekey() inside a transaction")
        conn = self.conn
        # Exclusive locking mode in WAL: the lock is refused while any other connection has the
        # file open, even an idle one, and kept until we go back to NORMAL.
        conn.execute("PRAGMA busy_timeout = 500")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            try:
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("COMMIT")
            except sqlcipher3.OperationalError:
                message = _(
                    "{path} is open in another window or program; close it there and try again "
                    "(the passphrase was not changed)"
                )
                raise FileInUse(message.format(path=self.path)) from None
            # Old-key frames folded into the file first, new-key pages folded in after: the WAL
            # never mixes the two keys.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = {quoted}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # releases the exclusive lock
            conn.execute("PRAGMA busy_timeout = 5000")

    # -- schema ----------------------------------------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection (imported on first use)."""
        if self._db is None:
            # sqlite-utils catches sqlite3's exception classes; make it use sqlcipher3's instead.
            sys.modules.setdefault("pysqlite3", sqlcipher3)
            sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the pending ``db/`` migrations in order, each with its record in one transaction."""
        from sqlite_utils.migrations import Migrations

        from casefile.text import normalise, persian_sort_key
        from casefile.versions import sqlite_sha256

        self.db  # noqa: B018 - registers sqlcipher3 for sqlite-utils before it is imported
        # Migrations that fill derived columns use the same normalisation as the code that writes them.
        self.conn.create_function("casefile_normalise", 1, normalise, deterministic=True)
        self.conn.create_function("casefile_persian_sort_key", 1, persian_sort_key, deterministic=True)
        self.conn.create_function("casefile_sha256", 1, sqlite_sha256, deterministic=True)
        runner = Migrations("casefile")
        for version, name, path in migrations():

            def apply(db: Any, version: int = version, path: Path = path) -> None:
                for statement in _split_sql(path.read_text(encoding="utf-8")):
                    db.conn.execute(statement)
                # What SQL cannot do (hashing a chain in order) runs in the same transaction.
                if version in _AFTER_SQL:
                    _AFTER_SQL[version](db.conn)
                db.conn.execute(f"PRAGMA user_version = {version}")

            runner(name=name)(apply)
        runner.apply(self.db)

    # -- transactions ----------------------------------------------------------------------

    def transaction(self) -> _Transaction:
        """All or nothing: commit when the block ends, roll back if it raises.

        Nested blocks are savepoints, so an inner failure undoes only the inner block.
        """
        return _Transaction(self)

    def snapshot(self) -> _Snapshot:
        """One read of the whole file: every read in the block sees the file as it was at the
        block's first read, whatever other programs (or the desktop's saves) commit meanwhile."""
        return _Snapshot(self.conn)

    def _head_seq(self) -> int | None:
        try:
            row = self.conn.execute("SELECT max(seq) FROM audit").fetchone()
        except DatabaseError:
            return None
        return int(row[0] or 0)

    def close(self) -> None:
        """Close the connection (the key leaves memory with it). If this session changed the file,
        its chain head is kept in the user's data folder first (an anchor ``verify`` checks)."""
        if self.conn is not None:
            if self._head_at_open is not None and self.schema_version >= 3 and self._head_seq() != self._head_at_open:
                from casefile import anchors

                anchors.remember(self)
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Snapshot:
    """The block of :meth:`CaseFile.snapshot`: a read transaction (in WAL mode readers see one
    state of the file and never hold up a writer). Inside a transaction already, that one serves.
    For reads only: a write on the same connection inside it would be undone when it ends."""

    __slots__ = ("conn", "own")

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlcipher3.Connection:
        self.own = not self.conn.in_transaction
        if self.own:
            self.conn.execute("BEGIN")
        return self.conn

    def __exit__(self, *exc: object) -> bool:
        if self.own and self.conn.in_transaction:
            self.conn.execute("ROLLBACK")  # nothing was written: only reads
        return False


class _Transaction:
    """The block of :meth:`CaseFile.transaction` (a class rather than ``contextlib.contextmanager``,
    whose import every command would pay, a search too, which never writes)."""

    __slots__ = ("cf", "conn", "nested")

    def __init__(self, cf: CaseFile) -> None:
        self.cf = cf

    def __enter__(self) -> sqlcipher3.Connection:
        conn = self.conn = self.cf.conn
        self.nested = conn.in_transaction
        if self.nested:
            conn.execute("SAVEPOINT nested")
            return conn
        try:
            # takes the write lock, waiting up to BUSY_TIMEOUT_MS for another program's write to end
            conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as e:
            if _is_busy(e):
                raise FileBusy(_busy_message(self.cf.path)) from None
            raise
        return conn

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> bool:
        conn = self.conn
        if self.nested:
            if exc_type is not None:
                conn.execute("ROLLBACK TO SAVEPOINT nested")
            conn.execute("RELEASE SAVEPOINT nested")
            return False  # an exception goes on
        if exc_type is not None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return False
        try:
            conn.execute("COMMIT")
        except DatabaseError as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if _is_busy(e):
                raise FileBusy(_busy_message(self.cf.path)) from None
            raise
        return False
