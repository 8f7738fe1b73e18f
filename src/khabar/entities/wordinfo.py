"""Everything the linker asks about one written word, computed once per word form.

News repeats its words: a 400-word article has perhaps 250 distinct forms,
and a corpus far fewer than its token count. Each question the linker asks
about a token (is it a title? definite? a nisba? a stop word?) is answered
here once per written form and cached, so that linking an article costs one
dictionary lookup per token plus the work on its few candidate names.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.document import Token
from khabar.entities.gazetteer import Gazetteer
from khabar.entities.nisba import nisba_analysis
from khabar.entities.spot import token_key, word_readings
from khabar.entities.wordlists import WordLists
from khabar.text import lexicon

MAX_CACHE = 120_000  # words; see khabar.entities.decode.WordVectors.MAX_WORDS
TEAM_WORDS = frozenset({"منتخب", "المنتخب"})


# Not frozen, though never changed: a frozen dataclass's __init__ sets each of the 23 fields through
# object.__setattr__, about a quarter of the cost of describing a new word form; unsafe_hash keeps
# the frozen class's equality and hash.
@dataclass(slots=True, unsafe_hash=True)
class WordInfo:
    """Answers about one written word (see the attribute comments); treat as read-only."""

    key: str  # matching key of the whole word
    readings: tuple[tuple[int, str], ...]  # (offset, key) without proclitics, least stripped first
    is_word: bool
    title_at: int  # offset of a title reading (وزير، الرئيس), -1 when none
    honorific_at: int  # offset of an honorific reading (الشيخ، الدكتور), -1 when none
    occupation: bool  # a descriptive title (الكاتب، اللاعب)
    definite: bool  # some reading starts with the article
    phrase_stop: bool  # function word or verb: ends a title phrase
    name_stop: bool  # never part of a name
    complement: bool  # noun that continues a title phrase (مجلس، قوات)
    given: bool  # a given name
    ambiguous_given: bool  # a given name that is also an ordinary word
    known_word: bool  # in the text lexicon (ANERcorp vocabulary)
    frequency: int  # times the word (article included, proclitics not) occurs in that lexicon
    person_word: bool  # ANERcorp mostly tags it as part of a person's name (data/name_words.tsv)
    conjoined: bool  # و + a known word (ووزير), which starts a new phrase
    clitic_word: bool  # a proclitic + a known word (لمهرجان، بالتعاون): not a name word
    org_head_at: int  # offset of a reading that heads an organisation's name (وزارة، صحيفة), -1 when none
    nominal: tuple[int, str] | None  # (offset, head key) of a back-reference noun (الحركة)
    team_at: int  # offset of a منتخب / المنتخب reading (a national team follows), -1 when none
    nisba: tuple[int, str, str, bool] | None  # (offset, entry, suffix, also a name)
    opens_spelling: bool = False  # some reading is the first word of a gazetteer spelling
    reading_keys: tuple[str, ...] = ()  # the keys of ``readings``, alone (set tests at C speed)

    @property
    def stem(self) -> str:
        return self.readings[-1][1] if self.readings else self.key

    @property
    def is_title(self) -> bool:
        return self.title_at >= 0

    @property
    def is_honorific(self) -> bool:
        return self.honorific_at >= 0


class WordInfoCache:
    """Cached :class:`WordInfo` per written word, for one gazetteer and word lists."""

    def __init__(self, gaz: Gazetteer, words: WordLists):
        self.gaz = gaz
        self.words = words
        self.cache: dict[tuple[str, str], WordInfo] = {}
        self.markers = marker_keys(words)

    def info(self, text: str, kind: str) -> WordInfo:
        found = self.cache.get((text, kind))
        if found is None:
            if len(self.cache) > MAX_CACHE:
                self.cache.clear()
            found = self.cache[(text, kind)] = describe_word(text, kind, self.gaz, self.words, self.markers)
        return found


    def infos(self, tokens: list[Token]) -> list[WordInfo]:
        """:meth:`info` of each token (the cache hit inlined: most tokens are words seen before)."""
        get = self.cache.get
        out = []
        for token in tokens:
            found = get((token.text, token.kind))
            out.append(found if found is not None else self.info(token.text, token.kind))
        return out


def marker_keys(words: WordLists) -> frozenset[str]:
    """Every key some word list marks (titles, stops, heads…): most new words are in none of them."""
    return frozenset().union(words.titles, words.honorifics, words.occupations, words.phrase_stops,
                             words.name_stops, words.complements, words.org_heads, words.nominals, TEAM_WORDS)


def describe_word(text: str, kind: str, gaz: Gazetteer, words: WordLists,
                  markers: frozenset[str] | None = None) -> WordInfo:
    """``markers``: :func:`marker_keys` of ``words``, passed in by the cache (computed here when absent)."""
    key = token_key(text)
    if kind != "word":
        return describe_non_word(key, words, opens_spelling=key in gaz.first)
    readings = word_readings(text)
    keys = [k for _, k in readings]
    counts = [vocabulary_count(k) for k in keys]  # asked three times below: look up once
    if markers is None:
        markers = marker_keys(words)
    listed = not markers.isdisjoint(keys)  # else none of the list questions can say yes
    return WordInfo(
        key=key,
        readings=readings,
        is_word=True,
        title_at=first_offset(readings, words.titles) if listed else -1,
        honorific_at=first_offset(readings, words.honorifics) if listed else -1,
        occupation=listed and first_offset(readings, words.occupations) >= 0,
        definite=any(k.startswith("ال") and len(k) > 3 for k in keys),
        phrase_stop=listed and not words.phrase_stops.isdisjoint(keys),
        name_stop=listed and not words.name_stops.isdisjoint(keys),
        complement=listed and not words.complements.isdisjoint(keys),
        given=key in words.given_names,
        ambiguous_given=key in words.ambiguous_given_names,
        known_word=any(counts),
        frequency=max(counts, default=0),
        conjoined=is_conjoined(key, words),
        # a given name listed whole (لجين، فيصل) is no proclitic + word (ل + جين), unless also a word (وفاء)
        clitic_word=key not in words.person_words and (key not in words.given_names or key in words.ambiguous_given_names)
        and is_clitic_word(readings, counts, words),
        person_word=key in words.person_words,
        org_head_at=first_offset(readings, words.org_heads) if listed else -1,
        nominal=next(((off, k) for off, k in readings if k in words.nominals), None) if listed else None,
        team_at=first_offset(readings, TEAM_WORDS) if listed else -1,
        nisba=find_nisba(readings, gaz),
        opens_spelling=any(k in gaz.first for k in keys),
        reading_keys=tuple(keys),
    )


def describe_non_word(key: str, words: WordLists, *, opens_spelling: bool = False) -> WordInfo:
    """A number, Latin word or punctuation: one reading, none of the word questions apply."""
    return WordInfo(
        key=key,
        readings=((0, key),),
        is_word=False,
        title_at=-1,
        honorific_at=-1,
        occupation=False,
        definite=False,
        phrase_stop=key in words.phrase_stops,
        name_stop=key in words.name_stops,
        complement=key in words.complements,
        given=key in words.given_names,
        ambiguous_given=key in words.ambiguous_given_names,
        known_word=False,
        frequency=0,
        conjoined=False,
        clitic_word=False,
        person_word=key in words.person_words,
        org_head_at=-1,
        nominal=None,
        team_at=-1,
        nisba=None,
        opens_spelling=opens_spelling,
        reading_keys=(key,),
    )


def is_clitic_word(readings: tuple[tuple[int, str], ...], counts: list[int], words: WordLists) -> bool:
    """A proclitic + a known word (لمهرجان، بالتعاون): some stripped reading is a word."""
    for (offset, key), count in zip(readings, counts):
        if offset > 0 and (count >= 2 or vocabulary_count("ال" + key) >= 2 or key in words.name_stops):
            return True
    return False


def vocabulary_count(key: str) -> int:
    """Frequency of a matching key in the text lexicon (which keeps ة where keys have ه)."""
    vocabulary = lexicon.vocabulary()
    found = vocabulary.get(key, 0)
    if not found and key.endswith("ه"):
        found = vocabulary.get(key[:-1] + "ة", 0)
    return found


def first_offset(readings: tuple[tuple[int, str], ...], found: frozenset[str]) -> int:
    for offset, key in readings:
        if key in found:
            return offset
    return -1


def is_conjoined(key: str, words: WordLists) -> bool:
    """``ووزير``, ``والذي``: و + a known word starts a new phrase (but وليد، وائل are names)."""
    if not key.startswith("و") or key in words.given_names:
        return False
    rest = key[1:]
    return bool(vocabulary_count(rest)) or rest in words.titles or rest in words.name_stops or rest in words.given_names


def find_nisba(readings: tuple[tuple[int, str], ...], gaz: Gazetteer) -> tuple[int, str, str, bool] | None:
    """The nisba reading of a word, trying the most stripped reading first."""
    for offset, key in reversed(readings):
        entry, suffix, also_name = nisba_analysis(key, gaz)
        if entry is not None:
            return offset, entry, suffix, also_name
    return None
