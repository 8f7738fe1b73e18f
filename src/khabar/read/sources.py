"""Paths, globs, directories and stdin to a stream of RawArticles and ReadFailures.

:func:`iter_articles` is the one entry point for batch input. It streams:
JSONL and WARC are read record by record, JSON arrays element by element,
zip members one at a time; only single-article files (.txt, .html) are read
whole. It never raises for a bad input: a missing file, a malformed line or
a broken archive becomes a :class:`ReadFailure` and reading goes on.

Origins name where each record came from, for error reports:

* ``path`` for a one-article file or a single JSON object;
* ``path#12`` for element 12 (from 0) of a JSON array, or line 12 (from 1)
  of a JSONL file;
* ``archive.zip:member.json#12`` inside a zip;
* ``path@1234`` for the WARC record at byte offset 1234;
* ``<stdin>`` for standard input.
"""

from __future__ import annotations

import glob
import io
import json
import os
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from khabar.errors import InputError
from khabar.read.encoding import decode_bytes
from khabar.read.html import looks_like_html
from khabar.read.jsonstream import iter_json_values, iter_jsonl_values
from khabar.read.raw import RawArticle, ReadFailure
from khabar.read.records import find_record_list, map_record
from khabar.read.warc import iter_warc, one_line

__all__ = ["iter_articles", "kind_of", "read_bytes_source"]

Item = RawArticle | ReadFailure

STDIN_ORIGIN = "<stdin>"
SNIFF_BYTES = 8192
MAX_ARTICLE_BYTES = 256 << 20  # a one-article file larger than this is a mistake
SPOOL_BYTES = 64 << 20  # a zip from stdin stays in memory up to this, then goes to disk

