-- Every saved text of every article, in order: version grows by one per saved revision of a slug. A save made
-- against an old version is refused but its text is kept too (refused = 1, no version), so no edit is lost.
CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL,
    version INTEGER,
    source TEXT NOT NULL,
    author TEXT NOT NULL,
    at INTEGER NOT NULL,
    state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    refused INTEGER NOT NULL DEFAULT 0,
    base_version INTEGER
);
CREATE UNIQUE INDEX article_revisions_version ON article_revisions (slug, version) WHERE version IS NOT NULL;

-- Where each article stands: its latest version, the version whose file is published (if any), its state.
CREATE TABLE article_states (
    slug TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    latest_version INTEGER NOT NULL,
    published_version INTEGER,
    updated_at INTEGER NOT NULL
);
