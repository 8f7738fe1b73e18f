"""Ingestion: every input the readers read, analysed on all cores, into the store.

:func:`ingest` streams :func:`khabar.read.iter_articles` in the main process,
sends chunks of raw articles to a pool of worker processes (one pipeline
built per worker), and writes what comes back to the store in batched
transactions (200 articles each by default), with a progress bar and a
summary. A worker prepares the articles of its chunk one by one, then runs
the analysis stages over the chunk at once (:meth:`khabar.pipeline.Pipeline.pipe`:
the ``ner`` stage decodes the sentences of all of them together, which is
faster and gives the same records); one article's failure stays its own.

It is idempotent and resumable:

* an input already stored — same origin, same content hash, in the
  ``inputs`` table — is skipped before any analysis;
* an article whose ``id`` (a hash of its normalised text) is already stored
  is recognised by the worker right after preparation, before the costly
  stages, and skipped; ``INSERT`` … is guarded by the same check at write time;
* every row of an article is written in the transaction of its batch, so a
  killed ingest (``kill -9``, power cut) leaves whole articles only, and the
  next run picks up where it stopped.

Inputs that fail (unreadable, empty, not Arabic enough to analyse, a stage
crashing) become rows of the ``errors`` table and the run goes on.

:func:`reanalyze` recomputes the annotations of stored articles from their
stored text (after a model upgrade), article by article in transactions,
keeping ids, texts and metadata.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Any

from khabar.errors import InputError
from khabar.store.db import StoreError, transaction, translate
from khabar.store.records import Batch, now_iso

BATCH_SIZE = 200  # articles per transaction
CHUNK_SIZE = 16  # articles per task sent to a worker
COUNT_LIMIT_BYTES = 2 << 30  # inputs larger than this are not counted ahead (no ETA)


@dataclass
class Summary:
    """What an ingest or a re-analysis did."""

    read: int = 0  # inputs read (articles and failures)
    stored: int = 0  # articles added (or re-analysed)
    skipped: int = 0  # inputs already ingested (same origin and content): not analysed again
    duplicates: int = 0  # articles whose id was already stored
    failed: int = 0  # inputs that became rows of the errors table
    elapsed: float = 0.0
    workers: int = 1
    interrupted: bool = False
    failures: list[str] = field(default_factory=list)  # the first few, "origin: reason"

    @property
    def rate(self) -> float:
        done = self.stored + self.duplicates + self.failed + self.skipped
        return done / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rate"] = round(self.rate, 1)
        data["elapsed"] = round(self.elapsed, 2)
        return data


# ---------------------------------------------------------------------------
# Work done in the worker processes


_WORKER: dict[str, Any] = {}


def _init_worker(db: str | None, stages: list[str] | None, child: bool = True) -> None:
    """Build the pipeline once per worker; in a child process, Ctrl-C is the parent's business."""
    if child:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from khabar.pipeline import Pipeline, tune_gc_for_batch

    tune_gc_for_batch()
    _WORKER.clear()
    _WORKER.update(pipeline=Pipeline(stages), db=db, conn=None)


def _ready() -> int:
    return os.getpid()


def _known_ids() -> Callable[[str], bool]:
    """A check of whether an article id is stored, on a read-only connection of this worker."""
    conn = _WORKER.get("conn")
    if conn is None:
        conn = False
        if _WORKER.get("db"):
            try:
                from khabar.store.db import connect

                conn = connect(_WORKER["db"], readonly=True)
            except Exception:
                conn = False
        _WORKER["conn"] = conn
    if not conn:
        return lambda article_id: False

    def known(article_id: str) -> bool:
        try:
            return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None
        except Exception:
            return False

    return known


def run_stages(pipeline: Any, doc: Any) -> None:
    """The analysis stages of ``pipeline`` on a prepared document."""
    pipeline.run(doc)


