"""Keeping a store's copies and stories up to date as articles are added.

:class:`Across` holds, for one writing connection, the in-memory indexes —
the MinHash LSH of every stored article (:class:`~khabar.stories.copies.CopyIndex`)
and the open stories (:class:`~khabar.stories.stories.StoryIndex`) — rebuilt
once per run from what the store holds (``signatures``, ``articles.duplicate_of``,
``word_df``, the open stories' articles). Then each new article costs one LSH
query, an exact check of its few candidates, and a comparison with the open
stories: flat, whatever the size of the store.

It writes inside the caller's transaction (:meth:`add` for each new
article, :meth:`flush` before COMMIT); after a rollback, :meth:`forget`
drops the indexes and the next :meth:`add` reloads them from the store.

:func:`rebuild` recomputes everything for a store (one ingested before this
existed, or after the thresholds changed), in publication order.
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from khabar.stories.copies import CopyIndex, content_words
from khabar.stories.stories import WINDOW_DAYS, ArticleFeatures, StoryIndex

STORY_ENTITY_TYPES = ("PER", "ORG", "LOC")  # MISC (الله، دولار) tells no event from another
FACT_TYPES = ("killed", "injured", "hostages", "released", "arrested", "displaced", "missing")
KEY_ENTITIES = 5
REBUILD_BATCH = 500


@lru_cache(maxsize=1)
def outlet_keys() -> frozenset[str]:
    """Entity keys of news outlets and agencies: credits and datelines name them, not the event."""
    from khabar.clean.outlets import all_outlets

    return frozenset(f"en:{name.strip().lower()}" for o in all_outlets() for name in (o.name, *o.aliases))


def record_names(record: dict[str, Any]) -> set[str]:
    """The canonical entity keys (PER, ORG, LOC; outlets left out) and typed figures of a ``khabar.article/1`` record."""
    from khabar.store.records import entity_key

    names = {entity_key(e) for e in record.get("entities") or []
             if isinstance(e, dict) and e.get("type") in STORY_ENTITY_TYPES} - outlet_keys()
    for fact in record.get("facts") or []:
        if isinstance(fact, dict) and fact.get("type") in FACT_TYPES and fact.get("value") is not None:
            names.add(f"{fact['type']}:{fact['value']}")
    return names


def stored_names(conn: sqlite3.Connection, n: int) -> set[str]:
    """:func:`record_names` of a stored article, from its rows."""
    marks = ", ".join("?" for _ in STORY_ENTITY_TYPES)
    names = {key for (key,) in conn.execute(
        f"SELECT DISTINCT e.key FROM article_entities ae JOIN entities e ON e.id = ae.entity"
        f" WHERE ae.article = ? AND ae.type IN ({marks})", (n, *STORY_ENTITY_TYPES))} - outlet_keys()
    marks = ", ".join("?" for _ in FACT_TYPES)
    for type_, value in conn.execute(
        f"SELECT type, value FROM facts WHERE article = ? AND type IN ({marks}) AND value IS NOT NULL", (n, *FACT_TYPES)
    ):
        names.add(f"{type_}:{value}")
    return names


def stored_name_frequency(conn: sqlite3.Connection) -> Counter[str]:
    """In how many articles already in stories each name of :func:`stored_names` occurs."""
    marks = ", ".join("?" for _ in STORY_ENTITY_TYPES)
    frequency = Counter(dict(conn.execute(
        "SELECT e.key, count(DISTINCT ae.article) FROM story_articles sa JOIN article_entities ae ON ae.article = sa.article"
        f" JOIN entities e ON e.id = ae.entity WHERE ae.type IN ({marks}) GROUP BY e.key", STORY_ENTITY_TYPES)))
    marks = ", ".join("?" for _ in FACT_TYPES)
    for type_, value, count in conn.execute(
        "SELECT f.type, f.value, count(DISTINCT f.article) FROM story_articles sa JOIN facts f ON f.article = sa.article"
        f" WHERE f.type IN ({marks}) AND f.value IS NOT NULL GROUP BY f.type, f.value", FACT_TYPES
    ):
        frequency[f"{type_}:{value}"] += count
    return frequency


class Across:
    """The copy and story indexes of one store, for the process writing to it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.copies: CopyIndex | None = None
        self.stories: StoryIndex | None = None
        self.word_delta: Counter[str] = Counter()
        self.touched: set[int] = set()

    # -- loading ----------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if self.copies is None or self.stories is None:
            self.load()

    def load(self) -> None:
        """Rebuild the indexes from the store: every signature, the word counts, the open stories."""
        conn = self.conn
        copies = CopyIndex(text_of=self.text_of)
        copies.document_frequency = Counter(dict(conn.execute("SELECT word, df FROM word_df")))
        documents = 0
        for n, published, blob, duplicate_of in conn.execute(
            "SELECT a.n, a.published, s.minhash, a.duplicate_of FROM signatures s JOIN articles a ON a.n = s.article"
        ):
            copies.load(n, published, blob, duplicate_of)
            documents += 1
        copies.documents = documents
        self.copies = copies
        self.stories = self._load_stories(copies)

    def _load_stories(self, copies: CopyIndex) -> StoryIndex:
        """The stories still open at the latest publication date, replayed from their articles."""
        conn = self.conn
        stories = StoryIndex()
        stories.next_id = (conn.execute("SELECT max(id) FROM stories").fetchone()[0] or 0) + 1
        stories.documents = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
        stories.term_frequency = copies.document_frequency  # the same words, counted once by the copy index
        stories.counts_terms = False
        stories.name_frequency = stored_name_frequency(conn)
        latest = conn.execute("SELECT max(last_published) FROM stories").fetchone()[0]
        if not latest:
            return stories
        since = (_day(latest) - timedelta(days=2 * WINDOW_DAYS)).isoformat() if _day(latest) else latest
        rows = conn.execute(
            "SELECT sa.story, a.n, a.published, a.text FROM story_articles sa JOIN articles a ON a.n = sa.article"
            " WHERE sa.story IN (SELECT id FROM stories WHERE last_published >= ?)"
            " ORDER BY a.published IS NULL, a.published, a.n", (since,)).fetchall()
        for story_id, n, published, text in rows:
            features = ArticleFeatures.of(text, stored_names(conn, n))
            if story_id not in stories.stories:
                stories.stories[story_id] = _empty_story(story_id, published)
            stories.join(story_id, n, stories.vector(features), features.names, published)
        return stories

    def text_of(self, n: int) -> str | None:
        row = self.conn.execute("SELECT text FROM articles WHERE n = ?", (n,)).fetchone()
        return row[0] if row else None

    # -- adding -----------------------------------------------------------------

    def add(self, n: int, record: dict[str, Any], names: set[str] | None = None) -> tuple[int | None, int]:
        """Find article ``n``'s original and story and write them; returns ``(duplicate_of, story)``."""
        self.ensure_loaded()
        assert self.copies is not None and self.stories is not None
        text = record.get("text") or ""
        published = record.get("published")
        words = set(content_words(text))
        decision, blob = self.copies.add_signed(n, published, text)
        conn = self.conn
        if blob is not None:
            conn.execute("INSERT OR REPLACE INTO signatures (article, minhash) VALUES (?, ?)", (n, blob))
            self.word_delta.update(words)
        if decision.duplicate_of is not None:
            conn.execute("UPDATE articles SET duplicate_of = ? WHERE n = ?", (decision.duplicate_of, n))
        for moved, original in decision.repointed.items():  # an earlier original arrived after its copies
            conn.execute("UPDATE articles SET duplicate_of = ? WHERE n = ?", (original, moved))
        features = ArticleFeatures.of(text, record_names(record) if names is None else names)
        story = self.stories.add(n, published, features, copy_of=decision.duplicate_of)
        conn.execute("INSERT OR IGNORE INTO stories (id, first_published, last_published) VALUES (?, ?, ?)",
                     (story, published, published))  # its summary is written by flush()
        conn.execute("INSERT OR REPLACE INTO story_articles (article, story) VALUES (?, ?)", (n, story))
        self.touched.add(story)
        return decision.duplicate_of, story

    def flush(self) -> None:
        """Write the word counts and the summaries of the stories touched (call before COMMIT)."""
        if self.word_delta:
            self.conn.executemany(
                "INSERT INTO word_df (word, df) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET df = df + excluded.df",
                list(self.word_delta.items()))
            self.word_delta.clear()
        total = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0] if self.touched else 0
        for story in sorted(self.touched):
            write_story_summary(self.conn, story, total)
        self.touched.clear()
        if self.stories is not None and self.stories.stories:
            latest = max((s.last for s in self.stories.stories.values() if s.last), default=None)
            if latest:
                self.stories.close_before((_day(latest) - timedelta(days=WINDOW_DAYS)).isoformat()
                                          if _day(latest) else latest)

    def forget(self) -> None:
        """After a rollback: drop the indexes (reloaded from the store on the next :meth:`add`)."""
        self.copies = self.stories = None
        self.word_delta.clear()
        self.touched.clear()


