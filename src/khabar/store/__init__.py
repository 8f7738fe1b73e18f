"""The knowledge base: analysed articles in SQLite, searchable, queryable, exportable.

* :class:`Store` — open a store (``Store("khabar.db")``), add records, search
  (clitic-aware full text with phrases and AND/OR/NOT), list entities, an
  entity's profile, quotes by and about someone, figures by type and place,
  an article's record, statistics;
* :class:`Hit` — one search result with a snippet of the stored text and the
  offsets of the matched words;
* :class:`StoreError` — every failure of the database as one line;
* :mod:`khabar.store.export` — JSONL, Parquet, GDELT GKG 2.1 and CoNLL exports;
* :mod:`khabar.ingest` (outside this package) — parallel, resumable ingestion.

The schema and its migrations are in :mod:`khabar.store.schema`; the design
is described in docs/STORE.md.
"""

from khabar.store.api import Hit, Store
from khabar.store.db import StoreError

__all__ = ["Hit", "Store", "StoreError"]