def analyse_one(pipeline: Any, raw: Any, origin: str, digest: str, known: Callable[[str], bool]) -> tuple:
    """``("stored", origin, digest, record, index)``, ``("known", origin, digest, id)`` or ``("failed", origin, reason)``."""
    from khabar.pipeline import prepare
    from khabar.store.fts import index_rows

    try:
        doc = prepare(raw, max_chars=pipeline.max_chars)
        if known(doc.id):
            return ("known", origin, digest, doc.id)
        run_stages(pipeline, doc)
        record = doc.to_dict()
        return ("stored", origin, digest, record, index_rows(record, doc.tokens or None))
    except InputError as exc:
        return ("failed", origin, exc.reason)
    except Exception as exc:
        return ("failed", origin, f"internal error ({type(exc).__name__}: {one_line(exc)}); please report it")


def analyse_many(pipeline: Any, items: list[tuple[str, str, Any]], known: Callable[[str], bool]) -> list[tuple]:
    """:func:`analyse_one` of each ``(origin, digest, raw)``, the analysis stages run over them as a batch.

    Each article is prepared and checked on its own; those to analyse go
    through :meth:`khabar.pipeline.Pipeline.pipe` together (the ``ner`` stage
    decodes their sentences at once), and one article's failure is its own
    (``pipe`` retries a failed batch document by document). The results, in
    the order of ``items``, are those :func:`analyse_one` gives.
    """
    from khabar.pipeline import prepare

    results: list[tuple | None] = [None] * len(items)
    docs, slots = [], []
    for n, (origin, digest, raw) in enumerate(items):
        try:
            doc = prepare(raw, max_chars=pipeline.max_chars)
            if known(doc.id):
                results[n] = ("known", origin, digest, doc.id)
                continue
        except Exception as exc:
            results[n] = _failure(origin, exc)
            continue
        docs.append(doc)
        slots.append(n)
    for n, (doc, error) in zip(slots, pipeline.pipe(docs)):
        origin, digest, _ = items[n]
        results[n] = _failure(origin, error) if error is not None else _stored(origin, digest, doc)
    return results  # type: ignore[return-value]


def _stored(origin: str, digest: str, doc: Any) -> tuple:
    from khabar.store.fts import index_rows

    try:
        record = doc.to_dict()
        return ("stored", origin, digest, record, index_rows(record, doc.tokens or None))
    except Exception as exc:
        return _failure(origin, exc)


def _failure(origin: str, exc: Exception) -> tuple:
    """``("failed", origin, reason)``, worded as :func:`analyse_one` words it."""
    if isinstance(exc, InputError):
        return ("failed", origin, exc.reason)
    return ("failed", origin, f"internal error ({type(exc).__name__}: {one_line(exc)}); please report it")


def _analyse_chunk(items: list[tuple[str, str, Any]]) -> list[tuple]:
    return analyse_many(_WORKER["pipeline"], items, _known_ids())


def reanalyse_one(pipeline: Any, n: int, base: dict[str, Any]) -> tuple:
    """``("stored", n, record, index)`` or ``("failed", n, reason)`` for a stored article's text."""
    from khabar.document import Document
    from khabar.store.fts import index_rows

    try:
        doc = Document.from_dict(base)
        run_stages(pipeline, doc)
        record = doc.to_dict()
        return ("stored", n, record, index_rows(record, doc.tokens or None))
    except Exception as exc:
        return ("failed", n, f"{type(exc).__name__}: {one_line(exc)}")


def _reanalyse_chunk(items: list[tuple[int, dict[str, Any]]]) -> list[tuple]:
    """:func:`reanalyse_one` of each item, the stages run over them as a batch (:func:`analyse_many`)."""
    from khabar.document import Document
    from khabar.store.fts import index_rows

    pipeline = _WORKER["pipeline"]
    results: list[tuple | None] = [None] * len(items)
    docs, slots = [], []
    for at, (n, base) in enumerate(items):
        try:
            docs.append(Document.from_dict(base))
            slots.append(at)
        except Exception as exc:
            results[at] = ("failed", n, f"{type(exc).__name__}: {one_line(exc)}")
    for at, (doc, error) in zip(slots, pipeline.pipe(docs)):
        n = items[at][0]
        try:
            if error is not None:
                raise error
            record = doc.to_dict()
            results[at] = ("stored", n, record, index_rows(record, doc.tokens or None))
        except Exception as exc:
            results[at] = ("failed", n, f"{type(exc).__name__}: {one_line(exc)}")
    return results  # type: ignore[return-value]


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


