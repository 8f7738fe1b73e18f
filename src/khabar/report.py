"""A readable report of one analysed article, for a person at a terminal.

Everything is read from the contract record, so the report shows whatever the
pipeline found: metadata, credits, what cleaning removed, then entities,
quotes (each as its chain of transmission), figures and times, and the text
with the quoted words highlighted.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from khabar.document import Document

QUOTE_STYLE = "bold yellow"
ENTITY_STYLES = {"PER": "cyan", "ORG": "magenta", "LOC": "green", "MISC": "blue"}


def render_article(doc: Document, console: Console | None = None) -> None:
    """Print the report of ``doc`` on ``console`` (stdout by default)."""
    console = console or Console()
    record = doc.to_dict()
    console.print(Panel(_header(record), title=record.get("title") or "(untitled)", expand=True))
    for section in (_credits, _removed, _entities, _quotes, _facts, _times):
        renderable = section(record)
        if renderable is not None:
            console.print(renderable)
    console.print(Panel(highlighted_text(record), title="text"))


def _header(record: dict[str, Any]) -> Text:
    outlet = record.get("outlet") or {}
    lines = [
        f"id: {record['id']}",
        f"outlet: {outlet.get('name') or '-'} ({outlet.get('domain') or '-'})",
        f"url: {record.get('url') or '-'}",
        f"published: {record.get('published') or '-'}",
        f"language: {record.get('language')}",
        f"sentences: {len(record['sentences'])}",
    ]
    lines += [f"warning: {w}" for w in record.get("warnings", [])]
    return Text("\n".join(lines))


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table | None:
    if not rows:
        return None
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    return table


def _credits(record: dict[str, Any]) -> Table | None:
    rows = [[c["kind"], c.get("name") or "-", c.get("domain") or "-", c.get("text") or ""] for c in record["credits"]]
    return _table("credits", ["kind", "name", "domain", "as written"], rows)


def _removed(record: dict[str, Any]) -> Table | None:
    rows = [[r["kind"], _shorten(r["text"])] for r in record["removed"]]
    return _table("removed by cleaning", ["kind", "text"], rows)


def _entities(record: dict[str, Any]) -> Table | None:
    rows = []
    for entity in record["entities"]:
        canonical = entity.get("canonical") or {}
        rows.append([
            entity["id"], entity["type"], entity["name"], canonical.get("en") or "-",
            "، ".join(entity.get("roles") or []), str(len(entity.get("mentions") or [])),
        ])
    return _table("entities", ["id", "type", "name", "canonical", "roles", "mentions"], rows)


def quote_chain(record: dict[str, Any], quote: dict[str, Any]) -> str:
    """``outlet ← credit ← via ← speaker (anonymous), time``: the isnad of one quote."""
    from khabar.speech import format_chain
    from khabar.speech import quote_chain as chain_links

    return format_chain(chain_links(record, quote))


def _quotes(record: dict[str, Any]) -> Table | None:
    rows = [[q["kind"], quote_chain(record, q), _shorten(q["text"])] for q in record["quotes"]]
    return _table("quotes: who said what, according to whom", ["kind", "chain", "said"], rows)


def _amount(fact: dict[str, Any]) -> str:
    """``229``, ``~120000``, ``≥1400``, ``≤50`` or ``10–99``."""
    tilde = "~" if fact.get("approximate") else ""
    low, high = fact.get("min"), fact.get("max")
    if fact.get("value") is not None:
        return f"{tilde}{fact['value']:g}" if isinstance(fact["value"], float) else f"{tilde}{fact['value']}"
    if low is not None and high is not None:
        return f"{tilde}{low}–{high}"
    return f"{tilde}≥{low}" if low is not None else f"{tilde}≤{high}"


def _source(record: dict[str, Any], fact: dict[str, Any]) -> str:
    """Who the figure comes from: the speaker of the quote that holds it."""
    quote = next((q for q in record["quotes"] if q["id"] == fact.get("quote")), None)
    if quote is None:
        return "-"
    speaker = quote.get("speaker") or {}
    return f"{speaker.get('text') or '?'} ({quote['id']})"


def _facts(record: dict[str, Any]) -> Table | None:
    rows = [[f["type"], _amount(f), f.get("noun") or "-", f["text"], _source(record, f)] for f in record["facts"]]
    return _table("figures", ["type", "value", "noun", "as written", "according to"], rows)


def _times(record: dict[str, Any]) -> Table | None:
    rows = [[t["type"], t["text"], str(t.get("value"))] for t in record["times"]]
    return _table("times", ["type", "as written", "value"], rows)


def highlighted_text(record: dict[str, Any]) -> Text:
    """The article text with quotes and entity mentions in colour."""
    text = Text(record["text"])
    for entity in record["entities"]:
        for mention in entity.get("mentions") or []:
            text.stylize(ENTITY_STYLES.get(entity["type"], "white"), mention["start"], mention["end"])
    for quote in record["quotes"]:
        text.stylize(QUOTE_STYLE, quote["start"], quote["end"])
    return text


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
