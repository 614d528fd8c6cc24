-- «آیا این پاسخ مفید بود؟» answers from readers.
CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    slug       TEXT    NOT NULL,
    helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment    TEXT,
    created_at TEXT    NOT NULL
);
CREATE INDEX feedback_by_slug ON feedback (slug, created_at);
