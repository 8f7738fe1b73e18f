"""Quantities: a number with what qualifies it and what it counts.

On top of :mod:`khabar.numbers.words` this reads, around each number phrase,
the modifier before it (أكثر من → min, أقل من → max, نحو → approximate, ما لا
يقل عن → min), the one after it (على الأقل، تقريبا), ranges (بين 10 و20),
percent signs and words (%، في المئة، بالمائة), currency words with their
nationality (ريال، دولار أمريكي، درهم مغربي → ISO codes) and the counted noun
(``1400 شخص``، ``عشرات من المواطنين``، ``فرصة عمل``), and drops what is no
quantity: labels (المادة 5، رقم 12، الرحلة 370), phone numbers, years, scores
and times of day, ordinals (الـ15، الثالث عشر), and every number inside a time
expression.

>>> [q.describe() for q in quantities_in("قتل أكثر من 1400 شخص وفق المادة 5")]
[('count', None, 1400, None, False, 'شخص')]
>>> [q.describe() for q in quantities_in("بلغت نحو 20 في المئة من 5 ملايين ريال")]
[('percent', 20, None, None, True, None), ('money', 5000000, None, None, False, 'ريال')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.numbers import lexicon
from khabar.numbers.regex import alternation
from khabar.numbers.words import NumberPhrase, number_phrases
from khabar.text.normalize import Normalized, normalize, normalize_with_offsets
from khabar.text.segment import split_clitics

SPACE = r"[^\S\n]"
WORD = r"[^\W\d_a-z]+"  # Arabic letters in the matching form (Latin is lower-cased there)
ORDINAL_ARTICLE_RE = re.compile(rf"(?<!\w)ال{SPACE}*$")
SCORE_BEFORE_RE = re.compile(rf"\d{SPACE}*[-/:]{SPACE}*$")
SCORE_AFTER_RE = re.compile(rf"{SPACE}*[-/:]{SPACE}*\d")
ERA_AFTER_RE = re.compile(rf"{SPACE}*(?:م|ه|هجريه|ميلاديه|للهجره|للميلاد)(?!\w)")
PERCENT_RE = re.compile(rf"{SPACE}*(?:%|(?:في{SPACE}+|ب)ال(?:م(?:ئ|ائ|اي|ي)ه|مئه|مائه)(?!\w))")
DOLLAR_RE = re.compile(rf"{SPACE}*\$")
RANGE_JOIN_RE = re.compile(rf"{SPACE}*(?:و|الي|حتي){SPACE}*$")
BETWEEN_RE = re.compile(rf"(?<!\w)(?:ما{SPACE}+)?[وف]?بين{SPACE}+$")
PARTITIVE_RE = re.compile(rf"{SPACE}+من{SPACE}+(?=ال)")
PREVIOUS_WORD_RE = re.compile(rf"(?<!\w)[وفبل]?(?P<word>[^\W\d_a-z]{{2,}}){SPACE}+$")
NOUN_RE = re.compile(rf"{SPACE}+(?P<word>{WORD})")
TOTAL_OF_RE = re.compile(rf"(?<!\w)(?:عدد|حصيله|اجمالي|مجموع){SPACE}+(?P<word>ال{WORD})")
CLAUSE_END = re.compile(r"[.!?؟؛;:،,\n«»\"“”()]")


@dataclass(slots=True)
class Quantity:
    """A counted quantity, with offsets into the matching-form text."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float | None
    min: float | None
    max: float | None
    approximate: bool
    kind: str  # count, money, percent
    unit: str | None = None
    currency: str | None = None
    noun_start: int | None = None
    noun_end: int | None = None
    noun_lemma: str | None = None  # for a dual: the singular it counts
    noun_text: str | None = None  # matching form of the noun
    digits_only: bool = False  # written in digits alone, without a scale word

    def describe(self) -> tuple:
        """``(kind, value, min, max, approximate, noun)``, for examples and tests."""
        return (self.kind, self.value, self.min, self.max, self.approximate, self.noun_lemma or self.noun_text)


