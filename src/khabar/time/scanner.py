"""Building and dispatching the time scanners over the grammar of :mod:`khabar.time.grammar`.

Decides where a text is worth a regex try: the whole alternation (:func:`scanner`), its anchored
form, scanners by first character, by word opening and by letter pair (see
:mod:`khabar.time.dispatch`), the anchor and starter word sets, the walk back from an anchor word
to where a time may start, and when digits may be a time. :func:`_matches` gives the matches the
readers of :mod:`khabar.time.readers` turn into values (:mod:`khabar.time.expressions`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as re_constants
from re import _parser as re_parser

from khabar.numbers.lexicon import number_words
from khabar.numbers.matching import (
    PROCLITIC_STRINGS,
    shared_vocabulary,
    unlettered_words,
    word_columns,
    words_in,
)
from khabar.time import lexicon
from khabar.time.dispatch import (
    DIGIT,
    PAIR_LETTERS,
    OpeningRuns,
    Unlisted,
    letter_run,
    opening_pairs,
    opening_runs,
)
from khabar.time.grammar import (
    ANAPHORS,
    BARE_SEASONS,
    BOUNDARY,
    FEAST_DAY_ORDINALS,
    HOURS,
    ORDINAL_DAYS,
    PART_ORDINALS,
    RELATIVE_DAYS,
    SEASONS,
    YEAR_PARTS,
    alternatives,
)


@lru_cache(maxsize=1)
def scanner() -> re.Pattern[str]:
    """The one regex that finds every time expression (alternatives in priority order)."""
    return re.compile(BOUNDARY + "(?:" + "|".join(alternatives()) + ")")


@lru_cache(maxsize=1)
def anchored_scanner() -> re.Pattern[str]:
    """The scanner without its word-boundary test, for starts already known to be word starts."""
    pattern = scanner().pattern
    return re.compile(pattern[len(BOUNDARY):])


def scanner_for_first_char(char: str) -> re.Pattern[str] | Alternatives:
    """The scanner with only the alternatives that can start with ``char`` (in their priority
    order): Python's regex engine tries every alternative in turn, and most fail on their first
    letter, so dispatching on it first makes each try several times cheaper. A character no
    alternative starts with gets the whole scanner. Compiled on first use (a few hundredths of a
    second each), so that a single short article does not pay for every letter."""
    chosen = _alternatives_by_first_char().get(char)
    return anchored_scanner() if chosen is None else _scanner_of(chosen)


def scanners_by_first_char() -> dict[str, re.Pattern[str] | Alternatives]:
    """Every character's scanner (see :func:`scanner_for_first_char`)."""
    return {char: scanner_for_first_char(char) for char in _alternatives_by_first_char()}


@lru_cache(maxsize=1)
def _alternatives_by_first_char() -> dict[str, tuple[int, ...]]:
    alts = alternatives()
    firsts = [_first_chars(re_parser.parse(alt).data)[0] for alt in alts]
    anywhere = {i for i, first in enumerate(firsts) if first is None}
    chars = set().union(*(first for first in firsts if first is not None))
    return {
        char: tuple(sorted({i for i, first in enumerate(firsts) if first is not None and char in first} | anywhere))
        for char in chars
    }


class Alternatives(tuple):
    """The ``match`` of each chosen alternative, compiled alone, in priority order: tried one after the
    other, they find what their alternation ``(?:A|B|…)`` finds (the first alternative that matches
    wins, and nothing follows the alternation), at about four fifths of its cost: the alternation's
    match state and Match carry every group of every chosen alternative (21 on average), one
    alternative only its own. :func:`_match_at_anchor` walks the tuple itself (no call for ``match``).
    Every reader asks only for groups of the alternative it reads, so a group of another alternative,
    which the alternation answers ``None``, is never asked for (checked on 8,000 articles)."""

    __slots__ = ()

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        for match in self:
            m = match(text, pos)
            if m is not None:
                return m
        return None


@lru_cache(maxsize=512)
def _scanner_of(chosen: tuple[int, ...]) -> Alternatives:
    return Alternatives(_alternative(i).match for i in chosen)


@lru_cache(maxsize=64)
def _alternative(i: int) -> re.Pattern[str]:
    """The ``i``-th alternative alone (compiled once: 36 of them, not a regex per set of them)."""
    return re.compile(alternatives()[i])


DIGIT_CHARS = frozenset("0123456789")


