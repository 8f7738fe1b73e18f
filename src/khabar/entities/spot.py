"""Spot candidate mentions in a document: gazetteer names, nisbas, tagger output.

Spotting is a longest match over tokens. Each word token is read with and
without its proclitics (``والولايات`` → ``الولايات``; ``للأمريكيين`` →
``الأمريكيين``, the article's alef restored), each reading's key is looked up
in the gazetteer's first-token index, and the spellings found there (longest
first) are compared with the keys of the following tokens. A mention starts
where the reading starts, so it leaves out و ف ب ل ك but keeps the article;
for ``لل`` the article is the second ل (as in :mod:`khabar.text.segment`).

Readings are cached per written word, so a 400-word article costs a few
hundred dictionary lookups.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, takewhile
from operator import attrgetter
from typing import TYPE_CHECKING

from khabar.document import Document, Mention, Token
from khabar.entities.gazetteer import HOME, WEAK, Gazetteer, Variant, match_key
from khabar.entities.tagger import quoted_name_keeps_letter
from khabar.text import lexicon
from khabar.text.normalize import normalize_with_offsets
from khabar.text.segment import FUTURE, split_clitics

if TYPE_CHECKING:
    from khabar.entities.wordinfo import WordInfo

# لله (ل + الله, "to God": الحمد لله، ولله الحمد، إنا لله) is no name. Its span by the لل convention
# is "له" ("to him"), a separate entity "له" and, run on by the tagger, a person "له الحمد": the
# tagger's mentions that hold it are dropped (also "بسيطة ولله الحمد"; الله elsewhere is unchanged).
LILLAH = "لله"
MIN_REST = 2  # letters that must remain after a proclitic comes off


@dataclass(slots=True)
class Candidate:
    """A possible mention, before overlaps are resolved and mentions clustered.

    ``first``/``last`` are token indices (inclusive). ``entries`` are the
    gazetteer entries it may name (more than one: ambiguous); ``entry`` is the
    one chosen. ``source`` says who found it: ``gazetteer``, ``tagger``,
    ``nisba``, ``title`` (a name after a title), ``headed`` (an organisation
    after its head noun), ``surname``, ``nominal`` or ``blocker``.
    """

    start: int
    end: int
    first: int
    last: int
    type: str | None
    form: str = "name"
    source: str = "gazetteer"
    entries: tuple[str, ...] = ()
    weak: bool = False
    home: bool = False  # a home-country spelling: links only in an article about that country
    entry: str | None = None
    bonus: str | None = None  # entry spelled exactly as the text writes it (with its diacritics)

    @property
    def length(self) -> int:
        return self.last - self.first + 1


@lru_cache(maxsize=100_000)
def word_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(offset in word where a mention would start, key)`` per reading, least stripped first.

    A proclitic is peeled off when what remains starts with the article
    (``والولايات``, ``للأمريكيين``), when the segmenter split it there, or when
    the word with the proclitic is not itself a known word: ``وكيل`` ("agent")
    is never read as و + كيل, but ``وبلينكن`` is read as و + بلينكن.

    >>> [key for _, key in word_readings("وللأمريكيين")]
    ['وللامريكيين', 'للامريكيين', 'الامريكيين']
    >>> word_readings("بالولايات")[-1]
    (1, 'الولايات')
    >>> [key for _, key in word_readings("وكيل")]
    ['وكيل']
    """
    letters, positions = letters_of(word)
    if not letters:
        return ()
    cuts = LazyCuts(word, positions)
    readings = [(0, letters)]
    starts = [0]
    if letters[0] in "وف" and len(letters) - 1 >= MIN_REST + 1 and may_strip(letters, 1, cuts):
        readings.append((1, letters[1:]))
        starts.append(1)
    for at in starts:
        rest = letters[at:]
        if rest.startswith("لل") and len(rest) - 2 >= MIN_REST:
            readings.append((at + 1, "ال" + rest[2:]))
        elif rest[:1] in ("ب", "ل", "ك") and len(rest) - 1 >= MIN_REST + 1 and may_strip(letters, at + 1, cuts):
            readings.append((at + 1, rest[1:]))
    seen: set[str] = set()
    out = []
    for index, key in readings:
        if key not in seen:
            seen.add(key)
            out.append((positions[index], key))
    return tuple(out)


