-- What agents record during a call. A recorded question is a row of questions (source 'agent') with the version
-- of the article's published revision the agent had open; NULL for imported and site rows, 0 for an article that
-- was never taken into revisions. The report counts the agents' rows for a period through their own small index.
ALTER TABLE questions ADD COLUMN article_version INTEGER;
CREATE INDEX questions_recorded_by_day ON questions (day) WHERE source = 'agent';

-- An agent's «گزارش ایراد»: the article or one of its parts is outdated or wrong. Open until an editor marks it
-- resolved; kept afterwards, with who resolved it and when. target: article, summary, key_point:N, paragraph:N.
CREATE TABLE article_flags (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL,
    target TEXT NOT NULL,
    text TEXT NOT NULL,
    user TEXT NOT NULL,
    at INTEGER NOT NULL,
    article_version INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by TEXT
);
CREATE INDEX article_flags_open ON article_flags (slug) WHERE resolved_at IS NULL;
