"""``khabar.Store``: the knowledge base as a Python object.

>>> import tempfile, os, khabar
>>> from khabar.store import Store
>>> path = os.path.join(tempfile.mkdtemp(), "k.db")
>>> with Store(path) as store:
...     _ = store.add([khabar.analyze("أفرجت الحركة عن الرهائن.").to_dict()])
...     [hit.marked() for hit in store.search("رهائن")]
['أفرجت الحركة عن [الرهائن].']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from khabar.store.claims_api import ClaimsQueries
from khabar.store.db import StoreError, connect, transaction, translate
from khabar.store.fts import QueryError, find_hits, mark, normalized_name, parse_query, snippet_window
from khabar.store.records import Batch, load_record
from khabar.store.stories_api import StoriesQueries

BATCH_SIZE = 200
SCOPES = ("title", "body", "quotes")


@dataclass
class Hit:
    """One search result: the article, and where the query matched in its text.

    ``snippet`` is ``text[snippet_start:snippet_end]`` of the stored article;
    ``highlights`` are ``(start, end)`` offsets into the article's ``text``
    (``title_highlights`` into its ``title``) of the words that matched.
    """

    id: str
    title: str | None
    url: str | None
    outlet: dict[str, Any] | None
    published: str | None
    score: float
    snippet: str
    snippet_start: int
    snippet_end: int
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with each matched word between ``open_mark`` and ``close_mark``."""
        text = self.snippet
        shifted = [(s - self.snippet_start, e - self.snippet_start) for s, e in self.highlights]
        return mark(text, 0, len(text), shifted, open_mark, close_mark)

    def marked_title(self, open_mark: str = "[", close_mark: str = "]") -> str:
        title = self.title or ""
        return mark(title, 0, len(title), self.title_highlights, open_mark, close_mark)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        data["title_highlights"] = [list(h) for h in self.title_highlights]
        data["marked"] = self.marked("<mark>", "</mark>")
        return data