# ---------------------------------------------------------------------------
# The pool


class Workers:
    """Chunks of work on ``count`` processes (or in this process when ``count`` is 1), results in order.

    At most ``2 × count`` chunks are in flight, so memory stays bounded
    whatever the size of the input. When a worker dies (killed, out of
    memory, a crash in native code), every chunk that was in flight is run
    again one article at a time on a fresh pool, so that only the article
    that kills a worker fails: ``("failed", item[0], reason)``.
    """

    def __init__(self, count: int, db: str | None, stages: list[str] | None):
        self.count = max(1, int(count))
        self.args = (db, stages)
        self.executor: ProcessPoolExecutor | None = None
        self.inflight: deque[tuple[Future, Any, Callable, Any]] = deque()
        self.ready: deque[tuple[Any, Any, list]] = deque()
        if self.count == 1:
            _init_worker(*self.args, child=False)
        else:
            self._start()

    def _start(self) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        self.executor = ProcessPoolExecutor(self.count, mp_context=context, initializer=_init_worker, initargs=self.args)
        # Start every process now, before this process opens the store or a progress thread.
        for future in [self.executor.submit(_ready) for _ in range(self.count)]:
            future.result()

    def _restart(self) -> None:
        self.close(cancel=True)
        self._start()

    def submit(self, func: Callable, items: Any, tag: Any) -> Iterator[tuple[Any, Any, list]]:
        """Queue one chunk; yields ``(tag, items, results)`` of the chunks that are done, oldest first."""
        if self.executor is None:
            yield tag, items, func(items)
            return
        self.inflight.append((self.executor.submit(func, items), tag, func, items))
        while len(self.inflight) + len(self.ready) >= 2 * self.count:
            yield self._next()

    def drain(self) -> Iterator[tuple[Any, Any, list]]:
        while self.inflight or self.ready:
            yield self._next()

    def _next(self) -> tuple[Any, Any, list]:
        if self.ready:
            return self.ready.popleft()
        future, tag, func, items = self.inflight.popleft()
        try:
            return tag, items, future.result()
        except BrokenProcessPool:
            entries = [(tag, func, items)] + [(t, f, i) for _, t, f, i in self.inflight]
            self.inflight.clear()
            self._restart()
            for entry_tag, entry_func, entry_items in entries:
                results: list = []
                for item in entry_items:
                    results.extend(self._alone(entry_func, item))
                self.ready.append((entry_tag, entry_items, results))
            return self.ready.popleft()

    def _alone(self, func: Callable, item: Any) -> list:
        """One article on its own, so that a crash is its own."""
        try:
            return self.executor.submit(func, [item]).result()  # type: ignore[union-attr]
        except BrokenProcessPool as exc:
            self._restart()
            reason = f"the analysis process died on this article ({type(exc).__name__}); it was not stored"
            return [("failed", item[0], reason)]

    def close(self, cancel: bool = False) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=not cancel, cancel_futures=cancel)
            self.executor = None


# ---------------------------------------------------------------------------
# Ingest


def input_hash(raw: Any) -> str:
    """A hash of everything the reader gave for one article (its content and metadata)."""
    digest = hashlib.sha1()
    for value in (raw.text, raw.html, raw.title, raw.url, raw.published, raw.outlet):
        digest.update(b"\x00" if value is None else str(value).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:24]


def analysis_signature(stages: list[str] | None) -> str:
    """Which khabar and which stages produced the annotations (stored per article)."""
    import khabar
    from khabar.pipeline import STAGES, Pipeline

    try:
        names = [s.name for s in Pipeline(stages).stages]
    except KeyError as exc:
        raise ValueError(f"unknown stage {exc.args[0]!r}: the stages are {', '.join(STAGES)}") from None
    return f"khabar {khabar.__version__}: {','.join(names)}"


