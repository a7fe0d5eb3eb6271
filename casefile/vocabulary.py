"""The words the case file defines, in every language: one catalogue for the core, the dossiers and
the desktop.

What a family or a lawyer reads for a list ("Testimony"), a field ("Place of birth"), an enumerated
value (``detention`` -> "detention" / «حبس»), a language and every label a dossier prints comes from
here, so each concept has one wording in each language (docs/terminology.md lists the Persian
choices). English is the msgid; the translations are the core's gettext catalogue (domain
``casefile``, ``resources/i18n/<lang>/LC_MESSAGES/casefile.po``), where each entry has a context so
that one English word with two meanings stays two entries:

- ``list``: the name of a list, one record and many;
- ``field``: a field's label;
- ``value``: an enumerated value (the same identifier in two value sets shares the entry when it
  means the same thing: ``execution`` as an act and as an event);
- ``audience``: who a dossier or an export is for;
- ``language``: a language's name;
- ``dossier``: the rest of what a dossier prints (headings, notes, sentences).

Every function takes the language explicitly (a dossier's language is not the interface's); one
gettext translations object is kept per language. Qt's own strings (menus, buttons, dialog text)
stay in the desktop's ``.ts``; none of these words is translated there again.
"""

from __future__ import annotations

import gettext
import threading
from typing import Any

from casefile.i18n import DOMAIN, catalogue_dir
from casefile.model import SCHEMA, Field


def NC_(context: str, message: str) -> str:  # noqa: N802 - gettext's naming for a marker
    """Marks ``message`` for extraction in ``context`` (``pybabel --keywords NC_:1c,2``); the
    lookup happens when it is shown."""
    return message


#: Each list's name for one record and for many.
LISTS: dict[str, tuple[str, str]] = {
    "persons": (NC_("list", "Person"), NC_("list", "Persons")),
    "organizations": (NC_("list", "Organization"), NC_("list", "Organizations")),
    "places": (NC_("list", "Place"), NC_("list", "Places")),
    "events": (NC_("list", "Event"), NC_("list", "Events")),
    "acts": (NC_("list", "Act"), NC_("list", "Acts")),
    "involvements": (NC_("list", "Involvement"), NC_("list", "Involvements")),
    "positions": (NC_("list", "Position"), NC_("list", "Positions")),
    "relations": (NC_("list", "Relation"), NC_("list", "Relations")),
    "interventions": (NC_("list", "Intervention"), NC_("list", "Interventions")),
    "testimonies": (NC_("list", "Testimony"), NC_("list", "Testimonies")),
    "sources": (NC_("list", "Source"), NC_("list", "Sources")),
    "citations": (NC_("list", "Citation"), NC_("list", "Citations")),
}

#: Each field's label, by the field's name (one label whatever list the field is in).
FIELDS: dict[str, str] = {
    "about": NC_("field", "About"),
    "acquired": NC_("field", "Acquired"),
    "acquired_by": NC_("field", "Acquired by"),
    "act": NC_("field", "Act"),
    "action": NC_("field", "Action"),
    "addressed_to": NC_("field", "Addressed to"),
    "affiliation": NC_("field", "Affiliation"),
    "aliases": NC_("field", "Other names"),
    "at": NC_("field", "At"),
    "attachments": NC_("field", "Attached files"),
    "author": NC_("field", "Author"),
    "basis": NC_("field", "Basis"),
    "birth": NC_("field", "Born"),
    "birth_place": NC_("field", "Place of birth"),
    "burial": NC_("field", "Burial"),
    "by": NC_("field", "By"),
    "certainty": NC_("field", "Certainty"),
    "circumstances": NC_("field", "Circumstances"),
    "confidentiality": NC_("field", "Confidentiality"),
    "consent": NC_("field", "Consent"),
    "covers_sensitive": NC_("field", "Also covers the sensitive matters"),
    "custody": NC_("field", "Chain of custody"),
    "data": NC_("field", "Data"),
    "date": NC_("field", "Date"),
    "death_certificate": NC_("field", "Death certificate"),
    "description": NC_("field", "Description"),
    "end": NC_("field", "End"),
    "event": NC_("field", "Event"),
    "family_consent": NC_("field", "Family's consent to naming"),
    "family_informed": NC_("field", "Family told of the death"),
    "father_name": NC_("field", "Father's name"),
    "filename": NC_("field", "File name"),
    "given_by": NC_("field", "Given by"),
    "id": NC_("field", "ID"),
    "id_document": NC_("field", "Identity document"),
    "is": NC_("field", "Is the"),
    "kind": NC_("field", "Kind"),
    "language": NC_("field", "Language"),
    "lat": NC_("field", "Latitude"),
    "locator": NC_("field", "Where in the source"),
    "lon": NC_("field", "Longitude"),
    "media_type": NC_("field", "File type"),
    "merged": NC_("field", "Merged from"),
    "method": NC_("field", "Method"),
    "mother_name": NC_("field", "Mother's name"),
    "name": NC_("field", "Name"),
    "name_witness": NC_("field", "The witness may be named"),
    "nationality": NC_("field", "Nationality"),
    "notes": NC_("field", "Notes"),
    "occupation": NC_("field", "Occupation"),
    "of": NC_("field", "Of"),
    "organization": NC_("field", "Organization"),
    "outcome": NC_("field", "Outcome"),
    "parent": NC_("field", "Part of"),
    "person": NC_("field", "Person"),
    "photo": NC_("field", "Photo"),
    "place": NC_("field", "Place"),
    "publisher": NC_("field", "Publisher"),
    "recorded": NC_("field", "Recorded on"),
    "recorded_by": NC_("field", "Recorded by"),
    "residence": NC_("field", "Usual residence"),
    "role": NC_("field", "Role"),
    "roles": NC_("field", "Listed as"),
    "sensitive": NC_("field", "Sensitive matters"),
    "sex": NC_("field", "Sex"),
    "sha256": NC_("field", "SHA-256"),
    "share_with": NC_("field", "May be shared with"),
    "source": NC_("field", "Source"),
    "sources": NC_("field", "Sources"),
    "start": NC_("field", "Start"),
    "status": NC_("field", "Status"),
    "summary": NC_("field", "Summary"),
    "supports": NC_("field", "Supports"),
    "text": NC_("field", "Text"),
    "title": NC_("field", "Title"),
    "type": NC_("field", "Type"),
    "url": NC_("field", "Web address"),
    "values": NC_("field", "Reported differently"),
    "victim": NC_("field", "Victim"),
    "withdrawn": NC_("field", "Withdrawn on"),
    "witness": NC_("field", "Witness"),
}

