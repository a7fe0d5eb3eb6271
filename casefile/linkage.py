"""Finding persons entered twice: matching keys across Persian and Latin script, blocking, scoring.

Victim lists are compiled by many hands: «کریمی», "Karimi", "Karimy"; "Mohammadreza" and
"Mohammad Reza"; family and given name swapped. Each person is reduced to a *profile* (the words
of every name, their matching keys from :func:`casefile.text.token_key`, father's and mother's
names, birth years, sex, the dates and places of the acts done to them). Pairs to compare come from
*blocking*: persons sharing a name key (the coarse keys of their name's words, joined in order, in
each rotation, and sorted; a word of the name with the father's name and the other words'
initials), so the work grows with the number of persons, not with its square. A name of three
words or more is also filed without its first word (a title, a first name left out), where it meets
only names filed whole: two "... Abbas-Nejad" with different first names are not compared.
Each candidate pair is scored from the evidence for and against (names compared with rapidfuzz in
both scripts, the father's name, birth years one apart being common, sex, acts' dates and places),
as log-odds added up and turned into a score between 0 and 1, with the reasons in words.

Namesakes are common: two "Ali Karimi" with different fathers born ten years apart are two people,
and score low. Pairs someone marked "not the same" (:mod:`casefile.decisions`) are never offered.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any, NamedTuple

from casefile import cycles, decisions, records
from casefile.dates import parse_date
from casefile.decisions import decision_problems  # noqa: F401 - verify asks linkage for it too
from casefile.errors import Cancelled, DateError
from casefile.i18n import N_, _
from casefile.text import COARSE_MARK, KEY_MARK, _is_persian, coarse_key, holds_case_text, name_words, token_key

if TYPE_CHECKING:
    from casefile.store import CaseFile

#: Pairs scoring at least this are offered as possible duplicates (measured on the labelled set in
#: tests/support/linkage_pairs.json: precision and recall both above 0.95 there).
DEFAULT_THRESHOLD = 0.8
#: A typed name is worth a warning from this score up (the form knows only the name, maybe a year).
WARNING_THRESHOLD = 0.6
#: A block of more persons than this (a very common name) is compared by neighbourhoods
#: (:func:`_refined`), so one common name cannot make the work quadratic.
BLOCK_CAP = 10
#: In such a block, how many neighbours (in birth-year and father's-name order) each person meets.
WINDOW = 5
#: ... and in the father's-name order, only those born at most this many years apart.
FATHER_YEARS = 4
_PRIOR = -2.0
#: Log-odds taken off per doubling of the persons who share a name beyond the pair itself.
COMMON_NAME_WEIGHT = 0.5
#: ... and at most this much: even the commonest name still says something.
COMMON_NAME_MOST = 1.5
#: Log-odds added when no one but the pair has the name.
RARE_NAME_WEIGHT = 0.6


# --- profiles ---------------------------------------------------------------------------------------


class NameForm:
    """One written form of a name: as entered, its script, its words and their keys, and (worked
    out once, since every comparison reads them) the words joined in each rotation and sorted."""

    __slots__ = ("text", "persian", "words", "keys", "coarse", "joined", "rotations", "lookup")

    def __init__(self, text: str, persian: bool, words: tuple[str, ...], keys: tuple[str, ...]) -> None:
        self.text, self.persian, self.words, self.keys = text, persian, words, keys
        self.coarse = tuple(coarse_key(k) for k in keys)
        n = len(words)
        orders = [tuple(range(r, n)) + tuple(range(r)) for r in range(n)]
        orders.append(tuple(sorted(range(n), key=lambda i: words[i])))
        # (words joined, keys joined, coarse keys joined, in another order than written)
        self.rotations = [
            ("".join(words[i] for i in o), "".join(keys[i] for i in o), "".join(self.coarse[i] for i in o), n_ != 0)
            for n_, o in enumerate(orders)
            if n_ == 0 or o != orders[0]
        ]
        self.joined = self.rotations[0]
        # joined form -> in another order only (False if also as written), for each of the three
        self.lookup: tuple[dict[str, bool], dict[str, bool], dict[str, bool]] = ({}, {}, {})
        for rotation in reversed(self.rotations):
            for index in range(3):
                self.lookup[index][rotation[index]] = rotation[3]

    def __repr__(self) -> str:
        return f"NameForm({self.text!r})"


@holds_case_text
@lru_cache(maxsize=65536)
def name_form(text: str) -> NameForm | None:
    """The form of a name as written (cached: the same names, fathers' names above all, recur)."""
    words = tuple(name_words(text))
    if not words:
        return None
    keys = tuple(token_key(w) for w in words)
    return NameForm(text, _is_persian(words[0]), words, keys)


def _forms(value: Any) -> tuple[NameForm, ...]:
    """The forms of a name object ({"fa", "en"}) or a plain string (a tuple: the comparisons of one
    search are remembered by it)."""
    texts = [value] if isinstance(value, str) else [v for v in (value or {}).values() if isinstance(v, str)]
    return tuple(f for f in (name_form(t) for t in texts) if f)


@dataclass(frozen=True)
class Act:
    type: str
    lo: date | None
    hi: date | None
    place: str | None
    event: str | None
    #: Known to the month or better: then two dates that do not overlap are two events (worked
    #: out once here: every pair compared reads it).
    precise: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        exact = self.lo is not None and self.hi is not None and (self.hi - self.lo).days <= 40
        object.__setattr__(self, "precise", exact)


@dataclass
class Profile:
    """What matching reads of one person."""

    id: str
    names: tuple[NameForm, ...]  # the name in each script, then the aliases
    father: tuple[NameForm, ...]
    mother: tuple[NameForm, ...]
    birth: tuple[int, int] | None  # the Gregorian years the birth date covers
    sex: str | None
    birth_place: str | None
    acts: list[Act] = field(default_factory=list)
    name_count: int = 0  # how many of ``names`` are the name itself (the rest are aliases)
    acts_by_type: dict[str, list[Act]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for act in self.acts:
            self.acts_by_type.setdefault(act.type, []).append(act)


def _years(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        pd = parse_date(value)
    except DateError:
        return None
    if pd.lo is None or pd.hi is None or pd.hi.year - pd.lo.year > 5:
        return None  # an open or very wide range says nothing about which person
    return pd.lo.year, pd.hi.year


def _act(data: Mapping[str, Any]) -> Act:
    lo = hi = None
    if data.get("date") is not None:
        try:
            pd = parse_date(data["date"])
            lo, hi = pd.lo, pd.hi
        except DateError:
            pass
    return Act(str(data.get("type", "")), lo, hi, data.get("place"), data.get("event"))


def profile(data: Mapping[str, Any], acts: Iterable[Mapping[str, Any] | Act] = ()) -> Profile:
    """A person's profile from their record (and the acts naming them as victim, as records or
    already read)."""
    names = _forms(data.get("name"))
    count = len(names)
    for alias in data.get("aliases") or []:
        names += _forms(alias if isinstance(alias, str) else alias.get("name", ""))
    sex = data.get("sex") if data.get("sex") in ("female", "male") else None
    return Profile(
        id=str(data.get("id", "")),
        names=names,
        father=_forms(data.get("father_name")),
        mother=_forms(data.get("mother_name")),
        birth=_years(data.get("birth")),
        sex=sex,
        birth_place=data.get("birth_place"),
        acts=[a if isinstance(a, Act) else _act(a) for a in acts],
        name_count=count,
    )


def load_profiles(cf: CaseFile, cancelled: Callable[[], bool] = lambda: False) -> list[Profile]:
    """Every person of the case file as a profile, with their acts."""
    acts: dict[str, list[Act]] = defaultdict(list)  # read as they come: a file's acts are not all held
    for rec in records.iter_records(cf, "acts"):
        victim = rec.data.get("victim")
        if victim:
            acts[victim].append(_act(rec.data))
    found = []
    for i, rec in enumerate(records.iter_records(cf, "persons")):
        if i % 2000 == 0 and cancelled():
            raise Cancelled()
        found.append(profile(rec.data, acts.get(rec.id, ())))
    return found


# --- blocking ---------------------------------------------------------------------------------------


def _joined(parts: Iterable[str]) -> str:
    return "".join(parts)


def blocking_keys(p: Profile, common: frozenset[str] = frozenset()) -> set[str]:
    """Every key a person is filed under (:func:`_filed_keys`, both kinds)."""
    whole, shortened = _filed_keys(p, common)
    return whole | shortened


def _filed_keys(p: Profile, common: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The keys a person is filed under: for the name in each script (and aliases of two words or
    more), its words' coarse keys joined in every rotation (family name first or last, words split
    or joined) and sorted. With a father's name, also each word of the name that is not ``common``
    (a family name, not Mohammad) with him and the initials of the other words, so a slip of the
    pen inside another word (Hosseii for Hosseini) still meets the other record, while brothers
    (Mehdi and Reza, one father) are not compared.

    The second set holds the keys of the name without its first word, when it has three or more
    (a title such as Seyed, or a first name one list left out) and only those. Two persons who
    meet only there are not compared: both names have a first word, and they differ (Mehdi and
    Reza Abbas-Nejad); one of them must be filed there by the whole name."""
    whole: set[str] = set()
    shortened: set[str] = set()
    fathers = {_joined(f.coarse) for f in p.father}
    for i, form in enumerate(p.names):
        coarse = [c for c in form.coarse if c][:6]
        if not coarse or (i >= p.name_count and len(coarse) < 2):
            continue
        _add_keys(whole, coarse, fathers if i < p.name_count else set(), common)
        if len(coarse) >= 3:
            _add_keys(shortened, coarse[1:], fathers if i < p.name_count else set(), common)
    return whole, shortened - whole


def _add_keys(keys: set[str], words: list[str], fathers: set[str], common: frozenset[str]) -> None:
    for r in range(len(words)):
        keys.add(_joined(words[r:] + words[:r]))
    keys.add(_joined(sorted(words)))
    for n, w in enumerate(words):
        if fathers and len(w) > 1 and w not in common:
            initials = _joined(sorted(o[:1] for o in words[:n] + words[n + 1 :]))
            keys.update(f"{w}|{father}|{initials}" for father in fathers)


def candidate_pairs(profiles: list[Profile], cancelled: Callable[[], bool] = lambda: False) -> set[tuple[int, int]]:
    """Pairs of profile indexes that share a blocking key (each pair once, smaller index first)."""
    return {divmod(code, len(profiles)) for code in _pair_codes(profiles, cancelled)}  # type: ignore[misc]


def _pair_codes(profiles: list[Profile], cancelled: Callable[[], bool]) -> set[int]:
    """:func:`candidate_pairs`, each pair (i, j) as the number i * len(profiles) + j: a large file
    has millions of pairs, and a set of numbers is built and read in half the time of tuples."""
    # Words in more than 1% of the names (given names such as Mohammad, the commonest family names)
    # would make the word-and-father blocks large; they still count in the whole-name keys.
    frequency: Counter[str] = Counter()
    for p in profiles:
        frequency.update({c for form in p.names[: p.name_count] for c in form.coarse})
    limit = max(50, len(profiles) // 100)
    common = frozenset(word for word, n in frequency.items() if n > limit)
    # A member filed under a key by the name without its first word only is stored as -1 - index.
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        whole, shortened = _filed_keys(p, common)
        for key in whole:
            blocks[key].append(i)
        for key in shortened:
            blocks[key].append(-1 - i)
    size = len(profiles)
    pairs: set[int] = set()
    # A name's rotations and scripts file its namesakes under several keys with the same members:
    # each such block is paired once (a third of the large blocks in the bench's files).
    distinct = {tuple(members) for members in blocks.values() if len(members) >= 2 and max(members) >= 0}
    del blocks
    for n, block in enumerate(distinct):
        if n % 5000 == 0 and cancelled():
            raise Cancelled()
        if min(block) >= 0:
            members, shortened = block, frozenset()
        else:
            members = sorted(i if i >= 0 else -1 - i for i in block)
            shortened = frozenset(-1 - i for i in block if i < 0)
        if len(members) <= BLOCK_CAP:
            pairs.update(i * size + j for i, j in combinations(members, 2) if i not in shortened or j not in shortened)
        else:
            _refined(profiles, members, pairs, shortened)
    return pairs


def _refined(
    profiles: list[Profile], members: Sequence[int], pairs: set[int], shortened: frozenset[int] = frozenset()
) -> None:
    """Pairs within a very large block (a common name): each person with the ``WINDOW`` nearest in
    two orders, by birth year then father's name, and by father's name then birth year (a sorted
    neighbourhood). Namesakes born years apart or with other fathers stay apart; a person whose
    year or father is unknown sorts beside those who share what is known. The work grows with the
    block, not with its square.

    A neighbour is taken only while it shares the order's first key (born within a year in the
    first order, the same father in the second; or one of the two does not say): the window would
    otherwise run on into the next year or father, to namesakes who differ in both. In the second
    order it must also be born at most ``FATHER_YEARS`` apart (or one year unknown): namesakes of
    one father born further apart score -4 for it (in the bench's files this took 76,000 of
    404,000 pairs compared at 100,000 victims and changed none of the 7,017 offered). A block
    whose members share one father (a name word with the father's name) has the first order only,
    and there every neighbour in the window born at most ``FATHER_YEARS`` apart is taken (each
    shares the father). This left out over a third of the pairs compared in the bench's files of
    30,000 and 100,000 victims, none of them offered; a pair is missed only when both its birth
    year (by two or more; by five or more with one father's name) and its father's name (in more
    than spelling) were written wrong. Two members both in ``shortened`` (filed here by the name
    without its first word) are not paired. The pairs are added to ``pairs`` as numbers
    (:func:`_pair_codes`)."""

    def year(i: int) -> int:
        birth = profiles[i].birth
        return birth[0] if birth else 9999

    def father(i: int) -> str:
        forms = profiles[i].father
        return forms[0].joined[2] if forms else "~"

    years = {i: year(i) for i in members}

    def within(i: int, j: int) -> bool:  # born at most FATHER_YEARS apart, or one year unknown
        return years[i] == 9999 or years[j] == 9999 or abs(years[i] - years[j]) <= FATHER_YEARS

    fathers = {i: father(i) for i in members}
    orders: list[tuple[list[int], Callable[[int, int], bool]]] = [
        (
            sorted(members, key=lambda i: (years[i], fathers[i], i)),
            lambda i, j: years[i] == 9999 or years[j] == 9999 or abs(years[i] - years[j]) <= 1,
        )
    ]
    if len(set(fathers.values())) > 1:
        orders.append(
            (
                sorted(members, key=lambda i: (fathers[i], years[i], i)),
                lambda i, j: (fathers[i] == "~" or fathers[j] == "~" or fathers[i] == fathers[j]) and within(i, j),
            )
        )
    else:  # one father for all (a name word with it): the two orders are one, every neighbour shares him
        orders = [(orders[0][0], within)]
    size = len(profiles)
    for order, near in orders:
        for n, i in enumerate(order):
            for j in order[n + 1 : n + 1 + WINDOW]:
                if near(i, j) and (i not in shortened or j not in shortened):
                    pairs.add(i * size + j if i < j else j * size + i)


# --- comparing names --------------------------------------------------------------------------------

EXACT, SPELLING, COARSE, SIMILAR, DIFFERENT = "exact", "spelling", "coarse", "similar", "different"


class NameMatch(NamedTuple):
    level: str  # EXACT, SPELLING, COARSE, SIMILAR or DIFFERENT
    ratio: float  # similarity of the keys, 0..1
    reordered: bool  # matched only with the words in another order
    persian_both: bool  # both forms in Persian script


def _levenshtein() -> Any:
    global _LEVENSHTEIN
    if _LEVENSHTEIN is None:  # imported on first use: search and the CLI's other commands never need it
        from rapidfuzz.distance import Levenshtein

        _LEVENSHTEIN = Levenshtein
    return _LEVENSHTEIN


_LEVENSHTEIN: Any = None
_ORDER = {EXACT: 4, SPELLING: 3, COARSE: 2, SIMILAR: 1, DIFFERENT: 0}


def compare_forms(x: NameForm, y: NameForm) -> NameMatch:
    """How alike two written forms of a name are, words split or joined and in any rotation."""
    Levenshtein = _levenshtein()  # noqa: N806

    persian_both = x.persian and y.persian
    same_script = x.persian == y.persian
    x_text, x_keys, x_coarse, _ = x.joined
    for index, level in ((0, EXACT), (1, SPELLING), (2, COARSE)):
        if index == 0 and not same_script:
            continue
        moved = y.lookup[index].get(x.joined[index])
        if moved is not None:
            return NameMatch(level, 1.0, moved, persian_both)
    best, reordered = 0.0, False
    for text, keys, _coarse, moved in y.rotations:
        ratio = Levenshtein.normalized_similarity(x_keys, keys)
        if same_script:  # a slip of the pen shows better in the letters than in the keys
            ratio = max(ratio, Levenshtein.normalized_similarity(x_text, text))
        if ratio > best:
            best, reordered = ratio, moved
    return NameMatch(SIMILAR if best >= 0.8 else DIFFERENT, best, reordered, persian_both)


def compare_names(xs: Sequence[NameForm], ys: Sequence[NameForm]) -> NameMatch | None:
    """The best agreement between two sets of name forms. When both have Persian forms, those
    decide (Persian spelling is the more settled: حسن and حسین are two names, Hassan/Hossein may
    be one); otherwise any script pair may. None if either side has no name."""
    if not xs or not ys:
        return None
    if any(x.persian for x in xs) and any(y.persian for y in ys):
        xs, ys = [x for x in xs if x.persian], [y for y in ys if y.persian]
    best: NameMatch | None = None
    for x in xs:
        for y in ys:
            m = compare_forms(x, y)
            if best is None or (_ORDER[m.level], m.ratio, not m.reordered) > (
                _ORDER[best.level],
                best.ratio,
                not best.reordered,
            ):
                best = m
            if best.level == EXACT and not best.reordered:
                return best
    return best


def names_agree(m: NameMatch | None) -> bool | None:
    """Whether two names are the same name (None when one is missing): exact, another spelling
    or script, or (across scripts and in Latin) the same consonants."""
    if m is None:
        return None
    if m.level in (EXACT, SPELLING):
        return True
    return m.level == COARSE and not m.persian_both


# --- scoring ----------------------------------------------------------------------------------------

#: The most the acts of a pair can add.
_ACTS_MOST = 2.0
#: The most the evidence after the names and fathers' names can add: a mother's name (2.5 x 0.6),
#: birth years (1.5), place of birth (1.0) and acts.
_AFTER_FATHER_MOST = 1.5 + 1.5 + 1.0 + _ACTS_MOST
_ACT_SAME_DATE = {
    "execution": N_("executed on the same date"),
    "arrest": N_("arrested on the same date"),
}
_ACT_OTHER_DATE = {"execution": N_("executed on different dates")}
_ACT_SAME_PLACE = {
    "execution": N_("executed at the same place"),
    "arrest": N_("arrested at the same place"),
    "detention": N_("held at the same place"),
}


@dataclass(frozen=True)
class Candidate:
    """A pair that may be one person: ids, score (0..1) and the reasons in words, strongest first."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": round(self.score, 3), "reasons": list(self.reasons)}


Reasons = list[tuple[float, str, int | None]]  # (weight, message id, {n} for the message)
Compare = Callable[[Sequence[NameForm], Sequence[NameForm]], "NameMatch | None"]


_NAME_WEIGHT_PERSIAN = {EXACT: 3.4, SPELLING: 2.8, COARSE: -1.5}
_NAME_WEIGHT = {EXACT: 3.2, SPELLING: 3.0, COARSE: 2.0}


def _name_evidence(m: NameMatch | None, reasons: Reasons | None) -> float:
    if m is None:
        return 0.0
    level = m.level
    if m.persian_both:
        weight = _NAME_WEIGHT_PERSIAN.get(level) or ((0.3 if m.ratio >= 0.9 else -1.5) if level == SIMILAR else -3.0)
    else:
        weight = _NAME_WEIGHT.get(level) or (
            1.2 if level == SIMILAR and m.ratio >= 0.9 else 0.3 if level == SIMILAR else -3.0
        )
    if reasons is None:
        return weight
    if level == EXACT:
        reasons.append((weight, N_("same name in Persian script") if m.persian_both else N_("same name"), None))
    elif level == SPELLING and m.persian_both:
        reasons.append((weight, N_("same name, spelled a little differently"), None))
    elif level in (SPELLING, COARSE) and weight > 0:
        reasons.append((weight, N_("same name in another spelling or script"), None))
    elif weight > 0:
        reasons.append((weight, N_("similar names"), None))
    else:
        reasons.append((weight, N_("different names"), None))
    if m.reordered and weight > 0:
        reasons.append((0.0, N_("name words in another order"), None))
    return weight


def _parent_evidence(
    xs: Sequence[NameForm],
    ys: Sequence[NameForm],
    mother: bool,
    reasons: Reasons | None,
    compare: Compare | None = None,
) -> float:
    m = (compare or compare_names)(xs, ys)
    if m is None:
        return 0.0
    scale = 0.6 if mother else 1.0
    if names_agree(m):
        if reasons is not None:
            reasons.append((2.5 * scale, N_("same mother's name") if mother else N_("same father's name"), None))
        return 2.5 * scale
    if m.level == SIMILAR and m.ratio >= 0.85:
        return 0.3 * scale
    if reasons is not None:
        reasons.append(
            (-3.0 * scale, N_("different mothers' names") if mother else N_("different fathers' names"), None)
        )
    return -3.0 * scale


def _birth_evidence(x: tuple[int, int] | None, y: tuple[int, int] | None, reasons: Reasons | None) -> float:
    if x is None or y is None:
        return 0.0
    gap = max(0, max(x[0], y[0]) - min(x[1], y[1]))
    if gap == 0:
        weight, why = 1.5, N_("born the same year")
    elif gap == 1:
        weight, why = 0.7, N_("birth year one apart")
    else:
        weight, why = (-0.8 if gap == 2 else -2.0 if gap <= 4 else -4.0), N_("birth years {n} apart")
    if reasons is not None:
        reasons.append((weight, why, gap if gap > 1 else None))
    return weight


def _act_evidence(xs: dict[str, list[Act]], ys: dict[str, list[Act]], reasons: Reasons | None) -> float:
    total = 0.0
    for kind in xs.keys() & ys.keys():
        same_date = other_date = same_place = False
        for a in xs[kind]:
            for b in ys[kind]:
                if a.precise and b.precise:
                    overlap = a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]
                    same_date |= overlap
                    other_date |= not overlap
                if a.place and a.place == b.place:
                    same_place = True
        if same_date:
            total += 1.0
            if reasons is not None:
                reasons.append((1.0, _ACT_SAME_DATE.get(kind, N_("an act of the same kind on the same date")), None))
        elif other_date and kind in _ACT_OTHER_DATE:
            total -= 3.0
            if reasons is not None:
                reasons.append((-3.0, _ACT_OTHER_DATE[kind], None))
        if same_place:
            total += 0.5
            if reasons is not None:
                reasons.append((0.5, _ACT_SAME_PLACE.get(kind, N_("an act of the same kind at the same place")), None))
    return min(total, _ACTS_MOST)


def _log_odds(
    x: Profile,
    y: Profile,
    names: NameMatch | None,
    compare: Compare | None,
    at_least: float | None,
    reasons: Reasons | None,
) -> float:
    """:func:`evidence`'s log-odds, its reasons added to ``reasons`` unless None. With ``at_least``,
    a pair that cannot reach it, whatever the evidence not yet compared says, is given up as soon
    as that is sure (after the fathers' names, then before the acts): its log-odds are then -inf."""
    total = _PRIOR + _name_evidence(names or (compare or compare_names)(x.names, y.names), reasons)
    total += _parent_evidence(x.father, y.father, False, reasons, compare)
    # A pair the rest cannot lift to ``at_least`` (the most a mother's name, birth years, place of
    # birth and acts add) is given up before they are compared: most namesakes end here.
    if at_least is not None and total + _AFTER_FATHER_MOST < at_least - 1e-9:
        return -math.inf
    total += _parent_evidence(x.mother, y.mother, True, reasons, compare)
    total += _birth_evidence(x.birth, y.birth, reasons)
    other_sex = bool(x.sex and y.sex and x.sex != y.sex)
    same_birth_place = bool(x.birth_place and x.birth_place == y.birth_place)
    rest = (-5.0 if other_sex else 0.0) + (1.0 if same_birth_place else 0.0)
    if at_least is not None and total + rest + _ACTS_MOST < at_least - 1e-9:
        return -math.inf
    total += _act_evidence(x.acts_by_type, y.acts_by_type, reasons)
    if other_sex:
        total -= 5.0
        if reasons is not None:
            reasons.append((-5.0, N_("different sex"), None))
    if same_birth_place:
        total += 1.0
        if reasons is not None:
            reasons.append((1.0, N_("same place of birth"), None))
    return total


def evidence(
    x: Profile, y: Profile, names: NameMatch | None = None, *, compare: Compare | None = None
) -> tuple[float, Reasons]:
    """The log-odds that two profiles are one person, and the evidence (untranslated); ``names``
    is their names' comparison when the caller has it, ``compare`` how names are compared."""
    reasons: Reasons = []
    return _log_odds(x, y, names, compare, None, reasons), reasons


def _probability(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-log_odds))


def _words(reasons: Reasons) -> tuple[str, ...]:
    """The reasons in the language of the core's messages: for, strongest first, then against."""
    ordered = sorted(reasons, key=lambda r: -r[0] if r[0] > 0 else 100 - r[0])
    return tuple(_(msgid) if n is None else _(msgid).format(n=n) for _w, msgid, n in ordered)


def score(x: Profile, y: Profile) -> tuple[float, tuple[str, ...]]:
    """How likely two profiles are one person (0..1), and why, strongest reasons first."""
    total, reasons = evidence(x, y)
    return _probability(total), _words(reasons)


# --- the case file ----------------------------------------------------------------------------------


def find_duplicates(
    cf: CaseFile,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Candidate]:
    """Pairs of persons that may be one person entered twice, best first (score, then ids).

    Pairs already decided ("same" or "not the same") are left out.
    """
    with cycles.paused():
        return _find_duplicates(cf, threshold, limit, progress, cancelled)


def _find_duplicates(
    cf: CaseFile,
    threshold: float,
    limit: int | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> list[Candidate]:
    profiles = load_profiles(cf, cancelled)
    # In order: the pairs of one person are scored together, while their profile is in the CPU's
    # cache (15% faster at 100,000 victims than in the set's order). What is found is sorted at the end.
    pairs = sorted(_pair_codes(profiles, cancelled))
    decided = decisions.decisions(cf)
    floor = math.log(threshold / (1 - threshold)) if 0 < threshold < 1 else (-math.inf if threshold <= 0 else math.inf)
    # How many persons of this file have each name: a name many share says less, a name only the
    # pair has says more (two "Mohammad Karimi" with nothing else in common are not offered; the
    # only two "Behzad Azarnoush" are).
    keys = [_name_key(p) for p in profiles]
    name_counts = Counter(keys)
    # (a pair's weight is that of the more shared of its two names: the lesser of the two weights)
    rarity_of = [_rarity(name_counts[k]) for k in keys]
    compare = _remembered_comparisons()
    found: list[Candidate] = []
    count, size = len(pairs), len(profiles)
    for n, code in enumerate(pairs):
        i, j = divmod(code, size)
        if n % 2000 == 0:
            if cancelled():
                raise Cancelled()
            if progress:
                progress(n, count)
        x, y = profiles[i], profiles[j]
        if decided and decisions.pair(x.id, y.id) in decided:
            continue
        names = compare(x.names, y.names)
        if names is not None and names.level == DIFFERENT:
            continue  # only names at least alike are offered: the rest cannot be worth a review
        rarity = min(rarity_of[i], rarity_of[j])
        # Most pairs fall short: their reasons are put in words only for those offered.
        log_odds = _log_odds(x, y, names, compare, floor - rarity, None) + rarity
        if log_odds < floor:
            continue  # (-inf: cannot reach the threshold, whatever the acts say)
        reasons: Reasons = []
        _log_odds(x, y, names, compare, None, reasons)
        if rarity < RARE_NAME_WEIGHT:  # (more than two persons have the name)
            reasons.append((rarity, N_("a name many persons of this case file have"), None))
        else:
            reasons.append((rarity, N_("no one else in this case file has this name"), None))
        a, b = decisions.pair(x.id, y.id)
        found.append(Candidate(a, b, _probability(log_odds), _words(reasons)))
    if progress:
        progress(count, count)
    found.sort(key=lambda c: (-c.score, c.a, c.b))
    return found[:limit] if limit else found


def _rarity(sharing: int) -> float:
    """The weight of a name that ``sharing`` persons of the file have (the pair among them)."""
    return -min(COMMON_NAME_WEIGHT * math.log2(sharing / 2), COMMON_NAME_MOST) if sharing > 2 else RARE_NAME_WEIGHT


def _remembered_comparisons(most: int = 200_000) -> Compare:
    """:func:`compare_names` remembering its answers for one search (the same names, fathers' names
    above all, meet again and again in a large file); forgotten when it returns, and started afresh
    past ``most`` answers, so memory stays bounded. Names with a Persian form on both sides are
    remembered by their Persian forms alone (those decide, and they repeat far more than the
    Latin spellings beside them)."""
    memo: dict[tuple[Sequence[NameForm], Sequence[NameForm]], NameMatch | None] = {}  # by Persian forms
    persian: dict[Sequence[NameForm], tuple[NameForm, ...]] = {}

    def persian_forms(xs: Sequence[NameForm]) -> tuple[NameForm, ...]:
        try:
            return persian[xs]
        except KeyError:
            if len(persian) >= most:
                persian.clear()
            found = persian[xs] = tuple(x for x in xs if x.persian)
            return found

    # Answers by the two names as given, too: most are met again as given (fathers' names, namesakes),
    # and then the Persian forms need not be picked out.
    as_given: dict[tuple[Sequence[NameForm], Sequence[NameForm]], NameMatch | None] = {}

    def compare(xs: Sequence[NameForm], ys: Sequence[NameForm]) -> NameMatch | None:
        if not xs or not ys:
            return None  # a name (a mother's, most often) one of the two does not give
        xs, ys = tuple(xs), tuple(ys)  # (no copy: a profile's names are tuples)
        try:
            return as_given[xs, ys]
        except KeyError:
            pass
        if len(as_given) >= most:
            as_given.clear()
        found = as_given[xs, ys] = _decided(xs, ys)
        return found

    def _decided(xs: tuple[NameForm, ...], ys: tuple[NameForm, ...]) -> NameMatch | None:
        px, py = persian_forms(xs), persian_forms(ys)
        key = (px, py) if px and py else (xs, ys)
        try:
            return memo[key]
        except KeyError:
            pass
        if len(memo) >= most:
            memo.clear()
        found = memo[key] = compare_names(*key)
        return found

    return compare


def _name_key(p: Profile) -> str:
    """The name's words' coarse keys, sorted: one key for its spellings, scripts and word orders."""
    return "".join(sorted(p.names[0].coarse)) if p.names else ""


def _profile_of(cf: CaseFile, person_id: str) -> Profile:
    person = records.require(cf, person_id, "persons")
    acts = [a.data for a in records.referring_records(cf, person_id, "acts", "victim")]
    return profile(person.data, acts)


def compare(cf: CaseFile, first: str, second: str) -> Candidate:
    """The score and reasons for one pair of persons of the case file."""
    x, y = _profile_of(cf, first), _profile_of(cf, second)
    value, reasons = score(x, y)
    a, b = decisions.pair(first, second)
    return Candidate(a, b, value, reasons)


AGREE, DIFFER, ONE_SIDED = "agree", "differ", "one_sided"


@dataclass(frozen=True)
class FieldComparison:
    """One field of two person records side by side: both values (None when absent) and whether
    they agree (the same name in two scripts agrees), differ, or only one record has it."""

    field: str
    a: Any
    b: Any
    state: str


def side_by_side(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[FieldComparison]:
    """Every field either of two person records has, in the exchange format's order, compared."""
    from casefile.model import SCHEMA

    rows = []
    for f in SCHEMA["persons"]:
        if f.name in ("id", "merged"):
            continue
        va, vb = a.get(f.name), b.get(f.name)
        if va in (None, "", [], {}) and vb in (None, "", [], {}):
            continue
        if va in (None, "", [], {}) or vb in (None, "", [], {}):
            state = ONE_SIDED
        elif va == vb:
            state = AGREE
        elif f.name in ("name", "father_name", "mother_name"):
            state = AGREE if names_agree(compare_names(_forms(va), _forms(vb))) else DIFFER
        elif f.name == "birth":
            ya, yb = _years(va), _years(vb)
            state = AGREE if ya and yb and ya[0] <= yb[1] and yb[0] <= ya[1] else DIFFER
        else:
            state = DIFFER
        rows.append(FieldComparison(f.name, va, vb, state))
    return rows


def likely_matches(
    cf: CaseFile,
    person: Mapping[str, Any],
    *,
    threshold: float = WARNING_THRESHOLD,
    limit: int = 5,
) -> list[Candidate]:
    """Persons already in the case file who may be the one being entered (``person`` is the record
    as typed so far: a name, maybe a father's name, birth, sex), best first; ``a`` is the new
    record's id (or ""), ``b`` the match. Found through the names' keys in the search index, so it
    is quick enough to run while the name is typed."""
    new = profile(person)
    if not new.names:
        return []
    ids = _ids_by_keys(cf, new.names[: max(new.name_count, 1)])
    ids.discard(new.id)
    if not ids:
        return []
    found = []
    for other_id, rec in records.get_many(cf, ids).items():
        if rec.kind != "persons":
            continue
        acts = [a.data for a in records.referring_records(cf, other_id, "acts", "victim")] if new.acts else ()
        other = profile(rec.data, acts)
        value, reasons = score(new, other)
        if value >= threshold:
            found.append(Candidate(new.id, other_id, value, reasons))
    found.sort(key=lambda c: (-c.score, c.b))
    return found[:limit]


def _ids_by_keys(cf: CaseFile, forms: Sequence[NameForm], cap: int = 200) -> set[str]:
    """Persons whose name has every coarse word key of one of ``forms`` (words joined or split)."""
    from casefile.search import key_match_ids

    found: set[str] = set()
    for form in forms:
        coarse = [c for c in form.coarse if c]
        if coarse:
            found |= key_match_ids(cf, coarse, mark=COARSE_MARK, kind="persons", limit=cap)
    return found


__all__ = [
    "DEFAULT_THRESHOLD",
    "KEY_MARK",
    "Candidate",
    "Profile",
    "compare",
    "decision_problems",
    "find_duplicates",
    "likely_matches",
    "profile",
    "score",
]
