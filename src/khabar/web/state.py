"""What one running server holds: its settings, the store's connections, the analysis workers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import HTTPException

from khabar.store import Store
from khabar.web.analysis import Analyzer
from khabar.web.config import ServerConfig
from khabar.web.stores import StorePool


class ServerState:
    """Opened by :func:`khabar.web.create_app`, closed when the app shuts down."""

    def __init__(self, config: ServerConfig):
        self.config = config
        # With ingest allowed, the writer opens (creates, migrates) the store before the readers do.
        self.writer: Store | None = Store(config.db) if config.allow_ingest and config.db else None
        self._write_lock = threading.Lock()
        self._writer: _IngestWriter | None = None
        self.stores = StorePool(config.db, config.readers, config.read_timeout_s, config.read_wait_s) if config.db else None
        self.analyzer = Analyzer(config.analyze_workers, config.analyze_timeout_s, config.analyze_queue)

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store for one request (503 when the server has none)."""
        if self.stores is None:
            raise HTTPException(503, "this server has no store: start it with --db PATH")
        with self.stores.borrow() as store:
            yield store

    async def store_record(self, record: dict[str, Any]) -> bool:
        """Add one analysed record as `khabar ingest` does; False when its id was already stored."""
        def write() -> bool:
            with self._write_lock:
                return self._ingest_writer().store(record)

        return await asyncio.to_thread(write)

    def _ingest_writer(self) -> _IngestWriter:
        if self._writer is None:
            self._writer = _IngestWriter(self.writer)
        return self._writer

    def close(self) -> None:
        self.analyzer.close()
        if self.stores is not None:
            self.stores.close()
        if self.writer is not None:
            self.writer.close()


class _IngestWriter:
    """The writer of `khabar ingest` (khabar.ingest._Writer) kept for the server's life: an article
    posted to /api/ingest gets its row in ``inputs``, its copies, story and claims like any ingested
    one (``Store.add`` alone would skip those). Kept open because its copy index loads every stored
    signature once."""

    def __init__(self, store: Store):
        from khabar.ingest import Summary, _Writer, analysis_signature

        self.summary = Summary()
        self.writer = _Writer(store, 1, analysis_signature(None), self.summary)

    def store(self, record: dict[str, Any]) -> bool:
        before = self.summary.stored
        self.writer.add(("stored", f"POST /api/ingest {record['id']}", record["id"], record, None))
        self.writer.commit()  # a batch of one: written when it is answered
        return self.summary.stored > before
