"""The consent and confidentiality rules, as pure functions over exchange-format dicts.

These are the rules of ``shared/spec/exchange-format.md`` ("Consent" and "Audiences and what a
dossier may show"), each readable and testable in one screen, with no database, no reportlab and no
Qt. They are applied in one place, :mod:`casefile.audience` (the audience view), which everything
that leaves the machine reads (dossiers, audience exports, shares):

* a record marked ``confidential`` never leaves; ``restricted`` (the default) never goes to
  ``public`` (:func:`record_reason`). Lists without a ``confidentiality`` field go where the
  records they attach to go;
* a testimony goes to an audience only if its consent lists it, is not withdrawn and the testimony
  is not confidential; a ``sensitive`` one also needs ``covers_sensitive`` and never goes to
  ``public`` (:func:`testimony_reason`);
* a witness is named only if every testimony they gave says ``name_witness: true``
  (:func:`witness_may_be_named`); otherwise they appear under a stable reference with a
  non-identifying relation (:func:`general_relation`);
* a victim is named in full only where the family's consent lists the audience, is not withdrawn
  and allows ``full`` for it (one answer, or one per audience: :func:`naming_answer`,
  :func:`family_naming`); otherwise by initials, or not even that when the family said so;
* the submitter appears only for non-public audiences; when they asked for confidentiality, only
  on a separate last page headed as confidential and not for transmission
  (:func:`submitter_placement`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casefile.dates import format_date
from casefile.errors import DateError
from casefile.i18n import _, current_language
from casefile.model import AUDIENCES, DEFAULT_CONFIDENTIALITY, Record, field_of

__all__ = [
    "AUDIENCES",
    "Withheld",
    "confidentiality_of",
    "date_text",
    "family_naming",
    "family_naming_basis",
    "general_relation",
    "initials",
    "naming_answer",
    "pseudonym_key",
    "record_reason",
    "subject_refusal",
    "submitter_placement",
    "testimony_reason",
    "witness_may_be_named",
]


@dataclass(frozen=True, slots=True)
class Withheld:
    """Something left out of what leaves the machine, and why (for the sender only)."""

    what: str  # e.g. "testimony t-05"
    reason: str  # e.g. "consent withdrawn (2021-06-01)"; both in the language of the core's messages

    def __str__(self) -> str:
        return _("{what}: {reason}").format(what=self.what, reason=self.reason)


def check_audience(audience: str) -> None:
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; one of {', '.join(AUDIENCES)}")


def _kind_data(record: Record | tuple[str, Mapping[str, Any]]) -> tuple[str, Mapping[str, Any]]:
    if isinstance(record, Record):
        return record.kind, record.data
    return record


def confidentiality_of(kind: str, data: Mapping[str, Any]) -> str | None:
    """The record's confidentiality, or None for lists that cannot be marked."""
    if field_of(kind, "confidentiality") is None:
        return None
    return str(data.get("confidentiality") or DEFAULT_CONFIDENTIALITY)


def record_reason(record: Record | tuple[str, Mapping[str, Any]], audience: str) -> str | None:
    """Why this record may not go to ``audience`` by its confidentiality; None if it may."""
    check_audience(audience)
    kind, data = _kind_data(record)
    level = confidentiality_of(kind, data)
    if level == "confidential":
        return _("marked confidential")
    if level == "restricted" and audience == "public":
        return _("marked restricted, which never goes to a public dossier")
    return None


def _consent_state(consent: Any, audience: str, *, family: bool = False) -> str | None:
    """None if this consent object lets the record go to ``audience``, else why not (worded for a
    testimony's consent, or for a victim's family's when ``family``)."""
    if not isinstance(consent, Mapping):
        return _("no family consent recorded") if family else _("no consent recorded")
    if consent.get("withdrawn"):
        when = date_text(consent["withdrawn"])
        if family:
            return _("family consent withdrawn ({date})").format(date=when)
        return _("consent withdrawn ({date})").format(date=when)
    if audience not in (consent.get("share_with") or []):
        if family:
            return _("family consent does not cover the audience {audience!r}").format(audience=audience)
        return _("consent does not cover the audience {audience!r}").format(audience=audience)
    return None


def date_text(value: Any) -> str:
    """A date inside a reason, in the language of the core's messages: in Persian, Jalali with
    Persian digits ("۲۲ بهمن ۱۳۹۹"); in English, as entered."""
    if current_language() == "fa":
        try:
            return format_date(value, "fa")
        except DateError:  # not a date the core can read: as entered
            pass
    if isinstance(value, Mapping):
        return _("{date} (Jalali)").format(date=value.get("value"))
    return str(value)