_EXTENSIONS: tuple[tuple[str, str], ...] = (  # longest suffix first
    (".warc.gz", "warc"), (".arc.gz", "warc"), (".warc", "warc"), (".arc", "warc"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".zip", "zip"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"), (".txt", "text"),
)
_GLOB_MAGIC = re.compile(r"[*?[]")
_EMPTY_REASONS = {
    "json": "no article records (empty file or empty array)",
    "jsonl": "no JSON lines: the file is empty",
    "warc": "no successful HTML response records in this archive",
    "zip": "no readable members (.txt, .html, .json, .jsonl, .warc…) in this zip",
}


def iter_articles(paths: Iterable[str], *, stdin: Any = None) -> Iterator[Item]:
    """Yield a RawArticle or a ReadFailure for every record of every input, in order.

    ``paths`` holds file paths, directories (read recursively, sorted, known
    extensions only), glob patterns and ``-`` for stdin (``stdin`` defaults to
    ``sys.stdin``; pass a binary stream, bytes or str to override). Unknown
    extensions given explicitly are sniffed (WARC, zip, JSON, HTML, text).
    """
    for path in paths:
        yield from iter_path(str(path), stdin)


def iter_path(path: str, stdin: Any) -> Iterator[Item]:
    """Dispatch one command-line argument: stdin, directory, glob or file."""
    if path == "-":
        yield from iter_stdin(stdin)
    elif os.path.isdir(path):
        yield from iter_directory(path)
    elif not os.path.exists(path) and _GLOB_MAGIC.search(path):
        yield from iter_glob(path)
    else:
        yield from iter_file(path, kind_of(path))


def kind_of(name: str) -> str | None:
    """The reader a file name calls for (text, html, json, jsonl, zip, warc), or None."""
    lower = name.lower()
    for suffix, kind in _EXTENSIONS:
        if lower.endswith(suffix):
            return kind
    return None


def iter_glob(pattern: str) -> Iterator[Item]:
    """Expand a glob (``**`` allowed), sorted; a pattern matching nothing is a failure."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield ReadFailure(pattern, "no file matches this pattern")
    for match in matches:
        if os.path.isdir(match):
            yield from iter_directory(match)
        else:
            yield from iter_file(match, kind_of(match))


def iter_directory(root: str) -> Iterator[Item]:
    """Read every known-extension file under ``root``, hidden entries skipped.

    Files are sorted by path, component by component (``b/c/d`` before
    ``b/z``), as ``find | sort`` would list them, so runs are reproducible.
    """
    errors: list[OSError] = []
    found: list[tuple[list[str], str]] = []
    for folder, subfolders, files in os.walk(root, onerror=errors.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            if kind_of(name) is not None and not name.startswith("."):
                path = os.path.join(folder, name)
                found.append((os.path.relpath(path, root).split(os.sep), path))
    for _, path in sorted(found):
        yield from iter_file(path, kind_of(path))
    for error in errors:
        yield ReadFailure(error.filename or root, f"cannot list this folder: {error.strerror or error}")
    if not found and not errors:
        yield ReadFailure(root, "no readable files (.txt, .html, .json, .jsonl, .zip, .warc…) in this folder")


def iter_file(path: str, kind: str | None) -> Iterator[Item]:
    """Read one file; unreadable or missing files become a ReadFailure."""
    try:
        with open(path, "rb") as stream:
            yield from iter_stream(stream, kind, path)
    except FileNotFoundError:
        yield ReadFailure(path, "no such file or folder")
    except OSError as exc:
        yield ReadFailure(path, f"cannot read: {exc.strerror or one_line(exc)}")


def iter_stdin(stdin: Any) -> Iterator[Item]:
    """Read standard input (or the given stream, bytes or str) as one sniffed source."""
    source = sys.stdin if stdin is None else stdin
    if isinstance(source, str):
        source = source.encode("utf-8")
    if isinstance(source, (bytes, bytearray)):
        source = io.BytesIO(bytes(source))
    source = getattr(source, "buffer", source)  # a text stream's bytes underneath
    if isinstance(source, io.TextIOBase):  # StringIO and the like: no bytes to get
        yield from read_whole_text(source.read(), STDIN_ORIGIN)
        return
    yield from iter_stream(source, None, STDIN_ORIGIN)


def read_whole_text(text: str, origin: str) -> Iterator[Item]:
    """One already-decoded article, or a failure when it is blank."""
    try:
        yield article_from_text(text, origin, as_html=None)
    except InputError as exc:
        yield ReadFailure(origin, exc.reason)


def iter_stream(stream: BinaryIO, kind: str | None, origin: str) -> Iterator[Item]:
    """Run the reader for ``kind`` (sniffed when None) on a binary stream.

    Any exception a reader lets out becomes one ReadFailure for ``origin``;
    a reader that yields nothing becomes one too, so no input vanishes silently.
    """
    count = 0
    try:
        if kind is None:
            stream, kind = sniff_stream(stream)
        for item in READERS[kind](stream, origin, kind):
            count += 1
            yield item
    except Exception as exc:
        count += 1
        yield ReadFailure(origin, f"cannot read: {one_line(exc)}")
    if not count:
        yield ReadFailure(origin, _EMPTY_REASONS.get(kind or "", "nothing to read"))


def sniff_stream(stream: BinaryIO) -> tuple[BinaryIO, str]:
    """Guess the kind of a stream from its first bytes, keeping them readable."""
    if hasattr(stream, "peek"):
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    else:
        head = stream.read(SNIFF_BYTES)
        stream = io.BufferedReader(Prepended(head, stream))
    return stream, sniff_kind(head)


def sniff_kind(head: bytes) -> str:
    """WARC, zip, JSON array/object, JSONL, or else one text/HTML article."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        return "jsonl" if first_line_is_json(start) else "json"
    return "text"


def first_line_is_json(start: bytes) -> bool:
    """True when the first line is a whole JSON value (JSONL), or is longer than the head.

    A pretty-printed object's first line is a bare ``{``, which fails to parse.
    """
    line, newline, _ = start.partition(b"\n")
    if not newline:
        return True
    try:
        json.loads(line.decode("utf-8", errors="replace"))
        return True
    except ValueError:
        return False


class Prepended(io.RawIOBase):
    """A raw stream that gives back already-read ``head`` bytes before the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_single(stream: BinaryIO, origin: str, kind: str) -> Iterator[Item]:
    """A one-article file (.txt, .html, sniffed text): decoded whole, size-capped."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield ReadFailure(origin, f"over {MAX_ARTICLE_BYTES >> 20} MB for one article; split it or use JSONL")
        return
    try:
        yield article_from_bytes(data, origin, as_html=True if kind == "html" else None)
    except InputError as exc:
        yield ReadFailure(origin, exc.reason)


def read_jsonl(stream: BinaryIO, origin: str, kind: str) -> Iterator[Item]:
    """One article object per line; a malformed line is a failure and reading goes on."""
    for lineno, value in iter_jsonl_values(stream):
        record_origin = f"{origin}#{lineno}"
        if isinstance(value, Exception):
            yield ReadFailure(record_origin, f"malformed JSON line: {one_line(value)}")
        else:
            yield map_record(value, record_origin)


def read_json(stream: BinaryIO, origin: str, kind: str) -> Iterator[Item]:
    """A JSON array of article objects (streamed), one object, or a wrapper object.

    A wrapper like ``{"articles": [...]}`` is parsed whole; only arrays stream.
    """
    for index, value in iter_json_values(stream):
        record_origin = origin if index is None else f"{origin}#{index}"
        if isinstance(value, Exception):
            yield ReadFailure(record_origin, f"{one_line(value)}; the rest of the file is skipped")
            continue
        records = find_record_list(value) if index is None else None
        if records is None:
            yield map_record(value, record_origin)
            continue
        for position, record in enumerate(records):
            yield map_record(record, f"{origin}#{position}")


def read_warc(stream: BinaryIO, origin: str, kind: str) -> Iterator[Item]:
    """WARC/ARC, gzipped or not: see :func:`khabar.read.warc.iter_warc`."""
    yield from iter_warc(stream, origin)


def read_zip(stream: BinaryIO, origin: str, kind: str) -> Iterator[Item]:
    """Each member by its extension, sorted by name; others (images, folders) skipped.

    zip needs random access, so a pipe is first copied to a spooled temp file.
    """
    if not seekable(stream):
        stream = spool(stream)
    with zipfile.ZipFile(stream) as archive:
        for info in sorted(archive.infolist(), key=lambda member: member.filename):
            kind_of_member = member_kind(info)
            if kind_of_member is not None:
                yield from iter_member(archive, info, kind_of_member, f"{origin}:{info.filename}")


def iter_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str, origin: str) -> Iterator[Item]:
    """Read one zip member; an encrypted or corrupt member fails alone."""
    try:
        member = archive.open(info)
    except Exception as exc:  # RuntimeError (encrypted), BadZipFile, NotImplementedError
        yield ReadFailure(origin, f"cannot open this zip member: {one_line(exc)}")
        return
    with member:
        yield from iter_stream(member, kind, origin)


