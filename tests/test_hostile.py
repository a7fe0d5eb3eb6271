"""Faults give messages, not tracebacks: hostile documents (lone surrogates, deep nesting, huge numbers
and strings, wrong types, control and direction characters in ids), absurd arguments, damaged files,
a file another program is writing, and two imports racing each end in one or two lines and exit 1,
with the case file unchanged. Then a fuzz test throws generated hostile documents at the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefile import exchange, records, store
from casefile.cli import MAX_QUERY_LENGTH, main
from casefile.store import CaseFile
from tests.support.documents import minimal_document
from tests.support.helpers import REPO, child_env, file_snapshot

PERSON = '{"id": "p-1", "name": {"en": "Person One"}}'


def _doc(persons: str = PERSON, **top: str) -> str:
    extra = "".join(f', "{k}": {v}' for k, v in top.items())
    return '{"format": "casefile-exchange", "version": 1' + extra + ', "persons": [' + persons + "]}"


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _import_refused(path: Path, tmp_path: Path, capsys, text: str | bytes) -> str:
    """Import ``text``; assert a one- or two-line refusal, exit 1, and the file unchanged. The message."""
    doc = tmp_path / "doc.json"
    doc.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    before = file_snapshot(path)
    code, _out, err = _cli(capsys, "import", path, doc)
    assert code == 1, err
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert 1 <= len(err.strip().splitlines()) <= 2, err
    assert file_snapshot(path) == before
    return err


@pytest.fixture(autouse=True)
def _debug(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fault of Casefile raises here instead of being turned into "unexpected error": tests see it.
    monkeypatch.setenv("CASEFILE_DEBUG", "1")


# --- documents --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (_doc('{"id": "p-1", "name": {"en": "\\ud800"}}'), "field 'name': holds a lone surrogate (U+D800"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "notes": "a\\udfffb"}'), "field 'notes': holds a lone surrogate"),
        (_doc('{"id": "p-\\udc00", "name": {"en": "x"}}'), "an id cannot hold control or text-direction"),
        (_doc('{"id": "p-\\u202e1", "name": {"en": "x"}}'), "(U+202E in"),
        (_doc('{"id": "p-\\u20661", "name": {"en": "x"}}'), "(U+2066 in"),
        (_doc('{"id": "p-\\u00071", "name": {"en": "x"}}'), "(U+0007 in"),
        (_doc('{"id": "p-\\n1", "name": {"en": "x"}}'), "(U+000A in"),
        (_doc('{"id": "' + "p" * 201 + '", "name": {"en": "x"}}'), "an id is at most 200 characters long"),
        (_doc(version="true").replace('"version": 1, ', ""), "field 'version': must be 1"),
        (_doc().replace('"version": 1', '"version": 1.0'), "field 'version': must be 1"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "notes": ' + "[" * 100_000 + "]" * 100_000 + "}"), "nested too deeply"),
        ("[" * 5_000 + "]" * 5_000, "nested too deeply"),
        (_doc(case='{"title": ' + "9" * 5_000 + "}"), "a number of 5000 characters (at most 40)"),
        (_doc('{"id": "pl", "name": {"en": "x"}, "birth": "1988", "notes": 1e999}'), "field 'notes': must be a string"),
        (_doc().replace('"version": 1', '"version": NaN'), "NaN is not a JSON number"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "birth": "' + "1988-" * 200_000 + '"}'), "at most 64 characters"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "birth": {"calendar": "jalali", "value": "' + "1" * 70 + '"}}'),
         "at most 64 characters"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "birth": "Y' + "1" * 40 + '"}'), "field 'birth':"),
        (_doc('{"id": "p-1", "name": {"en": "' + "x" * 10_001 + '"}}'), "is too long (10001 characters; at most 10000)"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "notes": "' + "x" * 1_000_001 + '"}'), "at most 1000000"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "sex": ' + "[" * 400 + "]" * 400 + "}"), "unknown value [[[...]]]"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "roles": [[1], {"a": 2}]}'), "unknown value [1]"),
        (_doc('{"id": "p-1", "name": {"en": "x"}, "' + "k" * 5000 + '": 1}'), "kkk…': unknown field"),
        (b'{"format": "casefile-exchange", "version": 1, "persons": [{"id": "\xff"}]}', "not UTF-8"),
    ],
)  # fmt: skip
def test_hostile_document_is_refused_with_a_message(plain_path: Path, tmp_path: Path, capsys, text, says):
    start = time.perf_counter()
    err = _import_refused(plain_path, tmp_path, capsys, text)
    assert says in err
    assert len(err) < 600  # the message never echoes a huge or deep value
    assert time.perf_counter() - start < 10


def test_a_huge_number_in_a_number_field_is_refused(plain_path: Path, tmp_path: Path, capsys):
    text = '{"format": "casefile-exchange", "version": 1, "places": [{"id": "pl", "name": {"en": "x"}, "lat": %s}]}'
    assert "field 'lat': is too large a number" in _import_refused(plain_path, tmp_path, capsys, text % ("9" * 39))
    assert "field 'lat': must be a number" in _import_refused(plain_path, tmp_path, capsys, text % "-1e400")


def test_a_long_date_is_refused_fast_where_it_once_took_hours(plain_path: Path):
    # ~8 ms per character in the EDTF parser: a 1 MB date was hours of an import
    doc = json.loads(_doc())
    doc["persons"][0]["birth"] = "1988-01-01/" * 100_000
    with CaseFile.open(plain_path) as cf:
        start = time.perf_counter()
        problems = exchange.check_document(cf, doc)
    assert time.perf_counter() - start < 1
    assert [str(p) for p in problems] == ["persons, id 'p-1', field 'birth': a date is at most 64 characters long"]


def test_nul_and_persian_text_are_still_accepted(plain_path: Path, tmp_path: Path, capsys):
    # the bounds refuse only what cannot be text; ordinary hard text goes in and verifies
    doc = tmp_path / "doc.json"
    doc.write_text(
        _doc('{"id": "پ-۱\u200c", "name": {"fa": "کریمی\u200cها", "en": "a\\u0000b"}, "notes": "\\ud83d\\ude00"}')
    )
    code, _out, err = _cli(capsys, "import", plain_path, doc)
    assert code == 0, err
    assert _cli(capsys, "verify", plain_path)[0] == 0


# --- arguments ----------------------------------------------------------------------------------------


def test_search_with_an_absurd_limit_answers(plain_path: Path, capsys):
    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, json.loads(_doc()))
    code, out, err = _cli(capsys, "search", plain_path, "person", "--limit", "99999999999999999999", "--json")
    assert code == 0, err
    assert [h["id"] for h in json.loads(out)] == ["p-1"]


@pytest.mark.parametrize("query", ["ab\udcffc", "\ud800", '"*^(NEAR', "x" * 1000, "\x00", "\u202e", "a " * 500])
def test_search_with_hostile_queries_answers(plain_path: Path, capsys, query: str):
    code, _out, err = _cli(capsys, "search", plain_path, query)
    assert code == 0, err


def test_search_with_a_huge_query_is_a_usage_error_not_a_minute_of_work(plain_path: Path, capsys):
    start = time.perf_counter()
    code, _out, err = _cli(capsys, "search", plain_path, "1988-01-01/" * 10_000)
    assert code == 2 and "the query is too long (110000 characters; at most 1000)" in err
    assert time.perf_counter() - start < 2


# --- damaged files ------------------------------------------------------------------------------------


def _flip(path: Path, page: int, offset: int = 100, page_size: int = 4096) -> None:
    with open(path, "r+b") as f:
        f.seek((page - 1) * page_size + offset)
        raw = f.read(16)
        f.seek((page - 1) * page_size + offset)
        f.write(bytes(b ^ 0xFF for b in raw))


def test_damaged_encrypted_file_is_told_apart_from_a_wrong_passphrase(demo_path: Path, capsys, passphrase_env: str):
    # flipped bytes in page 5: the first page decrypts with the key, page 5 fails its check
    damaged = demo_path.with_name("damaged.casefile")
    shutil.copy2(demo_path, damaged)
    _flip(damaged, 5)
    code, out, err = _cli(capsys, "verify", damaged)
    assert code == 1, out + err
    assert "wrong passphrase" not in out + err
    assert "damaged" in out + err and "page 5" in out + err
    # the first page is what the key is checked against: damage there reads as a wrong passphrase
    _flip(demo_path, 1)
    code, out, err = _cli(capsys, "verify", demo_path)
    assert code == 1 and "wrong passphrase" in err


@pytest.mark.parametrize("page", [2, 3, 8, 13, 21, 30, 60])
def test_damage_on_any_later_page_never_reads_as_a_wrong_passphrase(demo_path: Path, capsys, passphrase_env, page):
    _flip(demo_path, page)
    code, out, err = _cli(capsys, "verify", demo_path)
    assert code == 1, out + err
    assert "wrong passphrase" not in err
    assert f"page {page}" in out + err


def test_damaged_plain_file_in_verify_gives_problems_not_a_traceback(plain_demo_path: Path, capsys):
    size = plain_demo_path.stat().st_size
    for page in range(2, size // 4096 + 1, 7):
        trial = plain_demo_path.with_name(f"trial{page}.casefile")
        shutil.copy2(plain_demo_path, trial)
        _flip(trial, page, offset=0, page_size=4096)
        code, out, err = _cli(capsys, "verify", trial)
        assert code in (0, 1), (page, out, err)  # a flipped free page or unused bytes can be harmless
        assert "unexpected error" not in err
        trial.unlink()


def test_verify_does_not_upgrade_an_older_schema(tmp_path: Path, capsys):
    old = REPO / "tests" / "support" / "schema1"
    source = next(p for p in old.iterdir() if p.suffix == ".casefile" and store.is_plain(p))
    path = tmp_path / source.name
    shutil.copy2(source, path)
    before = file_snapshot(path)
    code, out, err = _cli(capsys, "verify", path)
    assert code == 0, out + err
    assert "older schema (1)" in out and "Open it with Casefile" in out
    assert file_snapshot(path) == before
    assert not list(tmp_path.glob("*.bak"))


# --- two writers ----------------------------------------------------------------------------------------

_HOLD_LOCK = """
import sys, time, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO case_settings (key, value) VALUES ('lock-holder', 'x')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_import_while_another_process_writes_says_the_file_is_busy(
    plain_path: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 300)
    doc = tmp_path / "doc.json"
    doc.write_text(_doc())
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(plain_path), "20"], stdout=subprocess.PIPE, text=True, env=child_env()
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        start = time.perf_counter()
        code, _out, err = _cli(capsys, "import", plain_path, doc)
        assert code == 1, err
        assert err.strip() == f"casefile: {plain_path}: the file is busy (another program is writing it); try again"
        assert time.perf_counter() - start < 10
    finally:
        holder.kill()
        holder.wait()
    with CaseFile.open(plain_path) as cf:
        assert records.get(cf, "p-1") is None  # nothing half-written
    assert _cli(capsys, "import", plain_path, doc)[0] == 0  # and it works once the other is done


