"""Names the gazetteer does not know, found from their context (works without the tagger).

Until (and besides) the statistical tagger, a few patterns of Arabic news
give away a name the gazetteer cannot know:

- a person after a title or honorific: "وزير الطاقة الأردني **سامي الحديدي**",
  "اللواء **منصور التركي**" — the title phrase (title word, definite words,
  places, nisbas, "باسم") is skipped and the name is the run of words after it;
  a rare definite word right after a rank is a family name on its own
  ("اللواء **البلوي**");
- a person introduced by a given name with a surname or a patronymic:
  "**عبدالله بن محمد المطيري**", "**سامي الحديدي**" (given names from
  ``data/given_names.txt`` or words ANERcorp mostly tags as names,
  ``data/name_words.tsv``; a given name that is also an ordinary word, such
  as علي/على, needs a title or بن);
- an organisation or facility headed by its kind: "**صحيفة الغد**",
  "**مديرية الدفاع المدني**", "**معهد ليبنيز**", "**حديقة الملك فهد**" (an
  indefinite head noun from ``data/nominals.tsv`` followed by definite words,
  or by foreign words the lexicon does not know), and national teams
  ("**منتخب ماليزيا**", "**المنتخب السعودي**").

Word classes come from the lexicon (``khabar.text.lexicon``, ANERcorp word
counts): a word it does not know after a title is likely a name. These
candidates have lower priority than the tagger and the gazetteer: a tagger
mention that overlaps one of them wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.document import Token
from khabar.entities.spot import Candidate
from khabar.entities.wordinfo import WordInfo
from khabar.entities.wordlists import WordLists, subtype_of_head

MAX_TITLE_WORDS = 7
MAX_NAME_WORDS = 5
MAX_ORG_WORDS = 5
SURNAME_MAX_FREQUENCY = 4  # a definite word more frequent than this in the lexicon is a noun, not a family name
RARE = 2  # a family name alone right after a title (اللواء البلوي) must be rarer still
PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ابي", "ام", "عبد", "ولد", "ذو", "دي", "فون"})
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "كم", "نا")  # مرافقته: a noun with a pronoun, not a name
PLURAL_ENDINGS = ("ين", "ون", "ات")  # المتمردين: a plural is no family name
SON_WORDS = frozenset({"ابن"})  # "على ابن أخيه": after a written على, ابن is "son", not a patronymic (بن)
NAME_OPENERS = frozenset({"ابو", "عبد", "ال", "ام"})  # particles that may begin a name (أبو مازن، آل ثاني)


def bare_article(info: WordInfo) -> bool:
    """Definite as written, without a proclitic: الحديدي, not للصحافيين."""
    first = info.readings[0][1] if info.readings else info.key
    return first.startswith("ال") and len(first) > 3


@dataclass
class Context:
    """What the name finders need to know about a document's tokens."""

    tokens: list[Token]
    infos: list[WordInfo]
    words: WordLists
    known: set[int]  # token indices inside gazetteer or nisba candidates that are not persons
    persons: set[int]  # token indices inside gazetteer person candidates
    person_starts: set[int]
    places: set[int] = field(default_factory=set)  # token indices inside place names and nisbas, without proclitic
    name_starts: set[int] = field(default_factory=set)  # first tokens of gazetteer names (any type)
    mention_keys: dict[tuple[int, int, int], str] = field(default_factory=dict)  # (start, first, last) → key, see link.py
    name_keys: dict[tuple[int, int, int], tuple[str, ...]] = field(default_factory=dict)  # the same, as words
    spellings: dict[str, str] = field(default_factory=dict)  # a person's name word → its first spelling (link.py)

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.infos[i].is_word