#: What a dossier prints, by a stable key (the values, languages and audiences it names are read
#: from the sets above: see :func:`dossier_label`).
DOSSIER: dict[str, str] = {
    "kind.victim": NC_("dossier", "Victim dossier"),
    "kind.official": NC_("dossier", "Official dossier"),
    "kind.event": NC_("dossier", "Event dossier"),
    "cover.prepared_for": NC_("dossier", "Prepared for"),
    "cover.language": NC_("dossier", "Language"),
    "cover.made_on": NC_("dossier", "Date made"),
    "cover.fingerprint": NC_("dossier", "Case-file state"),
    "cover.fingerprint_note": NC_(
        "dossier",
        "The fingerprint is the head of the case file's audit chain when this dossier was made (entry number and SHA-256): the command casefile verify PATH --anchor checks that a case file's history still holds it. The signature is of that head, by the key shown, which is kept inside the case file.",
    ),
    "cover.signing_key": NC_("dossier", "Signing key (Ed25519)"),
    "cover.signature": NC_("dossier", "Signature of the fingerprint"),
    "cover.notice": NC_(
        "dossier",
        "This dossier was prepared from a case file of documentation. Statements about the conduct of named persons are allegations supported by the sources cited; they are not findings of a court.",
    ),
    "audience.un": NC_("dossier", "United Nations mechanisms (WGEID, Special Rapporteurs)"),
    "audience.amnesty": NC_("dossier", "Amnesty International"),
    "audience.lawyers": NC_("dossier", "Lawyers"),
    "audience.public": NC_("dossier", "Public"),
    "toc": NC_("dossier", "Contents"),
    "page_of": NC_("dossier", "page {page} of {pages}"),
    "sec.identity": NC_("dossier", "Identity"),
    "sec.chronology": NC_("dossier", "Chronology of acts"),
    "sec.fate": NC_("dossier", "Fate and burial"),
    "sec.responsible": NC_("dossier", "Officials and bodies believed responsible"),
    "sec.interventions": NC_("dossier", "Action taken by relatives and others"),
    "sec.testimonies": NC_("dossier", "Testimonies"),
    "sec.sources": NC_("dossier", "Sources cited"),
    "sec.submitter": NC_("dossier", "Submitter"),
    "sec.checklist": NC_("dossier", "Checklist of the elements the Working Group requires"),
    "sec.positions": NC_("dossier", "Positions held"),
    "sec.involvements": NC_("dossier", "Alleged involvement"),
    "sec.linked_victims": NC_("dossier", "Victims reached through these roles"),
    "sec.event": NC_("dossier", "The event"),
    "sec.subevents": NC_("dossier", "Chain of sub-events"),
    "sec.victims": NC_("dossier", "Victims"),
    "sec.involved": NC_("dossier", "Officials and bodies involved"),
    "sec.annex": NC_("dossier", "Annex: sources and attachments"),
    "sec.submitter_page": NC_("dossier", "Submitter: CONFIDENTIAL, NOT FOR TRANSMISSION"),
    "f.name_en": NC_("dossier", "Name (Latin script)"),
    "f.name_fa": NC_("dossier", "Name (Persian script)"),
    "f.name": NC_("dossier", "Name"),
    "f.aliases": NC_("dossier", "Other names"),
    "f.sex": NC_("dossier", "Sex"),
    "f.father_name": NC_("dossier", "Father's name"),
    "f.mother_name": NC_("dossier", "Mother's name"),
    "f.birth": NC_("dossier", "Date of birth"),
    "f.birth_place": NC_("dossier", "Place of birth"),
    "f.nationality": NC_("dossier", "Nationality"),
    "f.id_document": NC_("dossier", "Identity document"),
    "f.occupation": NC_("dossier", "Occupation"),
    "f.affiliation": NC_("dossier", "Affiliation"),
    "f.naming": NC_("dossier", "Naming"),
    "f.family_consent": NC_("dossier", "Family consent"),
    "f.title": NC_("dossier", "Title"),
    "f.kind": NC_("dossier", "Kind"),
    "f.when": NC_("dossier", "When"),
    "f.where": NC_("dossier", "Where"),
    "f.part_of": NC_("dossier", "Part of"),
    "f.description": NC_("dossier", "Description"),
    "f.death_certificate": NC_("dossier", "Death certificate"),
    "f.family_informed": NC_("dossier", "Family informed of the death"),
    "f.burial": NC_("dossier", "Burial place"),
    "f.submitter_name": NC_("dossier", "Name"),
    "f.submitter_org": NC_("dossier", "Organization"),
    "f.submitter_contact": NC_("dossier", "Contact"),
    "col.no": NC_("dossier", "No."),
    "col.date": NC_("dossier", "Date"),
    "col.act": NC_("dossier", "Act"),
    "col.place": NC_("dossier", "Place"),
    "col.event": NC_("dossier", "Event"),
    "col.notes": NC_("dossier", "Notes"),
    "col.victim": NC_("dossier", "Victim"),
    "col.acts": NC_("dossier", "Acts"),
    "col.who": NC_("dossier", "Who"),
    "col.role": NC_("dossier", "Role"),
    "col.in": NC_("dossier", "In"),
    "col.certainty": NC_("dossier", "Certainty"),
    "col.basis": NC_("dossier", "Basis"),
    "col.sources": NC_("dossier", "Sources"),
    "col.kind": NC_("dossier", "Kind"),
    "col.by": NC_("dossier", "By"),
    "col.to": NC_("dossier", "Addressed to"),
    "col.outcome": NC_("dossier", "Outcome"),
    "col.title": NC_("dossier", "Title"),
    "col.position": NC_("dossier", "Position"),
    "col.organization": NC_("dossier", "Organization"),
    "col.from": NC_("dossier", "From"),
    "col.until": NC_("dossier", "Until"),
    "col.element": NC_("dossier", "Element"),
    "col.status": NC_("dossier", "Status"),
    "col.where_from": NC_("dossier", "Where it comes from"),
    "col.file": NC_("dossier", "File"),
    "col.size": NC_("dossier", "Size"),
    "col.sha256": NC_("dossier", "SHA-256"),
    "col.custody": NC_("dossier", "Custody"),
    "col.source": NC_("dossier", "Source"),
    "col.details": NC_("dossier", "Details"),
    "note.allegation": NC_(
        "dossier",
        "No person named in this section has been convicted by a court in connection with these events. Each role is an allegation: its certainty is the documenting organization's assessment of the evidence, followed by the basis for it and its sources.",
    ),
    "note.media_only": NC_("dossier", "media only"),
    "note.no_source": NC_("dossier", "no source cited"),
    "note.held_then": NC_("dossier", "held then: {positions}"),
    "note.witness": NC_("dossier", "{pseudonym} ({relation})"),
    "note.recorded": NC_("dossier", "Recorded {date}"),
    "note.language": NC_("dossier", "language: {language}"),
    "note.sensitive": NC_("dossier", "Contains sensitive matters: {what}"),
    "note.summary": NC_("dossier", "Summary"),
    "note.none": NC_("dossier", "None recorded."),
    "note.unknown": NC_("dossier", "Not known"),
    "note.naming_none": NC_("dossier", "Named by reference only, as the family asked."),
    "note.naming_reason": NC_("dossier", "Named by initials and reference: {reason}."),
    "naming.no_consent": NC_("dossier", "no family consent to naming is recorded for this audience"),
    "naming.withdrawn": NC_("dossier", "the family withdrew its consent on {date}"),
    "naming.not_covered": NC_("dossier", "the family's consent does not extend to this audience"),
    "naming.initials_only": NC_("dossier", "the family's consent allows initials only for this audience"),
    "naming.asked_none": NC_("dossier", "the family asked that the victim not be named"),
    "note.submitter_on_last_page": NC_(
        "dossier", "The submitter's identity is given on the last page, which is confidential and not for transmission."
    ),
    "note.submitter_page": NC_(
        "dossier",
        "CONFIDENTIAL: NOT FOR TRANSMISSION. The submitter asked that their identity be kept confidential. Detach this page before the dossier is passed on.",
    ),
    "note.victims_count": NC_("dossier", "{count} victims are listed."),
    "note.linked_victims": NC_("dossier", "{count} victims are reached through the roles above, by these paths:"),
    "note.attachments": NC_("dossier", "Attachments"),
    "note.check_sha": NC_("dossier", "Each attachment can be checked against its SHA-256 digest, given here in full."),
    "note.no_sources": NC_("dossier", "No source is cited in this dossier."),
    "note.involvement_in": NC_("dossier", "{role}: {what}"),
    "check.present": NC_("dossier", "present"),
    "check.missing": NC_("dossier", "MISSING"),
    "check.name": NC_("dossier", "Full name and identifying data"),
    "check.consent": NC_("dossier", "Family consent to name the victim for this audience"),
    "check.date": NC_("dossier", "Date of the disappearance (at least the month and the year)"),
    "check.place": NC_("dossier", "Place of arrest, or where last seen"),
    "check.responsible": NC_("dossier", "Who is believed responsible"),
    "check.action": NC_("dossier", "Action taken by relatives"),
    "check.submitter": NC_("dossier", "Submitter's identity"),
    "check.ident_missing": NC_(
        "dossier", "no identifying data (date or place of birth, parents' names, identity document, residence)"
    ),
    "check.date_missing": NC_(
        "dossier", "no date recorded for the disappearance, the last sighting, the execution or the arrest"
    ),
    "check.date_imprecise": NC_("dossier", "only {date} is known; at least the month and the year are needed"),
    "check.place_missing": NC_("dossier", "no place of arrest, detention, last sighting or execution recorded"),
    "check.responsible_missing": NC_("dossier", "no official or body recorded as believed responsible"),
    "check.action_missing": NC_("dossier", "no action by relatives recorded"),
    "check.submitter_missing": NC_("dossier", "no submitter set in the case file's settings"),
    "check.submitter_confidential": NC_("dossier", "case-file settings (on the confidential last page)"),
    "check.submitter_body": NC_("dossier", "case-file settings (section Submitter)"),
    "burial.unknown_text": NC_("dossier", "The burial place is unknown to the family."),
    "burial.unmarked_text": NC_("dossier", "Unmarked grave: {place}"),
    "burial.disputed_text": NC_("dossier", "Disputed: {place}"),
    "burial.known_text": NC_("dossier", "{place}"),
    "witness": NC_("dossier", "Witness"),
    "meta.subject": NC_("dossier", "{kind} for {audience}"),
    "photo": NC_("dossier", "photo"),
    "cover.reference": NC_("dossier", "Reference"),
    "cover.family_review": NC_(
        "dossier",
        "For the family's review. The Working Group receives submissions in English, French or Spanish: send the English dossier.",
    ),
    "marking.restricted": NC_("dossier", "RESTRICTED: prepared for {audience}; not for publication"),
    "sec.summary": NC_("dossier", "Summary"),
    "sec.circumstances": NC_("dossier", "Circumstances"),
    "sec.consent": NC_("dossier", "Family consent to naming"),
    "sec.evidence": NC_("dossier", "Evidence for each allegation"),
    "f.reference": NC_("dossier", "Reference"),
    "f.family_name": NC_("dossier", "Family name"),
    "f.given_names": NC_("dossier", "Given names"),
    "f.residence": NC_("dossier", "Usual residence"),
    "f.consent_status": NC_("dossier", "Status"),
    "f.given_by": NC_("dossier", "Given by"),
    "f.consent_recorded": NC_("dossier", "Given on"),
    "f.consent_withdrawn": NC_("dossier", "Withdrawn on"),
    "f.name_to_government": NC_("dossier", "Name in communications to the Government (UN)"),
    "f.name_in_public": NC_("dossier", "Name in public reports"),
    "f.name_for": NC_("dossier", "Name for {audience}"),
    "f.submitter_relationship": NC_("dossier", "Relationship to the families"),
    "f.submitter_confidential": NC_("dossier", "Identity to be kept confidential"),
    "col.allegation": NC_("dossier", "Allegation"),
    "col.assessment": NC_("dossier", "Assessment"),
    "col.cited_for": NC_("dossier", "Cited for"),
    "col.count": NC_("dossier", "Number"),
    "col.independent": NC_("dossier", "Independent"),
    "col.path": NC_("dossier", "Reached through"),
    "col.victims": NC_("dossier", "Victims"),
    "col.what": NC_("dossier", "What"),
    "consent.present": NC_("dossier", "present (who gave it and when are recorded)"),
    "consent.incomplete": NC_("dossier", "incomplete"),
    "consent.withdrawn": NC_("dossier", "withdrawn"),
    "consent.none": NC_("dossier", "No family consent to naming is recorded."),
    "consent.incomplete_note": NC_(
        "dossier",
        "The consent is recorded without the date it was given or without who gave it: it is incomplete until both are recorded.",
    ),
    "answer.not_given": NC_("dossier", "no consent"),
    "naming.witness_asked": NC_("dossier", "the victim also gave testimony and did not allow their name to be given"),
    "naming.no_consent_to_name": NC_("dossier", "nothing recorded allows this person to be named"),
    "naming.not_visible": NC_("dossier", "the person's record may not go to this audience"),
    "ref.victim": NC_("dossier", "victim {ref}"),
    "ref.witness": NC_("dossier", "Witness {ref}"),
    "ref.person": NC_("dossier", "person {ref}"),
    "ref.testimony": NC_("dossier", "Testimony {ref}"),
    "note.testimony_heading": NC_("dossier", "Testimony {ref}: {witness}"),
    "note.act_of": NC_("dossier", "{act} of {victim}"),
    "note.not_recorded": NC_("dossier", "not recorded"),
    "note.none_short": NC_("dossier", "none"),
    "note.in_language": NC_("dossier", "As recorded, in {language}:"),
    "note.narrative_from_acts": NC_(
        "dossier",
        "No narrative of the circumstances is recorded; these sentences are made only from the recorded acts.",
    ),
    "note.apart_heading": NC_("dossier", "Informed of the events, or denying them"),
    "note.apart": NC_(
        "dossier", "Listed apart: being informed of the events, or denying them, is not taking part in them."
    ),
    "note.evidence": NC_(
        "dossier",
        "For each allegation: every source cited for it and every testimony about the person, how many of them are independent of each other (sources of one publisher or author count once, each witness once), and what rests on one source only.",
    ),
    "evidence.none": NC_("dossier", "no supporting source or testimony recorded"),
    "evidence.one": NC_("dossier", "rests on one source only"),
    "evidence.several": NC_("dossier", "{count} independent sources"),
    "note.and_more": NC_("dossier", "and {count} more"),
    "note.acquired": NC_("dossier", "acquired: {what}"),
    "note.bytes": NC_("dossier", "{n} bytes"),
    "note.not_held": NC_("dossier", "not held in the case file"),
    "note.not_named_group": NC_("dossier", "Not named, as their families asked"),
    "note.summary_counts": NC_(
        "dossier", "{victims} victims and {acts} acts are recorded for this event and its sub-events."
    ),
    "note.victims_order": NC_(
        "dossier",
        "In alphabetical order, by letter. The date and place are those of the execution (or else the disappearance, the last sighting or the latest act); the sources are those cited for the victim's acts.",
    ),
    "photo_of": NC_("dossier", "photo of {who}"),
    "summary.by_type": NC_("dossier", "Acts by type"),
    "summary.by_place": NC_("dossier", "Acts by place"),
    "summary.by_month": NC_("dossier", "Acts by month"),
    "summary.by_burial": NC_("dossier", "Victims by burial status"),
    "summary.no_month": NC_("dossier", "month not known"),
    "check.incomplete": NC_("dossier", "INCOMPLETE"),
    "check.from_identity": NC_("dossier", "Identity section: {fields}"),
    "check.from_consent": NC_("dossier", "Family consent section: given, dated, full name allowed for the UN"),
    "check.from_act": NC_("dossier", "Chronology: {act}"),
    "check.responsible_from": NC_("dossier", "{who} (section: Officials and bodies believed responsible)"),
    "check.basis_missing": NC_("dossier", "why they are believed responsible is not recorded for: {who}"),
    "check.action_from": NC_("dossier", "Section Action taken: {kinds}"),
    "narr.on_day": NC_("dossier", "on {date}"),
    "narr.in_period": NC_("dossier", "in {date}"),
    "narr.at_time": NC_("dossier", "in {date}"),
    "narr.at_place": NC_("dossier", "at {place}"),
    "narr.by": NC_("dossier", "by {who}"),
    "narr.seen_by": NC_("dossier", "seen by {who}"),
    "narr.arrest": NC_("dossier", "The victim was arrested{when}{where}."),
    "narr.detention": NC_("dossier", "The victim was held{where}{when}."),
    "narr.trial": NC_("dossier", "The victim was tried{when}{where}."),
    "narr.sentence": NC_("dossier", "The victim was sentenced{when}{where}."),
    "narr.torture": NC_("dossier", "The victim was tortured{when}{where}."),
    "narr.execution": NC_("dossier", "The victim was executed{when}{where}."),
    "narr.secret_burial": NC_("dossier", "The victim was buried in secret{when}{where}."),
    "narr.enforced_disappearance": NC_("dossier", "The victim was subjected to enforced disappearance{when}{where}."),
    "narr.harassment_of_family": NC_("dossier", "The family was harassed{when}{where}."),
    "narr.last_seen": NC_("dossier", "The victim was last seen{when}{where}{by}."),
    "narr.other": NC_("dossier", "Another act against the victim is recorded{when}{where}."),
    "path.act": NC_("dossier", "{act}: the act itself"),
    "path.event": NC_("dossier", "the event of the {act}: {event}"),
    "path.larger_event": NC_("dossier", "{event}, of which the event of the {act} is part"),
    "path.sub_event": NC_("dossier", "{event}, a sub-event of the event of the {act}"),
    "path.this_event": NC_("dossier", "this event"),
    "path.sub_event_of": NC_("dossier", "the sub-event {event}"),
    "path.single_act": NC_("dossier", "one act: {act}"),
    "reach.act": NC_("dossier", "the act itself ({role})"),
    "reach.event": NC_("dossier", "{event}, the event of the act ({role})"),
    "reach.larger_event": NC_("dossier", "{event}, of which the act's event is part ({role})"),
    "reach.sub_event": NC_("dossier", "{event}, a sub-event of the act's event ({role})"),
    "role.established.ordered": NC_("dossier", "ordered"),
    "role.established.decided": NC_("dossier", "decided"),
    "role.established.carried_out": NC_("dossier", "carried out"),
    "role.established.supervised": NC_("dossier", "supervised"),
    "role.established.covered_up": NC_("dossier", "covered up"),
    "role.established.denied": NC_("dossier", "denied"),
    "role.established.was_informed": NC_("dossier", "was informed"),
    "role.established.other": NC_("dossier", "had another role"),
    "role.alleged.ordered": NC_("dossier", "alleged to have ordered"),
    "role.alleged.decided": NC_("dossier", "alleged to have decided"),
    "role.alleged.carried_out": NC_("dossier", "alleged to have carried out"),
    "role.alleged.supervised": NC_("dossier", "alleged to have supervised"),
    "role.alleged.covered_up": NC_("dossier", "alleged to have covered up"),
    "role.alleged.denied": NC_("dossier", "alleged to have denied"),
    "role.alleged.was_informed": NC_("dossier", "alleged to have been informed"),
    "role.alleged.other": NC_("dossier", "alleged to have had another role"),
    "role.suspected.ordered": NC_("dossier", "suspected of having ordered"),
    "role.suspected.decided": NC_("dossier", "suspected of having decided"),
    "role.suspected.carried_out": NC_("dossier", "suspected of having carried out"),
    "role.suspected.supervised": NC_("dossier", "suspected of having supervised"),
    "role.suspected.covered_up": NC_("dossier", "suspected of having covered up"),
    "role.suspected.denied": NC_("dossier", "suspected of having denied"),
    "role.suspected.was_informed": NC_("dossier", "suspected of having been informed"),
    "role.suspected.other": NC_("dossier", "suspected of having had another role"),
}

