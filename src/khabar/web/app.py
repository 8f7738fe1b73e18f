"""``create_app(config)``: the FastAPI application of ``khabar serve``."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from khabar.store import StoreError
from khabar.web.analysis import AnalysisUnavailable, BadInput
from khabar.web.cache import AnswerCache, CachedGets
from khabar.web.config import MB, ServerConfig
from khabar.web.limits import BodyLimit, SecurityHeaders
from khabar.web.state import ServerState
from khabar.web.stores import PoolBusy, ReadTimeout

DESCRIPTION = """khabar's knowledge base over HTTP: analyse an Arabic news article without storing it
(`POST /api/analyze`), and read the store — articles, search with highlighted snippets, entities and
their profiles, quotes, facts, stories and claims. Lists are paged with `limit` and `offset`; every
error is `{"detail": "one line"}`. This spec is `/openapi.json`; `/docs` shows it without any CDN."""


def create_app(config: ServerConfig | None = None) -> FastAPI:
    """The app serving ``config.db`` (read-only unless ``config.allow_ingest``)."""
    from khabar import __version__
    from khabar.web.pages import pages
    from khabar.web.routes import aliases, router

    config = config or ServerConfig()
    server = ServerState(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        server.close()

    app = FastAPI(title="khabar", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.khabar = server
    app.include_router(router)
    app.include_router(aliases)
    app.include_router(pages)
    add_error_answers(app)
    app.state.answer_cache = None
    if config.db and config.cache_mb and not config.allow_ingest:  # a store that can change is never cached
        app.state.answer_cache = AnswerCache(config.cache_mb * MB, max_entry_bytes=max(1, config.cache_mb * MB // 16))
        app.add_middleware(CachedGets, cache=app.state.answer_cache)  # innermost: replays pass the others
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def add_error_answers(app: FastAPI) -> None:
    """Each failure becomes ``{"detail": one line}`` with the status that says whose fault it is."""

    @app.exception_handler(BadInput)
    @app.exception_handler(AnalysisUnavailable)
    async def analysis_failed(request: Request, exc: BadInput | AnalysisUnavailable) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    @app.exception_handler(StoreError)
    async def store_failed(request: Request, exc: StoreError) -> JSONResponse:
        # A bad query or filter is the caller's to fix; a failing database is the server's.
        status = 500 if isinstance(exc.__cause__, sqlite3.Error) else 400
        return JSONResponse({"detail": str(exc) if status == 400 else "the store failed to answer; see the server log"},
                            status_code=status)

    @app.exception_handler(ReadTimeout)
    async def read_timeout(request: Request, exc: ReadTimeout) -> JSONResponse:
        return JSONResponse({"detail": f"{exc}; narrow the query (more words, filters)"}, status_code=504)

    @app.exception_handler(PoolBusy)
    async def pool_busy(request: Request, exc: PoolBusy) -> JSONResponse:
        return JSONResponse({"detail": f"{exc}; try again"}, status_code=503, headers={"Retry-After": "1"})