def test_import_waits_for_a_short_write_of_another_process(plain_path: Path, tmp_path: Path, capsys):
    doc = tmp_path / "doc.json"
    doc.write_text(_doc())
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(plain_path), "1"], stdout=subprocess.PIPE, text=True, env=child_env()
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code, _out, err = _cli(capsys, "import", plain_path, doc)
    finally:
        holder.wait()
    assert code == 0, err


def test_record_added_by_another_import_meanwhile_is_updated_not_a_unique_error(plain_path: Path):
    doc = minimal_document(persons=[{"id": "p-race", "name": {"en": "From the first import"}}])
    other = CaseFile.open(plain_path)
    raced = []

    def meanwhile() -> bool:
        # the first import has checked its document; the second one writes the same id now
        if not raced:
            raced.append(True)
            records.save(other, "persons", {"id": "p-race", "name": {"en": "From the second import"}})
        return False

    with CaseFile.open(plain_path) as cf:
        summary = exchange.import_document(cf, doc, cancelled=meanwhile)
        assert raced and summary.counts == {"insert": 0, "update": 1, "unchanged": 0}
        assert records.get(cf, "p-race").data["name"] == {"en": "From the first import"}
    other.close()
    with CaseFile.open(plain_path) as cf:
        from casefile.verify import verify

        assert verify(cf).ok