#: Each value set: its identifiers (the exchange format's spelling) and their English words. A set
#: is named by what it enumerates; :data:`FIELD_SETS` says which field uses which set.
VALUE_SETS: dict[str, dict[str, str]] = {
    "sex": {
        "female": NC_("value", "female"),
        "male": NC_("value", "male"),
        "other": NC_("value", "other"),
        "unknown": NC_("value", "unknown"),
    },
    "act": {
        "arrest": NC_("value", "arrest"),
        "detention": NC_("value", "detention"),
        "trial": NC_("value", "trial"),
        "sentence": NC_("value", "sentence"),
        "execution": NC_("value", "execution"),
        "torture": NC_("value", "torture"),
        "enforced_disappearance": NC_("value", "enforced disappearance"),
        "secret_burial": NC_("value", "secret burial"),
        "harassment_of_family": NC_("value", "harassment of the family"),
        "last_seen": NC_("value", "last seen"),
        # an act of another kind: "other" alone would not say what it is in a chronology
        "other": NC_("value", "other act"),
    },
    "certainty": {
        "established": NC_("value", "established"),
        "alleged": NC_("value", "alleged"),
        "suspected": NC_("value", "suspected"),
    },
    "death_certificate": {
        "none": NC_("value", "none issued"),
        "inaccurate": NC_("value", "issued, inaccurate"),
        "received": NC_("value", "received"),
        "unknown": NC_("value", "not known"),
    },
    "burial": {
        "known": NC_("value", "known"),
        "unknown": NC_("value", "unknown"),
        "unmarked": NC_("value", "unmarked"),
        "disputed": NC_("value", "disputed"),
    },
    "naming": {
        "full": NC_("value", "full name"),
        "initials": NC_("value", "initials only"),
        "none": NC_("value", "not to be named"),
    },
    "audience": {
        "un": NC_("audience", "United Nations mechanisms (WGEID, Special Rapporteurs)"),
        "amnesty": NC_("audience", "Amnesty International"),
        "lawyers": NC_("audience", "Lawyers"),
        "public": NC_("audience", "Public"),
    },
    "confidentiality": {
        "public": NC_("value", "public"),
        "restricted": NC_("value", "restricted"),
        "confidential": NC_("value", "confidential"),
    },
    "alias": {
        "transliteration": NC_("value", "transliteration"),
        "assumed_name": NC_("value", "assumed name"),
        "nickname": NC_("value", "nickname"),
        "kunya": NC_("value", "kunya"),
        "other": NC_("value", "other"),
    },
    "person_role": {
        "victim": NC_("value", "victim"),
        "relative": NC_("value", "relative"),
        "witness": NC_("value", "witness"),
        "official": NC_("value", "official"),
    },
    "organization": {
        "political_group": NC_("value", "political group"),
        "state_body": NC_("value", "state body"),
        "court": NC_("value", "court"),
        "prison_authority": NC_("value", "prison authority"),
        "security_service": NC_("value", "security service"),
        "ngo": NC_("value", "non-governmental organization"),
        "un_body": NC_("value", "United Nations body"),
        "media": NC_("value", "media"),
        "other": NC_("value", "other"),
    },
    "place": {
        "prison": NC_("value", "prison"),
        "cemetery": NC_("value", "cemetery"),
        "court": NC_("value", "court"),
        "city": NC_("value", "city"),
        "province": NC_("value", "province"),
        "country": NC_("value", "country"),
        "other": NC_("value", "other"),
    },
    "event": {
        "mass_execution": NC_("value", "mass execution"),
        "execution": NC_("value", "execution"),
        "arrest_wave": NC_("value", "arrest wave"),
        "trial": NC_("value", "trial"),
        "committee_session": NC_("value", "committee session"),
        "transfer": NC_("value", "transfer"),
        "burial": NC_("value", "burial"),
        "statement": NC_("value", "statement"),
        "disclosure": NC_("value", "disclosure"),
        "denial": NC_("value", "denial"),
        "other": NC_("value", "other"),
    },
    "role": {
        "ordered": NC_("value", "ordered"),
        "decided": NC_("value", "decided"),
        "carried_out": NC_("value", "carried out"),
        "supervised": NC_("value", "supervised"),
        "covered_up": NC_("value", "covered up"),
        "denied": NC_("value", "denied"),
        "was_informed": NC_("value", "was informed"),
        "other": NC_("value", "other"),
    },
    "relation": {
        "mother": NC_("value", "mother"),
        "father": NC_("value", "father"),
        "sibling": NC_("value", "sibling"),
        "spouse": NC_("value", "spouse"),
        "child": NC_("value", "child"),
        "relative": NC_("value", "relative"),
        "cellmate": NC_("value", "cellmate"),
        "lawyer": NC_("value", "lawyer"),
        "other": NC_("value", "other"),
    },
    # how a witness stands to the victim, as a dossier says it beside a witness's reference
    "witness_relation": {
        "relative": NC_("value", "relative"),
        "cellmate": NC_("value", "cellmate"),
        "lawyer": NC_("value", "lawyer"),
        "witness": NC_("value", "witness"),
    },
    "intervention": {
        "inquiry_to_authorities": NC_("value", "inquiry to the authorities"),
        "prison_visit": NC_("value", "prison visit"),
        "letter": NC_("value", "letter"),
        "legal_petition": NC_("value", "legal petition"),
        "un_submission": NC_("value", "earlier UN submission"),
        "public_appeal": NC_("value", "public appeal"),
        "media": NC_("value", "media"),
        "other": NC_("value", "other"),
    },
    "sensitive": {
        "sexual_violence": NC_("value", "sexual violence"),
        "torture": NC_("value", "torture"),
        "medical": NC_("value", "medical"),
        "other": NC_("value", "other"),
    },
    "source": {
        "report": NC_("value", "report"),
        "statement": NC_("value", "statement"),
        "audio": NC_("value", "audio"),
        "video": NC_("value", "video"),
        "document": NC_("value", "document"),
        "photo": NC_("value", "photo"),
        "letter": NC_("value", "letter"),
        "news": NC_("value", "news"),
        "book": NC_("value", "book"),
        "testimony_record": NC_("value", "testimony record"),
        "other": NC_("value", "other"),
    },
    "boolean": {"yes": NC_("value", "yes"), "no": NC_("value", "no")},
}

