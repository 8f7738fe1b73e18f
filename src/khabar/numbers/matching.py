"""The matching form of a document's text, computed once and shared by the times and numbers stages.

:func:`matching_form` returns exactly what
``normalize_with_offsets(text, ta_marbuta=True)`` returns, but builds the
offset map from runs of unchanged characters instead of character by
character, which is several times faster on news text, where only a few
characters (diacritics, tatweel, bidi marks) change length.

>>> from khabar.text.normalize import normalize_with_offsets
>>> text = "قالـــت إنّ ١٢٠ ألفاً"
>>> norm, reference = matching_form(text), normalize_with_offsets(text, ta_marbuta=True)
>>> (norm.text, list(norm.origins)) == (reference.text, list(reference.origins))
True
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

import numpy as np

from khabar.document import Document
from khabar.text.normalize import DELETED, Normalized, _table, normalize

META_KEY = "matching_form"
PRESENTATION_FORMS = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]


_CHAR_MAP: dict[str, str] = {}
_RESIZED_LENGTHS: dict[str, int] = {}  # character → length of its matching form, for the offset map
# The characters news text changes most (in nearly every article): replaced unconditionally, since
# ``str.replace`` scans at C speed and returns its input when the character is absent.
FREQUENT_CHANGES = (("ة", "ه"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"))


@lru_cache(maxsize=1)
def _rare_characters() -> str:
    """Every other character whose matching form differs from it (diacritics, tatweel, Latin
    capitals, Indic digits, presentation forms…): a few per article at most. All in the Basic
    Multilingual Plane (tested), as :func:`_rare_table` needs."""
    candidates = set(DELETED) | {chr(c) for c in PRESENTATION_FORMS} | _mapped_characters()
    frequent = {char for char, _ in FREQUENT_CHANGES}
    return "".join(sorted(c for c in candidates if c not in frequent and normalize(c, ta_marbuta=True) != c))


@lru_cache(maxsize=1)
def _rare_changes() -> re.Pattern[str]:
    """The rare characters as one regex class (the reference for :func:`_rare_in`, tested)."""
    return re.compile("[" + "".join(re.escape(c) for c in _rare_characters()) + "]")


@lru_cache(maxsize=1)
def _rare_table() -> np.ndarray:
    """Whether each code point of the Basic Multilingual Plane is a rare character, and one
    more entry, false, that ``take(…, mode="clip")`` reads for every code point past it."""
    table = np.zeros(0x10001, dtype=bool)
    table[[ord(c) for c in _rare_characters()]] = True
    return table


def _rare_in(text: str) -> set[str]:
    """The rare characters ``text`` holds, by one lookup per code point at C speed: about a
    third of the instructions of the regex class, which the engine tests character by character."""
    found = _rare_table().take(_code_points(text), mode="clip").nonzero()[0]
    return set(map(text.__getitem__, found.tolist()))


def _mapped_characters() -> set[str]:
    """The characters normalisation maps: the keys of its own table, so that none is missed."""
    return {chr(code) for code in _table(True)}


def _normalize(text: str, rare: set[str]) -> str:
    """``normalize(text, ta_marbuta=True)`` by one ``str.replace`` per distinct changed character
    (``rare``: the rarer ones found in ``text``): on Arabic text this beats ``str.translate``,
    which looks every character up in a dict, and ``set(text)``, which makes an object of every
    character. Every replacement yields already normalised characters, so the order of the
    replacements does not matter."""
    result = text
    for char, mapped in FREQUENT_CHANGES:
        result = result.replace(char, mapped)
    for char in rare:
        mapped = _CHAR_MAP.get(char)
        if mapped is None:
            mapped = _CHAR_MAP[char] = normalize(char, ta_marbuta=True)
        result = result.replace(char, mapped)
    return result


def _resized_length(char: str) -> int:
    """The length of the matching form of ``char``, remembered."""
    length = _RESIZED_LENGTHS.get(char)
    if length is None:
        length = _RESIZED_LENGTHS[char] = len(normalize(char, ta_marbuta=True))
    return length


def _positions(text: str, chars: list[str]) -> list[int]:
    """Sorted offsets of every occurrence of ``chars`` in ``text``, by ``str.find`` (a C scan
    per character, then one call per occurrence: a few per article)."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def matching_form(text: str) -> Normalized:
    """``normalize_with_offsets(text, ta_marbuta=True)``, computed by runs.

    ``origins`` (when some character changed length) is an ``array('l')`` rather than a tuple:
    the same integers, indexed and bisected alike, but built from slices of one shared array
    of offsets, without an object per character.

    The text is scanned once, for the rare changes (:func:`_rare_in`): the characters that change length
    (diacritics, tatweel, bidi marks, ligatures) are among them, so whether the offset map is
    needed, and where those characters stand, follows from what that scan found (a second
    whole-text scan for them cost as much as the first)."""
    rare = _rare_in(text)
    normalized = _normalize(text, rare)
    resizing = [char for char in rare if _resized_length(char) != 1]
    if not resizing:
        return Normalized(normalized, len(text), None)
    offsets = _offsets(len(text) + 1)
    origins = array("l")
    previous = 0
    for at in _positions(text, resizing):
        origins += offsets[previous:at]
        length = _RESIZED_LENGTHS[text[at]]
        if length:  # most are deleted (diacritics, tatweel, bidi marks): nothing to add
            origins += offsets[at : at + 1] * length
        previous = at + 1
    origins += offsets[previous : len(text) + 1]  # … and the original length, for the end
    return Normalized(normalized, len(text), origins)


