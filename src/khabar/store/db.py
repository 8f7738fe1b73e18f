"""Opening the SQLite file, and turning SQLite's failures into one-line errors.

Every connection runs in WAL mode (readers never block the writer nor the
writer them), with foreign keys on and a busy timeout, in autocommit mode:
transactions are explicit (``BEGIN IMMEDIATE`` … ``COMMIT``), so a batch is
written whole or not at all, whatever kills the process.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

from khabar.errors import KhabarError
from khabar.store.schema import SCHEMA_VERSION, migrate, schema_version

BUSY_TIMEOUT_MS = 60_000


class StoreError(KhabarError):
    """The store cannot be opened, read or written; ``str(error)`` is one line saying why and what to do."""


def connect(path: str | os.PathLike[str], *, readonly: bool = False, migrate_schema: bool = True) -> sqlite3.Connection:
    """An open, configured connection to the store at ``path`` (created when writable and missing)."""
    path = str(path)
    with translate(path, "open"):
        if readonly:
            if not os.path.exists(path):
                raise StoreError(f"{path}: no store here (create it with `khabar ingest … --db {path}`)")
            uri = "file:" + quote(os.path.abspath(path)) + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            folder = Path(path).resolve().parent
            if not folder.is_dir():
                raise StoreError(f"{path}: the folder {folder} does not exist")
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            _configure(conn, readonly)
            version = schema_version(conn)
            if readonly:
                if version == 0:
                    raise StoreError(f"{path}: not a khabar store (no schema): create stores with `khabar ingest`")
                if version < SCHEMA_VERSION:
                    raise StoreError(
                        f"{path}: this store has schema version {version}, older than {SCHEMA_VERSION}: "
                        "open it once writable (`khabar reanalyze` or `khabar ingest`) to upgrade it"
                    )
            elif migrate_schema:
                if version == 0 and _has_tables(conn):
                    raise StoreError(f"{path}: an SQLite database that is not a khabar store: choose another --db")
                try:
                    migrate(conn)
                except ValueError as exc:
                    raise StoreError(f"{path}: {exc}") from None
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: this store has schema version {version}, newer than this khabar understands "
                    f"({SCHEMA_VERSION}): upgrade khabar"
                )
        except BaseException:
            conn.close()
            raise
    return conn


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            # A new file: only now can it be made to give freed pages back (Store.optimize).
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch the store to WAL mode (journal mode is {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def describe(exc: sqlite3.Error, path: str, action: str) -> str:
    """One line for a failure of SQLite: what happened to the store and what to do."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    lower = text.lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in lower or "database or disk is full" in lower:
        return (
            f"{path}: the disk is full: the unfinished batch was rolled back and what was stored before is intact; "
            "free some space and run the same command again to go on"
        )
    if name.startswith("SQLITE_READONLY") or "readonly database" in lower or "read-only" in lower:
        return f"{path}: the store is read-only (file or folder permissions, or opened read-only): nothing was written"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lower:
        return f"{path}: cannot open the store (missing folder, or no permission to read or create it)"
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in lower or "malformed" in lower:
        return f"{path}: not a khabar store, or a damaged one ({text})"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in lower:
        return f"{path}: the store stayed locked by another process for {BUSY_TIMEOUT_MS // 1000} s; try again when it is done"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in lower:
        return f"{path}: input/output error on the store's disk ({text}); the unfinished batch was rolled back"
    return f"{path}: cannot {action} the store ({type(exc).__name__}: {text})"


@contextmanager
def translate(path: str, action: str) -> Iterator[None]:
    """Re-raise SQLite errors inside the block as :class:`StoreError` with a one-line reason."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(describe(exc, path, action)) from exc


@contextmanager
def transaction(conn: sqlite3.Connection, path: str, action: str = "write to") -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error, SQLite's translated."""
    with translate(path, action):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):  # SQLite may have rolled back already (a full disk does)
                conn.execute("ROLLBACK")
            raise
