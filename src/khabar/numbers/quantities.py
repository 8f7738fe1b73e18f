"""Quantities: a number with what qualifies it and what it counts.

On top of :mod:`khabar.numbers.words` this reads, around each number phrase,
the modifier before it (أكثر من → min, أقل من → max, نحو → approximate, ما لا
يقل عن → min), the one after it (على الأقل، تقريبا), ranges (بين 10 و20، من 1 ـ 3 فوز),
percent signs and words (%، في المئة، بالمائة), currency words with their
nationality (ريال، دولار أمريكي، درهم مغربي → ISO codes) and the counted noun
(``1400 شخص``، ``عشرات من المواطنين``، ``ثلاثة من جنوده``، ``فرصة عمل``، ``3كم``; before a
definite number, the definite plural it follows: ``المنتخبات الـ52``; a bare number coordinated with
the next takes that one's noun or unit: ``1500 و1404 رحلات``), and drops what is no
quantity: labels (المادة 5، رقم 12، الرحلة 370), phone numbers, years, scores
and times of day, ordinals (الـ15، الثالث عشر), and every number inside a time
expression.

>>> [q.describe() for q in quantities_in("قتل أكثر من 1400 شخص وفق المادة 5")]
[('count', None, 1400, None, False, 'شخص')]
>>> [q.describe() for q in quantities_in("بلغت نحو 20 في المئة من 5 ملايين ريال")]
[('percent', 20, None, None, True, 'في المئه'), ('money', 5000000, None, None, False, 'ريال')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

from khabar.numbers import lexicon
from khabar.numbers.matching import (
    shared_vocabulary,
    unlettered_words,
    word_columns,
    words_in,
)
from khabar.numbers.regex import alternation
from khabar.numbers.words import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    SCALE_KINDS,
    Atom,
    NumberPhrase,
    glued_word,
    number_phrases,
    opens_quoted,
    parse_digits,
)
from khabar.text.normalize import Normalized, normalize, normalize_with_offsets
from khabar.text.segment import split_clitics

SPACE = r"[^\S\n]"
WORD = r"[^\W\d_a-z]+"  # Arabic letters in the matching form (Latin is lower-cased there)
ORDINAL_ARTICLE_RE = re.compile(rf"(?<!\w)ال{SPACE}*$")
SCORE_BEFORE_RE = re.compile(rf"\d{SPACE}*[-/:]{SPACE}*$")
SCORE_AFTER_RE = re.compile(rf"{SPACE}*[-/:]{SPACE}*\d")
# The percent marker; a dash before it is a minus sign set on the wrong side by right-to-left
# typing ("بـ1.3 – في المائة" is −1.3 %), and a doubled في is a typo ("1.7 في في المائة").
PERCENT_RE = re.compile(
    rf"{SPACE}*(?P<minus>[-–]{SPACE}*(?=في|ب))?(?P<marker>%|(?:(?:في{SPACE}+)+|ب)ال(?:م(?:ئ|ائ|اي|ي)ه|مئه|مائه)(?!\w))"
)
DOLLAR_RE = re.compile(rf"{SPACE}*\$")
RANGE_JOIN_RE = re.compile(rf"{SPACE}*(?:و|الي|حتي){SPACE}*$")
BETWEEN_RE = re.compile(rf"(?<!\w)(?:ما{SPACE}*)?[وف]?بين{SPACE}*$")  # (also "مابين" and "بين20" as typed)
GLUED_NAME_RE = re.compile(r"[^\W\d_](?:-|[^\S\n]?/)$")
LATIN_WORD_RE = re.compile(r"[a-z]{1,8}")
TO_JOIN_RE = re.compile(rf"{SPACE}*(?:الي|حتي){SPACE}*$")
# "9 أو 10 في المائة"، "بـ5 أو 6 آلاف ريال": two figures joined by "or" give the bounds of one count
OR_JOIN_RE = re.compile(rf"{SPACE}+او{SPACE}+")
# "ثلاثة من جنودها"، "24 من تلك العناصر"، "عشرة من منسوبي القوات": the counted noun after من is
# definite, possessed, after a demonstrative, or the head of a construct.
PARTITIVE_RE = re.compile(
    rf"{SPACE}+من{SPACE}+(?P<dem>(?:تلك|هذه|هولاء|اولئك|هذا|ذلك){SPACE}+)?(?=(?P<word>{WORD})(?P<next>{SPACE}+(?:ال|تلك|هذه)?)?)"
)
PARTITIVE_PRONOUN_RE = re.compile(rf"{SPACE}+(?P<word>منهم|منهن|منهما|منها)(?!\w)")
POSSESSIVE_ENDINGS = ("ها", "هم", "هن", "هما", "كم", "نا")
PREVIOUS_WORD_RE = re.compile(rf"(?<!\w)[وفبل]?(?P<word>[^\W\d_a-z]{{2,}}){SPACE}+$")
PREVIOUS_WHOLE_WORD_RE = re.compile(rf"(?<!\w)(?P<word>[^\W\d_a-z]{{2,}}){SPACE}+$")
NOUN_RE = re.compile(rf"{SPACE}+(?P<word>{WORD}(?:[23](?![.,]?\d))?)")  # م2، م3: square and cubic metres
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
    inside_time = _span_index(exclude) if exclude else None
    phrases = []
    digits_listed = _not_number_words_hold_digits()
    for p in number_phrases(text):  # one loop of cheap tests, each dropping what is no quantity
        if inside_time is not None and inside_time(*norm.original_span(p.start, p.end)):
            continue
        if p.atoms[0].kind == "digits" and len(p.atoms) == 1 and not digits_listed:
            # a figure alone (most): the other four tests ask for a number word or a listed digit
            if _list_marker(text, p) or _named_by_letter(text, p) or _after_letter_name(text, p):
                continue
        elif _in_not_numbers(text, p) or _list_marker(text, p) or _not_several(original, norm, p) or _wrote(text, p) or _abbreviation_letter(text, p):
            continue
        phrases.append(p)
    labels: dict[int, bool] = {}  # id(phrase) → whether it is a label, as found by the list pass
    phrases = _drop_label_lists(text, phrases, labels)
    quantities: list[Quantity] = []
    skip_next = False
    for i, phrase in enumerate(phrases):
        if skip_next or (quantities and phrase.start < quantities[-1].end):
            skip_next = False
            continue  # the upper bound of a range, or المئة of "في المئة"
        upper = phrases[i + 1] if i + 1 < len(phrases) else None
        label = labels.get(id(phrase))
        if upper is not None and (_is_range(text, phrase, upper) or (
                upper.start - phrase.end <= 5 and _dash_range(text, original, norm, phrase, upper)) or (
                upper.start - phrase.end <= 3 and _and_measure_range(text, phrase, upper))):
            quantity = _quantity(text, original, norm, phrase, upper, label)
            skip_next = True
        else:
            quantity = _quantity(text, original, norm, phrase, None, label)
        if quantity is not None:
            quantities.append(quantity)
    _share_units(text, quantities)
    quantities = _drop_figures_restated_in_words(text, quantities)
    # (a sum converted in brackets after a bounded or approximate one is its own exact figure: the
    # gold gives "أكثر من ملياري دولار (7.5 مليار ريال)" and "نحو 40 مليار بات (13ر1 مليار دولار)" as values)
    _unreverse_decimals(original, norm, quantities)
    if "×" in text or "*" in text or "x" in text:
        quantities = _sizes(text, quantities)
    quantities += _more_than_one(text, quantities, exclude, norm, original)
    quantities += _lone_fractions(text, quantities, exclude, norm)
    quantities += _about_one_unit(text, quantities, exclude, norm)
    quantities += _group_nouns(text, quantities, exclude, norm)
    quantities.sort(key=lambda q: q.start)
    return quantities


# (the bracket may close after the words: "( 1800000 مليون وثمانمائة ألف نسمة)")
CLOSING_BRACKET_GAP_RE = re.compile(r"[^\S\n]*\)?[^\S\n]*")


def _drop_figures_restated_in_words(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``(7) سبعة من رجال حرس الحدود``، ``(6) ستة إرهابيين``: the official press writes a count in
    brackets and then again in words; the two are one figure (the gold spans "(7) سبعة …" as one), so
    the bracketed figure is dropped and the words' figure starts at its bracket. Only a figure with no noun
    after it and no bound, whose value the words say again right after its closing bracket."""
    kept: list[Quantity] = []
    for quantity in quantities:
        figure = kept[-1] if kept else None
        if (figure is not None and figure.digits_only and figure.value is not None
                and (figure.noun_start is None or figure.noun_start < figure.number_start  # (عدد الحبوب (14.260) …)
                     or figure.noun_start == quantity.noun_start)  # (the words' noun, shared by _share_units)
                and _same_figure(text, figure, quantity) and text[quantity.number_start : quantity.number_start + 1].isalpha()
                and _bracket_before(text, figure.number_start)
                and CLOSING_BRACKET_GAP_RE.fullmatch(text, figure.number_end, quantity.number_start)):
            quantity.start = min(quantity.start, figure.start, text.rfind("(", 0, figure.number_start))
            kept[-1] = quantity
            continue
        kept.append(quantity)
    return kept


def _same_figure(text: str, figure: Quantity, words: Quantity) -> bool:
    """Whether the words say the bracketed figure's value again; a figure with a dot before three digits
    is then thousands ("(22.790) اثنان وعشرون ألفاً وسبعمائة وتسعون حبة" is 22,790)."""
    if figure.value == words.value:
        return True
    return (words.value is not None and THOUSANDS_DOT_RE.fullmatch(text, figure.number_start, figure.number_end) is not None
            and round(figure.value * 1000) == words.value)


SHARING_GAPS = frozenset({"", "و", "او", "الي", "حتي"})
# a list written with commas shares the unit said once at its end: "سعات 16، 32، و64 جيجا بايت"،
# "بـ290، و322، و390 دولاراً"
LIST_GAPS = frozenset({"،", ",", "، و", ", و", "،و", ",و"})
LEADING_DIGITS_RE = re.compile(r"[\d.,٫]+")


def _share_units(text: str, quantities: list[Quantity]) -> None:
    """``1500 و1404 رحلات``، ``من 50.4 إلى 59.2 في المائة``، ``16، 32، و64 جيجا``: a bare number
    coordinated with the next one counts what that one counts (its noun, its currency, its
    percent); read from the end, so that a whole list takes the unit of its last member."""
    listed: set[int] = set()  # ids of the members of a comma list that took its unit
    for first, second in reversed(list(pairwise(quantities))):
        if first.kind != "count" or first.noun_start is not None or first.noun_lemma is not None:
            continue
        if second.noun_start is None or second.noun_lemma is not None:
            continue
        gap = text[first.end : second.start]
        if "\n" in gap:
            continue
        if gap.strip() not in SHARING_GAPS:
            # a comma list ends in "و" (16، 32، و64): without it the commas may be separators
            # of one figure ("999 , 999 , 169 ريالاً") or a decimal comma ("21،5 في المائة")
            if " ".join(gap.split()) not in LIST_GAPS or not (text[second.start] == "و" or id(second) in listed):
                continue
            listed.add(id(first))
        first.kind, first.unit, first.currency = second.kind, second.unit, second.currency
        first.noun_start, first.noun_end, first.noun_text = second.noun_start, second.noun_end, second.noun_text
        if gap.strip() in ("الي", "حتي"):
            _share_scale(text, first, second)


def _share_scale(text: str, first: Quantity, second: Quantity) -> None:
    """``ارتفعت الأرباح من نحو 2.1 إلى 2.6 مليار دولار``: of two values of one count, a bare
    figure below a thousand takes the scale word said once after the second (2.1 مليار)."""
    if not first.digits_only or first.value is None or not 0 < first.value < 1000:
        return
    whole = second.value if second.value is not None else (second.max or second.min)
    m = LEADING_DIGITS_RE.match(text, second.number_start)
    digits = parse_digits(m.group().rstrip(".,٫")) if m else None
    if not whole or not digits or whole / digits < 1000:
        return
    factor = whole / digits
    if not 0.1 <= first.value / digits <= 10:
        return  # (too far apart to be two values of one scale)
    scaled = round(first.value * factor, 6)
    first.value = int(scaled) if scaled == int(scaled) else scaled


# "1024×768 بكسلا"، "360 × 360 بكسل"، "10 * 10 متر": the figure after a times sign is one side of
# a size, no count of its unit.
SIZE_FACTOR_RE = re.compile(rf"\d{SPACE}*[×x*]{SPACE}*$")