def _first_chars(items) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed regex sequence can start with (``None``: any) and whether it can
    match the empty string. Assertions are passed over (a superset is safe)."""
    found: set[str] = set()
    for op, arg in items:
        if op is re_constants.LITERAL:
            return frozenset(found | {chr(arg)}), False
        if op is re_constants.IN:
            chars = _charset(arg)
            return (None if chars is None else frozenset(found | chars)), False
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue
        if op is re_constants.SUBPATTERN:
            first, nullable = _first_chars(arg[-1])
        elif op is re_constants.BRANCH:
            results = [_first_chars(branch) for branch in arg[1]]
            if any(first is None for first, _ in results):
                return None, False
            first = frozenset().union(*(first for first, _ in results))
            nullable = any(n for _, n in results)
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
            first, nullable = _first_chars(arg[2])
            nullable = nullable or arg[0] == 0
        else:  # ANY, NOT_LITERAL, GROUPREF, CATEGORY…
            return None, False
        if first is None:
            return None, False
        found |= first
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is re_constants.LITERAL:
            chars.add(chr(arg))
        elif op is re_constants.RANGE:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is re_constants.CATEGORY and arg is re_constants.CATEGORY_DIGIT:
            chars |= DIGIT_CHARS  # the matching form holds ASCII digits only
        else:
            return None
    return chars


WORD_RE = re.compile(r"\w+")
WORDS_BACK = 5  # the longest lead before an anchor word: في وقت سابق من الشهر الجاري


def _matches(text: str) -> list[re.Match[str]]:
    """Scanner matches, tried only just before *anchor* words (a number, a month, a unit…).

    Every time expression holds an anchor, and starts with one of a few
    words (a preposition, صباح، يوم، كل, or the anchor itself): trying the
    scanner only at those word starts, in the few words before each anchor,
    is several times faster than letting it try every position of the text.
    The words come from one pass shared with the numbers scanner. At each
    start only the alternatives that can open with its letters are tried
    (:func:`_scanner_for_opening`).
    """
    found: list[re.Match[str]] = []
    done = 0
    anchors = _anchor_cuts()
    starts, words = word_columns(text)
    # anchor words and words holding a digit, found at C speed (no Python loop over the words);
    # the two are disjoint: anchor forms are letters only
    anchor_at = words_in(text, _anchor_forms)
    unlettered = unlettered_words(text)
    if unlettered:
        anchor_at = sorted(anchor_at + unlettered)
    failed: set[int] = set()  # starts tried for an earlier anchor that gave no match reaching it
    for i in anchor_at:
        at, word = starts[i], words[i]
        if at + len(word) <= done:
            continue
        core = anchors.get(word)
        if core is None:
            core = 0 if word.isdigit() else _anchor_core(word)
            if core is None or not _digits_may_be_time(text, starts, words, i):
                continue
        m = _match_at_anchor(text, starts, words, i, core, done, failed)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


def _match_at_anchor(text, starts, words, i, core, done, failed) -> re.Match[str] | None:
    """The first match, from the starters before anchor word ``i`` (at most :data:`WORDS_BACK`
    words back, over words that time expressions hold) then from the anchor itself, that
    reaches the anchor. A start that failed for an earlier anchor fails again (its match, the
    same, ended before that anchor), so ``failed`` spares the try."""
    at = starts[i]
    word = words[i]
    leads = _LEADS
    j = i - 1
    stop = i - WORDS_BACK if i > WORDS_BACK else 0
    lead_at = None  # (index, letters to skip) of the starter words before the anchor, nearest first
    while j >= stop:
        lead = leads.get(words[j])
        if lead is None:
            lead = _lead(words[j])
        if lead == LEAD_STOP:
            break  # an expression reaching this anchor holds only words that time expressions hold
        if lead >= 0:
            if lead_at is None:
                lead_at = [(j, lead)]
            else:
                lead_at.append((j, lead))
        j -= 1
    # (start, the rest of its word from there, the word's index): most anchors have no starter before them
    if lead_at is None:
        candidates = ((at, word, i), (at + core, word[core:], i)) if core else ((at, word, i),)
    else:
        candidates = []
        for j, lead in reversed(lead_at):
            candidates.append((starts[j] + lead, words[j][lead:] if lead else words[j], j))
        candidates.append((at, word, i))
        if core:
            candidates.append((at + core, word[core:], i))
    by_opening, by_pair, last = _BY_OPENING, _BY_PAIR, len(words) - 1
    for start, rest, j in candidates:
        if start < done or start in failed:
            continue
        scoped = by_opening.get(rest, _UNSEEN)
        if scoped is _UNSEEN:
            scoped = _scanner_for_opening(rest)
        if scoped is not None and j < last and rest in _PAIRED:
            # a word of letters whose scanner a pair narrows (في، منذ…) or a number, one space
            # before the next word: the scanner of the pair (see :func:`_scanner_for_pair`)
            end = start + len(rest)
            if starts[j + 1] == end + 1 and text[end] == " ":
                pair = _PAIRED[rest] + " " + words[j + 1][:PAIR_LETTERS]
                scoped = by_pair.get(pair, _UNSEEN)
                if scoped is _UNSEEN:
                    scoped = _scanner_for_pair(pair)
        if scoped is not None:
            for match in scoped:  # (``scoped.match`` without the call: see :class:`Alternatives`)
                m = match(text, start)
                if m is not None:
                    if m.end() > at:
                        return m
                    break
        failed.add(start)
    return None


_BY_OPENING: dict[str, Alternatives | None] = {}  # the rest of a word from a start → its scanner
OPENINGS_CACHED = 100_000  # distinct word rests kept; the cache starts afresh beyond
_UNSEEN = object()


def _scanner_for_opening(rest: str) -> Alternatives | None:
    """The scanner for a start whose word, from the start on, is ``rest``: only the alternatives
    that can open with its run of letters (see :mod:`khabar.time.dispatch`), ``None`` when none
    can. Cached per rest of word."""
    run = letter_run(rest)
    chosen = _alternatives_opening(run or rest[0])
    scoped = _scanner_of(chosen) if chosen else None
    if len(_BY_OPENING) >= OPENINGS_CACHED:
        _BY_OPENING.clear()
        _PAIRED.clear()
    _BY_OPENING[rest] = scoped
    if len(chosen) >= PAIR_WORTH:
        if run == rest:
            _PAIRED[rest] = rest
        elif rest.isdigit() and rest.isascii():
            # a number: its pairs are read with every digit but the first written "0" (the first
            # chose the scanner), so that 400 and 700 before the same word share one cache entry
            _PAIRED[rest] = rest[0] + DIGIT * (len(rest) - 1)
    return scoped


PAIR_WORTH = 6  # alternatives a word's scanner holds from which the next word is worth reading
# the word rests (letters only, or a number) whose scanner holds that many → the first word of their
# pair key (the rest itself; a number with its digits but the first written "0")
_PAIRED: dict[str, str] = {}


_BY_PAIR: dict[str, Alternatives | None] = {}  # "word next" (its first letters) → its scanner


def _scanner_for_pair(pair: str) -> Alternatives | None:
    """The scanner for a start whose word, from the start on, is letters only and is followed by
    one space and a word whose first :data:`PAIR_LETTERS` characters ``pair`` holds after that
    space: the alternatives of the first word's scanner that can also open with the pair (see
    :func:`khabar.time.dispatch.opening_pairs`). A try from في before "12 يوليو" no longer walks
    the alternatives that need a letter after في, nor one before "الشهر" those that need a digit.
    Cached per pair."""
    chosen = _alternatives_of_pair(pair)
    scoped = _scanner_of(chosen) if chosen else None
    if len(_BY_PAIR) >= OPENINGS_CACHED:
        _BY_PAIR.clear()
    _BY_PAIR[pair] = scoped
    return scoped


@lru_cache(maxsize=8192)
def _alternatives_of_pair(pair: str) -> tuple[int, ...]:
    """Of the first word's alternatives, those whose opening pairs admit ``pair``; the next word's
    characters there are cut at its first character that is no letter (a digit: none)."""
    first, _, second = pair.partition(" ")
    run = letter_run(second)
    complete = len(run) < PAIR_LETTERS  # (a shorter run: the whole word's)
    if first[0].isdigit():  # a number: its first digit chose the scanner, every digit is "0" in the runs
        key, pairs, opening = DIGIT * len(first) + " " + run, _pair_openings(digits=True), first[0]
    else:
        key, pairs, opening = first + " " + run, _pair_openings(), first
    return tuple(i for i in _alternatives_opening(opening) if pairs[i] is None or pairs[i].may_open_pair(key, complete))


@lru_cache(maxsize=2)
def _pair_openings(digits: bool = False) -> tuple[OpeningRuns | None, ...]:
    """Each alternative's opening pairs (with ``digits``, those of a number as the first word),
    ``None`` where they cannot be listed (kept everywhere)."""
    openings = []
    for alternative in alternatives():
        try:
            openings.append(opening_pairs(alternative, digits=digits))
        except Unlisted:
            openings.append(None)
    return tuple(openings)


@lru_cache(maxsize=8192)
def _alternatives_opening(key: str) -> tuple[int, ...]:
    """The alternatives, in priority order, that can match where the text's letters begin with
    the run ``key`` (or, when ``key`` is one character that is no letter, at that character):
    those that can start with its first character and whose opening runs admit it."""
    run = key if key[0].isalpha() else ""
    by_char = _alternatives_by_first_char().get(key[0])
    chosen = range(len(alternatives())) if by_char is None else by_char
    openings = _openings()
    return tuple(i for i in chosen if openings[i] is None or openings[i].may_open(run))


@lru_cache(maxsize=1)
def _openings() -> tuple[OpeningRuns | None, ...]:
    """Each alternative's opening runs, ``None`` where they cannot be listed (kept everywhere)."""
    openings = []
    for alternative in alternatives():
        try:
            openings.append(opening_runs(alternative))
        except Unlisted:
            openings.append(None)
    return tuple(openings)