_OFFSETS = array("l")


def _offsets(length: int) -> array:
    """``array('l', range(n))`` for some ``n >= length``, grown as needed and shared."""
    global _OFFSETS
    if len(_OFFSETS) < length:
        _OFFSETS = array("l", range(max(length, 2 * len(_OFFSETS), 65536)))
    return _OFFSETS


def matching_text(doc: Document) -> Normalized:
    """The matching form of ``doc.text``, cached in ``doc.meta``."""
    cached = doc.meta.get(META_KEY)
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    norm = matching_form(doc.text)
    doc.meta[META_KEY] = (doc.text, norm)
    return norm


# Texts whose word pass and vocabulary hits are kept (:func:`word_columns`, :func:`_word_pass`,
# :func:`_hits_by_vocabulary`). ``Pipeline.pipe`` runs each stage over a batch of 16 documents
# (``PIPE_BATCH``; 8–32 measured), so the numbers stage reads a document's passes 16 texts after the
# times stage made them: with 8 kept they were made again, a quarter of the two stages' instructions
# per article redone. 32 covers any such batch; a document run alone (``Pipeline.run``) hits either way.
# The numbers stage, their last reader, lets them go once it is done (:func:`release_passes`).
TEXTS_CACHED = 32
SEPARATORS_RE = re.compile(r"(\W+)")
WORD_RUN_RE = re.compile(r"\w+")
# The separators news text holds most (besides the space), each turned into a space by one
# ``str.replace`` (same length, so offsets hold) before the text is split at spaces; with these,
# 29 articles in 30 need nothing more.
COMMON_SEPARATORS = (
    "\n", "،", ".", "«", "»", "(", ")", ":", "-", '"', "؟", "؛", "/", ",", "!", "*", "–", "%", "”", "“", "\xa0",
)


@lru_cache(maxsize=TEXTS_CACHED)
def word_columns(text: str) -> tuple[list[int], list[str]]:
    """Start offsets and words (maximal runs of word characters, ``\\w+``) of a matching-form text.

    One pass, shared by the times and numbers scanners (see :func:`_word_pass`). The scanners
    look words up in sets and run their patterns only where a word can start a number or a time.
    Shared: do not change the lists. Cached itself, not only through :func:`_word_pass`: the
    numbers stage asks for the columns some twenty times per article, and a cache hit answered
    by the cache alone skips a Python call and a tuple (about 0.2 µs each).
    """
    starts, words, _ = _word_pass(text)
    return starts, words


def release_passes() -> None:
    """Drop the word passes, words and vocabulary hits of every text kept. The numbers stage, the
    last to read them, calls it when a document (or a batch of them) is done: its hundreds of words
    are then freed while still in the processor's caches, instead of when a text 32 documents later
    evicts them, when freeing each word is a cache miss (1.5–4 % of the two stages' time one document
    at a time, measured in one process). Only the caches change: a text asked again is simply passed again."""
    for cache in (word_columns, _word_pass, _hits_by_vocabulary):
        cache.cache_clear()


def unlettered_words(text: str) -> list[int]:
    """Indices of the words of :func:`word_columns` that are not letters only: those holding a
    digit (2015، و17، 1436ه) or an underscore. Shared, like the words (do not change the list)."""
    return _word_pass(text)[2]


