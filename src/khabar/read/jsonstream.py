"""Streaming JSON: values out of JSONL and JSON-array files without loading them whole.

A 2 GB JSON array of articles must not become a 2 GB string plus a list of
dicts. :func:`iter_json_values` reads 1 MB chunks, decodes one array element
at a time with :meth:`json.JSONDecoder.raw_decode` and drops what it has
parsed, so memory stays near one chunk plus one article.

Both iterators yield ``(position, value)`` pairs, where ``value`` is an
exception for a malformed record, so callers can report it and go on.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

__all__ = ["JsonReader", "iter_json_values", "iter_jsonl_values"]

CHUNK_SIZE = 1 << 20
MAX_VALUE_CHARS = 256 << 20  # one article larger than this is surely a malformed file
_WHITESPACE = " \t\r\n"
_DECODER = json.JSONDecoder()


def iter_jsonl_values(stream: BinaryIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(line number from 1, value or exception)`` for each non-blank line.

    Bad UTF-8 bytes are replaced rather than fatal: one bad byte should not
    cost an article.
    """
    for lineno, line in enumerate(stream, 1):
        if lineno == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        line = line.strip()
        if not line:
            continue
        try:
            yield lineno, json.loads(line.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError) as exc:
            yield lineno, exc


def iter_json_values(stream: BinaryIO, chunk_size: int = CHUNK_SIZE) -> Iterator[tuple[int | None, Any]]:
    """Yield the records of a JSON file: ``(index, value)``; an exception value ends it.

    A top-level array yields its elements with their index from 0. A single
    top-level value yields ``(None, value)``. Several concatenated values
    (JSONL saved as .json) yield ``(0, v0), (1, v1)…``. After a malformed
    element the rest of the file cannot be trusted, so iteration stops.
    """
    reader = JsonReader(stream, chunk_size)
    try:
        first = reader.peek()
        if first is None:
            return
        if first == "[":
            reader.skip(1)
            yield from iter_array(reader)
        else:
            yield from iter_concatenated(reader)
    except (ValueError, RecursionError) as exc:
        yield reader.index, exc


def iter_array(reader: JsonReader) -> Iterator[tuple[int, Any]]:
    """Yield the elements of an array whose ``[`` has been read."""
    while True:
        char = reader.peek()
        if char is None:
            raise ValueError("JSON array is not closed: the file is truncated")
        if char == "]":
            return
        if char == ",":
            reader.skip(1)
            continue
        yield reader.index, reader.read_value()
        reader.index += 1


def iter_concatenated(reader: JsonReader) -> Iterator[tuple[int | None, Any]]:
    """Yield one top-level value as ``(None, v)``, or several as ``(0, v0), (1, v1)…``."""
    value = reader.read_value()
    if reader.peek() is None:
        yield None, value
        return
    yield 0, value
    reader.index = 1
    while reader.peek() is not None:
        yield reader.index, reader.read_value()
        reader.index += 1


def may_be_cut(value: Any, chars_after: int) -> bool:
    """True for a number so close to the buffer's end that more digits may follow.

    Strings, arrays and objects end with their own delimiter; a number only
    ends where the next character is not part of it, which may not be read
    yet. The longest incomplete number tail (``e-``) is two characters.
    """
    return isinstance(value, (int, float)) and not isinstance(value, bool) and chars_after <= 8


class JsonReader:
    """A text buffer over a byte stream that decodes one JSON value at a time.

    ``index`` is the position of the value being read, for error reports.
    """

    def __init__(self, stream: BinaryIO, chunk_size: int = CHUNK_SIZE) -> None:
        self.stream = stream
        self.chunk_size = chunk_size
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.index = 0

    def fill(self, size: int | None = None) -> bool:
        """Append about ``size`` (default: a chunk) more bytes' text; False at end of stream."""
        if self.eof:
            return False
        chunk = self.stream.read(size or self.chunk_size)
        self.eof = not chunk
        text = self.decoder.decode(chunk, final=self.eof)
        self.buffer = self.buffer[self.pos:] + text  # drop what was parsed
        self.pos = 0
        return bool(text) or not self.eof

    def peek(self) -> str | None:
        """Skip whitespace and return the next character, or None at the end."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return None

    def skip(self, count: int) -> None:
        """Consume ``count`` characters already seen by :meth:`peek`."""
        self.pos += count

    def read_value(self) -> Any:
        """Decode the value at the cursor, reading more input until it is complete.

        A number that ends near the buffer's end is decoded again after one
        more fill: ``12`` + ``34`` or ``0.`` + ``5`` cut by a chunk boundary
        would otherwise parse as a shorter number. Each fill at least doubles
        the buffer, so a large value costs O(size), not O(size²).
        """
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                self.grow_or_raise(exc)
                continue
            if self.eof or not may_be_cut(value, len(self.buffer) - end):
                self.pos = end
                return value
            self.fill(max(self.chunk_size, len(self.buffer) - self.pos))

    def grow_or_raise(self, exc: json.JSONDecodeError) -> None:
        """Read more after a failed decode, or raise when more cannot help."""
        pending = len(self.buffer) - self.pos
        if pending > MAX_VALUE_CHARS:
            raise ValueError(f"JSON value over {MAX_VALUE_CHARS >> 20} MB, or malformed")
        if not self.fill(max(self.chunk_size, pending)):
            raise ValueError(f"malformed JSON: {exc.msg}")