def may_strip(letters: str, at: int, cuts: set[int] | LazyCuts) -> bool:
    """Whether ``letters[:at]`` may be read as proclitics (see :func:`word_readings`).

    Yes when the rest starts with the article, when the segmenter cut there, or
    when the word with the proclitic is no more frequent in the lexicon than the
    word without it (وكندا → كندا; but وكيل stays whole, كيل being no word).
    """
    if letters[at:].startswith("ال") or at in cuts:
        return True
    return lexicon_count(letters[at - 1 :]) <= lexicon_count(letters[at:]) or not lexicon_count(letters[at - 1 :])


def lexicon_count(key: str) -> int:
    vocabulary = lexicon.vocabulary()
    return vocabulary.get(key, 0) or (vocabulary.get(key[:-1] + "ة", 0) if key.endswith("ه") else 0)


class LazyCuts:
    """:func:`segmenter_cuts` of a word, computed on the first question: most words never ask."""

    __slots__ = ("cuts", "positions", "word")

    def __init__(self, word: str, positions: list[int]):
        self.word = word
        self.positions = positions
        self.cuts: set[int] | None = None

    def __contains__(self, index: int) -> bool:
        if self.cuts is None:
            self.cuts = segmenter_cuts(self.word, self.positions)
        return index in self.cuts


def segmenter_cuts(word: str, positions: list[int]) -> set[int]:
    """Letter indices where :func:`khabar.text.segment.split_clitics` starts a new piece."""
    starts = {start for start, _, _, _ in split_clitics(word)}
    return {i for i, pos in enumerate(positions) if pos in starts and i > 0}


def letters_of(word: str) -> tuple[str, list[int]]:
    """Normalised letters (``ة`` → ``ه``) of ``word`` and each one's offset in ``word``."""
    # One translate of the whole word (the same as character by character);
    # the offset map exists only for the rare word where a character is
    # dropped or expanded.
    normalized = normalize_with_offsets(word, ta_marbuta=True)
    if normalized.origins is None:
        return normalized.text, list(range(len(normalized.text)))
    return normalized.text, list(normalized.origins[:-1])


@lru_cache(maxsize=100_000)
def token_key(word: str) -> str:
    return match_key(word)


OPENS_SPELLING = attrgetter("opens_spelling")


def find_gazetteer_candidates(doc: Document, infos: list[WordInfo], gaz: Gazetteer) -> list[Candidate]:
    """The longest gazetteer spelling starting at each token (blockers included)."""
    tokens = doc.tokens
    found: list[Candidate] = []
    # most words open no spelling: each word's answer is cached with its other answers (WordInfo)
    for i in compress(range(len(tokens)), map(OPENS_SPELLING, infos)):
        if tokens[i].kind not in ("word", "latin"):
            continue
        best = best_match_at(doc.text, tokens, infos, i, gaz)
        if best is not None:
            found.append(best)
    return found


def best_match_at(text: str, tokens: list[Token], infos: list[WordInfo], i: int, gaz: Gazetteer) -> Candidate | None:
    best: tuple[int, int, Variant] | None = None  # (last token, offset, variant)
    for offset, key in infos[i].readings:
        for variant in gaz.first.get(key, ()):
            last = i + len(variant.keys) - 1
            if best is not None and last <= best[0]:
                break  # variants are sorted longest first
            if last >= len(tokens) or (last > i and infos[i + 1].key != variant.keys[1]):
                continue  # runs past the text, or its second word already differs (most spellings)
            if keys_follow(tokens, infos, i + 1, variant.keys[1:], text):
                best = (last, offset, variant)
                break
    if best is None:
        return None
    last, offset, variant = best
    return candidate_from_variant(tokens, i, last, offset, variant, gaz)


def keys_follow(tokens: list[Token], infos: list[WordInfo], start: int, keys: tuple[str, ...], text: str) -> bool:
    for j, key in enumerate(keys, start):
        if infos[j].key != key:
            return False
    return not keys or "\n" not in text[tokens[start - 1].end : tokens[start + len(keys) - 1].start]


