"""Analysing one posted article in a separate process, bounded in time.

The pipeline runs in a process pool (spawned, so it is safe beside the
server's threads): an analysis past ``analyze_timeout_s`` is stopped by
killing its process — a thread could only be abandoned, still running.
This module imports nothing heavy: the worker processes load it first.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any


class BadInput(Exception):
    """The request does not hold an article khabar can analyse; ``status`` is the HTTP answer."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status, self.detail = status, detail


class AnalysisUnavailable(Exception):
    """No analysis now: too many waiting (``status`` 503), too slow (504) or a crashed worker (500)."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass(frozen=True)
class AnalysisJob:
    """One article to analyse: ``source`` is bytes (any encoding) or text; ``as_html`` None sniffs."""

    source: bytes | str
    as_html: bool | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None


RAW_TYPES = {"text/html": True, "application/xhtml+xml": True, "text/plain": False, "application/octet-stream": None}


def job_from_request(body: bytes, content_type: str | None, query: dict[str, str]) -> AnalysisJob:
    """The job a POST body describes: raw text or HTML (metadata in the query), or a JSON object."""
    media = (content_type or "application/octet-stream").split(";")[0].strip().lower()
    if media == "application/json":
        return _job_from_json(body)
    if media not in RAW_TYPES:
        raise BadInput(415, f"content type {media!r} is not analysed: send text/plain, text/html or application/json")
    if not body.strip():
        raise BadInput(422, "the request body is empty: send the article's text or HTML")
    return AnalysisJob(body, RAW_TYPES[media], _text_field(query, "url"), _published(query.get("published")),
                       _text_field(query, "title"))


def _job_from_json(body: bytes) -> AnalysisJob:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(400, f"the body is not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise BadInput(422, "the JSON body must be an object: {\"text\" or \"html\", \"url\", \"published\", \"title\"}")
    text, html = data.get("text"), data.get("html")
    if (text is None) == (html is None):
        raise BadInput(422, "the JSON body needs exactly one of \"text\" and \"html\"")
    source = text if text is not None else html
    if not isinstance(source, str) or not source.strip():
        raise BadInput(422, f"\"{'text' if text is not None else 'html'}\" must be a non-empty string")
    return AnalysisJob(source, html is not None, _text_field(data, "url"), _published(data.get("published")),
                       _text_field(data, "title"))


def _text_field(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 2000:
        raise BadInput(422, f"\"{name}\" must be a string of at most 2,000 characters")
    return value


def _published(value: Any) -> str | None:
    """An ISO date or datetime, checked here so a typo is a 422 and not a silently null date."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        (datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text))
    except ValueError:
        raise BadInput(422, f"published: {text!r} is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return text


# -- in the worker process ---------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline():
    from khabar.pipeline import Pipeline

    return Pipeline()


def warm_worker() -> None:
    """Load the models once per worker, before the first article arrives."""
    _pipeline()


def run_job(job: AnalysisJob) -> tuple[str, Any]:
    """``("ok", record)``, ``("input", reason)`` for an article khabar refuses, or ``("internal", reason)``."""
    from khabar.errors import InputError
    from khabar.read.sources import article_from_bytes, article_from_text

    try:
        if isinstance(job.source, bytes):
            raw = article_from_bytes(job.source, "<request>", as_html=job.as_html)
        else:
            raw = article_from_text(job.source, "<request>", as_html=job.as_html)
        doc = _pipeline()(raw, url=job.url, published=job.published, title=job.title)
        return "ok", doc.to_dict()
    except InputError as exc:
        return "input", exc.reason
    except Exception as exc:
        return "internal", f"{type(exc).__name__}: {exc}"


# -- in the server -----------------------------------------------------------------


class Analyzer:
    """A pool of analysis processes, started on first use, with a time limit per article."""

    def __init__(self, workers: int, timeout_s: float, queue: int):
        self.workers, self.timeout_s, self.most = max(1, workers), timeout_s, max(1, workers) + max(0, queue)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending = 0

    def start(self) -> None:
        """Start the workers and load the models in the background (the first analysis is then fast)."""
        self._current()

    async def analyze(self, job: AnalysisJob) -> dict[str, Any]:
        """The article contract's record for ``job``; raises BadInput or AnalysisUnavailable."""
        self._enter()
        try:
            pool = self._current()
            future = pool.submit(run_job, job)
            try:
                status, value = await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
            except TimeoutError:
                self._discard(pool)
                raise AnalysisUnavailable(504, f"the analysis took more than {self.timeout_s:g} s and was stopped; "
                                               "send a shorter article") from None
            except BrokenProcessPool:
                self._discard(pool)
                raise AnalysisUnavailable(500, "the analysis process died; try again") from None
        finally:
            self._leave()
        if status == "input":
            raise BadInput(422, value)
        if status == "internal":
            raise AnalysisUnavailable(500, f"internal error while analysing ({value}); please report it")
        return value

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            _kill(pool)

    def _enter(self) -> None:
        with self._lock:
            if self._pending >= self.most:
                raise AnalysisUnavailable(503, f"{self._pending} analyses are already running or waiting; try again")
            self._pending += 1

    def _leave(self) -> None:
        with self._lock:
            self._pending -= 1

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=warm_worker)
                self._pool.submit(warm_worker)
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        """Kill a pool whose worker overran or died; the next analysis starts a fresh one."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        _kill(pool)


def _kill(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor.shutdown() waits for running work; only killing the processes stops it.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
