-- Casefile schema 1: records as exchange-format JSON, with what lists, links, dates and search need.

-- Every record of every list. `data` is the canonical JSON of the exchange-format object (attachment
-- bytes live in `attachments`, not here). The other columns are derived from `data` on every write.
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    title_fa TEXT NOT NULL DEFAULT '',
    sort_title TEXT NOT NULL DEFAULT '',
    sort_date TEXT,
    confidentiality TEXT
);
CREATE INDEX records_kind_title ON records (kind, sort_title);
CREATE INDEX records_kind_date ON records (kind, sort_date);

-- One row per reference from a record to another (`field` is e.g. "victim", "about", "consent.given_by").
CREATE TABLE links (
    from_id TEXT NOT NULL,
    field TEXT NOT NULL,
    to_id TEXT NOT NULL
);
CREATE INDEX links_to ON links (to_id, field);
CREATE INDEX links_from ON links (from_id);

-- Every date field of every record: what was entered (JSON) and the Gregorian days it covers.
CREATE TABLE record_dates (
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    entered TEXT NOT NULL,
    lo TEXT,
    hi TEXT
);
CREATE INDEX record_dates_record ON record_dates (record_id);
CREATE INDEX record_dates_lo ON record_dates (lo);

-- Attached files, by content. Inside the database, so they are encrypted with it.
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

-- The case file's own settings (title, submitter) as one JSON object.
CREATE TABLE case_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The audit trail: every change, in a hash chain (hash = sha256 of prev_hash and the entry).
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (record_id, seq);

-- Full-text search over normalised text (casefile.text.normalise); rowid = records.rowid.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The roles a person is listed under: declared in persons.roles, or derived from what refers to them.
CREATE VIEW person_roles AS
    SELECT to_id AS person_id, 'victim' AS role FROM links WHERE field = 'victim'
    UNION SELECT to_id, 'witness' FROM links WHERE field = 'witness'
    UNION SELECT l.to_id, 'official' FROM links l JOIN records r ON r.id = l.from_id
        WHERE l.field = 'person' AND r.kind IN ('involvements', 'positions')
    UNION SELECT l.to_id, 'relative' FROM links l JOIN records r ON r.id = l.from_id
        WHERE l.field = 'person' AND r.kind = 'relations'
    UNION SELECT r.id, j.value FROM records r, json_each(r.data, '$.roles') j
        WHERE r.kind = 'persons' AND json_type(r.data, '$.roles') = 'array';
