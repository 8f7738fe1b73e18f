"""Sentences, tokens and clitics, as standoff spans.

Arabic writes conjunctions, prepositions and the article as part of the next
word: ``وللصحفيين`` is و + ل + (ا)ل + صحفيين, ``لرويترز`` is ل + رويترز.
Later stages must see the stem (``رويترز``) while keeping exact offsets, so each
token carries its :class:`~khabar.document.Piece` list.

Splitting is decided on the normalised word with a frequency lexicon: a
proclitic comes off when what remains is a known word at least a tenth as
frequent as the whole (``وقال`` → و + قال, but ``وزير`` stays whole because
``زير`` is unknown), or is a function word (``فإن`` → ف + إن), or itself
starts with the article (``والولايات``). Decisions are cached per word form,
which keeps segmentation fast on real text.

>>> tokens = tokenize("وللصحفيين قال")
>>> [p.text for p in tokens[0].pieces]
['و', 'ل', 'ل', 'صحفيين']
>>> [p.norm for p in tokens[0].pieces]
['و', 'ل', 'ال', 'صحفيين']
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.document import Token
from khabar.text import lexicon
from khabar.text.normalize import DELETED, normalize

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
MARKS = re.escape(DELETED)
# Arabic words come first: they are most tokens, and no other branch can start with an Arabic letter.
TOKEN_RE = re.compile(
    rf"""
    (?P<word>[{ARABIC_LETTERS}][{ARABIC_LETTERS}{MARKS}]*)
    |(?P<url>(?:https?://|www\.)[^\s«»"“”<>]+[^\s«»"“”<>.,:;!?،؛؟)\]]
      |[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z0-9])
    |(?P<number>\d+(?:[.,٫٬]\d+)*)
    |(?P<latin>[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*)
    |(?P<punct>[^\s\w{MARKS}])
    |(?P<other>[^\s{MARKS}])
    """,
    re.VERBOSE,
)

FUTURE = "س"  # the future prefix (سيعلن): a proclitic piece that opens verbs, never names
MIN_STEM = 2
MIN_EVIDENCE = 3  # times the remainder must occur in the lexicon to count as a word
# How frequent the remainder must be, relative to the whole word, per proclitic:
# و attaches to anything, prepositions to fewer words.
SPLIT_RATIO = {"و": 0.05, "ف": 0.3, "ب": 0.5, "ك": 0.5, "ل": 0.5}

# A clitic template: (relative start, relative end, role, norm) per piece.
Template = tuple[tuple[int, int, str, str], ...]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets and clitic pieces."""
    cache = _FORMS
    tokens = []
    append = tokens.append
    for match in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        form = cache.get(word)
        if form is None:
            form = _describe(word, match.lastgroup or "other")
        append(Token(match.start(), match.end(), word, form[0], form[1], form[2]))
    return tokens


_FORMS: dict[str, tuple[str, str, Template]] = {}
MAX_CACHED_FORMS = 120_000  # the most frequent forms come first; see WordVectors.MAX_WORDS


def _describe(word: str, kind: str) -> tuple[str, str, Template]:
    """Kind, normalised form and clitic template of one word form (cached)."""
    form = (kind, normalize(word), split_clitics(word) if kind == "word" else ())
    if len(_FORMS) < MAX_CACHED_FORMS:
        _FORMS[word] = form
    return form


@lru_cache(maxsize=100_000)
def split_clitics(word: str) -> Template:
    """The clitic template of one Arabic word, empty when it is not split.

    >>> [piece[3] for piece in split_clitics("والولايات")]
    ['و', 'ال', 'ولايات']
    """
    norm, positions = _letters(word)
    if len(norm) < 3 or norm in lexicon.clitic_exceptions():
        return ()
    cuts = _analyse(norm)
    if not cuts:
        return ()
    return _to_template(word, norm, positions, cuts)


def _letters(word: str) -> tuple[str, list[int]]:
    """Normalised letters of ``word`` and, for each, its offset in ``word``."""
    norm = normalize(word)
    if len(norm) == len(word):
        return norm, list(range(len(word)))
    letters, positions = [], []
    for i, char in enumerate(word):
        mapped = normalize(char)
        if len(mapped) == 1:
            letters.append(mapped)
            positions.append(i)
    return "".join(letters), positions


def _analyse(norm: str) -> list[tuple[int, str, str]]:
    """Cut points ``(end, role, norm)`` for the prefixes of ``norm``."""
    cuts: list[tuple[int, str, str]] = []
    at = 0
    if norm[0] in "وف" and _splittable(norm, 1):
        cuts.append((1, "proclitic", norm[0]))
        at = 1
    rest = norm[at:]
    if rest[:2] == "لل" and _starts_with_known_article(rest):
        # ل + ال with the alef dropped: للصحفيين = ل + (ا)ل + صحفيين
        return cuts + [(at + 1, "proclitic", "ل"), (at + 2, "article", "ال")]
    if rest[:1] in ("ب", "ك", "ل") and _splittable(norm, at + 1):
        cuts.append((at + 1, "proclitic", rest[0]))
        at += 1
    elif rest[:1] == FUTURE and len(rest) >= 4 and rest[1] in "يتنا" and _known(rest[1:]):
        cuts.append((at + 1, "proclitic", FUTURE))
        at += 1
    if norm[at : at + 2] == "ال" and len(norm) - at >= 4 and norm[at:] not in lexicon.clitic_exceptions():
        # the article itself: safe on any word, it never changes the stem's identity
        cuts.append((at + 2, "article", "ال"))
    return cuts


def _splittable(norm: str, at: int) -> bool:
    """Whether ``norm[:at]`` is a proclitic, judged by what remains.

    Known whole words keep their clitic unless the remainder is frequent
    enough (conjunctions attach freely, prepositions less so); unknown words
    are split after و, and otherwise only where the remainder is a function
    word or article + a known stem, so that foreign names (كاليفورنيا، فالون)
    stay whole.
    """
    whole, rest = norm[at - 1 :], norm[at:]
    if len(rest) < MIN_STEM or whole in lexicon.clitic_exceptions():
        return False
    if rest in lexicon.function_words() or _starts_with_known_article(rest):
        return True
    vocabulary = lexicon.vocabulary()
    rest_count, whole_count = vocabulary.get(rest, 0), vocabulary.get(whole, 0)
    if rest_count >= MIN_EVIDENCE and len(rest) >= 3:
        return rest_count >= SPLIT_RATIO[whole[0]] * whole_count
    # An unknown word after و is far more often "and + word" than a و-initial root.
    return whole[0] == "و" and whole_count == 0 and len(rest) >= 3


def _starts_with_known_article(word: str) -> bool:
    """``الولايات`` or ``بالولايات``: an article (after a preposition) + a known stem."""
    if word[:1] in "بكل" and word[1:3] == "ال":
        word = word[1:]
    if word[:2] not in ("ال", "لل") or len(word) < 5:
        return False
    vocabulary = lexicon.vocabulary()
    return word[2:] in vocabulary or word in vocabulary or ("ال" + word[2:]) in vocabulary


def _known(word: str) -> bool:
    return word in lexicon.vocabulary() or word in lexicon.function_words()


def _to_template(word: str, norm: str, positions: list[int], cuts: list[tuple[int, str, str]]) -> Template:
    pieces = []
    previous = 0
    for end, role, piece_norm in cuts:
        start_at = positions[previous] if previous else 0  # marks before the first letter belong to it
        end_at = positions[end] if end < len(positions) else len(word)
        pieces.append((start_at, end_at, role, piece_norm))
        previous = end
    pieces.append((positions[previous], len(word), "stem", norm[previous:]))
    return tuple(pieces)


SENTENCE_END_RE = re.compile(r"(?:[.!?؟]+|…)[\"'»”’)\]]*(?=\s|$)|\n")
PARAGRAPH_RE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraphs, cut after . ! ? ؟ … and any closing quote.

    Commas (، ,) and semicolons (؛) never end a sentence; a full stop after a
    one-letter abbreviation (د. ، م.) or inside a number does not either.

    >>> text = "قال: «انتهى الأمر.» ثم غادر. وصل د. أحمد"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['قال: «انتهى الأمر.»', 'ثم غادر.', 'وصل د. أحمد']
    """
    spans = []
    for paragraph in PARAGRAPH_RE.finditer(text):
        start = paragraph.start()
        for end in _sentence_ends(text, paragraph.start(), paragraph.end()):
            _add_trimmed(spans, text, start, end)
            start = end
        _add_trimmed(spans, text, start, paragraph.end())
    return spans


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    ends = []
    for match in SENTENCE_END_RE.finditer(text, start, end):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        ends.append(match.end())
    return ends


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word just before a full stop is a known abbreviation."""
    begin = dot
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in "«(\"“":
        begin -= 1
    word = normalize(text[begin:dot])
    return word in lexicon.abbreviations() or (len(word) == 1 and word.isalpha())


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