def scanners_by_opening() -> dict[str, Alternatives | None]:
    """The scanner of every run of letters an alternative opens with, and of every digit,
    compiled now (as :func:`scanners_by_first_char`): one-time costs, not per article."""
    runs = {run for opening in _openings() if opening for run in opening.full | opening.ends | opening.prefixes}
    keys = {run for run in runs if run} | set("0123456789")
    return {key: (_scanner_of(chosen) if (chosen := _alternatives_opening(key)) else None) for key in keys}


LEAD_STOP = -2  # a word no time expression holds: the walk back from an anchor stops there
LEAD_INNER = -1  # a word a time expression may hold, but not start with
_LEADS: dict[str, int] = {}  # word → LEAD_STOP, LEAD_INNER or the letters to skip to the start it offers
LEADS_CACHED = 200_000  # distinct words kept (a few MB); the cache starts afresh beyond


def _lead(word: str) -> int:
    """What ``word`` is to the walk back from an anchor after it (cached per word form)."""
    cut = _starter_cuts().get(word)
    if cut is not None:
        lead = cut
    elif not word.isalpha():
        lead = _cut(word, _starter_cuts())  # a number (و17، ال24) may start an expression
    elif word in _inner_forms():
        lead = LEAD_INNER
    else:
        lead = LEAD_STOP
    if len(_LEADS) >= LEADS_CACHED:
        _LEADS.clear()
    _LEADS[word] = lead
    return lead


