"""Full-text search over every record of a case file (SQLite FTS5).

The index holds normalised text (``casefile.text.normalise``): the query is normalised the same
way, so Arabic/Persian letter variants, ZWNJ, diacritics, digit scripts, case and Latin accents
do not matter. Each word of the query must match the start of a word in the record (so results
come as the user types), names and aliases weigh more than body text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from casefile.model import TITLE_FIELD, record_title, searchable_text
from casefile.text import tokens

if TYPE_CHECKING:
    from casefile.store import CaseFile


@dataclass(frozen=True)
class Hit:
    """One search result: the record's list (``kind``), id, title and a snippet around the match."""

    kind: str
    id: str
    title: str
    snippet: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query: every word, quoted, as a prefix."""
    words = tokens(query)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search(cf: CaseFile, query: str, *, limit: int = 50, kind: str | None = None, lang: str = "en") -> list[Hit]:
    """Records matching every word of ``query``, best first."""
    match = fts_query(query)
    if match is None:
        return []
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
    words = tokens(query)
    rows = [
        (kind_, rid, title_en, title_fa, json.loads(data))
        for kind_, rid, title_en, title_fa, data in cf.conn.execute(sql, args)
    ]
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
    word_tokens = [tokens(w) for w in original]

    def matches(i: int) -> bool:
        return any(t.startswith(w) for t in word_tokens[i] for w in words)

    first = next((i for i in range(len(original)) if matches(i)), None)
    if first is None:
        return ""
    start = max(0, first - width // 3)
    end = min(len(original), start + width)
    shown = [f"[{original[i]}]" if matches(i) else original[i] for i in range(start, end)]
    return ("… " if start else "") + " ".join(shown) + (" …" if end < len(original) else "")
