"""Entity linking: mentions → the article's entities, with canonical identities.

The ``link`` stage fills ``doc.entities`` per the contract (``{id, type, name,
canonical, roles, mentions}``; see /work/shared/spec/ARTICLE.md). It works
with and without the NER tagger: ``doc.mentions`` (the tagger's output, maybe
empty) are merged with what the linker spots on its own.

1. **Spot** candidates: gazetteer spellings by longest match over tokens
   (:mod:`khabar.entities.spot`), nisba adjectives (:mod:`khabar.entities.nisba`),
   the tagger's mentions, and names found from context — persons after titles
   or given names, organisations after their head noun (:mod:`khabar.entities.names`).
2. **Filter** weak spellings (ordinary words such as صالح or الخبر) that have no
   support: a cue word before them, the tagger, or a strong mention of the same
   entity elsewhere in the article.
3. **Resolve overlaps**: longer wins; on equal spans the gazetteer beats the
   tagger, which beats nisbas and context patterns; context patterns never beat
   the tagger. A tagger or context mention takes the gazetteer entry of a same-type
   name inside it that shares its head (its start, or a person's last word).
4. **Choose** among entries that share a spelling (عمان: Oman or Amman; طرابلس:
   Libya's or Lebanon's) by the exact written form (عمّان), then by the countries
   the rest of the article is about, then by prior (countries first, then size).
5. **Cluster** into entities: same canonical entry; same text; a surname or any
   tail of a longer person's name (الحديدي → سامي الحديدي); then a second pass adds
   bare surnames anywhere in the text and nominal back-references (الحركة → the
   last movement named before it) from ``data/nominals.tsv``.
6. **Describe** each entity: ``name`` the fullest name mention, ``canonical`` from
   the gazetteer, ``roles`` from the titles before its name mentions
   (:mod:`khabar.entities.roles`), ids ``e1``, ``e2``… in order of first mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from itertools import compress, pairwise
from operator import attrgetter, not_
from typing import Any

from khabar.document import Document
from khabar.entities.gazetteer import Gazetteer, load_gazetteer, match_key
from khabar.entities.names import (
    Context,
    continues_name,
    find_given_names,
    find_headed_organisations,
    find_title_names,
    name_follows,
    named_after_royal,
    preposition_ali,
)
from khabar.entities.nisba import nisba_entry
from khabar.entities.roles import roles_before
from khabar.entities.spot import (
    Candidate,
    find_gazetteer_candidates,
    find_nisba_candidates,
    tagger_candidates,
)
from khabar.entities.wordinfo import WordInfo, WordInfoCache, vocabulary_count
from khabar.entities.wordlists import (
    Nominal,
    WordLists,
    load_wordlists,
    subtype_of_head,
)

PRIORITY = {"blocker": 0, "gazetteer": 1, "tagger": 2, "nisba": 3, "title": 4, "headed": 5, "given": 6}
CONTEXT_SOURCES = ("title", "headed", "given")
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "عبد"})


@dataclass
class Cluster:
    """Mentions of one entity while linking."""

    mentions: list[Candidate]
    type: str | None
    entry: str | None = None
    roles: list[str] = field(default_factory=list)

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions)


_CACHES: dict[tuple[int, int], WordInfoCache] = {}


def word_info_cache(gaz: Gazetteer, words: WordLists) -> WordInfoCache:
    """The per-process cache of word answers for these data (kept across articles)."""
    key = (id(gaz), id(words))
    cache = _CACHES.get(key)
    if cache is None:
        cache = _CACHES[key] = WordInfoCache(gaz, words)
    return cache


def link_entities(doc: Document, gaz: Gazetteer | None = None, words: WordLists | None = None) -> list[dict[str, Any]]:
    """The contract's ``entities`` of a tokenised document (``doc.mentions`` may be empty)."""
    gaz = gaz or load_gazetteer()
    words = words or load_wordlists()
    if not doc.tokens:
        return []
    cache = word_info_cache(gaz, words)
    infos = cache.infos(doc.tokens)
    spotted = find_gazetteer_candidates(doc, infos, gaz) + find_nisba_candidates(doc, infos)
    tagged = tagger_candidates(doc, infos, gaz)
    trim_epithets(doc, infos, words, spotted + tagged)  # "المخلوع صالح" → صالح
    ctx = make_context(doc, infos, words, spotted)
    # the tagger reads "مركز الملك فهد الثقافي" as a person "فهد الثقافي": no person starts right after
    # a royal title that follows a head noun (names.named_after_royal)
    tagged = [c for c in tagged if c.type != "PER" or not (named_after_royal(ctx, c.first - 1) or named_after_royal(ctx, c.first))]
    # "المبعوث الأممي", "مستشار إعلامي": the tagger's one-word person that is a title or an adjective
    # (still in the way of the context patterns: "المبعوث الأممي بإيعاز" gives no person "بإيعاز")
    # "التحريض على قتلي": the preposition على, not the given name علي, before a word that is no name; dropped
    # alone, so that a name the context patterns find after it stays ("على أيدي إيان كالوم")
    tagged = [c for c in tagged if c.type != "PER" or not preposition_ali(ctx, c.first, c.last, tagged=True)]
    no_person = [c for c in tagged if word_alone_no_person(ctx, c)]
    tagged = [c for c in tagged if c not in no_person]
    found = find_title_names(ctx)
    found += find_given_names(ctx, {t for c in found for t in range(c.first, c.last + 1)})
    found += find_headed_organisations(ctx)
    found = [c for c in found if not word_alone_no_person(ctx, c)]  # the title rule's "المبعوث الأممي"
    tagged = [c for c in tagged if not adjacent_places(c, spotted, gaz)]
    supported = keep_supported(doc, ctx, spotted, tagged, gaz)
    chosen = resolve_overlaps(supported + tagged + drop_overlapping(found, tagged + no_person), gaz, ctx)
    choose_entries(doc, ctx, chosen, gaz)
    clusters = cluster_mentions(chosen, ctx, gaz)
    add_surnames(clusters, ctx, chosen)
    add_nominals(clusters, ctx, chosen, gaz)
    collect_roles(doc, clusters, ctx)
    return describe_entities(doc, ctx, clusters, gaz)


