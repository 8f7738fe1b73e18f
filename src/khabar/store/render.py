"""Printing the store's answers: rich tables for people, JSON and CSV for programs.

Text from articles is never read as rich markup (a headline with ``[…]`` in
it stays as it is): cells are :class:`rich.text.Text` objects, and matched
words are styled by offset.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, TextIO

FORMATS = ("table", "json", "csv")


def emit(rows: list[dict[str, Any]], columns: list[tuple[str, str]], fmt: str, *, title: str | None = None,
         out: TextIO | None = None, styles: dict[str, Any] | None = None) -> None:
    """Print ``rows`` as a rich table (``columns``: (key, header)), JSON or CSV."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([_flat(row.get(key)) for key, _ in columns])
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out) if out is not sys.stdout else Console()
    table = Table(title=title, show_lines=False, expand=False)
    for key, header in columns:
        table.add_column(header, overflow="fold", **((styles or {}).get(key, {})))
    for row in rows:
        cells = []
        for key, _ in columns:
            value = row.get(key)
            cells.append(value if isinstance(value, Text) else Text(_flat(value)))
        table.add_row(*cells)
    console.print(table)
    if not rows:
        console.print("(nothing found)")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def marked_text(text: str, highlights: list[tuple[int, int]], offset: int = 0) -> Any:
    from rich.text import Text

    out = Text(text)
    for start, end in highlights:
        out.stylize("bold reverse", start - offset, end - offset)
    return out


def print_hits(hits: list[Any], fmt: str, total: int | None = None, out: TextIO | None = None) -> None:
    if fmt == "json":
        emit([hit.to_dict() for hit in hits], [], fmt, out=out)
        return
    rows = []
    for rank, hit in enumerate(hits, 1):
        row = {
            "rank": rank, "score": round(hit.score, 2), "id": hit.id, "published": hit.published,
            "outlet": (hit.outlet or {}).get("name") or (hit.outlet or {}).get("domain"), "url": hit.url,
        }
        if fmt == "csv":
            row.update(title=hit.title, snippet=hit.marked("[", "]"))
        else:
            row.update(
                title=marked_text(hit.title or "", hit.title_highlights),
                snippet=marked_text(hit.snippet, hit.highlights, hit.snippet_start),
            )
        rows.append(row)
    columns = [("rank", "#"), ("published", "date"), ("outlet", "outlet"), ("title", "title"), ("snippet", "snippet"),
               ("id", "id")]
    if fmt == "csv":
        columns = [("rank", "rank"), ("score", "score"), ("id", "id"), ("published", "published"), ("outlet", "outlet"),
                   ("url", "url"), ("title", "title"), ("snippet", "snippet")]
    title = None if total is None else f"{total:,} articles match"
    emit(rows, columns, fmt, title=title, out=out, styles={"snippet": {"ratio": 3, "min_width": 40}})


ENTITY_COLUMNS = [("name", "name"), ("type", "type"), ("subtype", "subtype"), ("en", "English"), ("code", "code"),
                  ("articles", "articles"), ("mentions", "mentions"), ("key", "key")]


def entity_rows(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for entity in entities:
        canonical = entity.get("canonical") or {}
        rows.append({**entity, "en": canonical.get("en"), "code": canonical.get("code")})
    return rows


QUOTE_COLUMNS = [("published", "date"), ("speaker", "speaker"), ("cue", "cue"), ("kind", "kind"), ("text", "said"),
                 ("via", "via"), ("outlet", "outlet"), ("article", "article")]

FACT_COLUMNS = [("type", "type"), ("value", "value"), ("min", "min"), ("max", "max"), ("approximate", "≈"),
                ("noun", "noun"), ("location", "location"), ("time", "time"), ("source", "according to"),
                ("text", "text"), ("published", "published"), ("article", "article")]


def print_profile(profile: dict[str, Any], fmt: str, out: TextIO | None = None) -> None:
    if fmt in ("json",):
        emit(profile, [], "json", out=out)  # type: ignore[arg-type]
        return
    entity = profile["entity"]
    if fmt == "csv":
        emit(entity_rows([entity]), ENTITY_COLUMNS, "csv", out=out)
        return
    emit(entity_rows([entity]), ENTITY_COLUMNS, "table", title="entity", out=out)
    emit(profile["variants"], [("name", "written as"), ("articles", "articles")], "table", title="names", out=out)
    if profile["roles"]:
        emit(profile["roles"], [("role", "role"), ("articles", "articles")], "table", title="roles", out=out)
    emit(profile["articles"], [("published", "date"), ("outlet", "outlet"), ("title", "title"), ("id", "id")], "table",
         title="latest articles", out=out)
    if profile["quotes_by"]:
        emit(profile["quotes_by"], QUOTE_COLUMNS, "table", title="quotes by", out=out)
    if profile["quotes_about"]:
        emit(profile["quotes_about"], QUOTE_COLUMNS, "table", title="quotes about", out=out)
    rows = [{**r, "with": r["together"]} for r in entity_rows(profile["cooccurring"])]
    emit(rows, [("name", "name"), ("type", "type"), ("with", "articles together")], "table", title="named together with", out=out)
    if profile.get("others"):
        emit(entity_rows(profile["others"]), ENTITY_COLUMNS, "table", title="the name may also mean", out=out)


def print_stats(stats: dict[str, Any], fmt: str, out: TextIO | None = None) -> None:
    if fmt == "json":
        emit(stats, [], "json", out=out)  # type: ignore[arg-type]
        return
    rows = [{"what": k, "count": v} for k, v in stats["counts"].items()]
    for label, counts in (("entities", stats["entities_by_type"]), ("facts", stats["facts_by_type"])):
        rows += [{"what": f"{label} {k}", "count": v} for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))]
    rows += [
        {"what": "published from", "count": stats["published"]["first"]},
        {"what": "published until", "count": stats["published"]["last"]},
        {"what": "text (MB, UTF-8)", "count": round(stats["text_bytes"] / 1e6, 1)},
        {"what": "store file (MB)", "count": round(stats["file_bytes"] / 1e6, 1)},
        {"what": "store / text", "count": stats["size_ratio"]},
        {"what": "schema version", "count": stats["schema_version"]},
    ]
    emit(rows, [("what", "what"), ("count", "count")], fmt, title=stats["path"], out=out)
    if fmt == "table" and stats["outlets"]:
        emit(stats["outlets"], [("outlet", "outlet"), ("domain", "domain"), ("articles", "articles")], fmt, out=out)