def test_unexpected_fault_is_two_lines_without_debug(monkeypatch: pytest.MonkeyPatch, plain_path: Path, capsys):
    monkeypatch.delenv("CASEFILE_DEBUG")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a fault")

    monkeypatch.setattr("casefile.search.search", broken)
    code, _out, err = _cli(capsys, "search", plain_path, "x")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "unexpected error (ZeroDivisionError: a fault)" in lines[0]


# --- the fuzz test ------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.support.documents import full_document  # noqa: E402


class Raw:
    """JSON text put into a generated document as it is (what ``json.dumps`` will not write)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Raw({self.text[:40]!r}{'…' if len(self.text) > 40 else ''} len={len(self.text)})"


def dump(value: object) -> str:
    """JSON text of a generated value: strings through ``json.dumps`` (a lone surrogate becomes the
    escape ``\\ud800``), :class:`Raw` pieces verbatim."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k)) + ":" + dump(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    return json.dumps(value)


_SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"])
_CONTROLS = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200e", "\u200f",
     "\u061c", "\u2028", "\ufeff", "\u200c", "\n", "\t"]
)  # fmt: skip
_REPEATED = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["x", "۱", "ک", "1988-", "/", "\u200c", "~", " ", "(", "1988-01-01/"]),
    st.sampled_from([1, 63, 64, 65, 199, 200, 201, 9_999, 10_001, 70_000, 1_000_001]),
)
_DATEISH = st.sampled_from(
    ["Y" + "9" * 30, "Y-99999999999", "1988-13", "1988-02-30", "../..", "1988/1987", "0000", "-1988", "1988-21",
     "1988-99", "2e3", "1988-08-01T10:00", "1988?~%", "[1988,1989]", "{1988..1990}", "1988-XX-XX", "198X",
     "19XX-XX-XX", "1988-08-01/..", "../1988-08", "1367-12-30", "۱۳۶۷-۰۵-۱۰", "1988-08-01T00:00:00Z", "2020-10-05T10:00:00+99:99"]
)  # fmt: skip
_SURROGATE_TEXT = st.builds(lambda a, s, b: a + s + b, st.text(max_size=6), _SURROGATES, st.text(max_size=6))
_CONTROL_TEXT = st.builds(lambda a, s, b: a + s + b, st.text(max_size=6), _CONTROLS, st.text(max_size=6))
TEXTS = st.one_of(
    st.text(max_size=20),
    _SURROGATE_TEXT,
    _CONTROL_TEXT,
    _REPEATED,
    _DATEISH,
    st.sampled_from(["un", "public", "persons", "victim", "full", "initials", "jalali", "p-other", "v-karimi"]),
)
BIG_NUMBERS = st.sampled_from(
    [Raw("9" * n) for n in (16, 20, 40, 41, 400, 4_301, 20_000)]
    + [Raw(t) for t in ("1e999", "-1e999", "1e-999", "NaN", "Infinity", "-Infinity", "-0", "1" + "0" * 38 + ".5")]
    + [10**17, -(2**63), 2**64, 1.7976931348623157e308, 5e-324]
)
NUMBERS = st.one_of(st.integers(), st.floats(), BIG_NUMBERS)
DEEP = st.builds(
    lambda n, brace: Raw('{"a":' * n + "1" + "}" * n if brace else "[" * n + "]" * n),
    st.sampled_from([5, 50, 400, 990, 2_000, 100_000]),
    st.booleans(),
)
VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXTS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXTS, inner, max_size=4),
    max_leaves=8,
)
#: One hostile value: each kind of trouble about equally often.
HOSTILE = st.one_of(
    _SURROGATE_TEXT,
    _CONTROL_TEXT,
    _REPEATED,
    _DATEISH,
    BIG_NUMBERS,
    DEEP,
    VALUES,
    st.sampled_from([True, False, None, 1, 0, -1, 1.5, "", " ", [], {}, [None], {"": None}]),
    st.sampled_from([{"calendar": "jalali", "value": "1367-13-40"}, {"calendar": "jalali", "value": 1367},
                     {"calendar": "gregorian", "value": "1988"}, {"fa": "", "en": " "}, {"fa": 1}, {"en": ["x"]}]),
)  # fmt: skip
#: Keys whose values get dates, ids and references more often: the deeper checks.
_AIMED = {"birth", "date", "start", "end", "recorded", "withdrawn", "family_informed", "acquired", "at", "id",
          "victim", "witness", "about", "person", "source", "supports", "share_with", "name", "lat", "version"}  # fmt: skip


