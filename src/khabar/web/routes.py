"""The JSON API: paged reads over the store, and analysis (and, when allowed, ingest) of posted articles.

Every list answers ``{items, limit, offset, next}`` (``next``: the offset of
the following page, or null on the last one); search adds ``total``.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from khabar.web.analysis import job_from_request
from khabar.web.state import ServerState

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=100, description="Items per page (at most 100).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip: the `next` of the previous page.")]
DateText = Annotated[str | None, Query(max_length=25, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")]
Name = Annotated[str | None, Query(max_length=200)]
EntityName = Annotated[str, Path(max_length=200, description="Canonical Arabic or English name, code (US) or any variant seen.")]


def state(request: Request) -> ServerState:
    return request.app.state.khabar


def page(items: list[Any], limit: int, offset: int, **extra: Any) -> JSONResponse:
    return JSONResponse({"items": items, "limit": limit, "offset": offset,
                         "next": offset + limit if len(items) == limit else None, **extra})


def store_method(store: Any, name: str) -> Any:
    """A Store method that a newer khabar adds (stories, claims); 501 when this one lacks it."""
    method = getattr(store, name, None)
    if method is None:
        raise HTTPException(501, f"this khabar's store has no {name}(): stories and claims are not available")
    return method


# -- the store ------------------------------------------------------------------------


@router.get("/health", summary="Is the server up, and what does it serve")
def health(request: Request) -> JSONResponse:
    from khabar import __version__

    s = state(request)
    from khabar.store import Store

    return JSONResponse({
        "status": "ok", "version": __version__, "store": s.stores is not None, "ingest": s.writer is not None,
        "features": {name: hasattr(Store, name) for name in ("copies", "stories", "claims")},
    })


@router.get("/stats", summary="What the store holds: counts, outlets, dates")
def stats(request: Request) -> JSONResponse:
    with state(request).reader() as store:
        result = store.stats()
    result.pop("path", None)  # the server's file layout is nobody's business
    return JSONResponse(result)


@router.get("/articles", summary="Stored articles, newest first")
def articles(request: Request, limit: Limit = 20, offset: Offset = 0, outlet: Name = None,
             since: DateText = None, until: DateText = None, entity: Name = None) -> JSONResponse:
    with state(request).reader() as store:
        items = store.articles(limit=limit, offset=offset, outlet=outlet, since=since, until=until, entity=entity)
    return page(items, limit, offset)


@router.get("/articles/{article_id}", summary="One stored article: the khabar.article/1 record")
def article(request: Request, article_id: Annotated[str, Path(max_length=64)]) -> JSONResponse:
    with state(request).reader() as store:
        record = store.article(article_id)
        copies = store.copies(article_id) if record is not None and hasattr(store, "copies") else None
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r} in this store")
    if copies is not None:
        record = {**record, "copies": copies}
    return JSONResponse(record)


@router.get("/search", summary="Articles matching a query, with highlighted snippets")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words, "phrases", AND / OR / NOT, parentheses.')],
    limit: Limit = 20, offset: Offset = 0, outlet: Name = None, since: DateText = None, until: DateText = None,
    entity: Name = None,
    scope: Annotated[str | None, Query(pattern="^(title|body|quotes)$")] = None,
) -> JSONResponse:
    """Each hit has `snippet` (= `text[snippet_start:snippet_end]`), `highlights` as offsets into the
    article's text, and `marked`: the snippet with `<mark>` around each hit (escape it before use)."""
    filters = {"outlet": outlet, "since": since, "until": until, "entity": entity}
    with state(request).reader() as store:
        hits = store.search(q, limit=limit, offset=offset, scope=scope, **filters)
        total = None if scope else store.count(q, **filters)
    return page([hit.to_dict() for hit in hits], limit, offset, total=total)


