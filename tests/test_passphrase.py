"""Passphrases: the Persian/Arabic keyboard variants open the same file, files made before
normalisation still open, and changing the passphrase (``casefile passphrase``, ``CaseFile.rekey``)
is all or nothing, even for a process killed in the middle."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3

from casefile import exchange, records
from casefile.errors import CasefileError, FileInUse, WrongPassphrase
from casefile.store import CaseFile, normalise_passphrase
from casefile.verify import verify
from tests.support.documents import large_document
from tests.support.helpers import PASSPHRASE, REPO, child_env, file_snapshot, run_cli

PERSIAN = "رمز کوچک یادگاری ۱۳۶۷"  # as typed on a Persian keyboard layout
ARABIC_KEYBOARD = "رمز كوچك يادگاري ١٣٦٧"  # the same keys on an Arabic layout: ك ي and Arabic-Indic digits


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        CaseFile.open(path, passphrase, upgrade=False).close()
    except WrongPassphrase:
        return False
    return True


def test_a_persian_passphrase_typed_on_an_arabic_keyboard_opens_the_file(tmp_path: Path):
    assert ARABIC_KEYBOARD != PERSIAN
    path = tmp_path / "fa.casefile"
    with CaseFile.create(path, PERSIAN) as cf:
        records.save(cf, "persons", {"id": "v-1", "name": {"fa": "کریمی"}})
    with CaseFile.open(path, ARABIC_KEYBOARD) as cf:
        assert records.get(cf, "v-1").data["name"]["fa"] == "کریمی"
    assert run_cli("verify", path, passphrase=ARABIC_KEYBOARD).returncode == 0
    # and the other way round: a file made on an Arabic layout opens from a Persian one
    other = tmp_path / "ar.casefile"
    CaseFile.create(other, ARABIC_KEYBOARD).close()
    assert _opens_with(other, PERSIAN)


def test_normalisation_changes_only_letter_variants_digits_and_composition():
    assert normalise_passphrase("كيى ١٢٣ ۴۵۶") == "کیی 123 456"
    assert normalise_passphrase("e\u0301") == "\u00e9"  # NFC
    # what a passphrase is made of otherwise counts: ZWNJ, case, spaces, teh marbuta, tatweel
    for kept in ("می\u200cخواهم", "Secret", " two  spaces ", "ة", "ـ"):
        assert normalise_passphrase(kept) == kept


def test_zwnj_and_letter_case_still_count(tmp_path: Path):
    path = tmp_path / "zwnj.casefile"
    CaseFile.create(path, "می\u200cخواهم Secret").close()
    assert _opens_with(path, "می\u200cخواهم Secret")
    assert not _opens_with(path, "میخواهم Secret")
    assert not _opens_with(path, "می\u200cخواهم secret")


def _file_keyed_as_typed(path: Path, typed: str) -> None:
    """A case file as Casefile made it before passphrases were normalised: keyed with the
    passphrase exactly as typed (here: Arabic-keyboard letters and Persian digits)."""
    CaseFile.create(path, typed).close()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{normalise_passphrase(typed)}'")
    conn.execute(f"PRAGMA rekey = '{typed}'")
    conn.close()


def test_a_file_keyed_with_an_unnormalised_passphrase_still_opens(tmp_path: Path):
    typed = "كتاب ۱۳۶۷"
    path = tmp_path / "old.casefile"
    _file_keyed_as_typed(path, typed)
    with pytest.raises(sqlcipher3.DatabaseError):  # really keyed as typed, not in the normalised form
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{normalise_passphrase(typed)}'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert _opens_with(path, typed)
    assert run_cli("verify", path, passphrase=typed).returncode == 0
    # such a file needs the passphrase exactly as typed then; changing it (even to the same
    # words) stores the normalised form, after which either keyboard layout opens it
    assert not _opens_with(path, "کتاب ۱۳۶۷")
    done = run_cli("passphrase", path, passphrase=typed, env=child_env(typed, CASEFILE_NEW_PASSPHRASE=typed))
    assert done.returncode == 0, done.stderr
    assert _opens_with(path, "کتاب ۱۳۶۷") and _opens_with(path, typed)


def test_passphrase_command_changes_it_and_the_old_one_no_longer_opens(demo_path: Path, tmp_path: Path):
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        before = exchange.export_document(cf)
    done = run_cli("passphrase", demo_path, env=child_env(PASSPHRASE, CASEFILE_NEW_PASSPHRASE="a new one ۲۰۲۶"))
    assert done.returncode == 0, done.stderr
    assert "backups made before keep the old one" in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2
    with pytest.raises(WrongPassphrase):
        CaseFile.open(demo_path, PASSPHRASE)
    with CaseFile.open(demo_path, "a new one ٢٠٢٦") as cf:
        assert exchange.export_document(cf) == before
        assert verify(cf).ok
    old = run_cli("verify", demo_path, passphrase=PASSPHRASE)
    assert old.returncode == 1 and "wrong passphrase" in old.stderr
    # nothing of the old key is left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.casefile"]


def test_passphrase_command_refuses_what_it_cannot_do_and_changes_nothing(demo_path: Path, plain_path: Path):
    before = file_snapshot(demo_path)
    wrong = run_cli("passphrase", demo_path, env=child_env("wrong", CASEFILE_NEW_PASSPHRASE="new"))
    no_new = run_cli("passphrase", demo_path)  # no terminal, no CASEFILE_NEW_PASSPHRASE
    empty = run_cli("passphrase", demo_path, env=child_env(PASSPHRASE, CASEFILE_NEW_PASSPHRASE=""))
    plain = run_cli("passphrase", plain_path, env=child_env(None, CASEFILE_NEW_PASSPHRASE="new"))
    for done, words in ((wrong, "wrong passphrase"), (no_new, "CASEFILE_NEW_PASSPHRASE"), (empty, "empty"),
                        (plain, "not encrypted")):  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) <= 2
    assert file_snapshot(demo_path)["main"] == before["main"]
    assert _opens_with(demo_path, PASSPHRASE)


HOLD_OPEN = """
import sys, time
from casefile.store import CaseFile
cf = CaseFile.open(sys.argv[1], sys.argv[2])
cf.conn.execute("SELECT count(*) FROM records").fetchone()
print("open", flush=True)
time.sleep(60)
"""


def test_rekey_is_refused_while_another_program_has_the_file_open(demo_path: Path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(demo_path), PASSPHRASE], env=child_env(),
                              cwd=REPO, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        with CaseFile.open(demo_path, PASSPHRASE) as cf, pytest.raises(FileInUse, match="open in another"):
            cf.rekey("new")
        done = run_cli("passphrase", demo_path, env=child_env(PASSPHRASE, CASEFILE_NEW_PASSPHRASE="new"))
        assert done.returncode == 1 and "open in another window or program" in done.stderr
    finally:
        holder.kill()
        holder.wait()
    assert _opens_with(demo_path, PASSPHRASE)
    with CaseFile.open(demo_path, PASSPHRASE) as cf:  # and once it is closed there, it works
        cf.rekey("new")
    assert _opens_with(demo_path, "new")


def test_rekey_of_a_plain_file_is_refused(plain_case: CaseFile):
    with pytest.raises(CasefileError, match="not encrypted"):
        plain_case.rekey("anything")


REKEY_CHILD = """
import sys, time
from casefile.store import CaseFile
cf = CaseFile.open(sys.argv[1], sys.argv[2])
print("ready", flush=True)
start = time.perf_counter()
cf.rekey(sys.argv[3])
print(f"{time.perf_counter() - start:.4f}", flush=True)
cf.close()
"""


def _rekey_killed_after(path: Path, old: str, new: str, delay: float | None) -> str:
    """Run a rekey in a child process and SIGKILL it ``delay`` seconds after it starts (None: let
    it finish and return how long it took)."""
    child = subprocess.Popen([sys.executable, "-c", REKEY_CHILD, str(path), old, new], env=child_env(),
                             cwd=REPO, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout.readline().strip() == "ready"
    if delay is None:
        out = child.stdout.readline().strip()
        assert child.wait(timeout=60) == 0
        return out
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return ""


def _state_after_kill(path: Path, expected: int) -> str:
    """Which passphrase opens the file ("old" or "new"; never both, never neither), after checking
    that it holds every record and passes verify."""
    opened = []
    for phrase in ("old", "new"):
        try:
            cf = CaseFile.open(path, phrase)
        except WrongPassphrase:
            continue
        with cf:
            assert records.count(cf) == expected
            report = verify(cf)
            assert report.ok, report.problems
        opened.append(phrase)
    assert len(opened) == 1, opened
    return opened[0]


def test_a_rekey_killed_at_any_moment_leaves_a_file_that_opens_with_the_old_or_the_new_passphrase(tmp_path: Path):
    master = tmp_path / "master.casefile"
    with CaseFile.create(master, "old") as cf:
        exchange.import_document(cf, large_document(1000, prefix="rk"))  # 2 MB: rekey takes a while
        expected = records.count(cf)
    duration = float(_rekey_killed_after(master, "old", "new", None))
    assert _state_after_kill(master, expected) == "new"
    with CaseFile.open(master, "new") as cf:
        cf.rekey("old")

    path = tmp_path / "killed.casefile"
    outcomes = []
    # A kill at once and one after the rekey's time, then halving the interval between the last
    # kill that left the old passphrase and the first that left the new one: later kills land
    # ever nearer the moment the rekey commits.
    lo, hi = 0.0, duration * 1.5 + 0.1
    for step in range(7):
        delay = (lo, hi)[step] if step < 2 else (lo + hi) / 2
        for leftover in tmp_path.glob("killed.casefile*"):
            leftover.unlink()
        path.write_bytes(master.read_bytes())
        _rekey_killed_after(path, "old", "new", delay)
        state = _state_after_kill(path, expected)
        outcomes.append((round(delay, 3), state))
        if step >= 2:
            lo, hi = (delay, hi) if state == "old" else (lo, delay)
    assert {o for _d, o in outcomes} == {"old", "new"}, outcomes  # the kills did span the rekey


def test_init_says_that_a_lost_passphrase_cannot_be_recovered(tmp_path: Path):
    done = run_cli("init", tmp_path / "new.casefile")
    assert done.returncode == 0, done.stderr
    assert "cannot be recovered" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 2
    plain = run_cli("init", tmp_path / "plain.casefile", "--plain")
    assert "passphrase" not in plain.stderr


def _in_a_terminal(args: list[str], answers: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``casefile ARGS`` with a terminal (a pseudo-terminal), typing ``answers`` at its prompts."""
    import os
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.chdir(REPO)
        os.execve(sys.executable, [sys.executable, "-m", "casefile", *args], env)
    output, pending, answered_at = b"", list(answers), 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _w, _x = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child has exited
            break
        if not chunk:
            break
        output += chunk
        if pending and output[answered_at:].rstrip().endswith((b"passphrase:", b"again:")):  # a new prompt
            os.write(fd, pending.pop(0).encode() + b"\n")
            answered_at = len(output)
    else:
        os.kill(pid, 9)
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_passphrase_command_asks_the_new_passphrase_twice_in_a_terminal(demo_path: Path):
    env = child_env(PASSPHRASE)
    code, out = _in_a_terminal(["passphrase", str(demo_path)], ["one new", "another"], env)
    assert code == 1 and "differ" in out and "Traceback" not in out
    assert out.count("New passphrase") == 2
    assert _opens_with(demo_path, PASSPHRASE)
    code, out = _in_a_terminal(["passphrase", str(demo_path)], ["typed twice", "typed twice"], env)
    assert code == 0, out
    assert _opens_with(demo_path, "typed twice") and not _opens_with(demo_path, PASSPHRASE)