def _slots(doc: object, found: list) -> list:
    """Every (container, key) of a document: each place a hostile value can go."""
    stack = [doc]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            found.append((node, key))
            stack.append(value)
    return found


@st.composite
def hostile_documents(draw) -> bytes:
    """The full document with one to four of its values, keys or lists replaced by hostile ones;
    now and then damaged as text (cut short, bytes that are not UTF-8, another encoding)."""
    doc: dict = full_document()
    if draw(st.booleans()):  # a small document too, so more of them get past the first fault
        doc = {"format": "casefile-exchange", "version": 1, "persons": doc["persons"][:2], "places": doc["places"]}
    slots = _slots(doc, [])
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3, 4]))):
        node, key = slots[draw(st.integers(0, len(slots) - 1))]
        if key not in node if isinstance(node, dict) else key >= len(node):
            continue  # gone with an earlier change
        action = draw(st.sampled_from(["value", "value", "aimed", "aimed", "text", "text", "key", "drop", "duplicate"]))
        if action == "text":  # a string in place of a string: past the type checks, into the text checks
            texts = [
                (n, k) for n, k in slots if (k in n if isinstance(n, dict) else k < len(n)) and isinstance(n[k], str)
            ]
            node, key = texts[draw(st.integers(0, len(texts) - 1))]
            node[key] = draw(st.one_of(_SURROGATE_TEXT, _CONTROL_TEXT, _REPEATED, _DATEISH))
        elif action == "aimed":
            aimed = [(n, k) for n, k in slots if isinstance(n, dict) and k in _AIMED and k in n]
            node, key = aimed[draw(st.integers(0, len(aimed) - 1))]
            node[key] = draw(st.one_of(HOSTILE, TEXTS))
        elif action == "value" or (isinstance(node, list) and action == "key"):
            node[key] = draw(HOSTILE)
        elif action == "key":
            node[draw(TEXTS)] = node.pop(key)
        elif action == "drop":
            del node[key]
        elif action == "duplicate" and isinstance(node, list):
            node.append(node[key])
    text = dump(doc).encode("utf-8")
    damage = draw(st.sampled_from(["none"] * 8 + ["cut", "bytes", "utf16", "bom"]))
    if damage == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "bytes":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.binary(min_size=1, max_size=4)) + text[at:]
    elif damage == "utf16":
        text = text.decode("utf-8").encode("utf-16")
    elif damage == "bom":
        text = b"\xef\xbb\xbf" + text
    return text


