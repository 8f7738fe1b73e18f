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
# URL path → (page body file, title, the nav section it belongs to). Every page is the one layout
# (data/layout.html: head, skip link, nav) around its body; the body's script (js/page-<name>.js)
# fetches the API.
PAGES = {
    "/": ("analyse.html", "تحليل خبر", "/"),
    "/search": ("search.html", "بحث", "/search"),
    "/entities": ("entities.html", "الكيانات", "/entities"),
    "/entity": ("entity.html", "كيان", "/entities"),
    "/article": ("article.html", "خبر", "/search"),
    "/stories": ("stories.html", "القصص", "/stories"),
    "/story": ("story.html", "قصة", "/stories"),
    "/docs": ("docs.html", "واجهة البرمجة", "/docs"),
}
NAV_SECTIONS = ("/", "/search", "/entities", "/stories", "/docs")


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


@lru_cache(maxsize=1)
def assets() -> dict[str, Asset]:
    """Every file under data/static and data/pages, by its name relative to that folder."""
    root = resources.files("khabar.web") / "data"
    table = {f"static/{name}": _asset(name, body) for name, body in _walk(root / "static", "")}
    layout = (root / "layout.html").read_text(encoding="utf-8")
    for page, title, section in PAGES.values():
        body = render_page(layout, (root / "pages" / page).read_text(encoding="utf-8"), page, title, section)
        table[f"pages/{page}"] = _asset(page, body.encode("utf-8"))
    return {key: asset for key, asset in table.items() if asset is not None}


def render_page(layout: str, body: str, page: str, title: str, section: str) -> str:
    """The layout filled in for one page: its title, its script, its nav entry marked current."""
    html = layout.replace("@@TITLE@@", title).replace("@@SCRIPT@@", page.removesuffix(".html")).replace("@@BODY@@", body)
    for href in NAV_SECTIONS:
        html = html.replace(f"@@CURRENT:{href}@@", ' aria-current="page"' if href == section else "")
    return html


def _asset(name: str, body: bytes) -> Asset | None:
    media_type = MEDIA_TYPES.get(name[name.rfind("."):])
    if media_type is None:
        return None
    return Asset(body, media_type, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')


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


for _path, (_page, _title, _section) in PAGES.items():
    pages.add_api_route(_path, _page_route(_page), methods=["GET", "HEAD"])
