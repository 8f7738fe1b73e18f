"""The standoff document model every stage reads and writes.

One :class:`Document` carries the clean text of one article and every
annotation made on it. Annotations never copy or change the text: they point
into it with ``start``/``end`` code-point offsets (end exclusive), so that
``doc.text[span.start:span.end] == span.text`` always holds. The record the
contract (``khabar.article/1``) describes is :meth:`Document.to_dict`.

>>> doc = Document(text="قال الوزير إن الاجتماع انتهى.")
>>> span = doc.span(4, 10)
>>> span.text
'الوزير'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "khabar.article/1"


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of a document's text, by code-point offsets."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True, frozen=True)
class Piece:
    """One morpheme of a token after clitic splitting.

    ``role`` is ``proclitic`` (و ف ب ل ك س), ``article`` (ال, or the ل left of
    it in ``لل``) or ``stem``. ``norm`` is the piece's matching form: the ل of
    ``للصحفيين`` that stands for the article has ``norm`` ``ال``.
    """

    start: int
    end: int
    text: str
    role: str
    norm: str


@dataclass(slots=True, frozen=True)
class Mention:
    """A named-entity mention found by the tagger, before linking."""

    start: int
    end: int
    text: str
    type: str  # PER, LOC, ORG, MISC
    score: float = 1.0


class Token:
    """A word, number or punctuation mark, with its clitic pieces.

    Pieces are built on first access from a template shared by every token of
    the same form, which keeps tokenising a corpus cheap.
    """

    __slots__ = ("_pieces", "end", "kind", "norm", "start", "template", "text")

    def __init__(self, start: int, end: int, text: str, kind: str, norm: str, template: tuple = ()):
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind  # word, number, latin, punct, url, other
        self.norm = norm  # matching form (see khabar.text.normalize)
        self.template = template  # ((rel_start, rel_end, role, norm), ...) or () when not split
        self._pieces: tuple[Piece, ...] | None = None

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    @property
    def pieces(self) -> tuple[Piece, ...]:
        """Clitic pieces in order (empty when the token was not split)."""
        if self._pieces is None:
            at = self.start
            self._pieces = tuple(
                Piece(at + s, at + e, self.text[s:e], role, norm) for s, e, role, norm in self.template
            )
        return self._pieces

    @property
    def stem(self) -> Piece | None:
        """The stem piece, or ``None`` for tokens that were not split."""
        for piece in self.pieces:
            if piece.role == "stem":
                return piece
        return None

    @property
    def stem_norm(self) -> str:
        """Normalised stem: the whole token's form when it was not split."""
        return self.template[-1][3] if self.template else self.norm

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Normalised proclitics and article, outermost first (``و``, ``ل``, ``ال``)."""
        return tuple(t[3] for t in self.template[:-1])


@dataclass(slots=True)
class Document:
    """One article: clean text, metadata and standoff annotations."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: dict[str, Any] | None = None
    published: str | None = None
    language: str | None = None
    credits: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # tagger output, linked into entities
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    source: str | None = None  # where it was read from: path, path#index, WARC record
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # stage scratch space, not exported

    def span(self, start: int, end: int) -> Span:
        """The span of ``text`` between two offsets."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside a text of {len(self.text)} characters")
        return Span(start, end, self.text[start:end])

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (binary search), or ``None``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            start, end = self.sentences[mid]
            if offset < start:
                hi = mid
            elif offset >= end:
                lo = mid + 1
            else:
                return mid
        return None

    def to_dict(self, *, with_tokens: bool = False) -> dict[str, Any]:
        """The contract record, ``khabar.article/1``."""
        record: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "language": self.language,
            "text": self.text,
            "credits": self.credits,
            "removed": self.removed,
            "sentences": [[s, e] for s, e in self.sentences],
            "entities": self.entities,
            "quotes": self.quotes,
            "facts": self.facts,
            "times": self.times,
            "source": self.source,
            "warnings": self.warnings,
        }
        if with_tokens:
            record["tokens"] = [token_to_dict(t) for t in self.tokens]
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Document:
        """Rebuild a document from its contract record (tokens are not restored)."""
        known = {
            "id", "title", "url", "outlet", "published", "language", "credits", "removed",
            "entities", "quotes", "facts", "times", "source", "warnings",
        }
        doc = cls(text=record["text"], **{k: record[k] for k in known if k in record})
        doc.sentences = [(s, e) for s, e in record.get("sentences", [])]
        return doc


def token_to_dict(token: Token) -> dict[str, Any]:
    return {
        "start": token.start,
        "end": token.end,
        "text": token.text,
        "kind": token.kind,
        "pieces": [
            {"start": p.start, "end": p.end, "text": p.text, "role": p.role} for p in token.pieces
        ],
    }