def quantities_in(text: str, exclude: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities of a raw text (offsets into its matching form; ``exclude`` into ``text``)."""
    return find_quantities(normalize_with_offsets(text, ta_marbuta=True), text, exclude or [])


def find_quantities(norm: Normalized, original: str, exclude: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities of ``norm.text`` (offsets into it); ``exclude`` holds spans of ``original``
    (the time expressions) whose numbers are no quantities."""
    text = norm.text
    phrases = [p for p in number_phrases(text) if not _overlaps(*norm.original_span(p.start, p.end), exclude)]
    phrases = [p for p in phrases if not _in_not_numbers(text, p) and not _list_marker(text, p)]
    phrases = [p for p in phrases if not _not_several(original, norm, p)]
    quantities: list[Quantity] = []
    skip_next = False
    for i, phrase in enumerate(phrases):
        if skip_next or (quantities and phrase.start < quantities[-1].end):
            skip_next = False
            continue  # the upper bound of a range, or المئة of "في المئة"
        upper = phrases[i + 1] if i + 1 < len(phrases) else None
        if upper is not None and _is_range(text, phrase, upper):
            quantity = _quantity(text, original, norm, phrase, upper)
            skip_next = True
        else:
            quantity = _quantity(text, original, norm, phrase, None)
        if quantity is not None:
            quantities.append(quantity)
    quantities += _more_than_one(text, quantities, exclude, norm)
    quantities.sort(key=lambda q: q.start)
    return quantities


MORE_THAN_RE = re.compile(rf"(?<!\w)[وف]?ب?(?P<mod>اكثر){SPACE}+من{SPACE}+(?P<word>{WORD})(?!\w)")
TIME_WORDS = frozenset({"عام", "سنه", "شهر", "اسبوع", "يوم", "ساعه", "دقيقه", "ثانيه", "قرن", "عقد", "ليله"})


def _more_than_one(text: str, found: list[Quantity], exclude: list[tuple[int, int]], norm: Normalized) -> list[Quantity]:
    """``أكثر من مرة``، ``أكثر من خيار``: more than one of an indefinite singular, min 1."""
    if "اكثر" not in text:
        return []
    extra = []
    at = text.find("اكثر")
    while at >= 0:
        begin = at
        while begin > 0 and at - begin < 2 and text[begin - 1] in "وفب":
            begin -= 1
        m = MORE_THAN_RE.match(text, begin)
        at = text.find("اكثر", at + 4)
        if m is None:
            continue
        word = m.group("word")
        if word.startswith("ال") or word in lexicon.noun_stopwords() or word in lexicon.number_words() or word in TIME_WORDS:
            continue
        if word.endswith(("هم", "ها", "هما", "كم", "نا", "هن")) and len(word) > 4:
            continue  # أكثر من توجههم: a possessed noun compares, it counts nothing
        if NOUN_RE.match(text, m.end()) and text[m.end() : m.end() + 3].strip()[:1].isdigit():
            continue
        start, end = m.start("mod"), m.end("word")
        if any(q.start < end and start < q.end for q in found) or _overlaps(*norm.original_span(start, end), exclude):
            continue
        quantity = Quantity(start, end, m.start("word"), end, None, 1, None, False, "count")
        quantity.noun_start, quantity.noun_end, quantity.noun_text = m.start("word"), end, word
        extra.append(quantity)
    return extra


LIST_MARKER_AFTER = re.compile(rf"{SPACE}*[.)\-–]")


def _list_marker(text: str, phrase: NumberPhrase) -> bool:
    """``\n3. الجندي …``: a number opening a line and followed by . ) or - numbers a list."""
    line_start = text.rfind("\n", 0, phrase.start) + 1
    return not text[line_start : phrase.start].strip() and LIST_MARKER_AFTER.match(text, phrase.end) is not None


def _not_several(original: str, norm: Normalized, phrase: NumberPhrase) -> bool:
    """``بعده`` (after it) reads ب + عده once ة and ه are one letter: عدة needs its ة."""
    first = phrase.atoms[0]
    if first.kind != "vague" or first.value != 3:
        return False
    s, e = norm.original_span(first.start, first.end)
    return normalize(original[s:e]).endswith("ه")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=1)
def _not_numbers_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وفبل]?(?:{alternation(lexicon.not_numbers())})(?!\w)")


def _in_not_numbers(text: str, phrase: NumberPhrase) -> bool:
    lo = max(0, phrase.start - 20)
    for m in _not_numbers_re().finditer(text, lo, min(len(text), phrase.end + 20)):
        if m.start() < phrase.end and phrase.start < m.end():
            return True
    return False


