"""Nouns as they stand in running text.

A word list is written bare ("تكلفة", "موقف", "إدانة"); in a sentence the same noun carries a
conjunction, a preposition, the article or a possessive pronoun ("بالتكلفة", "وقيمته", "موقفها",
"وإدانتها"). :func:`noun_forms` expands a list once into every such form, so that each word of a
text is then one set lookup instead of a strip of prefixes and suffixes (the clitic splitter of
:mod:`khabar.text.segment` leaves pronouns attached, as the treebanks it is measured on do).

The lists are in a normalised form where the ta marbuta is written ه (both the numbers' matching
form and the speech lexicon's), so a possessive turns a final ه into ت ("تكلفه" → "تكلفتها"); a
noun whose final ه is a root letter ("وجه") keeps it too ("وجهه").
"""

from __future__ import annotations

from collections.abc import Iterable

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "نا", "كم")


def _prefixes(article: bool) -> tuple[str, ...]:
    """Proclitic strings in their order (و/ف, then ب/ل/ك, then ال): ل before ال is written لل."""
    found = []
    for conjunction in CONJUNCTIONS:
        for preposition in PREPOSITIONS:
            for lead in (("", "ال") if article else ("",)):
                prefix = conjunction + preposition + lead
                found.append(prefix.replace("لال", "لل"))
    return tuple(found)


def noun_forms(nouns: Iterable[str]) -> frozenset[str]:
    """Every noun of ``nouns`` bare, with the article, or with a possessive pronoun, each with a
    conjunction and a preposition before it: "تكلفه" → "بالتكلفه", "وقيمته", "تكلفتها"…"""
    nouns = tuple(nouns)
    possessed = {stem + pronoun for noun in nouns for stem in _possessive_stems(noun) for pronoun in POSSESSIVES}
    return frozenset(
        [prefix + noun for noun in nouns for prefix in _prefixes(article=True)]
        + [prefix + form for form in possessed for prefix in _prefixes(article=False)]
    )


def _possessive_stems(noun: str) -> tuple[str, ...]:
    """What a pronoun attaches to: a final ta marbuta (written ه) becomes ت; a root ه stays."""
    if noun.endswith("ه"):
        return (noun[:-1] + "ت", noun)
    return (noun,)