@lru_cache(maxsize=TEXTS_CACHED)
def _word_pass(text: str) -> tuple[list[int], list[str], list[int]]:
    """Words, their starts and the unlettered ones, without a Python loop over the words.

    The words: the common separators become spaces (one ``str.replace`` each, the length
    unchanged) and ``str.split()`` cuts the text at C speed (a text holding a rarer separator,
    a right-to-left mark…, one article in thirty, is cut by ``\\w+`` instead). The starts and the
    unlettered words (holding a digit or ``_``: ``\\w`` is ``isalnum`` or ``_``) come from one
    array of what each character is (see :func:`_character_kinds`): a word starts where a word
    character follows a character that is none. That costs about a third of the instructions of
    the running sum of the piece lengths and a ``str.isalpha`` per word, which it replaces. The
    result is exactly ``re.split(r"(\\W+)")``'s words.
    """
    kinds = _character_kinds().take(_code_points(" " + text + " "), mode="clip")  # (padded: a word at either end)
    # which kinds occur: one byte per character, each kind looked for by a C scan of the bytes
    # (``bytes.__contains__``), several times faster than counting them all (``np.bincount``); the
    # kind asked as an integer: asked as a one-byte ``bytes``, ``__contains__`` first tries it as an
    # integer and formats a TypeError it then drops (about 300 ns a question against 40)
    present = kinds.tobytes()
    if BEYOND_THE_PLANE in present:
        return _words_by_regex(text)
    in_word = kinds & 1
    starts_array = (in_word[1:] > in_word[:-1]).nonzero()[0]  # offsets in ``text`` (the padding shifts by one)
    if RARER_SEPARATOR in present:
        words = WORD_RUN_RE.findall(text)
    else:
        spaced = text
        for separator, kind in SEPARATOR_KINDS:
            if kind in present:  # (a memchr of the kinds' bytes: 14 of the 21 are absent from most articles)
                spaced = spaced.replace(separator, " ")
        # ``split()`` cuts at runs of whitespace and keeps no empty piece: here the space is the only
        # whitespace left (every other one is a rarer separator, cut by ``\w+`` above), so this is
        # ``split(" ")`` less its empty pieces, without a second pass to drop them
        words = spaced.split()
    if OTHER_WORD_CHARACTER not in present:
        return starts_array.tolist(), words, []
    # the word holding each such character (at padded offset p, so text offset p - 1): the starts before p
    holders = starts_array.searchsorted((kinds == OTHER_WORD_CHARACTER).nonzero()[0]) - 1
    return starts_array.tolist(), words, list(dict.fromkeys(holders.tolist()))


COMMON_SEPARATOR, LETTER, RARER_SEPARATOR, OTHER_WORD_CHARACTER, BEYOND_THE_PLANE = 0, 1, 2, 3, 4  # word characters are odd
# Each common separator but the space also has a kind of its own, even (no word character) and past
# the five, so that the bytes of the kinds tell which separators a text holds: ``str.replace`` is
# asked only for those (7 of the 21 in an article on average). A replace that finds nothing still
# scans the whole text, and its ``memchr`` for the low byte of an ASCII mark stops at every Arabic
# letter sharing it (``*`` U+002A and ت U+062A): some thousands of instructions a separator.
SEPARATOR_KINDS = tuple((separator, 6 + 2 * i) for i, separator in enumerate(COMMON_SEPARATORS))


def _words_by_regex(text: str) -> tuple[list[int], list[str], list[int]]:
    """What :func:`_word_pass` returns, by ``\\w+`` (the reference; used for a text holding a
    character past the Basic Multilingual Plane, which the table of kinds does not cover)."""
    runs = list(WORD_RUN_RE.finditer(text))
    words = [m.group() for m in runs]
    return [m.start() for m in runs], words, [i for i, word in enumerate(words) if not word.isalpha()]


@lru_cache(maxsize=1)
def _character_kinds() -> np.ndarray:
    """What each character of the Basic Multilingual Plane is to the word pass, by code point: the
    space or a common separator (each its own even kind, see ``SEPARATOR_KINDS``), a letter (``str.isalpha``), a rarer separator (not ``\\w``)
    or another word character (a digit, ``_``…); one more entry for every code point past the plane
    (``take(…, mode="clip")`` reads the last entry), whose text the word pass leaves to ``\\w+``."""
    chars = "".join(map(chr, range(0x10000)))
    alnum = np.frombuffer(bytes(map(str.isalnum, chars)), np.uint8)
    alpha = np.frombuffer(bytes(map(str.isalpha, chars)), np.uint8)
    kinds = np.where(alpha, LETTER, np.where(alnum, OTHER_WORD_CHARACTER, RARER_SEPARATOR)).astype(np.uint8)
    kinds[ord("_")] = OTHER_WORD_CHARACTER
    kinds[ord(" ")] = COMMON_SEPARATOR
    for separator, kind in SEPARATOR_KINDS:
        kinds[ord(separator)] = kind
    return np.append(kinds, np.uint8(BEYOND_THE_PLANE))


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an array (lone surrogates kept: they are no word characters)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


