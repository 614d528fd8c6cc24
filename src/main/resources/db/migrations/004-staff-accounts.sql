-- Staff accounts. Times are epoch milliseconds (UTC): sessions and throttles compare them on every request.
-- Names are stored normalised (trimmed, lower case), so UNIQUE makes them case-insensitive.
-- password_hash is an Argon2id string ($argon2id$v=19$m=...,t=...,p=...$salt$hash), never a password.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER
);

-- id_hash is SHA-256 of the session id the cookie carries: a copy of the database signs nobody in.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One row per throttled key ('account:NAME' or 'address:IP'): failures counted in a window, and a lock.
CREATE TABLE sign_in_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    locked_until INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_time ON audit_log (at);
