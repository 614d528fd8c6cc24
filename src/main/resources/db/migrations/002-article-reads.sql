-- How often each article was read: feeds «پربازدیدترین‌ها» on the home page.
CREATE TABLE article_reads (
    slug  TEXT    PRIMARY KEY,
    reads INTEGER NOT NULL DEFAULT 0
);