def _is_range(text: str, low: NumberPhrase, high: NumberPhrase) -> bool:
    """``بين 10 و20`` / ``ما بين 10 إلى 20``: two numbers read as one range."""
    before = low.start - len(low.atoms[0].prefix)
    if not BETWEEN_RE.search(text, max(0, before - 12), before):
        return False
    gap_end = high.start - len(high.atoms[0].prefix)
    gap = text[low.end : gap_end] + high.atoms[0].prefix
    return len(gap) <= 6 and RANGE_JOIN_RE.fullmatch(gap) is not None and low.low <= high.high


def _quantity(
    text: str, original: str, norm: Normalized, phrase: NumberPhrase, upper: NumberPhrase | None
) -> Quantity | None:
    number_start = phrase.start
    last = upper or phrase
    if phrase.atoms[0].kind == "digits" and _is_label(text, phrase):
        return None
    kind, unit, currency, end, currency_span = _unit(text, last)
    if kind == "count" and not _plausible_count(text, phrase, last):
        return None
    low, high = phrase.low, last.high
    value = low if low == high and not phrase.vague and upper is None else None
    minimum = low if value is None else None
    maximum = high if value is None else None
    approximate = phrase.vague or last.vague
    start, role = _modifier_before(text, number_start - len(phrase.atoms[0].prefix))
    quantity = Quantity(start, end, number_start, last.end, value, minimum, maximum, approximate, kind, unit, currency)
    quantity.digits_only = upper is None and all(a.kind == "digits" for a in phrase.atoms)
    if kind == "money":
        quantity.noun_start, quantity.noun_end = currency_span
        quantity.noun_text = text[currency_span[0] : currency_span[1]]
    if kind == "count":
        _attach_noun(text, original, norm, quantity, last)
        if quantity.noun_lemma is None and quantity.noun_start is None and not _counts_alone(phrase):
            return None
    after_role, after_end = _modifier_after(text, quantity.end)
    role = role or after_role
    quantity.end = max(quantity.end, after_end)
    _apply_role(quantity, role)
    if phrase.is_dual:
        quantity.noun_start, quantity.noun_end = phrase.start, phrase.end
    return quantity


def _counts_alone(phrase: NumberPhrase) -> bool:
    """A number with no noun still counts when it is written in digits or is large."""
    return phrase.atoms[0].kind in ("digits", "dual") or phrase.has_scale or phrase.low >= 2


def _apply_role(quantity: Quantity, role: str | None) -> None:
    if role is None:
        return
    exact = quantity.value
    if role == "approx":
        quantity.approximate = True
        return
    if exact is None:
        exact = quantity.min if role == "min" else quantity.max
    if exact is None:
        return
    quantity.value = None
    quantity.min, quantity.max = (exact, None) if role == "min" else (None, exact)


@lru_cache(maxsize=1)
def _modifier_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = lexicon.modifiers()
    before = alternation(p for p, (_, pos) in table.items() if pos == "before")
    after = alternation(p for p, (_, pos) in table.items() if pos == "after")
    return (
        re.compile(rf"(?<!\w)[وفب]?(?P<mod>{before}){SPACE}*$"),
        re.compile(rf"{SPACE}*(?P<mod>{after})(?!\w)"),
    )


def _modifier_before(text: str, start: int) -> tuple[int, str | None]:
    m = _modifier_res()[0].search(text, max(0, start - 24), start)
    if not m:
        return start, None
    return m.start("mod"), lexicon.modifiers()[_squash(m.group("mod"))][0]


def _modifier_after(text: str, end: int) -> tuple[str | None, int]:
    m = _modifier_res()[1].match(text, end)
    if not m:
        return None, end
    return lexicon.modifiers()[_squash(m.group("mod"))][0], m.end()


def _squash(phrase: str) -> str:
    return " ".join(phrase.split())


def _is_label(text: str, phrase: NumberPhrase) -> bool:
    """المادة 5، رقم (12)، الرحلة 370: the number names something."""
    before = phrase.start - len(phrase.atoms[0].prefix)
    window = text[max(0, before - 24) : before].rstrip(" \t(#:-")
    word = window.rsplit(None, 1)[-1] if window.split() else ""
    return word in lexicon.identifier_words() or _strip_clitic(word) in lexicon.identifier_words()