@lru_cache(maxsize=1)
def _inner_forms() -> frozenset[str]:
    """Every word that a time expression may hold before its anchor, with its proclitics: the
    literal words of the scanner and of every lexicon. A word outside it ends the walk back
    from an anchor, so that the scanner is not tried from starters that cannot reach it."""
    words = set(ARABIC_RUN.findall(scanner().pattern))
    lexicons = (
        lexicon.months(), lexicon.weekdays(), lexicon.time_units(), lexicon.relative_words(), lexicon.phrases(),
        lexicon.year_events(), number_words(), ORDINAL_DAYS, HOURS, RELATIVE_DAYS, SEASONS, BARE_SEASONS, YEAR_PARTS,
        PART_ORDINALS,
    )
    for forms in lexicons:
        for form in forms:
            words.update(form.split())
    words |= starter_words() | anchor_words()
    return frozenset(prefix + word for word in words for prefix in PROCLITIC_STRINGS) | frozenset(
        str(n) for n in range(10)
    )


ARABIC_RUN = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1)
def _anchor_cuts() -> dict[str, int]:
    """Every anchor word with every proclitic string before it → the length of the proclitics.
    Only units (أيام → الأيام) and seasons (صيف → الصيف) take the article here: the others carry it
    where they have it (الجمعة), and "ال" + ذي would make every الذي an anchor."""
    takers = set(lexicon.time_units()) | set(BARE_SEASONS)
    return _cuts(anchor_words(), lambda word: PROCLITIC_STRINGS if word in takers else NO_ARTICLE_PROCLITICS)