def ingest(
    paths: Iterable[str],
    db: str,
    *,
    workers: int | None = None,
    stages: list[str] | None = None,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = True,
    count_first: bool | None = None,
    console: Any = None,
    stdin: Any = None,
) -> Summary:
    """Read, analyse and store every article of ``paths`` into the store at ``db``.

    Raises :class:`StoreError` (one line) when the store cannot be written;
    what was committed before stays, and running again goes on from there.
    """
    from khabar.read import ReadFailure, iter_articles
    from khabar.store import Store

    paths = [p if p == "-" else os.path.abspath(os.path.expanduser(p)) for p in paths]
    workers = max(1, int(workers or os.cpu_count() or 1))
    signature = analysis_signature(stages)  # also fails early on an unknown stage name
    summary = Summary(workers=workers)
    started = time.perf_counter()
    total = _count_inputs(paths, count_first) if progress else None  # only the progress bar needs it
    pool = Workers(workers, os.path.abspath(db), stages)
    store = writer = None
    try:
        store = Store(db)
        writer = _Writer(store, batch_size, signature, summary)
        with _progress(progress, total, console, "ingest") as bar:
            chunk: list[tuple[str, str, Any]] = []

            def send(items: list[tuple[str, str, Any]]) -> Iterator:
                fresh = writer.unknown_inputs(items)
                summary.skipped += len(items) - len(fresh)
                bar.advance(len(items) - len(fresh), writer.failed_seen)
                if fresh:
                    yield from pool.submit(_analyse_chunk, fresh, None)

            for item in iter_articles(paths, stdin=stdin):
                summary.read += 1
                if isinstance(item, ReadFailure):
                    writer.add(("failed", item.origin, item.reason))
                    bar.advance(1, writer.failed_seen)
                    continue
                origin = item.origin or "<input>"
                chunk.append((origin, input_hash(item), item))
                if len(chunk) >= chunk_size:
                    for _, items, results in send(chunk):
                        writer.take(items, results, bar)
                    chunk = []
            if chunk:
                for _, items, results in send(chunk):
                    writer.take(items, results, bar)
            for _, items, results in pool.drain():
                writer.take(items, results, bar)
            writer.commit()
            if summary.stored >= 1000:
                store.optimize()
            store.checkpoint()
    except KeyboardInterrupt:
        summary.interrupted = True
        pool.close(cancel=True)
        if writer is not None:
            writer.commit()  # what was analysed is kept
    except BaseException:
        pool.close(cancel=True)
        raise
    finally:
        pool.close(cancel=summary.interrupted)
        if store is not None:
            store.close()
        summary.elapsed = time.perf_counter() - started
    return summary


def _count_inputs(paths: list[str], count_first: bool | None) -> int | None:
    """How many items the readers will yield, when that is cheap to know (for the ETA)."""
    from khabar.read import iter_articles

    if count_first is False or "-" in paths:
        return None
    if count_first is None:
        size = 0
        for path in paths:
            if os.path.isfile(path):
                size += os.path.getsize(path)
            elif os.path.isdir(path):
                for folder, _, files in os.walk(path):
                    size += sum(os.path.getsize(os.path.join(folder, f)) for f in files if not f.startswith("."))
            else:
                return None  # a glob: count only when asked
            if size > COUNT_LIMIT_BYTES:
                return None
    return sum(1 for _ in iter_articles(paths))


