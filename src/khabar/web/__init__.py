"""``khabar serve``: a JSON API and an Arabic, right-to-left web interface over a store.

The app is built by :func:`create_app` from one :class:`ServerConfig`, so tests
and embedders get exactly what ``khabar serve`` runs::

    from khabar.web import ServerConfig, create_app
    app = create_app(ServerConfig(db="news.db"))   # any ASGI server can run it

FastAPI and uvicorn are imported here, never by ``import khabar``.
"""

from __future__ import annotations

from khabar.web.app import create_app
from khabar.web.config import ServerConfig, serve

__all__ = ["ServerConfig", "create_app", "serve"]
