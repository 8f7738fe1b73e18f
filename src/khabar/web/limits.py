"""ASGI middleware: a cap on request bodies, and the security headers of every answer."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException

# Scripts, styles and images only from this server; no inline script, no framing, no plugins.
# Untrusted article text is built with textContent; this is the second line of defence.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyLimit:
    """Answer 413 to a body over ``max_bytes``: at once when Content-Length says so, else as it streams in."""

    def __init__(self, app: Any, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            size = int(declared) if declared.isdigit() else -1
            if size < 0:
                await _answer(send, 400, "Content-Length is not a number")
                return
            if size > self.max_bytes:
                await _answer(send, 413, self._too_large(size, exact=True))
                return
        received = 0

        async def counted_receive() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:  # chunked uploads carry no Content-Length
                raise HTTPException(413, self._too_large(received, exact=False))
            return message

        await self.app(scope, counted_receive, send)

    def _too_large(self, size: int, exact: bool) -> str:
        return (f"the request body ({size:,} bytes{'' if exact else ' or more'}) is over the limit of "
                f"{self.max_bytes:,} bytes; send a shorter article")


class SecurityHeaders:
    """Add the security headers to every HTTP answer."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _answer(send: Any, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