def _strip_clitic(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وفبل" else word


def _plausible_count(text: str, phrase: NumberPhrase, last: NumberPhrase) -> bool:
    """Drop ordinals (الـ15), scores and times (3-1، 10:30), phone numbers and years."""
    first = phrase.atoms[0]
    if phrase.has_scale:
        return True
    if first.kind == "digits":
        digits = text[first.start : first.end]
        ordinal = first.prefix.endswith("ال") or ORDINAL_ARTICLE_RE.search(text, max(0, first.start - 4), first.start)
        if ordinal and not _indefinite_noun_after(text, last.end):
            return False  # الدورة الـ15، الذكرى الـ69: an ordinal
        if SCORE_BEFORE_RE.search(text, max(0, first.start - 4), first.start) or SCORE_AFTER_RE.match(text, last.end):
            return False
        if len(digits) > 1 and digits[0] == "0" and digits[1] not in ".,":
            return False  # 0555…: a phone number or a code
        if digits.isdigit() and len(digits) >= 8:
            return False
        if _year_like(text, phrase):
            return False
    if first.kind == "unit" and first.value == 1 and len(phrase.atoms) == 1:
        return _after_countable_noun(text, first.start - len(first.prefix))
    return True


def _indefinite_noun_after(text: str, end: int) -> bool:
    m = NOUN_RE.match(text, end)
    if not m:
        return False
    word = m.group("word")
    return not word.startswith("ال") and word[0] not in "لب" and word not in lexicon.noun_stopwords()


def _year_like(text: str, phrase: NumberPhrase) -> bool:
    if len(phrase.atoms) != 1 or not isinstance(phrase.low, int):
        return False
    if ERA_AFTER_RE.match(text, phrase.end):
        return True
    if not 1900 <= phrase.low <= 2100:
        return False
    noun = NOUN_RE.match(text, phrase.end)
    if not noun:
        return True
    word = noun.group("word")
    return not (_known_noun(word) or (word.endswith("ا") and _indefinite(word) and len(word) > 3))


def _known_noun(word: str) -> bool:
    bare = word.removeprefix("ال")
    for form in (bare, bare.rstrip("ا")):
        if form in lexicon.countable_nouns() or form in lexicon.fact_nouns():
            return True
    return False


def _after_countable_noun(text: str, start: int) -> bool:
    """``شخص واحد``، ``دائرة واحدة``: one counts only after the noun it counts."""
    return _counted_before(text, start) is not None


@lru_cache(maxsize=1)
def _currency_re() -> re.Pattern[str]:
    words = alternation(lexicon.currencies())
    adjectives = set()
    for q in lexicon.currency_qualifiers():
        adjectives.update({q.adjective, q.adjective + "ه", q.adjective.removesuffix("ه")})
    return re.compile(
        rf"{SPACE}*(?:ال)?(?P<cur>{words})(?!\w)(?:{SPACE}+(?:ال)?(?P<adj>{alternation(adjectives)})(?!\w))?"
        rf"|{SPACE}*(?P<sar>ر{SPACE}?\.?{SPACE}?س)(?!\w)"
    )


def _unit(text: str, last: NumberPhrase) -> tuple[str, str | None, str | None, int, tuple[int, int]]:
    """``(kind, unit, currency, end, currency span)``: percent, money or a plain count."""
    m = PERCENT_RE.match(text, last.end)
    if m:
        return "percent", "percent", None, m.end(), (0, 0)
    if last.is_dual and lexicon.match_form(last.atoms[0].lemma or "") in lexicon.currencies():
        lemma, code = lexicon.currencies()[lexicon.match_form(last.atoms[0].lemma)]
        return "money", lemma, code, last.end, (last.start, last.end)
    m = _currency_re().match(text, last.end)
    if m:
        if m.group("sar"):
            return "money", "ريال", "SAR", m.end(), m.span("sar")
        lemma, code = lexicon.currencies()[m.group("cur")]
        code = _currency_code(text, lemma, code, m.group("adj"))
        return "money", lemma, code, m.end(), (m.start("cur"), m.end())
    m = DOLLAR_RE.match(text, last.end)
    if m:
        return "money", "دولار", "USD", m.end(), (m.end() - 1, m.end())
    if last.start > 0 and text[last.start - 1] == "$":
        return "money", "دولار", "USD", last.end, (last.start - 1, last.start)
    return "count", None, None, last.end, (0, 0)


def _currency_code(text: str, lemma: str, default: str | None, adjective: str | None) -> str | None:
    """The ISO code: from the nationality after the word, else a country the article names."""
    qualifiers = [q for q in lexicon.currency_qualifiers() if q.lemma == lemma]
    if adjective:
        bare = adjective.removesuffix("ه")
        for q in qualifiers:
            if q.adjective.removesuffix("ه") == bare:
                return q.code
    named = [q for q in qualifiers if q.country and q.country in text]
    if default is not None and any(q.code == default for q in named):
        return default
    if len({q.code for q in named}) == 1:
        return named[0].code
    return default


def _attach_noun(text: str, original: str, norm: Normalized, quantity: Quantity, last: NumberPhrase) -> None:
    """The noun counted: the word after the number (after من for عشرات من), else عدد القتلى before it."""
    if last.is_dual:
        quantity.noun_lemma = last.atoms[0].lemma
        quantity.noun_text = text[last.start : last.end]
        return
    at = quantity.end
    partitive = PARTITIVE_RE.match(text, at)
    if partitive:
        at = partitive.end() - 1
    if _noun_before_one(text, quantity, last):
        return
    m = NOUN_RE.match(text, at)
    if m and _is_noun(m.group("word"), original, norm, m.start("word"), m.end("word")):
        start, end = m.start("word"), m.end("word")
        if m.group("word") in lexicon.compound_heads():
            tail = NOUN_RE.match(text, end)
            if tail and not tail.group("word").startswith("ال") and tail.group("word") not in lexicon.noun_stopwords():
                end = tail.end("word")
        quantity.noun_start, quantity.noun_end = start, end
        quantity.noun_text = text[start:end]
        quantity.end = end
        return
    _noun_before(text, quantity)


def _is_noun(word: str, original: str, norm: Normalized, start: int, end: int) -> bool:
    if word in lexicon.noun_stopwords() or word in lexicon.number_words():
        return False
    if word[0] in "وفلبك" and len(word) > 3:
        s, e = norm.original_span(start, end)
        pieces = split_clitics(original[s:e])
        if pieces and pieces[0][2] == "proclitic":
            return False  # "مقتل 3 وإصابة 5"، "3000 لليوم": a new phrase, not the counted noun
    return True


def _noun_before_one(text: str, quantity: Quantity, last: NumberPhrase) -> bool:
    """``شخص واحد``، ``جنديا تشاديا واحدا``: one and two follow the noun they count."""
    first = last.atoms[0]
    if len(last.atoms) != 1 or first.kind != "unit" or first.value > 2:
        return False
    found = _counted_before(text, first.start - len(first.prefix))
    if found is None:
        return False
    quantity.noun_start, quantity.noun_end = found.start("word"), found.end("word")
    quantity.noun_text = found.group("word")
    quantity.start = min(quantity.start, found.start("word"))
    return True


def _counted_before(text: str, start: int) -> re.Match[str] | None:
    """The noun right before ``start`` (or the one before an adjective after it)."""
    m = PREVIOUS_WORD_RE.search(text, max(0, start - 24), start)
    if not m or not _indefinite(m.group("word")):
        return None
    if _known_noun(m.group("word")) or m.group("word").endswith("ه"):  # شخص واحد، دائرة واحدة
        return m
    before = PREVIOUS_WORD_RE.search(text, max(0, m.start() - 24), m.start())
    if before and _known_noun(before.group("word")):  # جنديا تشاديا واحدا
        return before
    return None


def _indefinite(word: str) -> bool:
    return not word.startswith("ال") and word not in lexicon.noun_stopwords() and word not in lexicon.number_words()


def _noun_before(text: str, quantity: Quantity) -> None:
    """``ارتفع عدد القتلى إلى 50``: the noun named before the number in its clause."""
    lo = max(0, quantity.number_start - 60)
    window_start = lo
    for m in CLAUSE_END.finditer(text, lo, quantity.number_start):
        window_start = m.end()
    found = None
    for m in TOTAL_OF_RE.finditer(text, window_start, quantity.number_start):
        found = m
    if found:
        quantity.noun_start, quantity.noun_end = found.start("word"), found.end("word")
        quantity.noun_text = found.group("word")
