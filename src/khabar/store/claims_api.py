"""Queries of claims across articles, mixed into :class:`khabar.store.Store`.

``Store.claims(...)`` lists claims, most independently sourced first;
``Store.claim(id)`` gives one with its reports, its provenance graph and the
figures over time; ``Store.rebuild_claims()`` recomputes them all. How claims
are formed is in :mod:`khabar.stories.claims` and docs/CLAIMS.md.
"""

from __future__ import annotations

from typing import Any

from khabar.store.db import StoreError, transaction, translate

CLAIM_COLUMNS = (
    "c.id, c.kind, c.type,"
    " CASE WHEN c.kind = 'fact'"
    " THEN (SELECT coalesce(f.text, substr(fa.text, f.start + 1, f.\"end\" - f.start)) FROM facts f"
    "       WHERE f.article = c.first_article AND f.local = c.first_local)"
    " ELSE (SELECT coalesce(q.text, substr(fa.text, q.start + 1, q.\"end\" - q.start)) FROM quotes q"
    "       WHERE q.article = c.first_article AND q.local = c.first_local) END,"
    " c.speaker_entity, coalesce(se.name, c.speaker), c.location_entity, le.name,"
    " c.first_day, c.last_day, c.first_published, fa.id, fa.outlet_name, fa.outlet_domain, fa.title, c.reports,"
    " c.sources, c.contradicted"
)
CLAIM_FROM = (
    " FROM claims c LEFT JOIN entities se ON se.id = c.speaker_entity"
    " LEFT JOIN entities le ON le.id = c.location_entity LEFT JOIN articles fa ON fa.n = c.first_article"
)


