"""One article record into the store's rows, and back.

:class:`Batch` writes records inside one transaction the caller owns: the
article row, its credits, entities, mentions, quotes, facts and times, its
full-text row, and the corpus-wide entity counters, all or nothing.
:func:`load_record` rebuilds the ``khabar.article/1`` record of a stored
article from those rows; it equals the record that was added.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from khabar.store.fts import index_rows, normalized_name
from khabar.store.layout import ARTICLE, CREDIT, ENTITY, FACT, MENTION, QUOTE, TABLE_FIELDS, TIME, dumps

CONTRACT_ORDER = (
    "schema", "id", "url", "outlet", "published", "title", "language", "text", "credits", "removed",
    "sentences", "entities", "quotes", "facts", "times", "source", "warnings",
)
TABLES_META = "~tables"  # in articles.record: table fields that were absent or null in the record
ABSENT_CANONICAL = '{"~absent":true}'
INDEX_SEPARATOR = "\x1e"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def entity_key(entity: dict[str, Any]) -> str:
    """One key per real-world thing: the canonical code or English name, else type + normalised name."""
    canonical = entity.get("canonical")
    if isinstance(canonical, dict):
        if canonical.get("code"):
            return f"code:{canonical['code']}"
        if canonical.get("en"):
            return f"en:{str(canonical['en']).strip().lower()}"
        if canonical.get("ar"):
            return f"ar:{normalized_name(str(canonical['ar']))}"
    return f"{entity.get('type') or 'MISC'}:{normalized_name(str(entity.get('name') or ''))}"


def pack_index(rows: tuple[str, str, str]) -> bytes:
    return zlib.compress(INDEX_SEPARATOR.join(rows).encode("utf-8"), 6)


def unpack_index(blob: bytes | None) -> tuple[str, str, str] | None:
    if not blob:
        return None
    parts = zlib.decompress(blob).decode("utf-8").split(INDEX_SEPARATOR)
    return (parts + ["", "", ""])[:3]  # type: ignore[return-value]


def _sql_insert(table: str, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"


ARTICLE_SQL = _sql_insert("articles", ARTICLE.columns + ["record", "indexed", "analysis", "ingested_at"])
CREDIT_SQL = _sql_insert("credits", ["article"] + CREDIT.columns + ["extra"])
ENTITY_SQL = _sql_insert("article_entities", ["article"] + ENTITY.columns + ["entity", "canonical", "extra"])
MENTION_SQL = _sql_insert("mentions", ["article", "local", "entity"] + MENTION.columns + ["extra"])
QUOTE_SQL = _sql_insert(
    "quotes", ["article"] + QUOTE.columns + ["speaker_entity", "via_entity", "reported_first_by_entity", "extra"]
)
FACT_SQL = _sql_insert("facts", ["article"] + FACT.columns + ["location_entity", "extra"])
TIME_SQL = _sql_insert("times", ["article"] + TIME.columns + ["extra"])
FTS_SQL = "INSERT INTO search (rowid, title, body, quotes) VALUES (?, ?, ?, ?)"
FTS_DELETE_SQL = "INSERT INTO search (search, rowid, title, body, quotes) VALUES ('delete', ?, ?, ?, ?)"


class Batch:
    """Writes records in the caller's transaction; :meth:`flush` before COMMIT.

    Entity ids are cached across batches; :meth:`rollback` forgets the ones
    created in a transaction that did not commit.
    """

    def __init__(self, conn: sqlite3.Connection, cache: dict[str, tuple[int, Any]] | None = None):
        self.conn = conn
        self.cache = cache if cache is not None else {}
        self.new_keys: list[str] = []
        self.entity_delta: Counter[tuple[int, str]] = Counter()
        self.name_delta: dict[tuple[str, int], list[Any]] = {}
        self.now = now_iso()

    # -- articles -----------------------------------------------------------

    def known(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add(
        self,
        record: dict[str, Any],
        index: tuple[str, str, str] | None = None,
        *,
        analysis: str | None = None,
    ) -> int | None:
        """Insert one record; returns its article key, or None when its id is already stored."""
        if not isinstance(record, dict) or not record.get("id") or not isinstance(record.get("text"), str):
            raise ValueError("a record needs an 'id' and a 'text' (a khabar.article/1 record)")
        if self.known(record["id"]):
            return None
        if index is None:
            index = index_rows(record)
        top = {k: v for k, v in record.items() if k not in TABLE_FIELDS}
        values, extra = ARTICLE.split(top)
        rest = json.loads(extra) if extra else {}
        tables_meta = {
            "absent": [k for k in TABLE_FIELDS if k not in record],
            "null": [k for k in TABLE_FIELDS if k in record and record[k] is None],
        }
        if tables_meta["absent"] or tables_meta["null"]:
            rest[TABLES_META] = tables_meta
        cursor = self.conn.execute(
            ARTICLE_SQL, [*values, dumps(rest), pack_index(index), analysis, self.now]
        )
        n = cursor.lastrowid
        self.conn.execute(FTS_SQL, (n, *index))
        self._add_credits(n, record.get("credits") or [])
        self._add_annotations(n, record)
        return n

    def _add_credits(self, n: int, credits: list[Any]) -> None:
        rows = []
        for credit in credits:
            if isinstance(credit, dict):
                values, extra = CREDIT.split(credit)
                rows.append((n, *values, extra))
            else:
                rows.append((n, None, None, None, None, dumps({"~value": credit})))
        if rows:
            self.conn.executemany(CREDIT_SQL, rows)

    def _add_annotations(self, n: int, record: dict[str, Any], sign: int = 1) -> None:
        """Insert entities, mentions, quotes, facts and times of ``record`` for article ``n``."""
        source = record.get("text") if isinstance(record.get("text"), str) else None
        entities = [e for e in record.get("entities") or [] if isinstance(e, dict)]
        local_ids: dict[str, int] = {}
        entity_rows, mention_rows = [], []
        for entity in entities:
            global_id, canonical = self._entity_id(entity)
            local = entity.get("id")
            if isinstance(local, str) and local not in local_ids:
                local_ids[local] = global_id
            fields = {k: v for k, v in entity.items() if k not in ("canonical", "mentions")}
            values, extra = ENTITY.split(fields)
            extra_obj = json.loads(extra) if extra else {}
            if "mentions" not in entity:
                extra_obj["~no_mentions"] = True
            if "canonical" not in entity:
                canonical_column = ABSENT_CANONICAL
            elif entity["canonical"] == canonical:
                canonical_column = None
            else:
                canonical_column = dumps(entity["canonical"])
            entity_rows.append((n, *values, global_id, canonical_column, dumps(extra_obj) if extra_obj else None))
            for mention in entity.get("mentions") or []:
                if isinstance(mention, dict):
                    values, extra = MENTION.split(mention, source)
                else:
                    values, extra = [None] * len(MENTION.columns), dumps({"~value": mention})
                mention_rows.append((n, local if isinstance(local, str) else "", global_id, *values, extra))
        self._count(entities, sign)
        if entity_rows:
            self.conn.executemany(ENTITY_SQL, entity_rows)
        if mention_rows:
            self.conn.executemany(MENTION_SQL, mention_rows)
        rows = []
        for quote in record.get("quotes") or []:
            if not isinstance(quote, dict):
                continue
            values, extra = QUOTE.split(quote, source)
            speaker = quote.get("speaker") if isinstance(quote.get("speaker"), dict) else {}
            rows.append((
                n, *values,
                _global(local_ids, speaker.get("entity")),
                _global(local_ids, quote.get("via")),
                _global(local_ids, quote.get("reported_first_by")),
                extra,
            ))
        if rows:
            self.conn.executemany(QUOTE_SQL, rows)
        rows = []
        for fact in record.get("facts") or []:
            if isinstance(fact, dict):
                values, extra = FACT.split(fact, source)
                rows.append((n, *values, _global(local_ids, fact.get("location")), extra))
        if rows:
            self.conn.executemany(FACT_SQL, rows)
        rows = []
        for time in record.get("times") or []:
            if isinstance(time, dict):
                values, extra = TIME.split(time, source)
                rows.append((n, *values, extra))
        if rows:
            self.conn.executemany(TIME_SQL, rows)

    # -- entities -----------------------------------------------------------

    def _entity_id(self, entity: dict[str, Any]) -> tuple[int, Any]:
        key = entity_key(entity)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        canonical = entity.get("canonical") if isinstance(entity.get("canonical"), dict) else None
        name = str((canonical or {}).get("ar") or entity.get("name") or (canonical or {}).get("en") or "")
        self.conn.execute(
            "INSERT INTO entities (key, type, subtype, name, norm, canonical, canonical_ar, canonical_en, code)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            (
                key, entity.get("type"), entity.get("subtype") if isinstance(entity.get("subtype"), str) else None,
                name, normalized_name(name), dumps(canonical) if canonical is not None else None,
                (canonical or {}).get("ar"), (canonical or {}).get("en"), (canonical or {}).get("code"),
            ),
        )
        row = self.conn.execute("SELECT id, canonical FROM entities WHERE key = ?", (key,)).fetchone()
        value = (row[0], json.loads(row[1]) if row[1] else None)
        self.cache[key] = value
        self.new_keys.append(key)
        return value

    def _count(self, entities: list[dict[str, Any]], sign: int) -> None:
        """Accumulate the article's contribution to entity and variant counters."""
        seen: set[int] = set()
        names: dict[tuple[str, int], str] = {}
        for entity in entities:
            global_id = self._entity_id(entity)[0]
            mentions = [m for m in entity.get("mentions") or [] if isinstance(m, dict)]
            self.entity_delta[(global_id, "mentions")] += sign * len(mentions)
            if global_id not in seen:
                seen.add(global_id)
                self.entity_delta[(global_id, "articles")] += sign
            variants = [entity.get("name")] + [m.get("text") for m in mentions if m.get("form", "name") == "name"]
            for variant in variants:
                if isinstance(variant, str) and variant.strip():
                    norm = normalized_name(variant)
                    names.setdefault((norm, global_id), " ".join(variant.split()))
        for key, name in names.items():
            delta = self.name_delta.setdefault(key, [name, 0])
            delta[1] += sign

    def flush(self) -> None:
        """Write the accumulated counters (call before COMMIT)."""
        by_entity: dict[int, list[int]] = {}
        for (entity, what), delta in self.entity_delta.items():
            by_entity.setdefault(entity, [0, 0])[0 if what == "articles" else 1] += delta
        self.conn.executemany(
            "UPDATE entities SET n_articles = n_articles + ?, n_mentions = n_mentions + ? WHERE id = ?",
            [(a, m, e) for e, (a, m) in by_entity.items() if a or m],
        )
        self.conn.executemany(
            "INSERT INTO entity_names (norm, entity, name, count) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (norm, entity) DO UPDATE SET count = count + excluded.count",
            [(norm, entity, name, delta) for (norm, entity), (name, delta) in self.name_delta.items() if delta],
        )
        if any(delta < 0 for _, delta in self.name_delta.values()):
            self.conn.execute("DELETE FROM entity_names WHERE count <= 0")
        self.entity_delta.clear()
        self.name_delta.clear()

    def committed(self) -> None:
        self.new_keys.clear()

    def rollback(self) -> None:
        """Forget entity ids created in a transaction that was rolled back."""
        for key in self.new_keys:
            self.cache.pop(key, None)
        self.new_keys.clear()
        self.entity_delta.clear()
        self.name_delta.clear()

    # -- re-analysis ----------------------------------------------------------

    def replace_annotations(
        self, n: int, record: dict[str, Any], index: tuple[str, str, str] | None = None, *, analysis: str | None = None
    ) -> None:
        """Swap the stored annotations of article ``n`` for those of ``record`` (same text)."""
        old = load_record(self.conn, n)
        if old is None:
            raise KeyError(n)
        old_entities = [e for e in old.get("entities") or [] if isinstance(e, dict)]
        self._count(old_entities, -1)
        for table in ("mentions", "quotes", "facts", "times", "article_entities"):
            self.conn.execute(f"DELETE FROM {table} WHERE article = ?", (n,))
        old_index = unpack_index(self.conn.execute("SELECT indexed FROM articles WHERE n = ?", (n,)).fetchone()[0])
        if old_index is not None:
            self.conn.execute(FTS_DELETE_SQL, (n, *old_index))
        if index is None:
            index = index_rows(record)
        self.conn.execute(FTS_SQL, (n, *index))
        self._add_annotations(n, record)
        # Top-level fields the stages may change (sentences, warnings, new fields): all but the text itself.
        top = {k: v for k, v in record.items() if k not in TABLE_FIELDS}
        for key in ("id", "text"):
            top[key] = old[key]
        values, extra = ARTICLE.split(top)
        rest = json.loads(extra) if extra else {}
        old_rest = json.loads(self.conn.execute("SELECT record FROM articles WHERE n = ?", (n,)).fetchone()[0])
        if TABLES_META in old_rest:
            rest[TABLES_META] = old_rest[TABLES_META]
        assignments = ", ".join(f'"{c}" = ?' for c in ARTICLE.columns)
        self.conn.execute(
            f"UPDATE articles SET {assignments}, record = ?, indexed = ?, analysis = ? WHERE n = ?",
            [*values, dumps(rest), pack_index(index), analysis, n],
        )