def candidate_from_variant(tokens: list[Token], i: int, last: int, offset: int, variant: Variant,
                           gaz: Gazetteer) -> Candidate:
    start, end = tokens[i].start + offset, tokens[last].end
    if not variant.entries:
        return Candidate(start, end, i, last, None, source="blocker")
    names = tuple(en for en, _ in variant.entries)
    flags = {flag for _, flag in variant.entries}
    kinds = {gaz.entries[en].type for en in names}
    return Candidate(start, end, i, last, kinds.pop() if len(kinds) == 1 else gaz.entries[names[0]].type,
                     entries=names, weak=flags == {WEAK}, home=flags == {HOME})


def find_nisba_candidates(doc: Document, infos: list[WordInfo]) -> list[Candidate]:
    """One candidate per word that reads as a nisba adjective (form ``nisba``, type LOC).

    A masculine singular form with the article right after a given name is
    taken as a surname (محمد المصري), not an adjective.
    """
    found = []
    tokens = doc.tokens
    for i, info in enumerate(infos):
        if info.nisba is None:
            continue
        offset, entry, suffix, also_name = info.nisba
        if suffix == "" and i > 0 and infos[i - 1].given and info.definite:
            continue
        found.append(Candidate(tokens[i].start + offset, tokens[i].end, i, i, "LOC", form="nisba", source="nisba",
                               entries=(entry,), weak=also_name and suffix == ""))
    return found


def tagger_candidates(doc: Document, infos: list[WordInfo], gaz: Gazetteer) -> list[Candidate]:
    """The tagger's mentions as candidates, with token indices (mentions that split a token are kept).

    A mention that starts with a proclitic (وكندا، بهامبورج) is trimmed to the
    contract's span: after the segmenter's proclitic pieces, or, for a word the
    segmenter left whole, at the reading that begins a gazetteer name.
    """
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    found = []
    for mention in doc.mentions:
        if not valid_mention(doc, mention):
            continue
        first = max(0, bisect_right(starts, mention.start) - 1)
        last = min(len(ends) - 1, bisect_left(ends, mention.end))
        if first > last or any(LILLAH in infos[i].reading_keys for i in range(first, last + 1)):
            continue
        start = trimmed_start(doc.tokens[first], infos[first], gaz) if mention.start == starts[first] else mention.start
        end = mention.end
        if quoted_name_keeps_letter(doc.text, starts[first], start, end):
            start = starts[first]  # «ويكيليكس»: a name in quotation marks keeps its first letter
        if last > first and mention.type == "PER" and place_after_lam(doc.tokens[last], infos[last], gaz):
            # "قوات المخلوع صالح لعدن": "to Aden" ends no name; the place is a mention of its own
            last -= 1
            end = doc.tokens[last].end
        if start >= end:
            continue
        found.append(Candidate(start, end, first, last, mention.type, source="tagger"))
    return found


def place_after_lam(token: Token, info: WordInfo, gaz: Gazetteer) -> bool:
    """Whether ``token`` is the preposition ل written on a one-word place the gazetteer names
    (لعدن، لسوريا): a direction or an addressee, never the last word of a person's name."""
    if not token.text.startswith("ل") or token.text.startswith("لل"):
        return False
    return any(
        offset == 1 and any(len(v.keys) == 1 and v.entries and all(gaz.entries[e].type == "LOC" for e, _ in v.entries)
                            for v in gaz.first.get(key, ()))
        for offset, key in info.readings
    )


def trimmed_start(token: Token, info: WordInfo, gaz: Gazetteer) -> int:
    """Where a mention beginning at ``token`` starts once proclitics are left out: a word that is,
    whole, a given name keeps the letter the segmenter cut off (فيصل is not ف + يصل "arrives").
    The future prefix س stays on, as in ``tagger.mention_start``: it opens verbs, never names
    (سالم is not س + الم)."""
    clitics = list(takewhile(lambda p: p.role == "proclitic" and p.norm != FUTURE, token.pieces))
    if clitics and not info.given:
        return clitics[-1].end
    for offset, key in reversed(info.readings):
        if offset and key in gaz.first:
            return token.start + offset
    return token.start


def valid_mention(doc: Document, mention: Mention) -> bool:
    return 0 <= mention.start < mention.end <= len(doc.text) and doc.text[mention.start : mention.end].strip() != ""