class ClaimsQueries:
    """The claims part of :class:`Store` (uses its ``conn``, ``path``, ``_read`` and ``resolve``)."""

    def claims(
        self,
        story: Any = None,
        contradicted: bool = False,
        type: str | None = None,
        entity: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Claims, those carried by the most independent sources first.

        Filters: ``story`` (an id of :meth:`stories`: claims reported in its
        articles), ``contradicted`` (only claims whose figures disagree),
        ``type`` (a fact type such as killed, or "quote"), ``entity`` (the
        speaker or the place, by any name :meth:`resolve` knows).
        """
        from khabar.store.api import _bounded, _marks

        where: list[str] = []
        params: list[Any] = []
        if contradicted:
            where.append("c.contradicted = 1")
        if type:
            where.append("c.type = ?")
            params.append(str(type).strip())
        if entity:
            ids = self.resolve(str(entity))  # type: ignore[attr-defined]
            where.append(f"(c.speaker_entity IN ({_marks(ids)}) OR c.location_entity IN ({_marks(ids)}))" if ids else "0")
            params += ids + ids
        if story is not None:
            where.append("c.id IN (SELECT r.claim FROM claim_reports r WHERE r.article IN (" + self._story_articles_sql() + "))")
            params.append(story)
        sql = "SELECT " + CLAIM_COLUMNS + CLAIM_FROM
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.sources DESC, c.reports DESC, c.first_published, c.id LIMIT ? OFFSET ?"
        rows = self._read(sql, [*params, _bounded(limit, 10_000), max(0, int(offset))])  # type: ignore[attr-defined]
        return [self._claim_summary(row) for row in rows]

    def claim(self, id: Any) -> dict[str, Any] | None:
        """One claim: its summary, ``reports`` (each with article, outlet, published, value,
        independent, duplicate_of), ``provenance`` ({nodes, edges}), ``series`` (the figure
        per report over time) and ``contradictions`` (pairs of reports that disagree)."""
        from khabar.stories.claims import claim_reports, conflicting, interval
        from khabar.stories.provenance import provenance_graph, value_series

        try:
            claim_id = int(id)
        except (TypeError, ValueError):
            return None
        rows = self._read("SELECT " + CLAIM_COLUMNS + CLAIM_FROM + " WHERE c.id = ?", (claim_id,))  # type: ignore[attr-defined]
        if not rows:
            return None
        summary = self._claim_summary(rows[0])
        with translate(self.path, "read"):  # type: ignore[attr-defined]
            reports = claim_reports(self.conn, claim_id)  # type: ignore[attr-defined]
            chains = [self._chain(summary["kind"], report) for report in reports]
        for report, chain in zip(reports, chains):
            report["credit"], report["via"], report["speaker"] = chain["credit"], chain["via"], chain["speaker"]
            report.pop("n", None)
        ranges = [interval(r["value"], r["min"], r["max"], r["approximate"]) for r in reports]
        contradictions = [
            {"a": a["article"], "b": b["article"], "a_value": _shown(a), "b_value": _shown(b),
             "kind": "revision" if a["day"] != b["day"] else "conflict"}
            for i, a in enumerate(reports) for j, b in enumerate(reports)
            if i < j and conflicting(ranges[i], ranges[j])
        ][:50]
        return {
            **summary,
            "reports": reports,
            "provenance": provenance_graph(chains),
            "series": value_series(reports) if summary["kind"] == "fact" else [],
            "contradictions": contradictions,
        }

    def rebuild_claims(self, progress: Any = None) -> dict[str, Any]:
        """Recompute every claim from the stored articles (after an upgrade, or on a store ingested before claims)."""
        from khabar.stories.claims import rebuild_claims

        if self.readonly:  # type: ignore[attr-defined]
            raise StoreError(f"{self.path}: the store is opened read-only: claims were not rebuilt")  # type: ignore[attr-defined]
        with translate(self.path, "rebuild claims in"):  # type: ignore[attr-defined]
            return rebuild_claims(self, progress=progress)

    def update_claims(self, article_ids: Any) -> dict[str, int]:
        """Match the quotes and facts of these stored articles (ids or keys) to claims, in one transaction."""
        from khabar.stories.claims import update_claims

        with transaction(self.conn, self.path, "update claims in"):  # type: ignore[attr-defined]
            return update_claims(self.conn, article_ids)  # type: ignore[attr-defined]

    # -- helpers ------------------------------------------------------------------

    def _story_articles_sql(self) -> str:
        """SQL (one parameter: the story id) for the articles of a story, from the stories tables."""
        tables = {r[0] for r in self._read("SELECT name FROM sqlite_master WHERE type = 'table'")}  # type: ignore[attr-defined]
        if "story_articles" in tables:
            return "SELECT article FROM story_articles WHERE story = ?"
        columns = {r[1] for r in self._read("PRAGMA table_info(articles)")}  # type: ignore[attr-defined]
        if "story" in columns:
            return "SELECT n FROM articles WHERE story = ?"
        raise StoreError(f"{self.path}: this store has no stories yet: claims cannot be filtered by story")  # type: ignore[attr-defined]

    def _chain(self, kind: str, report: dict[str, Any]) -> dict[str, Any]:
        """Outlet, credited agency, via and speaker of one report (labels)."""
        from khabar.stories.claims import AGENCY_CREDIT_KINDS, source_key

        n, local = report["n"], report["local"]
        own = {source_key(report["outlet"]), source_key(report["outlet_domain"])}
        credit = None
        for name, domain, credit_kind in self.conn.execute(  # type: ignore[attr-defined]
            "SELECT name, domain, kind FROM credits WHERE article = ? ORDER BY n", (n,)
        ):
            if credit_kind in AGENCY_CREDIT_KINDS and (name or domain) and source_key(name) not in own \
                    and source_key(domain) not in own:
                credit = name or domain
                break
        quote_local = local if kind == "quote" else (self.conn.execute(  # type: ignore[attr-defined]
            "SELECT quote_local FROM facts WHERE article = ? AND local = ?", (n, local)).fetchone() or [None])[0]
        via = speaker = None
        if quote_local:
            row = self.conn.execute(  # type: ignore[attr-defined]
                "SELECT v.name, coalesce(s.name, q.speaker_text, substr(a.text, q.speaker_start + 1,"
                " q.speaker_end - q.speaker_start)) FROM quotes q JOIN articles a ON a.n = q.article"
                " LEFT JOIN entities v ON v.id = q.via_entity LEFT JOIN entities s ON s.id = q.speaker_entity"
                " WHERE q.article = ? AND q.local = ?", (n, quote_local)).fetchone()
            if row:
                via, speaker = row
        original = None
        if report.get("duplicate_of"):
            row = self.conn.execute("SELECT coalesce(outlet_name, outlet_domain) FROM articles WHERE id = ?",  # type: ignore[attr-defined]
                                    (report["duplicate_of"],)).fetchone()
            original = row[0] if row else None
        return {"outlet": report["outlet"], "credit": credit, "via": via, "speaker": speaker, "copied_from": original}

    @staticmethod
    def _claim_summary(row: tuple) -> dict[str, Any]:
        (id_, kind, type_, text, speaker_entity, speaker, location_entity, location, first_day, last_day,
         first_published, first_id, first_outlet, first_domain, first_title, reports, sources, contradicted) = row
        return {
            "id": id_, "kind": kind, "type": type_, "text": text,
            "speaker": speaker, "speaker_entity": speaker_entity, "location": location, "location_entity": location_entity,
            "first_day": first_day, "last_day": last_day,
            "first": {"article": first_id, "outlet": first_outlet or first_domain, "published": first_published,
                      "title": first_title},
            "n_reports": reports, "n_sources": sources, "contradicted": bool(contradicted),
        }


def _shown(report: dict[str, Any]) -> str:
    """A report's figure as words: 1400, "≥ 1400", "10–99", "≈ 120"."""
    value, low, high = report.get("value"), report.get("min"), report.get("max")
    if value is not None:
        return f"≈ {value:g}" if report.get("approximate") else f"{value:g}"
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if low is not None:
        return f"≥ {low:g}"
    return f"≤ {high:g}" if high is not None else "?"