def make_context(doc: Document, infos: list[WordInfo], words: WordLists, spotted: list[Candidate]) -> Context:
    """Which tokens the sure gazetteer names cover, for the context patterns (names.py)."""
    known: set[int] = set()
    persons: set[int] = set()
    person_starts: set[int] = set()
    places: set[int] = set()
    name_starts: set[int] = set()
    for cand in spotted:
        if cand.source == "blocker" or cand.weak or cand.home:
            continue
        span = range(cand.first, cand.last + 1)
        if cand.source == "gazetteer":
            name_starts.add(cand.first)
        if cand.type == "PER":
            persons.update(span)
            person_starts.add(cand.first)
        else:
            known.update(span)
            if cand.type == "LOC" and cand.start == doc.tokens[cand.first].start:
                places.update(span)
    return Context(doc.tokens, infos, words, known, persons, person_starts, places, name_starts)


# --- 2. weak spellings ------------------------------------------------------------------------

def keep_supported(doc: Document, ctx: Context, spotted: list[Candidate], tagged: list[Candidate],
                   gaz: Gazetteer) -> list[Candidate]:
    """Drop weak and home-country candidates that nothing supports (see module docstring, step 2)."""
    strong = {e for c in spotted if not c.weak and not c.home and len(c.entries) == 1 for e in c.entries}
    tagged_spans = {(c.start, c.end) for c in tagged}
    home = home_countries(ctx, spotted, gaz)
    kept = []
    for cand in spotted:
        if cand.home:
            if any(gaz.entries[e].country in home for e in cand.entries) and not foreign_nisba_after(ctx, cand, gaz):
                kept.append(cand)
        elif not cand.weak or cand.source == "blocker":
            kept.append(cand)
        elif cand.form == "nisba":
            if not looks_like_name_part(ctx, cand):
                kept.append(cand)
        elif cand.type == "PER" and not strong.intersection(cand.entries) and after_given_name(ctx, cand):
            # "وعلي سلمان" (a painter): the weak "سلمان" is his father's name, not the king — unless the
            # article names the king in full ("عبدربه هادي" after "عبد ربه منصور هادي")
            continue
        elif (cand.start, cand.end) in tagged_spans or (has_cue(ctx, cand) and not names_a_union(ctx, cand)) \
                or strong.intersection(cand.entries) or is_framed(ctx, cand):
            if strong.intersection(cand.entries):
                cand.entries = tuple(e for e in cand.entries if e in strong) or cand.entries
            kept.append(cand)
    return kept


def epithet_key(info: WordInfo, words: WordLists) -> bool:
    """Whether a word is, with or without its proclitics, a listed adjective of a title (``name_stops.tsv``
    kind ``adjective``: الأممي، المخلوع); after لل the reading lacks the article's alef (للمخلوع → لمخلوع)."""
    return any(key in words.title_adjectives or "ا" + key in words.title_adjectives for _, key in info.readings)


def trim_epithets(doc: Document, infos: list[WordInfo], words: WordLists, cands: list[Candidate]) -> None:
    """A person's mention that opens with an epithet ("المخلوع صالح", "المخلوع علي عبدالله صالح", spellings
    of Ali Abdullah Saleh in the gazetteer, and the tagger's "المخلوع علي عبد الله صالح") starts at the
    name: the guidelines leave titles out of a person's mention. The entry found stays."""
    for cand in cands:
        if cand.type == "PER" and cand.last > cand.first and epithet_key(infos[cand.first], words):
            cand.first += 1
            cand.start = doc.tokens[cand.first].start


def word_alone_no_person(ctx: Context, cand: Candidate) -> bool:
    """Whether the tagger's person is one word that names no one: a title or occupation alone
    ("الإعلامي"), a word of ``name_stops.tsv`` ("أمس"), or a listed adjective of a title
    (kind ``adjective``: "الأممي" of "المبعوث الأممي", "إعلامي" of "مستشار إعلامي", "النقابي" of
    "الزعيم النقابي"). The guidelines annotate no title alone. A given name (علي, also على) is kept."""
    if cand.type != "PER":
        return False
    if cand.first != cand.last:
        return accusative_words(ctx, cand)
    info = ctx.infos[cand.first]
    if info.given or any(off and key in ctx.words.given_names for off, key in info.readings):
        return False
    return info.name_stop or info.is_title or epithet_key(info, ctx.words) or accusative_words(ctx, cand)


TANWEEN_FATH = "\u064b"  # the accusative's double fatha ("ماديًا"، "بلاغاً"، "اجتماعاً موسعاً")


def accusative_words(ctx: Context, cand: Candidate) -> bool:
    """Whether every word of the tagger's person carries the indefinite accusative's tanween and none is
    a given name: adverbs, objects and adjectives ("ماديًا"، "تعقيبًا"، "اجتماعاً موسعاً"، "حادثًا مأساويًا"),
    never how a person is named (session 36, lead36m; "سعودًا"، "أمينًا" are given names and stay)."""
    for k in range(cand.first, cand.last + 1):
        info = ctx.infos[k]
        text = ctx.tokens[k].text
        if TANWEEN_FATH not in text or info.given or any(key in ctx.words.given_names for _, key in info.readings):
            return False
        if match_key(text.replace(TANWEEN_FATH, "").removesuffix("ا")) in ctx.words.given_names:
            return False  # "محمدًا"، "سعودًا"، "ياسميناً": a given name in the accusative
    return True


KINGDOM = "المملكه"


def foreign_nisba_after(ctx: Context, cand: Candidate, gaz: Gazetteer) -> bool:
    """Whether a home-country spelling is followed by the nisba of another country ("وزارة العدل
    الأميركية" in an article about Saudi Arabia): the nisba says whose ministry it is."""
    after = cand.last + 1
    if after >= len(ctx.tokens) or ctx.infos[after].nisba is None or not ctx.infos[after].definite:
        return False  # (an indefinite nisba is no adjective of the definite name: "الجوازات مصريين" in a tag list)
    named = gaz.entries.get(ctx.infos[after].nisba[1])
    if named is None or named.subtype != "country":
        return False
    return all(gaz.entries[e].country != named.code for e in cand.entries)


