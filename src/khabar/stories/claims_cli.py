"""The body of ``khabar claims``: list claims, or rebuild them, and print them as a table, JSON or CSV."""

from __future__ import annotations

from typing import Any

CLAIM_COLUMNS = [
    ("id", "claim"),
    ("type", "type"),
    ("text", "what was said / counted"),
    ("speaker", "speaker"),
    ("location", "place"),
    ("first_published", "first"),
    ("first_outlet", "first outlet"),
    ("n_sources", "sources"),
    ("n_reports", "reports"),
    ("values", "values"),
    ("contradicted", "contradicted"),
]
TEXT_CHARS = 90


def claim_rows(store: Any, claims: list[dict[str, Any]], output_format: str) -> list[dict[str, Any]]:
    """Flat rows for printing: the first report, and the distinct figures of fact claims."""
    rows = []
    for claim in claims:
        text = claim["text"] or ""
        if output_format == "table" and len(text) > TEXT_CHARS:
            text = text[:TEXT_CHARS] + "…"
        rows.append({
            "id": claim["id"], "type": claim["type"], "text": text, "speaker": claim["speaker"],
            "location": claim["location"], "first_published": claim["first"]["published"],
            "first_outlet": claim["first"]["outlet"], "first_article": claim["first"]["article"],
            "n_sources": claim["n_sources"], "n_reports": claim["n_reports"],
            "values": _values(store, claim) if claim["kind"] == "fact" else "",
            "contradicted": "yes" if claim["contradicted"] else "",
        })
    return rows


def _values(store: Any, claim: dict[str, Any]) -> str:
    """The distinct figures reported for a fact claim, in order of first appearance."""
    from khabar.store.claims_api import _shown

    shown: list[str] = []
    for value, low, high, approximate in store._read(
        "SELECT value, min, max, approximate FROM claim_reports WHERE claim = ? ORDER BY published, article",
        (claim["id"],),
    ):
        text = _shown({"value": value, "min": low, "max": high, "approximate": approximate})
        if text not in shown:
            shown.append(text)
    return ", ".join(shown)


def print_claims(store: Any, output_format: str, *, story: Any = None, contradicted: bool = False,
                 type: str | None = None, entity: str | None = None, limit: int = 50) -> None:
    from khabar.store.render import emit

    claims = store.claims(story=story, contradicted=contradicted, type=type, entity=entity, limit=limit)
    rows = claim_rows(store, claims, output_format)
    columns = CLAIM_COLUMNS + ([("first_article", "first article")] if output_format != "table" else [])
    emit(rows, columns, output_format, title="claims")


def rebuild_store(db: str) -> None:
    """Recompute every claim of the store at ``db``, saying how many on stderr."""
    import sys

    from khabar.store import Store

    with Store(db) as store:
        counts = store.rebuild_claims()
    print(f"{counts['claims']:,} claims from {counts['reports']:,} quotes and facts of {counts['articles']:,} articles",
          file=sys.stderr)