#: The value set of each enumerated field, by its path (``list.field`` or ``list.object.field``).
FIELD_SETS: dict[str, str] = {
    "persons.roles": "person_role",
    "persons.sex": "sex",
    "persons.burial.status": "burial",
    "persons.death_certificate": "death_certificate",
    "persons.family_consent.share_with": "audience",
    "persons.family_consent.name": "naming",
    "persons.confidentiality": "confidentiality",
    "organizations.kind": "organization",
    "places.kind": "place",
    "events.kind": "event",
    "events.confidentiality": "confidentiality",
    "acts.type": "act",
    "acts.confidentiality": "confidentiality",
    "involvements.role": "role",
    "involvements.certainty": "certainty",
    "relations.is": "relation",
    "interventions.kind": "intervention",
    "interventions.confidentiality": "confidentiality",
    "testimonies.sensitive": "sensitive",
    "testimonies.consent.share_with": "audience",
    "testimonies.confidentiality": "confidentiality",
    "sources.kind": "source",
}

#: The set a value given alone (no field) is read in, for an identifier several sets share: the
#: plain word ("other", "unknown") rather than one set's own ("other act", "not known").
_LOOSE_ORDER = (
    "sex", "alias", "relation", "witness_relation", "person_role", "organization", "place", "event",
    "source", "sensitive", "intervention", "role", "certainty", "burial", "confidentiality", "act",
    "death_certificate", "naming", "audience", "boolean",
)  # fmt: skip

