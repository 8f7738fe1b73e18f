"""Nisba adjectives (أمريكي، الإسرائيلية، للفلسطينيين) → the country they name.

Arabic derives an adjective of relation from a place by adding ي: أمريكا →
أمريكي. News inflects it for gender and number and attaches the article and
proclitics, so one stem has dozens of written forms. Rather than list them,
this module recognises them with a small grammar over the normalised word
(``ة`` read as ``ه``)::

    [و|ف] [ب|ل|ك] [ال]  STEM  [ه | ان | ين | ون | تان | تين | ات | ا]

where STEM is a masculine singular stem from ``data/nisba.tsv`` (ending in
ي) and the proclitics are peeled off by :func:`khabar.entities.spot.word_readings`
before this module sees the word. Broken plurals (روس، أتراك) are listed as
irregular forms in the same file.

>>> from khabar.entities.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [nisba_entry(w, gaz) for w in ("الامريكيين", "اميركيه", "فلسطينيون", "الاتراك", "امريكا")]
['United States', 'United States', 'Palestine', 'Türkiye', None]
"""

from __future__ import annotations

from khabar.entities.gazetteer import Gazetteer

# Longest first, so that "تين" is tried before "ين".
SUFFIXES = ("تان", "تين", "ان", "ين", "ون", "ات", "ه", "ا", "")
MIN_STEM = 3


def split_article(key: str) -> tuple[bool, str]:
    """``الامريكيه`` → (True, ``امريكيه``)."""
    if key.startswith("ال") and len(key) > 4:
        return True, key[2:]
    return False, key


def nisba_entry(key: str, gaz: Gazetteer) -> str | None:
    """The country entry a (proclitic-free) word key names as a nisba, else ``None``."""
    return nisba_analysis(key, gaz)[0]


def nisba_analysis(key: str, gaz: Gazetteer) -> tuple[str | None, str, bool]:
    """``(entry, suffix, also_a_name)`` of a word key; entry ``None`` when it is no nisba.

    The suffix tells the caller the inflection: ``""`` is the masculine singular,
    the only form that is also a given name or surname (تركي، المصري).
    """
    _, word = split_article(key)
    irregular = gaz.nisba_irregular.get(word)
    if irregular is not None:
        return irregular, "plural", False
    if "ي" not in word:
        return None, "", False  # every stem ends in ي, and the stem begins the word
    for suffix in SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if len(stem) < MIN_STEM or not stem.endswith("ي"):
            continue
        found = gaz.nisba_stems.get(stem)
        if found is not None:
            return found[0], suffix, found[1]
    return None, "", False