def continues_title(ctx: Context, i: int) -> bool:
    """Whether token ``i`` can be part of a title phrase (after its title word)."""
    info = ctx.infos[i]
    if not info.is_word:
        return ctx.tokens[i].text == "." and i > 0 and ctx.infos[i - 1].key == "د"
    if info.key == "في" and ctx.is_word(i + 1) and ctx.infos[i + 1].key == "شوون":
        return True  # الخبير في شؤون الخليج
    if i in ctx.persons or info.phrase_stop:
        return False
    if info.is_title or info.is_honorific or i in ctx.known or info.definite or info.complement:
        return True
    # لحرس الحدود: ل + noun before a definite genitive continues the title
    return info.clitic_word and info.readings[-1][0] > 0 and ctx.is_word(i + 1) and ctx.infos[i + 1].definite


def could_start_name(ctx: Context, i: int, after_title: bool) -> bool:
    """Whether token ``i`` can begin a person's name.

    After a title any word that is neither a stop word nor part of the title
    may (``باولو جينتيلوني``) when the next word continues the name or the word
    is unknown to the lexicon; without a title only a given name or a word
    ANERcorp mostly tags as a name may.
    """
    if not ctx.is_word(i) or i in ctx.known:
        return False
    info = ctx.infos[i]
    if info.key in PARTICLES and info.key not in NAME_OPENERS:
        return False  # ابن الوطن
    if info.given and info.name_stop:  # علي is also على: a name only before more of a name
        return (after_title or next_is_particle(ctx, i)) and continues_name(ctx, i + 1, loose=after_title) \
            and not preposition_ali(ctx, i, i + 1, tagged=False)  # "الأمين العام على الخطط"
    if info.name_stop or info.is_title or info.is_honorific or info.complement or info.definite or info.clitic_word:
        return False
    if not info.given and info.key.startswith("و"):
        return False  # ومديري: و + a word; names that begin with و (وليد) are given names
    if not info.given and info.known_word and info.key[:1] in "لبك":
        return False  # لنصرة: a preposition + a word the lexicon knows
    if info.given:
        return after_title or not info.ambiguous_given or next_is_particle(ctx, i)
    if not after_title:
        return info.person_word
    return not info.known_word or info.person_word or continues_name(ctx, i + 1, loose=True)


