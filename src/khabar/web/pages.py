"""The web interface: HTML pages and their scripts and styles, all shipped in ``khabar/web/data``.

Files are read once, when the app is built, into a table keyed by their
name; a request can only pick a name from that table, so no URL reaches the
file system (``/static/../../etc/passwd`` is simply not a key).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

pages = APIRouter(include_in_schema=False)

MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}
# URL path → page file; every page is a shell whose script fetches the API.
PAGES = {
    "/": "analyse.html",
    "/search": "search.html",
    "/entities": "entities.html",
    "/entity": "entity.html",
    "/article": "article.html",
    "/stories": "stories.html",
    "/story": "story.html",
    "/docs": "docs.html",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


@lru_cache(maxsize=1)
def assets() -> dict[str, Asset]:
    """Every file under data/static and data/pages, by its name relative to that folder."""
    table: dict[str, Asset] = {}
    root = resources.files("khabar.web") / "data"
    for folder in ("static", "pages"):
        for name, body in _walk(root / folder, ""):
            suffix = name[name.rfind("."):]
            if suffix in MEDIA_TYPES:
                table[f"{folder}/{name}"] = Asset(body, MEDIA_TYPES[suffix], '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    return table


def _walk(folder, prefix: str):
    for item in folder.iterdir():
        if item.is_dir():
            yield from _walk(item, f"{prefix}{item.name}/")
        elif item.is_file():
            yield f"{prefix}{item.name}", item.read_bytes()


def answer(request: Request, key: str) -> Response:
    asset = assets().get(key)
    if asset is None:
        raise HTTPException(404, "no such file")
    headers = {"ETag": asset.etag, "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)


@pages.get("/static/{name:path}")
def static_file(request: Request, name: str) -> Response:
    return answer(request, f"static/{name}")


@pages.get("/favicon.ico")
def favicon(request: Request) -> Response:
    return answer(request, "static/favicon.svg")


def _page_route(page: str):
    def serve_page(request: Request) -> Response:
        return answer(request, f"pages/{page}")

    return serve_page


for _path, _page in PAGES.items():
    pages.add_api_route(_path, _page_route(_page), methods=["GET", "HEAD"])