_FUZZ_SETTINGS = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
FUZZ_FIGURES: dict[str, int] = {}


def _state(path: Path) -> tuple:
    with CaseFile.open(path) as cf:
        return (records.count(cf), records.state_fingerprint(cf))


def _one_command(capsys, *args: object) -> int:
    try:
        code = main([str(a) for a in args])
    except SystemExit as e:  # argparse: usage errors
        code = int(e.code or 0)
    out = capsys.readouterr()
    lines = out.err.strip().splitlines()
    assert "unexpected error" not in out.err and "Traceback" not in out.err, out.err
    if args[0] != "verify":
        assert len(lines) <= 2 or args[0] == "search", out.err  # the contract: one or two lines
    return code


def test_fuzz_hostile_documents_through_import_search_and_verify(tmp_path_factory, capsys):
    """Generated hostile documents go through ``casefile import``, then ``search`` with hostile
    queries and limits, then ``verify``: never a traceback; a refusal changes nothing; whatever is
    accepted verifies clean (records, audit trail and every derived table agree)."""
    folder = tmp_path_factory.mktemp("fuzz")
    case = folder / "fuzz.casefile"
    CaseFile.create(case, None).close()
    doc_path = folder / "doc.json"
    os.environ["CASEFILE_DEBUG"] = "1"  # a fault raises here instead of becoming a message
    counted = {"examples": 0, "accepted": 0, "refused": 0}
    start = time.perf_counter()

    @_FUZZ_SETTINGS
    @given(text=hostile_documents(), query=TEXTS, limit=st.one_of(st.integers(-2, 50), st.integers(10**18, 10**30)))
    def run(text: bytes, query: str, limit: int) -> None:
        counted["examples"] += 1
        doc_path.write_bytes(text)
        before = _state(case)
        code = _one_command(capsys, "import", case, doc_path)
        assert code in (0, 1)
        if code == 1:
            counted["refused"] += 1
            assert _state(case) == before
        else:
            counted["accepted"] += 1
            assert _one_command(capsys, "verify", case) == 0
        usage_error = limit < 1 or len(query) > MAX_QUERY_LENGTH
        assert _one_command(capsys, "search", case, "--limit", limit, "--", query) == (2 if usage_error else 0)

    try:
        run()
    finally:
        os.environ.pop("CASEFILE_DEBUG", None)
    FUZZ_FIGURES.update(counted, seconds=int(time.perf_counter() - start))
    print(f"fuzz: {counted} in {time.perf_counter() - start:.0f} s")
    assert counted["refused"] > counted["examples"] // 2 and counted["accepted"] > 0


