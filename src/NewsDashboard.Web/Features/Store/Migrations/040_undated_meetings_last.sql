-- Issue 17: the meetings timeline lists dated meetings newest first and undated ones after them. An undated
-- meeting keeps its report day as sort_date (the date range filter still places it), and `dated` puts it last.
ALTER TABLE meetings ADD COLUMN dated INTEGER NOT NULL DEFAULT 0;
UPDATE meetings SET dated = (date IS NOT NULL);
ALTER TABLE meeting_countries ADD COLUMN dated INTEGER NOT NULL DEFAULT 0;
UPDATE meeting_countries SET dated = (SELECT m.date IS NOT NULL FROM meetings m WHERE m.id = meeting_countries.meeting_id);

DROP INDEX IF EXISTS ix_meetings_order;
CREATE INDEX ix_meetings_order ON meetings(dated, sort_date DESC, id DESC);
DROP INDEX IF EXISTS ix_meeting_countries_timeline;
CREATE INDEX ix_meeting_countries_timeline ON meeting_countries(country, dated, sort_date DESC, meeting_id DESC);