def testimony_reason(testimony: Mapping[str, Any], audience: str) -> str | None:
    """Why this testimony may not go to ``audience``; None if it may."""
    check_audience(audience)
    reason = record_reason(("testimonies", testimony), audience)
    if confidentiality_of("testimonies", testimony) == "confidential":
        return reason
    consent_problem = _consent_state(testimony.get("consent"), audience)
    if consent_problem:
        return consent_problem
    if reason:
        return reason
    if testimony.get("sensitive"):
        if audience == "public":
            return _("sensitive testimony never goes to a public dossier")
        if not (testimony.get("consent") or {}).get("covers_sensitive"):
            return _("sensitive testimony and the consent does not cover sensitive matters")
    return None


def witness_may_be_named(testimonies: Iterable[Mapping[str, Any]]) -> bool:
    """True only if every testimony the witness gave allows naming them (and there is at least one).

    One testimony asking for a pseudonym protects the witness everywhere: naming them beside
    another testimony would link the pseudonym to the name.
    """
    found = False
    for t in testimonies:
        found = True
        if (t.get("consent") or {}).get("name_witness") is not True:
            return False
    return found


def naming_answer(consent: Mapping[str, Any] | None, audience: str) -> str | None:
    """What the family's consent says about naming the victim for ``audience``: ``full``,
    ``initials``, ``none``, or None when it says nothing for that audience.

    ``name`` is one answer for every audience the consent lists, or (1.1) an object with one answer
    per audience; an audience absent from the object gets no answer. Without ``name``: initials.
    """
    if not isinstance(consent, Mapping):
        return None
    name = consent.get("name", "initials")
    if isinstance(name, Mapping):
        answer = name.get(audience)
        return str(answer) if answer in ("full", "initials", "none") else None
    return str(name) if name in ("full", "initials", "none") else "initials"


def family_naming(person: Mapping[str, Any], audience: str) -> tuple[str, str | None]:
    """How a victim may be named for ``audience``: (``full``/``initials``/``none``, why not full).

    Full only where the family's consent lists the audience, is not withdrawn and says ``full``
    for it. Without such consent: initials. ``none`` only where the family said so.
    """
    check_audience(audience)
    consent = person.get("family_consent")
    problem = _consent_state(consent, audience, family=True)
    if problem:
        return "initials", problem
    answer = naming_answer(consent, audience)
    if answer == "full":
        return "full", None
    if answer == "none":
        return "none", _("the family asked that the victim not be named")
    if answer is None:
        return "initials", _("family consent does not cover the audience {audience!r}").format(audience=audience)
    return "initials", _("the family's consent allows initials only")


def family_naming_basis(person: Mapping[str, Any], audience: str) -> tuple[str, Any]:
    """Why ``family_naming`` names a victim as it does, as a code a dossier words in its own
    language: ``full``, ``no_consent``, ``withdrawn`` (with the withdrawal's date value),
    ``not_covered``, ``initials_only`` or ``asked_none``."""
    check_audience(audience)
    consent = person.get("family_consent")
    if not isinstance(consent, Mapping):
        return "no_consent", None
    if consent.get("withdrawn"):
        return "withdrawn", consent["withdrawn"]
    if audience not in (consent.get("share_with") or []):
        return "not_covered", None
    answer = naming_answer(consent, audience)
    if answer is None:
        return "not_covered", None
    return {"full": "full", "none": "asked_none"}.get(answer, "initials_only"), None


_WORD_SPLIT = re.compile(r"\s+")  # a ZWNJ joins parts of one word (غلام‌رضا): not a word break


def initials(name: Any, lang: str = "en") -> str:
    """Initials of a name object, "M. K." ("Mohammad-Hossein Karimi-Nejad" gives "M. K.")."""
    from casefile.model import name_text

    text = name_text(name, lang)
    letters = [w[0] for w in _WORD_SPLIT.split(text) if w and w[0].isalpha()]
    return " ".join(f"{c.upper()}." for c in letters)


_GENERAL_RELATIONS = {
    "mother": "relative",
    "father": "relative",
    "sibling": "relative",
    "spouse": "relative",
    "child": "relative",
    "relative": "relative",
    "cellmate": "cellmate",
    "lawyer": "lawyer",
}


