-- Issue 17: "most mentioned" ranks by the number of articles that name an entity (one long article no longer puts an
-- unknown name near the top), or by mentions when asked. articles_total is the all-time count, as mentions_total is.
ALTER TABLE entities ADD COLUMN articles_total INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET articles_total = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id);
CREATE INDEX ix_entities_type_articles ON entities(type, articles_total DESC);
