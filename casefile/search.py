"""Full-text search over every record of a case file (SQLite FTS5).

The index holds normalised text (``casefile.text.normalise``): the query is normalised the same
way, so Arabic/Persian letter variants, ZWNJ, diacritics, digit scripts, case and Latin accents
do not matter. Each word of the query must match the start of a word in the record (so results
come as the user types), names and aliases weigh more than body text. Words the query separates by
a space or a zero-width non-joiner may be one word in the record, and the other way round
(«کریمی نژاد» finds «کریمی‌نژاد»). After those exact matches come spelling variants of names
("Rezai" finds "Rezaei", and «رضایی»), through the matching keys the index keeps for every name
(``casefile.text.index_keys``).
"""

from __future__ import annotations

import json
import re

from casefile.model import TITLE_FIELD, _Value, record_title, searchable_text
from casefile.text import COARSE_MARK, KEY_MARK, name_keys, tokens

TYPE_CHECKING = False  # typing is not imported at run time: see casefile.cli
if TYPE_CHECKING:
    from collections.abc import Callable

    from casefile.store import CaseFile


class Hit(_Value):
    """One search result: the record's list (``kind``), id, title and a snippet around the match."""

    __slots__ = ("kind", "id", "title", "snippet")
    kind: str
    id: str
    title: str
    snippet: str

    def __init__(self, kind: str, id: str, title: str, snippet: str) -> None:  # noqa: A002
        for key, value in zip(self.__slots__, (kind, id, title, snippet), strict=True):
            object.__setattr__(self, key, value)

    def as_dict(self) -> dict[str, str]:
        return dict(zip(self.__slots__, self._values(), strict=True))


def _quoted(word: str, prefix: bool = True) -> str:
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


#: Gaps between words that may also be read as one word (2**n alternatives, so only the first few).
_JOINABLE_GAPS = 3
_GAPS = re.compile(r"[\s\u200c]+")


def _with_joins(words: list[str], quote: Callable[[str, bool], str]) -> str:
    """Every word as a prefix, all required; where two neighbours could be one word (a space or
    ZWNJ typed, or left out, inside a compound name), the joined word is an alternative."""
    gaps = min(len(words) - 1, _JOINABLE_GAPS)
    alternatives = []
    for mask in range(2**gaps):
        groups = [words[0]]
        for i, word in enumerate(words[1:]):
            if i < gaps and mask >> i & 1:
                groups[-1] += word
            else:
                groups.append(word)
        last = len(groups) - 1
        alternatives.append(" AND ".join(quote(g, n == last) for n, g in enumerate(groups)))
    if len(alternatives) == 1:
        return alternatives[0]
    return " OR ".join(f"({a})" for a in alternatives)


