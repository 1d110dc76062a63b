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
    name_key TEXT,                  -- cross-script matching key
    mentions_total INTEGER NOT NULL DEFAULT 0,
    renamed  INTEGER NOT NULL DEFAULT 0 -- 1 when an editor set the name: later articles keep it
);
CREATE INDEX ix_entities_type_total ON entities(type, mentions_total DESC);

-- Corrections that later articles keep: a key merged into another entity points at it.
CREATE TABLE entity_redirects (
    key       TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_entities_type ON entities(type);
CREATE INDEX ix_entities_name_key ON entities(name_key);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL, -- as written
    alias_key TEXT    NOT NULL, -- Normalizer.Normalize of the alias: the scorer's folding (case, accents, Arabic letter variants)
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX ix_entity_aliases_key ON entity_aliases(alias_key, entity_id);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type       TEXT    NOT NULL,
    count      INTEGER NOT NULL,
    ingested   TEXT    NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX ix_mentions_entity_time ON mentions(entity_id, ingested);
CREATE INDEX ix_mentions_type_time ON mentions(type, ingested, entity_id, count);


CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    date             TEXT,
    status           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    location         TEXT,
    location_country TEXT,
    first_seen       TEXT NOT NULL,
    updated          TEXT NOT NULL,
    sort_date        TEXT NOT NULL -- date when known, else the day first seen: the timeline's order
);
CREATE INDEX ix_meetings_order ON meetings(sort_date DESC, id DESC);

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

-- A meeting involves a country when a participant or its location belongs to it.
CREATE TABLE meeting_countries (
    country    TEXT    NOT NULL,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sort_date  TEXT    NOT NULL, -- the meeting's timeline date, so one country's timeline is one ordered range
    PRIMARY KEY (country, meeting_id)
) WITHOUT ROWID;
CREATE INDEX ix_meeting_countries_timeline ON meeting_countries(country, sort_date DESC, meeting_id DESC);
CREATE INDEX ix_meeting_countries_meeting ON meeting_countries(meeting_id, country);

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

-- Full-text search over article text and quotes.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
