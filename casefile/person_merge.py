"""Merging two person records that are one person entered twice ("Same" in the review queue,
``casefile same``).

One record is kept, with its id. The other's names become aliases of the kept one; a value only
the other had is taken; a value both had but differently is kept as the kept record's, and the
other's is kept beside it as a reported variant, with the sources that supported the other record
(``merged`` in the person record, see docs/exchange-extensions.md), so nothing anyone reported is
lost. Every record that referred to the other id (acts, testimonies, relations, consents given,
citations, ...) is re-pointed to the kept one; the family's consent and the confidentiality become
the stricter of the two (``casefile.consent``). All of it is one transaction, each change audited,
with a "same" decision (:mod:`casefile.decisions`); :func:`unmerge` puts everything back. The
merged id still finds the kept person (``records.resolve_id``), here and in any copy that merges
or receives this change.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casefile import decisions, records
from casefile.consent import stricter_confidentiality, stricter_family_consent
from casefile.errors import CasefileError
from casefile.fieldtypes import map_references
from casefile.i18n import _
from casefile.model import LISTS, MERGED_VALUE_FIELDS, PERSON_ROLES, SCHEMA, Field, T
from casefile.text import normalise
from casefile.validate import canonical

if TYPE_CHECKING:
    from casefile.store import CaseFile

#: Fields the merge settles by its own rules rather than as "one value or a variant".
_OWN_RULES = ("family_consent", "confidentiality", "notes")


@dataclass(frozen=True)
class MergePlan:
    """What merging ``other`` into ``kept`` writes: the kept person as it will be, the records
    re-pointed (new versions), and the records deleted (the other person, and relations that would
    say the person is related to themselves)."""

    kept: str
    other: str
    person: dict[str, Any]
    repointed: list[tuple[str, dict[str, Any]]]
    deleted: list[str]


@dataclass(frozen=True)
class MergeResult:
    """A merge done: the plan, and every record it touched as it was before (for :func:`unmerge`)."""

    plan: MergePlan
    before: list[tuple[str, dict[str, Any]]]

    @property
    def changed_ids(self) -> set[str]:
        return {data["id"] for _, data in self.before}


def _same_text(a: str, b: str) -> bool:
    return normalise(a).replace(" ", "") == normalise(b).replace(" ", "")


def _alias_text(alias: Any) -> str:
    return alias if isinstance(alias, str) else str(alias.get("name", ""))


def _merge_names(kept: dict, other: dict) -> tuple[dict, list]:
    """The kept name (a script it lacks taken from the other) and the aliases: the kept ones, the
    other's name forms not already there, the other's aliases."""
    name = dict(kept.get("name") or {})
    other_name = other.get("name") or {}
    for script in ("fa", "en"):
        if not name.get(script) and other_name.get(script):
            name[script] = other_name[script]
    aliases = list(kept.get("aliases") or [])
    known = [v for v in name.values() if isinstance(v, str)] + [_alias_text(a) for a in aliases]
    for script in ("fa", "en"):
        text = other_name.get(script)
        if isinstance(text, str) and text.strip() and not any(_same_text(text, k) for k in known):
            aliases.append(text if script == "fa" else {"name": text, "kind": "transliteration"})
            known.append(text)
    for alias in other.get("aliases") or []:
        text = _alias_text(alias)
        if text.strip() and not any(_same_text(text, k) for k in known):
            aliases.append(copy.deepcopy(alias))
            known.append(text)
    return name, aliases


def _merge_name_object(a: Any, b: Any) -> Any | None:
    """Two name objects as one when they do not contradict (a script one lacks taken from the
    other); None when they differ."""
    from casefile.linkage import _forms, compare_names, names_agree

    if not isinstance(a, dict) or not isinstance(b, dict):
        return None
    for script in ("fa", "en"):
        if a.get(script) and b.get(script) and not _same_text(a[script], b[script]):
            if not names_agree(compare_names(_forms(a[script]), _forms(b[script]))):
                return None
    if not names_agree(compare_names(_forms(a), _forms(b))):
        return None
    return {**b, **{k: v for k, v in a.items() if v}}


def merged_person(kept: dict[str, Any], other: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    """The kept person's record after ``other`` is merged into it (no references changed here)."""
    out = copy.deepcopy(kept)
    out["name"], aliases = _merge_names(kept, other)
    if aliases:
        out["aliases"] = aliases
    roles = set(kept.get("roles") or []) | set(other.get("roles") or [])
    if roles:
        out["roles"] = [r for r in PERSON_ROLES if r in roles]
    variants: dict[str, Any] = {}
    for f in MERGED_VALUE_FIELDS:
        mine, theirs = kept.get(f.name), other.get(f.name)
        if theirs is None or f.name in _OWN_RULES or mine == theirs:
            continue
        if mine is None:
            out[f.name] = copy.deepcopy(theirs)
        elif f.type is T.NAME and (joined := _merge_name_object(mine, theirs)) is not None:
            out[f.name] = joined
        else:
            variants[f.name] = copy.deepcopy(theirs)
    if out.get("photo") is None and other.get("photo") is not None:
        out["photo"] = copy.deepcopy(other["photo"])
    consent = stricter_family_consent(kept.get("family_consent"), other.get("family_consent"))
    if consent is not None:
        out["family_consent"] = consent
        if other.get("family_consent") not in (None, consent):
            variants["family_consent"] = copy.deepcopy(other["family_consent"])
    if "confidentiality" in kept or "confidentiality" in other:
        out["confidentiality"] = stricter_confidentiality(kept.get("confidentiality"), other.get("confidentiality"))
    if other.get("notes") and other["notes"] != kept.get("notes"):
        out["notes"] = "\n\n".join(n for n in (kept.get("notes"), other["notes"]) if n)
    entry: dict[str, Any] = {"id": other["id"]}
    if variants:
        entry["values"] = variants
    if sources:
        entry["sources"] = sources
    out["merged"] = [*(kept.get("merged") or []), entry, *copy.deepcopy(other.get("merged") or [])]
    return canonical("persons", out)


