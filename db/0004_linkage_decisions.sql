-- Schema 4: what people decided about possible duplicate persons (casefile.decisions).
-- One row per pair of person ids (a sorts before b): "same" (merged into one) or "not_same" (a
-- pair that must not be offered again). Each decision is also an audit entry (kind
-- 'linkage_decisions'); verify checks this table against the trail.
CREATE TABLE linkage_decisions (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('same', 'not_same')),
    decided_at TEXT NOT NULL,
    note TEXT,
    PRIMARY KEY (a, b),
    CHECK (a < b)
);
CREATE INDEX linkage_decisions_b ON linkage_decisions (b);
