-- Articles as they arrived; everything extracted from one commits with it in one transaction.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    source        TEXT,
    url           TEXT,
    published     TEXT,            -- ISO 8601 UTC, from the article
    ingested      TEXT    NOT NULL, -- ISO 8601 UTC, when we stored it
    content_hash  TEXT    NOT NULL, -- SHA-256 of the normalised text, for duplicates
    extraction    TEXT    NOT NULL  -- the contract JSON of the extraction
);
CREATE UNIQUE INDEX ux_articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX ux_articles_hash ON articles(content_hash);
CREATE INDEX ix_articles_ingested ON articles(ingested);

CREATE TABLE entities (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    key      TEXT NOT NULL UNIQUE,  -- the extraction id, e.g. person/sergey-lavrov
    type     TEXT NOT NULL,
    name     TEXT NOT NULL,
    country  TEXT,
    role     TEXT,
    name_key TEXT                   -- cross-script matching key
);
CREATE INDEX ix_entities_type ON entities(type);
CREATE INDEX ix_entities_name_key ON entities(name_key);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX ix_entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    count      INTEGER NOT NULL,
    ingested   TEXT    NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX ix_mentions_entity_time ON mentions(entity_id, ingested);
CREATE INDEX ix_mentions_time ON mentions(ingested, entity_id, count);

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    date             TEXT,
    status           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    location         TEXT,
    location_country TEXT,
    first_seen       TEXT NOT NULL,
    updated          TEXT NOT NULL
);
CREATE INDEX ix_meetings_date ON meetings(date, id);

CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    entity_id  INTEGER REFERENCES entities(id),
    name       TEXT,
    country    TEXT,
    role       TEXT,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;
CREATE INDEX ix_meeting_participants_entity ON meeting_participants(entity_id);
CREATE INDEX ix_meeting_participants_country ON meeting_participants(country, meeting_id);

CREATE TABLE meeting_sources (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, article_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    text              TEXT    NOT NULL,
    text_key          TEXT    NOT NULL, -- normalised text, for the same quote across articles
    language          TEXT    NOT NULL,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker_name      TEXT,
    speaker_country   TEXT,
    speaker_role      TEXT,
    first_seen        TEXT    NOT NULL
);
CREATE INDEX ix_quotes_first_seen ON quotes(first_seen, id);
CREATE INDEX ix_quotes_speaker ON quotes(speaker_entity_id, id);
CREATE INDEX ix_quotes_country ON quotes(speaker_country, id);
CREATE INDEX ix_quotes_text_key ON quotes(text_key);

CREATE TABLE quote_sources (
    quote_id   INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, article_id)
) WITHOUT ROWID;
