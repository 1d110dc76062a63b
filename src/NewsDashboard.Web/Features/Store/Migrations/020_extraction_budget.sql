-- Issue 15: an article whose extraction hit the budget (time or size) is stored with what was extracted and the reason
-- ('size' or 'time'; null when the whole article was read). The same reason is in the extraction JSON as cutShort.
ALTER TABLE articles ADD COLUMN extraction_cut TEXT;

CREATE INDEX articles_extraction_cut ON articles (extraction_cut) WHERE extraction_cut IS NOT NULL;