def _sizes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A quantity whose figure follows "N ×" is a size (width × height): the dev gold gives such
    sizes no value (2015-07-26#1055، 2015-07-21#1749) or leaves them, never the second side as a
    count; the span takes in the first side, whose own bare figure goes, with its modifier
    ("حوالي ٢*١٢ مترا", approximate). A size with no unit after it counts nothing: a photograph's
    "صور شمسية 4×6"، "مقاس (4 x 6)" (the dev gold marks none of 5 such, 2015-07-21#1039,
    2015-07-26#599, 2015-07-23#683)."""
    kept: list[Quantity] = []
    for quantity in quantities:
        m = SIZE_FACTOR_RE.search(text, max(0, quantity.number_start - 6), quantity.number_start)
        if m is None or quantity.value is None:
            kept.append(quantity)
            continue
        first = m.start()
        while first > 0 and text[first - 1].isdigit():
            first -= 1
        start = first
        while kept and kept[-1].number_start >= first:
            side = kept.pop()  # (the first side, read as a bare figure)
            start, quantity.approximate = min(start, side.start), quantity.approximate or side.approximate
        if quantity.kind == "count" and quantity.noun_start is None and quantity.noun_lemma is None:
            continue
        quantity.start, quantity.number_start, quantity.value = start, first, None
        kept.append(quantity)
    return kept


REVERSED_DECIMAL_RE = re.compile("(\\d+)[.٫]\u200f(\\d+)")


def _unreverse_decimals(original: str, norm: Normalized, quantities: list[Quantity]) -> None:
    """``24.\u200f49 دولار``: a right-to-left mark inside a decimal number is the trace of a page
    that laid the number out right to left, whole part last; the price is 49.24."""
    if "\u200f" not in original:
        return
    for quantity in quantities:
        if quantity.value is None:
            continue
        start, end = norm.original_span(quantity.number_start, quantity.number_end)
        written = original[start:end].strip()
        m = REVERSED_DECIMAL_RE.match(written)
        if m is None:
            continue
        read, meant = float(f"{m.group(1)}.{m.group(2)}"), float(f"{m.group(2)}.{m.group(1)}")
        if m.end() == len(written):
            quantity.value = meant
        elif written[m.end() : m.end() + 1].isspace() and read and quantity.value / read >= 1000:
            # 5.\u200f2 مليون زائر: the scale word after the figure multiplies the figure as meant
            scaled = round(quantity.value / read * meant, 6)
            quantity.value = int(scaled) if scaled == int(scaled) else scaled


MORE_THAN_RE = re.compile(rf"(?<!\w)[وف]?ب?(?P<mod>اكثر){SPACE}+من{SPACE}+(?P<word>{WORD})(?!\w)")
TIME_WORDS = frozenset({"عام", "سنه", "شهر", "اسبوع", "يوم", "ساعه", "دقيقه", "ثانيه", "قرن", "عقد", "ليله"})


MERELY_REACH = 40  # characters before "أكثر" searched for its negation (two words and the negation)


@lru_cache(maxsize=1)
def _merely_re() -> re.Pattern[str]:
    """A negation of ``merely_negations.tsv`` (و/ف before it allowed) and at most two words, no
    figure or clause mark between, right before "أكثر": "لا يعدو كونه أكثر من نقص"."""
    negations = alternation(lexicon.merely_negations())
    return re.compile(rf"(?<!\w)[وف]?(?:{negations})(?:{SPACE}+{WORD}){{0,2}}{SPACE}+$")


def _more_than_one(
    text: str, found: list[Quantity], exclude: list[tuple[int, int]], norm: Normalized, original: str = "",
) -> list[Quantity]:
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
        if word in lexicon.more_than_idioms():
            continue  # في أكثر من مناسبة، على أكثر من صعيد: "repeatedly", "widely", an idiom that counts nothing
        if word.endswith("ه") and word[:-1] in lexicon.number_words():
            continue  # أكثر من نصفه: "more than half of it", a number word with its pronoun, is no "more than one"
        if word.endswith(("هم", "ها", "هما", "كم", "نا", "هن")) and len(word) > 4:
            continue  # أكثر من توجههم: a possessed noun compares, it counts nothing
        if original and _his(word, original, norm, m.end("word")):
            continue  # أكثر من إيجابياته، أكثر من تقديره: "his" too
        if word.endswith("ات") and len(word) > 4:
            continue  # أكثر من مطالبات قانونية: a plural compares ("more than demands"), one is a singular
        if _imperfect_verb(word):
            continue  # أكثر من يدفع الثمن: "who pays most", a verb, counts nothing
        if NOUN_RE.match(text, m.end()) and text[m.end() : m.end() + 3].strip()[:1].isdigit():
            continue
        if _merely_re().search(text, max(0, begin - MERELY_REACH), begin):
            continue  # لا يعني أكثر من قضاء الوقت: "no more than", merely, counts nothing
        start, end = m.start("mod"), m.end("word")
        if any(q.start < end and start < q.end for q in found) or _overlaps(*norm.original_span(start, end), exclude):
            continue
        quantity = Quantity(start, end, m.start("word"), end, None, 1, None, False, "count")
        quantity.noun_start, quantity.noun_end, quantity.noun_text = m.start("word"), end, word
        extra.append(quantity)
    return extra


def _imperfect_verb(word: str) -> bool:
    """``يدفع``، ``يعرف``، ``يرهقني`` after "أكثر من": an imperfect verb ("أكثر من يعرف": who knows
    most), no singular noun (15 SaudiNewsNet articles, none a count). Nouns in ي are few and known
    with the article (يمني، يابانية) or are nisbas in -ي (يساري، يزيدي); يوم is a time word."""
    if len(word) < 4 or word[0] != "ي" or word in lexicon.dual_forms():
        return False
    if word.endswith(("ي", "يه")) and not word.endswith("ني"):
        return False  # (a nisba: يساري، يونانيه)
    return lexicon.word_counts().get("ال" + word, 0) == 0


@lru_cache(maxsize=1)
def _lone_fraction_re() -> re.Pattern[str]:
    fractions = alternation(lexicon.lone_fractions()["fraction"])
    # (not before a definite word, "النصف الأول"; إلى is none: "من النصف إلى الثلثين")
    return re.compile(rf"(?<!\w)(?P<fraction>{fractions})(?!\w)(?!{SPACE}+ال(?!ي(?!\w))\w)")


@shared_vocabulary  # (looked up in the word pass shared with the number words and the times' anchors)
@lru_cache(maxsize=1)
def _lone_fraction_words() -> frozenset[str]:
    """The fractions of lone_fractions.tsv (النصف، الثلثين…), each one word."""
    return frozenset(lexicon.lone_fractions()["fraction"])


def _lone_fraction_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_lone_fraction_re`` in ``text``, in text order, tried only at the words that
    are a fraction (a regex that opens with a lookbehind would be tried at every character of the
    article; a ``str.find`` per stem, as before, scanned the article four times). The same matches:
    the regex's fraction stands between ``(?<!\\w)`` and ``(?!\\w)``, so it is a whole ``\\w+`` run,
    that is a word of :func:`word_columns` equal to a fraction."""
    pattern = _lone_fraction_re()
    starts = word_columns(text)[0]
    found = []
    for i in words_in(text, _lone_fraction_words):
        m = pattern.match(text, starts[i])
        if m is not None:
            found.append(m)
    return found


FROM_TO_RE = re.compile(rf"(?<!\w)من{SPACE}+$")
TO_AFTER_RE = re.compile(rf"{SPACE}+(?:الي|حتي)(?!\w)")


def _lone_fractions(text: str, found: list[Quantity], exclude: list[tuple[int, int]], norm: Normalized) -> list[Quantity]:
    """``هبطت الأسعار إلى النصف``، ``بمقدار الثلث``، ``بأغلبية الثلثين``، ``بأكثر من الربع``، ``من
    النصف إلى الثلثين``: a fraction with the article and no noun after it is a measure when a
    lead word (``lone_fractions.tsv``) or a modifier stands right before it, or it opens "من … إلى"
    (the number scanner keeps no definite fraction alone: "الربع الثاني" is a quarter of the year)."""
    table = lexicon.lone_fractions()
    extra = []
    for m in _lone_fraction_matches(text):
        start, end = m.span()
        after = NOUN_RE.match(text, end)
        if after is not None and after.group("word") in table["not_before"]:
            continue  # الربع نفسه: the same quarter
        lead = WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        mod_start, role = _modifier_before(text, start)
        if role is None and not (lead and lead.group("word") in table["lead"]):
            if not (FROM_TO_RE.search(text, max(0, start - 8), start) and TO_AFTER_RE.match(text, end)):
                continue
        if any(q.start < end and start < q.end for q in found) or _overlaps(*norm.original_span(start, end), exclude):
            continue
        value = round(table["fraction"][m.group("fraction")], 6)
        value = int(value) if value == int(value) else value  # (المثلين: 2)
        quantity = Quantity(min(start, mod_start), end, start, end, value, None, None, False, "count")
        after_role, after_end = _modifier_after(text, end)
        if role == "approx" and after_role in ("min", "max"):
            _apply_role(quantity, role)
            role = after_role
        quantity.end = max(quantity.end, after_end)
        _apply_role(quantity, role or after_role)
        extra.append(quantity)
    return extra


@lru_cache(maxsize=1)
def _approx_before() -> tuple[str, ...]:
    """The approx modifiers of ``modifiers.tsv`` written before their figure (نحو، حوالي، ما يقارب …)."""
    return tuple(p for p, (role, position) in lexicon.modifiers().items() if role == "approx" and position == "before")


@lru_cache(maxsize=1)
def _about_unit_re() -> re.Pattern[str]:
    """An approx modifier of ``modifiers.tsv`` written before its figure, then a unit of
    ``lone_units.tsv`` with no figure, fraction or واحد after it ("نحو كيلومتر ونصف" is 1.5)."""
    return re.compile(
        rf"(?<!\w)[وفب]?(?P<mod>{alternation(_approx_before())}){SPACE}+(?P<unit>{alternation(lexicon.lone_units())})(?!\w)"
        rf"(?!{SPACE}*(?:[\d(]|و?{SPACE}*(?:نصف|ربع|ثلث|واحد)))"
    )


@shared_vocabulary  # (looked up in the word pass shared with the number words and the times' anchors)
@lru_cache(maxsize=1)
def _approx_first_words() -> frozenset[str]:
    """The first word of each of :func:`_approx_before`, bare or after و، ف or ب (ونحو، بحوالي، وما)."""
    return frozenset(prefix + p.split()[0] for p in _approx_before() for prefix in ("", "و", "ف", "ب"))


def _about_unit_matches(text: str) -> list[re.Match[str]]:
    """The matches of :func:`_about_unit_re` in ``text``, in text order, tried only at the words that
    may open one (the regex opens with a lookbehind and an optional letter, so ``finditer`` tried it at
    every character of the article: a fifth of the numbers stage's time in half the articles, for a
    match in one article of several hundred). The same matches: a match opens after no word character
    with ``[وفب]?`` and the modifier's first word, then a space, so it starts a ``\\w+`` run, that is a
    word of :func:`word_columns` in :func:`_approx_first_words`; its end is where ``finditer`` goes on."""
    pattern = _about_unit_re()
    starts = word_columns(text)[0]
    found = []
    resume = 0
    for i in words_in(text, _approx_first_words):
        if starts[i] >= resume:
            m = pattern.match(text, starts[i])
            if m is not None:
                found.append(m)
                resume = m.end()
    return found


def _about_one_unit(text: str, found: list[Quantity], exclude: list[tuple[int, int]], norm: Normalized) -> list[Quantity]:
    """``يبلغ وزن الثور نحو طن``، ``تراجع برنت نحو دولار``: one unit or one of a currency, approximate
    (``lone_units.tsv``); money for a currency."""
    extra = []
    for m in _about_unit_matches(text):
        start, end = m.start("mod"), m.end("unit")
        if any(q.start < end and start < q.end for q in found) or _overlaps(*norm.original_span(start, end), exclude):
            continue
        unit = m.group("unit")
        currency = lexicon.currencies().get(unit)
        quantity = Quantity(start, end, m.start("unit"), end, 1, None, None, True, "money" if currency else "count")
        if currency:
            quantity.unit, quantity.currency = currency
        quantity.noun_start, quantity.noun_end, quantity.noun_text = m.start("unit"), end, unit
        extra.append(quantity)
    return extra


GROUP_PREFIXES = ("", "ال", "و", "وال")
GROUP_OPENERS_RE = re.compile(r"[^\S\n]*[“”\"«(]?[^\S\n]*")  # (a name list may open with a quote or a bracket)
GROUP_LIST_RE = re.compile(r"[^.!?؟؛;:\n]{0,80}?(?<!\w)و(?!ال)[^\W\d_]{2,}")
WORD_AT_RE = re.compile(r"[^\W\d_]+")
NEXT_WORD_RE = re.compile(rf"{SPACE}*([^\W\d_]+)")  # the word after a position, on the same line


def _group_nouns(text: str, found: list[Quantity], exclude: list[tuple[int, int]], norm: Normalized) -> list[Quantity]:
    """``واصل الثنائي ياسر القحطاني وعبدالله عطيف``، ``نجح ثنائي تنس الطاولة فلان وفلان``: a noun of
    a group of named people (``group_nouns.tsv``: ثنائي 2، ثلاثي 3، رباعي 4) counts them when a
    list joined by و follows in its sentence and it is no adjective: no definite word before it
    (التعاون الثنائي), no proclitic ب/ل/ك (بثنائي جديد), and not
    before a word that names nobody (``noun_stopwords.tsv``: دفع رباعي أمام …; role "not_after":
    الثنائي بيني وبين …) nor right before the و (بشلل رباعي ونزيف: a list of other things). A definite
    word after it is its adjective (الرباعي الأجنبي) or its genitive (ثلاثي الفريق فلان وفلان), save the
    technical genitives of role "not_after" (ثلاثي الأبعاد، رباعي النواة; session 59, facts62).
    Found by ``str.find`` of each noun, in the articles that may hold one (:func:`_may_hold_group_noun`)."""
    if not _may_hold_group_noun(text):
        return []
    table = lexicon.group_nouns()
    extra = []
    for form, value in table["group"].items():
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            word_start = at
            while word_start > 0 and (text[word_start - 1].isalpha()):
                word_start -= 1
            prefix = text[word_start:at]
            at = text.find(form, end)
            if (end < len(text) and (text[end].isalnum() or text[end] == "_")) or prefix not in GROUP_PREFIXES:
                continue
            start = word_start + (1 if prefix.startswith("و") else 0)
            before = PREVIOUS_WHOLE_WORD_RE.search(text, max(0, word_start - 30), word_start)
            if before is not None and before.group("word").lstrip("وفبل").startswith("ال"):
                continue  # التعاون الثنائي، اللقاء الثلاثي: an adjective
            nxt = WORD_AT_RE.match(text, GROUP_OPENERS_RE.match(text, end).end())
            if nxt is None or nxt.group().startswith("و") or nxt.group() in table["not_after"] or nxt.group() in lexicon.noun_stopwords():
                continue
            # a definite word after it: its adjective ("الرباعي الأجنبي"، "الثنائي الحارس فلان وفلان") or,
            # without the article, its genitive ("ثلاثي الفريق فلان وفلان"); not a technical compound (ثلاثي الأبعاد)
            definite_next = nxt.group().startswith("ال")
            if definite_next and lexicon.match_form(nxt.group()) in table["not_after"]:
                continue
            if GROUP_LIST_RE.match(text, end) is None:
                continue
            genitive = NEXT_WORD_RE.match(text, nxt.end())
            if "ال" not in prefix and not definite_next and not (genitive and genitive.group(1).startswith("ال")):
                continue  # without the article, only before a genitive: "ثنائي تنس الطاولة", not "اجتماع ثلاثي يضم"
            if any(q.start < end and start < q.end for q in found) or _overlaps(*norm.original_span(start, end), exclude):
                continue
            group = Quantity(start, end, start, end, int(value), None, None, False, "count")
            group.noun_start, group.noun_end, group.noun_text = start, end, text[start:end]  # (the group is what it counts)
            extra.append(group)
    return extra


@shared_vocabulary  # (looked up in the word pass shared with the number words and the times' anchors)
@lru_cache(maxsize=1)
def _group_noun_words() -> frozenset[str]:
    """Each noun of group_nouns.tsv with each prefix :func:`_group_nouns` accepts (ثنائي، والثلاثي…)."""
    return frozenset(prefix + form for form in lexicon.group_nouns()["group"] for prefix in GROUP_PREFIXES)


def _may_hold_group_noun(text: str) -> bool:
    """Whether :func:`_group_nouns` can find anything in ``text``: three ``str.find`` over the whole
    article cost more than this test, which 46 SaudiNewsNet articles in 47 fail. Safe: a noun that
    function keeps is preceded by letters in ``GROUP_PREFIXES`` and followed by no word character,
    so its ``\\w+`` word is either that prefix and noun (a word of the vocabulary) or, when a digit
    or ``_`` comes right before the prefix, a word holding a digit or ``_`` that contains the noun."""
    if words_in(text, _group_noun_words):
        return True
    words = word_columns(text)[1]
    # (the words holding a digit or ``_`` joined by spaces, which no noun holds: one ``in`` per noun)
    unlettered = " ".join(map(words.__getitem__, unlettered_words(text)))
    return any(map(unlettered.__contains__, lexicon.group_nouns()["group"]))


def _his(word: str, original: str, norm: Normalized, end: int) -> bool:
    """Whether ``word`` (matching form, ending at ``end``) ends with the pronoun ه, not ة: the original
    writes ه, and the word is long enough to hold a stem before it; not after ا or ي, where ه
    mostly ends the stem (اتجاه، انتباه، توجيه، تنبيه: "أكثر من اتجاه" counts directions)."""
    return len(word) >= 4 and word.endswith("ه") and not word.endswith(("اه", "يه")) and _ends_with_his(original, norm, end)


LIST_MARKER_AFTER = re.compile(rf"{SPACE}*[.)\-–]")


def _list_marker(text: str, phrase: NumberPhrase) -> bool:
    """``\n3. الجندي …``: a number opening a line and followed by . ) or - numbers a list."""
    if LIST_MARKER_AFTER.match(text, phrase.end) is None:
        return False  # (first: the line before the number may be long)
    line_start = text.rfind("\n", 0, phrase.start) + 1
    return not text[line_start : phrase.start].strip()


def _named_by_letter(text: str, phrase: NumberPhrase) -> bool:
    """``بدقة 4 كيه``، ``خطط 401 كيه``: a figure before the letter K names a format, a plan or a
    model (4K، 401K), it counts nothing (``letters_after_figures.tsv``; 5 SaudiNewsNet articles)."""
    if text[phrase.end : phrase.end + 1] != " ":
        return False  # (most figures: a cheap test before the list's)
    after = phrase.end + 1
    return any(
        text.startswith(word, after) and not text[after + len(word) : after + len(word) + 1].isalnum()
        for word in lexicon.letters_after_figures()
    )


LETTER_GAP = " \t-–"  # what may stand between a letter name and its figure: "إف 16"، "إف - 16"، "إف – 16"


def _after_letter_name(text: str, phrase: NumberPhrase) -> bool:
    """``طائرات إف 16``، ``مقاتلات إف - 16 ضربت``، ``هاتف جالكسي إس 6 إيدج``، ``مدافع بي 10``: a figure
    right after a Latin letter name is part of a model's or a name's code, it counts nothing (the
    noun after it is the rest of the name or the next clause: "إف 16 فجر أمس"). SaudiNewsNet days
    0:19: 49 such figures read as counts in 30 articles; the dev gold marks none of the 10 of its
    text. Not with a proclitic on the figure ("إف 16 و20 صاروخا": the second counts), nor after a
    dotted company name ("سهم يو.بي.اس 1.7 بالمئة"), nor before a percent sign (``letters_before_figures.tsv``)."""
    at = phrase.start
    if at < 3 or text[at - 1] not in LETTER_GAP or phrase.atoms[0].prefix:
        return False
    endings = lexicon.letter_name_endings()
    if text[at - 1] == " " and text[at - 2] not in endings and text[at - 2] not in LETTER_GAP:
        return False  # (most figures: the last letter of the word before, one set test)
    window = text[max(0, at - 14) : at].rstrip(LETTER_GAP)
    if window[-1:] not in endings:
        return False
    word = window.rsplit(None, 1)[-1].lstrip("\"«“(")
    if word not in lexicon.letters_before_figures():
        return False  # (يو.بي.اس: a dotted company name is one word, none of the list)
    if window[: len(window) - len(word)].rstrip().endswith("."):
        return False  # (إتش. إس. بي. سي: the dotted name with spaces)
    return text[phrase.end : phrase.end + 2].strip()[:1] not in ("%", "٪")


def _not_several(original: str, norm: Normalized, phrase: NumberPhrase) -> bool:
    """``بعده`` (after it) reads ب + عده once ة and ه are one letter: عدة needs its ة."""
    first = phrase.atoms[0]
    if first.kind != "vague" or first.value != 3:
        return False
    s, e = norm.original_span(first.start, first.end)
    return normalize(original[s:e]).endswith("ه")


def _abbreviation_letter(text: str, phrase: NumberPhrase) -> bool:
    """A number word right before a Latin letter name is itself a letter of an abbreviation or
    name (``الإف بي آي`` the FBI, whose الإف reads الاف "thousands"; ``ألف ألف إف إم`` a radio)."""
    if phrase.atoms[-1].kind in ("digits", "dual"):
        return False  # (digits before a letter are a model or a measure: "2000 سي سي"; a dual counts
        # its own noun: "طائرتين إف 16")
    nxt = NEXT_WORD_RE.match(text, phrase.end)
    return nxt is not None and nxt.start(1) > phrase.end and nxt.group(1) in lexicon.letter_names()


def _wrote(text: str, phrase: NumberPhrase) -> bool:
    """``ألف`` alone is also the verb ألّف (wrote, brought together): no thousand before a definite
    word (``ألف الباحث كتابا``، ``أثر عظيم ألف القلوب``) nor before a countable noun in the accusative
    (``ابن الجوزي ألف كتابا``), unless a modifier stands before it (``أكثر من ألف شخصا``). After a
    particle only a verb follows (``وقد ألف``، ``كما ألف``), ``not_numbers.tsv`` drops it."""
    atoms = phrase.atoms
    if len(atoms) != 1 or atoms[0].kind != "scale" or atoms[0].value != 1000:
        return False  # (most phrases stop here)
    atom = atoms[0]
    if atom.article or atom.prefix not in ("", "و") or text[atom.start : atom.end] != "الف":
        return False
    nxt = NEXT_WORD_RE.match(text, atom.end)
    if nxt is None or nxt.start(1) == atom.end:
        return False
    word = nxt.group(1)
    if word.startswith("ال") and len(word) > 4:
        return True
    if not word.endswith("ا") or len(word) < 4 or not _known_noun(word) or _currency_re().match(word):
        return False
    at = atom.start - len(atom.prefix)
    before = text[max(0, at - 24) : at].rstrip().rstrip(OPENERS).rstrip()
    return not before.endswith(_modifier_endings())


def _span_index(spans: list[tuple[int, int]]):
    """``overlaps(start, end)`` against many spans by bisection (an article has dozens of times)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and reach[i] > start

    return overlaps


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=1)
def _not_numbers_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وف]?[بلك]?(?:{alternation(lexicon.not_numbers())})(?!\w)")