NO_ARTICLE_PROCLITICS = tuple(p for p in PROCLITIC_STRINGS if not p.endswith(("ال", "لل")))


def _cuts(words, prefixes=lambda word: PROCLITIC_STRINGS) -> dict[str, int]:
    """``form → letters to skip`` for every word with every proclitic string: conjunctions and
    prepositions are skipped, an article is kept (the scanner reads it), لل is skipped as a
    whole (its alef is gone); the smallest skip wins."""
    cuts: dict[str, int] = {}
    for word in words:
        for prefix in prefixes(word):
            if prefix.endswith("لل"):
                cut = len(prefix)
            elif prefix.endswith("ال"):
                cut = len(prefix) - 2
            else:
                cut = len(prefix)
            form = prefix + word
            cuts[form] = min(cut, cuts.get(form, cut))
    return cuts


def _cut(word: str, starters: dict[str, int]) -> int:
    """Proclitics before a starter word (و17 → 1; ال24 and السته keep their article)."""
    cut = starters.get(word)
    if cut is not None:
        return cut
    for i, char in enumerate(word):
        if char.isdigit():
            return 0 if word[:i].endswith("ال") else i
    return 0


@lru_cache(maxsize=1)
def _starter_cuts() -> dict[str, int]:
    """Every starter word with every proclitic string before it → how many letters to skip."""
    return _cuts(starter_words())


DIGITS = frozenset("0123456789")


@shared_vocabulary  # (looked up in the same pass as the numbers scanner's words)
@lru_cache(maxsize=1)
def _anchor_forms() -> frozenset[str]:
    """Anchor words with every proclitic string before them: one set lookup per word."""
    return frozenset(_anchor_cuts())
BARE_YEAR_FOLLOWERS = frozenset("،,;؛)»\"”.")
DIGIT_PRECEDERS = frozenset({
    "عام", "العام", "سنه", "السنه", "للعام", "عامي", "العامين", "سنتي", "في", "منذ", "حتي", "قبل", "بعد", "خلال",
    "بحلول", "مطلع", "نهايه", "اواخر", "اوائل", "منتصف", "بدايه", "الساعه", "بين", "من", "يناهز", "ناهز", "عمر",
    "لمده", "مده", "ال", "كل", "طوال", "طيله", "نحو", "حوالي", "قرابه", "زهاء", "الموافق", "موسم", "تمام", "عند",
    "لاكثر", "اكثر", "اقل", "لاقل", "يقارب", "يزيد", "لفتره", "مدي", "مدار", "امتداد", "الي", "و",
})


@lru_cache(maxsize=1)
def _digit_followers() -> frozenset[str]:
    words = {m.split()[0] for m in lexicon.months()} | set(lexicon.time_units())
    words |= {"م", "ه", "هجريه", "ميلاديه", "للهجره", "للميلاد", "الهجري", "الميلادي", "ميلادي", "هجري", "من", "شهر", "و"}
    words |= {"حتي", "الي"}  # (1984 وحتى 1995)
    words |= {"صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا", "ت"}
    words |= {"قبل"}  # a year before Christ: 63 قبل الميلاد
    words |= {"توقيت"}  # (ب)توقيت: a clock of four figures, "0100 بتوقيت جرينتش"
    return frozenset(words)


def _digits_may_be_time(text: str, starts: list[int], words: list[str], i: int) -> bool:
    """Whether a number can belong to a time expression: a month, unit or era after it, a date
    separator (27/10، 10:30) next to it, or a preposition or عام before it."""
    word = words[i]
    if not word.isdigit():
        return True  # 2015م، 1436ه، و17، ل5
    # (the tests have no side effects, so their order is free: the word look-ups, two set look-ups
    # each, come first; the slices and strips of the characters around the number after them)
    followers = _digit_followers()
    follower = words[i + 1] if i + 1 < len(words) else ""
    if follower in followers or follower[1:] in followers:
        return True
    if i > 0:
        preceders = _digit_preceders()
        word_before = words[i - 1]
        if word_before in preceders or word_before[1:] in preceders:
            return True
    at = starts[i]
    end = at + len(word)
    after, before = text[end : end + 3].lstrip()[:1], text[max(0, at - 3) : at].rstrip()[-1:]
    if (after and after in "/-.:–") or (before and before in "/-:–"):
        return True  # (a "/" right after the number, which the word before once answered, is one of these)
    # a year closing a clause: "مونديال روسيا 2018، وقطر 2022", or one of a list: "1997 و1998م"
    return len(word) == 4 and word[:2] in ("19", "20") and (not after or after in BARE_YEAR_FOLLOWERS or _next_of_list(follower))


