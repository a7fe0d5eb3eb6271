-- Schema 3: a content-addressed version store.
-- Every version of every record (and of the case settings, and of an attachment's description) is
-- kept once in `versions`, addressed by the SHA-256 of its canonical JSON. The audit trail refers to
-- versions by number, and its hash chain covers their hashes, not their text: a version's text can be
-- erased (data = NULL) while the chain still verifies, merge finds a common base by hash, and a
-- record's text is no longer stored three times (record, audit before, audit after).
-- casefile_sha256() is registered on the connection by the migration runner. The chain itself is
-- re-hashed in Python after this script (casefile.versions.rechain_after_schema3), in the same
-- transaction.

CREATE TABLE versions (
    vid INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,  -- SHA-256 of data's UTF-8 bytes
    data TEXT                   -- canonical JSON; NULL once erased
);

INSERT INTO versions (hash, data)
    SELECT casefile_sha256(data), data FROM (
        SELECT data FROM records
        UNION SELECT before FROM audit WHERE before IS NOT NULL
        UNION SELECT after FROM audit WHERE after IS NOT NULL
    );

-- The current version of each record, with what lists need; `records` below is the view every
-- reader uses (it reads as the schema-2 table did).
CREATE TABLE record_heads (
    rowid INTEGER PRIMARY KEY,  -- kept: it is also the record's rowid in search_index
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    vid INTEGER NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    title_fa TEXT NOT NULL DEFAULT '',
    sort_title TEXT NOT NULL DEFAULT '',
    sort_title_fa TEXT NOT NULL DEFAULT '',
    sort_date TEXT,
    confidentiality TEXT
);

INSERT INTO record_heads (rowid, id, kind, vid, title_en, title_fa, sort_title, sort_title_fa, sort_date, confidentiality)
    SELECT r.rowid, r.id, r.kind, v.vid, r.title_en, r.title_fa, r.sort_title, r.sort_title_fa, r.sort_date, r.confidentiality
    FROM records r JOIN versions v ON v.hash = casefile_sha256(r.data);

DROP TABLE records;
CREATE INDEX record_heads_kind_title ON record_heads (kind, sort_title);
CREATE INDEX record_heads_kind_title_fa ON record_heads (kind, sort_title_fa);
CREATE INDEX record_heads_kind_date ON record_heads (kind, sort_date);

-- LEFT JOIN on a unique key: SQLite leaves the join out of queries that read no column of versions
-- (counts, list pages), so lists cost what they did.
CREATE VIEW records AS
    SELECT h.rowid AS rowid, h.id AS id, h.kind AS kind, v.data AS data, h.vid AS vid,
           h.title_en AS title_en, h.title_fa AS title_fa, h.sort_title AS sort_title,
           h.sort_title_fa AS sort_title_fa, h.sort_date AS sort_date, h.confidentiality AS confidentiality
    FROM record_heads h LEFT JOIN versions v ON v.vid = h.vid;

-- The audit trail: `before` and `after` are versions (vid), `origin` says where a merged change came
-- from (JSON; NULL for a change made in this file).
CREATE TABLE audit_v3 (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before INTEGER,
    after INTEGER,
    origin TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

INSERT INTO audit_v3 (seq, at, action, kind, record_id, before, after, origin, prev_hash, hash)
    SELECT a.seq, a.at, a.action, a.kind, a.record_id, vb.vid, va.vid, NULL, a.prev_hash, a.hash
    FROM audit a
    LEFT JOIN versions vb ON vb.hash = casefile_sha256(a.before)
    LEFT JOIN versions va ON va.hash = casefile_sha256(a.after);

-- The schema-2 entries' own text, kept only until rechain_after_schema3 has checked their old chain.
CREATE TABLE audit_schema2 AS SELECT seq, at, action, kind, record_id, before, after, prev_hash, hash FROM audit;
DROP TABLE audit;
ALTER TABLE audit_v3 RENAME TO audit;
CREATE INDEX audit_record ON audit (record_id, seq);

-- This copy's own facts (not audited, not exchanged): `copy_id`, a random id made when the file is
-- created, so a merge can say which copy a change came from.
CREATE TABLE file_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO file_meta (key, value) VALUES ('copy_id', lower(hex(randomblob(16))));

-- Merge conflicts waiting for a person to settle them: one field of one record changed differently
-- here and in another copy (field '' = the whole record: deleted on one side, edited on the other).
-- Values are JSON (NULL = absent). The same conflict from the same other version is kept once, so
-- merging the same copy again adds nothing.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT,
    mine TEXT,
    theirs TEXT,
    theirs_version BLOB,
    origin TEXT NOT NULL,
    UNIQUE (record_id, field, theirs_version)
);
