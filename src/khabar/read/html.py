"""HTML pages to plain article text with title, date, site and URL.

trafilatura finds the main text and the metadata; when it finds nothing or
fails (pathological pages: thousands of nested tags break lxml), a streaming
scan with the standard library's :class:`html.parser.HTMLParser` takes over.
That parser is event-based, so it has no recursion limit and no depth limit,
and it never gives up on malformed markup.

Paragraphs come out separated by a blank line. Boilerplate is not removed
here beyond what trafilatura does: the cleaning stage does it line by line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from khabar.errors import InputError
from khabar.read.raw import RawArticle
from khabar.read.records import normalize_date

__all__ = ["extract_html", "looks_like_html"]

SNIFF_SIZE = 4096  # characters looked at by looks_like_html

_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|meta|title|"
    r"script|style|img|strong|em|b|i|header|footer|nav|main|link)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)

BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"]
)
CONTENT_TAGS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"])
HIDDEN_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"])

META_TITLE = ("og:title", "twitter:title")
META_SITE = ("og:site_name", "application-name")
META_URL = ("og:url",)
META_DATE = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
    "sailthru.date", "publication_date",
)


def looks_like_html(text: str) -> bool:
    """Cheap guess from the first few KB: a doctype/html/head/body tag or 2+ common tags.

    Two tags, not one, so that an article quoting ``<b>`` once stays text.
    """
    head = text[:SNIFF_SIZE]
    if "<" not in head:
        return False
    if _HTML_MARKER.search(head):
        return True
    return len(_HTML_TAG.findall(head, 0, SNIFF_SIZE)) >= 2


def extract_html(html: str, *, url: str | None = None, origin: str | None = None) -> RawArticle:
    """Extract one article from an HTML page.

    Returns a RawArticle with ``text`` (paragraphs joined by a blank line),
    ``html=None`` and what the page says of itself: ``title``, ``published``
    (ISO), ``outlet`` (site name), ``url`` (the caller's ``url`` when given,
    else the canonical / og:url). ``extra["extractor"]`` says which path ran.
    Raises InputError when the page has no visible text at all; never lets
    a parser error (lxml, RecursionError…) escape.
    """
    if not html or not html.strip():
        raise InputError("empty HTML page", origin)
    article = extract_with_trafilatura(html, url)
    if article is None:
        article = extract_with_scanner(html, url)
    if not article.text:
        raise InputError("HTML page has no visible text (only markup, scripts or styles)", origin)
    article.origin = origin
    return article


def run_trafilatura(html: str, url: str | None) -> Any:
    """Call trafilatura, turning any failure into None.

    trafilatura and lxml can raise almost anything on hostile markup
    (RecursionError, ParserError, ValueError, MemoryError on huge trees), and
    one bad page must never stop a batch.
    """
    try:
        import trafilatura

        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_recall=True
        )
    except Exception:  # RecursionError and MemoryError included
        return None


def extract_with_trafilatura(html: str, url: str | None) -> RawArticle | None:
    """Return trafilatura's article, or None when it found no text."""
    document = run_trafilatura(html, url)
    text = join_paragraphs(getattr(document, "text", None) or "")
    if not text:
        return None
    extra: dict[str, Any] = {"extractor": "trafilatura"}
    if getattr(document, "author", None):
        extra["author"] = document.author
    return RawArticle(
        text=text,
        title=clean_line(getattr(document, "title", None)),
        url=url or getattr(document, "url", None),
        published=normalize_date(getattr(document, "date", None)),
        outlet=clean_line(getattr(document, "sitename", None)),
        extra=extra,
    )


def join_paragraphs(text: str) -> str | None:
    """One paragraph per non-blank line, joined by a blank line; None when empty."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = "\n\n".join(line for line in lines if line)
    return joined or None


def clean_line(value: str | None) -> str | None:
    """Collapse whitespace in a one-line field; blank becomes None."""
    if not value:
        return None
    return " ".join(value.split()) or None


def extract_with_scanner(html: str, url: str | None) -> RawArticle:
    """The fallback: paragraphs of <p>/<h1-6>/<li>, or else all visible body text.

    Metadata comes from <title>, og:* and article:* meta tags and the
    canonical link, since trafilatura's metadata is not available here.
    """
    scanner = PageScanner()
    scanner.scan(html)
    lines = scanner.content_lines or scanner.all_lines
    meta = scanner.meta
    title = first_meta(meta, META_TITLE) or clean_line("".join(scanner.title_parts))
    return RawArticle(
        text="\n\n".join(lines) or None,
        title=title,
        url=url or first_meta(meta, META_URL) or scanner.canonical,
        published=normalize_date(first_meta(meta, META_DATE)),
        outlet=first_meta(meta, META_SITE),
        extra={"extractor": "fallback"},
    )


def first_meta(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """Return the first non-blank meta value among ``keys``."""
    for key in keys:
        value = clean_line(meta.get(key))
        if value:
            return value
    return None


class PageScanner(HTMLParser):
    """Collect visible text lines, <title>, meta tags and the canonical link in one pass.

    A line ends at every block tag. Lines opened by <p>, <h1-6> or <li> are
    also kept apart as "content", the better fallback when there are any.
    Text inside script/style/noscript/template/svg/iframe is skipped.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.all_lines: list[str] = []
        self.content_lines: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self._parts: list[str] = []
        self._in_content = False
        self._in_title = False
        self._hidden = 0

    def scan(self, html: str) -> None:
        """Feed the whole page; a parser error keeps what was read before it."""
        try:
            self.feed(html)
            self.close()
        except Exception:  # RecursionError included
            pass
        self.break_line(content=False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            self.record_meta(dict(attrs))
        elif tag == "link":
            self.record_link(dict(attrs))
        elif tag == "br":  # a line break inside a paragraph keeps it a paragraph
            self.break_line(content=self._in_content)
        elif tag in BLOCK_TAGS:
            self.break_line(content=tag in CONTENT_TAGS)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "br":
            self.break_line(content=self._in_content)
        elif tag in BLOCK_TAGS:
            self.break_line(content=False)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._hidden:
            self._parts.append(data)

    def break_line(self, *, content: bool) -> None:
        """End the current line (if any text) and start one of the given kind."""
        line = " ".join("".join(self._parts).split())
        if line:
            self.all_lines.append(line)
            if self._in_content:
                self.content_lines.append(line)
        self._parts = []
        self._in_content = content

    def record_meta(self, attrs: dict[str, str | None]) -> None:
        """Keep the first value of each meta name/property/itemprop, lower-cased."""
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            self.meta.setdefault(key.strip().lower(), content)

    def record_link(self, attrs: dict[str, str | None]) -> None:
        """Keep the canonical URL, the page's own name for itself."""
        if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.canonical = attrs["href"].strip() or None