def name_follows(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is followed by a given name or a family name: a given name that is also a
    nisba (تركي "Turkish") is the name there ("الهكر تركي عمر السفياني"، "وتركي اليوسف"، "تركي
    الفيصل"); an article-less adjective is followed by neither ("مسؤول تركي كبير"). A definite next
    word counts only when ANERcorp mostly tags it as a name or the lexicon does not know it
    ("مصدر تركي الأحد" stays Turkish). Callers check that token ``i`` itself has no article
    ("الرئيس التركي رجب طيب إردوغان")."""
    if not ctx.is_word(i + 1):
        return False
    nxt = ctx.infos[i + 1]
    if nxt.given:
        return not nxt.ambiguous_given
    return nxt.definite and not nxt.name_stop and (nxt.person_word or not nxt.known_word)


def next_is_particle(ctx: Context, i: int) -> bool:
    return ctx.is_word(i + 1) and ctx.infos[i + 1].key in ("بن", "ابن", "بنت")


def continues_name(ctx: Context, j: int, loose: bool) -> bool:
    """Whether token ``j`` can be a later word of a person's name."""
    if not ctx.is_word(j) or j in ctx.known or j in ctx.persons:
        return False
    info = ctx.infos[j]
    if info.given and info.name_stop:  # محمد علي العمري
        return ctx.infos[j - 1].key in PARTICLES or (j + 1 < len(ctx.tokens) and ctx.is_word(j + 1)
                                                     and not ctx.infos[j + 1].name_stop
                                                     and (ctx.infos[j + 1].given or is_rare_surname(ctx, j + 1)))
    if info.name_stop or info.is_title or info.is_honorific or info.complement or info.conjoined or info.clitic_word:
        return False
    if not info.given and info.key.startswith("و") and ctx.infos[j - 1].key not in PARTICLES:
        return False
    if ctx.infos[j - 1].key in PARTICLES:
        return True  # بن نجم، عبد المنعم: a particle binds whatever word follows
    if info.definite:
        return bare_article(info) and info.frequency <= SURNAME_MAX_FREQUENCY
    if info.key in PARTICLES or info.given or info.person_word:
        return True
    if not info.known_word:
        return loose or not info.key.endswith(PRONOUN_SUFFIXES)
    return loose and is_rare_surname(ctx, j + 1)  # عواد عيد البلوي: a known word before the family name


def preposition_ali(ctx: Context, first: int, last: int, tagged: bool) -> bool:
    """Whether the person ``first``..``last`` opens with the preposition على rather than the given name
    علي written without its dots: "واطلع الأمين العام على الخطط"، "وأثنى الوزير على جاهزية المرافق"، the
    tagger's "التحريض على قتلي". The name stays where the next word can be the next word of a name
    (``name_after_ali``): "على عبدالله صالح"، "الشيخ على الحربي"، the tagger's "على خامنئي". The tagger's
    على alone is the preposition before a word that could be no name ("على نحو"، "على خشبة"), not before a
    function word or a verb ("وأضاف على أن")."""
    info = ctx.infos[first]
    if not (info.given and info.name_stop) or not ctx.tokens[first].text.endswith("ى"):
        return False
    nxt = first + 1
    if last == first:
        return tagged and ctx.is_word(nxt) and not ctx.infos[nxt].name_stop and not name_after_ali(ctx, nxt, tagged)
    return not name_after_ali(ctx, nxt, tagged)


def name_after_ali(ctx: Context, j: int, tagged: bool) -> bool:
    """Whether token ``j``, after a written على, can follow the given name: a gazetteer person, a
    particle but ابن ("على ابن أخيه": the preposition), an ANERcorp name word, an unambiguous given name
    (or an ambiguous one before more of a name), a family name of the nisba's shape (a rare definite
    word in ي: الحربي, not الخطط, المثول, البطولات), or, where the tagger read a person, a word the lexicon
    does not know that carries neither a pronoun nor ة (خامنئي, not صفحته, جاهزية). The title rule's
    unknown words are mostly nouns the small lexicon lacks ("على أطباق"، "على تسهيل")."""
    if not ctx.is_word(j):
        return False
    info = ctx.infos[j]
    if info.key in SON_WORDS:
        return False
    if j in ctx.persons or info.person_word or info.key in PARTICLES:
        return True
    if info.name_stop or info.is_title or info.is_honorific or info.complement:
        return False
    if info.given:
        return not info.ambiguous_given or continues_name(ctx, j + 1, loose=False)
    if info.definite:
        return bare_article(info) and ctx.tokens[j].text.endswith("ي") and info.frequency <= SURNAME_MAX_FREQUENCY
    return tagged and not info.known_word and not info.clitic_word and not info.key.endswith(PRONOUN_SUFFIXES)


def next_starts_name(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is definite or begins a name (so the rare word before it is no lone surname)."""
    if not ctx.is_word(j):
        return False
    info = ctx.infos[j]
    return info.definite or info.given or j in ctx.person_starts


def is_rare_surname(ctx: Context, j: int) -> bool:
    """A definite word rare enough in the lexicon to be a family name (البلوي, not الطاقة)."""
    if not ctx.is_word(j) or j in ctx.known or j in ctx.persons:
        return False
    info = ctx.infos[j]
    return bare_article(info) and not info.name_stop and info.frequency <= RARE and not info.is_title \
        and not info.is_honorific and info.nisba is None and not info.key.endswith(PLURAL_ENDINGS)


def name_run(ctx: Context, i: int, loose: bool) -> int:
    """Index of the last token of the name that starts at token ``i``.

    Particles (بن، آل، عبد، أبو) bind the next word; a definite word
    (the family name, الحديدي) ends the name unless a particle follows; with
    ``loose`` (after a title) words unknown to the lexicon continue it too.
    """
    last = i
    j = i + 1
    n = len(ctx.tokens)
    while j < n and j - i < MAX_NAME_WORDS and continues_name(ctx, j, loose):
        info = ctx.infos[j]
        bound = ctx.infos[j - 1].key in PARTICLES
        if info.key in PARTICLES:
            j += 1
            continue
        last = j
        if info.definite and not bound and not (j + 1 < n and ctx.infos[j + 1].key in PARTICLES):
            break
        j += 1
    return last


def find_title_names(ctx: Context) -> list[Candidate]:
    """Persons named right after a title phrase or an honorific."""
    found: list[Candidate] = []
    i = 0
    n = len(ctx.tokens)
    while i < n:
        info = ctx.infos[i]
        if not (info.is_title or info.is_honorific) or i in ctx.known or named_after_royal(ctx, i):
            # a title inside a known name (مطار الملك عبدالعزيز الدولي، جامعة الملك سعود) introduces
            # nobody: the words after that name are no person's ("… الدولي بجدة محاولة سيدتين")
            i += 1
            continue
        j = i + 1
        if info.is_title and not info.occupation and is_rare_surname(ctx, j) and not next_starts_name(ctx, j + 1):
            found.append(person(ctx, j, j, "title"))  # اللواء البلوي: a family name alone
            i = j + 1
            continue
        while j < n and j - i <= MAX_TITLE_WORDS and continues_title(ctx, j) and j not in ctx.person_starts:
            j += 1
        if j < n and j not in ctx.person_starts and could_start_name(ctx, j, after_title=True) \
                and not named_after_royal(ctx, j - 1):  # "مدير مركز الملك فهد الثقافي": the centre
            last = name_run(ctx, j, loose=True)
            found.append(person(ctx, j, last, "title"))
            i = last + 1
            continue
        i = max(i + 1, j)
    return found


def find_given_names(ctx: Context, taken: set[int]) -> list[Candidate]:
    """Persons introduced by a given name and at least one more name word (surname, بن …)."""
    found = []
    for i, info in enumerate(ctx.infos):
        if not (info.given or info.person_word):
            continue
        if i in taken or i in ctx.persons or not could_start_name(ctx, i, after_title=False):
            continue
        if i > 0 and (i - 1 in taken or named_after_royal(ctx, i - 1)):
            continue
        last = name_run(ctx, i, loose=False)
        if last > i and not any(k in taken for k in range(i, last + 1)):
            found.append(person(ctx, i, last, "given"))
    return found


def person(ctx: Context, first: int, last: int, source: str) -> Candidate:
    """A person candidate; its first word keeps no proclitic that a given-name reading drops."""
    offset = 0
    for off, key in ctx.infos[first].readings:
        if key in ctx.words.given_names:
            offset = off
            break
    return Candidate(ctx.tokens[first].start + offset, ctx.tokens[last].end, first, last, "PER", source=source)


def find_headed_organisations(ctx: Context) -> list[Candidate]:
    """Organisations named by a head noun and definite words: صحيفة الغد، مديرية الدفاع المدني.

    The word after the head must be definite and bare (a genitive: وزارة الصحة,
    not جمعية للحرفيين "an association for craftsmen"), or a foreign name the
    lexicon does not know (معهد ليبنيز); later words may be definite (also
    after و or ل: الشؤون البلدية والقروية، للدفاع) or a place. After الملك/الأمير
    the royal name continues it (جامعة الملك سعود). A national team is named by
    منتخب + country or المنتخب + nisba (منتخب ماليزيا، المنتخب السعودي).
    """
    found = []
    n = len(ctx.tokens)
    for i in range(n):
        team = national_team(ctx, i)
        if team is not None:
            found.append(team)
            continue
        head_at = ctx.infos[i].org_head_at
        if head_at < 0 or i in ctx.name_starts or not ctx.is_word(i + 1):
            continue
        facility = head_kind(ctx, i) == FACILITY
        j = i + 1
        while j < n and j - i <= 2 and foreign_word(ctx, j):
            j += 1
        if j == i + 1 and not bare_definite(ctx, i + 1):
            continue
        last = j - 1
        while j < n and j - i <= MAX_ORG_WORDS and ctx.is_word(j):
            info = ctx.infos[j]
            if info.name_stop or info.is_honorific or j in ctx.persons or (j in ctx.name_starts and info.conjoined):
                break
            if not (info.definite or (j in ctx.places and not info.conjoined)):
                break
            if facility and j == i + 1 and not (info.is_title or j in ctx.places) \
                    and info.frequency > SURNAME_MAX_FREQUENCY:
                break  # ملعب المباراة "the match's stadium" is no name; حديقة النوارية is
            last = j
            j += 1
            if info.is_title:  # جامعة الملك سعود: a royal name follows the title
                while j < n and j - last <= 3 and ctx.is_word(j) and (ctx.infos[j].given or ctx.infos[j].key in PARTICLES
                                                                        or ctx.infos[j - 1].key in PARTICLES):
                    if ctx.infos[j].key not in PARTICLES:
                        last = j
                    j += 1
        if last > i:
            start = ctx.tokens[i].start + head_at
            kind = "LOC" if facility else "ORG"
            found.append(Candidate(start, ctx.tokens[last].end, i, last, kind, source="headed"))
    return found


TEAM, TEAM_DEFINITE = "منتخب", "المنتخب"


def national_team(ctx: Context, i: int) -> Candidate | None:
    """منتخب ماليزيا / المنتخب الماليزي: a national team, an organisation (its country inside)."""
    info = ctx.infos[i]
    offset = info.team_at
    if offset < 0 or i + 1 >= len(ctx.tokens) or not ctx.is_word(i + 1):
        return None
    after = ctx.infos[i + 1]
    key = info.readings[-1][1] if info.readings else info.key
    if key == TEAM and i + 1 in ctx.places and not after.conjoined and after.nisba is None:
        last = i + 1
        while last + 1 < len(ctx.tokens) and last + 1 in ctx.places and ctx.infos[last + 1].readings[0][0] == 0 \
                and not ctx.infos[last + 1].conjoined:
            last += 1  # منتخب تيمور الشرقية
    elif key == TEAM_DEFINITE and after.nisba is not None and after.readings[0][0] == 0:
        last = i + 1
    else:
        return None
    return Candidate(ctx.tokens[i].start + offset, ctx.tokens[last].end, i, last, "ORG", source="headed")


def foreign_word(ctx: Context, j: int) -> bool:
    """A word that can be part of a foreign organisation's name: unknown to the lexicon, no stop word."""
    if not ctx.is_word(j) or j in ctx.known or j in ctx.persons:
        return False
    info = ctx.infos[j]
    return not info.known_word and not info.definite and not info.name_stop and not info.conjoined \
        and not info.clitic_word and not info.is_title and info.nisba is None


FACILITY = "facility"


ROYAL_TITLES = frozenset({"الملك", "الامير"})


def named_after_royal(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is الملك / الأمير right after a noun that heads an organisation's or a
    facility's name (مركز، مستشفى، جامعة، حديقة; also the weak heads of nominals.tsv, "?مركز"): the
    words after it name the place, not the king ("مركز الملك فهد الثقافي" is no person "فهد الثقافي";
    Riyadh and Abha each have one, so the gazetteer cannot list it)."""
    if i == 0 or not ctx.is_word(i - 1) or ctx.infos[i].key not in ROYAL_TITLES:
        return False
    before = ctx.infos[i - 1]
    return not before.definite and head_kind(ctx, i - 1) is not None


def head_kind(ctx: Context, i: int) -> str | None:
    """The subtype the head noun of token ``i`` gives its name (صحيفة → newspaper, حديقة → facility)."""
    for _, key in ctx.infos[i].readings:
        found = subtype_of_head(key)
        if found:
            return found
    return None


def bare_definite(ctx: Context, j: int) -> bool:
    """A definite word without proclitic (``الصحة``, not ``للحرفيين``), or a place name."""
    first = ctx.infos[j].readings[0][1]
    if ctx.infos[j].name_stop:
        return False
    return (first.startswith("ال") and len(first) > 3) or (j in ctx.places and not ctx.infos[j].conjoined)
