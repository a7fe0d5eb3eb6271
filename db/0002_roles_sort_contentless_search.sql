-- Schema 2. (1) Who is listed as victim, witness, relative or official, kept as rows written with
-- each record: schema 1 derived them in a view on every list query (150-240 ms on 30,000 victims).
-- (2) A Persian sort key, so lists shown in Persian are in Persian alphabetical order.
-- (3) A contentless search index (below).
DROP VIEW person_roles;

CREATE TABLE person_roles (
    person_id TEXT NOT NULL,
    role TEXT NOT NULL,
    source_id TEXT NOT NULL  -- the record that says so: an act, testimony, relation, ... or the person
);

INSERT INTO person_roles (person_id, role, source_id)
    SELECT to_id, 'victim', from_id FROM links WHERE field = 'victim'
    UNION ALL SELECT to_id, 'witness', from_id FROM links WHERE field = 'witness'
    UNION ALL SELECT l.to_id, 'official', l.from_id FROM links l JOIN records r ON r.id = l.from_id
        WHERE l.field = 'person' AND r.kind IN ('involvements', 'positions')
    UNION ALL SELECT l.to_id, 'relative', l.from_id FROM links l JOIN records r ON r.id = l.from_id
        WHERE l.field = 'person' AND r.kind = 'relations'
    UNION ALL SELECT r.id, j.value, r.id FROM records r, json_each(r.data, '$.roles') j
        WHERE r.kind = 'persons' AND json_type(r.data, '$.roles') = 'array';

CREATE INDEX person_roles_role ON person_roles (role, person_id);
CREATE INDEX person_roles_source ON person_roles (source_id);
CREATE INDEX person_roles_person ON person_roles (person_id);

-- casefile_persian_sort_key() is casefile.text.persian_sort_key, registered on the connection by the
-- migration runner (Unicode order puts پ چ ژ ک گ ی after the Arabic letters).
ALTER TABLE records ADD COLUMN sort_title_fa TEXT NOT NULL DEFAULT '';
UPDATE records SET sort_title_fa = casefile_persian_sort_key(CASE WHEN title_fa != '' THEN title_fa ELSE title_en END);
CREATE INDEX records_kind_title_fa ON records (kind, sort_title_fa);

-- (3) The search index keeps no copy of the text it indexes (search shows snippets from the records
-- themselves): contentless, with deletes allowed, so an edit still replaces a record's entry.
ALTER TABLE search_index RENAME TO search_index_schema1;
CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    content = '',
    contentless_delete = 1
);
INSERT INTO search_index (rowid, title, body) SELECT rowid, title, body FROM search_index_schema1;
DROP TABLE search_index_schema1;