#: A language's name in any language ("fa" -> "Persian" / «فارسی»).
LANGUAGES: dict[str, str] = {"en": NC_("language", "English"), "fa": NC_("language", "Persian")}

#: Dossier label prefixes that name a value set: ``label(lang, "act.detention")`` is the act's word.
DOSSIER_VALUE_PREFIXES: dict[str, str] = {
    "sex": "sex",
    "act": "act",
    "certainty": "certainty",
    "dc": "death_certificate",
    "burial": "burial",
    "answer": "naming",
    "audience": "audience",
    "int": "intervention",
    "rel": "witness_relation",
    "alias": "alias",
    "sens": "sensitive",
    "src": "source",
    "ev": "event",
}


# --- lookup ------------------------------------------------------------------------------------

_translations: dict[str, gettext.NullTranslations] = {}
_lock = threading.Lock()


def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of ``lang``, loaded once (English, or a language with no catalogue: the msgids)."""
    found = _translations.get(lang)
    if found is None:
        with _lock:
            found = _translations.get(lang)
            if found is None:
                try:
                    found = gettext.translation(DOMAIN, str(catalogue_dir()), languages=[lang])
                except OSError:
                    found = gettext.NullTranslations()
                _translations[lang] = found
    return found


def word(context: str, english: str, lang: str) -> str:
    """``english`` (a msgid of ``context``) in ``lang``."""
    return english if lang == "en" else translations(lang).pgettext(context, english)


def list_name(kind: str, lang: str, plural: bool = False) -> str:
    """A list's name for one record ("Person") or, with ``plural``, for many ("Persons")."""
    names = LISTS.get(kind)
    if names is None:
        return kind
    return word("list", names[1] if plural else names[0], lang)