def _empty_story(story_id: int, published: str | None):
    from khabar.stories.stories import Story

    return Story(story_id, published, published)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def write_story_summary(conn: sqlite3.Connection, story: int, total: int | None = None) -> None:
    """Recompute one story's row: title (its earliest original's), span, size, outlets, key entities."""
    first, last, count = conn.execute(
        "SELECT min(a.published), max(a.published), count(*) FROM story_articles sa JOIN articles a ON a.n = sa.article"
        " WHERE sa.story = ?", (story,)).fetchone()
    if not count:
        conn.execute("DELETE FROM stories WHERE id = ?", (story,))
        return
    title_row = conn.execute(
        "SELECT a.n, a.title FROM story_articles sa JOIN articles a ON a.n = sa.article WHERE sa.story = ?"
        " ORDER BY a.duplicate_of IS NOT NULL, coalesce(a.title, '') = '', a.published IS NULL, a.published, a.n LIMIT 1",
        (story,)).fetchone()
    outlets = [o for (o,) in conn.execute(
        "SELECT coalesce(a.outlet_name, a.outlet_domain) AS o FROM story_articles sa JOIN articles a ON a.n = sa.article"
        " WHERE sa.story = ? AND o IS NOT NULL GROUP BY o ORDER BY min(a.published), min(a.n)", (story,))]
    conn.execute(
        "INSERT INTO stories (id, title, title_article, first_published, last_published, articles, outlets, entities)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
        " title_article = excluded.title_article, first_published = excluded.first_published,"
        " last_published = excluded.last_published, articles = excluded.articles, outlets = excluded.outlets,"
        " entities = excluded.entities",
        (story, title_row[1], title_row[0], first, last, count, json.dumps(outlets, ensure_ascii=False),
         json.dumps(key_entities(conn, story, total=total), ensure_ascii=False)))


