"""Translatable names for what the exchange format spells as identifiers: lists, fields and
enumeration values (``enforced_disappearance`` -> "enforced disappearance" / "ناپدیدسازی قهری").

The strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them; the
functions below translate them at the moment they are shown, in the language then in use.
This is the one source of these names: the main window, the record view and the editors all use it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Each list's name for one record and for many.
LIST_SINGULAR: dict[str, str] = {
    "persons": QT_TRANSLATE_NOOP("Lists", "Person"),
    "organizations": QT_TRANSLATE_NOOP("Lists", "Organization"),
    "places": QT_TRANSLATE_NOOP("Lists", "Place"),
    "events": QT_TRANSLATE_NOOP("Lists", "Event"),
    "acts": QT_TRANSLATE_NOOP("Lists", "Act"),
    "involvements": QT_TRANSLATE_NOOP("Lists", "Involvement"),
    "positions": QT_TRANSLATE_NOOP("Lists", "Position"),
    "relations": QT_TRANSLATE_NOOP("Lists", "Relation"),
    "interventions": QT_TRANSLATE_NOOP("Lists", "Intervention"),
    "testimonies": QT_TRANSLATE_NOOP("Lists", "Testimony"),
    "sources": QT_TRANSLATE_NOOP("Lists", "Source"),
    "citations": QT_TRANSLATE_NOOP("Lists", "Citation"),
}

FIELDS: dict[str, str] = {
    "about": QT_TRANSLATE_NOOP("Fields", "About"),
    "acquired": QT_TRANSLATE_NOOP("Fields", "Acquired"),
    "acquired_by": QT_TRANSLATE_NOOP("Fields", "Acquired by"),
    "act": QT_TRANSLATE_NOOP("Fields", "Act"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
    "addressed_to": QT_TRANSLATE_NOOP("Fields", "Addressed to"),
    "affiliation": QT_TRANSLATE_NOOP("Fields", "Affiliation"),
    "aliases": QT_TRANSLATE_NOOP("Fields", "Other names"),
    "at": QT_TRANSLATE_NOOP("Fields", "At"),
    "attachments": QT_TRANSLATE_NOOP("Fields", "Attached files"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "basis": QT_TRANSLATE_NOOP("Fields", "Basis"),
    "birth": QT_TRANSLATE_NOOP("Fields", "Born"),
    "birth_place": QT_TRANSLATE_NOOP("Fields", "Place of birth"),
    "burial": QT_TRANSLATE_NOOP("Fields", "Burial"),
    "by": QT_TRANSLATE_NOOP("Fields", "By"),
    "certainty": QT_TRANSLATE_NOOP("Fields", "Certainty"),
    "confidentiality": QT_TRANSLATE_NOOP("Fields", "Confidentiality"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "covers_sensitive": QT_TRANSLATE_NOOP("Fields", "Also covers the sensitive matters"),
    "custody": QT_TRANSLATE_NOOP("Fields", "Chain of custody"),
    "data": QT_TRANSLATE_NOOP("Fields", "Data"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "death_certificate": QT_TRANSLATE_NOOP("Fields", "Death certificate"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "event": QT_TRANSLATE_NOOP("Fields", "Event"),
    "family_consent": QT_TRANSLATE_NOOP("Fields", "Family's consent to naming"),
    "family_informed": QT_TRANSLATE_NOOP("Fields", "Family told of the death"),
    "father_name": QT_TRANSLATE_NOOP("Fields", "Father's name"),
    "filename": QT_TRANSLATE_NOOP("Fields", "File name"),
    "given_by": QT_TRANSLATE_NOOP("Fields", "Given by"),
    "id": QT_TRANSLATE_NOOP("Fields", "ID"),
    "id_document": QT_TRANSLATE_NOOP("Fields", "Identity document"),
    "is": QT_TRANSLATE_NOOP("Fields", "Is the"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "lat": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "locator": QT_TRANSLATE_NOOP("Fields", "Where in the source"),
    "lon": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "File type"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "merged": QT_TRANSLATE_NOOP("Fields", "Merged from"),
    "mother_name": QT_TRANSLATE_NOOP("Fields", "Mother's name"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "name_witness": QT_TRANSLATE_NOOP("Fields", "The witness may be named"),
    "nationality": QT_TRANSLATE_NOOP("Fields", "Nationality"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "residence": QT_TRANSLATE_NOOP("Fields", "Usual residence"),
    "circumstances": QT_TRANSLATE_NOOP("Fields", "Circumstances"),
    "of": QT_TRANSLATE_NOOP("Fields", "Of"),
    "organization": QT_TRANSLATE_NOOP("Fields", "Organization"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "parent": QT_TRANSLATE_NOOP("Fields", "Part of"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "photo": QT_TRANSLATE_NOOP("Fields", "Photo"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "publisher": QT_TRANSLATE_NOOP("Fields", "Publisher"),
    "recorded": QT_TRANSLATE_NOOP("Fields", "Recorded on"),
    "recorded_by": QT_TRANSLATE_NOOP("Fields", "Recorded by"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "roles": QT_TRANSLATE_NOOP("Fields", "Listed as"),
    "sensitive": QT_TRANSLATE_NOOP("Fields", "Sensitive matters"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256"),
    "share_with": QT_TRANSLATE_NOOP("Fields", "May be shared with"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "sources": QT_TRANSLATE_NOOP("Fields", "Sources"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "supports": QT_TRANSLATE_NOOP("Fields", "Supports"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "url": QT_TRANSLATE_NOOP("Fields", "Web address"),
    "values": QT_TRANSLATE_NOOP("Fields", "Reported differently"),
    "victim": QT_TRANSLATE_NOOP("Fields", "Victim"),
    "withdrawn": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "witness": QT_TRANSLATE_NOOP("Fields", "Witness"),
}

VALUES: dict[str, str] = {
    "alleged": QT_TRANSLATE_NOOP("Values", "alleged"),
    "amnesty": QT_TRANSLATE_NOOP("Values", "Amnesty International"),
    "arrest": QT_TRANSLATE_NOOP("Values", "arrest"),
    "assumed_name": QT_TRANSLATE_NOOP("Values", "assumed name"),
    "arrest_wave": QT_TRANSLATE_NOOP("Values", "wave of arrests"),
    "audio": QT_TRANSLATE_NOOP("Values", "audio"),
    "book": QT_TRANSLATE_NOOP("Values", "book"),
    "burial": QT_TRANSLATE_NOOP("Values", "burial"),
    "carried_out": QT_TRANSLATE_NOOP("Values", "carried out"),
    "cellmate": QT_TRANSLATE_NOOP("Values", "cellmate"),
    "cemetery": QT_TRANSLATE_NOOP("Values", "cemetery"),
    "child": QT_TRANSLATE_NOOP("Values", "child"),
    "city": QT_TRANSLATE_NOOP("Values", "city"),
    "committee_session": QT_TRANSLATE_NOOP("Values", "committee session"),
    "confidential": QT_TRANSLATE_NOOP("Values", "confidential"),
    "country": QT_TRANSLATE_NOOP("Values", "country"),
    "court": QT_TRANSLATE_NOOP("Values", "court"),
    "covered_up": QT_TRANSLATE_NOOP("Values", "covered up"),
    "decided": QT_TRANSLATE_NOOP("Values", "decided"),
    "denial": QT_TRANSLATE_NOOP("Values", "denial"),
    "denied": QT_TRANSLATE_NOOP("Values", "denied"),
    "detention": QT_TRANSLATE_NOOP("Values", "detention"),
    "disclosure": QT_TRANSLATE_NOOP("Values", "disclosure"),
    "disputed": QT_TRANSLATE_NOOP("Values", "disputed"),
    "document": QT_TRANSLATE_NOOP("Values", "document"),
    "enforced_disappearance": QT_TRANSLATE_NOOP("Values", "enforced disappearance"),
    "established": QT_TRANSLATE_NOOP("Values", "established"),
    "execution": QT_TRANSLATE_NOOP("Values", "execution"),
    "father": QT_TRANSLATE_NOOP("Values", "father"),
    "female": QT_TRANSLATE_NOOP("Values", "female"),
    "full": QT_TRANSLATE_NOOP("Values", "full name"),
    "harassment_of_family": QT_TRANSLATE_NOOP("Values", "harassment of the family"),
    "last_seen": QT_TRANSLATE_NOOP("Values", "last seen"),
    "inaccurate": QT_TRANSLATE_NOOP("Values", "inaccurate"),
    "initials": QT_TRANSLATE_NOOP("Values", "initials only"),
    "inquiry_to_authorities": QT_TRANSLATE_NOOP("Values", "inquiry to the authorities"),
    "known": QT_TRANSLATE_NOOP("Values", "known"),
    "kunya": QT_TRANSLATE_NOOP("Values", "kunya"),
    "lawyer": QT_TRANSLATE_NOOP("Values", "lawyer"),
    "lawyers": QT_TRANSLATE_NOOP("Values", "lawyers"),
    "legal_petition": QT_TRANSLATE_NOOP("Values", "legal petition"),
    "letter": QT_TRANSLATE_NOOP("Values", "letter"),
    "male": QT_TRANSLATE_NOOP("Values", "male"),
    "mass_execution": QT_TRANSLATE_NOOP("Values", "mass execution"),
    "media": QT_TRANSLATE_NOOP("Values", "media"),
    "medical": QT_TRANSLATE_NOOP("Values", "medical"),
    "mother": QT_TRANSLATE_NOOP("Values", "mother"),
    "news": QT_TRANSLATE_NOOP("Values", "news"),
    "ngo": QT_TRANSLATE_NOOP("Values", "non-governmental organization"),
    "nickname": QT_TRANSLATE_NOOP("Values", "nickname"),
    "none": QT_TRANSLATE_NOOP("Values", "none"),
    "official": QT_TRANSLATE_NOOP("Values", "official"),
    "ordered": QT_TRANSLATE_NOOP("Values", "ordered"),
    "other": QT_TRANSLATE_NOOP("Values", "other"),
    "photo": QT_TRANSLATE_NOOP("Values", "photo"),
    "political_group": QT_TRANSLATE_NOOP("Values", "political group"),
    "prison": QT_TRANSLATE_NOOP("Values", "prison"),
    "prison_authority": QT_TRANSLATE_NOOP("Values", "prison authority"),
    "prison_visit": QT_TRANSLATE_NOOP("Values", "prison visit"),
    "province": QT_TRANSLATE_NOOP("Values", "province"),
    "public": QT_TRANSLATE_NOOP("Values", "public"),
    "public_appeal": QT_TRANSLATE_NOOP("Values", "public appeal"),
    "received": QT_TRANSLATE_NOOP("Values", "received"),
    "relative": QT_TRANSLATE_NOOP("Values", "relative"),
    "report": QT_TRANSLATE_NOOP("Values", "report"),
    "restricted": QT_TRANSLATE_NOOP("Values", "restricted"),
    "secret_burial": QT_TRANSLATE_NOOP("Values", "secret burial"),
    "security_service": QT_TRANSLATE_NOOP("Values", "security service"),
    "sentence": QT_TRANSLATE_NOOP("Values", "sentence"),
    "sexual_violence": QT_TRANSLATE_NOOP("Values", "sexual violence"),
    "sibling": QT_TRANSLATE_NOOP("Values", "sibling"),
    "spouse": QT_TRANSLATE_NOOP("Values", "spouse"),
    "state_body": QT_TRANSLATE_NOOP("Values", "state body"),
    "statement": QT_TRANSLATE_NOOP("Values", "statement"),
    "supervised": QT_TRANSLATE_NOOP("Values", "supervised"),
    "suspected": QT_TRANSLATE_NOOP("Values", "suspected"),
    "testimony_record": QT_TRANSLATE_NOOP("Values", "record of a testimony"),
    "torture": QT_TRANSLATE_NOOP("Values", "torture"),
    "transfer": QT_TRANSLATE_NOOP("Values", "transfer"),
    "transliteration": QT_TRANSLATE_NOOP("Values", "transliteration"),
    "trial": QT_TRANSLATE_NOOP("Values", "trial"),
    "un": QT_TRANSLATE_NOOP("Values", "United Nations"),
    "un_body": QT_TRANSLATE_NOOP("Values", "United Nations body"),
    "un_submission": QT_TRANSLATE_NOOP("Values", "submission to the United Nations"),
    "unknown": QT_TRANSLATE_NOOP("Values", "unknown"),
    "unmarked": QT_TRANSLATE_NOOP("Values", "unmarked"),
    "victim": QT_TRANSLATE_NOOP("Values", "victim"),
    "video": QT_TRANSLATE_NOOP("Values", "video"),
    "was_informed": QT_TRANSLATE_NOOP("Values", "was informed"),
    "witness": QT_TRANSLATE_NOOP("Values", "witness"),
}


#: The names of the languages the app speaks, for a record's language (``fa`` -> "Persian").
LANGUAGE_NAMES: dict[str, str] = {
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
}


def language_name(code: object) -> str:
    """A BCP 47 language tag's name in the interface language ("Persian" / "فارسی" for ``fa``);
    other tags as they are."""
    text = str(code)
    key = text.strip().lower()
    return QCoreApplication.translate("Languages", LANGUAGE_NAMES[key]) if key in LANGUAGE_NAMES else text


def list_name(kind: str) -> str:
    """'Person', 'Event', ... for one record of list ``kind``."""
    return QCoreApplication.translate("Lists", LIST_SINGULAR[kind]) if kind in LIST_SINGULAR else kind


def field_name(name: str) -> str:
    """A field's label ('Place of birth' for ``birth_place``)."""
    return QCoreApplication.translate("Fields", FIELDS[name]) if name in FIELDS else name.replace("_", " ")


def value_name(value: object) -> str:
    """An enumeration value's words ('enforced disappearance'); other values as they are."""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "yes") if value else QCoreApplication.translate("Values", "no")
    text = str(value)
    return QCoreApplication.translate("Values", VALUES[text]) if text in VALUES else text


def value_choice(value: object) -> str:
    """An enumeration value as a choice in a drop-down or check box: its words with a capital
    first letter ('Enforced disappearance'; scripts without capitals are unchanged)."""
    text = value_name(value)
    if text == str(value):
        text = text.replace("_", " ")
    return text[:1].upper() + text[1:]


# The two words value_name() uses for booleans, marked here so lupdate collects them.
_BOOLEANS = (QT_TRANSLATE_NOOP("Values", "yes"), QT_TRANSLATE_NOOP("Values", "no"))
