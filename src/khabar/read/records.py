"""Article objects (JSON records) to :class:`RawArticle`, and date normalisation.

Corpora name the same things differently: SaudiNewsNet says ``content`` and
``date_extracted``, scrapers say ``body``, ``link`` or ``date_published``.
One table of synonyms here keeps every reader (JSON, JSONL, zip) consistent.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from khabar.read.raw import RawArticle, ReadFailure

__all__ = ["find_record_list", "map_record", "normalize_date"]

TEXT_KEYS = ("text", "content", "body")
HTML_KEYS = ("html", "raw_html")
URL_KEYS = ("url", "link")
DATE_KEYS = ("published", "date", "date_published", "date_extracted")
OUTLET_KEYS = ("source", "outlet", "site")
ID_KEYS = ("id", "_id", "article_id", "doc_id", "uuid", "guid")
LIST_KEYS = ("articles", "data", "items", "records", "results", "documents")
DAY_ONLY_KEYS = frozenset({"date_extracted"})  # when the crawler ran, not when published: the day is all it says

_ISO = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)


def map_record(obj: Any, origin: str) -> RawArticle | ReadFailure:
    """Turn one decoded JSON value into a RawArticle, or a ReadFailure saying why not.

    Text wins over HTML when both are given: it is already clean of markup.
    """
    if not isinstance(obj, dict):
        return ReadFailure(origin, f"record is a JSON {type(obj).__name__}, not an object")
    text = first_text(obj, TEXT_KEYS)
    html = None if text else first_text(obj, HTML_KEYS)
    if not text and not html:
        return ReadFailure(origin, "record has no text: expected a non-empty text, content, body or html field")
    published, raw_date = pick_date(obj)
    extra = collect_extra(obj)
    if raw_date is not None:
        extra["published_raw"] = raw_date
    return RawArticle(
        text=text,
        html=html,
        title=first_text(obj, ("title", "headline")),
        url=first_text(obj, URL_KEYS),
        published=published,
        outlet=pick_outlet(obj),
        origin=origin,
        extra=extra,
    )


def first_text(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """Return the first non-blank string among ``keys``; a list of strings is joined.

    Lists are joined with a blank line because scrapers store paragraphs as
    lists, and the cleaning stage works paragraph by paragraph.
    """
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = "\n\n".join(item.strip() for item in value if item.strip())
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def pick_outlet(obj: dict[str, Any]) -> str | None:
    """Return the outlet label; ``{"name": …}`` objects (schema.org publisher) count too."""
    for key in (*OUTLET_KEYS, "publisher"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def pick_date(obj: dict[str, Any]) -> tuple[str | None, str | None]:
    """Return (ISO date, raw value kept when it is not ISO-like) from the date fields."""
    for key in DATE_KEYS:
        value = obj.get(key)
        if value is None or value == "":
            continue
        iso = normalize_date(value, day_only=key in DAY_ONLY_KEYS)
        if iso is not None:
            return iso, None
        if isinstance(value, str):
            return None, value.strip()  # e.g. "الثلاثاء 21 يوليو": left to the time stage
    return None, None


def collect_extra(obj: dict[str, Any]) -> dict[str, Any]:
    """Gather author and id, the two fields kept besides the RawArticle's own."""
    extra: dict[str, Any] = {}
    author = obj.get("author") or obj.get("authors")
    if isinstance(author, list):
        author = ", ".join(str(name) for name in author if name)
    if isinstance(author, str) and author.strip():
        extra["author"] = author.strip()
    for key in ID_KEYS:
        value = obj.get(key)
        if value not in (None, "") and not isinstance(value, (dict, list)):
            extra["id"] = str(value)
            break
    return extra


def normalize_date(value: Any, *, day_only: bool = False) -> str | None:
    """Return ``YYYY-MM-DD`` or a full ISO 8601 datetime, or None when not date-like.

    Accepts ISO strings (``T`` or space between date and time, ``/`` or ``.``
    between parts, ``Z`` or ``+0300`` offsets) and Unix timestamps in seconds
    or milliseconds. Anything else is left to the time stage, which reads
    Arabic month names.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return date_from_timestamp(value, day_only)
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_iso = date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
    if day_only or hour is None or int(hour) > 23:
        return day_iso
    return f"{day_iso}T{int(hour):02d}:{minute}:{second or '00'}{format_zone(zone)}"


def format_zone(zone: str | None) -> str:
    """Turn ``Z``/``+0300``/``+03:00`` into ISO's ``+00:00``/``+03:00``; none stays none."""
    if not zone:
        return ""
    if zone == "Z":
        return "+00:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:]}"


def date_from_timestamp(value: float, day_only: bool) -> str | None:
    """Unix seconds (or milliseconds, told apart by size) to ISO in UTC."""
    if value > 1e11:
        value /= 1000
    if not 0 < value < 4e9:
        return None
    moment = datetime.fromtimestamp(value, tz=UTC)
    return moment.date().isoformat() if day_only else moment.isoformat()


def find_record_list(obj: Any) -> list[Any] | None:
    """Return the article list inside a wrapper object like ``{"articles": [...]}``.

    Only for an object that is not itself an article (no text or html field).
    """
    if not isinstance(obj, dict) or first_text(obj, TEXT_KEYS + HTML_KEYS):
        return None
    for key in LIST_KEYS:
        value = obj.get(key)
        if isinstance(value, list):
            return value
    return None