@lru_cache(maxsize=1)
def _not_number_words() -> frozenset[str]:
    """Every word of not_numbers.tsv, with and without a proclitic (وست → ست)."""
    words = {word for phrase in lexicon.not_numbers() for word in phrase.split()}
    return frozenset(words | {w[1:] for w in words if len(w) > 2 and w[0] in "وفبل"})


@lru_cache(maxsize=1)
def _not_number_words_hold_digits() -> bool:
    return any(char.isdigit() for word in _not_number_words() for char in word)


def _in_not_numbers(text: str, phrase: NumberPhrase) -> bool:
    listed = _not_number_words()
    digits_listed = _not_number_words_hold_digits()
    for atom in phrase.atoms:
        if (atom.kind != "digits" or digits_listed) and (
            text[atom.start : atom.end] in listed or text[atom.start - len(atom.prefix) : atom.end] in listed
        ):
            break  # (with its article or proclitic too: "شاعر المليون" lists المليون)
    else:
        return False  # a cheap prefilter: most numbers (and all digits) are in no listed phrase
    lo = max(0, phrase.start - 20)
    for m in _not_numbers_re().finditer(text, lo, min(len(text), phrase.end + 20)):
        if m.start() < phrase.end and phrase.start < m.end():
            return True
    return False


def _is_range(text: str, low: NumberPhrase, high: NumberPhrase) -> bool:
    """Two numbers read as one range: ``بين 10 و20``، ``ما بين 10 إلى 20``، ``من 500 إلى 600 ريال``،
    ``خمس إلى سبع مرات``، ``9 أو 10 في المائة``، ``بين 400 ألف برميل و450 ألف برميل`` (the unit said twice); not after a
    word of change ("ارتفع العدد من 10 إلى 20": two values of one count)."""
    gap_end = high.start - len(high.atoms[0].prefix)
    if gap_end - low.end > 24:
        return False  # (cheap first: most neighbouring numbers are far apart)
    gap = text[low.end : gap_end] + high.atoms[0].prefix
    before = low.start - len(low.atoms[0].prefix)
    opened_at = _opening_word_end(low)
    between = BETWEEN_RE.search(text, max(0, opened_at - 12), opened_at) is not None
    if not between and OR_JOIN_RE.fullmatch(gap) is not None:
        return low.low < high.low  # (a bare figure, "or", the figure that counts the noun)
    if not between and (("الي" not in gap and "حتي" not in gap) or low.low >= high.high
                        or _change_before(text, before, TO_JOIN_RE.sub("", gap).strip() != "")):
        return False
    join = RANGE_JOIN_RE if between else TO_JOIN_RE
    # "ما بين … إلى …" names a range whatever the order of its bounds ("ما بين 5.98% إلى 2.44%")
    # and whatever form its unit takes the second time ("ما بين 6 أمتار إلى 33 مترا")
    between_to = between and TO_JOIN_RE.search(gap) is not None
    if len(gap) <= 6 and join.fullmatch(gap) is not None:
        return low.low <= high.high or between_to
    unit = join.sub("", gap).strip()
    # (named from the top only with a sign or a word for its unit: not "ما بين 9.61? إلى 1.39?")
    ordered = low.low <= high.high or (between_to and (unit == "%" or unit[:1].isalpha()))
    repeated = 0 < len(unit) <= 20 and "\n" not in gap and (
        _says_unit_again(unit, text[high.end : high.end + len(unit) + 6])
        or (between_to and _names_unit_again(unit, text, high.end))
    )
    return repeated and join.search(gap) is not None and ordered


def _opening_word_end(low: NumberPhrase) -> int:
    """Where a word that may open a range (بين، من) ends before the lower figure: before its
    proclitics (و، بـ), or at the digits when the word itself is typed glued to them ("بين20.7 و27.5
    مليون"، "بين20 -30 مايكرومتر": glued_words.tsv), since the word is no proclitic."""
    prefix = low.atoms[0].prefix
    return low.start if prefix and glued_word(prefix) else low.start - len(prefix)


# "بين 50 – 95 ألف ريال"، "من ( 50 - 500 ) ريال"، "من 1 ـ 3 فوز"، "تهجير 3 ـ 4 مليون مسلم": two
# figures joined by a dash (a tatweel in the original: the matching form drops it)
DASH_GAP_RE = re.compile(rf"{SPACE}*[-–—]{SPACE}*")
# after the upper figure, a date or a score that goes on ("من 4-5 /10 /1436هـ"، "13-07-2015")
DASH_CHAIN_RE = re.compile(rf"{SPACE}*[-–—/:.]{SPACE}*\d")
DASH_FROM_RE = re.compile(rf"(?<!\w)[وف]?(?:من|بين){SPACE}*\(?{SPACE}*$")


