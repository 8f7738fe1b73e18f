"""Readers: bytes and files in, :class:`RawArticle` records out.

* :func:`decode_bytes` finds the encoding of one input (UTF-8/16/32,
  Windows-1256, ISO-8859-6…) or raises InputError for binary data;
* :func:`looks_like_html` and :func:`extract_html` turn a page into text and
  metadata (trafilatura, with a fallback that survives hostile markup);
* :func:`iter_articles` streams articles out of files, folders, globs, stdin,
  JSON/JSONL, zip and WARC, yielding a :class:`ReadFailure` for each bad input;
* :func:`read_bytes_source` turns one in-memory input into a RawArticle.
"""

from khabar.read.encoding import decode_bytes
from khabar.read.html import extract_html, looks_like_html
from khabar.read.raw import RawArticle, ReadFailure
from khabar.read.sources import iter_articles, read_bytes_source

__all__ = [
    "RawArticle",
    "ReadFailure",
    "decode_bytes",
    "extract_html",
    "iter_articles",
    "looks_like_html",
    "read_bytes_source",
]
