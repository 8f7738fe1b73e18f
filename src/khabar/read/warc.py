"""WARC and ARC web archives: one RawArticle per HTML response, streamed.

warcio reads record by record (gzip members included), so a crawl of many
GB never sits in memory. Only successful (2xx) ``response`` records and
``resource`` records with an HTML content type become articles; redirects,
404s, images, scripts, DNS and metadata records are skipped silently because
a crawl is mostly those.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from khabar.errors import InputError
from khabar.read.encoding import decode_bytes
from khabar.read.raw import RawArticle, ReadFailure

__all__ = ["decode_payload", "iter_warc"]

MAX_PAYLOAD_BYTES = 64 << 20  # one HTML page larger than this is not an article
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Servers announce these by default whatever the page is; old Arabic sites
# often say ISO-8859-1 and send Windows-1256, so they are not trusted.
UNTRUSTED_CHARSETS = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


URI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")

def iter_warc(stream: BinaryIO, label: str) -> Iterator[RawArticle | ReadFailure]:
    """Yield one RawArticle (``html`` set) per HTML response of a WARC/ARC stream.

    ``origin`` is ``f"{label}@{offset}"``, the record's byte offset, which
    ``warcio extract`` accepts to show the record again. A broken archive
    yields one ReadFailure at the last good offset and stops.
    """
    from warcio.archiveiterator import ArchiveIterator  # slow import, only for archives

    offset = 0
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            if not is_warc_record(record):  # junk that warcio parsed as a record: the archive is broken here
                raise ValueError(f"not a WARC record: {one_line(str(record.rec_headers.protocol))[:40]!r}")
            item = read_record(record, label)
            offset = records.get_record_offset()  # only after the payload: it reads the record to its end
            if item is not None:
                item.origin = f"{label}@{offset}"
                yield item
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib.error, ValueError…
        yield ReadFailure(f"{label}@{offset}", f"broken WARC/ARC archive after this offset: {one_line(exc)}")


def is_warc_record(record: Any) -> bool:
    """Whether a record starts with a WARC version line (warcio turns ARC records into WARC ones)."""
    protocol = getattr(record.rec_headers, "protocol", "") or ""
    if not protocol.startswith("WARC/") or record.rec_headers.get_header("WARC-Type") is None:
        return False
    # Junk in the middle of a .warc.gz can be read as a record whose target is binary noise:
    # every real target URI starts with a scheme (http:, https:, dns:…).
    target = record.rec_headers.get_header("WARC-Target-URI")
    return target is None or URI_SCHEME.match(target) is not None


def read_record(record: Any, origin: str) -> RawArticle | ReadFailure | None:
    """Turn one record into a RawArticle, a ReadFailure, or None when it is not a page.

    ``origin`` is provisional: the caller sets the record's offset once known.
    """
    content_type = html_content_type(record)
    if content_type is None:
        return None
    try:
        payload = record.content_stream().read(MAX_PAYLOAD_BYTES + 1)
    except Exception as exc:  # unknown Content-Encoding, truncated chunking…
        return ReadFailure(origin, f"cannot read the HTTP payload: {one_line(exc)}")
    if len(payload) > MAX_PAYLOAD_BYTES:
        return ReadFailure(origin, f"HTML payload over {MAX_PAYLOAD_BYTES >> 20} MB: not an article")
    if not payload.strip():
        return ReadFailure(origin, "empty HTML response")
    try:
        html = decode_payload(payload, charset_of(content_type), origin)
    except InputError as exc:
        return ReadFailure(origin, exc.reason)
    return build_article(record, html, origin)


def html_content_type(record: Any) -> str | None:
    """Return the Content-Type of a 2xx HTML response/resource record, else None."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return content_type if content_type.split(";")[0].strip().lower() in HTML_TYPES else None


def build_article(record: Any, html: str, origin: str) -> RawArticle:
    """The RawArticle of a record: URL from WARC-Target-URI, WARC-Date kept in extra.

    WARC-Date is when the page was crawled, not published: it goes to
    ``extra["warc_date"]`` for the caller to use only as a last resort.
    """
    headers = record.rec_headers
    extra: dict[str, Any] = {}
    warc_date = headers.get_header("WARC-Date")
    if warc_date:
        extra["warc_date"] = warc_date
    return RawArticle(html=html, url=headers.get_header("WARC-Target-URI"), origin=origin, extra=extra)


def charset_of(content_type: str) -> str | None:
    """The Python codec name of a Content-Type's charset, or None if absent/unknown."""
    match = _CHARSET.search(content_type or "")
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def decode_payload(payload: bytes, charset: str | None, origin: str | None) -> str:
    """Decode an HTTP body: valid UTF-8 first, then the declared charset, then detection.

    Valid UTF-8 is never a coincidence in real text, so it beats a header
    that may be a server default; a declared charset must decode strictly.
    """
    if b"\x00" not in payload:
        try:
            return payload.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    if charset and charset not in UNTRUSTED_CHARSETS:
        try:
            return payload.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(payload, origin)


def one_line(exc: BaseException) -> str:
    """An exception as one short line: type and message, newlines removed."""
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