def _dash_range(text: str, original: str, norm: Normalized, low: NumberPhrase, high: NumberPhrase) -> bool:
    """Two figures joined by a dash are one range when the lower comes first and the range is
    opened by من/بين or closed by a scale word, a currency or a percent sign: "بين 50 – 95 ألف
    ريال"، "من ( 20 - 200 ) ريال"، "من 1 ـ 3 فوز"، "3 ـ 4 مليون مسلم"، "10 – 30 كم" (a unit of
    measure after it: `_measure_unit_at`); scores ("فوزه 4-1"، "1-1"), dates ("4-5 /10 /1436هـ") and bare years
    ("(1902 - 1985)") are not."""
    gap_len = high.start - low.end
    if gap_len > 5 or gap_len < 1 or high.atoms[0].prefix or high.atoms[0].kind != "digits":
        return False  # (cheap first: most neighbouring numbers are far apart)
    gap = text[low.end : high.start]
    if DASH_GAP_RE.fullmatch(gap) is None:
        if gap.strip() or "ـ" not in original[slice(*norm.original_span(low.end, high.start))]:
            return False
    prefix = low.atoms[0].prefix
    if prefix.endswith("ال") or any(atom.kind != "digits" for atom in low.atoms):
        return False
    if not low.low < high.atoms[0].value or DASH_CHAIN_RE.match(text, high.end) is not None:
        return False
    before = low.start - len(prefix)
    if SCORE_BEFORE_RE.search(text, max(0, before - 4), before) is not None:
        return False  # (a third figure before: "2-3-2015")
    opened_at = _opening_word_end(low)
    if DASH_FROM_RE.search(text, max(0, opened_at - 12), opened_at) is not None or high.has_scale:
        return True
    close = BRACKET_CLOSE_RE.match(text, high.end)
    after = close.end() if close is not None else high.end
    return _unit_re().match(text, after) is not None or _measure_unit_at(text, after)


def _measure_unit_at(text: str, at: int) -> bool:
    """Whether a unit of measure (``measure_units.tsv``) is the word at ``at``: "بسرعة 15-35 كم/ساعة"،
    "من 2 - 3 أمتار" are one range as "44 و46 درجة" is (the weather reports' winds, 73 corpus articles);
    a unit of time (ساعة، سنوات) is none: "خلال 8-48 ساعة" is a duration, no fact."""
    m = NEXT_WORD_RE.match(text, at)
    return m is not None and m.start(1) - at <= 1 and m.group(1) in lexicon.measure_units()


# "والكبرى 44 و46 درجة مئوية"، "(20 و30 كيلومترا)": two figures joined by و before a unit of
# measure (`measure_units.tsv`), the second figure's, with no بين (that is ``_is_range``'s)
AND_GAP_RE = re.compile(rf"{SPACE}*و?{SPACE}*")
LIST_BEFORE_RE = re.compile(rf"\d{SPACE}*[،,و]?{SPACE}*$")


def _and_measure_range(text: str, low: NumberPhrase, high: NumberPhrase) -> bool:
    """Two figures joined by و are one range when a unit of measure follows the higher, second
    one: "الكبرى 44 و46 درجة مئوية"، "ارتفاع (20 و30 كيلومترا)"، "المسافات 90 و120 كيلو مترا";
    not a count ("1500 و1404 رحلات": two values), labels, years or dates ("4 و5 نجوم"، "عامي
    2013 و2014"، "3 و8 سبتمبر": no unit listed), nor a figure of a longer list ("1696 و1737 و1747")."""
    first = high.atoms[0]
    if first.kind != "digits" or len(high.atoms) > 1 or len(low.atoms) > 1 or low.atoms[0].kind != "digits":
        return False  # (cheap first)
    gap_end = high.start - len(first.prefix)
    if (first.prefix == "و") == ("و" in text[low.end : gap_end]) or low.atoms[0].prefix:
        return False  # (exactly one و: as the second figure's proclitic or a word of its own)
    if AND_GAP_RE.fullmatch(text, low.end, gap_end) is None:
        return False
    if not low.low < first.value or LIST_BEFORE_RE.search(text, max(0, low.start - 4), low.start) is not None:
        return False
    m = NEXT_WORD_RE.match(text, high.end)
    return m is not None and m.start(1) - high.end <= 1 and m.group(1) in lexicon.measure_units()


def _says_unit_again(unit: str, after: str) -> bool:
    """Whether ``after`` opens with ``unit`` again, its first word maybe in the plural the second
    figure asks for: "2 درجة مئوية إلى 4 درجات مئوية"، "3 مرات إلى 5 مرات"."""
    after = after.strip()
    if after.startswith(unit):
        return True
    words, again = unit.split(), after.split()
    if len(again) < len(words) or words[1:] != again[1 : len(words)]:
        return False
    stem = words[0].removesuffix("ه")
    return len(stem) >= 3 and again[0].startswith(stem) and again[0][len(stem) :] in ("ات", "ين", "ون", "ا")


def _names_unit_again(unit: str, text: str, end: int) -> bool:
    """After "ما بين N <unit> إلى M": a one-word unit is named again after M in another form of
    the same root, a broken plural or the accusative ("أمتار … مترا"، "ريالا … ريال"): the two
    words share their first and last root letters (a long vowel and the -ا ending aside)."""
    if " " in unit:
        return False
    m = NEXT_WORD_RE.match(text, end)
    return m is not None and _root_frame(unit) == _root_frame(m.group(1)) != ""


def _root_frame(word: str) -> str:
    """The first and last letters of a unit word without the article, a leading hamza of a broken
    plural (امتار) and the accusative -ا or ات/ين of a plural: "امتار"، "مترا" → "مر"."""
    word = word.removeprefix("ال").rstrip("ا")
    for ending in ("ات", "ين", "ون"):
        if len(word) > 4 and word.endswith(ending):
            word = word[: -len(ending)]
    if len(word) >= 4 and word[0] == "ا":
        word = word[1:]
    return word[0] + word[-1] if len(word) >= 2 else ""


def _shared_scale(low: NumberPhrase, high: NumberPhrase) -> float:
    """``بين 60 و90 ألف قدم``: the scale word said once after the second figure counts for the
    first too (60 ألف), when the first is bare digits below the second's own figure."""
    first, last = high.atoms[0], high.atoms[-1]
    if (not all(atom.kind == "digits" for atom in low.atoms) or len(high.atoms) < 2 or first.kind != "digits"
            or last.kind not in SCALE_KINDS or not first.value or low.low >= first.value):
        return low.low
    factor = high.high / first.value
    if factor < 1000:
        return low.low
    shared = low.low * factor
    return int(shared) if shared == int(shared) else shared


# A word of change governs "N إلى M" six words back, and "من N إلى M" ten: its subject and a time
# may stand between ("ارتفعت دورة الكتلة النقدية خلال الأسبوع ذاته من 57.97 إلى 58.12 في المائة");
# without من the figures may be where it rose to ("وارتفعت الأسعار في الأيام الأولى إلى نحو 26 إلى 28").
# Without من, when the first figure's unit is said before إلى too, a word of change in the same clause
# governs them up to twelve words back, unless إلى or حتى opens the first figure: the change's own
# amount may stand between ("صعد الدولار أمام الروبل بنسبة 3.4 في المائة ما يعادل 2.07 روبل إلى 62.69
# روبل": by 2.07 to 62.69, two figures); with the unit said once ("هبطت الأسعار … بواقع 10 إلى 20
# نقطة") a far pair is more often the range of the change itself
CHANGE_WORDS_NEAR = 6
CHANGE_WORDS_FROM = 10
CHANGE_WORDS_IN_CLAUSE = 12
FROM_BEFORE_RE = re.compile(r"(?<!\w)من\s*\(?\s*$")
# "إلى نحو 26 إلى 28"، "حتى 5 إلى 7": the first figure is where the change went, the pair a range
TO_BEFORE_RE = re.compile(r"(?<!\w)(?:الي|حتي)\s+(?:\S+\s+)?\(?\s*$")
# a comma, a semicolon, a colon or a full stop (not a decimal point or a thousands comma) ends a clause
CLAUSE_BREAK_RE = re.compile(r"[،؛;:\n]|[.,](?!\d)")


def _change_before(text: str, start: int, unit_said_first: bool = False) -> bool:
    """Whether a word of change (ارتفع، انخفاض، تراجع…) stands among the six words before ``start``
    (ten after من; twelve in the same clause when ``unit_said_first``, the first figure's unit said
    before إلى, and no إلى/حتى opens the figure)."""
    after_from = FROM_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    back = CHANGE_WORDS_FROM if after_from else CHANGE_WORDS_IN_CLAUSE if unit_said_first else CHANGE_WORDS_NEAR
    words = ["", *text[max(0, start - 10 * back) : start].split()][-back - 1 :]  # each with the one before
    for i, word in enumerate(words[1:], 1):
        if words[i - 1] == "علي" and i >= len(words) - 2:
            continue  # "على ارتفاع (من) 125 إلى 150 قدما": a height, not a rise ("على ارتفاع قيمة الديات من" is)
        if is_change_word(word) and (after_from or len(words) - i <= CHANGE_WORDS_NEAR
                                     or _governs_in_clause(text, start, words[i + 1 :])):
            return True
    return False


def _governs_in_clause(text: str, start: int, between: list[str]) -> bool:
    """Whether a word of change further back than six words, with ``between`` after it, still
    governs the figure at ``start``: no clause ends between and no إلى/حتى opens the figure."""
    if TO_BEFORE_RE.search(text, max(0, start - 24), start) is not None:
        return False
    return not any(CLAUSE_BREAK_RE.search(word) for word in between)


def is_change_word(word: str, before_figure: bool = False) -> bool:
    """Whether ``word`` (matching form) is a word of change (``change_words.tsv``), after an
    optional و/ف/ب/ل and an imperfect prefix; ``before_figure``: one that may stand right before
    a bare figure it changes (not غير)."""
    stems = lexicon.change_stems_before_figures() if before_figure else lexicon.change_stems()
    bare = word.lstrip("وفبل")
    if bare.startswith(stems):
        return True
    # an imperfect verb takes و/ف/ل, never ب: "بينما" ("while") is no ي + نما ("grows")
    return bare[:1] in "يتنا" and bare[1:].startswith(stems) and "ب" not in word[: len(word) - len(bare)]


def _quantity(
    text: str, original: str, norm: Normalized, phrase: NumberPhrase, upper: NumberPhrase | None,
    label: bool | None = None,
) -> Quantity | None:
    """``label``: whether the phrase is a label, when already known (see :func:`_drop_label_lists`)."""
    number_start = phrase.start
    last = upper or phrase
    if phrase.atoms[0].kind == "digits" and not last.has_scale and (_is_label(text, phrase) if label is None else label):
        return None  # (a figure with a scale word is an amount: "نشرة الإصدار 4 ملايين ريال")
    kind, unit, currency, end, currency_span = _unit(text, last, phrase)
    if kind == "count" and not _plausible_count(text, phrase, last):
        return None
    low, high = phrase.low, last.high
    if upper is not None:
        low = _shared_scale(phrase, upper)
        if low > high:  # (a range named from the top: "ما بين 5.98% إلى 2.44%")
            low, high = high, low
    minus_after = kind == "percent" and _minus_percent(text, last.end)
    if minus_after:
        low, high = -high, -low
    value = low if low == high and not phrase.vague and upper is None else None
    minimum = low if value is None else None
    maximum = high if value is None else None
    approximate = phrase.vague or last.vague
    # (the modifier before is looked for once the quantity is kept, below: its start is at most
    # number_start, and the passes between only lower quantity.start by min())
    quantity = Quantity(number_start, end, number_start, last.end, value, minimum, maximum, approximate, kind, unit, currency)
    atoms = phrase.atoms
    quantity.digits_only = upper is None and (
        atoms[0].kind == "digits" if len(atoms) == 1 else all(a.kind == "digits" for a in atoms)
    )
    if kind in ("money", "percent"):  # the unit is what a sum or a share counts: ريال، في المائة، %
        quantity.noun_start, quantity.noun_end = currency_span
        quantity.noun_text = text[currency_span[0] : currency_span[1]]
        quantity.start = min(quantity.start, currency_span[0])  # (a sign before the figure: $5، %20)
    if kind == "count":
        _attach_noun(text, original, norm, quantity, last)
        if quantity.noun_lemma is None and quantity.noun_start is None and not _counts_alone(phrase):
            return None
        if len(phrase.atoms) == 1 and phrase.atoms[0].kind == "fraction" and not _divides_a_noun(text, quantity):
            return None
    # (only a figure with a fraction, 21.192, may be thousands: most are whole, and pass no call)
    if kind in ("count", "money") and type(atoms[0].value) is float and _thousands_of_whole_things(text, phrase, quantity):
        quantity.value, quantity.min, quantity.max = (
            None if v is None else round(v * 1000) for v in (quantity.value, quantity.min, quantity.max)
        )
    prefix = atoms[0].prefix
    # (a word glued to the figure, "أكثر من٦٠٠"، "بحد أقصى600", may end the modifier itself; most
    # figures have no prefix, and the empty one is no glued word)
    start, role = _modifier_before(text, number_start - len(prefix) if not prefix or not glued_word(prefix) else number_start)
    if role is None and kind == "money" and not prefix:
        start, role = _money_bound_before(text, min(start, quantity.start))  # (or its sign: تحت $50)
    if start < quantity.start:
        quantity.start = start
    after_role, after_end = _modifier_after(text, quantity.end)
    if role is None and after_role is None and kind == "count" and quantity.noun_end is not None:
        after_role = _far_modifier(text, quantity.end)
    if role == "approx" and after_role in ("min", "max"):
        _apply_role(quantity, role)  # "نحو 15 رحلة فأكثر": about 15, and at least that
        role = after_role
    role = role or after_role
    if after_end > quantity.end:
        quantity.end = after_end
    if role is not None:
        _apply_role(quantity, role)
    if upper is None and not prefix and not minus_after:
        _apply_sign(text, quantity)
    if atoms[0].kind == "dual":  # (phrase.is_dual)
        quantity.noun_start, quantity.noun_end = phrase.start, phrase.end
    return quantity


def _money_bound_before(text: str, start: int) -> tuple[int, str | None]:
    """``تحت 46 دولارا``: a word of ``money_bounds.tsv`` alone right before the figure of a sum
    bounds it; its own word only (no proclitic: فتحت is a verb), and only for money (kind
    checked by the caller: "تحت ثلاث فرضيات"، "وزن تحت 75" are no bounds)."""
    m = PREVIOUS_WHOLE_WORD_RE.search(text, max(0, start - 12), start)
    role = lexicon.money_bounds().get(m.group("word")) if m else None
    return (m.start(), role) if role else (start, None)


