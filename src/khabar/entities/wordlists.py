"""The linker's word lists (titles, honorifics, given names, stop words, nominal heads).

Each list is a hand-kept file under ``entities/data`` whose header says what
it is for; they are read once and normalised with
:func:`khabar.entities.gazetteer.match_key`, the same key the tokens get.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.entities.gazetteer import DATA, match_key, read_table, split_variants


@dataclass(frozen=True, slots=True)
class Nominal:
    """A definite head noun that can point back to an organisation named earlier."""

    head: str
    subtypes: frozenset[str]
    names: frozenset[str]  # indefinite nouns that begin such an organisation's name


@dataclass(frozen=True)
class WordLists:
    """Every word list the linker reads, as matching keys."""

    titles: frozenset[str]  # single-word title heads (وزير، الرئيس), occupations included
    occupations: frozenset[str]  # descriptive titles (الكاتب، اللاعب)
    honorifics: frozenset[str]
    given_names: frozenset[str]
    ambiguous_given_names: frozenset[str]
    phrase_stops: frozenset[str]  # end a title phrase (function words, verbs)
    name_stops: frozenset[str]  # never part of a name (phrase stops, time words, …)
    nominals: dict[str, Nominal]  # definite head key → nominal
    org_heads: frozenset[str]  # indefinite nouns that head an organisation's name (صحيفة، وزارة)
    complements: frozenset[str]  # indefinite nouns that continue a title phrase (مجلس، قوات، باسم)
    cues: dict[str, frozenset[str]]  # type → words that announce a weak spelling of that type
    person_words: frozenset[str]  # words ANERcorp mostly tags as person names (name_words.tsv)
    title_adjectives: frozenset[str] = frozenset()  # adjectives of a title, no person alone (name_stops.tsv)
    blessings: frozenset[str] = frozenset()  # open a blessing after a prophet's name (name_stops.tsv, "blessing")


@lru_cache(maxsize=1)
def load_wordlists() -> WordLists:
    """The shipped word lists (cached: read once per process)."""
    titles, honorifics, complements, occupations = read_titles()
    given, ambiguous = read_given_names()
    phrase_stops, name_stops = read_stops()
    nominals, org_heads = read_nominals()
    return WordLists(
        titles=titles, occupations=occupations, honorifics=honorifics, given_names=given,
        ambiguous_given_names=ambiguous, phrase_stops=phrase_stops, name_stops=name_stops, nominals=nominals,
        org_heads=org_heads, complements=complements, cues=read_cues(),
        person_words=frozenset(row["word"] for row in read_table("name_words.tsv")),
        title_adjectives=read_title_adjectives(),
        blessings=frozenset(match_key(row["word"]) for row in read_table("name_stops.tsv") if row["kind"] == "blessing"),
    )


def read_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Titles (occupations included), honorifics, complement nouns and occupations of ``titles.tsv``."""
    found: dict[str, set[str]] = {"title": set(), "honorific": set(), "complement": set(), "occupation": set()}
    for row in read_table("titles.tsv"):
        found[row["kind"]].add(match_key(row["word"]))
    found["title"] |= found["occupation"]
    return (frozenset(found["title"]), frozenset(found["honorific"]), frozenset(found["complement"]),
            frozenset(found["occupation"]))


def read_cues() -> dict[str, frozenset[str]]:
    """Type → words that announce a weak spelling of that type (``cues.tsv``)."""
    cues: dict[str, set[str]] = {}
    for row in read_table("cues.tsv"):
        cues.setdefault(row["type"], set()).add(match_key(row["word"]))
    return {kind: frozenset(words) for kind, words in cues.items()}


def read_given_names() -> tuple[frozenset[str], frozenset[str]]:
    names: set[str] = set()
    ambiguous: set[str] = set()
    for line in (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if word.startswith("?"):
            word = word[1:]
            ambiguous.add(match_key(word))
        names.add(match_key(word))
    return frozenset(names), frozenset(ambiguous)


def read_stops() -> tuple[frozenset[str], frozenset[str]]:
    phrase: set[str] = set()
    every: set[str] = set()
    for row in read_table("name_stops.tsv"):
        if row["kind"] in ("adjective", "blessing"):
            continue  # no stop: "المبعوث الأممي بإيعاز" is no title before a name "بإيعاز"
        key = match_key(row["word"])
        every.add(key)
        if row["kind"] in ("function", "verb"):
            phrase.add(key)
    return frozenset(phrase), frozenset(every)


def read_title_adjectives() -> frozenset[str]:
    """The ``adjective`` rows of ``name_stops.tsv`` (الأممي، إعلامي): never a person on their own."""
    return frozenset(match_key(row["word"]) for row in read_table("name_stops.tsv") if row["kind"] == "adjective")


def read_nominals() -> tuple[dict[str, Nominal], frozenset[str]]:
    """Back-reference nouns by key, and every noun that begins an organisation's name."""
    out = {}
    heads: set[str] = set()
    for row in read_table("nominals.tsv"):
        names = frozenset(match_key(n.lstrip("?")) for n in split_variants(row["names"]))
        heads |= {match_key(n) for n in split_variants(row["names"]) if not n.startswith("?")}
        if row["head"] != "-":
            key = match_key(row["head"])
            out[key] = Nominal(key, frozenset(split_variants(row["subtypes"])), names)
    return out, frozenset(heads)


def subtype_of_head(head_key: str) -> str | None:
    """The subtype an organisation gets from the noun its name begins with (صحيفة → newspaper)."""
    return head_subtypes().get(head_key)


@lru_cache(maxsize=1)
def head_subtypes() -> dict[str, str]:
    found: dict[str, str] = {}
    for row in read_table("nominals.tsv"):
        for name in split_variants(row["names"]):
            found.setdefault(match_key(name.lstrip("?")), split_variants(row["subtypes"])[0])
    return found
