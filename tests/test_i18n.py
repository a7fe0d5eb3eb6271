"""The core's messages in Persian (casefile.i18n over the gettext catalogue), English unchanged,
and the catalogue itself complete, compiled and in step with the code."""

from __future__ import annotations

import gettext
import io
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from casefile import consent, exchange, i18n
from casefile.audience import withheld_what
from casefile.dossier import DossierResult
from casefile.errors import InvalidRecord, Problem, WrongPassphrase
from casefile.store import CaseFile
from casefile.validate import check_record
from tests.support.helpers import PASSPHRASE, REPO

PO = REPO / "resources" / "i18n" / "fa" / "LC_MESSAGES" / "casefile.po"
MO = PO.with_suffix(".mo")

# A document with three faults an import reports: a missing name, an unknown value, a dangling reference.
BAD_DOCUMENT = """{"format": "casefile-exchange", "version": 1,
  "persons": [{"id": "v-1", "sex": "x"}],
  "acts": [{"id": "a-1", "victim": "v-missing", "type": "arrest"}]}"""


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Every test leaves the core speaking English, as the rest of the suite expects."""
    yield
    i18n.set_language("en")


@pytest.fixture
def persian() -> None:
    i18n.set_language("fa")


def latin_left(text: str, *identifiers: str) -> list[str]:
    """Latin words in ``text`` once quoted values ('v-1') and the given identifiers are taken out."""
    text = re.sub(r"'[^']*'", "", text)
    for identifier in sorted(identifiers, key=len, reverse=True):
        text = text.replace(identifier, "")
    return re.findall(r"[A-Za-z]+", text)


def test_a_validation_problem_is_written_in_persian(persian: None) -> None:
    problems = check_record("persons", {"id": "v-1", "sex": "x"})
    messages = {p.field: p.message for p in problems}
    assert messages["name"] == "باید پر شود"
    assert messages["sex"].startswith("مقدار ناشناخته‌ی 'x'؛ یکی از این‌ها: ")
    for p in problems:
        # the list, the id, the field and the allowed values stay the format's identifiers
        assert not latin_left(str(p), "persons", "female", "male", "other", "unknown"), str(p)
        assert str(p).startswith("persons، شناسه‌ی 'v-1'، خانه‌ی ")


def test_an_import_problem_is_written_in_persian(persian: None, encrypted_case: CaseFile) -> None:
    with pytest.raises(InvalidRecord) as caught:
        exchange.import_text(encrypted_case, BAD_DOCUMENT)
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 2  # references are checked once every record is sound on its own
    assert all(not latin_left(line, "persons", "female", "male", "other", "unknown") for line in lines), lines
    fixed = BAD_DOCUMENT.replace('"sex": "x"', '"name": {"fa": "علی"}')
    with pytest.raises(InvalidRecord) as caught:
        exchange.import_text(encrypted_case, fixed)
    (line,) = [str(p) for p in caught.value.problems]
    assert line == "acts، شناسه‌ی 'a-1'، خانه‌ی 'victim': به 'v-missing' اشاره می‌کند که در پرونده نیست"


def test_more_problems_than_shown_are_counted_in_persian(persian: None) -> None:
    error = InvalidRecord([Problem("persons", f"v-{i}", "name", i18n._("is required")) for i in range(7)])
    assert str(error).splitlines()[-1] == "... و 2 ایراد دیگر"


def test_a_wrong_passphrase_is_said_in_persian(persian: None, encrypted_path: Path) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        CaseFile.open(encrypted_path, "not " + PASSPHRASE)
    message = str(caught.value)
    assert message.startswith(f"{encrypted_path}: عبارت عبور نادرست است")
    assert not latin_left(message.removeprefix(str(encrypted_path)))


def test_withheld_reasons_and_summary_are_written_in_persian(persian: None) -> None:
    testimony = {"id": "t-05", "consent": {"share_with": ["un"], "withdrawn": "2021-06-01"}}
    reason = consent.testimony_reason(testimony, "un")
    assert reason == "رضایت پس گرفته شده است (۱۱ خرداد ۱۴۰۰)"
    naming, why = consent.family_naming({"id": "v-01", "family_consent": {"share_with": ["un"]}}, "un")
    assert naming == "initials" and why == "رضایت خانواده فقط اجازه‌ی آوردن حروف اول نام را می‌دهد"
    withheld = [consent.Withheld(withheld_what("testimonies", "t-05"), reason)]
    result = DossierResult(output=Path("d.pdf"), kind="victim", pages=1, sha256="", withheld=withheld)
    assert result.withheld_items() == ["شهادت t-05: رضایت پس گرفته شده است (۱۱ خرداد ۱۴۰۰)"]
    (line,) = result.withheld_summary()
    assert line == "کنار گذاشته شد: شهادت t-05: رضایت پس گرفته شده است (۱۱ خرداد ۱۴۰۰)"
    assert not latin_left(line, "t-05")


def test_messages_made_on_another_thread_follow_the_language_set(persian: None) -> None:
    made: list[str] = []
    worker = threading.Thread(target=lambda: made.append(check_record("persons", {"id": "v-1"})[0].message))
    worker.start()
    worker.join()
    assert made == ["باید پر شود"]


def test_english_is_the_default_and_is_unchanged(encrypted_path: Path) -> None:
    i18n.set_language("fa")
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    problems = check_record("persons", {"id": "v-1", "sex": "x"})
    assert [str(p) for p in problems] == [
        "persons, id 'v-1', field 'sex': unknown value 'x'; one of: female, male, other, unknown",
        "persons, id 'v-1', field 'name': is required",
    ]
    with pytest.raises(WrongPassphrase, match=r": wrong passphrase \(or the file is not a case file\)$"):
        CaseFile.open(encrypted_path, "not " + PASSPHRASE)
    reason = consent.testimony_reason({"consent": {"share_with": ["un"], "withdrawn": "2021-06-01"}}, "un")
    result = DossierResult(
        Path("d.pdf"), "victim", 1, "", [consent.Withheld(withheld_what("testimonies", "t-05"), reason)]
    )
    assert result.withheld_summary() == ["withheld: testimony t-05: consent withdrawn (2021-06-01)"]


def test_an_unknown_language_falls_back_to_english() -> None:
    i18n.set_language("xx")
    assert i18n.current_language() == "en"
    assert check_record("persons", {"id": "v-1"})[0].message == "is required"


# --- the catalogue ------------------------------------------------------------------------------


def _po():
    with PO.open("rb") as f:
        return read_po(f)


def test_the_persian_catalogue_has_no_untranslated_or_fuzzy_entry() -> None:
    catalogue = _po()
    placeholder = re.compile(r"\{[^{}\"]*\}")
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        assert all(strings), f"untranslated: {message.id!r}"
        # a placeholder the code does not pass would make .format() fail at run time
        wanted = sorted(set(placeholder.findall(sources[-1])))
        assert all(sorted(set(placeholder.findall(s))) == wanted for s in strings), message.id


def test_the_compiled_catalogue_is_up_to_date_with_the_po(tmp_path: Path) -> None:
    fresh = tmp_path / "casefile.mo"
    with fresh.open("wb") as f:
        write_mo(f, _po())
    with fresh.open("rb") as a, MO.open("rb") as b:
        expected, shipped = gettext.GNUTranslations(a), gettext.GNUTranslations(b)
    # Compare what a reader gets: every message and its translation, and the header fields that change
    # how messages are read. The header's Generated-By line names the Babel version that compiled the
    # file, which any Babel the project allows may differ in.
    assert _messages_of(shipped) == _messages_of(expected), "run scripts/i18n_core.sh compile"
    assert len(_messages_of(shipped)) > 100
    for field in ("Content-Type", "Plural-Forms", "Language"):
        assert _header_of(shipped).get(field) == _header_of(expected).get(field), field


def _messages_of(catalogue: gettext.GNUTranslations) -> dict:
    return {k: v for k, v in catalogue._catalog.items() if k != ""}  # type: ignore[attr-defined]


def _header_of(catalogue: gettext.GNUTranslations) -> dict[str, str]:
    header = catalogue._catalog.get("", "")  # type: ignore[attr-defined]
    return dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)


def test_a_catalogue_differing_only_in_its_generator_line_is_up_to_date(tmp_path: Path) -> None:
    """The check above is about messages: a compile by another Babel version passes, a changed
    translation does not."""
    catalogue = _po()
    catalogue.fuzzy = False
    with (tmp_path / "a.mo").open("wb") as f:
        write_mo(f, catalogue)
    with (tmp_path / "a.mo").open("rb") as f:
        original = gettext.GNUTranslations(f)
    header = original._catalog[""]  # type: ignore[attr-defined]
    original._catalog[""] = re.sub(r"Generated-By: .*", "Generated-By: Babel 0.0", header)  # type: ignore[attr-defined]
    with (tmp_path / "a.mo").open("rb") as f:
        fresh = gettext.GNUTranslations(f)
    assert _messages_of(original) == _messages_of(fresh)
    message = next(m for m in catalogue if m.id and m.string)
    message.string = "changed"
    with (tmp_path / "b.mo").open("wb") as f:
        write_mo(f, catalogue)
    with (tmp_path / "b.mo").open("rb") as f:
        assert _messages_of(gettext.GNUTranslations(f)) != _messages_of(fresh)


def test_every_core_message_is_in_the_catalogue_and_none_is_stale() -> None:
    method_map, options_map = parse_mapping_cfg(io.StringIO((REPO / "babel.cfg").read_text(encoding="utf-8")))
    # the keywords scripts/i18n_core.sh extracts with: the vocabulary's words carry a context
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "NC_": ((1, "c"), 2), "pgettext": ((1, "c"), 2)}
    extracted = set()
    for filename, _line, message, _comments, context in extract_from_dir(
        str(REPO / "casefile"), method_map, options_map, keywords=keywords
    ):
        assert not filename.startswith("desktop/"), filename
        extracted.add((context, message[0] if isinstance(message, tuple) else message))
    in_po = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in _po() if m.id}
    assert extracted - in_po == set(), "missing from the .po: run scripts/i18n_core.sh and translate"
    assert in_po - extracted == set(), "stale in the .po: run scripts/i18n_core.sh"
    assert (None, "is required") in extracted and ("value", "detention") in extracted