def member_kind(info: zipfile.ZipInfo) -> str | None:
    """The reader for a zip member, None for folders, macOS litter and unknown types."""
    name = info.filename
    base = name.rsplit("/", 1)[-1]
    if info.is_dir() or name.startswith("__MACOSX/") or base.startswith("."):
        return None
    return kind_of(name)


def seekable(stream: BinaryIO) -> bool:
    """True when the stream supports seek (files do; pipes and sockets do not)."""
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def spool(stream: BinaryIO) -> BinaryIO:
    """Copy a non-seekable stream to memory (or disk past 64 MB) and rewind it."""
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (returned open, the caller reads it)
    shutil.copyfileobj(stream, copy, 1 << 20)
    copy.seek(0)
    return copy  # type: ignore[return-value]


READERS: dict[str, Callable[[BinaryIO, str, str], Iterator[Item]]] = {
    "text": read_single,
    "html": read_single,
    "jsonl": read_jsonl,
    "json": read_json,
    "warc": read_warc,
    "zip": read_zip,
}


def read_bytes_source(data: bytes | str, origin: str | None = None) -> RawArticle:
    """Turn one in-memory input into a RawArticle: decode bytes, tell HTML from text.

    Used by ``khabar.analyze`` for a single document. Raises InputError
    (empty, blank, binary, undecodable); the caller reports ``str(error)``.
    """
    if isinstance(data, str):
        return article_from_text(data, origin, as_html=None)
    return article_from_bytes(bytes(data), origin, as_html=None)


def article_from_bytes(data: bytes, origin: str | None, *, as_html: bool | None) -> RawArticle:
    """Decode, then build the article (``as_html=None`` sniffs HTML vs text)."""
    return article_from_text(decode_bytes(data, origin), origin, as_html=as_html)


def article_from_text(text: str, origin: str | None, *, as_html: bool | None) -> RawArticle:
    """RawArticle with ``html`` or ``text`` set; blank input raises InputError."""
    if not text.strip():
        raise InputError("empty input (only whitespace)", origin)
    if as_html is None:
        as_html = looks_like_html(text)
    if as_html:
        return RawArticle(html=text, origin=origin)
    return RawArticle(text=text, origin=origin)
