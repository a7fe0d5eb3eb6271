"""The ``casefile`` command line (``shared/spec/cli.md``): a thin layer over the core.

Only ``casefile`` / ``casefile open`` start Qt; every other command imports just what it needs
(no Qt; reportlab only for ``dossier``), so scripts stay fast and work with no display.
Errors users can cause print one or two lines on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import errno
import os
import sys

from casefile import __version__
from casefile.errors import CasefileError, InvalidRecord

# typing and pathlib only for type checkers: a search needs neither (they are a tenth of its
# start-up); the parser reads paths as Path, a plain search passes the path on as a string.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path
    from typing import IO, Any, NoReturn

    from casefile.store import CaseFile

PASSPHRASE_ENV = "CASEFILE_PASSPHRASE"
MAX_QUERY_LENGTH = 1000
NEW_PASSPHRASE_ENV = "CASEFILE_NEW_PASSPHRASE"
COMMANDS = (
    "open",
    "init",
    "demo",
    "import",
    "export",
    "search",
    "dossier",
    "verify",
    "backup",
    "restore",
    "passphrase",
    "share",
    "merge",
    "conflicts",
    "resolve",
    "duplicates",
    "same",
    "not-same",
    "erase",
)


class UsageError(Exception):
    pass


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    return _Parser


class _Unused:
    """Stands in for the parser of a command this run does not use: building argparse's parsers of
    every command cost a short command such as ``casefile search`` a tenth of its time."""

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: self


class _OnlyOne:
    def __init__(self, sub: argparse._SubParsersAction, command: str) -> None:
        self._sub, self._command = sub, command

    def add_parser(self, name: str, **kwargs: object) -> object:
        return self._sub.add_parser(name, **kwargs) if name == self._command else _Unused()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, the parser of that one command and no other."""
    from pathlib import Path

    parser_class = _parser_class()
    parser = parser_class(prog="casefile", description="Casefile: an offline, encrypted case file.")
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    if only is not None:
        sub = _OnlyOne(sub, only)

    p = sub.add_parser("open", help="start the desktop app")
    p.add_argument("path", nargs="?", type=Path)

    p = sub.add_parser("init", help="create a new case file, encrypted unless --plain")
    p.add_argument("path", type=Path)
    p.add_argument("--plain", action="store_true", help="do not encrypt (not for real cases)")

    p = sub.add_parser("demo", help="create a case file filled with the bundled sample data")
    p.add_argument("path", type=Path)
    p.add_argument("--plain", action="store_true")

    p = sub.add_parser("import", help="import an exchange document, all or nothing")
    p.add_argument("path", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--all-errors", action="store_true", help="list every problem, not only the first")

    p = sub.add_parser(
        "export", help="write the whole case file, or what one audience may see, as an exchange document"
    )
    p.add_argument("path", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p.add_argument("--no-attachments", action="store_true")
    p.add_argument(
        "--audience",
        choices=("un", "amnesty", "lawyers", "public"),
        help="only what this audience may see, under stable references instead of record ids",
    )

    p = sub.add_parser("search", help="full-text search over every record")
    p.add_argument("path", type=Path)
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("dossier", help="write a PDF dossier for one audience")
    p.add_argument("path", type=Path)
    subject = p.add_mutually_exclusive_group(required=True)
    subject.add_argument("--person", metavar="ID")
    subject.add_argument("--event", metavar="ID")
    p.add_argument("--audience", required=True, choices=("un", "amnesty", "lawyers", "public"))
    p.add_argument("--lang", default="en", choices=("en", "fa"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the cover (for byte-identical output)")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("verify", help="check integrity, the audit trail and attachments")
    p.add_argument("path", type=Path)
    p.add_argument(
        "--anchor", metavar="SEQ:HASH", action="append", default=[], help="a chain head from a dossier cover to check"
    )

    p = sub.add_parser("backup", help="a consistent copy, safe while the file is in use; same passphrase")
    p.add_argument("path", type=Path)
    p.add_argument("dest", type=Path, help="the backup file, or a folder to put a dated backup in")

    p = sub.add_parser("restore", help="check a backup and make it the case file PATH (never overwrites)")
    p.add_argument("backup", type=Path)
    p.add_argument("path", type=Path)

    p = sub.add_parser("passphrase", help="change the passphrase, all or nothing")
    p.add_argument("path", type=Path)

    p = sub.add_parser("share", help="a new case file holding chosen records, for another laptop or a recipient")
    p.add_argument("path", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--audience", choices=("un", "amnesty", "lawyers", "public"))
    p.add_argument("--person", metavar="ID", action="append", default=[])
    p.add_argument("--event", metavar="ID", action="append", default=[])
    p.add_argument("--plain", action="store_true", help="do not encrypt the share (not for real cases)")

    p = sub.add_parser("merge", help="bring in what another copy of the case (or a share) recorded")
    p.add_argument("path", type=Path)
    p.add_argument("other", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--unrelated", action="store_true", help="merge a file that shares no history (every same id is a conflict)"
    )
    p.add_argument("--dry-run", action="store_true", help="say what the merge would do; change nothing")

    p = sub.add_parser("erase", help="remove a record's words for good, from the records and the audit trail")
    p.add_argument("path", type=Path)
    p.add_argument("id")
    p.add_argument("--reason", default="", help="why (kept in the audit trail; do not name the person)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("conflicts", help="the merge conflicts waiting to be settled")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("resolve", help="settle one merge conflict")
    p.add_argument("path", type=Path)
    p.add_argument("conflict", type=int)
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument("--mine", action="store_true")
    side.add_argument("--theirs", action="store_true")

    p = sub.add_parser("duplicates", help="persons that may be one person entered twice, best first")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--threshold", type=float, default=None, help="lowest score shown, 0..1 (default 0.8)")

    p = sub.add_parser("same", help="merge two person records of one person (OTHER into KEEP), audited")
    p.add_argument("path", type=Path)
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")

    p = sub.add_parser("not-same", help="remember that two persons are not one person (never offered again)")
    p.add_argument("path", type=Path)
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    return parser


def ask_passphrase(confirm: bool = False) -> str:
    """The passphrase from CASEFILE_PASSPHRASE, else from the terminal without echo."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    import getpass

    if not sys.stdin.isatty():
        raise CasefileError(f"a passphrase is needed: set {PASSPHRASE_ENV} or run in a terminal")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise CasefileError("the two passphrases differ; nothing was created")
    return first


def ask_new_passphrase() -> str:
    """The new passphrase from CASEFILE_NEW_PASSPHRASE, else asked twice on the terminal."""
    from_env = os.environ.get(NEW_PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    import getpass

    if not sys.stdin.isatty():
        raise CasefileError(f"a new passphrase is needed: set {NEW_PASSPHRASE_ENV} or run in a terminal")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("New passphrase again: ") != first:
        raise CasefileError("the two new passphrases differ; the passphrase was not changed")
    return first


def open_case_file(path: str | Path, upgrade: bool = True, cache_kib: int | None = None) -> CaseFile:
    from casefile.store import CaseFile, file_size, is_plain

    if file_size(path) and not is_plain(path):
        return CaseFile.open(path, ask_passphrase(), upgrade=upgrade, cache_kib=cache_kib)
    return CaseFile.open(path, upgrade=upgrade, cache_kib=cache_kib)


def _create(path: Path, plain: bool) -> CaseFile:
    from casefile.store import CaseFile

    if path.exists():
        raise CasefileError(f"{path}: a file of that name exists already; choose another name")
    if plain:
        return CaseFile.create(path, None)
    print(LOST_PASSPHRASE, file=sys.stderr)
    return CaseFile.create(path, ask_passphrase(confirm=True))


LOST_PASSPHRASE = (
    "Keep the passphrase safe: if it is lost, nobody can open this case file again (it cannot be recovered or reset)."
)


def cmd_init(args: argparse.Namespace) -> int:
    _create(args.path, args.plain).close()
    print(f"created {'plain' if args.plain else 'encrypted'} case file {args.path}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from casefile.sample import fill_with_sample

    cf = _create(args.path, args.plain)
    try:
        summary = fill_with_sample(cf)
    except BaseException:
        cf.close()
        for leftover in (args.path, Path(f"{args.path}-wal"), Path(f"{args.path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    cf.close()
    print(f"created demo case file {args.path}: {summary}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from casefile.exchange import import_staged, stage_file

    try:
        # read and checked record by record before the case file is opened; its size and every
        # parse bounded, memory bounded by the largest record
        staged = stage_file(args.file)
    except InvalidRecord as e:
        _print_problems(args.file, e, args.all_errors)
        return 1
    with staged, open_case_file(args.path) as cf:
        try:
            summary = import_staged(cf, staged)
        except InvalidRecord as e:
            _print_problems(args.file, e, args.all_errors)
            return 1
    print(f"imported {args.file}: {summary}", file=sys.stderr)
    return 0


def _print_problems(file: Path, error: InvalidRecord, all_errors: bool) -> None:
    problems = error.problems
    if all_errors:
        for p in problems:
            print(f"casefile: {file}: {p}", file=sys.stderr)
        print(f"casefile: import refused ({len(problems)} problems); nothing was changed", file=sys.stderr)
        return
    print(f"casefile: {file}: {problems[0]}", file=sys.stderr)
    more = len(problems) - 1
    tail = f"{more} more problem{'s' if more != 1 else ''} (--all-errors lists them); " if more else ""
    print(f"casefile: import refused: {tail}nothing was changed", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    if args.audience:
        return _export_for_audience(args)
    from casefile.exchange import export_file, write_export

    # record by record as they are read: memory does not grow with the case file
    with open_case_file(args.path) as cf:
        if args.output:
            if not args.output.parent.is_dir():
                raise CasefileError(f"{args.output.parent}: no such folder; nothing was written")
            export_file(cf, args.output, attachments=not args.no_attachments)
        else:
            write_export(cf, sys.stdout, attachments=not args.no_attachments)
        _say_anchor(cf, "export")
    return 0


def _say_anchor(cf: CaseFile, where: str) -> None:
    """The chain head the output was made from: kept as an anchor of the file, and said to the user
    (``casefile verify PATH --anchor`` checks it later)."""
    from casefile import anchors

    anchors.remember(cf, where)
    print(f"chain head at {where}: {anchors.head(cf)}", file=sys.stderr)


def _export_for_audience(args: argparse.Namespace) -> int:
    """``export --audience``: the document through the audience view; what was withheld to stderr."""
    from casefile.audience import AudienceView, withheld_summary, write_audience_document
    from casefile.exchange import write_atomically

    if args.output and not args.output.parent.is_dir():
        raise CasefileError(f"{args.output.parent}: no such folder; nothing was written")
    with open_case_file(args.path) as cf:
        view = AudienceView(cf, args.audience)

        def write(out: IO[str]) -> None:
            # spooled beside the output (not in a /tmp that may be memory), streamed record by record
            folder = args.output.parent if args.output else None
            write_audience_document(
                cf, args.audience, out, view=view, attachments=not args.no_attachments, spool_dir=folder
            )

        if args.output:
            write_atomically(args.output, write)  # readable by its owner only, whole or not at all
        else:
            write(sys.stdout)
        _say_anchor(cf, "export")
    for line in withheld_summary(view.withheld):
        print(line, file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from casefile.search import search
    from casefile.store import SHORT_READ_CACHE_KIB

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if len(args.query) > MAX_QUERY_LENGTH:
        # every word is a term of the full-text query: 20,000 of them took a minute
        raise UsageError(f"the query is too long ({len(args.query)} characters; at most {MAX_QUERY_LENGTH})")
    with open_case_file(args.path, cache_kib=SHORT_READ_CACHE_KIB) as cf:
        # SQLite's LIMIT is a 64-bit integer: beyond any file's size, a larger limit means the same
        hits = search(cf, args.query, limit=min(args.limit, 1 << 31))
    if args.json:
        import json

        json.dump([h.as_dict() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for h in hits:
            print(f"{h.kind}\t{h.id}\t{h.title}\t{h.snippet}")
        if not hits:
            print("no matches", file=sys.stderr)
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    from datetime import date

    from casefile.dossier import make_dossier

    made_on = None
    if args.date:
        try:
            made_on = date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(f"--date {args.date!r}: give the date as YYYY-MM-DD") from None
    if not args.output.parent.is_dir():
        raise CasefileError(f"{args.output.parent}: no such folder; nothing was written")
    with open_case_file(args.path) as cf:
        result = make_dossier(
            cf,
            person=_current_person(cf, args.person),
            event=args.event,
            audience=args.audience,
            lang=args.lang,
            made_on=made_on,
            output=args.output,
        )
    for line in result.withheld_summary():
        print(line, file=sys.stderr)
    print(f"wrote {args.output} ({result.pages} pages)", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from casefile.store import DatabaseError, latest_schema_version, page_problems
    from casefile.verify import Report, verify

    # Never upgrade here: verify reads the file and changes nothing.
    with open_case_file(args.path, upgrade=False) as cf:
        if cf.schema_version < latest_schema_version():
            problems = page_problems(cf)
            for problem in problems:
                print(f"problem: SQLite integrity: {problem}")
            print(
                f"note: {args.path} has an older schema ({cf.schema_version}); only SQLite's integrity was "
                "checked. Open it with Casefile (which upgrades it, keeping a copy), then verify it again."
            )
            return 1 if problems else 0
        from casefile.anchors import parse

        try:
            report = verify(cf, [parse(a) for a in args.anchor])
        except DatabaseError as e:
            # SQLite could not read the file whole: say which pages fail, not a traceback
            found = page_problems(cf) or [str(e)]
            report = Report([f"the file is damaged: {line}" for line in found[:20]], [])
    for note in report.notes:
        print(f"note: {note}")
    for problem in report.problems:
        print(f"problem: {problem}")
    if report.ok:
        print(f"{args.path}: no problems found")
        return 0
    print(f"{args.path}: {len(report.problems)} problem(s) found", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from casefile.backup import backup_name, make_backup

    with open_case_file(args.path, upgrade=False) as cf:  # a copy of the file as it is
        dest = args.dest / backup_name(cf.path, datetime.now(UTC)) if args.dest.is_dir() else args.dest
        made = make_backup(cf, dest)
        kind = "encrypted: it opens with the case file's passphrase" if cf.encrypted else "plain: not encrypted"
    print(f"wrote backup {made} ({_size(made.stat().st_size)}, {kind})", file=sys.stderr)
    return 0


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


def cmd_restore(args: argparse.Namespace) -> int:
    from casefile.backup import restore
    from casefile.store import is_plain

    if not args.backup.is_file():
        raise CasefileError(f"{args.backup}: no such backup")
    if args.path.exists():  # before asking for a passphrase
        raise CasefileError(f"{args.path}: a file of that name exists already; restore never replaces a case file")
    plain = not args.backup.stat().st_size or is_plain(args.backup)
    report = restore(args.backup, args.path, None if plain else ask_passphrase())
    for note in report.notes:
        print(f"note: {note}")
    print(f"restored {args.backup} as {args.path}; verify found no problems", file=sys.stderr)
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    with open_case_file(args.path) as cf:
        if not cf.encrypted:
            raise CasefileError(f"{args.path} is not encrypted: it has no passphrase to change")
        cf.rekey(ask_new_passphrase())
    print(f"changed the passphrase of {args.path}; backups made before keep the old one", file=sys.stderr)
    return 0


OTHER_PASSPHRASE_ENV = "CASEFILE_OTHER_PASSPHRASE"


def _open_other(path: Path) -> CaseFile:
    """The other copy of a merge, opened without changing it (no schema upgrade)."""
    from casefile.store import CaseFile, is_plain

    if not path.is_file():
        raise CasefileError(f"{path}: no such case file")
    if path.stat().st_size and not is_plain(path):
        from_env = os.environ.get(OTHER_PASSPHRASE_ENV)
        if from_env is None:
            import getpass

            if not sys.stdin.isatty():
                raise CasefileError(f"{path} is encrypted: set {OTHER_PASSPHRASE_ENV} or run in a terminal")
            from_env = getpass.getpass(f"Passphrase of {path.name}: ")
        other = CaseFile.open(path, from_env, upgrade=False)
    else:
        other = CaseFile.open(path, upgrade=False)
    from casefile.store import latest_schema_version

    if other.schema_version < latest_schema_version():
        other.close()
        raise CasefileError(f"{path} has an older schema: open it once with this Casefile (it upgrades it), then merge")
    return other


def cmd_share(args: argparse.Namespace) -> int:
    from casefile.share import make_share

    with open_case_file(args.path) as cf:
        if args.output.exists():
            raise CasefileError(f"{args.output}: a file of that name exists already; choose another name")
        new_passphrase = None if args.plain else ask_new_passphrase()
        counts = make_share(
            cf, args.output, new_passphrase, audience=args.audience, persons=args.person, events=args.event
        )
    total = sum(counts.values())
    what = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"wrote share {args.output}: {total} records ({what})", file=sys.stderr)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from casefile import merge

    with open_case_file(args.path) as cf, _open_other(args.other) as other:
        try:
            if args.dry_run:
                done = merge.plan(cf, other, allow_unrelated=args.unrelated)
            else:
                done = merge.merge(cf, other, allow_unrelated=args.unrelated)
        except merge.UnrelatedCopy as e:
            raise CasefileError(f"{e} (--unrelated)") from None
        waiting = merge.count_conflicts(cf)
    summary = done.summary()
    if args.json:
        import json

        json.dump(summary, sys.stdout)
        sys.stdout.write("\n")
    else:
        verb = "would bring" if args.dry_run else "merged"
        print(
            f"{verb} {args.other}: {summary['added']} added, {summary['updated']} updated, {summary['merged']} merged "
            f"field by field, {summary['unchanged']} unchanged, {summary['conflicts']} new conflicts",
            file=sys.stderr,
        )
    if waiting and not args.dry_run:
        print(f"{waiting} conflict(s) wait: casefile conflicts {args.path}", file=sys.stderr)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from casefile import merge

    with open_case_file(args.path) as cf:
        found = merge.conflicts(cf)
    if args.json:
        import json

        json.dump([c.as_dict() for c in found], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    import json

    for c in found:
        field = c.field or "(whole record)"
        print(f"{c.id}\t{c.record_id}\t{field}")
        for label, value in (("base", c.base), ("mine", c.mine), ("theirs", c.theirs)):
            shown = "(absent)" if value is None else json.dumps(value, ensure_ascii=False)
            print(f"\t{label}: {shown}")
    if not found:
        print("no conflicts", file=sys.stderr)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from casefile.erase import erase, plan_erase

    with open_case_file(args.path) as cf:
        plan = plan_erase(cf, args.id)
        print(
            f"Erasing removes {len(plan.erased)} record(s) ({', '.join(plan.erased)}) and every earlier version of "
            "them from this case file for good; it cannot be undone. Copies made before (backups, shares, exports, "
            "other laptops) still hold them.",
            file=sys.stderr,
        )
        if plan.unlinked:
            print(f"These records only lose their reference: {', '.join(plan.unlinked)}", file=sys.stderr)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CasefileError("erasing needs confirmation: run in a terminal, or add --yes")
            if input("Type ERASE to confirm: ").strip() != "ERASE":
                print("nothing was erased", file=sys.stderr)
                return 1
        erase(cf, args.id, args.reason)
    print(f"erased {len(plan.erased)} record(s) and their history", file=sys.stderr)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from casefile import merge

    with open_case_file(args.path) as cf:
        merge.resolve(cf, args.conflict, "mine" if args.mine else "theirs")
        left = merge.count_conflicts(cf)
    print(f"conflict {args.conflict} settled ({'mine' if args.mine else 'theirs'} kept); {left} left", file=sys.stderr)
    return 0


def _current_person(cf: CaseFile, person_id: str | None) -> str | None:
    """A person's id as it is now: an id merged into another person finds that person."""
    from casefile.records import resolve_id

    if person_id is None:
        return None
    current = resolve_id(cf, person_id)
    if current and current != person_id:
        print(f"{person_id} was merged into {current}; using {current}", file=sys.stderr)
    return current or person_id


def cmd_duplicates(args: argparse.Namespace) -> int:
    from casefile import linkage
    from casefile.model import name_text

    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    threshold = linkage.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    if not 0.0 <= threshold <= 1.0:
        raise UsageError("--threshold must be between 0 and 1")
    with open_case_file(args.path) as cf:
        found = linkage.find_duplicates(cf, threshold=threshold, limit=args.limit)
        if args.json:
            import json

            json.dump([c.as_dict() for c in found], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        from casefile.records import get_many

        people = get_many(cf, [i for c in found for i in (c.a, c.b)])
    for c in found:
        names = " / ".join(name_text(people[i].data.get("name")) for i in (c.a, c.b))
        print(f"{c.score:.2f}\t{c.a}\t{c.b}\t{names}\t{'; '.join(c.reasons)}")
    if not found:
        print("no likely duplicates", file=sys.stderr)
    return 0


def cmd_same(args: argparse.Namespace) -> int:
    from casefile.person_merge import merge_persons

    with open_case_file(args.path) as cf:
        result = merge_persons(cf, args.keep, args.other)
    plan = result.plan
    print(
        f"merged {plan.other} into {plan.kept}: "
        f"{len(plan.repointed)} record(s) now refer to {plan.kept}"
        + (f", {len(plan.deleted)} relation(s) between the two removed" if plan.deleted else "")
        + f"; {plan.other} still finds {plan.kept}",
        file=sys.stderr,
    )
    return 0


def cmd_not_same(args: argparse.Namespace) -> int:
    from casefile import decisions
    from casefile.records import require

    with open_case_file(args.path) as cf:
        for pid in (args.a, args.b):
            require(cf, pid, "persons")
        decisions.record_decision(cf, args.a, args.b, decisions.NOT_SAME)
    print(f"{args.a} and {args.b} marked as not the same person", file=sys.stderr)
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from casefile.desktop.app import run

    return run(args.path)


def _plain_search_args(argv: list[str]) -> Any:
    """``search PATH QUERY [--json] [--limit N]`` read without argparse, whose import (with gettext
    and shutil) is a fifth of a search's start-up; None for anything else (help, abbreviations, an
    argument that starts with a dash, a mistake), which argparse reads and answers as always."""
    if argv[:1] != ["search"]:
        return None
    positional: list[str] = []
    as_json, limit = False, 20
    rest = iter(argv[1:])
    for arg in rest:
        if arg == "--json":
            as_json = True
        elif arg == "--limit":
            value = next(rest, "")
            if not (value.isascii() and value.isdigit()):
                return None
            limit = int(value)
        elif arg.startswith("-"):
            return None
        else:
            positional.append(arg)
    if len(positional) != 2:
        return None
    from types import SimpleNamespace

    from casefile.store import path_text  # the path as argparse's Path would write it, without pathlib

    return SimpleNamespace(
        command="search", path=path_text(positional[0]), query=positional[1], json=as_json, limit=limit
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `casefile` and `casefile PATH` mean `casefile open [PATH]`.
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["open", *argv]
    parser = None
    args = _plain_search_args(argv)
    if args is None:
        parser = build_parser(only=argv[0] if argv[0] in COMMANDS else None)
        args = parser.parse_args(argv)
    handler = globals()[f"cmd_{args.command.replace('-', '_')}"]
    try:
        try:
            return int(handler(args))
        except _database_errors() as e:
            from casefile.store import database_error

            raise database_error(e, getattr(args, "path", None) or "the case file") from None
        except (RecursionError, MemoryError) as e:
            what = "too deeply nested" if isinstance(e, RecursionError) else "too large for the memory available"
            raise CasefileError(f"the input is {what}; nothing was changed") from None
    except UsageError as e:
        (parser or build_parser(only=args.command)).print_usage(sys.stderr)
        print(f"casefile: error: {e}", file=sys.stderr)
        return 2
    except InvalidRecord as e:
        print(f"casefile: {e}", file=sys.stderr)
        return 1
    except CasefileError as e:
        print(f"casefile: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casefile: interrupted; nothing was changed", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as e:
        if e.errno not in _DISK_ERRORS:
            return _fault(e)
        # a full disk, a folder not writable: the machine's state, not a fault (a large export or
        # import needs gigabytes), said plainly; what was half written is gone with the error
        where = f" ({e.filename})" if e.filename else ""
        print(f"casefile: {e.strerror}{where}; nothing was changed", file=sys.stderr)
        return 1
    except Exception as e:
        return _fault(e)


def _fault(e: Exception) -> int:
    # A fault of Casefile itself: the contract is still one or two lines, not a traceback.
    if os.environ.get("CASEFILE_DEBUG"):
        raise e
    print(f"casefile: unexpected error ({type(e).__name__}: {e}); nothing was changed", file=sys.stderr)
    print("casefile: this is a fault in Casefile: please report it (CASEFILE_DEBUG=1 shows details)", file=sys.stderr)
    return 1


#: errno values that say the disk or the folder, not Casefile, stopped a write: no space, over quota,
#: not allowed, a read-only file system.
_DISK_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS") if hasattr(errno, name)
)


def _database_errors() -> tuple[type[Exception], ...]:
    """SQLite's errors, without importing the driver for commands that never open a file."""
    driver = sys.modules.get("sqlcipher3")
    return (driver.Error,) if driver is not None else ()


if __name__ == "__main__":
    raise SystemExit(main())