class _Writer:
    """Collects results and writes them ``batch_size`` articles per transaction."""

    def __init__(self, store: Any, batch_size: int, signature: str, summary: Summary):
        self.store = store
        self.batch_size = max(1, batch_size)
        self.signature = signature
        self.summary = summary
        self.pending: list[tuple] = []
        self.failed_seen = 0
        from khabar.stories.across import Across

        self.across = Across(store.conn)  # copies and stories of the new articles (issue 7)

    def unknown_inputs(self, items: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
        """The items whose (origin, content hash) is not yet in ``inputs``."""
        conn = self.store.conn
        with translate(self.store.path, "read"):
            return [
                item for item in items
                if conn.execute("SELECT 1 FROM inputs WHERE origin = ? AND hash = ?", (item[0], item[1])).fetchone() is None
            ]

    def take(self, items: list[tuple[str, str, Any]], results: list[tuple], bar: Any) -> None:
        for result in results:
            self.add(result)
        bar.advance(len(results), self.failed_seen)

    def add(self, result: tuple) -> None:
        self.pending.append(result)
        if result[0] == "failed":
            self.failed_seen += 1
            if len(self.summary.failures) < 20:
                self.summary.failures.append(f"{result[1]}: {result[2]}")
        if len(self.pending) >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        store, at = self.store, now_iso()
        batch = Batch(store.conn, store._entity_cache)
        counts = {"stored": 0, "duplicates": 0, "failed": 0}
        try:
            with transaction(store.conn, store.path):
                conn = store.conn
                for result in pending:
                    kind = result[0]
                    if kind == "failed":
                        conn.execute(
                            "INSERT OR REPLACE INTO errors (origin, reason, at) VALUES (?, ?, ?)", (result[1], result[2], at)
                        )
                        counts["failed"] += 1
                        continue
                    if kind == "stored":
                        _, origin, digest, record, index = result
                        article_id = record.get("id")
                        added = batch.add(record, index, analysis=self.signature)
                        counts["stored" if added is not None else "duplicates"] += 1
                        if added is not None:
                            self.across.add(added, record)
                    else:
                        _, origin, digest, article_id = result
                        counts["duplicates"] += 1
                    conn.execute(
                        "INSERT OR REPLACE INTO inputs (origin, hash, article_id, at) VALUES (?, ?, ?, ?)",
                        (origin, digest, article_id, at),
                    )
                    conn.execute("DELETE FROM errors WHERE origin = ?", (origin,))
                batch.flush()
                self.across.flush()
                from khabar.stories.claims import update_claims  # claims across articles (issue 7), after copies
                update_claims(conn, [result[3]["id"] for result in pending if result[0] == "stored"])
        except BaseException:
            batch.rollback()
            self.across.forget()
            raise
        batch.committed()
        for key, value in counts.items():
            setattr(self.summary, key, getattr(self.summary, key) + value)


# ---------------------------------------------------------------------------
# Re-analysis


def reanalyze(
    db: str,
    *,
    workers: int | None = None,
    stages: list[str] | None = None,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = True,
    console: Any = None,
    ids: Iterable[str] | None = None,
) -> Summary:
    """Recompute the annotations of stored articles (all, or ``ids``) from their stored text.

    Articles keep their id, text, title and metadata; entities, mentions,
    quotes, facts, times, sentences and the search index are replaced, one
    transaction per batch. Safe to interrupt and run again.
    """
    from khabar.store import Store

    workers = max(1, int(workers or os.cpu_count() or 1))
    signature = analysis_signature(stages)
    summary = Summary(workers=workers)
    started = time.perf_counter()
    pool = Workers(workers, None, stages)
    store = None
    try:
        store = Store(db)
        keys = _article_keys(store, ids)
        summary.read = len(keys)
        pending: list[tuple] = []

        def write() -> None:
            if not pending:
                return
            batch = Batch(store.conn, store._entity_cache)
            try:
                with transaction(store.conn, store.path):
                    for result in pending:
                        if result[0] == "stored":
                            _, n, record, index = result
                            batch.replace_annotations(n, record, index, analysis=signature)
                            summary.stored += 1
                        else:
                            summary.failed += 1
                            if len(summary.failures) < 20:
                                summary.failures.append(f"article {result[1]}: {result[2]}")
                    batch.flush()
                    from khabar.stories.claims import update_claims  # re-match re-analysed articles (issue 7)
                    update_claims(store.conn, [result[1] for result in pending if result[0] == "stored"])
            except BaseException:
                batch.rollback()
                raise
            batch.committed()
            pending.clear()

        failed = [0]
        with _progress(progress, len(keys), console, "reanalyze") as bar:
            def handle(done: Iterator) -> None:
                for _, _items, results in done:
                    pending.extend(results)
                    failed[0] += sum(1 for r in results if r[0] == "failed")
                    bar.advance(len(results), failed[0])
                    if len(pending) >= batch_size:
                        write()

            for start in range(0, len(keys), chunk_size):
                chunk = [(n, _base_record(store, n)) for n in keys[start:start + chunk_size]]
                handle(pool.submit(_reanalyse_chunk, chunk, None))
            handle(pool.drain())
            write()
        with transaction(store.conn, store.path):
            store.conn.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity FROM article_entities)")
        store._entity_cache.clear()
        if summary.stored >= 1000:
            store.optimize()
        store.checkpoint()
    except BaseException as exc:
        pool.close(cancel=True)
        if not isinstance(exc, KeyboardInterrupt):
            raise
        summary.interrupted = True
    finally:
        pool.close(cancel=summary.interrupted)
        if store is not None:
            store.close()
        summary.elapsed = time.perf_counter() - started
    return summary


