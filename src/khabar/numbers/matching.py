"""The matching form of a document's text, computed once and shared by the times and numbers stages.

:func:`matching_form` returns exactly what
``normalize_with_offsets(text, ta_marbuta=True)`` returns, but builds the
offset map from runs of unchanged characters instead of character by
character, which is several times faster on news text, where only a few
characters (diacritics, tatweel, bidi marks) change length.

>>> from khabar.text.normalize import normalize_with_offsets
>>> text = "قالـــت إنّ ١٢٠ ألفاً"
>>> matching_form(text) == normalize_with_offsets(text, ta_marbuta=True)
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from khabar.document import Document
from khabar.text.normalize import DELETED, Normalized, normalize

META_KEY = "matching_form"
PRESENTATION_FORMS = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]


@lru_cache(maxsize=1)
def _resizing() -> re.Pattern[str]:
    """Characters whose matching form is not exactly one character."""
    candidates = set(DELETED) | {chr(c) for c in PRESENTATION_FORMS}
    chars = sorted(c for c in candidates if len(normalize(c, ta_marbuta=True)) != 1)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


_CHAR_MAP: dict[str, str] = {}


def _normalize(text: str) -> str:
    """``normalize(text, ta_marbuta=True)`` by one ``str.replace`` per distinct changed character:
    on Arabic text this beats ``str.translate``, which looks every character up in a dict."""
    result = text
    for char in set(text):
        mapped = _CHAR_MAP.get(char)
        if mapped is None:
            mapped = _CHAR_MAP[char] = normalize(char, ta_marbuta=True)
        if mapped != char:
            result = result.replace(char, mapped)
    return result


def matching_form(text: str) -> Normalized:
    """``normalize_with_offsets(text, ta_marbuta=True)``, computed by runs."""
    normalized = _normalize(text)
    if len(normalized) == len(text) and not _resizing().search(text):
        return Normalized(normalized, len(text), None)
    origins: list[int] = []
    previous = 0
    for m in _resizing().finditer(text):
        at = m.start()
        origins.extend(range(previous, at))
        origins.extend([at] * len(_CHAR_MAP.get(text[at]) or normalize(text[at], ta_marbuta=True)))
        previous = at + 1
    origins.extend(range(previous, len(text)))
    origins.append(len(text))
    return Normalized(normalized, len(text), tuple(origins))


def matching_text(doc: Document) -> Normalized:
    """The matching form of ``doc.text``, cached in ``doc.meta``."""
    cached = doc.meta.get(META_KEY)
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    norm = matching_form(doc.text)
    doc.meta[META_KEY] = (doc.text, norm)
    return norm


SEPARATORS_RE = re.compile(r"(\W+)")


@lru_cache(maxsize=8)
def word_columns(text: str) -> tuple[list[int], list[str]]:
    """Start offsets and words (runs of word characters) of a matching-form text.

    One pass, shared by the times and numbers scanners, computed without a
    Python loop: ``re.split`` keeps the separators, and the running sum of the
    piece lengths gives every offset. The scanners look words up in sets and
    run their patterns only where a word can start a number or a time.
    """
    pieces = SEPARATORS_RE.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts, words = offsets[0:-1:2], pieces[0::2]
    if words and not words[0]:  # the text starts with a separator
        starts, words = starts[1:], words[1:]
    if words and not words[-1]:
        starts, words = starts[:-1], words[:-1]
    return starts, words


def indices_of(words: list[str], vocabulary: frozenset[str]) -> list[int]:
    """Sorted indices of the words that are in ``vocabulary``, found at C speed: a set
    intersection, then ``list.index`` for each distinct hit."""
    found = []
    for word in vocabulary.intersection(words):
        at = words.index(word)
        while True:
            found.append(at)
            try:
                at = words.index(word, at + 1)
            except ValueError:
                break
    found.sort()
    return found


DIGIT_RUN_RE = re.compile(r"\d+")


def digit_word_indices(text: str, starts: list[int]) -> list[int]:
    """Indices of the words that hold a digit (2015، و17، 1436ه)."""
    found = []
    for m in DIGIT_RUN_RE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
    return found


def words_of(text: str) -> list[tuple[int, str]]:
    """``(start, word)`` pairs of :func:`word_columns`."""
    return list(zip(*word_columns(text)))


PROCLITIC_STRINGS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "ال", "وال", "بال", "كال", "فال", "لل", "ولل", "فلل", "وبال")


def with_proclitics(words) -> frozenset[str]:
    """Every word of ``words`` with every proclitic string before it (و، ب، لل، وبال…)."""
    return frozenset(prefix + word for word in words for prefix in PROCLITIC_STRINGS)
