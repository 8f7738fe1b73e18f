"""ASGI middleware: the answers to repeated GETs of a read-only store, kept in a small LRU.

A store opened read-only never changes under the server, so the same URL always gets the same
answer: the second request for a busy entity profile (~30–250 ms of SQL) is then answered from
memory, byte for byte as it was first sent. The key is the whole URL (path and query string, exactly
as sent); only complete ``200`` answers to ``GET`` under ``/api/`` are kept, each at most
``max_entry_bytes``, and all of them together at most ``max_bytes``: the least recently used go
first. :func:`khabar.web.create_app` adds it only when ingest is not allowed (with ``--allow-ingest``
the store changes, and a kept answer could be stale). Each server process has its own.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

CACHED_PREFIX = "/api/"


class AnswerCache:
    """The kept answers: an LRU of URL -> (response start message, body), bounded in bytes."""

    def __init__(self, max_bytes: int, max_entry_bytes: int):
        self.max_bytes, self.max_entry_bytes = max_bytes, max_entry_bytes
        self._answers: OrderedDict[bytes, tuple[dict, bytes]] = OrderedDict()
        self._bytes = 0
        self.hits = self.misses = 0

    def get(self, key: bytes) -> tuple[dict, bytes] | None:
        kept = self._answers.get(key)
        if kept is None:
            self.misses += 1
            return None
        self._answers.move_to_end(key)
        self.hits += 1
        return kept

    def keep(self, key: bytes, start: dict, body: bytes) -> None:
        if key in self._answers or len(body) > self.max_entry_bytes:
            return  # two identical requests raced (the first kept stays), or too large to keep
        self._answers[key] = (start, body)
        self._bytes += len(body)
        while self._bytes > self.max_bytes and self._answers:
            _, (_, dropped) = self._answers.popitem(last=False)
            self._bytes -= len(dropped)

    def stats(self) -> dict[str, int]:
        return {"answers": len(self._answers), "bytes": self._bytes, "hits": self.hits, "misses": self.misses}


class CachedGets:
    """Replay kept ``200`` answers to ``GET /api/…``; keep new ones (see :class:`AnswerCache`)."""

    def __init__(self, app: Any, cache: AnswerCache):
        self.app, self.cache = app, cache

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(CACHED_PREFIX):
            await self.app(scope, receive, send)
            return
        key = scope.get("raw_path") or scope["path"].encode()
        key += b"?" + scope.get("query_string", b"")
        kept = self.cache.get(key)
        if kept is not None:
            start, body = kept
            # a fresh copy each time: the middleware outside adds its headers to the message it is given
            await send({**start, "headers": list(start["headers"])})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._recording(key, send))

    def _recording(self, key: bytes, send: Any) -> Any:
        """``send``, also collecting a 200 answer's start and body to keep once it is complete."""
        start: dict | None = None
        chunks: list[bytes] = []
        size = 0

        async def send_and_record(message: dict) -> None:
            nonlocal start, size, chunks
            if message["type"] == "http.response.start":
                start = {**message, "headers": list(message.get("headers", []))} if message.get("status") == 200 else None
            elif message["type"] == "http.response.body" and start is not None:
                body = message.get("body", b"")
                size += len(body)
                chunks.append(body)
                if size > self.cache.max_entry_bytes:
                    start, chunks = None, []  # too large to keep: just pass it on
                elif not message.get("more_body", False):
                    self.cache.keep(key, start, b"".join(chunks))
            await send(message)

        return send_and_record