class Store(StoriesQueries, ClaimsQueries):
    """An SQLite knowledge base of analysed articles.

    ``Store(path)`` opens (creating and migrating when needed) a store for
    reading and writing; ``Store(path, readonly=True)`` opens an existing one
    for reading only (``mode=ro``), safe beside a running ingest. Every
    failure of the database is raised as :class:`StoreError`, one line.
    """

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self.conn = connect(self.path, readonly=readonly)
        self._entity_cache: dict[str, tuple[int, Any]] = {}

    # -- lifecycle ------------------------------------------------------------

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with translate(self.path, "read"):
            return self.conn.execute(sql, tuple(params)).fetchall()

    # -- writing --------------------------------------------------------------

    def add(self, records: Iterable[Any], *, batch_size: int = BATCH_SIZE, analysis: str | None = None) -> dict[str, int]:
        """Store records (``khabar.article/1`` dicts or Documents), ``batch_size`` per transaction.

        An article whose ``id`` is already stored is skipped. Returns
        ``{"added": …, "duplicates": …}``.
        """
        if self.readonly:
            raise StoreError(f"{self.path}: the store is opened read-only: nothing was written")
        counts = {"added": 0, "duplicates": 0}
        pending: list[tuple[dict[str, Any], Any]] = []
        for item in records:
            if hasattr(item, "to_dict"):
                tokens = getattr(item, "tokens", None) or None
                pending.append((item.to_dict(), tokens))
            else:
                pending.append((item, None))
            if len(pending) >= batch_size:
                self._write(pending, counts, analysis)
                pending = []
        if pending:
            self._write(pending, counts, analysis)
        return counts

    def _write(self, items: list[tuple[dict[str, Any], Any]], counts: dict[str, int], analysis: str | None) -> None:
        from khabar.store.fts import index_rows

        batch = Batch(self.conn, self._entity_cache)
        try:
            with transaction(self.conn, self.path):
                added = duplicates = 0
                for record, tokens in items:
                    index = index_rows(record, tokens) if tokens else None
                    if batch.add(record, index, analysis=analysis) is None:
                        duplicates += 1
                    else:
                        added += 1
                batch.flush()
        except BaseException:
            batch.rollback()
            raise
        batch.committed()
        counts["added"] += added
        counts["duplicates"] += duplicates

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the main file (after a large ingest)."""
        with translate(self.path, "checkpoint"):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def optimize(self) -> None:
        """Merge the full-text index into one segment, give free pages back, refresh the planner's statistics."""
        with transaction(self.conn, self.path, "optimise"):
            self.conn.execute("INSERT INTO search (search) VALUES ('optimize')")
        with translate(self.path, "optimise"):
            self.conn.executescript("PRAGMA incremental_vacuum;")  # stepped to the end; a no-op without auto_vacuum
            self.conn.execute("PRAGMA optimize")

    # -- articles -------------------------------------------------------------

    def article(self, id: str) -> dict[str, Any] | None:
        """The stored record of article ``id`` (the contract's record), or None."""
        rows = self._read("SELECT n FROM articles WHERE id = ?", (str(id),))
        if not rows:
            return None
        with translate(self.path, "read"):
            return load_record(self.conn, rows[0][0])

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored record, in the order they were stored."""
        last = 0
        while True:
            keys = [r[0] for r in self._read("SELECT n FROM articles WHERE n > ? ORDER BY n LIMIT 500", (last,))]
            if not keys:
                return
            for n in keys:
                with translate(self.path, "read"):
                    record = load_record(self.conn, n)
                if record is not None:
                    yield record
            last = keys[-1]

    def articles(
        self,
        limit: int = 20,
        offset: int = 0,
        outlet: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        entity: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored articles, newest first, with the filters of :meth:`search`: ``[{id, title, url, outlet, published}]``."""
        where: list[str] = []
        params: list[Any] = []
        self._filters(where, params, outlet, since, until, entity, "a")
        rows = self._read(
            "SELECT a.id, a.title, a.url, a.outlet_name, a.outlet_domain, a.published FROM articles a"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published DESC, a.n DESC LIMIT ? OFFSET ?",
            [*params, _bounded(limit, 1000), max(0, int(offset))],
        )
        return [
            {"id": i, "title": t, "url": u, "outlet": {"name": n, "domain": d} if (n or d) else None, "published": p}
            for i, t, u, n, d, p in rows
        ]

    def __len__(self) -> int:
        return self._read("SELECT count(*) FROM articles")[0][0]

    def __contains__(self, id: object) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (str(id),)))

    # -- search ---------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        outlet: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        entity: str | None = None,
        scope: str | None = None,
    ) -> list[Hit]:
        """Articles matching ``query``, best first.

        The query is words (each matches every clitic and spelling form of
        itself: رهائن finds الرهائن، والرهائن، كرهائن), "phrases" and the
        operators AND (implicit), OR, NOT with parentheses. Filters: ``outlet``
        (name or domain), ``since``/``until`` (publication dates, inclusive),
        ``entity`` (articles naming it), ``scope`` (title, body or quotes only).
        """
        try:
            parsed = parse_query(str(query or ""))
        except QueryError as exc:
            raise StoreError(f"search: {exc}") from None
        if parsed.fts is None:
            return []
        if scope is not None and scope not in SCOPES:
            raise StoreError(f"search: scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        expression = parsed.column(scope) if scope else parsed.fts
        where, params = ["search MATCH ?"], [expression]
        self._filters(where, params, outlet, since, until, entity, "a")
        limit, offset = _bounded(limit, 1000), max(0, int(offset))
        rows = self._read(
            "SELECT a.id, a.title, a.url, a.outlet_name, a.outlet_domain, a.published, a.text, search.rank"
            " FROM search JOIN articles a ON a.n = search.rowid WHERE " + " AND ".join(where)
            + " ORDER BY search.rank LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        hits = []
        for article_id, title, url, outlet_name, outlet_domain, published, text, rank in rows:
            highlights = find_hits(text, parsed.highlight)
            start, end = snippet_window(text, highlights)
            hits.append(Hit(
                id=article_id, title=title, url=url,
                outlet={"name": outlet_name, "domain": outlet_domain} if (outlet_name or outlet_domain) else None,
                published=published, score=-float(rank), snippet=text[start:end], snippet_start=start,
                snippet_end=end, highlights=[h for h in highlights if start <= h[0] and h[1] <= end],
                title_highlights=find_hits(title, parsed.highlight) if title else [],
            ))
        return hits

    def count(self, query: str, **filters: Any) -> int:
        """How many articles match ``query`` (with the same filters as :meth:`search`)."""
        parsed = parse_query(str(query or ""))
        if parsed.fts is None:
            return 0
        where, params = ["search MATCH ?"], [parsed.fts]
        self._filters(where, params, filters.get("outlet"), filters.get("since"), filters.get("until"),
                      filters.get("entity"), "a")
        return self._read(
            "SELECT count(*) FROM search JOIN articles a ON a.n = search.rowid WHERE " + " AND ".join(where), params
        )[0][0]

    def _filters(self, where: list[str], params: list[Any], outlet: Any, since: Any, until: Any, entity: Any, alias: str) -> None:
        if outlet:
            where.append(f"(lower({alias}.outlet_domain) = lower(?) OR lower({alias}.outlet_name) = lower(?))")
            params += [str(outlet).strip(), str(outlet).strip()]
        if since:
            where.append(f"{alias}.published >= ?")
            params.append(_date_text(since, "since"))
        if until:
            where.append(f"{alias}.published < ?")
            params.append(_until_text(until))
        if entity:
            ids = self.resolve(str(entity))
            where.append(
                f"{alias}.n IN (SELECT article FROM article_entities WHERE entity IN ({_marks(ids)}))" if ids else "0"
            )
            params += ids

    # -- entities -------------------------------------------------------------

    def resolve(self, name: str, type: str | None = None) -> list[int]:
        """Ids of the entities ``name`` may mean: canonical code, English or Arabic name, or a variant."""
        text = " ".join(str(name or "").split())
        if not text:
            return []
        norm = normalized_name(text)
        rows = self._read(
            "SELECT id FROM entities WHERE code = ? OR canonical_en = ? COLLATE NOCASE OR norm = ?"
            " UNION SELECT entity FROM entity_names WHERE norm = ?",
            (text.upper() if len(text) <= 4 else text, text, norm, norm),
        )
        ids = [r[0] for r in rows]
        if not ids and norm.startswith("ال") and len(norm) > 4:  # الحديدي / حديدي
            ids = [r[0] for r in self._read("SELECT entity FROM entity_names WHERE norm = ?", (norm[2:],))]
        if not ids:
            return []
        sql = f"SELECT id FROM entities WHERE id IN ({_marks(ids)})"
        params: list[Any] = list(ids)
        if type:
            sql += " AND type = ?"
            params.append(type.upper())
        sql += " ORDER BY n_articles DESC, id"
        return [r[0] for r in self._read(sql, params)]

    def entities(self, type: str | None = None, top: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The most mentioned entities (by number of articles), optionally of one type (PER, ORG, LOC, MISC)."""
        sql = ("SELECT id, key, type, subtype, name, canonical_ar, canonical_en, code, n_articles, n_mentions"
               " FROM entities WHERE n_articles > 0")
        params: list[Any] = []
        if type:
            sql += " AND type = ?"
            params.append(str(type).upper())
        sql += " ORDER BY n_articles DESC, n_mentions DESC, id LIMIT ? OFFSET ?"
        params += [_bounded(top, 100_000), max(0, int(offset))]
        return [_entity_row(r) for r in self._read(sql, params)]

    def entity(self, name: str, *, articles: int = 20, quotes: int = 20, related: int = 20) -> dict[str, Any] | None:
        """Everything the store knows of one entity, found by canonical ar/en/code or any name it appeared under.

        Returns ``{entity, variants, roles, articles, quotes_by, quotes_about,
        cooccurring, others}`` (``others``: other entities the name may mean), or None.
        """
        ids = self.resolve(name)
        if not ids:
            return None
        entity_id = ids[0]
        row = self._read(
            "SELECT id, key, type, subtype, name, canonical_ar, canonical_en, code, n_articles, n_mentions"
            " FROM entities WHERE id = ?", (entity_id,))[0]
        variants = [
            {"name": n, "articles": c}
            for n, c in self._read(
                "SELECT name, count FROM entity_names WHERE entity = ? ORDER BY count DESC, name LIMIT 50", (entity_id,))
        ]
        roles = [
            {"role": role, "articles": count}
            for role, count in self._read(
                "SELECT j.value, count(*) FROM article_entities ae, json_each(ae.roles) j"
                " WHERE ae.entity = ? AND ae.roles IS NOT NULL AND json_valid(ae.roles) AND json_type(ae.roles) = 'array'"
                " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT 30",
                (entity_id,))
        ]
        article_rows = self._read(
            # The newest n are chosen from the small (n, published) index, and only those rows of the
            # wide articles table (text, record) are read: not every article naming the entity.
            "SELECT a.id, a.title, a.published, a.outlet_name, a.url FROM (SELECT p.n, p.published"
            " FROM articles p INDEXED BY articles_n_published"
            " WHERE p.n IN (SELECT article FROM article_entities WHERE entity = ?)"
            " ORDER BY p.published DESC, p.n DESC LIMIT ?) newest JOIN articles a ON a.n = newest.n"
            " ORDER BY newest.published DESC, newest.n DESC",
            (entity_id, _bounded(articles, 10_000)),
        )
        cooccurring = [
            {**_entity_row(r[:-1]), "together": r[-1]}
            for r in self._read(
                # counted first, then joined: the entities table is read once per neighbour, not once per pair
                "SELECT e.id, e.key, e.type, e.subtype, e.name, e.canonical_ar, e.canonical_en, e.code, e.n_articles,"
                " e.n_mentions, c.together FROM (SELECT b.entity, count(DISTINCT b.article) AS together"
                " FROM article_entities a JOIN article_entities b ON b.article = a.article AND b.entity != a.entity"
                " WHERE a.entity = ? GROUP BY b.entity) c JOIN entities e ON e.id = c.entity"
                " ORDER BY c.together DESC, e.n_articles DESC LIMIT ?",
                (entity_id, _bounded(related, 1000)),
            )
        ]
        return {
            "entity": _entity_row(row),
            "variants": variants,
            "roles": roles,
            "articles": [
                {"id": i, "title": t, "published": p, "outlet": o, "url": u} for i, t, p, o, u in article_rows
            ],
            "quotes_by": self._quotes_where(["q.speaker_entity = ?"], [entity_id], _bounded(quotes, 10_000), 0),
            "quotes_about": self._quotes_about([entity_id], None, _bounded(quotes, 10_000), 0),
            "cooccurring": cooccurring,
            "others": [_entity_row(r) for r in self._read(
                "SELECT id, key, type, subtype, name, canonical_ar, canonical_en, code, n_articles, n_mentions"
                f" FROM entities WHERE id IN ({_marks(ids[1:])}) ORDER BY n_articles DESC", ids[1:])] if len(ids) > 1 else [],
        }

    def timeline(self, name: str) -> list[dict[str, Any]]:
        """Per publication day, how many articles name the entity ``name`` and how many times.

        Returns ``[{date, articles, mentions}]`` oldest first (articles without a date are left out).
        """
        ids = self.resolve(name)
        if not ids:
            return []
        rows = self._read(
            "SELECT substr(a.published, 1, 10) AS day, count(DISTINCT m.article), count(*)"
            " FROM mentions m JOIN articles a ON a.n = m.article"
            " WHERE m.entity = ? AND a.published IS NOT NULL GROUP BY day ORDER BY day",
            (ids[0],),
        )
        return [{"date": d, "articles": n, "mentions": m} for d, n, m in rows]

    def quote_network(self, name: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Who carries the words of ``name`` and whose words ``name`` carries.

        ``quoted_by``: the outlets its quotes were given to (``via``) or, failing
        that, published by; ``quotes_from``: the speakers of the quotes given to it
        (an agency or newspaper quoting others). Each ``[{name, entity, quotes}]``.
        """
        ids = self.resolve(name)
        if not ids:
            return {"quoted_by": [], "quotes_from": []}
        most = _bounded(limit, 1000)
        quoted_by = self._read(
            "SELECT coalesce(v.name, a.outlet_name, a.outlet_domain) AS who, q.via_entity, count(*) AS n"
            " FROM quotes q JOIN articles a ON a.n = q.article LEFT JOIN entities v ON v.id = q.via_entity"
            " WHERE q.speaker_entity = ? GROUP BY who ORDER BY n DESC, who LIMIT ?",
            (ids[0], most),
        )
        quotes_from = self._read(
            "SELECT coalesce(s.name, " + _slice("q", "speaker_text", "speaker_start", "speaker_end") + ") AS who,"
            " q.speaker_entity, count(*) AS n FROM quotes q JOIN articles a ON a.n = q.article"
            " LEFT JOIN entities s ON s.id = q.speaker_entity"
            " WHERE q.via_entity = ? AND who IS NOT NULL GROUP BY who ORDER BY n DESC, who LIMIT ?",
            (ids[0], most),
        )
        return {
            "quoted_by": [{"name": w, "entity": e, "quotes": n} for w, e, n in quoted_by if w],
            "quotes_from": [{"name": w, "entity": e, "quotes": n} for w, e, n in quotes_from],
        }

    # -- quotes -----------------------------------------------------------------

    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        limit: int = 50,
        offset: int = 0,
        kind: str | None = None,
    ) -> list[dict[str, Any]]:
        """Who said what: quotes by ``speaker`` (an entity name, or words of the speaker's description
        such as "مصدر أمني") and/or ``about`` (an entity named in the quote, or words of its content)."""
        limit, offset = _bounded(limit, 10_000), max(0, int(offset))
        where: list[str] = []
        params: list[Any] = []
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        if speaker:
            ids = self.resolve(speaker)
            if ids:
                where.append(f"q.speaker_entity IN ({_marks(ids)})")
                params += ids
            else:
                self._register_functions()
                where.append("instr(khabar_norm(q.speaker_text), ?) > 0")
                params.append(normalized_name(speaker))
        if about:
            ids = self.resolve(about)
            return self._quotes_about(ids, about if not ids else None, limit, offset, where, params)
        return self._quotes_where(where, params, limit, offset)

    def _quotes_about(
        self, ids: list[int], words: str | None, limit: int, offset: int,
        where: list[str] | None = None, params: list[Any] | None = None,
    ) -> list[dict[str, Any]]:
        where, params = list(where or []), list(params or [])
        if ids:
            # The IN list first: only the quotes of articles naming the entity are looked at (not every quote).
            where.append(
                f"q.article IN (SELECT article FROM mentions WHERE entity IN ({_marks(ids)}))"
                " AND EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity IN ("
                + _marks(ids) + ') AND m.start >= q.start AND m."end" <= q."end")'
            )
            params += ids + ids
            return self._quotes_where(where, params, limit, offset)
        if not words:
            return []
        parsed = parse_query(words)
        if parsed.fts is None:
            return []
        where.append("q.article IN (SELECT rowid FROM search WHERE search MATCH ?)")
        params.append(parsed.column("quotes"))
        found = []
        batch = 0
        while len(found) < offset + limit:  # keep the quotes whose own content holds the words
            rows = self._quotes_where(where, params, 500, batch)
            if not rows:
                break
            found += [q for q in rows if find_hits(q["text"] or "", parsed.highlight)]
            batch += 500
        return found[offset:offset + limit]

    def _quotes_where(self, where: list[str], params: list[Any], limit: int, offset: int) -> list[dict[str, Any]]:
        # The page is chosen first from quote and date alone; only its quotes are then cut from their
        # articles' text and joined to their speakers (not every quote matching ``where``: ~2x faster
        # for an entity quoted in thousands of articles). ``where`` may name only ``q`` and ``a``.
        chosen = (
            "SELECT q.n, a.published FROM quotes q JOIN articles a INDEXED BY articles_n_published ON a.n = q.article"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published DESC, q.n LIMIT ? OFFSET ?"
        )
        sql = (
            "SELECT a.id, a.title, a.published, a.outlet_name, q.local, q.kind, " + _slice("q") + ", q.start, q.\"end\","
            " " + _slice("q", "cue_text", "cue_start", "cue_end") + ","
            " " + _slice("q", "speaker_text", "speaker_start", "speaker_end") + ","
            " q.anonymous, q.speaker_entity, s.name, v.name, q.via_entity, q.audience, t.value"
            " FROM (" + chosen + ") chosen JOIN quotes q ON q.n = chosen.n JOIN articles a ON a.n = q.article"
            " LEFT JOIN entities s ON s.id = q.speaker_entity"
            " LEFT JOIN entities v ON v.id = q.via_entity"
            " LEFT JOIN times t ON t.article = q.article AND t.local = q.time_local"
            " ORDER BY chosen.published DESC, q.n"
        )
        return [
            {
                "article": r[0], "title": r[1], "published": r[2], "outlet": r[3], "id": r[4], "kind": r[5],
                "text": r[6], "start": r[7], "end": r[8], "cue": r[9], "speaker_text": r[10],
                "anonymous": None if r[11] is None else bool(r[11]), "speaker_entity": r[12], "speaker": r[13] or r[10],
                "via": r[14], "via_entity": r[15], "audience": r[16], "time": r[17],
            }
            for r in self._read(sql, [*params, limit, offset])
        ]

    # -- facts ------------------------------------------------------------------

    def facts(
        self,
        type: str | None = None,
        location: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Claimed figures: of a ``type`` (killed, injured, hostages…), at a ``location`` (an entity),
        dated (by their own time expression, else the article's date) from ``since`` / until ``until``."""
        where: list[str] = []
        params: list[Any] = []
        if type:
            where.append("f.type = ?")
            params.append(str(type))
        if location:
            ids = self.resolve(location)
            where.append(f"f.location_entity IN ({_marks(ids)})" if ids else "0")
            params += ids
        when = "(CASE WHEN t.value GLOB '[0-9][0-9][0-9][0-9]*' THEN t.value ELSE a.published END)"
        if since:
            where.append(f"{when} >= ?")
            params.append(_date_text(since, "since"))
        if until:
            where.append(f"{when} < ?")
            params.append(_until_text(until))
        sql = (
            "SELECT a.id, a.title, a.published, a.outlet_name, f.local, f.type, f.value, f.min, f.max, f.approximate,"
            " f.noun, " + _slice("f") + ", f.start, f.\"end\", l.name, f.location_entity, t.value, f.quote_local,"
            " " + _slice("q", "speaker_text", "speaker_start", "speaker_end") + ", qs.name"
            " FROM facts f JOIN articles a ON a.n = f.article"
            " LEFT JOIN entities l ON l.id = f.location_entity"
            " LEFT JOIN times t ON t.article = f.article AND t.local = f.time_local"
            " LEFT JOIN quotes q ON q.article = f.article AND q.local = f.quote_local"
            " LEFT JOIN entities qs ON qs.id = q.speaker_entity"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {when} DESC, f.n LIMIT ? OFFSET ?"
        return [
            {
                "article": r[0], "title": r[1], "published": r[2], "outlet": r[3], "id": r[4], "type": r[5],
                "value": r[6], "min": r[7], "max": r[8], "approximate": None if r[9] is None else bool(r[9]),
                "noun": r[10], "text": r[11], "start": r[12], "end": r[13], "location": r[14],
                "location_entity": r[15], "time": r[16], "quote": r[17], "source": r[19] or r[18],
            }
            for r in self._read(sql, [*params, _bounded(limit, 100_000), max(0, int(offset))])
        ]

    # -- statistics ---------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored, the outlets, the dates covered, and sizes on disk."""
        counts = {}
        for table in ("articles", "entities", "article_entities", "mentions", "quotes", "facts", "times", "credits",
                      "errors", "inputs"):
            counts[table] = self._read(f"SELECT count(*) FROM {table}")[0][0]
        first, last = self._read("SELECT min(published), max(published) FROM articles")[0]
        text_bytes = self._read(
            "SELECT coalesce(sum(length(CAST(text AS BLOB)) + coalesce(length(CAST(title AS BLOB)), 0)), 0) FROM articles"
        )[0][0]
        outlets = [
            {"outlet": o or d, "domain": d, "articles": c}
            for o, d, c in self._read(
                "SELECT outlet_name, outlet_domain, count(*) FROM articles GROUP BY outlet_name, outlet_domain"
                " ORDER BY count(*) DESC LIMIT 20")
        ]
        by_type = dict(self._read("SELECT type, count(*) FROM entities WHERE n_articles > 0 GROUP BY type"))
        facts_by_type = dict(self._read("SELECT type, count(*) FROM facts GROUP BY type"))
        size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
        from khabar.store.schema import schema_version

        return {
            "path": self.path,
            "schema_version": schema_version(self.conn),
            "counts": counts,
            "entities_by_type": by_type,
            "facts_by_type": facts_by_type,
            "published": {"first": first, "last": last},
            "outlets": outlets,
            "text_bytes": text_bytes,
            "file_bytes": size,
            "size_ratio": round(size / text_bytes, 2) if text_bytes else None,
        }

    def errors(self, limit: int = 100) -> list[dict[str, Any]]:
        """Inputs that could not be stored, latest first: ``{origin, reason, at}``."""
        return [
            {"origin": o, "reason": r, "at": t}
            for o, r, t in self._read("SELECT origin, reason, at FROM errors ORDER BY at DESC, origin LIMIT ?",
                                      (_bounded(limit, 1_000_000),))
        ]

    def integrity(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty: all is well)."""
        problems = [r[0] for r in self._read("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self._read("PRAGMA foreign_key_check")]
        return problems

    def _register_functions(self) -> None:
        self.conn.create_function("khabar_norm", 1, lambda s: normalized_name(s) if s else "", deterministic=True)


def _slice(alias: str, column: str = "text", start: str = "start", end: str = '"end"') -> str:
    """SQL for a span's text: stored when it differs from the article's text there, else cut from it."""
    return f"coalesce({alias}.{column}, substr(a.text, {alias}.{start} + 1, {alias}.{end} - {alias}.{start}))"


def _entity_row(r: tuple) -> dict[str, Any]:
    id_, key, type_, subtype, name, ar, en, code, n_articles, n_mentions = r
    canonical = {"ar": ar, "en": en, "code": code} if (ar or en or code) else None
    return {
        "id": id_, "key": key, "type": type_, "subtype": subtype, "name": name, "canonical": canonical,
        "articles": n_articles, "mentions": n_mentions,
    }


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


def _bounded(value: Any, most: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise StoreError(f"expected a whole number, not {value!r}") from None
    return max(0, min(number, most))


def _date_text(value: Any, name: str) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        datetime.fromisoformat(text if len(text) != 4 and len(text) != 7 else text + ("-01-01" if len(text) == 4 else "-01"))
    except ValueError:
        raise StoreError(f"{name}: {text!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return text


def _until_text(value: Any) -> str:
    """An exclusive upper bound that includes the whole of the given day, month or year."""
    text = _date_text(value, "until")
    if isinstance(value, datetime) or "T" in text or " " in text:
        return text + "\uffff"
    if len(text) == 4:
        return str(int(text) + 1)
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    day = date.fromisoformat(text[:10])
    return (day + timedelta(days=1)).isoformat()
