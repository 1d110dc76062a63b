-- Feed polling: the validators for conditional GET, and the items already taken from each feed.
CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_success  TEXT,              -- ISO 8601 UTC
    last_error    TEXT
);

CREATE TABLE feed_items (
    feed_url   TEXT    NOT NULL,
    item_key   TEXT    NOT NULL,     -- the item's guid/id, else its link, else its title
    article_id INTEGER,              -- null when the item had no usable text
    seen       TEXT    NOT NULL,
    PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