# --- a killed export ------------------------------------------------------------------------------------


def _open_in(pid: int, folder: Path) -> bool:
    """Whether process ``pid`` has a file of ``folder`` open (an unnamed one shows as "#N (deleted)")."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}").startswith(str(folder) + "/"):
                return True
        except OSError:
            continue
    return False


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs Linux /proc")
def test_export_killed_while_writing_leaves_nothing_readable(tmp_path: Path):
    from tests.support.documents import large_document

    case = tmp_path / "big.casefile"
    with CaseFile.create(case, None) as cf:
        exchange.import_document(cf, large_document(3000, prefix="killcanary"))
    out = tmp_path / "out"
    out.mkdir()
    caught = 0
    for _attempt in range(5):
        child = subprocess.Popen(
            [sys.executable, "-m", "casefile", "export", str(case), "-o", str(out / "export.json")],
            env=child_env(None), cwd=REPO, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        while child.poll() is None and not _open_in(child.pid, out):
            time.sleep(0.001)
        if child.poll() is None:
            child.kill()  # SIGKILL while the export file is open for writing
            caught += 1
        child.wait()
        assert [p.name for p in out.iterdir()] in ([], ["export.json"]), list(out.iterdir())
        for p in out.iterdir():  # only ever a whole export (when the kill came too late)
            assert json.loads(p.read_text())["format"] == "casefile-exchange"
            p.unlink()
        if caught >= 2:
            break
    assert caught >= 2, "the export finished before it could be killed"


def test_without_unnamed_files_a_part_file_is_private_and_a_stale_one_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(exchange, "_open_unnamed", lambda folder: None)  # as on macOS or Windows
    target = tmp_path / "export.json"
    stale = tmp_path / "export.json.part"
    stale.write_text('{"left": "by a killed export"}')
    modes = []

    def write(out) -> None:
        modes.append(os.stat(out.fileno()).st_mode & 0o777)
        out.write("{}")

    exchange.write_atomically(target, write)
    assert modes == [0o600]
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]
    assert target.read_text() == "{}" and target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("audience", [None, "un"])
def test_a_full_disk_while_exporting_is_said_plainly_and_leaves_no_file(
    monkeypatch: pytest.MonkeyPatch, plain_path: Path, tmp_path: Path, capsys, audience: str | None
):
    import errno

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, full_document())
    target = tmp_path / "out.json"
    monkeypatch.setattr("casefile.exchange.os.fsync", full)  # the disk fills as the file is finished
    args = ["export", plain_path, "-o", target] + (["--audience", audience] if audience else [])
    code, _out, err = _cli(capsys, *args)
    assert code == 1 and err.strip() == "casefile: No space left on device; nothing was changed", err
    assert not target.exists() and not Path(f"{target}.part").exists()

    # a fault of Casefile that happens to be an OSError is still reported as one
    monkeypatch.delenv("CASEFILE_DEBUG")

    def odd(*args, **kwargs):
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP))

    monkeypatch.setattr("casefile.exchange.os.fsync", odd)
    code, _out, err = _cli(capsys, *args)
    assert code == 1 and "this is a fault in Casefile" in err and not target.exists()