THOUSANDS_DOT_RE = re.compile(r"\d{1,3}\.\d{3}")


def _thousands_of_whole_things(text: str, phrase: NumberPhrase, quantity: Quantity) -> bool:
    """``21.192 فرداً``، ``15.400 عبوة``: three digits after a dot, before a noun of things that
    come whole (people, bottles, jobs), mark thousands, not a decimal: 21 people and a fraction
    is no count; so do plurals (``1.305 مشروعات``) and riyals or dollars, whose cents take two
    digits, when two or three figures stand before the dot (``( 310.272 ريال )``، ``51.880
    دولار``; "0.216 ريال"، "1.750 ريال" are share prices in Omani riyals, "1.099 دولار" a rate).
    Measures (طن، متر) and sums in fils or baisa (5.250 دينار، ريال عماني) keep the decimal."""
    atom = phrase.atoms[0]
    if len(phrase.atoms) != 1 or atom.kind != "digits" or not quantity.noun_text or float(atom.value).is_integer():
        return False  # (20.000 is read 20,000 already)
    if not THOUSANDS_DOT_RE.fullmatch(text, atom.start, atom.end):
        return False
    noun = quantity.noun_text.split()[0].removesuffix("ا")
    if quantity.kind == "money" and (quantity.currency not in ("SAR", "USD") or atom.value < 10):
        return False  # (ريال عماني: baisa; "0.216 ريال"، "1.750 ريال": share prices in Muscat, rates)
    return noun in lexicon.whole_nouns()


def _divides_a_noun(text: str, quantity: Quantity) -> bool:
    """``نصف المدمنين``، ``ثلث إجمالي قيم التداول``، ``نصف احتياجاته``: a lone fraction is a
    quantity only of a definite or possessed noun, or of the head of a construct ("التي نصف بها"
    is a verb)."""
    if quantity.noun_start is None:
        return False
    word = quantity.noun_text or ""
    if text[quantity.number_start - 1 : quantity.number_start] == "و" and word.startswith("ال"):
        return False  # سنة ونصف السنة، مليون ونصف المليون: "and a half" of the noun before
    if word.startswith("ال") or (len(word) > 4 and word.endswith(POSSESSIVE_ENDINGS)):
        return True
    following = NOUN_RE.match(text, quantity.noun_end)
    return following is not None and following.group("word") not in lexicon.noun_stopwords() and len(word) > 3


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
    if exact is None and quantity.min is not None and quantity.max is not None and not quantity.approximate:
        return  # a written range keeps both bounds: "أعلى من مائة إلى ألف مرة" (a vague عشرات takes the bound)
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
        # (a bracket, a quotation mark, a percent sign or the article may come between: "أكثر من ( 5 )
        # آلاف زائر"، "نحو %40"، "تجاوزت الـ 50 بالمائة": about 110 verbs before الـ and a figure)
        re.compile(rf"(?<!\w)[وف]?[بل]?(?P<mod>{before}){SPACE}*(?:[(«\"“%٪]{SPACE}*|ال{SPACE}*)?$"),
        # across a conversion in brackets, or out of one: "مليون يورو (1,1 مليون دولار) على الأقل"
        re.compile(rf"{SPACE}*(?P<gap>\([^()\n]{{1,40}}\){SPACE}*|\){SPACE}*)?(?P<mod>{after})(?!\w)"),
    )


# "ألا يقل إجمالي قيمة العهد المستلمة خلال سنة عن مليون ريال": a negated comparison whose subject
# stands between the verb and عن/على bounds the number all the same.
NEGATED_COMPARISON_RE = re.compile(
    rf"(?<!\w)(?:(?:لا|الا|لن){SPACE}+|لا)[يت](?P<verb>قل|زيد|تجاوز|تعدي)(?!\w)[^.!?؟؛:\n]{{0,70}}?(?<!\w)(?:عن|علي){SPACE}*$"
)


# "تجاوزت مساحته الـ 1600 متر"، "فاق عددهم 500": a comparing verb, then its possessed subject
# (not زاد: "زادت أرباحها 20 في المائة" is the size of the rise).
VERB_SUBJECT_RE = re.compile(
    rf"(?<!\w)[وف]?(?P<verb>تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|تتخطي|فاق|فاقت|يفوق|تفوق)"
    rf"{SPACE}+{WORD}(?:ه|ها|هم|هن|هما){SPACE}+(?:(?:عن|علي){SPACE}+)?(?:ال{SPACE}*)?$"
)


POSSESSED_BEFORE_RE = re.compile(rf"ه[امن]?{SPACE}+(?:ال{SPACE}*)?$")


def _after_possessed_word(text: str, start: int) -> bool:
    """A cheap test before ``VERB_SUBJECT_RE``: the word before the number (or its الـ) ends in a
    pronoun (ه، ها، هم، هن، هما)."""
    lo = max(0, start - 8)
    if text.find("ه", lo, start) < 0:
        return False  # (every pronoun holds ه: a search for one letter first)
    return POSSESSED_BEFORE_RE.search(text, lo, start) is not None


@lru_cache(maxsize=1)
def _modifier_endings() -> tuple[str, ...]:
    """The last words of the modifiers written before a number (من، علي، نحو…)."""
    return tuple(sorted({p.split()[-1] for p, (_, pos) in lexicon.modifiers().items() if pos == "before"}))


OPENERS = '(«"“%٪'


def _modifier_before(text: str, start: int) -> tuple[int, str | None]:
    lo = max(0, start - 24)
    # The modifier regex can only match where the text before the number, its spaces stripped,
    # ends with a modifier's last word: one ``str.endswith`` spares the regex its 24 tries.
    before = text[lo:start].rstrip().rstrip(OPENERS).rstrip()
    ends_like_modifier = before.removesuffix("ال").rstrip().endswith(_modifier_endings())
    m = _modifier_res()[0].search(text, lo, start) if ends_like_modifier else None
    if m:
        return m.start("mod"), lexicon.modifiers()[_squash(m.group("mod"))][0]
    # The verbs of VERB_SUBJECT_RE and of ``_compared_re`` are words of ``_comparing_verb_words``:
    # in an article that holds none (most), neither regex can match, and neither is tried.
    verbs = words_in(text, _comparing_verb_words)
    if verbs and _after_possessed_word(text, start) and VERB_SUBJECT_RE.search(text, max(0, start - 40), start):
        return start, "min"
    before = text[max(0, start - 5) : start].rstrip()
    negated = before.endswith(("عن", "علي")) and NEGATED_COMPARISON_RE.search(text, max(0, start - 100), start)
    if negated:
        return start, "min" if negated.group("verb") == "قل" else "max"
    if not verbs and not text[start - 1 : start].isalpha():
        return start, None  # (what _compared_across answers then: see _may_hold_comparing_verb)
    return start, _compared_across(text, start)


COMPARED_REACH = 100  # characters: how far back a comparing verb may stand
COMPARED_SUBJECT_WORDS = 9  # at most this many words of subject and phrase between verb and figure


@lru_cache(maxsize=1)
def _compared_re() -> re.Pattern[str]:
    # the verb (its proclitics و/ف and ل/س), then anything but a figure, a line break or a mark that
    # ends a clause, up to the figure
    return re.compile(
        rf"(?<!\w)(?P<neg>[وف]?(?:لا|الا|لن|لم|عدم){SPACE}+)?[وف]?[لس]?(?P<verb>{alternation(lexicon.comparing_verbs())})"
        rf"(?!\w)(?P<gap>[^\d.!?؟؛;:،,\n«»\"“”()]*)$"
    )


@lru_cache(maxsize=1)
def _comparing_stems_re() -> re.Pattern[str]:
    """Any stem of ``comparing_stems``: one search of the window finds one where a ``str.find`` per
    stem (nine) did, in about half the time; the stems are literals, so the answers are the same."""
    return re.compile("|".join(map(re.escape, lexicon.comparing_stems())))


@shared_vocabulary  # (looked up in the word pass shared with the number words and the times' anchors)
@lru_cache(maxsize=1)
def _comparing_verb_words() -> frozenset[str]:
    """Every word a verb of ``_compared_re`` can stand as: the verb after و/ف and ل/س, as the regex
    allows them (يتجاوز، وسيتجاوز، فاقت)."""
    return frozenset(c + p + verb for verb in lexicon.comparing_verbs() for c in ("", "و", "ف") for p in ("", "ل", "س"))


def _may_hold_comparing_verb(text: str, lo: int, start: int) -> bool:
    """Whether a verb of ``_compared_re`` can stand in ``text[lo:start]``: a word of
    :func:`_comparing_verb_words` starting there, from the article's one shared word pass (two
    bisections per count instead of a regex search of the window for the verbs' stems, which the
    letters ت and ي, opening two of them, made stop at every few characters).

    Sound: the verb opens after ``(?<!\\w)`` (which sees the text before ``lo`` too) or after the
    spaces of a negation, so at a word's start at or after ``lo``, its proclitics and the verb
    make up the whole word (``(?!\\w)``), or, for the word cut by ``start``, its part before
    ``start`` (the search ends there, as if the text did)."""
    hits = words_in(text, _comparing_verb_words)
    if not hits and not text[start - 1 : start].isalpha():
        return False  # (most articles hold no such verb; a part cut by ``start`` ends in a letter, as verbs do)
    starts, words = word_columns(text)
    first, stop = bisect_left(starts, lo), bisect_left(starts, start)
    if stop > first and starts[stop - 1] + len(words[stop - 1]) > start:  # the word ``start`` cuts
        stop -= 1
        if text[starts[stop] : start] in _comparing_verb_words():
            return True
    i = bisect_left(hits, first)
    return i < len(hits) and hits[i] < stop


def _compared_across(text: str, start: int) -> str | None:
    """``سيتجاوز عدد العاملين خلال الموسم ثلاثة آلاف``، ``تجاوزت في مجملها 300 فعالية``، ``يزيد
    عددهم على 7 آلاف``: a comparing verb of ``comparing_verbs.tsv`` bounds the figure across its
    subject or a phrase (no figure, number word, clause mark or word of ``comparison_breakers.tsv``
    between), the role of the verb; not when negated. The verb's word is looked for first."""
    lo = max(0, start - COMPARED_REACH)
    if not _may_hold_comparing_verb(text, lo, start):
        return None  # (most windows hold no such verb: the verb regex below is not tried)
    m = _compared_re().search(text, lo, start)
    if m is None or m.group("neg"):
        return None
    role, after_words = lexicon.comparing_verbs()[m.group("verb")]
    words = m.group("gap").split()
    if words and words[-1] == "ال":
        words.pop()  # (تجاوزت حاجز الـ 120)
    if after_words:  # (يزيد عددهم على N; one word of a sum may follow: يزيد على مبلغ N)
        last = max((i for i, w in enumerate(words) if w in after_words), default=None)
        if last is None or len(words) - last > 2 or (len(words) - last == 2 and words[-1] not in lexicon.money_heads()):
            return None
        words = words[:last]
    if len(words) > COMPARED_SUBJECT_WORDS:
        return None
    breakers, numbers = lexicon.comparison_breakers(), lexicon.number_words()
    if words and breakers.get(words[-1]):
        return None
    for word in words:
        bare = word.removeprefix("و")
        if breakers.get(word) is False or breakers.get(bare) is False or bare in numbers or bare.removeprefix("ال") in numbers:
            return None
    return role


def _modifier_after(text: str, end: int) -> tuple[str | None, int]:
    """The role of a modifier after the quantity, and where the quantity then ends (not past a
    bracket: the conversion inside is a quantity of its own)."""
    m = _modifier_res()[1].match(text, end)
    if not m or _compares_next(text, _squash(m.group("mod")), m.end()):
        return None, end
    return lexicon.modifiers()[_squash(m.group("mod"))][0], end if m.group("gap") else m.end()


COMPARED_NEXT_RE = re.compile(rf"{SPACE}+(?:قليلا{SPACE}+)?(?P<prep>علي|عن)(?!\w)")


def _compares_next(text: str, mod: str, end: int) -> bool:
    """``عن 19 عاماً أو تزيد على 65 عاماً``، ``يقل أو يزيد قليلا عن``: a verb of "or more" after the
    figure that goes on with على or عن (its own "more than", a before row of ``modifiers.tsv``:
    يزيد علي) compares the next figure, and bounds none before it."""
    m = COMPARED_NEXT_RE.match(text, end)
    return m is not None and f"{mod.split()[-1]} {m.group('prep')}" in lexicon.modifiers()


@lru_cache(maxsize=1)
def _far_modifier_re() -> tuple[tuple[str, ...], re.Pattern[str]]:
    table = lexicon.far_modifiers()
    # one to three words of letters (no figure, no punctuation) between the noun and the modifier
    return (
        tuple(sorted({p.split()[-1] for p in table})),
        re.compile(rf"(?:{SPACE}+{WORD}){{1,3}}?{SPACE}+(?P<mod>{alternation(table)})(?!\w)"),
    )


def _far_modifier(text: str, end: int) -> str | None:
    """``13 جنديا وشرطيا على الأقل``، ``أربعة أعضاء في مجلس الشيوخ على الأقل``: a modifier of
    ``far_modifiers.tsv`` one to three words after the counted noun bounds the count all the same
    (the words between hold no figure and no punctuation). A ``str.find`` of the modifier's last
    word comes first."""
    last_words, far_re = _far_modifier_re()
    if not any(text.find(word, end, end + 70) >= 0 for word in last_words):
        return None
    m = far_re.match(text, end)
    return lexicon.far_modifiers()[_squash(m.group("mod"))] if m else None


def _squash(phrase: str) -> str:
    return " ".join(phrase.split())


LIST_GAP_RE = re.compile(rf"{SPACE}*[،,]?{SPACE}*و?{SPACE}*")


