"""The store's SQL schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied; opening a
store applies the missing ones in order, each in its own transaction, so a
store written by an older khabar is upgraded in place and a newer store is
refused by an older khabar (``SCHEMA_VERSION`` below the file's version).

Append new migrations at the end; never edit one that has shipped.

Design notes:

* ``articles.n`` is the integer key every other table joins on (and the
  rowid of the full-text index); ``articles.id`` is the contract's id, unique.
* Annotation tables keep the record's local ids (``e1``, ``q2``, ``t3``) so the
  record is rebuilt exactly, and the corpus-wide entity id beside them for
  queries (``speaker_entity``, ``location_entity``…).
* Columns whose values are numbers of either kind (``facts.value``) are
  declared without a type: SQLite then keeps ints as ints and floats as floats.
* ``extra`` columns hold, as JSON, whatever fields a stage added that have no
  column of their own: the contract allows new fields, the store keeps them.
* ``search`` is a contentless FTS5 index of normalised, clitic-stripped forms
  (see :mod:`khabar.store.fts`); ``articles.indexed`` keeps those forms,
  compressed, so a row of the index can be deleted exactly on re-analysis.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the knowledge base (issue 6)
    """
    CREATE TABLE articles (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet_name TEXT,
        outlet_domain TEXT,
        published TEXT,
        title TEXT,
        text TEXT NOT NULL,
        language TEXT,
        source TEXT,
        record TEXT NOT NULL,
        indexed BLOB,
        analysis TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet_domain, outlet_name);

    CREATE TABLE credits (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        name TEXT, domain TEXT, kind TEXT, text TEXT, extra TEXT
    );
    CREATE INDEX credits_article ON credits(article);
    CREATE INDEX credits_name ON credits(name);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        type TEXT,
        subtype TEXT,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        canonical TEXT,
        canonical_ar TEXT,
        canonical_en TEXT,
        code TEXT,
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_rank ON entities(n_articles DESC);
    CREATE INDEX entities_type ON entities(type, n_articles DESC);
    CREATE INDEX entities_code ON entities(code);
    CREATE INDEX entities_en ON entities(canonical_en COLLATE NOCASE);
    CREATE INDEX entities_norm ON entities(norm);

    CREATE TABLE entity_names (
        norm TEXT NOT NULL,
        entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (norm, entity)
    ) WITHOUT ROWID;
    CREATE INDEX entity_names_entity ON entity_names(entity);

    CREATE TABLE article_entities (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT NOT NULL,
        entity INTEGER NOT NULL REFERENCES entities(id),
        type TEXT,
        subtype TEXT,
        name TEXT,
        canonical TEXT,
        roles TEXT,
        extra TEXT,
        UNIQUE (article, local)
    );
    CREATE INDEX article_entities_entity ON article_entities(entity, article);

    CREATE TABLE mentions (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT NOT NULL,
        entity INTEGER REFERENCES entities(id),
        start INTEGER,
        "end" INTEGER,
        text TEXT,
        form TEXT,
        extra TEXT
    );
    CREATE INDEX mentions_article ON mentions(article);
    CREATE INDEX mentions_entity ON mentions(entity, article);

    CREATE TABLE quotes (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT,
        kind TEXT,
        start INTEGER,
        "end" INTEGER,
        text TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        speaker_local TEXT,
        speaker_entity INTEGER REFERENCES entities(id),
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        anonymous INTEGER,
        via_local TEXT,
        via_entity INTEGER REFERENCES entities(id),
        audience TEXT,
        reported_first_by_local TEXT,
        reported_first_by_entity INTEGER REFERENCES entities(id),
        time_local TEXT,
        sentence,
        extra TEXT
    );
    CREATE INDEX quotes_article ON quotes(article);
    CREATE INDEX quotes_speaker ON quotes(speaker_entity);
    CREATE INDEX quotes_via ON quotes(via_entity);

    CREATE TABLE facts (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT,
        type TEXT,
        value,
        min,
        max,
        approximate INTEGER,
        noun TEXT,
        start INTEGER,
        "end" INTEGER,
        text TEXT,
        location_local TEXT,
        location_entity INTEGER REFERENCES entities(id),
        time_local TEXT,
        quote_local TEXT,
        sentence,
        extra TEXT
    );
    CREATE INDEX facts_article ON facts(article);
    CREATE INDEX facts_type ON facts(type);
    CREATE INDEX facts_location ON facts(location_entity);

    CREATE TABLE times (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT,
        start INTEGER,
        "end" INTEGER,
        text TEXT,
        type TEXT,
        value TEXT,
        extra TEXT
    );
    CREATE INDEX times_article ON times(article, local);

    CREATE TABLE errors (
        origin TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );

    CREATE TABLE inputs (
        origin TEXT NOT NULL,
        hash TEXT NOT NULL,
        article_id TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (origin, hash)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE search USING fts5(
        title, body, quotes,
        content='',
        tokenize='unicode61 remove_diacritics 0'
    );
    INSERT INTO search(search, rank) VALUES ('rank', 'bm25(3.0, 1.0, 1.0)');
    """,
    # claims across articles (issue 7): see khabar.stories.claims and docs/CLAIMS.md
    """
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        type TEXT NOT NULL,
        key TEXT NOT NULL,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        dated INTEGER NOT NULL DEFAULT 0,
        signature BLOB NOT NULL,
        speaker_entity INTEGER,
        speaker TEXT,
        location_entity INTEGER,
        first_article INTEGER REFERENCES articles(n) ON DELETE SET NULL,
        first_local TEXT,
        first_published TEXT,
        reports INTEGER NOT NULL DEFAULT 0,
        sources INTEGER NOT NULL DEFAULT 0,
        contradicted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX claims_key ON claims(key, first_day);
    CREATE INDEX claims_rank ON claims(sources DESC, reports DESC);
    CREATE INDEX claims_contradicted ON claims(contradicted, sources DESC);
    CREATE INDEX claims_speaker ON claims(speaker_entity);
    CREATE INDEX claims_location ON claims(location_entity);

    CREATE TABLE claim_reports (
        article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
        local TEXT NOT NULL,
        claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        published TEXT,
        day TEXT,
        value,
        min,
        max,
        approximate INTEGER,
        source TEXT NOT NULL,
        independent INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (article, local)
    ) WITHOUT ROWID;
    CREATE INDEX claim_reports_claim ON claim_reports(claim);
    """,
    # republished copies and stories (issue 7): see khabar.stories.copies, khabar.stories.stories and docs/STORIES.md
    """
    ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(n);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

    CREATE TABLE signatures (
        article INTEGER PRIMARY KEY REFERENCES articles(n) ON DELETE CASCADE,
        minhash BLOB NOT NULL
    );

    CREATE TABLE word_df (
        word TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT,
        title_article INTEGER REFERENCES articles(n) ON DELETE SET NULL,
        first_published TEXT,
        last_published TEXT,
        articles INTEGER NOT NULL DEFAULT 0,
        outlets TEXT,
        entities TEXT
    );
    CREATE INDEX stories_last ON stories(last_published);
    CREATE INDEX stories_first ON stories(first_published);

    CREATE TABLE story_articles (
        article INTEGER PRIMARY KEY REFERENCES articles(n) ON DELETE CASCADE,
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        score REAL
    );
    CREATE INDEX story_articles_story ON story_articles(story);
    """,
    # indexes for the entity profile of `khabar serve` (issue 8): see docs/SERVER.md, "Speed"
    """
    CREATE INDEX articles_n_published ON articles(n, published);
    CREATE INDEX mentions_article_entity ON mentions(article, entity, start, "end");
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks; returns the number applied.

    Raises ``ValueError`` when the file was written by a newer khabar.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise ValueError(
            f"this store has schema version {current}, newer than this khabar understands ({SCHEMA_VERSION}): "
            "upgrade khabar"
        )
    applied = 0
    for version in range(current, SCHEMA_VERSION):
        script = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) != version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied += 1
    return applied


def _statements(script: str) -> list[str]:
    """Split a migration into statements (the schema has no ';' inside literals)."""
    return [part.strip() for part in script.split(";") if part.strip()]
