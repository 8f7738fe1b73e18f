"""Offset-preserving Arabic normalisation for matching.

Arabic news spells one word many ways: أمريكي / امريكي, مستشفى / مستشفي,
الاثنين with or without diacritics, ٢٠٢٣ / 2023, presentation-form glyphs
copied out of PDFs, bidi and zero-width marks pasted from the web. Every stage
that matches words, and search, compares the *normalised* forms; the text
itself never changes.

Unlike normalisers that return a bare string, :func:`normalize_with_offsets`
also returns the map back to the original offsets, so a match found in the
normalised form becomes a standoff span in the original text.

>>> normalize("أَمْرِيكِيّ")
'امريكي'
>>> normalize("مستشفى ٢٠٢٣")
'مستشفي 2023'
>>> n = normalize_with_offsets("قالـــت إنّ")
>>> n.text
'قالت ان'
>>> n.original_span(5, 7)
(8, 11)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ALEFS = "أإآٱٲٳٵ"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
QURANIC_MARKS = "".join(chr(c) for c in range(0x0610, 0x061B)) + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)
)
TATWEEL = "\u0640"
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
DELETED = DIACRITICS + QURANIC_MARKS + TATWEEL + INVISIBLES


def _base_table(ta_marbuta: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): "ا" for c in ALEFS}
    table[ord("ى")] = "ي"
    table[ord("ی")] = "ي"  # Persian yeh, common in Gulf web text
    table[ord("ې")] = "ي"
    table[ord("ک")] = "ك"  # Persian keheh
    table[ord("ە")] = "ه"
    table[ord("ھ")] = "ه"
    table[ord("٫")] = "."
    table[ord("٬")] = ","
    table[ord("٪")] = "%"
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic
        table[0x06F0 + i] = str(i)  # Persian
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    if ta_marbuta:
        table[ord("ة")] = "ه"
    for c in DELETED:
        table[ord(c)] = None
    return table


def _add_presentation_forms(table: dict[int, str | None]) -> None:
    """Map Arabic presentation forms (FB50–FDFF, FE70–FEFF) to base letters."""
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        decomposed = unicodedata.normalize("NFKC", chr(code))
        if decomposed == chr(code):
            continue
        mapped = "".join(_map_char(table, c) for c in decomposed)
        table[code] = mapped or None


def _map_char(table: dict[int, str | None], char: str) -> str:
    value = table.get(ord(char), char)
    return value or ""


@lru_cache(maxsize=2)
def _table(ta_marbuta: bool) -> dict[int, str | None]:
    table = _base_table(ta_marbuta)
    _add_presentation_forms(table)
    return table


@lru_cache(maxsize=2)
def _resizing_chars(ta_marbuta: bool) -> re.Pattern[str]:
    """Characters whose normalised form is not exactly one character."""
    table = _table(ta_marbuta)
    chars = [chr(c) for c, v in table.items() if v is None or len(v) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def normalize(text: str, *, ta_marbuta: bool = False) -> str:
    """The matching form of ``text`` (may be shorter than ``text``).

    Alef forms → ا, ى/ی → ي, Persian ک → ك, diacritics, tatweel, bidi and
    zero-width marks removed, Arabic-Indic and Persian digits → ASCII,
    presentation forms → base letters, Latin lower-cased. With
    ``ta_marbuta=True``, ة → ه as well.
    """
    return text.translate(_table(ta_marbuta))


@dataclass(slots=True, frozen=True)
class Normalized:
    """A normalised text with the map back to the original offsets.

    ``origins[i]`` is the offset in the original text of the character that
    produced normalised character ``i``; ``origins[len(text)]`` is the original
    length. ``origins`` is ``None`` when no character changed length, so that
    offsets are the same in both texts.
    """

    text: str
    original_length: int
    origins: tuple[int, ...] | None

    def original_offset(self, index: int) -> int:
        """Original offset of normalised character ``index`` (or of the end)."""
        if self.origins is None:
            return index
        return self.origins[index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering normalised ``text[start:end]``."""
        if self.origins is None:
            return start, end
        if end <= start:
            at = self.origins[start]
            return at, at
        last = self.origins[end - 1]
        # Deleted marks right after the last character (shadda, tatweel) belong to it.
        return self.origins[start], max(last + 1, self.origins[end])


def normalize_with_offsets(text: str, *, ta_marbuta: bool = False) -> Normalized:
    """Normalise ``text`` and keep the offset map (see :class:`Normalized`)."""
    if not _resizing_chars(ta_marbuta).search(text):
        return Normalized(normalize(text, ta_marbuta=ta_marbuta), len(text), None)
    table = _table(ta_marbuta)
    pieces: list[str] = []
    origins: list[int] = []
    for offset, char in enumerate(text):
        mapped = table.get(ord(char), char)
        if not mapped:
            continue
        pieces.append(mapped)
        origins.extend([offset] * len(mapped))
    origins.append(len(text))
    return Normalized("".join(pieces), len(text), tuple(origins))