def home_countries(ctx: Context, spotted: list[Candidate], gaz: Gazetteer) -> set[str]:
    """Countries the article is about, for home-country spellings (bare وزارة الصحة).

    The countries of its sure place names and nisbas; and Saudi Arabia when the
    article says "المملكة" on its own (Saudi news idiom for the Kingdom) and
    names no other country.
    """
    found: set[str] = set()
    for cand in spotted:
        if cand.weak or cand.home or len(cand.entries) != 1 or cand.type != "LOC":
            continue
        entry = gaz.entries[cand.entries[0]]
        found.add(entry.code if entry.subtype == "country" else entry.country)
    found.discard("")
    if not found - {"SA"} and any(info.stem == KINGDOM and not ctx.infos[i + 1].definite
                                  for i, info in enumerate(ctx.infos[:-1])):
        found.add("SA")
    return found


FRAMES = frozenset("-–—()«»\"“”")


def is_framed(ctx: Context, cand: Candidate) -> bool:
    """An outlet's name set off by dashes, brackets or quotes (``- سبق -``, ``«عكاظ»``), as in credits."""
    if cand.type != "ORG" or cand.first == 0 or cand.last + 1 >= len(ctx.tokens):
        return False
    before, after = ctx.tokens[cand.first - 1], ctx.tokens[cand.last + 1]
    return before.text in FRAMES and after.text in FRAMES


def has_cue(ctx: Context, cand: Candidate) -> bool:
    if cand.first == 0 or not ctx.is_word(cand.first - 1):
        return False
    cues = ctx.words.cues.get(cand.type or "", frozenset())
    return any(key in cues for _, key in ctx.infos[cand.first - 1].readings)


# "رئيس الاتحاد الدولي / العام" is the president of an international or a general federation (الفيفا،
# الاتحاد العام للعمال), not of Ittihad FC, whose weak spelling ?الاتحاد the cue رئيس would support. A
# list, not every definite word: "لاعب الاتحاد السابق" is Ittihad's (the tagger's "الاتحاد الدولي" stays).
UNION_ADJECTIVES = frozenset({"الدولي", "العام"})


def names_a_union(ctx: Context, cand: Candidate) -> bool:
    after = cand.last + 1
    return after < len(ctx.tokens) and ctx.is_word(after) and ctx.infos[after].key in UNION_ADJECTIVES


def after_given_name(ctx: Context, cand: Candidate) -> bool:
    """Whether a one-word candidate comes right after a given name, with or without و ("وعلي سلمان"):
    the second name of that person, not the famous bearer of a weak spelling."""
    before = cand.first - 1
    if cand.last != cand.first or before < 0 or not ctx.is_word(before):
        return False
    info = ctx.infos[before]
    return info.given or any(off and key in ctx.words.given_names for off, key in info.readings)


def looks_like_name_part(ctx: Context, cand: Candidate) -> bool:
    """A nisba that is also a name (تركي، المصري) right after a title or a given name, or before بن."""
    before = cand.first - 1
    if before >= 0 and ctx.is_word(before):
        info = ctx.infos[before]
        if info.is_title or info.is_honorific or info.given:
            return True
    after = cand.last + 1
    if after >= len(ctx.tokens):
        return False
    if ctx.infos[after].key in NAME_PARTICLES:
        return True
    # Bare تركي before a given name or a family name is the given name Turki (names.name_follows).
    return not ctx.infos[cand.first].definite and name_follows(ctx, cand.first)


PLACE_SUBTYPES = ("country", "city")


def adjacent_places(cand: Candidate, spotted: list[Candidate], gaz: Gazetteer) -> bool:
    """Whether a tagged place of several words is two or more places the gazetteer names one
    after another, each a country or city of its own ("طالبت باكستان الهند بضرورة …"): the
    verb's subject and object, not one name. Not when a gazetteer name spans the whole
    ("القدس الشرقية"), nor when a word is a region or an adjective ("الشرقية")."""
    if cand.type != "LOC" or cand.last == cand.first:
        return False
    places: dict[int, set[str]] = {}
    for other in spotted:
        if other.source != "gazetteer" or other.weak or not other.entries:
            continue
        if (other.first, other.last) == (cand.first, cand.last):
            return False
        if other.first == other.last and cand.first <= other.first <= cand.last and all(
                gaz.entries[e].subtype in PLACE_SUBTYPES for e in other.entries):
            places[other.first] = set(other.entries)
    if len(places) != cand.length:
        return False
    named = list(places.values())
    return all(not (a & b) for a, b in pairwise(named))


# --- 3. overlaps --------------------------------------------------------------------------------

def drop_overlapping(found: list[Candidate], tagged: list[Candidate]) -> list[Candidate]:
    """Context-pattern candidates give way to any overlapping tagger mention."""
    if not tagged:
        return found
    return [c for c in found if not any(c.start < t.end and t.start < c.end for t in tagged)]