def _global(local_ids: dict[str, int], local: Any) -> int | None:
    return local_ids.get(local) if isinstance(local, str) else None


# ---------------------------------------------------------------------------
# Reading back


def load_record(conn: sqlite3.Connection, n: int) -> dict[str, Any] | None:
    """The contract record of stored article ``n`` (its integer key)."""
    row = conn.execute(
        "SELECT " + ", ".join(f'"{c}"' for c in ARTICLE.columns) + ", record FROM articles WHERE n = ?", (n,)
    ).fetchone()
    if row is None:
        return None
    *values, rest_json = row
    rest = json.loads(rest_json) if rest_json else {}
    tables_meta = rest.pop(TABLES_META, {})
    top = ARTICLE.join(values, dumps(rest) if rest else None)
    source = top.get("text")
    record: dict[str, Any] = {}
    tables = {
        "credits": _load_credits(conn, n),
        "entities": _load_entities(conn, n, source),
        "quotes": [QUOTE.join(r[:-1], r[-1], source) for r in conn.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in QUOTE.columns) + ", extra FROM quotes WHERE article = ? ORDER BY n",
            (n,))],
        "facts": [FACT.join(r[:-1], r[-1], source) for r in conn.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in FACT.columns) + ", extra FROM facts WHERE article = ? ORDER BY n",
            (n,))],
        "times": [TIME.join(r[:-1], r[-1], source) for r in conn.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in TIME.columns) + ", extra FROM times WHERE article = ? ORDER BY n",
            (n,))],
    }
    for key in tables_meta.get("null", ()):
        tables[key] = None
    for key in tables_meta.get("absent", ()):
        tables.pop(key, None)
    merged = {**top, **tables}
    for key in CONTRACT_ORDER:
        if key in merged:
            record[key] = merged.pop(key)
    record.update(merged)
    return record


