"""Full-text search over every record of a case file (SQLite FTS5).

The index holds normalised text (``casefile.text.normalise``): the query is normalised the same
way, so Arabic/Persian letter variants, ZWNJ, diacritics, digit scripts, case and Latin accents
do not matter. Each word of the query must match the start of a word in the record (so results
come as the user types), names and aliases weigh more than body text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from casefile.text import tokens

if TYPE_CHECKING:
    from casefile.store import CaseFile

_MARK_START, _MARK_END = "\x02", "\x03"


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
        "SELECT r.kind, r.id, r.title_en, r.title_fa, "
        f"snippet(search_index, -1, '{_MARK_START}', '{_MARK_END}', '…', 12) "
        "FROM search_index JOIN records r ON r.rowid = search_index.rowid "
        "WHERE search_index MATCH ?"
    )
    args: list = [match]
    if kind:
        sql += " AND r.kind = ?"
        args.append(kind)
    sql += " ORDER BY bm25(search_index, 5.0, 1.0) LIMIT ?"
    args.append(limit)
    hits = []
    for kind_, rid, title_en, title_fa, snippet in cf.conn.execute(sql, args):
        title = (title_fa or title_en) if lang == "fa" else (title_en or title_fa)
        clean = snippet.replace(_MARK_START, "[").replace(_MARK_END, "]")
        hits.append(Hit(kind_, rid, title or rid, clean))
    return hits
