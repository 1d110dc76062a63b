-- Issue 16: schema nothing reads.
-- entities.renamed was set by a rename and never read: a renamed entity keeps its name because resolution never
-- rewrites a stored name, not because of the flag.
ALTER TABLE entities DROP COLUMN renamed;

-- ix_entities_type(type) is the leading column of ix_entities_type_total(type, mentions_total DESC): every lookup by
-- type can use the latter.
DROP INDEX IF EXISTS ix_entities_type;
