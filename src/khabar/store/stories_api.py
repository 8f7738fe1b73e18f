"""Store queries for republished copies and stories (issue 7; written by :mod:`khabar.stories.across`).

:class:`StoriesQueries` is mixed into :class:`khabar.store.Store`.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any


class StoriesQueries:
    """``Store.copies``, ``Store.stories``, ``Store.story`` and ``Store.rebuild_stories``."""

    def copies(self, article_id: str) -> dict[str, Any] | None:
        """The original an article copies, and the articles that copy it; None for an unknown id.

        ``{"duplicate_of": id | None, "copies": [ids]}``: ``duplicate_of`` is
        the earliest original of its group (an original's is None);
        ``copies`` lists, for an original, every article that republishes it,
        in time order (a copy's own list is empty: ask its original).
        """
        rows = self._read(  # type: ignore[attr-defined]
            "SELECT a.n, o.id FROM articles a LEFT JOIN articles o ON o.n = a.duplicate_of WHERE a.id = ?",
            (str(article_id),))
        if not rows:
            return None
        n, original = rows[0]
        copies = [r[0] for r in self._read(  # type: ignore[attr-defined]
            "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY published IS NULL, published, n", (n,))]
        return {"duplicate_of": original, "copies": copies}

    def stories(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        entity: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stories, latest first: ``[{id, title, first_published, last_published, articles, outlets, entities}]``.

        ``since`` / ``until``: stories with an article published in that span
        (inclusive; YYYY, YYYY-MM or YYYY-MM-DD); ``entity``: stories with an
        article naming it (any name or canonical form); ``articles`` is the
        number of articles, ``outlets`` their outlets in order of first report,
        ``entities`` the key entities ``{id, name, en, type, articles}``.
        """
        from khabar.store.api import _bounded, _date_text, _marks, _until_text

        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append("s.last_published >= ?")
            params.append(_date_text(since, "since"))
        if until:
            where.append("s.first_published < ?")
            params.append(_until_text(until))
        if entity:
            ids = self.resolve(str(entity))  # type: ignore[attr-defined]
            where.append(
                "s.id IN (SELECT sa.story FROM story_articles sa JOIN article_entities ae ON ae.article = sa.article"
                f" WHERE ae.entity IN ({_marks(ids)}))" if ids else "0")
            params += ids
        sql = ("SELECT s.id, s.title, s.first_published, s.last_published, s.articles, s.outlets, s.entities FROM stories s"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY s.last_published DESC, s.articles DESC, s.id LIMIT ? OFFSET ?")
        rows = self._read(sql, [*params, _bounded(limit, 10_000), max(0, int(offset))])  # type: ignore[attr-defined]
        return [_story_row(r) for r in rows]

    def story(self, id: int | str) -> dict[str, Any] | None:
        """One story as in :meth:`stories`, with ``articles`` the list of its articles in time order:
        ``{id, title, outlet, published, duplicate_of}`` (``article_count`` is their number); None if unknown."""
        try:
            key = int(id)
        except (TypeError, ValueError):
            return None
        rows = self._read(  # type: ignore[attr-defined]
            "SELECT id, title, first_published, last_published, articles, outlets, entities FROM stories WHERE id = ?",
            (key,))
        if not rows:
            return None
        story = _story_row(rows[0])
        story["article_count"] = story["articles"]
        story["articles"] = [
            {"id": i, "title": t, "outlet": o, "published": p, "duplicate_of": d}
            for i, t, o, p, d in self._read(  # type: ignore[attr-defined]
                "SELECT a.id, a.title, coalesce(a.outlet_name, a.outlet_domain), a.published, o.id"
                " FROM story_articles sa JOIN articles a ON a.n = sa.article LEFT JOIN articles o ON o.n = a.duplicate_of"
                " WHERE sa.story = ? ORDER BY a.published IS NULL, a.published, a.n", (key,))
        ]
        return story

    def article_story(self, article_id: str) -> int | None:
        """The id of the story an article belongs to, or None."""
        rows = self._read(  # type: ignore[attr-defined]
            "SELECT sa.story FROM story_articles sa JOIN articles a ON a.n = sa.article WHERE a.id = ?", (str(article_id),))
        return rows[0][0] if rows else None

    def rebuild_stories(self, progress: Any = None) -> dict[str, Any]:
        """Recompute every copy link and story (for a store ingested before they existed); see
        :func:`khabar.stories.across.rebuild`."""
        from khabar.store.db import StoreError
        from khabar.stories.across import rebuild

        if self.readonly:  # type: ignore[attr-defined]
            raise StoreError(f"{self.path}: the store is opened read-only: nothing was written")  # type: ignore[attr-defined]
        return rebuild(self, progress=progress)


def _story_row(r: tuple) -> dict[str, Any]:
    id_, title, first, last, count, outlets, entities = r
    return {
        "id": id_, "title": title, "first_published": first, "last_published": last, "articles": count,
        "outlets": json.loads(outlets) if outlets else [], "entities": json.loads(entities) if entities else [],
    }