def _query_words(query: str) -> list[str]:
    """The query's words as the index has them, split at spaces and ZWNJ (normalising alone would
    join «کریمی‌نژاد» into one word, and the record may have «کریمی نژاد»)."""
    return [w for part in _GAPS.split(query) for w in tokens(part)]


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query: every word, quoted, as a prefix; neighbouring
    words may also match as one word."""
    words = _query_words(query)
    if not words:
        return None
    return _with_joins(words, lambda w, _last: _quoted(w))


def key_query(words: list[str], mark: str = KEY_MARK) -> str | None:
    """The MATCH expression finding names whose words have these matching keys (the last one as
    a prefix, as the user types), neighbouring keys also as one word."""
    keys = [k for w in words for k in name_keys(w)]
    if not keys:
        return None
    return _with_joins(keys, lambda k, last: _quoted(mark + k, prefix=last))


def key_match_ids(
    cf: CaseFile, keys: list[str], *, mark: str = COARSE_MARK, kind: str | None = None, limit: int = 200
) -> set[str]:
    """Ids of records whose names have every one of these (already computed) keys."""
    if not keys:
        return set()
    match = _with_joins([k for k in keys if k], lambda k, _last: _quoted(mark + k, prefix=False))
    sql = "SELECT r.id FROM search_index JOIN records r ON r.rowid = search_index.rowid WHERE search_index MATCH ?"
    args: list = [match]
    if kind:
        sql += " AND r.kind = ?"
        args.append(kind)
    sql += " LIMIT ?"
    args.append(limit)
    return {row[0] for row in cf.conn.execute(sql, args)}


def search(cf: CaseFile, query: str, *, limit: int = 50, kind: str | None = None, lang: str = "en") -> list[Hit]:
    """Records matching every word of ``query``, best first; then names spelled differently
    (transliteration variants, the other script) that match every word's key."""
    match = fts_query(query)
    if match is None:
        return []
    rows = _matching_rows(cf, match, kind, limit)
    if len(rows) < limit:
        variants = key_query(_GAPS.split(query.strip()))
        if variants is not None:
            seen = {rid for _, rid, _, _, _ in rows}
            more = _matching_rows(cf, variants, kind, limit + len(seen))
            rows += [row for row in more if row[1] not in seen][: limit - len(rows)]
    words = _query_words(query)
    names = _names_referenced(cf, [(kind_, data) for kind_, _, _, _, data in rows if kind_ not in TITLE_FIELD], lang)
    hits = []
    for kind_, rid, title_en, title_fa, data in rows:
        if kind_ in TITLE_FIELD:
            title = (title_fa or title_en) if lang == "fa" else (title_en or title_fa)
        else:
            title = record_title(kind_, data, lang, name_of=names.get)
        title_text, body_text = searchable_text(kind_, data)
        snippet = make_snippet(title_text, words) or make_snippet(body_text, words) or title_text
        hits.append(Hit(kind_, rid, title or rid, snippet))
    return hits


def _matching_rows(cf: CaseFile, match: str, kind: str | None, limit: int) -> list[tuple[str, str, str, str, dict]]:
    sql = (
        "SELECT r.kind, r.id, r.title_en, r.title_fa, r.data "
        "FROM search_index JOIN records r ON r.rowid = search_index.rowid "
        "WHERE search_index MATCH ?"
    )
    args: list = [match]
    if kind:
        sql += " AND r.kind = ?"
        args.append(kind)
    sql += " ORDER BY bm25(search_index, 5.0, 1.0) LIMIT ?"
    args.append(limit)
    return [
        (kind_, rid, title_en, title_fa, json.loads(data))
        for kind_, rid, title_en, title_fa, data in cf.conn.execute(sql, args)
    ]


def _names_referenced(cf: CaseFile, untitled: list[tuple[str, dict]], lang: str) -> dict[str, str]:
    """Names of the records that untitled hits (acts, involvements, ...) refer to, by id."""
    ids = {v for _, data in untitled for v in data.values() if isinstance(v, str)}
    if not ids:
        return {}
    names: dict[str, str] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, title_en, title_fa in cf.conn.execute(
            f"SELECT id, title_en, title_fa FROM records WHERE id IN ({marks})", chunk
        ):
            names[rid] = (title_fa or title_en) if lang == "fa" else (title_en or title_fa)
    return names


def make_snippet(text: str, words: list[str], width: int = 12) -> str:
    """A few words of ``text`` as entered around the first match, matches in [brackets].

    Matching is on normalised words (as the index), the snippet shows the original ones, so a
    Persian name is shown with its own letters and ZWNJ.
    """
    original = text.split()
    if not original or not words:
        return ""
    # each word normalised only when looked at: up to the first match and the words shown
    # (a testimony has hundreds of words; normalising them all was most of a search's time)
    word_tokens: dict[int, list[str]] = {}

    def matches(i: int) -> bool:
        found = word_tokens.get(i)
        if found is None:
            found = word_tokens[i] = tokens(original[i])
        return any(t.startswith(w) for t in found for w in words)

    first = next((i for i in range(len(original)) if matches(i)), None)
    if first is None:
        return ""
    start = max(0, first - width // 3)
    end = min(len(original), start + width)
    shown = [f"[{original[i]}]" if matches(i) else original[i] for i in range(start, end)]
    return ("… " if start else "") + " ".join(shown) + (" …" if end < len(original) else "")
