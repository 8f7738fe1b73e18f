"""What a reader hands to the pipeline: one raw article, or one failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RawArticle:
    """One article as read, before cleaning.

    Exactly one of ``text`` (plain text) and ``html`` is set. Metadata fields
    are what the container said (JSON fields, HTML meta tags, WARC headers);
    the caller's own values take precedence over them in :func:`khabar.analyze`.
    """

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None  # a site name or a source label such as "aawsat"
    origin: str | None = None  # path, path#index or path@warc-offset, for error reports
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ReadFailure:
    """An input that could not be read: where it was and why, in one line."""

    origin: str
    reason: str