def resolve_overlaps(candidates: list[Candidate], gaz: Gazetteer, ctx: Context) -> list[Candidate]:
    """Greedy choice of non-overlapping candidates: longer first, then by source priority."""
    merge_same_spans(candidates, gaz)
    ordered = sorted(candidates, key=lambda c: (-c.length, -(c.end - c.start), PRIORITY[c.source], c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in ordered:
        start, end = cand.start, cand.end
        for s, e in taken:
            if start < e and s < end:
                break  # overlaps a longer or preferred choice
        else:
            chosen.append(cand)
            taken.append((start, end))
    for cand in chosen:
        if not cand.entries and cand.source in ("tagger",) + CONTEXT_SOURCES:
            inherit_entry(cand, candidates, ctx, gaz)
    return sorted((c for c in chosen if c.source != "blocker"), key=lambda c: c.start)


def merge_same_spans(candidates: list[Candidate], gaz: Gazetteer) -> None:
    """A tagger mention and a gazetteer name on the same span are one mention with the entry;
    a country name that is also a nisba form (السعودية) is a nisba after a definite noun."""
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for cand in candidates:
        by_span.setdefault((cand.start, cand.end), []).append(cand)
    for group in by_span.values():
        if len(group) < 2:
            continue
        named = next((c for c in group if c.source == "gazetteer"), None)
        nisba = next((c for c in group if c.source == "nisba"), None)
        if named is not None and nisba is not None and set(named.entries) & set(nisba.entries):
            group.remove(nisba)
            candidates.remove(nisba)  # the form is decided once entries are known (mark_nisba_names)
        tagged = next((c for c in group if c.source == "tagger"), None)
        if named is not None and tagged is not None:
            tagged.entries = named.entries
            tagged.type = gaz.entries[named.entries[0]].type if named.entries else tagged.type
            tagged.weak = False
            candidates.remove(named)


def inherit_entry(cand: Candidate, candidates: list[Candidate], ctx: Context, gaz: Gazetteer) -> None:
    """Give a longer tagger/context mention the entry of a same-type gazetteer name sharing its head."""
    for inner in candidates:
        if inner.source != "gazetteer" or not inner.entries or inner.type != cand.type:
            continue
        if not (cand.start <= inner.start and inner.end <= cand.end):
            continue
        if cand.type == "PER" and (other_given_name(ctx, gaz, cand, inner) or child_of(ctx, cand, inner)):
            continue
        shares_head = inner.start == cand.start if cand.type != "PER" else (
            inner.end == cand.end or (inner.start == cand.start and inner.length >= 2))
        if shares_head:
            cand.entries = inner.entries
            return


LINEAGE = frozenset({"بن", "ابن", "بنت"})


def child_of(ctx: Context, cand: Candidate, inner: Candidate) -> bool:
    """Whether the gazetteer's person ends the longer name after بن/ابن/بنت: "سعود بن سلمان بن عبد العزيز" is
    a son of "سلمان بن عبد العزيز", not the king; the son's name must not take the father's entry (session 50,
    link50: brothers named in one article became one entity with the king's canonical name)."""
    before = inner.first - 1
    return cand.first <= before and ctx.infos[before].key in LINEAGE


def other_given_name(ctx: Context, gaz: Gazetteer, cand: Candidate, inner: Candidate) -> bool:
    """"سليمان الأسد" is not "بشار الأسد", "جيمس كاميرون" not "ديفيد كاميرون": a family name the gazetteer holds
    alone, ending a longer name with a given name right before it, names another member of the family unless the
    name opens with the entry's own given name ("عبدالرحمن بن عبدالعزيز السديس" is "عبدالرحمن السديس"). The
    entry's own full names ("بشار الأسد"، "بشار حافظ الأسد") are gazetteer spellings of the whole span and never
    reach here."""
    before = inner.first - 1
    if not (inner.length == 1 and inner.end == cand.end and inner.first > cand.first and ctx.infos[before].given):
        return False
    if ctx.tokens[before].text.endswith("ى"):
        return False  # "على أوباما": the preposition the tagger ran into the name, not the given name علي
    own = {match_key(gaz.entries[en].ar.split()[0]) for en in inner.entries if gaz.entries[en].ar}
    first = next((i for i in range(cand.first, before) if ctx.is_word(i)), before)  # past a "/" the mention took in
    return ctx.infos[first].key not in own


# --- 4. ambiguous spellings ---------------------------------------------------------------------

def choose_entries(doc: Document, ctx: Context, chosen: list[Candidate], gaz: Gazetteer) -> None:
    """Pick one entry per candidate (see module docstring, step 4)."""
    sure = [c.entries[0] for c in chosen if len(c.entries) == 1]
    sure_set = set(sure)
    countries = {code for en in sure for code in (gaz.entries[en].code, gaz.entries[en].country) if code}
    for cand in chosen:
        if len(cand.entries) == 1:
            cand.entry = cand.entries[0]
        elif cand.entries:
            written = doc.text[cand.start : cand.end].replace("\u0640", "")
            cand.entry = max(cand.entries, key=lambda en: entry_score(gaz, en, written, sure_set, countries))
        if cand.entry is not None and cand.source == "gazetteer":
            cand.type = gaz.entries[cand.entry].type
    mark_nisba_names(ctx, chosen, gaz)


def entry_score(gaz: Gazetteer, en: str, written: str, sure: set[str], countries: set[str]) -> tuple:
    entry = gaz.entries[en]
    exact = written in gaz.diacritic_spellings.get(en, ())
    own = entry.code if entry.subtype == "country" else entry.country
    return (exact, en in sure, bool(own) and own in countries and entry.subtype != "country", entry.rank)


def mark_nisba_names(ctx: Context, chosen: list[Candidate], gaz: Gazetteer) -> None:
    """السعودية right after a definite feminine noun (الشركة السعودية، السلطات السعودية) is the adjective:
    form ``nisba``. After a masculine noun (زار الرئيس السعودية) it stays the country's name."""
    tokens = ctx.tokens
    for cand in chosen:
        if cand.source != "gazetteer" or cand.length != 1 or cand.entry is None:
            continue
        key = ctx.infos[cand.first].stem
        if not key.startswith("ال") or nisba_entry(key, gaz) != cand.entry:
            continue
        before = cand.first - 1
        if before >= 0 and ctx.is_word(before) and tokens[before].end >= cand.start - 1:
            prev = ctx.infos[before]
            if prev.nisba is not None or (prev.stem.startswith("ال") and prev.stem.endswith(("ه", "ات"))):
                cand.form = "nisba"


# --- 5. clusters --------------------------------------------------------------------------------

def cluster_mentions(chosen: list[Candidate], ctx: Context, gaz: Gazetteer) -> list[Cluster]:
    ctx.spellings = name_spellings(ctx, [c for c in chosen if c.type == "PER"])
    by_key: dict[str, Cluster] = {}
    for cand in chosen:
        key = f"E:{cand.entry}" if cand.entry else f"U:{cand.type}:{' '.join(fused_keys(ctx, cand))}"
        cluster = by_key.get(key)
        if cluster is None:
            by_key[key] = Cluster([cand], cand.type, cand.entry)
        else:
            cluster.mentions.append(cand)
    clusters = list(by_key.values())
    join_person_tails(clusters, ctx)
    join_mistyped_surnames(clusters, ctx)
    return clusters


def mention_key(ctx: Context, cand: Candidate) -> str:
    """The matching form of a mention's words, proclitics left out.

    Clustering asks for the same mentions' keys many times; they are kept in
    the context by span (a candidate's span may change between the questions).
    """
    span = (cand.start, cand.first, cand.last)
    found = ctx.mention_keys.get(span)
    if found is None:
        found = ctx.mention_keys[span] = compute_mention_key(ctx, cand)
    return found


def compute_mention_key(ctx: Context, cand: Candidate) -> str:
    first = ctx.infos[cand.first].readings
    head = first[0][1] if first else ""
    at = cand.start - ctx.tokens[cand.first].start
    for offset, key in first:
        if offset == at:
            head = key
            break
    rest = [ctx.infos[i].key for i in range(cand.first + 1, cand.last + 1)]
    return " ".join([head, *rest])


def name_keys(ctx: Context, cand: Candidate) -> tuple[str, ...]:
    span = (cand.start, cand.first, cand.last)
    found = ctx.name_keys.get(span)
    if found is None:
        found = ctx.name_keys[span] = tuple(k for k in mention_key(ctx, cand).split() if k != ".")
    return found


COMPOUND_HEADS = frozenset({"عبد", "ابو"})


def fused_keys(ctx: Context, cand: Candidate) -> tuple[str, ...]:
    """:func:`name_keys` with a compound name written in two words fused as it is also written: "عبد الرحمن" is
    "عبدالرحمن", "أبو السعود" "أبوالسعود" (session 50, link50: one person spelled both ways in one article was
    two entities). For clustering only; surnames (``surname_owners``) still read the words apart."""
    keys = name_keys(ctx, cand)
    if COMPOUND_HEADS.intersection(keys[:-1]):
        fused: list[str] = []
        for key in keys:
            if fused and fused[-1] in COMPOUND_HEADS:
                fused[-1] += key
            else:
                fused.append(key)
        keys = tuple(fused)
    if ctx.spellings and not ctx.spellings.keys().isdisjoint(keys):
        keys = tuple(ctx.spellings.get(key, key) for key in keys)
    return keys


LONG_VOWELS = "اوي"
HAMZA_SEATS = str.maketrans({"ئ": "ي", "ؤ": "و"})
MIN_VARIANT = 4  # letters of the shorter spelling: "نصيف" / "ناصيف"، "ميركل" / "ميريكل"; not "حسن" / "حسين"


def name_spellings(ctx: Context, persons: list[Candidate]) -> dict[str, str]:
    """Each word of the article's person names written two ways → its first spelling: a long vowel more or less
    inside a foreign name ("بنيتيز" / "بينيتيز"، "ميركل" / "ميريكل"، "كيسنجر" / "كيسينجر") or a hamza on its seat
    or not ("رافائيل" / "رافاييل") is one name, and one person was two entities (session 51, link51). Called before
    clustering (``ctx.spellings`` still empty); one pass over the article's few name words, each looked up by its
    forms with one long vowel left out."""
    order = dict.fromkeys(key for cand in persons for key in fused_keys(ctx, cand))
    spellings: dict[str, str] = {}
    seen: dict[str, str] = {}  # a plain form (hamza on no seat) → the first word written so
    shorter: dict[str, str] = {}  # a seen word's form with one long vowel left out → that word
    for word in order:
        plain = word.translate(HAMZA_SEATS)
        first = seen.get(plain)
        if first is None and variable_name_word(ctx, plain):
            first = shorter.get(plain) or next((seen[s] for s in vowel_dropped(plain)
                                                if s in seen and variable_name_word(ctx, s)), None)
        if first is not None:
            if first != word:
                spellings[word] = first
            continue
        seen[plain] = word
        if variable_name_word(ctx, plain):
            for form in vowel_dropped(plain):
                if variable_name_word(ctx, form):
                    shorter.setdefault(form, word)
    return spellings


def vowel_dropped(word: str) -> list[str]:
    """The word with one long vowel inside it (neither its first nor its last letter) left out."""
    return [word[:k] + word[k + 1:] for k in range(1, len(word) - 1) if word[k] in LONG_VOWELS]


def variable_name_word(ctx: Context, word: str) -> bool:
    """Whether a name word may be written with a long vowel more or less: long enough, no given name (محمد /
    محمود، سلمان / سليمان are two names), no family name with the article (العمري / العامري، الحمدان /
    الحميدان are two families) and no word of the lexicon's that is no name word (الحقل / الحقول)."""
    if len(word) < MIN_VARIANT or word.startswith("ال") or word in ctx.words.given_names:
        return False
    return word in ctx.words.person_words or not vocabulary_count(word)


def join_person_tails(clusters: list[Cluster], ctx: Context) -> None:
    """Merge a person cluster whose names are all a tail (or first and last word) of a longer person's name."""
    persons = [c for c in clusters if c.type == "PER"]
    for short in sorted(persons, key=lambda c: max(m.length for m in c.mentions)):
        if short.entry is not None:
            continue
        tails = {fused_keys(ctx, m) for m in short.mentions}
        if len(tails) != 1:
            continue
        tail = tails.pop()
        if not tail:
            continue
        target = None
        plain = name_keys(ctx, short.mentions[0])  # "عبد العزيز" ending a longer name is a surname, عبدالعزيز alone not
        if not (plain[0] in ctx.words.given_names and len(plain) == 1):
            owners = [c for c in persons if c is not short and c.mentions
                      and any(is_part_of_name(tail, fused_keys(ctx, m)) for m in c.mentions)]
            target = nearest_before(owners, short.first_start)
        if target is None and len(tail) >= 2:
            target = sole_longer_name(persons, short, tail, ctx)
        if target is None and len(tail) == 1 and len(tail[0]) > 2 and tail[0] not in NAME_PARTICLES:
            join_sole_bearer(persons, short, tail[0], ctx)
        elif target is not None:
            target.mentions.extend(short.mentions)
            short.mentions = []
    clusters[:] = [c for c in clusters if c.mentions]


def sole_longer_name(persons: list[Cluster], short: Cluster, name: tuple[str, ...], ctx: Context) -> Cluster | None:
    """The one person whose longer name opens with the whole of this name of two words or more: "عادل بن زيد" is
    "عادل بن زيد الطريفي", "مشعل بن ماجد" is "مشعل بن ماجد بن عبدالعزيز" named in full (session 51, link51: a
    name cut before its last words stayed a person of its own). None when the name ends with بن or آل (a cut
    name), when two people's names open with it ("محمد بن سعد" beside "محمد بن سعد الغامدي" and "محمد بن سعد
    العتيبي"), or when the longer name goes on with a word that names no one (``name_words_after``)."""
    if name[-1] in NAME_PARTICLES:
        return None
    size = len(name)
    owners = [c for c in persons if c is not short and c.mentions
              and any(len(keys) > size and keys[:size] == name for keys in map(partial(fused_keys, ctx), c.mentions))]
    if len(owners) != 1:
        return None
    longer = [m for m in owners[0].mentions if fused_keys(ctx, m)[:size] == name and len(fused_keys(ctx, m)) > size]
    return owners[0] if all(name_words_after(ctx, m, len(name_keys(ctx, short.mentions[0]))) for m in longer) else None


NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ذو"})


def name_words_after(ctx: Context, mention: Candidate, size: int) -> bool:
    """Whether the words of a longer name after its first ``size`` words go on naming a person: بن / آل / ذو and the
    name after them, a family name with the article ("الطريفي"), a given name — not the word the tagger ran into
    ("نور الدين شكك"، "وائل كفوري مهرجانات"، "فيدل كاسترو على"), whose name would become the person's."""
    words = [i for i in range(mention.first, mention.last + 1) if ctx.tokens[i].text != "."][size:]
    for i in words:
        info = ctx.infos[i]
        given = info.given and not ctx.tokens[i].text.endswith("ى")
        if not (given or info.person_word or info.key in NAME_LINKS or info.key.startswith("ال")):
            return False
    return bool(words)


def join_sole_bearer(persons: list[Cluster], short: Cluster, word: str, ctx: Context) -> None:
    """Move the mentions of a one-word name that stand alone (``stands_alone``) to its sole bearer; the others
    ("وديفيد أون" beside "ديفيد كاميرون": the tagger cut another man's name) stay where they are."""
    target = sole_bearer(persons, short, word, ctx)
    if target is None:
        return
    followers = {keys[k + 1] for keys in (fused_keys(ctx, m) for m in target.mentions)
                 for k in range(len(keys) - 1) if keys[k] == word}
    alone = [m for m in short.mentions if stands_alone(ctx, m, followers)]
    target.mentions.extend(alone)
    short.mentions = [m for m in short.mentions if m not in alone]


def join_mistyped_surnames(clusters: list[Cluster], ctx: Context) -> None:
    """A foreign family name met alone after the person's full name, which the tagger typed a place, an
    organisation or MISC ("فالكاو" after "رادميل فالكاو", "ميرتيساكر" after "بير ميرتيساكر"), is that person:
    its mentions join the one person of the article whose name of two words or more ends with it, and are
    retyped (session 52, link53: the bare name stayed a place of its own, and the speaker's entity with it).
    The tagger's type of one unknown word is weak evidence; not so a word the gazetteer knows (قطر، مدريد), a
    nisba, a word after a cue word ("لاعبي تشيلسي"، "فريق …"), nor one named before the person."""
    owners = surname_owners(clusters, ctx)
    if not owners:
        return
    for cluster in clusters:
        word = mistyped_word(cluster, ctx)
        found = owners.get(word) if word else None
        if not found or len(found) != 1:
            continue
        target = found[0]
        if target.first_start > cluster.first_start or not steady_surname(target, word, ctx):
            continue
        for mention in cluster.mentions:
            mention.type = "PER"
        target.mentions.extend(cluster.mentions)
        cluster.mentions = []
    clusters[:] = [c for c in clusters if c.mentions]


def mistyped_word(cluster: Cluster, ctx: Context) -> str | None:
    """The one word of an unknown non-person cluster made only of the tagger's one-word name mentions, when
    nothing but the tagger says what it names (see ``join_mistyped_surnames``); else None."""
    if cluster.type == "PER" or cluster.entry is not None:
        return None
    words = set()
    for m in cluster.mentions:
        if m.source != "tagger" or m.form != "name" or m.first != m.last or m.entries:
            return None
        info = ctx.infos[m.first]
        if info.opens_spelling or info.nisba is not None or info.is_title or info.name_stop:
            return None
        if info.definite and info.known_word and not info.person_word:
            return None  # a definite word of the lexicon: a nickname or a noun ("الدراويش"، "الملياردير"، "السوبر")
        if place_or_club_cue(ctx, m.first - 1):
            return None
        words.add(name_keys(ctx, m))
    if len(words) != 1:
        return None
    (keys,) = words
    return keys[0] if len(keys) == 1 and len(keys[0]) > 2 else None


def place_or_club_cue(ctx: Context, i: int) -> bool:
    """Whether word ``i`` announces a place or an organisation, whatever the tagger's type: a cue of ``cues.tsv``
    ("لاعب تشيلسي"، "فريق ليفربول"، "مدينة …"), a noun that heads an organisation's name, or منتخب."""
    if i < 0 or not ctx.is_word(i):
        return False
    info = ctx.infos[i]
    cues = ctx.words.cues.get("ORG", frozenset()) | ctx.words.cues.get("LOC", frozenset())
    return info.org_head_at >= 0 or info.team_at >= 0 or any(key in cues for _, key in info.readings)


def steady_surname(person: Cluster, word: str, ctx: Context) -> bool:
    """Whether every name of two words or more of the person ends with ``word``: a name that the tagger ran on
    into a club ("إيدين هازارد تشيلسي" beside "إيدين هازارد") does not make the club his surname."""
    names = [(m, name_keys(ctx, m)) for m in person.mentions if m.form == "name"]
    return all(keys[-1] == word and name_word(ctx.infos[m.last - 1]) for m, keys in names if len(keys) >= 2)


def name_word(info: WordInfo) -> bool:
    """A given name, a word the tagger's corpus mostly names persons with, or one the lexicon does not know
    ("رادميل"، "بير"): not an ordinary word the tagger ran into a name ("مدافعو تشيلسي"، "إشراك فالكاو"), nor a
    given name that is also an ordinary word ("لصالح تشيلسي")."""
    if info.ambiguous_given:
        return False
    return info.given or info.person_word or not info.known_word


def sole_bearer(persons: list[Cluster], short: Cluster, word: str, ctx: Context) -> Cluster | None:
    """The one person named earlier in full whose given name or surname is the one word ``word`` met alone:
    "هيفاء" after "هيفاء وهبي", the given name ياسين after "رياض ياسين" (session 50, link50: the tagger's
    one-word mention stayed an entity of its own). None when another person of the article bears the word
    anywhere in a name (two men called محمد; "سلمان" beside "محمد بن سلمان"), so that two people are never made
    one."""
    bearers = []
    for cluster in persons:
        if cluster is short or not cluster.mentions:
            continue
        names = [fused_keys(ctx, m) for m in cluster.mentions]
        if not any(word in keys for keys in names):
            continue
        if any(not bears_name(keys, word) for keys in names if word in keys):
            return None  # a father's name (بن سلمان) or a middle name: another person's
        bearers.append(cluster)
    if len(bearers) != 1 or bearers[0].first_start > short.first_start:
        return None
    return bearers[0]


BRACKETS = frozenset("()«»\"“”")


def stands_alone(ctx: Context, mention: Candidate, followers: set[str]) -> bool:
    """Whether a one-word person mention is a name used on its own (or cut by the tagger from the bearer's own
    name, whose next word ``followers`` holds), followed by punctuation or a word that ends a name (a word of
    ``name_stops.tsv`` or one the lexicon knows: "وأضاف ياسين أن"، "وقال خليل لـ") — not another name word
    ("وخالد الدبل", "وديفيد أون"),
    not a bracketed given name of another person ("(محمد) مرسي"),
    not one of a list of given names ("الأمراء محمد، وخالد، وفهد": the sons, not the article's محمد الفيصل),
    nor a prophet's name before its blessing ("يوسف (عليه السلام)")."""
    j = mention.last + 1
    while j < len(ctx.tokens) and ctx.tokens[j].text in BRACKETS:
        j += 1
    if j >= len(ctx.tokens):
        return True
    if ctx.is_word(j):
        info = ctx.infos[j]
        if info.key in followers:
            return True
        bracketed = mention.first > 0 and ctx.tokens[mention.first - 1].text in BRACKETS
        # a word after it that may be a name's ("محمد وارا"، "روبرت وورك"، "قلعة عبد السلام بمدريد": a word the
        # lexicon does not know, a given name, a place) makes it another man's name the tagger cut; a known word
        # (أن، قائلا، بتحقيق) ends it. (A known word can still be a surname: "عبد القادر قاضي" is missed.)
        given = info.given and not ctx.tokens[j].text.endswith("ى")  # "محمد علي" another man; "على" a preposition
        ends = info.name_stop or (info.known_word and not info.person_word and j not in ctx.known)
        return not (bracketed or given) and ends and info.key not in ctx.words.blessings
    if ctx.tokens[j].text in "،," and j + 1 < len(ctx.tokens) and ctx.is_word(j + 1):
        return not any(key in ctx.words.given_names for _, key in ctx.infos[j + 1].readings)
    return True


def bears_name(keys: tuple[str, ...], word: str) -> bool:
    """Whether a name of two words or more opens with ``word`` or ends with it as a surname (not after بن)."""
    if len(keys) < 2:
        return False
    return keys[0] == word or (keys[-1] == word and keys[-2] not in NAME_PARTICLES and keys.count(word) == 1)


def is_part_of_name(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``الحديدي`` or ``بن سلمان`` ends ``سامي الحديدي``; ``بدر السمحان`` is ``بدر عبد الرحمن السمحان`` shortened."""
    if len(full) <= len(short):
        return False
    return full[-len(short):] == short or (len(short) == 2 and full[0] == short[0] and full[-1] == short[-1])


def nearest_before(owners: list[Cluster], offset: int) -> Cluster | None:
    if not owners:
        return None
    before = [c for c in owners if c.first_start < offset]
    if before:
        return max(before, key=lambda c: max(m.start for m in c.mentions if m.start < offset))
    return min(owners, key=lambda c: c.first_start)


READING_KEYS = attrgetter("reading_keys")


def add_surnames(clusters: list[Cluster], ctx: Context, chosen: list[Candidate]) -> None:
    """Bare surnames of persons named in full elsewhere: الحديدي → سامي الحديدي.

    A surname that is also a given name (صالح عباس → عباس) counts only where it
    stands alone, not followed by another name word.
    """
    owners = surname_owners(clusters, ctx)
    if not owners:
        return
    covered = covered_tokens(chosen)
    # only tokens with a reading among the surnames can be one (the test per token at C speed)
    surnames = owners.keys()
    readings_elsewhere = map(surnames.isdisjoint, map(READING_KEYS, ctx.infos))
    for i in compress(range(len(ctx.tokens)), map(not_, readings_elsewhere)):
        token = ctx.tokens[i]
        if i in covered or token.kind != "word":
            continue
        for offset, key in ctx.infos[i].readings:
            found = owners.get(key)
            if not found or previous_is_name(ctx, i) or function_word_unlike(ctx, i, offset, found):
                continue
            if ctx.infos[i].given and i + 1 < len(ctx.tokens) and continues_name(ctx, i + 1, loose=False):
                continue
            target = nearest_before(found, token.start) if len(found) > 1 else found[0]
            mention = Candidate(token.start + offset, token.end, i, i, "PER", source="surname", entry=target.entry)
            target.mentions.append(mention)
            chosen.append(mention)
            break


def surname_owners(clusters: list[Cluster], ctx: Context) -> dict[str, list[Cluster]]:
    """Surname key → person clusters whose name (two words or more) ends with it."""
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for mention in cluster.mentions:
            keys = name_keys(ctx, mention)
            if len(keys) == 1 and mention.source == "title" and keys[0].startswith("ال"):
                keys = ("", keys[0])  # اللواء البلوي: a family name met alone after a rank
            if len(keys) < 2 or keys[-2] in NAME_PARTICLES:
                continue  # محمد بن سلمان: سلمان alone is another person
            surname = keys[-1]
            if len(surname) < 3 or surname in NAME_PARTICLES or surname == keys[0]:
                continue
            owners.setdefault(surname, [])
            if cluster not in owners[surname]:
                owners[surname].append(cluster)
    return owners


def function_word_unlike(ctx: Context, i: int, offset: int, owners: list[Cluster]) -> bool:
    """Whether token ``i`` is a function word of ``name_stops.tsv`` written otherwise than the surname it
    matches once normalised: the preposition "على" is not "محمد علي" 's surname, nor "فإن" that of "لويس
    فان" (session 50, link50). Written the same, proclitics left out ("وأضاف علي"، "وعلي"), it may still be the
    surname."""
    if not ctx.infos[i].name_stop:
        return False
    text = strip_marks(ctx.tokens[i].text[offset:])
    return all(strip_marks(ctx.tokens[m.last].text) != text for c in owners for m in c.mentions)


def strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not "\u064b" <= ch <= "\u0652" and ch != "\u0640")


def previous_is_name(ctx: Context, i: int) -> bool:
    """خالد الحديدي is not سامي الحديدي: a given name or بن before a surname makes another person."""
    if i == 0 or not ctx.is_word(i - 1):
        return False
    info = ctx.infos[i - 1]
    return info.given or info.key in NAME_PARTICLES


def covered_tokens(chosen: list[Candidate]) -> set[int]:
    return {i for c in chosen for i in range(c.first, c.last + 1)}


def add_nominals(clusters: list[Cluster], ctx: Context, chosen: list[Candidate], gaz: Gazetteer) -> None:
    """Definite head nouns (الحركة، الصحيفة) that point back to the last organisation of their kind."""
    covered = covered_tokens(chosen)
    owner = {id(m): c for c in clusters for m in c.mentions}
    named = sorted((m for m in chosen if m.form == "name" and m.type == "ORG"), key=lambda m: m.start)
    for i, token in enumerate(ctx.tokens):
        if i in covered or token.kind != "word":
            continue
        reading = ctx.infos[i].nominal
        if reading is None or starts_new_phrase(ctx, i):
            continue
        nominal = ctx.words.nominals[reading[1]]
        for mention in reversed([m for m in named if m.end <= token.start]):
            cluster = owner.get(id(mention))
            if cluster is not None and refers_to(ctx, nominal, cluster, gaz):
                cand = Candidate(token.start + reading[0], token.end, i, i, "ORG", form="nominal", source="nominal",
                                 entry=cluster.entry)
                cluster.mentions.append(cand)
                break


def starts_new_phrase(ctx: Context, i: int) -> bool:
    """``الحركة الإسلامية``, ``الوزارة السعودية``: an adjective or genitive follows, so no back-reference.

    The adjective agrees in gender: after a feminine head (الأمانة) only a
    feminine word (…ة) continues the phrase, so "بمقر الأمانة المهنئين" still
    points back.
    """
    j = i + 1
    if j >= len(ctx.tokens) or not ctx.is_word(j) or ctx.tokens[j].start - ctx.tokens[i].end > 1:
        return False
    if j in ctx.known:
        return True
    after = ctx.infos[j]
    if not after.definite or after.name_stop:
        return False
    head = ctx.infos[i].stem
    return not head.endswith("ه") or after.stem.endswith("ه")


def refers_to(ctx: Context, nominal: Nominal, cluster: Cluster, gaz: Gazetteer) -> bool:
    if cluster.entry is not None and gaz.entries[cluster.entry].subtype in nominal.subtypes:
        return True
    for mention in cluster.mentions:
        if mention.form != "name":
            continue
        if any(k in nominal.names for _, k in ctx.infos[mention.first].readings):
            return True
    return False


# --- 6. entities --------------------------------------------------------------------------------

def collect_roles(doc: Document, clusters: list[Cluster], ctx: Context) -> None:
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for mention in sorted(cluster.mentions, key=lambda m: m.start):
            if mention.form != "name":
                continue
            for role in roles_before(doc, ctx, mention.first):
                if role not in cluster.roles:
                    cluster.roles.append(role)
        cluster.roles = fullest_roles(cluster.roles)


def fullest_roles(roles: list[str]) -> list[str]:
    """Drop a bare title word when a fuller role has the same title: الرئيس beside الرئيس الروسي."""
    def head(role: str) -> str:
        word = match_key(role.split()[0])
        return word.removeprefix("ال")

    return [r for r in roles if len(r.split()) > 1 or not any(o != r and len(o.split()) > 1 and head(o) == head(r)
                                                             for o in roles)]


def describe_entities(doc: Document, ctx: Context, clusters: list[Cluster], gaz: Gazetteer) -> list[dict[str, Any]]:
    entities = []
    for n, cluster in enumerate(sorted(clusters, key=lambda c: c.first_start), 1):
        entry = gaz.entries.get(cluster.entry) if cluster.entry else None
        mentions = unique_mentions(doc, cluster.mentions)
        entities.append({
            "id": f"e{n}",
            "type": entry.type if entry else (cluster.type or "MISC"),
            "subtype": entry.subtype if entry else unknown_subtype(ctx, cluster),
            "name": fullest_name(doc, cluster, entry),
            "canonical": entry.canonical() if entry else None,
            "roles": list(cluster.roles),
            "mentions": mentions,
        })
    return entities


def unique_mentions(doc: Document, mentions: list[Candidate]) -> list[dict[str, Any]]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        out.append({"start": m.start, "end": m.end, "text": doc.text[m.start : m.end], "form": m.form})
    return out


def fullest_name(doc: Document, cluster: Cluster, entry) -> str:
    """The longest name mention; for an entity only met as a nisba or nominal, its canonical name."""
    names = [m for m in cluster.mentions if m.form == "name"]
    if not names:
        return entry.ar if entry else written_name(doc, cluster.mentions[0].start, cluster.mentions[0].end, entry)
    best = min(names, key=lambda m: (-m.length, -(m.end - m.start), m.start))
    return written_name(doc, best.start, best.end, entry)


def written_name(doc: Document, start: int, end: int, entry) -> str:
    """A mention's text as a name. After ل + ال written لل a mention starts at the second ل (the
    article without its alef: "للهيئة العامة" → "لهيئة العامة"), and the alef is put back
    ("الهيئة العامة"; the offsets stay) — when the name is definite (``definite_name``). Not in
    "للبنان"، "للندن": ل + a name that begins with ل."""
    text = doc.text[start:end]
    if text.startswith("ل") and lost_article_alef(doc.text, start) and definite_name(text, entry):
        return "ا" + text
    return text


def lost_article_alef(text: str, start: int) -> bool:
    """Whether ``start`` is the second ل of a word that opens with لل, ولل or فلل."""
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:start] in ("ل", "ول", "فل")


def definite_name(text: str, entry) -> bool:
    """Whether the word after the lost alef is definite: ال + it is a word of the entry's name
    (اليونسكو، صحيفة الاقتصادية، نادي الشباب; not لبنان), or the name's next word is definite."""
    words = text.split()
    if entry is not None and match_key("ا" + words[0]) in {match_key(word) for word in entry.ar.split()}:
        return True
    return len(words) > 1 and words[1].startswith("ال")


def unknown_subtype(ctx: Context, cluster: Cluster) -> str | None:
    """An unknown organisation's subtype from the noun its name begins with (صحيفة الغد → newspaper)."""
    if cluster.type not in ("ORG", "LOC"):
        return None
    for mention in cluster.mentions:
        if mention.form != "name":
            continue
        for _, key in ctx.infos[mention.first].readings:
            found = subtype_of_head(key)
            if found:
                return found
    return None
