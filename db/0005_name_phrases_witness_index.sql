-- Schema 5: what a dossier needs to read only the records it shows (issue 13: a
-- one-victim dossier read every person and every testimony of the file).
-- (1) The words of every string that names a person (each form of their name and of their parents'
-- names, each alias, their identity document), normalised as casefile.text.tokens splits them and
-- joined by one space: the audience view looks up the phrases of a text here to find the names it
-- holds. A derived table, written with each person by casefile.records; the rows of existing files
-- are derived when Casefile opens them (store.DERIVED_VERSION).
CREATE TABLE person_names (
    phrase TEXT NOT NULL,
    person_id TEXT NOT NULL,
    words INTEGER NOT NULL  -- how many words the phrase has: a text is looked up up to the longest
);
CREATE INDEX person_names_phrase ON person_names (phrase);
CREATE INDEX person_names_person ON person_names (person_id);
CREATE INDEX person_names_words ON person_names (words);

-- (2) Testimonies by their witness, in the records' own text: an index SQLite keeps on the versions
-- themselves, so who testified (and under which consent) is never taken from a table the app
-- derives (a row deleted there must not let a witness who refused be named).
CREATE INDEX versions_witness ON versions (json_extract(data, '$.witness'))
    WHERE json_extract(data, '$.witness') IS NOT NULL;

-- (3) The list of the record a reference comes from, in the index that finds the references to a
-- record: "the involvements in this event" no longer reads every act of the event to find them.
ALTER TABLE links ADD COLUMN from_kind TEXT NOT NULL DEFAULT '';
UPDATE links SET from_kind = coalesce((SELECT h.kind FROM record_heads h WHERE h.id = links.from_id), '');
DROP INDEX links_to;
CREATE INDEX links_to ON links (to_id, field, from_kind);