def _load_credits(conn: sqlite3.Connection, n: int) -> list[Any]:
    credits = []
    for *values, extra in conn.execute(
        "SELECT " + ", ".join(f'"{c}"' for c in CREDIT.columns) + ", extra FROM credits WHERE article = ? ORDER BY n", (n,)
    ):
        obj = json.loads(extra) if extra else {}
        credits.append(obj["~value"] if "~value" in obj else CREDIT.join(values, extra))
    return credits


def _load_entities(conn: sqlite3.Connection, n: int, source: str | None) -> list[dict[str, Any]]:
    mentions: dict[str, list[Any]] = {}
    for local, *values, extra in conn.execute(
        "SELECT local, " + ", ".join(f'"{c}"' for c in MENTION.columns) + ", extra FROM mentions WHERE article = ? ORDER BY n",
        (n,),
    ):
        obj = json.loads(extra) if extra else {}
        mentions.setdefault(local, []).append(obj["~value"] if "~value" in obj else MENTION.join(values, extra, source))
    entities = []
    rows = conn.execute(
        "SELECT " + ", ".join(f'ae."{c}"' for c in ENTITY.columns)
        + ", ae.canonical, e.canonical, ae.extra FROM article_entities ae JOIN entities e ON e.id = ae.entity"
        " WHERE ae.article = ? ORDER BY ae.n",
        (n,),
    )
    for row in rows:
        *values, own_canonical, shared_canonical, extra = row
        extra_obj = json.loads(extra) if extra else {}
        no_mentions = extra_obj.pop("~no_mentions", False)
        entity = ENTITY.join(values, dumps(extra_obj) if extra_obj else None)
        ordered: dict[str, Any] = {}
        for key in ("id", "type", "subtype", "name"):
            if key in entity:
                ordered[key] = entity.pop(key)
        if own_canonical != ABSENT_CANONICAL:
            ordered["canonical"] = json.loads(own_canonical if own_canonical is not None else (shared_canonical or "null"))
        if "roles" in entity:
            ordered["roles"] = entity.pop("roles")
        if not no_mentions:
            ordered["mentions"] = mentions.get(ordered.get("id") if isinstance(ordered.get("id"), str) else "", [])
        ordered.update(entity)
        entities.append(ordered)
    return entities