def key_entities(conn: sqlite3.Connection, story: int, top: int = KEY_ENTITIES, total: int | None = None) -> list[dict[str, Any]]:
    """The story's most telling entities: named by many of its articles, and rare in the store (of ``total`` articles)."""
    if total is None:
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    total = total or 1
    marks = ", ".join("?" for _ in STORY_ENTITY_TYPES)
    rows = conn.execute(
        "SELECT e.id, coalesce(e.canonical_ar, e.name), e.canonical_en, e.type, e.n_articles, count(DISTINCT ae.article), e.key"
        " FROM story_articles sa JOIN article_entities ae ON ae.article = sa.article JOIN entities e ON e.id = ae.entity"
        f" WHERE sa.story = ? AND e.type IN ({marks}) GROUP BY e.id ORDER BY count(DISTINCT ae.article) DESC LIMIT 40",
        (story, *STORY_ENTITY_TYPES)).fetchall()
    outlets = outlet_keys()
    ranked = sorted((r for r in rows if r[6] not in outlets), key=lambda r: -r[5] * math.log((total + 1) / (r[4] + 1) + 1))
    return [{"id": r[0], "name": r[1], "en": r[2], "type": r[3], "articles": r[5]} for r in ranked[:top]]


def rebuild(conn_or_store: Any, *, batch: int = REBUILD_BATCH,
            progress: Callable[[int, int, float], None] | None = None) -> dict[str, Any]:
    """Recompute every copy link and story of a store, in publication order, one transaction per batch.

    ``progress(done, total, seconds_of_batch)`` is called after each batch.
    Returns the counts and the seconds each batch took.
    """
    from khabar.store.db import transaction

    conn = getattr(conn_or_store, "conn", conn_or_store)
    path = getattr(conn_or_store, "path", "store")
    with transaction(conn, path):
        for sql in ("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL",
                    "DELETE FROM story_articles", "DELETE FROM stories", "DELETE FROM signatures", "DELETE FROM word_df"):
            conn.execute(sql)
    keys = [r[0] for r in conn.execute("SELECT n FROM articles ORDER BY published IS NULL, published, n")]
    across = Across(conn)
    timings = []
    for start in range(0, len(keys), batch):
        began = time.perf_counter()
        try:
            with transaction(conn, path):
                for n in keys[start:start + batch]:
                    text, published = conn.execute("SELECT text, published FROM articles WHERE n = ?", (n,)).fetchone()
                    across.add(n, {"text": text, "published": published}, stored_names(conn, n))
                across.flush()
        except BaseException:
            across.forget()
            raise
        timings.append(round(time.perf_counter() - began, 3))
        if progress is not None:
            progress(min(start + batch, len(keys)), len(keys), timings[-1])
    copies = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    return {"articles": len(keys), "copies": copies, "stories": stories, "batch_seconds": timings}
