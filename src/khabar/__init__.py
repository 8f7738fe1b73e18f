"""khabar: Arabic news articles into an attributed, searchable knowledge base.

>>> import khabar
>>> article = khabar.analyze("قال الوزير إن الاجتماع انتهى.", published="2024-05-06")
>>> article.to_dict()["schema"]
'khabar.article/1'
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache

from khabar.document import Document, Mention, Piece, Span, Token
from khabar.errors import InputError, KhabarError

__all__ = [
    "Article", "Document", "Hit", "InputError", "KhabarError", "Mention", "Piece", "Span", "Store",
    "StoreError", "Token", "analyze",
]
__version__ = "0.1.0"

Article = Document  # the public name of an analysed article

logging.getLogger(__name__).addHandler(logging.NullHandler())


@lru_cache(maxsize=1)
def _default_pipeline():
    from khabar.pipeline import Pipeline

    return Pipeline()


def analyze(
    source: str | bytes,
    *,
    url: str | None = None,
    published: str | date | None = None,
    title: str | None = None,
) -> Article:
    """Analyse one article given as plain text, HTML, or bytes in any Arabic encoding.

    Raises :class:`InputError` (one line: what is wrong with the input) for
    empty, binary or undecodable input.
    """
    from khabar.read import read_bytes_source

    raw = read_bytes_source(source, "<input>")
    return _default_pipeline()(raw, url=url, published=published, title=title)


def __getattr__(name: str):
    """``khabar.Store`` and friends, imported on first use (nothing heavy at import time)."""
    if name in ("Store", "StoreError", "Hit"):
        import khabar.store

        return getattr(khabar.store, name)
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")
