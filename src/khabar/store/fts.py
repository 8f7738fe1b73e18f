"""Full-text search: what is indexed, how queries are read, where hits are.

Arabic writes conjunctions, prepositions and the article onto the next word,
so a search for رهائن must find الرهائن، والرهائن، كرهائن، للرهائن. SQLite's
tokenisers know nothing of that; khabar tokenises in Python instead and gives
FTS5 one *search form* per word, space-separated:

* the word's stem after khabar's clitic splitting (:attr:`Token.stem_norm`:
  و + ال + رهائن → رهائن), normalised for matching with ة → ه as well
  (alef forms, ya, diacritics, tatweel, digits: :func:`khabar.text.normalize`);
* when the remaining stem is not a word khabar's lexicon knows and still
  starts with a proclitic letter (و ف ب ك ل) or the article, that is peeled
  off too, one piece at a time, while at least three letters remain and until
  a known word appears: كرهائن → رهائن, للرهائن → رهائن, while كامل and لجنة,
  known words, stay whole.

Queries go through exactly the same function, so a query word matches every
clitic form of itself. Phrases ("…") match consecutive words; AND, OR, NOT
and parentheses combine them. The user's text never reaches FTS5 as syntax:
the query is parsed here and every term is written back as a quoted FTS5
string, so ``"``, ``*``, ``NEAR(`` or ``'; DROP TABLE`` are only words.

Hits are shown in the original text: :func:`find_hits` looks for the search
forms in the stored text of the few articles on the page (a regular
expression per form that allows every spelling normalisation merges, then a
check with the tokenizer) and returns character offsets into ``text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from khabar.text import lexicon
from khabar.text.normalize import DELETED, normalize
from khabar.text.segment import tokenize

PROCLITIC_LETTERS = "وفبكل"
MIN_REST = 3
INDEXED_KINDS = ("word", "number", "latin")


# ---------------------------------------------------------------------------
# Search forms


def token_form(token: Any) -> str | None:
    """The search form of one token, or None for tokens that are not indexed."""
    kind = token.kind
    if kind == "word":
        return _word_form(token.stem_norm)
    if kind in ("number", "latin"):
        return token.norm
    return None


@lru_cache(maxsize=300_000)
def _word_form(stem: str) -> str:
    return light_stem(stem).replace("ة", "ه")


def light_stem(stem: str) -> str:
    """Peel proclitics khabar's lexicon could not confirm off an unknown stem.

    >>> light_stem("كرهائن"), light_stem("للرهائن"), light_stem("كامل")
    ('رهائن', 'رهائن', 'كامل')
    """
    vocabulary = lexicon.vocabulary()
    function_words = lexicon.function_words()
    while len(stem) > MIN_REST and stem not in vocabulary and stem not in function_words:
        if stem.startswith("ال") and len(stem) - 2 >= MIN_REST:
            stem = stem[2:]
        elif stem[0] in PROCLITIC_LETTERS:
            stem = stem[1:]
        else:
            break
    return stem


def text_forms(text: str | None, tokens: Iterable[Any] | None = None) -> str:
    """Search forms of a text (or of its given tokens), space-separated."""
    if not text:
        return ""
    if tokens is None:
        tokens = tokenize(text)
    forms = []
    append = forms.append
    for token in tokens:  # token_form, inlined: it runs for every token of every stored article
        kind = token.kind
        if kind == "word":
            template = token.template
            append(_word_form(template[-1][3] if template else token.norm))
        elif kind in ("number", "latin"):
            append(token.norm)
    return " ".join(form for form in forms if form)


def index_rows(record: dict[str, Any], tokens: list[Any] | None = None) -> tuple[str, str, str]:
    """The three indexed columns of an article: title, body, quote contents."""
    text = record.get("text") or ""
    if tokens is None:
        tokens = tokenize(text)
    body = text_forms(text, tokens)
    quote_parts = []
    quotes = [q for q in record.get("quotes") or [] if isinstance(q, dict)]
    if quotes:
        starts = [token.start for token in tokens]
        for quote in quotes:
            start, end = quote.get("start"), quote.get("end")
            if not isinstance(start, int) or not isinstance(end, int) or end <= start:
                continue
            first = bisect.bisect_left(starts, start)
            inside = []
            for token in tokens[first:]:
                if token.start >= end:
                    break
                if token.end <= end:
                    inside.append(token)
            part = text_forms(text, inside)
            if part:
                quote_parts.append(part)
    return text_forms(record.get("title")), body, " ".join(quote_parts)


# ---------------------------------------------------------------------------
# Queries


class QueryError(ValueError):
    """A query that cannot be run (for example, one that only excludes words)."""


@dataclass
class Query:
    """A parsed query: the FTS5 expression and the sequences to highlight."""

    fts: str | None  # None: nothing to look for (only punctuation…)
    highlight: list[tuple[str, ...]] = field(default_factory=list)

    def column(self, name: str) -> str | None:
        """The expression restricted to one indexed column (title, body, quotes)."""
        return f"{name} : ({self.fts})" if self.fts else None


_LEX_RE = re.compile(r'\s+|[()]|"[^"]*"?|«[^»]*»?|“[^”]*”?|[^\s()"«“]+')
OPERATORS = {"AND", "OR", "NOT"}


def parse_query(text: str) -> Query:
    """Parse a user's query into a safe FTS5 expression.

    >>> parse_query('والرهائن OR "الإفراج عن" NOT غزة').fts
    '("رهائن" OR ("افراج عن" NOT "غزه"))'
    """
    items = _lex(text or "")
    parser = _Parser(items)
    node = parser.parse()
    if node is None:
        return Query(None)
    highlight: list[tuple[str, ...]] = []
    _positives(node, highlight)
    return Query(_emit(node), sorted(set(highlight), key=lambda s: (-len(s), s)))


def _lex(text: str) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for match in _LEX_RE.finditer(text):
        piece = match.group()
        if piece.isspace():
            continue
        if piece in "()":
            items.append((piece, None))
        elif piece[0] in '"«“':
            closing = {'"': '"', "«": "»", "“": "”"}[piece[0]]
            inner = piece[1:-1] if len(piece) > 1 and piece.endswith(closing) else piece[1:]
            forms = tuple(text_forms(inner).split())
            if forms:
                items.append(("term", forms))
        elif piece in OPERATORS:
            items.append((piece, None))
        else:
            forms = tuple(text_forms(piece).split())
            if forms:
                items.append(("term", forms))
    return items


class _Parser:
    """or := and (OR and)* ; and := not (AND? not)* ; not := unary (NOT unary)* ; unary := ( or ) | term | NOT unary."""

    def __init__(self, items: list[tuple[str, Any]]):
        self.items = items
        self.at = 0

    def peek(self) -> str | None:
        return self.items[self.at][0] if self.at < len(self.items) else None

    def take(self) -> tuple[str, Any]:
        item = self.items[self.at]
        self.at += 1
        return item

    def parse(self) -> Any:
        nodes = []
        while self.peek() is not None:
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
            if self.peek() == ")":  # an unbalanced ')': ignored
                self.take()
        return _and(nodes)

    def parse_or(self) -> Any:
        nodes = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            nodes.append(self.parse_and())
        nodes = [n for n in nodes if n is not None]
        if any(n[0] == "neg" for n in nodes):
            raise QueryError("NOT needs a word to exclude from: write 'a NOT b', not 'a OR NOT b'")
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else ("or", nodes)

    def parse_and(self) -> Any:
        nodes = []
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
                continue
            node = self.parse_not()
            if node is not None:
                nodes.append(node)
        return _and(nodes)

    def parse_not(self) -> Any:
        node = self.parse_unary()
        while self.peek() == "NOT":
            self.take()
            excluded = self.parse_unary()
            if excluded is None:
                continue
            if excluded[0] == "neg":
                excluded = excluded[1]
            node = ("neg", excluded) if node is None else ("not", node, excluded)
        return node

    def parse_unary(self) -> Any:
        kind = self.peek()
        if kind is None:
            return None
        if kind == "(":
            self.take()
            node = self.parse_or()
            if self.peek() == ")":
                self.take()
            return node
        if kind == "NOT":
            self.take()
            excluded = self.parse_unary()
            return None if excluded is None else ("neg", excluded)
        if kind == "term":
            return ("term", self.take()[1])
        self.take()  # a stray AND / OR / ')' where a term should be
        return None


def _and(nodes: list[Any]) -> Any:
    positives = [n for n in nodes if n is not None and n[0] != "neg"]
    negatives = [n[1] for n in nodes if n is not None and n[0] == "neg"]
    if not positives:
        if negatives:
            raise QueryError("the query only excludes words (NOT …): add a word to look for")
        return None
    node = positives[0] if len(positives) == 1 else ("and", positives)
    for negative in negatives:
        node = ("not", node, negative)
    return node


def _emit(node: Any) -> str:
    kind = node[0]
    if kind == "term":
        return '"' + " ".join(node[1]).replace('"', '""') + '"'
    if kind == "and":
        return "(" + " AND ".join(_emit(n) for n in node[1]) + ")"
    if kind == "or":
        return "(" + " OR ".join(_emit(n) for n in node[1]) + ")"
    if kind == "not":
        return "(" + _emit(node[1]) + " NOT " + _emit(node[2]) + ")"
    raise AssertionError(kind)


def _positives(node: Any, out: list[tuple[str, ...]]) -> None:
    kind = node[0]
    if kind == "term":
        out.append(node[1])
    elif kind in ("and", "or"):
        for child in node[1]:
            _positives(child, out)
    elif kind == "not":
        _positives(node[1], out)


# ---------------------------------------------------------------------------
# Hits in the original text


SPELLING_RANGES = ((0x0041, 0x005B), (0x0600, 0x0700), (0x06F0, 0x06FA), (0xFB50, 0xFE00), (0xFE70, 0xFEFF))


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """For each normalised character, a regex class of the characters that normalise to it."""
    sources: dict[str, set[str]] = {}
    for low, high in SPELLING_RANGES:
        for code in range(low, high):
            char = chr(code)
            mapped = normalize(char, ta_marbuta=True)
            if len(mapped) == 1 and mapped != char:
                sources.setdefault(mapped, set()).add(char)
    return {char: "".join(sorted(chars | {char})) for char, chars in sources.items()}


_SKIP = "[" + re.escape(DELETED) + "]*"


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    spellings = _spellings()
    core = "".join(
        ("[" + re.escape(spellings[c]) + "]" if c in spellings else re.escape(c)) + _SKIP for c in form
    )
    word = r"[\w" + re.escape(DELETED) + "]"
    return re.compile(rf"(?<!{word}){word}*?{core}(?!\w)")


def find_hits(text: str, sequences: list[tuple[str, ...]], limit: int = 200) -> list[tuple[int, int]]:
    """Spans of ``text`` where a sequence of search forms occurs, sorted, not overlapping."""
    spans: list[tuple[int, int]] = []
    for sequence in sequences:
        first = sequence[0]
        for match in _form_pattern(first).finditer(text):
            for token in tokenize(text, match.start(), match.end()):
                if token_form(token) != first:
                    continue
                end = _sequence_end(text, token, sequence)
                if end is not None:
                    spans.append((token.start, end))
            if len(spans) >= limit:
                break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged


def _sequence_end(text: str, first: Any, sequence: tuple[str, ...]) -> int | None:
    if len(sequence) == 1:
        return first.end
    at, end = first.end, first.end
    wanted = list(sequence[1:])
    window = min(len(text), at + 60 * len(wanted) + 100)
    for token in tokenize(text, at, window):
        form = token_form(token)
        if form is None:
            continue
        if form != wanted[0]:
            return None
        wanted.pop(0)
        end = token.end
        if not wanted:
            return end
    return None


SNIPPET_CHARS = 240
SNIPPET_BEFORE = 70


def snippet_window(text: str, hits: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[int, int]:
    """A window of about ``width`` characters holding as many hits as possible, on word boundaries."""
    if not text:
        return 0, 0
    if not hits:
        anchor = 0
    else:
        best, anchor = -1, hits[0][0]
        for start, _ in hits:
            count = sum(1 for s, e in hits if start <= s and e <= start + width - SNIPPET_BEFORE)
            if count > best:
                best, anchor = count, start
    start = max(0, anchor - SNIPPET_BEFORE)
    if start > 0:
        space = _space_after(text, start, anchor)
        start = space if space is not None else start
    end = min(len(text), start + width)
    if end < len(text):
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        last_hit_end = max((e for s, e in hits if start <= s < end), default=start)
        if cut > last_hit_end:
            end = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _space_after(text: str, start: int, limit: int) -> int | None:
    for i in range(start, limit):
        if text[i].isspace():
            return i + 1
    return None


def mark(text: str, start: int, end: int, hits: list[tuple[int, int]], open_mark: str = "[", close_mark: str = "]") -> str:
    """``text[start:end]`` with each hit inside it wrapped in marks."""
    out, at = [], start
    for s, e in hits:
        if s < start or e > end:
            continue
        out.append(text[at:s])
        out.append(open_mark + text[s:e] + close_mark)
        at = e
    out.append(text[at:end])
    return "".join(out)


def normalized_name(name: str) -> str:
    """The matching form of a name: normalised (ة → ه), spaces collapsed, lower case."""
    return " ".join(normalize(name or "", ta_marbuta=True).split()).lower()
