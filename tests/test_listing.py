"""Keyset pages of a list (``casefile.listing``): read a page after another, in every order and
both languages, they list exactly what the whole list holds, and the keys order rows as the list."""

from __future__ import annotations

import itertools

import pytest

from casefile import listing, records
from casefile.listing import ListQuery
from casefile.store import CaseFile

LISTS = [
    ("persons", ("victim",)),
    ("persons", ("relative", "witness")),
    ("persons", ("official",)),
    ("events", ()),
    ("acts", ()),
]


def _whole(cf: CaseFile, query: ListQuery, limit: int) -> list:
    rows, after = [], None
    while True:
        page = listing.page(cf, query, after, limit)
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1][1]


def test_pages_after_pages_list_what_the_whole_list_holds(demo_case: CaseFile) -> None:
    for (kind, roles), order, lang in itertools.product(LISTS, listing.ORDERS, ("en", "fa")):
        query = listing.prepare(demo_case, ListQuery(kind, roles, None, order, lang))
        rows = _whole(demo_case, query, 2)
        ids = [row.id for row, _key in rows]
        assert len(ids) == len(set(ids)) == listing.count(demo_case, query) > 0
        keys = [key for _row, key in rows]
        assert all(listing.before(query, a, b) for a, b in zip(keys, keys[1:], strict=False))
        if roles:  # the same persons as the core's list, in the same order of titles
            core = records.list_person_rows(demo_case, roles, order=order, limit=-1, lang=lang)
            assert [r.title(lang) for r, _k in rows] == [r.title(lang) for r in core]
        found = listing.rows_of(demo_case, query, [*ids[:3], "no-such-id"])
        assert {rid: key for rid, (_row, key) in found.items()} == dict(zip(ids[:3], keys[:3], strict=True))


def test_a_filter_and_a_rare_role_read_the_same_rows_either_way(demo_case: CaseFile) -> None:
    for roles in (("victim",), ("official",)):
        query = ListQuery("persons", roles, "a", "title", "en")
        walked = _whole(demo_case, ListQuery(*[*vars(query).values()][:5], few=False), 3)
        sorted_ = _whole(demo_case, ListQuery(*[*vars(query).values()][:5], few=True), 3)
        assert [r.id for r, _k in walked] == [r.id for r, _k in sorted_]
        assert len(walked) == listing.count(demo_case, query) > 0


def test_a_count_in_parts_adds_up_to_the_count(demo_case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "COUNT_STEP", 2)  # a part at a time, as a reader stopped between them
    for query in [ListQuery("persons", ("victim",)), ListQuery("persons", ("relative", "witness"), "a"), None]:
        total, after, parts = 0, None, 0
        while True:
            n, after = listing.count_part(demo_case, query, after)
            total, parts = total + n, parts + 1
            if after is None:
                break
        expected = listing.count(demo_case, query) if query else listing.total_records(demo_case)
        assert total == expected and parts > 2


def test_date_values_are_the_dates_as_entered(demo_case: CaseFile) -> None:
    from casefile.model import SORT_DATE_FIELD

    for kind, field in SORT_DATE_FIELD.items():
        full = {r.id: r.data[field] for r in records.iter_records(demo_case, kind) if r.data.get(field)}
        assert listing.date_values(demo_case, [*full, "no-such-id"], field) == full