def _next_of_list(follower: str) -> bool:
    """Whether the word after a year is و glued to the next year (و1998، و2010م): years listed."""
    return follower[:1] == "و" and follower[1:3] in ("19", "20") and follower[3:5].isdigit() and not follower[5:6].isdigit()


@lru_cache(maxsize=1)
def _digit_preceders() -> frozenset[str]:
    """Words after which a number may be a year or a count of time units (عام، منذ، مونديال)."""
    return DIGIT_PRECEDERS | {event.split()[-1] for event in lexicon.year_events()} | set(BARE_SEASONS) | set(SEASONS)


def _anchor_core(word: str) -> int | None:
    """Where the anchor starts in ``word`` (after its proclitics), ``None`` for no anchor."""
    if not word.isalpha():
        for i, char in enumerate(word):
            if char.isdigit():
                return i
        return None
    anchors = anchor_words()
    for cut in range(min(4, len(word))):
        if cut and word[cut - 1] not in "وفبلك":
            return None
        if word[cut:] in anchors:
            return cut
    return None


@lru_cache(maxsize=1)
def anchor_words() -> frozenset[str]:
    """Words one of which every time expression holds (digits aside): for a fixed phrase, its
    rarest word, so that common words (الماضي، الجديد) do not set the scanner off everywhere."""
    from khabar.numbers.lexicon import word_counts

    counts = word_counts()
    words = set(lexicon.weekdays()) | set(lexicon.time_units())
    words |= {month.split()[0] for month in lexicon.months()}
    words |= {"اليوم", "امس", "الامس", "البارحه", "غدا", "الغد", "غد", "جمعه"} | set(SEASONS) | set(BARE_SEASONS)
    words |= set(YEAR_PARTS) | {"لل" + part[2:] for part in YEAR_PARTS} | {hour.split()[0] for hour in HOURS}
    words |= {"فتره", "عهد", "حقبه", "الحقبه", "ولايته", "ولايتها", "ولايتهم", "حينه", "عمره", "عمرها", "عمرهم", "العمر", "سن"} | set(ANAPHORS[3:-1].split("|"))
    words |= {"الاسبوع", "الشهر", "العام", "السنه", "عام", "سنه", "للعام", "للشهر", "للاسبوع", "للسنه",
              "عامي", "العامين", "سنتي", "السنتين", "الساعه", "غره"}
    words |= {"الاواخر", "الليل"}  # العشر الأواخر (of Ramadan), منتصف الليل
    for phrase in lexicon.phrases():
        if not words.intersection(phrase.split()):  # a phrase holding a unit (من عام إلى آخر) has its anchor
            words.add(min(phrase.split(), key=lambda w: counts.get(w, 0)))
    return frozenset(words)


@lru_cache(maxsize=1)
def starter_words() -> frozenset[str]:
    """Words a time expression may start with before its anchor."""
    words = {
        "في", "وقت", "ساعه", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله", "ظهيره", "منتصف", "يوم",
        "مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "خلال", "طوال", "اول", "اخر", "هذا", "هذه", "كل", "عند",
        "حوالي", "نحو", "تمام", "منذ", "قبل", "بعد", "لمده", "مده", "طيله", "لفتره", "علي", "لاكثر", "اكثر",
        "لاقل", "اقل", "لنحو", "قرابه", "زهاء", "ما", "بين", "من", "حتي", "بحلول", "شهر", "عده", "بضعه", "بضع",
        "عشرات", "ال", "غره", "عن", "الفتره", "فصل", "موسم", "عامي", "عام", "العام", "يومي", "نفس", "ذات", "ذلك",
    }
    words |= {event.split()[0] for event in lexicon.year_events()}
    words |= set(FEAST_DAY_ORDINALS) | {"العشر", "عشر", "العشره", "عشره"}  # ثالث أيام العيد، العشر(ة) الأواخر
    words |= set(ORDINAL_DAYS) | {w.split()[0] for w in ORDINAL_DAYS}
    words |= {f for f, (_, kind) in number_words().items() if kind != "fraction"}
    words |= {phrase.split()[0] for phrase in lexicon.phrases()}
    return frozenset(words)
