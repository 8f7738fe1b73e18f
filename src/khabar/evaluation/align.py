"""Map spans of khabar's clean text back onto an article's raw ``content``.

Gold sets keep offsets into the raw ``content`` of a SaudiNewsNet article,
while khabar reports offsets into the clean ``text``. Cleaning only strips
lines, drops boilerplate and credit lines, takes a title off, and joins the
kept lines with a blank line, so every clean paragraph is a substring of the
content: a span is mapped paragraph by paragraph, and, where a paragraph is
not found verbatim, by finding the span's own text nearest to its relative
position.

>>> content = "  عنوان\\nقال الوزير إن الاجتماع انتهى.  \\n\\n  وأضاف أن الوفد غادر."
>>> text = "قال الوزير إن الاجتماع انتهى.\\n\\nوأضاف أن الوفد غادر."
>>> start = text.index("الوفد")
>>> s, e = locate_in_content(content, text, start, start + len("الوفد"))
>>> content[s:e]
'الوفد'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

PARAGRAPH_RE = re.compile(r"[^\n]+")


class ContentAligner:
    """Offsets of one clean text mapped onto the raw content it came from."""

    def __init__(self, content: str, doc_text: str):
        self.content = content
        self.doc_text = doc_text
        self.blocks: list[tuple[int, int, int]] = []  # (doc_start, doc_end, content_start)
        cursor = 0
        for match in PARAGRAPH_RE.finditer(doc_text):
            paragraph = match.group()
            at = content.find(paragraph, cursor)
            if at < 0:
                at = content.find(paragraph)
            if at < 0:
                continue
            self.blocks.append((match.start(), match.end(), at))
            cursor = at + len(paragraph)
        self.starts = [b[0] for b in self.blocks]

    def offset(self, index: int, *, is_end: bool = False) -> int | None:
        """Content offset of clean-text offset ``index`` (``is_end``: an exclusive end)."""
        probe = index - 1 if is_end and index > 0 else index
        i = bisect_right(self.starts, probe) - 1
        if i < 0:
            return None
        doc_start, doc_end, content_start = self.blocks[i]
        if not doc_start <= probe < doc_end:
            return None
        return content_start + (index - doc_start)

    def locate(self, start: int, end: int) -> tuple[int, int] | None:
        """Content ``(start, end)`` of clean ``text[start:end]``, or ``None`` when it cannot be found."""
        if end <= start:
            at = self.offset(start)
            return (at, at) if at is not None else None
        s, e = self.offset(start), self.offset(end, is_end=True)
        if s is not None and e is not None and e >= s:
            return s, e
        return self._search(start, end)

    def _search(self, start: int, end: int) -> tuple[int, int] | None:
        """Fallback: the occurrence of the span's text nearest its relative position."""
        snippet = self.doc_text[start:end]
        if not snippet.strip():
            return None
        expected = int(start * len(self.content) / max(1, len(self.doc_text)))
        best = None
        at = self.content.find(snippet)
        while at >= 0:
            if best is None or abs(at - expected) < abs(best - expected):
                best = at
            at = self.content.find(snippet, at + 1)
        if best is None:
            # the span crosses a cut (a removed line): map its ends separately
            s = self._search_piece(start, min(end, start + 40), anchor_start=True)
            e = self._search_piece(max(start, end - 40), end, anchor_start=False)
            if s is not None and e is not None and e > s:
                return s, e
            return None
        return best, best + len(snippet)

    def _search_piece(self, start: int, end: int, *, anchor_start: bool) -> int | None:
        snippet = self.doc_text[start:end].strip()
        if not snippet:
            return None
        at = self.content.find(snippet)
        if at < 0:
            return None
        return at if anchor_start else at + len(snippet)


@lru_cache(maxsize=8)
def aligner(content: str, doc_text: str) -> ContentAligner:
    """A cached :class:`ContentAligner` (evaluations map many spans of one article)."""
    return ContentAligner(content, doc_text)


def locate_in_content(content: str, doc_text: str, start: int, end: int) -> tuple[int, int] | None:
    """Content offsets of the clean-text span ``doc_text[start:end]``, or ``None``."""
    return aligner(content, doc_text).locate(start, end)


def overlap(a: tuple[int, int] | list[int] | None, b: tuple[int, int] | list[int] | None) -> int:
    """Characters two ``(start, end)`` spans share (0 when either is missing)."""
    if not a or not b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