def _drop_label_lists(text: str, phrases: list[NumberPhrase], labels: dict[int, bool] | None = None) -> list[NumberPhrase]:
    """``القرارات 1696 و1737 و1747``: numbers listed after a label number are labels too.

    ``labels`` (optional) receives, by ``id(phrase)``, whether each kept one-atom digit phrase is a
    label itself, so that :func:`_quantity` need not ask again."""
    kept, label_end = [], -1
    for phrase in phrases:
        first = phrase.atoms[0]
        digits = first.kind == "digits" and len(phrase.atoms) == 1
        if digits and label_end >= 0 and _listed_after_label(text, phrase, label_end):
            label_end = phrase.end
            continue
        label = digits and _is_label(text, phrase)
        if digits and labels is not None:
            labels[id(phrase)] = label
        label_end = phrase.end if label else -1
        kept.append(phrase)
    return kept


def _listed_after_label(text: str, phrase: NumberPhrase, label_end: int) -> bool:
    """Whether ``phrase`` follows the label number ending at ``label_end`` in a list joined by و
    and counts no known noun ("المادة 5 و7 أشخاص" counts)."""
    start = phrase.start - len(phrase.atoms[0].prefix)
    if not LIST_GAP_RE.fullmatch(text, label_end, start) or "و" not in text[label_end:start] + phrase.atoms[0].prefix:
        return False
    noun = NOUN_RE.match(text, phrase.end)
    return not (noun is not None and _known_noun(noun.group("word")))


LABEL_GAP = " \t(#:-" + "".join(sorted(OPENING_QUOTES))  # what may stand between a label word and its number


def _is_label(text: str, phrase: NumberPhrase) -> bool:
    """المادة 5، رقم (12)، الرحلة 370، عيد طيبة 36: the number names something."""
    before = phrase.start - len(phrase.atoms[0].prefix)
    if before > 0 and text[before - 1] in "-/" and GLUED_NAME_RE.search(text, max(0, before - 12), before):
        return not _signed_after_and(text, phrase, before)  # "أوميجا-3"، "إف-16"، "بى ايه /274": part of a name or a code
    window = text[max(0, before - 24) : before].rstrip(LABEL_GAP)  # المادة (12)، رقم: 5، المادة "49"
    last_words = window.rsplit(None, 1)  # (empty when the window holds no word)
    word = last_words[-1] if last_words else ""
    if "a" <= word[:1] <= "z" and LATIN_WORD_RE.fullmatch(word):  # (most words before a figure are Arabic: no regex call)
        return True  # "mbc 1"، "iphone 6": a model or channel number
    if word in lexicon.identifier_words() or _strip_clitic(word) in lexicon.identifier_words():
        return not _counts_after_label(text, phrase, word)
    return _edition_number(text, phrase, window) or _label_past_adjective(text, phrase, last_words)


def _signed_after_and(text: str, phrase: NumberPhrase, before: int) -> bool:
    """"للشقق و-0.5% للفيلات"، "و-18 درجة": a minus glued to a lone و before a percentage or a signed
    unit is the figure's sign, not a code's dash."""
    if text[before - 1] != "-" or _minus_sign_before(text, before) != before - 1:
        return False
    noun = NOUN_RE.match(text, phrase.end)
    return PERCENT_RE.match(text, phrase.end) is not None or (noun is not None and noun.group("word") in lexicon.signed_units())


# what after the figure keeps it a count past "القرار + adjective": a percent sign or word, or an
# indefinite accusative noun ("13 بندا")
COUNTED_AFTER_RE = re.compile(rf"[)»\"”]?{SPACE}*(?:[%٪]|في{SPACE}+الم|بالم|(?![وف]|ال){WORD}ا(?!\w))")


def _label_past_adjective(text: str, phrase: NumberPhrase, last_words: list[str]) -> bool:
    """``القرار الأممي 2216``، ``الأمر التنفيذي 13382``: a word of ``adjective_label_heads.tsv``,
    one definite relative adjective (-ي), then the figure: the number names the resolution or
    the law, unless a counted noun or a percent follows (``القرار النهائي 13 بندا``)."""
    adjective = last_words[-1] if last_words else ""
    if not (adjective.startswith("ال") and adjective.endswith("ي") and len(adjective) > 4):
        return False
    head = last_words[0].rsplit(None, 1)[-1] if len(last_words) == 2 else ""
    heads = lexicon.adjective_label_heads()
    if head not in heads and _strip_clitic(head) not in heads:
        return False
    after = COUNTED_AFTER_RE.match(text, phrase.end)
    noun = LABEL_NOUN_RE.match(text, phrase.end)
    return after is None and not (noun is not None and _known_noun(noun.group("word")))


# the word after a figure, past a closing bracket or quotation mark: "الدورة (2106) أعضاء"
LABEL_NOUN_RE = re.compile(rf"[)»\"”]?{SPACE}+(?P<word>{WORD})")
DEFINITE_WORD_RE = re.compile(r"(?:[وفبك]?ال|لل)")  # a definite word, with a proclitic or not


def _counts_after_label(text: str, phrase: NumberPhrase, word: str) -> bool:
    """``يقام في المنطقة 5 مهرجانات``، ``بالمنطقة (18) مركزا``، ``ودعم القانون 61 نائبا``: after a
    word of ``counting_label_words.tsv`` (a place, a body, a law) the figure counts the word right
    after it when that word may be a counted noun: a known one, an indefinite word in -ا/-ه/-ء (the
    accusative singular of 11 and more, as for editions; not an adverb in -يا, عالميا), or, after 3
    to 10, an indefinite plural in -ات. ``word``: the word before the figure, as :func:`_is_label`
    found it. (Dev: 2 articles; the snapshot: 4 more; in the whole corpus every one a count but a
    rank, "تراجع إلى المركز 29 نتيجة زيادة".)"""
    heads = lexicon.counting_label_words()
    if word not in heads and _strip_clitic(word) not in heads:
        return False
    noun = LABEL_NOUN_RE.match(text, phrase.end)
    if noun is None:
        return False
    after = noun.group("word")
    if len(after) < 3 or DEFINITE_WORD_RE.match(after) or after[0] == "و" or after in lexicon.noun_stopwords():
        return False  # (للدورة 72 هذا العام، المرحلة 24 بالمسابقة، المنطقة 1352 هـ)
    if _known_noun(after) or (after.endswith(("ا", "ه", "ء")) and not after.endswith(("يا", "ها"))):
        return True  # (not an adverb in -يا: "حل في المركز 5 عالميا" is a rank; nor a word with the
        # pronoun -ها: "صحيفتكم العدد (15612) لكاتبها" is an issue)
    return after.endswith("ات") and isinstance(phrase.low, int) and 3 <= phrase.low <= 10


EDITION_REACH = 3  # words: how far before the number the head of an event's name may stand


def _edition_number(text: str, phrase: NumberPhrase, window: str) -> bool:
    """``عيد طيبة 36``، ``مهرجان أبها للتسوق 17``، ``خليجي 23``: a number of two digits (11 to 99)
    after the name of a recurring event is its edition, unless what follows may be the noun it
    counts: a known counted noun, or an indefinite word in -ا/-ه/-ء, the accusative singular a
    count of 11 to 99 takes (``ضم مهرجان الطائف 36 فعالية``، ``17 عارضا``). ``window``: the 24
    characters before the number, as :func:`_is_label` cut them; no mark may stand between the
    head and the number."""
    if phrase.end - phrase.atoms[0].start != 2 or not isinstance(phrase.low, int) or phrase.low < 11:
        return False
    heads = lexicon.edition_heads()
    words = window.split()[-EDITION_REACH:]
    at = next((i for i, word in enumerate(words) if word in heads or _strip_clitic(word) in heads), None)
    if at is None or any(not word.isalpha() for word in words[at:]):
        return False  # (a comma or a figure between: "في المهرجان، 36 فعالية")
    noun = NOUN_RE.match(text, phrase.end)
    if noun is None:
        return True
    word = noun.group("word")
    return not (_known_noun(word) or (not word.startswith(("ال", "و")) and word.endswith(("ا", "ه", "ء"))))


def _strip_clitic(word: str) -> str:
    if len(word) > 4 and word.startswith("لل"):
        return "ال" + word[2:]  # للمادة is ل + المادة
    return word[1:] if len(word) > 3 and word[0] in "وفبل" else word


def _plausible_count(text: str, phrase: NumberPhrase, last: NumberPhrase) -> bool:
    """Drop ordinals (الـ15), scores and times (3-1، 10:30), phone numbers and years."""
    first = phrase.atoms[0]
    if phrase.has_scale:
        return True
    if first.kind == "digits":
        digits = text[first.start : first.end]
        if first.prefix.endswith("ال") or _article_before_figure(text, first.start):
            at = _bracket_opening(text, first.start)  # (الـ (32)، as الـ32: the article outside the bracket)
            if not _indefinite_noun_after(text, _past_bracket(text, at, first.start, last.end)) and not definite_plural_before(text, min(at, first.start - len(first.prefix)), digits=True):
                return False  # الدورة الـ15، الذكرى الـ69: an ordinal (المنتخبات الـ52 counts)
        if SCORE_BEFORE_RE.search(text, max(0, first.start - 4), first.start) or SCORE_AFTER_RE.match(text, last.end):
            return False
        if len(digits) > 1 and digits[0] == "0" and digits[1] not in ".," and "ر" not in digits:
            return False  # 0555…: a phone number or a code (06ر17893 is 17893.06, written fraction first)
        if digits.isdigit() and len(digits) >= 8:
            return False
        if _year_like(text, phrase, last):
            return False
        if phrase is last and _label_in_brackets(text, first, last):
            return False
    if first.kind == "unit" and first.value == 1 and len(phrase.atoms) == 1:
        # one counts as the adjective after its noun, and an adjective takes no proclitic (not
        # ومؤثرة لواحد من نجوم الأدب: "to one of", no count); with the article it is "per one" or
        # "a single" (ريال للكيلو الواحد، في الليلة الواحدة، بروح الفريق الواحد): no count either
        if first.prefix:
            return False
        if ONE_OF_RE.match(text, first.end) is None:
            return _after_countable_noun(text, first.start) or _noun_before_one_only(text, first) is not None
        found = _counted_before(text, first.start)  # "one of …" counts only a countable singular before it
        return found is not None and found.group("word").rstrip("ا") in lexicon.countable_nouns()
    return True


# "واحدة من أكثر الأعمال"، "واحد من قياديين"، "واحدة من محافظات": one before من and a plural or a
# superlative is "one of", a pronoun, no adjective of the word before it (حماه واحد من، ضحايا واحدة
# من أكثر), unless that word is a countable singular ("شخص واحد من المصابين"); "ليلة واحدة من
# العمر" counts as before (a singular after من)
ONE_OF_RE = re.compile(rf"[اه]?{SPACE}+من{SPACE}+(?:ال)?(?:ا[^\W\d_a-z]{{2,3}}|[^\W\d_a-z]{{3,}}(?:ين|ات|ون))(?!\w)")


def _indefinite_noun_after(text: str, end: int) -> bool:
    m = NOUN_RE.match(text, end)
    if not m:
        return False
    word = m.group("word")
    if word[0] in "لب":  # (a proclitic, "الـ15 لكرة القدم", unless the word is a known counted noun: "الـ30 لاعبا")
        return _known_noun(word)
    return not word.startswith("ال") and word not in lexicon.noun_stopwords()


BRACKET_LABEL_NEXT_RE = re.compile(r"[وفبك]?ال")  # not لل: "(38) للبنين و(29) للبنات" counts for whom


def _label_in_brackets(text: str, first: Atom, last: NumberPhrase) -> bool:
    """``(1) المستثمرين الأجانب (2) القطاع الخاص``، ``وسجل ليوناردو (54) الهدفين``، ``مؤشر سوق مسقط ( 30 )
    اليوم``: a figure alone in brackets with a definite word right after the bracket numbers an item
    of a list, a footnote or a goal's minute, or is a code; a count in brackets takes its indefinite
    noun after it ("(15) رحلة"، "(267) مخالفة"). The dev gold marks none of the 7 such figures in its
    text. Not after ل (the bracket's count, then for whom: "(38) للبنين"), nor a number word after
    the bracket ("(5) آلاف", the thousands in the matching form)."""
    if first.prefix or not _bracket_before(text, first.start) or _article_before_figure(text, first.start):
        return False  # (المواسم الـ(32) الماضية: a definite count, read by the checks of the article)
    close = BRACKET_CLOSE_RE.match(text, last.end)
    noun = NOUN_RE.match(text, close.end()) if close is not None else None
    if noun is None or not BRACKET_LABEL_NEXT_RE.match(noun.group("word")):
        return False
    word = noun.group("word")
    if word in lexicon.noun_stopwords():
        return False  # (إلى، إلا، التي in the matching form: "من (5) إلى (10) أشخاص" is a range)
    words = lexicon.number_words()
    return word not in words and word.removeprefix("ال") not in words


@lru_cache(maxsize=1)
def _era_after_re() -> re.Pattern[str]:
    """A word of an era right after a figure (``era_words.tsv``)."""
    return re.compile(rf"{SPACE}*(?:{alternation(lexicon.era_words())})(?!\w)")


def _year_like(text: str, phrase: NumberPhrase, last: NumberPhrase) -> bool:
    """``last``: the upper bound of a range (or ``phrase``)."""
    if not isinstance(phrase.low, int):
        return False
    era = _era_after_re().match(text, last.end)
    if era and lexicon.era_words()[era.group().strip()] == "word":
        return True  # "نحو عام 600 ميلادي"، "بين 610 و632 ميلادية"، "بنهاية شهر 6 ميلادي": a year or a month
    if len(phrase.atoms) != 1:
        return False
    era = era if last is phrase else _era_after_re().match(text, phrase.end)
    if era:
        return not _metres_or_degrees(text, phrase, era.group().strip())
    if not 1900 <= phrase.low <= 2100:
        return False
    noun = NOUN_RE.match(text, phrase.end)
    if not noun:
        return True
    word = noun.group("word")
    if _known_noun(word) or (word.endswith("ا") and _indefinite(word) and len(word) > 3):
        return False
    return not _counted_after_count_word(text, phrase, word)