@router.get("/entities", summary="The most mentioned entities")
def entities(request: Request, type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
             limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    with state(request).reader() as store:
        items = store.entities(type=type, top=limit, offset=offset)
    return page(items, limit, offset)


@router.get("/entities/{name:path}", summary="Everything known of one entity")
def entity(request: Request, name: EntityName,
           articles: Annotated[int, Query(ge=0, le=200)] = 20,
           quotes: Annotated[int, Query(ge=0, le=200)] = 20,
           related: Annotated[int, Query(ge=0, le=100)] = 20) -> JSONResponse:
    """Variants, roles, articles, quotes by and about it, co-occurring entities; `timeline` (articles
    naming it per day) and `quoted_by` / `quotes_from` (who carries its words, whose words it carries)."""
    with state(request).reader() as store:
        profile = store.entity(name, articles=articles, quotes=quotes, related=related)
        if profile is None:
            raise HTTPException(404, f"no entity called {name!r} in this store")
        profile["timeline"] = store.timeline(name)
        profile.update(store.quote_network(name, limit=related or 1))
    return JSONResponse(profile)


@router.get("/quotes", summary="Who said what: quotes by a speaker and/or about an entity")
def quotes(request: Request, speaker: Name = None, about: Name = None,
           kind: Annotated[str | None, Query(pattern="^(direct|indirect|according_to)$")] = None,
           limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
    with state(request).reader() as store:
        items = store.quotes(speaker=speaker, about=about, kind=kind, limit=limit, offset=offset)
    return page(items, limit, offset)


@router.get("/facts", summary="Claimed figures by type, place and time, with their source")
def facts(request: Request, type: Annotated[str | None, Query(max_length=20)] = None, location: Name = None,
          since: DateText = None, until: DateText = None, limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
    with state(request).reader() as store:
        items = store.facts(type=type, location=location, since=since, until=until, limit=limit, offset=offset)
    return page(items, limit, offset)


@router.get("/stories", summary="Stories: the articles that report one event")
def stories(request: Request, since: DateText = None, until: DateText = None, entity: Name = None,
            limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
    with state(request).reader() as store:
        items = store_method(store, "stories")(since=since, until=until, entity=entity, limit=limit, offset=offset)
    return page(list(items), limit, offset)


@router.get("/stories/{story_id}", summary="One story: its articles in time order")
def story(request: Request, story_id: Annotated[str, Path(max_length=64)]) -> JSONResponse:
    return _one(request, "story", story_id)


@router.get("/claims", summary="Claims across articles: first report, confirmations, contradictions")
def claims(request: Request, story: Annotated[str | None, Query(max_length=64)] = None,
           contradicted: bool | None = None, type: Annotated[str | None, Query(max_length=20)] = None,
           entity: Name = None, limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
    with state(request).reader() as store:
        items = store_method(store, "claims")(story=_id(story) if story else None, contradicted=contradicted,
                                              type=type, entity=entity, limit=limit, offset=offset)
    return page(list(items), limit, offset)


@router.get("/claims/{claim_id}", summary="One claim, its reports and its provenance graph")
def claim(request: Request, claim_id: Annotated[str, Path(max_length=64)]) -> JSONResponse:
    return _one(request, "claim", claim_id)


def _one(request: Request, kind: str, ident: str) -> JSONResponse:
    """One story or claim by id (``Store.story`` / ``Store.claim``), or 404."""
    with state(request).reader() as store:
        found = store_method(store, kind)(_id(ident))
    if found is None:
        raise HTTPException(404, f"no {kind} with id {ident!r}")
    return JSONResponse(found)


def _id(text: str) -> int | str:
    """Story and claim ids are whole numbers in the store; keep other text as it is."""
    return int(text) if text.isdigit() else text


# -- posted articles ------------------------------------------------------------------

ANALYZE_DOC = """Body: the article as `text/plain` or `text/html` (any Arabic encoding; `url`, `published`,
`title` as query parameters), or `application/json` `{"text" | "html", "url", "published", "title"}`.
Answers the khabar.article/1 record. 413 over the size limit, 415 another content type, 422 an
article khabar cannot analyse (empty, binary, a bad date), 504 past the time limit."""

BODY_DOC = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}},
    "text/html": {"schema": {"type": "string"}},
    "application/json": {"schema": {"type": "object", "properties": {
        "text": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string"},
        "published": {"type": "string", "format": "date"}, "title": {"type": "string"}}}},
}}}


@router.post("/analyze", summary="Analyse one article without storing it", description=ANALYZE_DOC,
             openapi_extra=BODY_DOC)
async def analyze(request: Request) -> JSONResponse:
    job = job_from_request(await request.body(), request.headers.get("content-type"), dict(request.query_params))
    return JSONResponse(await state(request).analyzer.analyze(job))


@router.post("/ingest", summary="Analyse one article and store it (needs --allow-ingest and the token)",
             description="The same body as /api/analyze, with `Authorization: Bearer <token>`. "
                         "Answers `{id, added}` (added is false when the article was already stored).",
             openapi_extra=BODY_DOC)
async def ingest(request: Request) -> JSONResponse:
    s = state(request)
    if s.writer is None:
        raise HTTPException(403, "ingest is disabled: start the server with --allow-ingest --token …")
    if not _token_ok(request.headers.get("authorization"), s.config.token or ""):
        raise HTTPException(401, "ingest needs the header Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    job = job_from_request(await request.body(), request.headers.get("content-type"), dict(request.query_params))
    record = await s.analyzer.analyze(job)
    added = await s.store_record(record)
    return JSONResponse({"id": record["id"], "added": added})


def _token_ok(header: str | None, token: str) -> bool:
    scheme, _, given = (header or "").partition(" ")
    return scheme.lower() == "bearer" and bool(token) and hmac.compare_digest(given.strip().encode(), token.encode())


# The issue named these paths without the /api prefix; they stay as aliases, out of the spec.
aliases = APIRouter(include_in_schema=False)
aliases.add_api_route("/analyze", analyze, methods=["POST"])
aliases.add_api_route("/ingest", ingest, methods=["POST"])
