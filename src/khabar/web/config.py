"""One options object for the server, and :func:`serve`, the body of ``khabar serve``."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from typing import Any

MB = 1024 * 1024
CONFIG_ENV = "KHABAR_SERVE_CONFIG"  # the settings, as JSON, for the worker processes of --workers N


@dataclass(frozen=True)
class ServerConfig:
    """What the server serves and the limits it keeps.

    ``db`` None serves analysis only (the read endpoints answer 503).
    ``allow_ingest`` opens the store writable and enables ``POST /api/ingest``
    for requests carrying ``Authorization: Bearer <token>``; otherwise the store
    is opened read-only and never written.
    """

    db: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    allow_ingest: bool = False
    token: str | None = None
    max_body_bytes: int = 5 * MB  # one request body; larger ones get 413 before anything is read into memory
    read_timeout_s: float = 10.0  # one store query; SQLite interrupts it after this
    read_wait_s: float = 60.0  # waiting for a free store connection before 503 (queueing under load)
    analyze_timeout_s: float = 60.0  # one analysis (5 MB of text takes ~50 s on one core)
    analyze_workers: int = 1  # analysis processes
    analyze_queue: int = 8  # analyses waiting beyond the workers before 503
    readers: int = 8  # read-only connections shared by the request threads (per process)
    workers: int = 1  # server processes (uvicorn workers), each with its own connections and cache
    cache_mb: int = 64  # answers to repeated GET /api/… kept per process; 0: none (never with ingest)

    def check(self) -> None:
        """Refuse settings that cannot work, with a line saying what to change."""
        if self.allow_ingest and not (self.token and len(self.token) >= 16):
            raise ValueError("--allow-ingest needs --token (or $KHABAR_TOKEN) of at least 16 characters")
        if self.token and not self.allow_ingest:
            raise ValueError("--token is only used with --allow-ingest")
        if self.workers < 1 or self.cache_mb < 0:
            raise ValueError("--workers must be at least 1 and --cache-mb at least 0")
        if self.workers > 1 and self.allow_ingest:
            raise ValueError("--allow-ingest needs --workers 1: one process writes the store")
        if self.db is None and self.allow_ingest:
            raise ValueError("--allow-ingest needs --db: the store to write to")
        if self.db is not None and not self.allow_ingest and not os.path.exists(self.db):
            raise ValueError(f"{self.db}: no store here (create it with `khabar ingest … --db {self.db}`, "
                             "or start with --allow-ingest to create it empty)")


def serve(config: ServerConfig) -> None:
    """Check the settings, open the store and run uvicorn until interrupted."""
    import uvicorn

    from khabar.web.app import create_app

    config.check()
    options = {"host": config.host, "port": config.port, "log_level": "info", "timeout_keep_alive": 5,
               "limit_concurrency": 200, "server_header": False}
    if config.workers == 1:
        uvicorn.run(create_app(config), **options)
        return
    # Worker processes import the app by name, so the settings travel to them in the environment.
    # The store is read-only there (ingest needs one worker), so the processes share nothing but the file.
    create_app(config).state.khabar.close()  # fail here, once, when the store cannot be opened
    os.environ[CONFIG_ENV] = json.dumps(asdict(config))
    uvicorn.run("khabar.web.config:app_from_environment", factory=True, workers=config.workers, **options)


def app_from_environment() -> Any:
    """The app of one worker process of ``khabar serve --workers N`` (settings from :data:`CONFIG_ENV`)."""
    from khabar.web.app import create_app

    return create_app(ServerConfig(**json.loads(os.environ[CONFIG_ENV])))