def _counted_after_count_word(text: str, phrase: NumberPhrase, word: str) -> bool:
    """``أكثر من 2000 فعالية``، ``نحو 2000 مواطن``، ``بعدد 2000 غرفة``، ``ما يقارب 2000 من المعتقلين``: a figure
    that could be a year, after a modifier or a word of counting and before an indefinite noun (or the من of a
    part), is a count: no year takes "more than" or "about" (lead48d: SaudiNewsNet days 0:19, 28 such counts
    missed, all right)."""
    if word.startswith("ال") or (word != "من" and word in lexicon.noun_stopwords()) or word in lexicon.era_words():
        return False
    at = phrase.start - len(phrase.atoms[0].prefix)
    if _modifier_before(text, at)[1] is not None:
        return True
    before = PREVIOUS_WORD_RE.search(text, max(0, at - 16), at)
    return before is not None and before.group(0).split()[0] in lexicon.count_words_before()


YEAR_WORDS = frozenset({"عام", "عامي", "سنه", "سنتي"})


def _metres_or_degrees(text: str, phrase: NumberPhrase, era: str) -> bool:
    """``بئر عمقه ٢٥ م``، ``درجة الحرارة 37م``، ``بطول 640 م``: "م" after a figure that can be no
    year of this era nor an hour (٥م is five in the afternoon) is metres or degrees, unless a word
    of years stands before it (عام 570م)."""
    if era != "م" or not 24 < phrase.low < 1000:
        return False
    at = phrase.start - len(phrase.atoms[0].prefix)
    before = PREVIOUS_WORD_RE.search(text, max(0, at - 16), at)
    return before is None or before.group("word").removeprefix("ال") not in YEAR_WORDS


def _known_noun(word: str) -> bool:
    return lexicon.listed_counted_noun(word.removeprefix("ال"))


# "one only" ("هدف واحد فقط"، "كلمة مرور واحدة فقط"): فقط after one stresses the count, so one
# counts after any indefinite noun, not only a countable one the lexicon knows (3 of the 4 dev uses
# are annotated; the idioms of unity, "يدا واحدة"، "صفا واحدا", take no فقط)
ONLY_AFTER_RE = re.compile(rf"[اه]?{SPACE}+فقط(?!\w)")


def _noun_before_one_only(text: str, one: Atom) -> re.Match[str] | None:
    """The indefinite word before "one" when فقط follows it (see ``ONLY_AFTER_RE``)."""
    if ONLY_AFTER_RE.match(text, one.end) is None:
        return None
    m = PREVIOUS_WORD_RE.search(text, max(0, one.start - 24), one.start)
    return m if m is not None and _indefinite(m.group("word")) else None


def _after_countable_noun(text: str, start: int) -> bool:
    """``شخص واحد``، ``دائرة واحدة``: one counts only after the noun it counts."""
    return _counted_before(text, start) is not None


@lru_cache(maxsize=1)
def _currency_re() -> re.Pattern[str]:
    """A currency word after a sum, with its nationality; after a vague or scaled sum it may be
    a definite partitive (ملايين من الدولارات، عشرات الآلاف من اليورو)."""
    words = alternation(lexicon.currencies())
    adjectives = set()
    for q in lexicon.currency_qualifiers():
        adjectives.update({q.adjective, q.adjective + "ه", q.adjective.removesuffix("ه")})
    return re.compile(
        rf"{SPACE}*(?:(?:من{SPACE}+)?ال)?(?P<cur>{words})(?!\w)(?:{SPACE}+(?:ال)?(?P<adj>{alternation(adjectives)})(?!\w))?"
        rf"|{SPACE}*(?P<sar>ر{SPACE}?\.?{SPACE}?س)(?!\w)"
    )


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    """``PERCENT_RE``, the currency regex and ``DOLLAR_RE`` as one alternation, tried in that
    order: its match at a position is the first of the three that matches there (one regex call
    instead of three for the many counts that have none)."""
    return re.compile(f"(?:{PERCENT_RE.pattern})|(?:{_currency_re().pattern})|(?:{DOLLAR_RE.pattern})")


def _unit(
    text: str, last: NumberPhrase, first: NumberPhrase | None = None,
) -> tuple[str, str | None, str | None, int, tuple[int, int]]:
    """``(kind, unit, currency, end, currency span)``: percent, money or a plain count; ``first``:
    the lower figure of a range (a bracket before it holds the whole range: "( 50 - 500 ) ريال")."""
    unit_re = _unit_re()
    m = unit_re.match(text, last.end)
    if m is None:  # (most counts: the unit may stand after a bracket or quotation mark closing the figure)
        first = first or last
        if text.find(")", last.end, last.end + 3) >= 0 and _bracket_before(text, first.start - len(first.atoms[0].prefix)):
            close = BRACKET_CLOSE_RE.match(text, last.end)
            if close is not None:
                m = unit_re.match(text, close.end())  # (375,526,840) ريالاً
        if m is None and text[last.end : last.end + 2].strip()[:1] in CLOSING_QUOTES and opens_quoted(text, last.atoms[0]):
            close = CLOSING_QUOTE_RE.match(text, last.end)
            if close is not None:
                m = unit_re.match(text, close.end())  # نحو “400″ ريال، “ 400 ” ريال: the currency after the mark
    if m is not None and m.group("marker") is not None:
        return "percent", "percent", None, m.end(), m.span("marker")
    if last.atoms[0].kind == "dual" and lexicon.match_form(last.atoms[0].lemma or "") in lexicon.currencies():
        lemma, code = lexicon.currencies()[lexicon.match_form(last.atoms[0].lemma)]
        return "money", lemma, code, last.end, (last.start, last.end)
    if m:
        if m.group("sar"):
            return "money", "ريال", "SAR", m.end(), m.span("sar")
        if m.group("cur") is not None:
            lemma, code = lexicon.currencies()[m.group("cur")]
            code = _currency_code(text, lemma, code, m.group("adj"))
            return "money", lemma, code, m.end(), (m.start("cur"), m.end())
        return "money", "دولار", "USD", m.end(), (m.end() - 1, m.end())
    if last.start > 0 and text[last.start - 1] == "$":
        return "money", "دولار", "USD", last.end, (last.start - 1, last.start)
    sign = _percent_sign_before(text, last.start - len(last.atoms[0].prefix))
    if sign is not None:
        return "percent", "percent", None, last.end, (sign, sign + 1)
    return "count", None, None, last.end, (0, 0)


def _percent_sign_before(text: str, start: int) -> int | None:
    """``بنسبة %39.7``، ``المهارات اللغوية %44``: a percent sign typed before the figure (right to
    left, about 100 figures in SaudiNewsNet), where it is no one's but this figure's: not "22 % 3
    ليالي", whose sign closes the figure before it. Its offset, or None."""
    at = start - 1
    if at >= 0 and text[at] == " ":
        at -= 1
    if at < 0 or text[at] not in "%٪":
        return None
    before = text[max(0, at - 2) : at].rstrip()
    return None if before[-1:].isdigit() else at


@lru_cache(maxsize=16)
def _qualifiers_named(text: str, lemma: str) -> tuple:
    """The qualifiers of the currency ``lemma`` whose country the text names, looked for once per
    article and currency (not per sum), and only among that currency's few countries."""
    return tuple(q for q in _qualifiers_of(lemma) if q.country and q.country in text)


@lru_cache(maxsize=64)
def _qualifiers_of(lemma: str) -> tuple:
    return tuple(q for q in lexicon.currency_qualifiers() if q.lemma == lemma)


def _currency_code(text: str, lemma: str, default: str | None, adjective: str | None) -> str | None:
    """The ISO code: from the nationality after the word, else a country the article names."""
    if adjective:
        bare = adjective.removesuffix("ه")
        for q in _qualifiers_of(lemma):
            if q.adjective.removesuffix("ه") == bare:
                return q.code
    named = _qualifiers_named(text, lemma)
    if default is not None and any(q.code == default for q in named):
        return default
    if len({q.code for q in named}) == 1:
        return named[0].code
    return default


CLOSING_QUOTE_RE = re.compile(rf"{SPACE}*[{re.escape(''.join(sorted(CLOSING_QUOTES)))}]")


def _minus_percent(text: str, end: int) -> bool:
    """Whether the percent sign right after the figure carries a minus; a figure in brackets,
    "(25) %", has its sign after the bracket and no minus there."""
    sign = PERCENT_RE.match(text, end)
    return sign is not None and bool(sign.group("minus"))


MINUS_SIGNS = "-–−"
# a dash right after the unit closes an aside the dash before the figure opened ("هبوط شهري -21 في
# المئة- منذ"): no sign
ASIDE_CLOSE_RE = re.compile(rf"{SPACE}?[-–]")


@lru_cache(maxsize=1)
def _sign_words_after_re() -> re.Pattern:
    """A word of ``sign_words_after.tsv`` after the unit, an adjective (مئوية، قوسية) allowed between."""
    return re.compile(rf"(?:{SPACE}+{WORD})?{SPACE}+(?:{alternation(lexicon.sign_words_after())})(?!\w)")


def _apply_sign(text: str, quantity: Quantity) -> None:
    """A figure below zero: a percentage or a unit of ``signed_units.tsv`` (درجة) with a minus sign
    before it ("انخفاضها -1% للشقق"، "(-6.9 في المائة)"، "و -18 درجة مئوية"), or a unit with a word of
    ``sign_words_after.tsv`` after it ("240 درجة تحت الصفر"). Counts take no sign: a dash before
    them opens an aside ("هارون -40 عاما-"), and so does one before a percentage closed by a dash
    after it."""
    if quantity.kind == "percent":
        sign = _minus_sign_before(text, quantity.number_start)
        if sign is None or ASIDE_CLOSE_RE.match(text, quantity.end):
            return
        quantity.start = min(quantity.start, sign)
    elif quantity.noun_text in lexicon.signed_units() and quantity.noun_end is not None:
        sign = _minus_sign_before(text, quantity.number_start)
        if sign is not None:
            quantity.start = min(quantity.start, sign)
        else:
            words = _sign_words_after_re().match(text, quantity.noun_end)
            if words is None:
                return
            quantity.end = max(quantity.end, words.end())
    else:
        return
    quantity.value, quantity.min, quantity.max = (
        None if quantity.value is None else -quantity.value,
        None if quantity.max is None else -quantity.max,
        None if quantity.min is None else -quantity.min,
    )


def _minus_sign_before(text: str, start: int) -> int | None:
    """Where the minus sign of the figure at ``start`` stands: glued to it after a word, a bracket
    or a lone و ("انخفاضاً طفيفاً -0.5%"، "(-8 في المائة)"، "و-0.5%"), or a space after it inside a
    bracket ("(- 0.3 في المائة)"). Not after a figure or a percent sign (a range: "20 % -30 %"،
    "10 -15%"), nor after a stop or a line's start (a list's dash: "؟ - 51 % من")."""
    at = start - 1
    if at >= 2 and text[at] == " " and text[at - 1] in MINUS_SIGNS and text[at - 2] == "(":
        return at - 1
    if at < 1 or text[at] not in MINUS_SIGNS:
        return None
    if text[at - 1] == "و" and (at < 2 or text[at - 2] in " \t("):
        return at
    if text[at - 1] == "(":
        return at
    if text[at - 1] in " \t":
        before = text[max(0, at - 8) : at].rstrip(" \t")[-1:]
        if before == "(" or before.isalpha():
            return at
    return None


BRACKET_CLOSE_RE = re.compile(rf"{SPACE}*\)")


def _past_closing_quote(text: str, quantity: Quantity, last: NumberPhrase) -> int:
    """Where the counted noun is looked for: after the number, or after the quotation mark that
    closes a quoted figure (اعتماد ” 18 ” مكتباً), or the bracket of a figure written in brackets
    as the Saudi press writes them (ضبط (144) موقوفاً، بلغت (33.288) زجاجة)."""
    m = CLOSING_QUOTE_RE.match(text, quantity.end)
    if m is not None and opens_quoted(text, last.atoms[0]):
        return m.end()
    if quantity.value is not None and text.find(")", quantity.end, quantity.end + 3) >= 0 and _bracket_before(text, quantity.number_start):
        m = BRACKET_CLOSE_RE.match(text, quantity.end)
        if m is not None:
            return m.end()  # (a range in brackets, سور (18 إلى 20) كتبت, names no noun after it)
    return quantity.end


def _bracket_before(text: str, start: int) -> bool:
    """Whether ``(`` opens right before ``start`` (spaces allowed)."""
    return text[max(0, start - 3) : start].rstrip()[-1:] == "("


# a figure enclosed as the Saudi press writes it: in brackets, or in guillemets ("النواب الـ «435»"،
# "الذكرى الـ«63»": 12 articles of the corpus, where the article stands outside the guillemets)
ENCLOSING = {"(": ")", "«": "»"}
ENCLOSURE_CLOSE_RES = {opening: re.compile(rf"{SPACE}*{re.escape(closing)}") for opening, closing in ENCLOSING.items()}


def _bracket_opening(text: str, start: int) -> int:
    """Where the words before a figure end: at the bracket or guillemet opened right before it
    (spaces allowed), else at the figure. The Saudi press writes figures in brackets ("لدور الـ (32)"،
    "عدد الأعضاء (12)") or guillemets ("النواب الـ «435»"), and the checks on the word before
    read them as without brackets (the article before «63» makes it an ordinal, as before (63))."""
    opening = text[max(0, start - 3) : start].rstrip()[-1:]
    if opening not in ENCLOSING:
        return start
    return text.rindex(opening, max(0, start - 3), start)