def _article_keys(store: Any, ids: Iterable[str] | None) -> list[int]:
    with translate(store.path, "read"):
        if ids is None:
            return [r[0] for r in store.conn.execute("SELECT n FROM articles ORDER BY n")]
        keys = []
        for article_id in ids:
            row = store.conn.execute("SELECT n FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"{store.path}: no article with id {article_id!r}")
            keys.append(row[0])
        return keys


def _base_record(store: Any, n: int) -> dict[str, Any]:
    """What preparation produced for a stored article: the input of the analysis stages."""
    from khabar.store.records import load_record

    with translate(store.path, "read"):
        record = load_record(store.conn, n) or {}
    base = {k: record.get(k) for k in ("id", "url", "outlet", "published", "title", "language", "text", "source")}
    base["credits"] = record.get("credits") or []
    base["removed"] = record.get("removed") or []
    base["warnings"] = [w for w in record.get("warnings") or [] if not str(w).startswith("language is ")]
    return base


# ---------------------------------------------------------------------------
# Progress


class _NoBar:
    def advance(self, count: int, errors: int) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class _Bar:
    """A rich progress bar: articles, articles/s, errors, ETA when the total is known."""

    def __init__(self, total: int | None, console: Any, label: str):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console or Console(stderr=True)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7.1f} articles/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.started = time.perf_counter()
        self.done = 0
        self.task = self.progress.add_task(label, total=total, rate=0.0, errors=0)

    def advance(self, count: int, errors: int) -> None:
        self.done += count
        elapsed = time.perf_counter() - self.started
        self.progress.update(
            self.task, advance=count, rate=(self.done / elapsed if elapsed > 0 else 0.0), errors=errors
        )

    def __enter__(self) -> _Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _progress(enabled: bool, total: int | None, console: Any, label: str) -> Any:
    return _Bar(total, console, label) if enabled else _NoBar()


def render_summary(summary: Summary, db: str, *, what: str = "ingest") -> str:
    """The one-paragraph summary printed after an ingest or a re-analysis."""
    minutes, seconds = divmod(summary.elapsed, 60)
    elapsed = f"{int(minutes)}m{seconds:04.1f}s" if minutes else f"{seconds:.1f}s"
    if what == "reanalyze":
        line = (f"re-analysed {summary.stored:,} of {summary.read:,} articles, {summary.failed:,} failed, "
                f"in {elapsed} ({summary.rate:,.1f} articles/s, {summary.workers} workers) → {db}")
    else:
        line = (
            f"read {summary.read:,} · stored {summary.stored:,} · already ingested {summary.skipped:,} · "
            f"duplicates skipped {summary.duplicates:,} · failed {summary.failed:,} · "
            f"{elapsed} ({summary.rate:,.1f} articles/s, {summary.workers} workers) → {db}"
        )
    if summary.interrupted:
        line += "\ninterrupted: what was committed is kept; run the same command again to go on"
    if summary.failed:
        line += f"\nfailures are in the errors table (`khabar stats --db {db}` counts them)"
    return line
