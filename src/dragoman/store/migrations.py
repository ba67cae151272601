"""The store's schema as named migrations, applied once each, in this order, and recorded in
``schema_migrations(name, applied_at)``. Never edit a released migration: append a new one.

Tables (all queryable directly in DuckDB):

- ``articles``: one row per article, keyed by the content hash ``article_id``; ``seq`` is the order stored.
- ``events``: one row per event with flat columns for the event, the source and target actors (``target_*``
  NULL when the event has no target), the date, the first evidence sentence, ``evidence`` as JSON and the
  place (``place_*`` NULL when unknown). ``ordinal`` is the event's position in its article's coding result.
- ``mentions``: every actor mention with its sentence and span.
- ``failures``: inputs that could not be read, coded or stored; one row per distinct origin, stage, code
  and reason.
- ``duplicates``: near-duplicates (syndicated copies) not coded again: the copy's content hash
  ``article_id``, the stored article it copies ``original_id``, the estimated ``similarity`` and the copy's
  own metadata (title, date, URL, outlet, origin). Its text is not kept.
- ``signatures``: the MinHash signature of each stored article (``scheme`` names its parameters), so a
  later or resumed run finds near-duplicates of earlier articles without recomputing them.
- ``story_mentions`` (a view): for each stored article, ``mentions`` = 1 + its near-duplicates.

Spans are stored as ``*_start`` and ``*_end`` character offsets into ``articles.text`` and ``*_span_text``.
Timestamps are UTC.
"""

from __future__ import annotations

_INITIAL = """
CREATE SEQUENCE articles_seq START 1;

CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL DEFAULT nextval('articles_seq'),
    text VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    published DATE,
    url VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    stored_at TIMESTAMP NOT NULL
);

CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    event_id VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover_type VARCHAR NOT NULL,
    plover_mode VARCHAR NOT NULL,
    source_code VARCHAR NOT NULL,
    source_sector VARCHAR NOT NULL,
    source_text VARCHAR NOT NULL,
    source_entity VARCHAR NOT NULL,
    source_kind VARCHAR NOT NULL,
    source_entity_id VARCHAR NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_span_text VARCHAR NOT NULL,
    target_code VARCHAR,
    target_sector VARCHAR,
    target_text VARCHAR,
    target_entity VARCHAR,
    target_kind VARCHAR,
    target_entity_id VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    target_span_text VARCHAR,
    date VARCHAR NOT NULL,
    date_precision VARCHAR,
    date_source VARCHAR NOT NULL,
    date_start INTEGER,
    date_end INTEGER,
    date_span_text VARCHAR,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    evidence JSON NOT NULL,
    place_name VARCHAR,
    place_geonames_id BIGINT,
    place_latitude DOUBLE,
    place_longitude DOUBLE,
    place_country VARCHAR,
    place_admin1 VARCHAR,
    place_feature_class VARCHAR,
    place_start INTEGER,
    place_end INTEGER,
    place_span_text VARCHAR,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    sector VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    span_text VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE SEQUENCE failures_seq START 1;

CREATE TABLE failures (
    seq BIGINT NOT NULL DEFAULT nextval('failures_seq'),
    origin VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, stage, code, reason)
);
"""

_NEAR_DUPLICATES = """
CREATE SEQUENCE duplicates_seq START 1;

CREATE TABLE duplicates (
    article_id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL DEFAULT nextval('duplicates_seq'),
    original_id VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL,
    title VARCHAR NOT NULL,
    published DATE,
    url VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    stored_at TIMESTAMP NOT NULL
);

CREATE TABLE signatures (
    article_id VARCHAR PRIMARY KEY,
    scheme VARCHAR NOT NULL,
    minhash BLOB NOT NULL
);

CREATE VIEW story_mentions AS
SELECT a.article_id, 1 + count(d.article_id) AS mentions
FROM articles a LEFT JOIN duplicates d ON d.original_id = a.article_id
GROUP BY a.article_id;
"""

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_initial", _INITIAL),
    ("0002_near_duplicates", _NEAR_DUPLICATES),
)
"""(name, SQL) in the order they are applied."""
