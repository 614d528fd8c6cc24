-- The answer number each saved text gives its article (NULL when it has none), so that a number once used is
-- never given to a new article, even after the one that had it was archived and its file deleted. Texts saved
-- before this column existed predate answer numbers, so none is lost by leaving them NULL.
ALTER TABLE article_revisions ADD COLUMN number INTEGER;
CREATE INDEX article_revisions_number ON article_revisions (number) WHERE number IS NOT NULL;
