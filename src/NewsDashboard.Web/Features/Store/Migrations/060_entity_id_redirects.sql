-- Issue 17: a merged entity's old page (/entities/{id}) leads to the entity it was merged into, not to a 404.
CREATE TABLE entity_id_redirects (
    from_id INTEGER PRIMARY KEY,
    into_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE INDEX ix_entity_id_redirects_into ON entity_id_redirects(into_id);