def _repoint(fields: tuple[Field, ...], data: dict, old: str, new: str) -> dict:
    """``data`` with every reference to ``old`` made a reference to ``new`` (a list keeps each id once)."""
    return map_references(fields, data, lambda rid: new if rid == old else rid, once=True)


def plan_merge(cf: CaseFile, kept_id: str, other_id: str) -> MergePlan:
    """What :func:`merge_persons` would write, for the user to see first."""
    if kept_id == other_id:
        raise CasefileError(_("a person cannot be merged with itself ({id})").format(id=kept_id))
    kept = records.require(cf, kept_id, "persons")
    other = records.require(cf, other_id, "persons")
    sources = []
    repointed: dict[str, tuple[str, dict]] = {}
    deleted: list[str] = []
    for link in records.referrers(cf, other_id):
        if link.from_id in (kept_id, other_id) or link.from_id in repointed or link.from_id in deleted:
            continue
        rec = records.require(cf, link.from_id)
        if rec.kind == "citations" and rec.data.get("supports") == other_id:
            sources.append(rec.data["source"])
        data = _repoint(SCHEMA[rec.kind], rec.data, other_id, kept_id)
        if rec.kind == "relations" and data.get("person") == data.get("of"):
            deleted.append(rec.id)  # "X is the sibling of X": the two records said they were two people
            continue
        repointed[rec.id] = (rec.kind, canonical(rec.kind, data))
    person = merged_person(kept.data, other.data, list(dict.fromkeys(sources)))
    # the kept person's own references to the other one (a consent the other gave) follow too
    person = canonical("persons", _repoint(SCHEMA["persons"], person, other_id, kept_id))
    return MergePlan(kept_id, other_id, person, list(repointed.values()), deleted)


def merge_persons(cf: CaseFile, kept_id: str, other_id: str) -> MergeResult:
    """Merge ``other_id`` into ``kept_id``: all or nothing, every change audited, a "same" decision
    recorded. Returns what :func:`unmerge` needs to put everything back."""
    plan = plan_merge(cf, kept_id, other_id)
    touched = [kept_id, other_id, *(d["id"] for _, d in plan.repointed), *plan.deleted]
    before = [(r.kind, copy.deepcopy(r.data)) for r in records.get_many(cf, touched).values()]
    with cf.transaction():
        records.save_many(cf, [("persons", plan.person), *plan.repointed])
        writer = records.RecordWriter(cf)
        for rid in [*plan.deleted, other_id]:
            writer.delete(rid)
        writer.flush()
        decisions.record_decision(cf, kept_id, other_id, decisions.SAME)
    return MergeResult(plan, before)


def unmerge(cf: CaseFile, result: MergeResult) -> None:
    """Put back every record a merge changed or deleted, as it was, and take back its "same"
    decision: all or nothing, audited (the undo of a merge)."""
    order = {kind: i for i, kind in enumerate(LISTS)}
    restored = sorted(result.before, key=lambda kd: order[kd[0]])
    with cf.transaction():
        records.save_many(cf, restored)
        decisions.forget_decision(cf, result.plan.kept, result.plan.other)


def merged_into(cf: CaseFile, record_id: str) -> str | None:
    """The person a merged id now is (None if the id was never merged away)."""
    found = records.resolve_id(cf, record_id)
    return found if found and found != record_id else None