def field_name(name: str, lang: str) -> str:
    """A field's label ("Place of birth" for ``birth_place``); a field with no label as its name."""
    english = FIELDS.get(name)
    return word("field", english, lang) if english else name.replace("_", " ")


#: What names a value set: a field's declaration, a field's path (``"acts.type"``), a field's
#: ``values`` tuple, or the set's own name (``"act"``); None for none in particular.
SetName = Field | str | tuple[str, ...] | None


def value_set(field_or_set: SetName) -> str | None:
    """The name of the value set ``field_or_set`` names; None when it names none."""
    if field_or_set is None:
        return None
    if isinstance(field_or_set, Field):
        return _SET_OF_VALUES.get(field_or_set.values)
    if isinstance(field_or_set, tuple):
        return _SET_OF_VALUES.get(field_or_set)
    if field_or_set in VALUE_SETS:
        return field_or_set
    # a merged person's differing values are the person's own fields
    return FIELD_SETS.get(field_or_set.replace(".merged.values.", "."))


def _english_value(field_or_set: SetName, value: Any) -> tuple[str, str] | None:
    """(context, English) of ``value`` in the set ``field_or_set`` names, or read loosely."""
    key = ("yes" if value else "no") if isinstance(value, bool) else str(value)
    name = value_set(field_or_set)
    sets = (name,) if name is not None else _LOOSE_ORDER
    for candidate in sets:
        english = VALUE_SETS[candidate].get(key)
        if english is not None:
            return ("audience" if candidate == "audience" else "value"), english
    return None


