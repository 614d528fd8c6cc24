-- Questions from CRM logs and the portal's own demand, scrubbed of personal numbers before they get here.
-- A row stays for ever (its counts and its key: importing it again adds nothing); its text is set to NULL
-- after the retention period. row_key is 16 bytes of SHA-256 over scrubbed content only.
CREATE TABLE question_texts (
    id INTEGER PRIMARY KEY,
    normal TEXT NOT NULL UNIQUE,
    signature BLOB NOT NULL,
    sample TEXT,
    last_seen INTEGER NOT NULL
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    row_key BLOB NOT NULL UNIQUE,
    at INTEGER NOT NULL,
    day INTEGER NOT NULL,
    channel TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    article TEXT NOT NULL DEFAULT '',
    text_id INTEGER NOT NULL REFERENCES question_texts (id),
    text TEXT
);
CREATE INDEX questions_by_text ON questions (text_id);
CREATE INDEX questions_by_day ON questions (day);