def general_relation(relation_kinds: Iterable[str]) -> str:
    """A non-identifying relation for a pseudonymous witness: ``relative``, ``cellmate``,
    ``lawyer`` or ``witness`` ("mother of v-01" would identify her)."""
    found = {_GENERAL_RELATIONS.get(k, "witness") for k in relation_kinds}
    for choice in ("relative", "cellmate", "lawyer"):
        if choice in found:
            return choice
    return "witness"


# --- stable references -------------------------------------------------------------------------


def pseudonym_key(secret: str) -> bytes:
    """The key stable references ("W-7KQ3MZ") are made with (``casefile.audience``), from a value
    only holders of the case file know (``records.case_secret``). Keyed, so that nobody can test a
    guessed record id (ids such as ``w-mahin-sharifi`` are common) against a reference."""
    return hashlib.sha256(("casefile witness pseudonym\n" + secret).encode()).digest()


# --- subject and submitter ----------------------------------------------------------------------


def subject_refusal(record: Record, audience: str) -> str | None:
    """A message refusing a dossier on this subject for ``audience``, or None if it may be made."""
    level = confidentiality_of(record.kind, record.data)
    if level == "confidential":
        return _("{id} is marked confidential: no dossier on it may be made for any audience").format(id=record.id)
    if level == "restricted" and audience == "public":
        return _(
            "{id} is marked restricted: a public dossier on it is refused "
            "(choose the un, amnesty or lawyers audience, or mark the record public if that is right)"
        ).format(id=record.id)
    return None


def submitter_placement(case: Mapping[str, Any], audience: str) -> str:
    """Where the submitter's identity goes: ``none``, ``body`` or ``confidential_page``.

    Never in a public dossier; on a separate confidential last page when the submitter asked for
    confidentiality; otherwise in the body. Headers and metadata never carry it (callers do not
    ask for it there).
    """
    check_audience(audience)
    submitter = case.get("submitter") or {}
    if audience == "public" or not any(submitter.get(k) for k in ("name", "organization", "contact")):
        return "none"
    return "confidential_page" if submitter.get("confidential") else "body"


# --- one person entered twice -------------------------------------------------------------------

_NAMING_RANK = {"none": 0, "initials": 1, "full": 2}
_CONFIDENTIALITY_RANK = {"public": 0, "restricted": 1, "confidential": 2}


def _naming_level(consent: Mapping[str, Any], audience: str) -> str:
    name = consent.get("name", "initials")
    if isinstance(name, Mapping):
        name = name.get(audience)
    return str(name) if name in _NAMING_RANK else "initials"


def _date_lo(value: Any) -> str:
    from casefile.dates import parse_date

    try:
        lo = parse_date(value).lo
    except DateError:
        return ""
    return lo.isoformat() if lo else ""


def stricter_family_consent(first: Any, second: Any) -> dict[str, Any] | None:
    """The family consent a person entered twice keeps when the two records are merged: it allows
    no more than either. Only the audiences both list; for each, the lower way of naming (none,
    initials, full); withdrawn from the earlier withdrawal if either was withdrawn. The other
    details (who gave it, when, notes) are the first's. A consent recorded on one record only is
    kept as it is: the other record's silence is not a refusal, and without any consent the victim
    is named by initials everywhere anyway."""
    if not isinstance(first, Mapping):
        return dict(second) if isinstance(second, Mapping) else None
    if not isinstance(second, Mapping):
        return dict(first)
    out = dict(first)
    both = [a for a in AUDIENCES if a in (first.get("share_with") or []) and a in (second.get("share_with") or [])]
    out["share_with"] = both
    levels = {
        a: min(_naming_level(first, a), _naming_level(second, a), key=_NAMING_RANK.__getitem__) for a in AUDIENCES
    }
    chosen = {a: levels[a] for a in both}
    if "name" in first or "name" in second:
        if len(set(chosen.values())) <= 1:
            out["name"] = next(iter(chosen.values()), min(levels.values(), key=_NAMING_RANK.__getitem__))
        else:
            out["name"] = chosen
    withdrawn = [w for w in (first.get("withdrawn"), second.get("withdrawn")) if w]
    if withdrawn:
        out["withdrawn"] = min(withdrawn, key=_date_lo)
    return out


def stricter_confidentiality(first: Any, second: Any) -> str:
    """The stricter of two confidentiality levels (absent is the default, restricted)."""
    levels = [str(v or DEFAULT_CONFIDENTIALITY) for v in (first, second)]
    return max(levels, key=lambda v: _CONFIDENTIALITY_RANK.get(v, 1))