def value_name(field_or_set: SetName, value: Any, lang: str) -> str:
    """An enumerated value in words ("enforced disappearance"), read in the value set of a field
    (a :class:`~casefile.model.Field`, a path such as ``"acts.type"``, or a set's name such as
    ``"act"``); with None, in the first set that has it. Booleans are "yes"/"no"; a value no set
    knows is given as it is."""
    if value is None or value == "":
        return ""
    found = _english_value(field_or_set, value)
    return str(value) if found is None else word(*found, lang)


def value_choice(field_or_set: SetName, value: Any, lang: str) -> str:
    """A value as a choice in a drop-down or beside a check box: its words with a capital first
    letter ("Enforced disappearance"; scripts without capitals are unchanged)."""
    text = value_name(field_or_set, value, lang)
    if text == str(value):
        text = text.replace("_", " ")
    return text[:1].upper() + text[1:]


def language_name(code: object, lang: str) -> str:
    """A language tag's name ("Persian" / «فارسی» for ``fa``); other tags as they are."""
    text = str(code)
    english = LANGUAGES.get(text.strip().lower())
    return word("language", english, lang) if english else text


def dossier_label(lang: str, key: str, **values: Any) -> str:
    """What a dossier prints for ``key`` in ``lang``, with ``{name}`` filled in. A key whose prefix
    names a value set (``"act.detention"``) is that value's word; ``lang.fa`` a language's name;
    ``yes``/``no`` the booleans'. An unknown key is given as it is."""
    text = _dossier_text(lang, key)
    return text.format(**values) if values else text


