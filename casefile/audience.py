"""What an audience may see: the one place that decides what leaves the case file.

Dossiers (``casefile.dossier``), audience exports (``casefile export --audience``) and shares read
the case file only through an :class:`AudienceView`. Given a case file and an audience (``un``,
``amnesty``, ``lawyers``, ``public``) it gives back records as that audience may see them:

* a record marked ``confidential`` never appears; ``restricted`` never goes to ``public``;
  a testimony only under its witness's consent (``casefile.consent``, the rules as pure functions);
* persons are named as consent allows (:meth:`AudienceView.naming`): a victim in full only where
  the family's consent allows it for this audience (initials, or nothing, otherwise); a witness
  only when every testimony they gave allows it; an official when their record may appear; anyone
  else (relatives, who last saw a victim, ...) has no consent to be named and is not. Whoever is
  not named appears only under a stable reference (:meth:`AudienceView.reference`, "V-7KQ3MZ"),
  derived with a key only holders of the case file have, never from or as a record id (ids are
  typed by people and often hold names);
* free text (testimony text, notes, summaries, circumstances, descriptions, bases, outcomes) that
  contains a withheld name is withheld whole, never rewritten; names are matched as normalised
  whole words (``casefile.text``); other people's name fields are never touched;
* every record, field or text left out is listed in :attr:`AudienceView.withheld` with its reason,
  for the sender only.

What leaves, by whatever path, is one of these redacted copies; nothing else here decides.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import IO, TYPE_CHECKING, Any, TypeVar

from casefile import consent, records
from casefile.consent import Withheld, check_audience
from casefile.errors import Cancelled
from casefile.fieldtypes import map_references
from casefile.i18n import N_, _
from casefile.model import AUDIENCES, FORMAT_NAME, FORMAT_VERSION, LISTS, SCHEMA, Record, T
from casefile.text import tokens

if TYPE_CHECKING:
    from casefile.store import CaseFile

__all__ = [
    "AudienceView",
    "FamilyConsent",
    "Naming",
    "Withheld",
    "audience_document",
    "audience_head",
    "audience_records",
    "withheld_items",
    "withheld_summary",
    "withheld_what",
]

Progress = Callable[[int, int], None]
_V = TypeVar("_V")
CancelCheck = Callable[[], bool]

# --- how things are called in the withheld report (for the sender; ids are fine there) ----------

_WITHHELD_WHAT = {
    "persons": N_("person {id}"),
    "organizations": N_("organization {id}"),
    "places": N_("place {id}"),
    "events": N_("event {id}"),
    "acts": N_("act {id}"),
    "involvements": N_("involvement {id}"),
    "positions": N_("position {id}"),
    "relations": N_("relation {id}"),
    "interventions": N_("intervention {id}"),
    "testimonies": N_("testimony {id}"),
    "sources": N_("source {id}"),
    "citations": N_("citation {id}"),
}


def withheld_what(kind: str, record_id: str) -> str:
    """ "testimony t-05": how the withheld report names a record (words in the core's language)."""
    template = _WITHHELD_WHAT.get(kind)
    return _(template).format(id=record_id) if template else f"{kind} {record_id}"


def withheld_items(withheld: list[Withheld], limit: int = 12) -> list[str]:
    """What was left out and why, one line each ("testimony t-05: consent withdrawn (2021-06-01)");
    many items left out for one reason in one line. Words in the core's language, ids as they are."""
    by_reason: dict[str, list[str]] = {}
    for item in withheld:
        by_reason.setdefault(item.reason, []).append(item.what)
    lines = []
    for reason, whats in by_reason.items():
        if len(whats) <= limit:
            lines += [_("{what}: {reason}").format(what=what, reason=reason) for what in whats]
        else:
            shown = _(", ").join(whats[:limit])
            lines.append(
                _("{count} items ({shown}, ...): {reason}").format(count=len(whats), shown=shown, reason=reason)
            )
    return lines


def withheld_summary(withheld: list[Withheld], limit: int = 12) -> list[str]:
    """The withheld report for the sender (stderr, a dialog; never in what leaves): "withheld: ..."
    lines, or "withheld: nothing"."""
    if not withheld:
        return [_("withheld: nothing")]
    return [_("withheld: {item}").format(item=item) for item in withheld_items(withheld, limit)]


# --- naming -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Naming:
    """How a person appears for an audience.

    ``level``: ``full`` (named), ``initials`` or ``none`` (a victim the family did not let be named
    in full), ``reference`` (anyone else who may not be named: only a stable reference, with a
    non-identifying relation), ``hidden`` (does not appear at all).
    ``role``: ``victim``, ``witness``, ``official`` or ``person``.
    ``basis``: why, as a code a dossier words in its own language: ``full``, ``no_consent``,
    ``withdrawn`` (``when`` holds the withdrawal's date), ``not_covered``, ``initials_only``,
    ``asked_none``, ``witness_asked`` (a witness who did not allow naming), ``no_consent_to_name``
    (a person nothing lets be named), ``not_visible`` (the record may not go to this audience).
    """

    level: str
    role: str
    basis: str
    when: Any = None

    @property
    def named(self) -> bool:
        return self.level == "full"

    @property
    def appears(self) -> bool:
        return self.level != "hidden"


@dataclass(frozen=True)
class FamilyConsent:
    """A victim's family consent as it may be reported: ``status`` is ``present``, ``incomplete``
    (no date or no giver recorded: a UN desk officer cannot rely on it), or ``withdrawn``;
    ``given_by`` the giver's id when they may appear (shown through the view); ``answers`` the way
    of naming allowed per audience (None where the consent does not reach that audience)."""

    status: str
    given_by: str | None
    recorded: Any
    withdrawn: Any
    answers: dict[str, str | None]
    notes: str | None = None


#: Fields of a victim who is not named in full that may still appear: none of them is a name.
_UNNAMED_VICTIM_KEEPS = (
    "id",
    "roles",
    "sex",
    "birth",
    "birth_place",
    "nationality",
    "occupation",
    "residence",
    "circumstances",
    "affiliation",
    "burial",
    "death_certificate",
    "family_informed",
    "family_consent",
    "notes",
    "confidentiality",
)

#: Fields whose words name a person: what a text is searched for when its person is withheld.
_NAME_FIELDS = ("name", "father_name", "mother_name")


def _title_fields(kind: str) -> tuple[str, ...]:
    """Name-like fields that, holding a withheld name, take their record with them (a required title)."""
    return {"events": ("title",), "sources": ("title",), "positions": ("title",)}.get(kind, ())


def _free_text_paths(kind: str) -> list[tuple[str, ...]]:
    """The free-text fields of a list (``notes``, ``text``, ``consent.notes``, ``circumstances``...)."""
    paths: list[tuple[str, ...]] = []
    for f in SCHEMA[kind]:
        if f.type is T.TEXT:
            paths.append((f.name,))
        elif f.type is T.OBJECT:
            paths += [(f.name, g.name) for g in f.fields if g.type is T.TEXT]
    if kind == "persons":
        paths.append(("circumstances",))  # a narrative, kept as a name object (fa and/or en)
        # parents' names are other people's names: a parent who may not be named (a witness asking
        # for a pseudonym is often the victim's mother) takes the field with them
        paths += [("father_name",), ("mother_name",)]
    # strings people type names into: who wrote or published a source, who recorded a testimony,
    # where in a source ("letter from ..."), who acquired or held an attached file
    paths += {
        "sources": [("author",), ("publisher",)],
        "citations": [("locator",)],
        "testimonies": [("recorded_by",)],
    }.get(kind, [])
    return paths


#: The strings of an attachment (a source's files, a person's photo) that may name someone.
_ATTACHMENT_TEXT = ("acquired_by", "method")
_CUSTODY_TEXT = ("by", "action")


_FREE_TEXT = {kind: _free_text_paths(kind) for kind in LISTS}

# --- stable references ------------------------------------------------------------------------------

_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and copied by hand
CODE_LENGTH = 6  # 2^30 codes: two of 30,000 shown records share one about once in 2,400 files
_CODE_MASK = len(_CODE_ALPHABET) ** CODE_LENGTH - 1  # a number's first CODE_LENGTH digits
_LIST_PREFIX = {
    "organizations": "O",
    "places": "L",
    "events": "E",
    "acts": "A",
    "involvements": "I",
    "positions": "J",
    "relations": "R",
    "interventions": "N",
    "testimonies": "T",
    "sources": "S",
    "citations": "C",
}
_PERSON_PREFIX = {"victim": "V", "witness": "W"}  # anyone else: P
#: References remembered by record for a quick answer (a whole-file output computes the rest again).
_REFS_KEPT = 100_000
#: Records a whole-file output holds, and remembers as appearing, at most (it reads the rest again).
_RECENT_KEPT = 100_000


def _code(key: bytes, record_id: str, length: int) -> str:
    """The last ``length`` base-32 digits of HMAC-SHA-256(key, id), lowest first (the first four
    are the witness pseudonyms of earlier versions). Up to 12 digits need only the last 8 bytes."""
    return _digits(_number(key, record_id, whole=length > 12), length)


def _number(key: bytes, record_id: str, whole: bool = False) -> int:
    """The number whose lowest base-32 digits are a record's code: the HMAC's last 8 bytes (12
    digits), or all of it."""
    digest = hmac.new(key, record_id.encode(), hashlib.sha256).digest()
    return int.from_bytes(digest if whole else digest[-8:], "big")


def _digits(number: int, length: int) -> str:
    chars = []
    for _position in range(length):
        number, digit = divmod(number, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[digit])
    return "".join(chars)


# --- the view -----------------------------------------------------------------------------------------


class AudienceView:
    """The case file as ``audience`` may see it. One view per dossier, export or share: it keeps
    what it has read and what it has withheld (:attr:`withheld`), so reuse it for one output only.

    Reads go through :meth:`get` / :meth:`record` (a redacted copy, or None when the record may
    not appear), :meth:`referring` and :meth:`iter_records`; :meth:`naming` says how a person
    appears; :meth:`reference` gives the stable reference that stands for a record (and is its id in
    an audience export); :meth:`exported` rewrites a record's id and references into references.
    """

    def __init__(self, cf: CaseFile, audience: str) -> None:
        check_audience(audience)
        self.cf = cf
        self.audience = audience
        self._withheld: dict[Withheld, None] = {}  # in the order noted, each once
        self._raw: dict[str, Record | None] = {}
        self._reasons: dict[str, str | None] = {}
        self._recent: dict[str, None] = {}  # records lately found to appear (see _reason)
        self._redacted: dict[str, dict[str, Any]] = {}
        self._namings: dict[str, Naming] = {}
        self._alike: dict[Any, Any] = {}  # see _shared
        self._roles: dict[str, frozenset[str]] = {}
        self._roles_complete = False
        self._witness_consents: dict[str, Sequence[Any]] = {}
        self._witness_complete = False
        self._relations: dict[str, list[str]] = {}
        self._key = consent.pseudonym_key(records.case_secret(cf))
        self._refs: dict[str, str] = {}  # the references last asked for (a bounded cache)
        self._ref_owner: dict[str, str] = {}  # references given in this output that may be shared: whose
        self._shared_codes: set[int] | None = None  # codes two records of the file share (whole-file outputs)
        self._by_code: dict[str, list[tuple[str, str]]] | None = None
        # every name (a whole-file output): the rowid of the person it names, or an array of them
        self._name_index: dict[str, int | array[int]] | None = None
        self._name_owner: dict[int, str] = {}  # with it: each named person's id by rowid
        self._name_starts: set[str] = set()  # with it: the first words of each name, one or more
        self._name_lookups = 0
        self._longest_name: int | None = None

    # -- the withheld report ---------------------------------------------------------------------------

    @property
    def withheld(self) -> list[Withheld]:
        """Everything left out so far and why, in the order noted (for the sender only)."""
        return list(self._withheld)

    def withhold(self, what: str, reason: str) -> None:
        """Note something left out and why (for the sender; each pair once)."""
        self._withheld.setdefault(Withheld(what, reason))

    # -- raw reads (never returned to callers) ------------------------------------------------------

    def _get_raw(self, rid: str | None) -> Record | None:
        if not rid:
            return None
        if rid not in self._raw:
            if len(self._raw) >= _RECENT_KEPT and self._shared_codes is not None:
                self._raw.clear()  # a whole-file output reads again what it asks for again
            self._raw[rid] = records.get(self.cf, rid)
        return self._raw[rid]

    def prefetch(self, ids: Iterable[str]) -> None:
        """Read these records (and, for persons, their roles) in bulk: for long lists."""
        missing = [i for i in dict.fromkeys(ids) if i and i not in self._raw]
        if missing:
            found = records.get_many(self.cf, missing)
            for i in missing:
                self._raw[i] = found.get(i)
        persons = [i for i in missing if (r := self._raw.get(i)) is not None and r.kind == "persons"]
        if persons and not self._roles_complete:
            roles = records.roles_of_many(self.cf, persons)
            for pid in persons:
                self._roles[pid] = self._shared(frozenset(roles.get(pid, ())))
            # Whoever gave a testimony is a witness, whatever the derived roles table says (the
            # testimonies are the records themselves; a table can be edited behind the app's back).
            witnesses = [p for p in persons if p not in self._witness_consents]
            if witnesses and not self._witness_complete:
                found_consents = records.testimony_consents(self.cf, witnesses)
                for w in witnesses:
                    self._witness_consents[w] = found_consents.get(w, [])

    def _preload_people(self) -> None:
        """Everyone's roles and every witness's consents in two reads (for a whole-file output)."""
        # one frozenset per combination of roles, not a set per person (500,000 victims: 100 MB)
        if not self._roles_complete:
            self._roles.update((pid, self._shared(frozenset(r))) for pid, r in records.roles_of_many(self.cf).items())
            self._roles_complete = True
        if not self._witness_complete:
            self._witness_consents.update(records.testimony_consents(self.cf))
            self._witness_complete = True

    def _shared(self, value: _V) -> _V:
        """One object for each distinct value (a frozenset of roles, a naming): a whole-file output
        keeps one per person, and most are alike."""
        try:
            return self._alike.setdefault(value, value)
        except TypeError:  # not hashable (a naming whose date is an object): kept as it is
            return value

    def _remember(self, recs: Iterable[Record]) -> list[Record]:
        found = list(recs)
        for r in found:
            self._raw.setdefault(r.id, r)
        return found

    def _learn_shared_codes(self) -> None:
        """Which codes two records of the file share (a whole-file output): only references with
        such a code need their owner kept to stay unique; the others are unique in the file as they
        are. Found from every id with two bitmaps (16 MB each), whatever the size of the file."""
        if self._shared_codes is not None:
            return
        codes = array("Q", (_number(self._key, rid) & _CODE_MASK for rid, _kind in records.record_ids(self.cf)))
        once, twice = bytearray(1 << 24), bytearray(1 << 24)  # a bit for each eight codes
        for code in codes:
            byte, bit = code >> 6, 1 << ((code >> 3) & 7)
            if once[byte] & bit:
                twice[byte] |= bit
            else:
                once[byte] |= bit
        counts: dict[int, int] = {}
        for code in codes:  # the few codes whose eight may be shared: counted one by one
            if twice[code >> 6] & (1 << ((code >> 3) & 7)):
                counts[code] = counts.get(code, 0) + 1
        self._shared_codes = {code for code, n in counts.items() if n > 1}

    def _roles_of(self, pid: str) -> frozenset[str]:
        if pid not in self._roles:
            if self._roles_complete:
                return frozenset()  # everyone with a role is in it: nothing to keep for the rest
            self._roles[pid] = self._shared(frozenset(records.roles_of(self.cf, pid)))
        return self._roles[pid]

    def _consents_of_witness(self, pid: str) -> Sequence[Any]:
        if pid not in self._witness_consents:
            if self._witness_complete:
                return ()  # every witness is in it
            self._witness_consents[pid] = records.testimony_consents(self.cf, [pid]).get(pid, [])
        return self._witness_consents[pid]

    # -- naming ------------------------------------------------------------------------------------

    def naming(self, pid: str | None) -> Naming:
        """How a person appears for this audience (see :class:`Naming`)."""
        if not pid:
            return Naming("hidden", "person", "not_visible")
        if pid not in self._namings:
            self._namings[pid] = self._shared(self._decide_naming(pid))
            # read only to decide it, and it is decided for good
            self._roles.pop(pid, None)
            self._witness_consents.pop(pid, None)
        return self._namings[pid]

    def _decide_naming(self, pid: str) -> Naming:
        rec = self._get_raw(pid)
        if rec is None or rec.kind != "persons":
            return Naming("hidden", "person", "not_visible")
        roles = {*self._roles_of(pid), *(rec.data.get("roles") or [])}
        if self._consents_of_witness(pid):  # from the testimonies themselves, not a derived table
            roles.add("witness")
        visible = consent.record_reason(rec, self.audience) is None
        witness_named: bool | None = None
        if "witness" in roles:
            witness_named = consent.witness_may_be_named({"consent": c} for c in self._consents_of_witness(pid))
        if "victim" in roles:
            if not visible:
                return Naming("hidden", "victim", "not_visible")
            basis, when = consent.family_naming_basis(rec.data, self.audience)
            level = {"full": "full", "asked_none": "none"}.get(basis, "initials")
            if level == "full" and witness_named is False:
                # a victim who also testified without allowing their name is not named anywhere
                return Naming("initials", "victim", "witness_asked")
            return Naming(level, "victim", basis, when)
        if "witness" in roles:
            if witness_named and visible:
                return Naming("full", "witness", "full")
            return Naming("reference", "witness", "witness_asked" if visible else "not_visible")
        if "official" in roles:
            return Naming("full", "official", "full") if visible else Naming("hidden", "official", "not_visible")
        return Naming("reference", "person", "no_consent_to_name")

    def family_consent(self, pid: str) -> FamilyConsent | None:
        """The family's consent to naming a victim as it may be reported to this audience (who gave
        it, when, its scope per audience), or None when none is recorded or the victim does not
        appear. Its scope is no secret: it says how the victim may be named, not who they are."""
        shown = self.record(pid)
        raw = self._get_raw(pid)
        if shown is None or raw is None or not isinstance(raw.data.get("family_consent"), Mapping):
            return None
        given = raw.data["family_consent"]
        listed = given.get("share_with") or []
        withdrawn = bool(given.get("withdrawn"))
        answers = {a: (consent.naming_answer(given, a) if a in listed and not withdrawn else None) for a in AUDIENCES}
        giver = given.get("given_by")
        giver = giver if giver and self.appears(giver) else None
        if given.get("withdrawn"):
            status = "withdrawn"
        elif not given.get("recorded") or not giver:
            status = "incomplete"
        else:
            status = "present"
        notes = (shown.get("family_consent") or {}).get("notes")
        return FamilyConsent(status, giver, given.get("recorded"), given.get("withdrawn"), answers, notes)

    def initials(self, pid: str, lang: str) -> str:
        """A victim's initials in ``lang``'s script ("M. K."); empty unless their naming allows them."""
        rec = self._get_raw(pid)
        if rec is None or self.naming(pid).level not in ("full", "initials"):
            return ""
        return consent.initials(rec.data.get("name"), lang)

    def relation(self, pid: str) -> str:
        """A non-identifying relation for someone who appears by reference: ``relative``,
        ``cellmate``, ``lawyer`` or ``witness`` ("mother of ..." would identify her)."""
        if pid not in self._relations:
            rels = records.referring_records(self.cf, pid, "relations", "person")
            self._relations[pid] = [str(r.data.get("is")) for r in rels]
        return consent.general_relation(self._relations[pid])

    # -- what may appear -------------------------------------------------------------------------

    def appears(self, rid: str | None) -> bool:
        """May this record appear (a person perhaps only under a reference)? Notes why not."""
        if rid in self._reasons:  # decided (the record itself may no longer be held)
            return self._reasons[rid] is None
        if rid in self._recent:
            return True
        rec = self._get_raw(rid)
        if rec is None:
            return False
        return self._reason(rec) is None

    def _reason(self, rec: Record) -> str | None:
        """Why a record may not appear for this audience (None if it may); noted once."""
        if rec.id in self._reasons:
            return self._reasons[rec.id]
        if rec.id in self._recent:
            return None
        self._reasons[rec.id] = None  # a cycle of references (citation of a citation) ends here
        reason = self._decide_reason(rec)
        self._reasons[rec.id] = reason
        if reason:
            self.withhold(withheld_what(rec.kind, rec.id), reason)
        elif rec.kind != "persons" and self._shared_codes is not None:
            # a whole-file output: that a record appears is kept only for the latest (decided again
            # when asked later: 1.75 million records of 500,000 victims held 190 MB of ids)
            del self._reasons[rec.id]
            if len(self._recent) >= _RECENT_KEPT:
                self._recent.clear()
            self._recent[rec.id] = None
        return reason

    def _decide_reason(self, rec: Record) -> str | None:
        kind, d = rec.kind, rec.data
        if kind == "persons":
            naming = self.naming(rec.id)
            if naming.appears:
                return None
            return consent.record_reason(rec, self.audience) or _("not named for this audience")
        if kind == "testimonies":
            reason = consent.testimony_reason(d, self.audience)
            if reason:
                return reason
            if not self.naming(d.get("witness")).appears:
                return _("its witness is withheld from this audience")
            names = self._names_in(d.get("text"))
            if names:
                return self._names_reason(names)
            return None
        reason = consent.record_reason(rec, self.audience)
        if reason:
            return reason
        if kind in ("acts", "interventions") and not self.naming(d.get("victim")).appears:
            return _("it concerns a victim withheld from this audience")
        if kind == "involvements":
            who = d.get("person") or d.get("organization")
            what = d.get("event") or d.get("act")
            if not self.appears(who):
                return _("it names or concerns a record withheld from this audience")
            if not self.appears(what):
                return _("it concerns a record withheld from this audience")
        if kind == "positions" and not self.naming(d.get("person")).named:
            return _("it would identify a person who may not be named for this audience")
        if kind == "relations" and not (self.appears(d.get("person")) and self.appears(d.get("of"))):
            return _("it concerns a record withheld from this audience")
        if kind == "citations" and not (self.appears(d.get("source")) and self.appears(d.get("supports"))):
            return _("it concerns a record withheld from this audience")
        for name in _title_fields(kind):
            found = self._names_in_value(d.get(name))
            if found:
                return self._names_reason(found)
        return None

    # -- redacted copies ---------------------------------------------------------------------------

    def record(self, rid: str | None) -> dict[str, Any] | None:
        """A copy of the record as this audience may see it (ids as in the case file), or None."""
        rec = self._get_raw(rid)
        if rec is None or self._reason(rec) is not None:
            return None
        if rec.id not in self._redacted:
            self._redacted[rec.id] = self._redact(rec)
        return self._redacted[rec.id]

    def get(self, rid: str | None) -> Record | None:
        """:meth:`record` as a :class:`~casefile.model.Record` (its list, id and redacted data)."""
        data = self.record(rid)
        if data is None:
            return None
        rec = self._raw.get(str(rid)) or self._get_raw(rid)
        assert rec is not None
        return Record(rec.kind, rec.id, data)

    def _redact(self, rec: Record) -> dict[str, Any]:
        """The record as the audience may see it. Records with nothing to take out are returned as
        read (a victims table of thousands copies nothing): callers never modify what they get."""
        kind = rec.kind
        paths = [p for p in _FREE_TEXT[kind] if _at(rec.data, p) not in (None, "")]
        files = _attachments_of(rec.data)
        if not paths and not files and (kind != "persons" or self.naming(rec.id).level == "full"):
            return rec.data
        data = _json_copy(rec.data)
        if kind == "persons":
            naming = self.naming(rec.id)
            if naming.level == "reference":
                return {"id": rec.id, "name": {"en": self.reference(rec.id)}}
            if naming.level in ("initials", "none"):
                data = {k: v for k, v in data.items() if k in _UNNAMED_VICTIM_KEEPS}
                if naming.level == "initials":
                    name = rec.data.get("name") or {}
                    letters = {lang: consent.initials(name, lang) for lang in ("fa", "en") if name.get(lang)}
                    data["name"] = {k: v for k, v in letters.items() if v} or {"en": self.reference(rec.id)}
                else:
                    data["name"] = {"en": self.reference(rec.id)}
                if isinstance(data.get("family_consent"), dict):
                    # who gave it is shown through the view (by reference when not named)
                    data["family_consent"] = dict(data["family_consent"])
            if naming.level != "full":
                self.withhold(_("name of person {id}").format(id=rec.id), self._naming_reason(naming))
        for path in paths:
            self._check_text(rec, data, path)
        for field, att in _attachments_of(data):
            self._check_attachment(rec, field, att)
        return data

    def _check_attachment(self, rec: Record, field: str, att: dict[str, Any]) -> None:
        """Leave out who acquired or held a file, and how, when that names a withheld person."""
        for key in _ATTACHMENT_TEXT:
            found = self._names_in(att.get(key))
            if found:
                self._withhold_text(rec, f"{field}.{key}", found)
                del att[key]
        for step in att.get("custody") or []:
            for key in _CUSTODY_TEXT:
                found = self._names_in(step.get(key)) if isinstance(step, dict) else []
                if found:
                    self._withhold_text(rec, f"{field}.custody.{key}", found)
                    del step[key]

    def _check_text(self, rec: Record, data: dict[str, Any], path: tuple[str, ...]) -> None:
        holder: Any = data
        for key in path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or holder.get(path[-1]) in (None, ""):
            return
        value = holder[path[-1]]
        if isinstance(value, dict) and path[-1] in _NAME_FIELDS:  # one person's name in two scripts
            found = self._names_in_value(value)
            if found:
                self._withhold_text(rec, ".".join(path), found)
                del holder[path[-1]]
            return
        if isinstance(value, dict):  # a narrative in fa and/or en: each form on its own
            kept = {}
            for lang, text in value.items():
                found = self._names_in(text)
                if found:
                    self._withhold_text(rec, ".".join(path) + f".{lang}", found)
                else:
                    kept[lang] = text
            if kept:
                holder[path[-1]] = kept
            else:
                del holder[path[-1]]
            return
        found = self._names_in(value)
        if found:
            self._withhold_text(rec, ".".join(path), found)
            del holder[path[-1]]

    def _withhold_text(self, rec: Record, field: str, names: list[tuple[str, str]]) -> None:
        what = _("{field} of {what}").format(field=field, what=withheld_what(rec.kind, rec.id))
        self.withhold(what, self._names_reason(names))

    def _names_reason(self, found: list[tuple[str, str]]) -> str:
        """Why a text is withheld: the withheld persons it names, or the record ids it holds."""
        persons = [rid for what, rid in found if what == "name"]
        if persons:
            return _("it contains the name of {ids}, who may not be named for this audience").format(
                ids=_(", ").join(persons)
            )
        ids = _(", ").join(rid for _what, rid in found)
        return _("it contains the record id {ids}; record ids never leave the case file").format(ids=ids)

    def _naming_reason(self, naming: Naming) -> str:
        return {
            "no_consent": _("no family consent recorded"),
            "withdrawn": _("family consent withdrawn ({date})").format(date=consent.date_text(naming.when)),
            "not_covered": _("family consent does not cover the audience {audience!r}").format(audience=self.audience),
            "initials_only": _("the family's consent allows initials only"),
            "asked_none": _("the family asked that the victim not be named"),
            "witness_asked": _("the witness did not allow their name to be given"),
            "no_consent_to_name": _("nothing recorded allows this person to be named"),
            "not_visible": _("the person's record may not go to this audience"),
        }.get(naming.basis, naming.basis)

    # -- withheld names in text -----------------------------------------------------------------------

    def _names_in_value(self, value: Any) -> list[tuple[str, str]]:
        if isinstance(value, dict):
            found: list[tuple[str, str]] = []
            for text in value.values():
                found += [p for p in self._names_in(text) if p not in found]
            return found
        return self._names_in(value)

    def _names_in(self, text: Any) -> list[tuple[str, str]]:
        """What in ``text`` may not leave, matched as whole normalised words: ("name", person id)
        for the name of a person not named for this audience, ("id", record id) for a record's id
        (ids are typed by people and often hold names: "see t-mother" would undo a pseudonym)."""
        if not isinstance(text, str) or not text.strip():
            return []
        found: list[tuple[str, str]] = []
        for pid in self._named_in(tokens(text)):
            if ("name", pid) not in found and not self.naming(pid).named:
                found.append(("name", pid))
        return found + [("id", rid) for rid in self._ids_in(text)]

    def _named_in(self, words: list[str]) -> list[str]:
        """Every person one of whose names (names, aliases, parents' names, identity documents:
        ``records.name_phrases``) these words hold, in the order the text names them (a text may
        name someone who is not otherwise in what leaves: a testimony about one victim naming
        another); whether they may be named is decided only for these.

        The text's phrases are looked up in the ``person_names`` index, so a dossier reads only the
        persons its texts name; an output checking many texts (an audience export) reads every
        name once instead."""
        if not words:
            return []
        if self._longest_name is None:
            self._longest_name = records.longest_name_words(self.cf)
        if self._name_index is None and (self._roles_complete or self._name_lookups >= _NAME_LOOKUPS):
            # held as numbers, one id per person: 500,000 victims' names in about 100 MB
            index: dict[str, int | array[int]] = {}
            owner = self._name_owner
            for phrase, pid, order in records.all_person_name_phrases(self.cf):
                owner.setdefault(order, pid)
                held = index.setdefault(phrase, order)
                if held != order:
                    if isinstance(held, int):
                        index[phrase] = held = array("q", (held,))
                    held.append(order)
            self._name_index = index
            starts = set(index)
            starts.update(" ".join(w[:k]) for w in map(str.split, index) for k in range(1, len(w)))
            self._name_starts = starts
        longest = self._longest_name
        first: dict[str, int] = {}  # each phrase of the text up to the longest name: where it first is
        if self._name_index is not None:
            # only phrases that begin a name: most words begin none, and a long text has thousands
            starts = self._name_starts
            for i, word in enumerate(words):
                phrase, end = word, min(i + longest, len(words))
                for j in range(i + 1, end + 1):
                    if phrase not in starts:
                        break
                    first.setdefault(phrase, i)
                    if j < end:
                        phrase = f"{phrase} {words[j]}"
            index, owner = self._name_index, self._name_owner
            rows = []
            for phrase in first:
                held = index.get(phrase)
                if held is not None:
                    rows += [(phrase, owner[o], o) for o in ((held,) if isinstance(held, int) else held)]
        else:
            for i in range(len(words)):
                for n in range(1, min(longest, len(words) - i) + 1):
                    first.setdefault(" ".join(words[i : i + n]), i)
            self._name_lookups += 1
            rows = records.person_name_phrases(self.cf, first)
        # where each person is first named; persons named at one place in the order they were added
        at: dict[str, tuple[int, int]] = {}
        for phrase, pid, order in rows:
            place = (first[phrase], order)
            if pid not in at or place < at[pid]:
                at[pid] = place
        return sorted(at, key=at.__getitem__)

    def _ids_in(self, text: str) -> list[str]:
        """The record ids ``text`` holds (written as in the file, or in lower case). A single plain
        word or number counts only as the id of a person who may not be named (an id such as
        "karimi"); otherwise "tehran" or "1988" in a text would match a record's id."""
        candidates: set[str] = set()
        joined: list[str] = []
        for run in _ID_RUN.findall(text):
            if "-" in run or "." in run or ":" in run or "/" in run:
                joined.append(run)
            else:  # one word (most of a text): itself, as the loop below would make it
                candidates.add(run.lstrip("_"))
        candidates.discard("")
        candidates.update([c.lower() for c in candidates])
        for run in joined:
            parts = _ID_PART.findall(run)[:16]
            for a in range(len(parts)):
                for b in range(a + 1, min(len(parts), a + 8) + 1):
                    piece = "".join(parts[a:b]).lstrip("-_.:/")
                    if piece:
                        candidates.update((piece, piece.lower()))
        if not candidates:
            return []
        found = []
        for rid, kind in records.kinds_of(self.cf, sorted(candidates)).items():
            plain = _ID_CONNECTOR.search(rid) is None and (rid.isalpha() or rid.isdigit())
            if plain and (kind != "persons" or self.naming(rid).named):
                continue
            found.append(rid)
        return sorted(found)

    # -- following references ----------------------------------------------------------------------

    def referring(self, rid: str, kind: str, field_name: str) -> list[Record]:
        """The records of ``kind`` whose ``field_name`` points at ``rid`` that may appear (redacted),
        in date order."""
        found = self._remember(records.referring_records(self.cf, rid, kind, field_name))
        return [r for r in (self.get(x.id) for x in found) if r is not None]

    def referring_many(self, ids: Iterable[str], kind: str, field_name: str) -> list[Record]:
        """As :meth:`referring`, for many targets at once (each record once, in the order added)."""
        found = self._remember(records.referring_records_many(self.cf, ids, kind, field_name))
        self.prefetch(str(r.data.get("victim")) for r in found if r.data.get("victim"))
        return [r for r in (self.get(x.id) for x in found) if r is not None]

    def iter_records(self, kinds: Iterable[str] = LISTS, ids: Iterable[str] | None = None) -> Iterator[Record]:
        """Every record of these lists that may appear, redacted, streamed in the order added
        (only those among ``ids`` when given). Persons who appear only under a reference are
        included: leave them out where nothing refers to them (:func:`audience_document` does)."""
        wanted = None if ids is None else set(ids)
        kinds = list(kinds)
        if wanted is None or len(wanted) > 1000:
            self._preload_people()
            self._learn_shared_codes()
        for kind in kinds:
            for rec in records.iter_records(self.cf, kind):
                if wanted is not None and rec.id not in wanted:
                    continue
                self._raw.setdefault(rec.id, rec)
                shown = self.get(rec.id)
                if shown is not None:
                    yield shown
                # streamed once: keep no copy (and no testimony's text) for the whole file; what is asked
                # about it later (may it appear, how is a person named, its reference) is kept, and a
                # record asked for again (an act a testimony is about) is read again
                self._redacted.pop(rec.id, None)
                self._raw.pop(rec.id, None)

    # -- references -----------------------------------------------------------------------------------

    def reference(self, rid: str) -> str:
        """The stable reference that stands for a record in what leaves ("V-7KQ3MZ" a victim,
        "W-..." a witness, "P-..." another person, "E-..." an event, ...): the same in every
        dossier, export and share of this case file, different in another case file, carrying
        nothing of the record's id or name. Computed only for the records asked about."""
        if rid in self._refs:
            return self._refs[rid]
        if self._shared_codes is None or rid in self._raw:
            rec = self._get_raw(rid)
            kind = rec.kind if rec is not None else None
        else:  # a whole-file output, which holds no record it has written: only its list is read
            kind = records.kinds_of(self.cf, [rid]).get(rid)
        if kind == "persons":
            prefix = _PERSON_PREFIX.get(self.naming(rid).role, "P")
        else:
            prefix = _LIST_PREFIX.get(kind or "", "X")
        number = _number(self._key, rid)
        ref = f"{prefix}-{_digits(number, CODE_LENGTH)}"
        if kind is None or self._shared_codes is None or number & _CODE_MASK in self._shared_codes:
            # Two records sharing a code in one output (about once in a billion pairs; a hundred
            # times among 500,000 victims): the later one takes a longer code, so references within
            # one output are always unique. Owners are kept only for codes that may be shared.
            length = CODE_LENGTH
            while self._ref_owner.get(ref, rid) != rid:
                length += 1
                ref = f"{prefix}-{_code(self._key, rid, length)}"
            self._ref_owner[ref] = rid
        if len(self._refs) >= _REFS_KEPT:
            self._refs.clear()  # only a shortcut: the owners stay, and keep references unique
        self._refs[rid] = ref
        return ref

    def resolve_reference(self, ref: str) -> str | None:
        """The id, in this case file, of the record a reference stands for (None if none or not
        one): to map records that come back (a share merged in) to the originals."""
        if ref in self._ref_owner:
            return self._ref_owner[ref]
        prefix, sep, code = ref.partition("-")
        if not sep or len(code) < CODE_LENGTH or any(c not in _CODE_ALPHABET for c in code):
            return None
        if self._by_code is None:
            self._by_code = {}
            for rid, kind in records.record_ids(self.cf):
                self._by_code.setdefault(_code(self._key, rid, CODE_LENGTH), []).append((rid, kind))
        matches = [
            rid
            for rid, kind in self._by_code.get(code[:CODE_LENGTH], [])
            if _code(self._key, rid, len(code)) == code
            and (prefix in ("V", "W", "P") if kind == "persons" else _LIST_PREFIX.get(kind) == prefix)
        ]
        return matches[0] if len(matches) == 1 else None

    def exported(self, rec: Record) -> dict[str, Any]:
        """A redacted record as it leaves in an export or share: its id and every reference
        replaced by references; references to what may not appear left out."""
        out = map_references(SCHEMA[rec.kind], rec.data, lambda rid: self.reference(rid) if self.appears(rid) else None)
        out["id"] = self.reference(rec.id)
        return out

    # -- the case file's own settings ---------------------------------------------------------------

    def submitter_placement(self) -> str:
        """Where the submitter's identity goes: ``none``, ``body`` or ``confidential_page``."""
        return consent.submitter_placement(records.case_settings(self.cf), self.audience)

    def submitter(self) -> dict[str, Any]:
        """The submitter as this audience may receive it (empty for ``public``, noted as withheld)."""
        submitter = dict(records.case_settings(self.cf).get("submitter") or {})
        if self.submitter_placement() == "none":
            if self.audience == "public" and submitter:
                self.withhold(_("submitter's identity"), _("never given in a public dossier"))
            return {}
        return submitter

    def case(self) -> dict[str, Any]:
        """The case file's settings as they may leave in an export or share: the title unless it
        holds a withheld name; the submitter only when they may be named in the body."""
        settings = records.case_settings(self.cf)
        out: dict[str, Any] = {}
        title = settings.get("title")
        if title:
            found = self._names_in(title)
            if found:
                self.withhold(_("the case file's title"), self._names_reason(found))
            else:
                out["title"] = title
        submitter = self.submitter()
        if submitter and self.submitter_placement() == "body":
            out["submitter"] = submitter
        elif submitter:
            self.withhold(_("submitter's identity"), _("the submitter asked for confidentiality"))
        return out


#: Texts whose names are looked up in the index one by one; past that, every name is read once.
_NAME_LOOKUPS = 1000
# A run of text that may be a record id ("a-v03-torture", "t_02", "v17"), and its parts.
_ID_RUN = re.compile(r"\w+(?:[-_.:/]\w+)*")
_ID_PART = re.compile(r"[-_.:/]?\w+")
_ID_CONNECTOR = re.compile(r"[-_.:/\s]")


def _attachments_of(data: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(field, attachment) for each attached file described with text that may name someone."""
    found: list[tuple[str, dict[str, Any]]] = []
    photo = data.get("photo")
    if isinstance(photo, dict):
        found.append(("photo", photo))
    for i, att in enumerate(data.get("attachments") or []):
        if isinstance(att, dict):
            found.append((f"attachments[{i}]", att))
    return [
        (field, att)
        for field, att in found
        if any(att.get(k) for k in _ATTACHMENT_TEXT) or any(isinstance(c, dict) for c in att.get("custody") or [])
    ]


def _at(data: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _json_copy(value: Any) -> Any:
    """A copy of a record's JSON (dicts, lists and scalars): what ``copy.deepcopy`` does, faster."""
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return value


# --- an exchange document for one audience ------------------------------------------------------------


def audience_document(
    cf: CaseFile,
    audience: str,
    *,
    ids: Iterable[str] | None = None,
    attachments: bool = True,
    view: AudienceView | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, Any]:
    """An exchange document holding only what ``audience`` may see (of the records among ``ids``,
    or all): every id and reference replaced by its stable reference, withheld records and fields
    absent, a person who may not be named present only as a reference (and only when something
    in the document refers to them). What was withheld is in ``view.withheld`` (pass a view to
    read it). Importable into an empty case file as it is. For a whole file, write it with
    :func:`write_audience_document`, which holds no more than a record in memory."""
    view = view or AudienceView(cf, audience)
    lists: dict[str, list[dict[str, Any]]] = {}
    # one snapshot of the file: a record saved meanwhile is in the document whole or not at all
    with cf.snapshot():
        for kind, out, _source in audience_records(cf, view, ids, attachments, progress, cancelled):
            lists.setdefault(kind, []).append(out)
        doc = audience_head(view)
    return doc | {kind: lists[kind] for kind in LISTS if lists.get(kind)}


def write_audience_document(
    cf: CaseFile,
    audience: str,
    out: IO[str],
    *,
    ids: Iterable[str] | None = None,
    attachments: bool = True,
    view: AudienceView | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    spool_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write :func:`audience_document` to ``out`` (the same text as ``dump_document`` of it) without
    holding it: each record goes, as it is decided, to an unnamed spool file in ``spool_dir`` (0600;
    the system frees it if the process dies), and from there into ``out`` once the persons known only
    by a reference are known (they end the persons list but are referred to by every list after it).
    Nothing is written to ``out`` until every record has been decided, so a cancel or an error leaves
    it untouched."""
    from casefile.exchange import StreamedList, dump_document

    view = view or AudienceView(cf, audience)
    with tempfile.TemporaryFile("w+b", dir=spool_dir) as spool:
        runs: dict[str, list[list[int]]] = {}  # list -> where its records are in the spool: [offset, how many]
        last = None
        with cf.snapshot():
            for kind, record, _source in audience_records(cf, view, ids, attachments, progress, cancelled):
                if kind != last:  # the persons list comes in two runs: those named, then references
                    runs.setdefault(kind, []).append([spool.tell(), 0])
                    last = kind
                runs[kind][-1][1] += 1
                spool.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
            doc = audience_head(view)
        for kind in LISTS:
            if kind in runs:
                doc[kind] = StreamedList(partial(_read_runs, spool, runs[kind]))
        dump_document(doc, out)


def audience_head(view: AudienceView) -> dict[str, Any]:
    """What an audience document begins with: the format and the case file's settings it may see
    (read after its records: a title naming a withheld person is noted after them)."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    case = view.case()
    if case:
        doc["case"] = case
    return doc


def _read_runs(spool: IO[bytes], runs: list[list[int]]) -> Iterator[Any]:
    """One list of the document, read back from the spool (its runs: [offset, how many])."""
    for offset, count in runs:
        spool.seek(offset)
        for _n in range(count):
            yield json.loads(spool.readline())


def audience_records(
    cf: CaseFile,
    view: AudienceView,
    ids: Iterable[str] | None = None,
    attachments: bool = True,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Each record of the audience document, as (list, record as it leaves, id of the record it
    stands for: for the sender only), in the order read; the persons known only by a reference that
    something in the document refers to come last (they end the persons list)."""
    from casefile.exchange import with_attachment_data

    report = progress or (lambda done, total: None)
    is_cancelled = cancelled or (lambda: False)
    total = records.count(cf)
    done = 0
    reference_only: list[str] = []
    referenced: set[str] = set()  # of those, the ones something that leaves refers to
    for rec in view.iter_records(LISTS, ids):
        done += 1
        if done % 500 == 0:
            report(done, total)
            if is_cancelled():
                raise Cancelled()
        if rec.kind == "persons" and view.naming(rec.id).level == "reference":
            reference_only.append(rec.id)
            continue
        data = with_attachment_data(cf, rec.kind, rec.data) if attachments else rec.data
        for _path, target, kinds in _references_of(rec):
            if "persons" in kinds and view.naming(target).level == "reference":
                referenced.add(target)
        yield rec.kind, view.exported(Record(rec.kind, rec.id, data)), rec.id
    for pid in reference_only:
        shown = view.get(pid) if pid in referenced else None
        if shown is not None:
            yield "persons", view.exported(shown), pid
    report(total, total)


def _references_of(rec: Record) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    from casefile.validate import references

    return references(rec.kind, rec.data)
