-- Issue 17: where in its article each quote, meeting's evidence and entity's mentions are, as the extraction found
-- them, so a link from a card lands on the exact words. One row per article and thing; spans are "start+length" pairs
-- separated by spaces, UTF-16 offsets into the title, a blank line ("\n\n"), then the body (the body alone without a
-- title): the extraction contract's TextRange.
CREATE TABLE article_marks (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL, -- 'quote', 'meeting' or 'entity'
    target_id  INTEGER NOT NULL, -- quotes.id, meetings.id or entities.id
    spans      TEXT    NOT NULL,
    PRIMARY KEY (article_id, kind, target_id)
) WITHOUT ROWID;

-- articles.published was the receive time when the article carried none (the extraction's fallback for reading
-- relative dates). It is the article's own time only: null when it had none, so the interface can say so.
UPDATE articles SET published = NULL WHERE published = ingested;
