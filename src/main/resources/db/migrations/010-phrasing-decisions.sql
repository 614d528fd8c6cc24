-- What editors decided about a proposed phrasing (a wording callers keep asking that one article answers): accepted
-- (added to the article's questions as a draft) or dismissed. Either way it is not proposed for that article again.
-- normal is the wording's analysed form, as question_texts.normal holds it.
CREATE TABLE phrasing_decisions (
    normal TEXT NOT NULL,
    slug TEXT NOT NULL,
    decision TEXT NOT NULL,
    user TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (normal, slug)
);