# The vocabularies looked up in every article's words (the times scanner's anchor forms, the numbers
# scanner's number words and nominative duals), in the order they were shared: see :func:`words_in`.
_SHARED_VOCABULARIES: list = []


def shared_vocabulary(vocabulary):
    """Decorator for a function without arguments returning a constant ``frozenset`` of words: its
    words in a text are then found by :func:`words_in`, in one membership pass over the text's words
    shared with the other vocabularies so decorated (instead of one pass per vocabulary)."""
    _SHARED_VOCABULARIES.append(vocabulary)
    _union.cache_clear()  # (a vocabulary shared after a first look-up: the union is made again)
    _hits_by_vocabulary.cache_clear()
    return vocabulary


def words_in(text: str, vocabulary, first: int = 0, last: int | None = None) -> list[int]:
    """Sorted indices of the words of :func:`word_columns` (``text``) that are in ``vocabulary()``,
    a :func:`shared_vocabulary` (only those from ``first`` to ``last`` when given): exactly the
    indices of the words ``vocabulary()`` holds (tests/numbers/test_pass_s23_sp23a.py pins it). Shared when whole (do not change the list)."""
    hits = _hits_by_vocabulary(text)[_union()[2][vocabulary]]
    if first == 0 and last is None:
        return hits
    return hits[bisect_left(hits, first) : len(hits) if last is None else bisect_left(hits, last)]


@lru_cache(maxsize=1)
def _union() -> tuple[frozenset[str], dict[str, tuple[int, ...]], dict]:
    """The words of the shared vocabularies; each of them → the positions of the vocabularies
    holding it (``k``: the ``k``-th shared), in increasing order; and each vocabulary → its position.
    (A tuple per word, one shared object per distinct tuple: a hit then appends with one step per
    vocabulary holding the word, not one per bit of a mask up to its highest vocabulary.)"""
    roles: dict[str, tuple[int, ...]] = {}
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}
    for k, vocabulary in enumerate(_SHARED_VOCABULARIES):
        for word in vocabulary():
            positions = (*roles.get(word, ()), k)
            roles[word] = shared.setdefault(positions, positions)
    return _compact_set(roles), roles, {vocabulary: k for k, vocabulary in enumerate(_SHARED_VOCABULARIES)}


def _compact_set(words) -> frozenset[str]:
    """``frozenset(words)`` with the smaller of the two hash tables CPython may give it: made from a
    dict or set, the table is sized at once for twice the words (18,898 union words: 65,536 slots, 1 MB);
    made word by word from a list, it grows by four at 60 % full and may stop a size lower (32,768
    slots, 512 KB). The vocabulary pass probes the table once per word of every article, and half the
    table misses the processor's caches less: about 15 % of that pass's time (59.9–60.5 → 51.3 µs an
    article inside the benchmark's loop, best of 12 and of 16 runs)."""
    return min(frozenset(words), frozenset(list(words)), key=sys.getsizeof)


@lru_cache(maxsize=TEXTS_CACHED)
def _hits_by_vocabulary(text: str) -> list[list[int]]:
    """For each shared vocabulary, the sorted indices of ``text``'s words in it: one membership test
    per word in the union (at C speed: ``map`` of the set's ``__contains__``, read by ``compress``
    from one shared list of integers, which spares an integer object per word past 256), then a
    Python step only per hit (about 27 of 500 words an article), where the word's positions say which vocabularies hold it. The tests of
    a large set are mostly cache misses, and only the first pass hashes the words: one pass over the
    union (17 K words) costs about two thirds of the three it replaces (4 K, 13 K and 600 words)."""
    words = word_columns(text)[1]
    union, roles, _ = _union()
    hits: list[list[int]] = [[] for _ in _SHARED_VOCABULARIES]
    for i in compress(_indices(len(words)), map(union.__contains__, words)):
        for k in roles[words[i]]:
            hits[k].append(i)
    return hits


_INDICES: list[int] = []


def _indices(length: int) -> list[int]:
    """``list(range(n))`` for some ``n >= length``, grown as needed and shared (do not change it)."""
    global _INDICES
    if len(_INDICES) < length:
        _INDICES = list(range(max(length, 2 * len(_INDICES), 4096)))
    return _INDICES


PROCLITIC_STRINGS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "ال", "وال", "بال", "كال", "فال", "لل", "ولل", "فلل", "وبال")


def with_proclitics(words) -> frozenset[str]:
    """Every word of ``words`` with every proclitic string before it (و، ب، لل، وبال…)."""
    return frozenset(prefix + word for word in words for prefix in PROCLITIC_STRINGS)