def _dossier_text(lang: str, key: str) -> str:
    english = DOSSIER.get(key)
    if english is not None:
        return word("dossier", english, lang)
    prefix, _, rest = key.partition(".")
    if prefix == "lang" and rest in LANGUAGES:
        return language_name(rest, lang)
    if key in ("yes", "no"):
        return value_name("boolean", key == "yes", lang)
    name = DOSSIER_VALUE_PREFIXES.get(prefix)
    if name is not None and rest in VALUE_SETS[name]:
        return value_name(name, rest, lang)
    return key


# --- what the schema declares --------------------------------------------------------------------


def enumerated_fields() -> list[tuple[str, Field]]:
    """Every enumerated field of the schema with its path (``"persons.burial.status"``)."""
    found: list[tuple[str, Field]] = []

    def walk(path: str, fields: tuple[Field, ...]) -> None:
        for f in fields:
            if f.values:
                found.append((f"{path}.{f.name}", f))
            walk(f"{path}.{f.name}", f.fields)

    for kind, fields in SCHEMA.items():
        walk(kind, fields)
    return found


def _sets_by_values() -> dict[tuple[str, ...], str]:
    """A field's value tuple -> its set (each tuple of the schema is one set's identifiers)."""
    out: dict[tuple[str, ...], str] = {}
    for path, f in enumerated_fields():
        name = value_set(path)
        if name is not None:
            out[f.values] = name
    return out


_SET_OF_VALUES = _sets_by_values()