def _past_bracket(text: str, opening: int, start: int, end: int) -> int:
    """Where the words after a figure ending at ``end`` begin: past the bracket (or guillemet) that
    closes it when ``opening`` (from :func:`_bracket_opening`) opens before ``start``, else ``end``."""
    if opening == start:
        return end
    m = ENCLOSURE_CLOSE_RES[text[opening]].match(text, end)
    return m.end() if m is not None else end


def _attach_noun(text: str, original: str, norm: Normalized, quantity: Quantity, last: NumberPhrase) -> None:
    """The noun counted: the word after the number (after من for عشرات من), else عدد القتلى before it."""
    if last.atoms[0].kind == "dual":  # (last.is_dual)
        quantity.noun_lemma = last.atoms[0].lemma
        quantity.noun_text = text[last.start : last.end]
        return
    at = _past_closing_quote(text, quantity, last)
    m = NOUN_RE.match(text, at)  # the next word; a partitive (منهم، من جنوده) opens with من
    if m is not None and m.group("word").startswith("من"):
        if _partitive_pronoun(text, quantity):
            return
        partitive = PARTITIVE_RE.match(text, at)
        if partitive and _partitive_noun(partitive, original, norm):
            at = partitive.start("word") - 1
            m = NOUN_RE.match(text, at)
    if _noun_before_one(text, quantity, last):
        return
    if _glued_unit(text, quantity, last) or _noun_of_definite_number(text, quantity, last):
        return
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


def _partitive_noun(m: re.Match[str], original: str, norm: Normalized) -> bool:
    word = m.group("word")
    if word in lexicon.noun_stopwords() or word in lexicon.number_words() or word in TIME_WORDS:
        return False
    construct = m.group("next") is not None and m.group("next").strip() != ""
    if word.startswith("ال") or bool(m.group("dem")) or construct:
        return True
    if _construct_plural(m):
        return True
    return len(word) > 4 and (word.endswith(POSSESSIVE_ENDINGS) or _ends_with_his(original, norm, m.end("word")))


def _construct_plural(m: re.Match[str]) -> bool:
    """``300 من مؤيدي جماعة …``، ``11 من أعضاء حزب معارض``: a plural of people (``people_nouns.tsv``,
    or a sound masculine one whose ن fell, -ي for -ين) heads a construct with the word after it,
    whatever that word is (a name, the head of another construct), when that word is no stopword."""
    word = m.group("word")
    if m.group("next") is None or len(word) < 5:
        return False
    people = lexicon.people_nouns()
    if word not in people and not (word.endswith("ي") and word[:-1] + "ين" in people):
        return False
    after = NOUN_RE.match(m.string, m.end("word"))
    return after is not None and after.group("word") not in lexicon.noun_stopwords()


def _ends_with_his(original: str, norm: Normalized, end: int) -> bool:
    """Whether the word ending at ``end`` ends with the pronoun ه (جنوده), not ة: the matching
    form writes both as ه, the original does not."""
    s, e = norm.original_span(end - 1, end)
    return original[s:e] == "ه"


def _partitive_pronoun(text: str, quantity: Quantity) -> bool:
    """``ثلاثة منهم``: the pronoun stands for the counted noun named before."""
    m = PARTITIVE_PRONOUN_RE.match(text, quantity.end)
    if m is None:
        return False
    quantity.noun_start, quantity.noun_end = m.span("word")
    quantity.noun_text = m.group("word")
    quantity.end = m.end("word")
    return True


GLUED_UNIT_RE = re.compile(rf"(?P<word>{WORD}\d?)(?!\w)")


def _glued_unit(text: str, quantity: Quantity, last: NumberPhrase) -> bool:
    """``3كم``، ``110.000م2``: a unit written onto the digits is the counted noun."""
    if last.atoms[-1].kind != "digits" or not text[last.end : last.end + 1].isalnum():
        return False  # (most figures: a space after them; the unit's first character is a word character)
    m = GLUED_UNIT_RE.match(text, last.end)
    if m is None or not (2 <= len(m.group("word")) <= 6 or m.group("word") == "م") or m.group("word") in lexicon.noun_stopwords():
        return False  # (a lone م is metres or degrees: a year with it was dropped before)
    quantity.noun_start, quantity.noun_end = m.span("word")
    quantity.noun_text = m.group("word")
    quantity.end = m.end("word")
    return True


DEFINITE_PREFIX_RE = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل))")
WORD_BEFORE_RE = re.compile(rf"(?<!\w)(?P<word>[^\W\d_a-z]{{2,}}){SPACE}+(?:ال{SPACE}*)?$")


def _article_before(text: str, at: int) -> bool:
    """Whether the article stands alone right before ``at`` (الـ15، الـ 15): ``ORDINAL_ARTICLE_RE``
    in the 4 characters before, asked only when they hold "ال" (most figures: one ``str.find``)."""
    lo = max(0, at - 4)
    return text.find("ال", lo, at) >= 0 and ORDINAL_ARTICLE_RE.search(text, lo, at) is not None


def _is_definite_number(text: str, phrase: NumberPhrase) -> bool:
    """``الست``، ``الـ52``: a number with the article, an adjective after the noun it counts."""
    first = phrase.atoms[0]
    if first.article or first.prefix.endswith(("ال", "لل")):
        return True
    if first.kind != "digits":
        return False
    return _article_before_figure(text, first.start)


@lru_cache(maxsize=16)
def _article_before_figure(text: str, start: int) -> bool:
    """Whether the article stands alone before the figure at ``start``, outside the bracket it
    may be written in (الـ15، الـ (32)). Asked of a count twice, by :func:`_plausible_count` and
    for its noun (:func:`_is_definite_number`): cached, read once."""
    return _article_before(text, _bracket_opening(text, start))


def definite_plural_before(text: str, start: int, digits: bool = False) -> re.Match[str] | None:
    """The definite plural a definite number follows: ``المنتخبات الـ52``، ``قارات العالم الست``
    (through one definite genitive to the head of the construct). ``digits``: the number is written
    in digits, and الـ15 is often an ordinal: the word right before it must pass
    ``looks_counted_plural`` (الأعضاء الـ19), a head through a genitive must be a sound plural
    (a broken one there is mostly a construct before an ordinal: أعمال الدورة الـ42، إحياء الذكرى الـ65)."""
    near = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if near is None or not DEFINITE_PREFIX_RE.match(near.group("word")) or near.group("word") in lexicon.noun_stopwords():
        return None  # (الي is إلى, no definite noun)
    if looks_counted_plural(near.group("word")) if digits else looks_plural(near.group("word")):
        return near
    head = WORD_BEFORE_RE.search(text, max(0, near.start() - 30), near.start())
    if head is None or DEFINITE_PREFIX_RE.match(head.group("word")) or head.group("word") in lexicon.noun_stopwords():
        return None
    word = head.group("word")
    if word[0] in "وف" and not looks_plural(word[1:], not digits):
        return None  # وجاءت الدقيقة الـ72: a verb after the conjunction, no construct head
    return head if looks_plural(word, not digits) else None


def looks_plural(word: str, broken: bool = True) -> bool:
    """A plural by its shape: sound plurals (-ات، -ين، -ون) and, with ``broken``, the common broken
    patterns (مفاعل: مراكز، مراحل؛ أفعال: أشخاص؛ مفاعيل: مشاريع). Not فعول: it is also a verbal
    noun (تسوق، هجوم)."""
    bare = DEFINITE_PREFIX_RE.sub("", word)
    if len(bare) >= 4 and bare.endswith("ات"):
        return True
    if len(bare) >= 5 and bare.endswith(("ين", "ون")):
        return True
    if not broken:
        return False
    if len(bare) >= 5 and bare.endswith("اء"):
        return True  # وزراء، أعضاء
    if len(bare) == 5 and (bare[2] == "ا" or (bare[0] == "ا" and bare[3] == "ا")):
        return True
    return len(bare) == 6 and bare[0] == "م" and bare[2] == "ا" and bare[4] == "ي"  # مشاريع


def looks_counted_plural(word: str) -> bool:
    """A plural a figure with the article counts (``الأعضاء الـ19``، ``الضحايا الـ298``): a sound plural,
    or a broken one by its shape unless the word ends in ة or ي (الإدارة الـ112، الملتقى النسائي الـ12:
    singulars of the same length, so ordinals) or is a listed singular of that shape (الأربعاء الـ20)."""
    if looks_plural(word, False):
        return True
    bare = DEFINITE_PREFIX_RE.sub("", word)
    if bare in lexicon.short_broken_plurals():
        return True  # الدول الـ28، النواب الـ435: too short for the shapes below
    if bare.endswith(("ة", "ه", "ي", "ى")) or lexicon.match_form(bare) in lexicon.plural_shaped_singulars():
        return False
    return looks_plural(word)


def _noun_of_definite_number(text: str, quantity: Quantity, last: NumberPhrase) -> bool:
    """``المجموعات التسع``: a definite number counts the definite plural before it."""
    if not _is_definite_number(text, last) or last.atoms[0].kind not in ("digits", "unit", "teen"):
        return False
    opening = _bracket_opening(text, quantity.number_start)  # (المنتخبات الـ (16)، as المنتخبات الـ16)
    after = _past_bracket(text, opening, quantity.number_start, last.end)
    if last.atoms[0].kind == "digits" and _indefinite_noun_after(text, after):
        return False  # الـ27 منتخبا: the noun follows (a number word with the article agrees with a noun before)
    found = definite_plural_before(text, opening - len(last.atoms[0].prefix), last.atoms[0].kind == "digits")
    if found is None:
        return False
    quantity.noun_start, quantity.noun_end = found.span("word")
    quantity.noun_text = found.group("word")
    quantity.start = min(quantity.start, found.start("word"))
    return True


def _is_noun(word: str, original: str, norm: Normalized, start: int, end: int) -> bool:
    if (len(word) < 2 and word != "م") or word in lexicon.noun_stopwords() or word in lexicon.number_words():
        return False  # "1500 و1404 رحلات": a lone و joins numbers, it is counted by none
    if word in lexicon.verbs_after_count():
        return False  # "العشرات أصيبوا": the verb types the count (facts._trigger_after), it counts nothing
    if (
        word[0] in "وفلبك" and len(word) > 3 and word.removesuffix("ا") not in lexicon.countable_nouns()
        and word.removesuffix("ا") not in lexicon.own_letter_nouns()
    ):
        s, e = norm.original_span(start, end)
        if _opens_with_proclitic(original[s:e]):
            return False  # "مقتل 3 وإصابة 5"، "3000 لليوم": a new phrase, not the counted noun
    return True


@lru_cache(maxsize=8192)
def _opens_with_proclitic(word: str) -> bool:
    """Whether the clitic template of ``word`` opens with a proclitic (cached: words recur)."""
    pieces = split_clitics(word)
    return bool(pieces) and pieces[0][2] == "proclitic"


def _noun_before_one(text: str, quantity: Quantity, last: NumberPhrase) -> bool:
    """``شخص واحد``، ``جنديا تشاديا واحدا``: one and two follow the noun they count."""
    first = last.atoms[0]
    if len(last.atoms) != 1 or first.kind != "unit" or first.value > 2:
        return False
    found = _counted_before(text, first.start - len(first.prefix))
    if found is None and first.value == 1:
        found = _noun_before_one_only(text, first)
    if found is None:
        return False
    quantity.noun_start, quantity.noun_end = found.start("word"), found.end("word")
    quantity.noun_text = found.group("word")
    quantity.start = min(quantity.start, found.start("word"))
    return True


def _counted_before(text: str, start: int) -> re.Match[str] | None:
    """The noun right before ``start`` (or the one before an adjective after it)."""
    whole = PREVIOUS_WHOLE_WORD_RE.search(text, max(0, start - 24), start)
    if whole and _indefinite(whole.group("word")) and _known_noun(whole.group("word")):
        return whole  # لاعبا واحدا، بلدا واحدا: a noun that opens with a letter PREVIOUS_WORD_RE takes for a proclitic
    m = PREVIOUS_WORD_RE.search(text, max(0, start - 24), start)
    if not m or not _indefinite(m.group("word")):
        return None
    if _known_noun(m.group("word")) or m.group("word").endswith("ه"):  # شخص واحد، دائرة واحدة
        return m
    if _event_word(m.group("word")):
        return None  # "توفي شخص وأصيب اثنان": the verb of the next clause, no adjective of the noun before it
    before = PREVIOUS_WORD_RE.search(text, max(0, m.start() - 24), m.start())
    if before and _indefinite(before.group("word")) and _known_noun(before.group("word")):  # جنديا تشاديا واحدا
        # (not "على سبيل المثال تحطم اثنتين": a definite noun takes no indefinite adjective)
        return before
    return None


def _event_word(word: str) -> bool:
    """Whether ``word`` (its proclitic و / ف taken off by PREVIOUS_WORD_RE) is a fact's governing word
    ("أصيب"، "قتل"): between a noun and "واحد / اثنان" it opens a new clause whose count it governs
    ("قتل جندي وأصيب اثنان آخران" is one killed and two injured, not two soldiers)."""
    return lexicon.fact_triggers().get(lexicon.match_form(word)) is not None


def _indefinite(word: str) -> bool:
    return not word.startswith("ال") and word not in lexicon.noun_stopwords() and word not in lexicon.number_words()


def _noun_before(text: str, quantity: Quantity) -> None:
    """``ارتفع عدد القتلى إلى 50``: the noun named before the number in its clause."""
    at = _bracket_opening(text, quantity.number_start)  # (عدد الأعضاء (12): the bracket ends no clause)
    lo = max(0, at - 60)
    window_start = lo
    for m in CLAUSE_END.finditer(text, lo, at):
        window_start = m.end()
    found = None
    for m in TOTAL_OF_RE.finditer(text, window_start, at):
        found = m
    if found:
        quantity.noun_start, quantity.noun_end = found.start("word"), found.end("word")
        quantity.noun_text = found.group("word")
