"""Facts: quantities typed by what governs them, as contract records, linked to their context.

The type comes from the word that governs the count (``مقتل أكثر من 1400 شخص``
is killed, ``الإفراج عن 5 رهائن`` released) or from the counted noun itself
(``14 جريحا`` injured, ``رهينتين`` hostages); money and percent come from the
unit. Strong triggers (killing, injury, release, displacement) win over the
noun's own type; weak ones (arrest, abduction) only apply when the noun says
nothing. Each fact is then linked to a LOC entity and a time of its sentence
and to the quote whose content holds it.

>>> from khabar.document import Document
>>> doc = Document(text="أسفر الحريق عن مقتل عاملين وإصابة 14 آخرين ونحو 5 ملايين ريال.", published="2024-05-06")
>>> doc.sentences = [(0, len(doc.text))]
>>> [(f["type"], f["value"], f["noun"]) for f in facts_of(doc)]
[('killed', 2, 'عامل'), ('injured', 14, 'آخرين'), ('money', 5000000, 'ريال')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, compress
from operator import le
from typing import Any

from khabar.document import Document
from khabar.numbers import lexicon
from khabar.numbers.matching import matching_text, word_columns
from khabar.numbers.quantities import PREVIOUS_WORD_RE, YEAR_WORDS, Quantity, find_quantities, is_change_word
from khabar.numbers.regex import alternation
from khabar.text.forms import noun_forms

NEAR_WORDS = 3  # a strong trigger this close to the count decides its type
FAR_WORDS = 7  # beyond this a trigger governs something else
# a weak trigger governs a count of people this far: the verb's subject and a time may stand
# between ("اعتقلت الشرطة الإيطالية الأسبوع الماضي شخصين")
WEAK_WORDS = 5
SENTENCE_END = re.compile(r"[.!?؟؛\n]")
# Up to the last sentence end of a window: the greedy run (any character, no class to test)
# backtracks from the window's end to it, one regex call instead of a match per sentence end.
THROUGH_LAST_SENTENCE_END = re.compile(r"(?s:.*)[.!?؟؛\n]")
WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    words = alternation(lexicon.fact_triggers())
    return re.compile(rf"(?<!\w)[وف]?(?:[بلك]|لل)?(?:ال)?(?P<t>{words})(?!\w)")


def facts_of(doc: Document) -> list[dict[str, Any]]:
    """The contract's ``facts`` for ``doc`` (times in ``doc.times`` are not counted)."""
    norm = matching_text(doc)
    exclude = [(t["start"], t["end"]) for t in doc.times]
    sentence_of = sentence_finder(doc)
    records = []
    previous: tuple[Quantity, str, bool] | None = None  # the count before, its type, whether shared
    last_sum: Quantity | None = None  # the last sum of money, while no other amount came after it
    quantities = find_quantities(norm, doc.text, exclude)
    for at, quantity in enumerate(quantities):
        kind = classify(norm.text, quantity)
        joined = False
        shared = kind == "other" and previous is not None and _type_of_the_whole(norm.text, quantity, *previous)
        kind = shared or kind
        if kind == "other" and last_sum is not None and _sum_after_sum(norm.text, quantity, last_sum):
            kind = "money"  # (the quantity takes the currency of the sum before it)
            quantity.kind, quantity.unit, quantity.currency = "money", last_sum.unit, last_sum.currency
        elif kind == "other" and last_sum is not None and _bare_sum_joined(norm.text, quantity, last_sum):
            kind = "money"  # بين 65 ريالا و68: the second price, its currency named once
            quantity.kind, quantity.unit, quantity.currency = "money", last_sum.unit, last_sum.currency
            joined = True  # (the sum a later amount takes its currency from stays the named one)
        elif kind == "other" and _sum_named_before(norm.text, quantity):
            kind = quantity.kind = "money"  # بتكلفة إجمالية 843 مليونا: a sum, its currency unnamed
        elif kind == "other" and _sum_paid(norm.text, quantity):
            kind = quantity.kind = "money"  # إنفاق الملايين على تدريب: what is paid or spent is a sum
        elif kind == "other" and (after := _sum_of_same_scale_after(norm.text, quantity, quantities, at)) is not None:
            kind = "money"  # بتحقيق 6.17 مليارات مقابل 6.46 مليارات ريال: the currency of the sum after it
            quantity.kind, quantity.unit, quantity.currency = "money", after.unit, after.currency
        elif kind == "other" and _bare_billions(norm.text, quantity):
            kind = quantity.kind = "money"  # تحتاج عشرات المليارات للصمود: billions that count nothing are a sum
        previous = (quantity, kind, bool(shared))
        if quantity.kind == "money" and not joined:
            last_sum = quantity
        elif _scaled_amount(quantity):
            last_sum = None  # (a sum of something else: "5 ملايين دولار و3 ملايين زائر")
        if kind == "other" and (_several(norm.text, quantity) or (_bare_number(quantity) and not _figure_of_change(norm.text, quantity)
                                                               and not _count_of_them(norm.text, quantity)
                                                               and not _stressed_by_only(norm.text, quantity))
                                or _clock(quantity) or _duration(norm.text, quantity) or _sports_score(norm.text, quantity) or _grade(norm.text, quantity)
                                or _frequency(norm.text, quantity) or _not_a_single(norm.text, quantity)):
            continue  # عدة دول; a number that counts nothing named (محطة منى (3)، تي في 3); لمدة موسمين; a score; فندق 5 نجوم; مرتين سنويا; لم يشاهدوا حلقة واحدة
        start, end = norm.original_span(quantity.start, quantity.end)
        noun_span = None if quantity.noun_start is None else norm.original_span(quantity.noun_start, quantity.noun_end)
        record = {
            "id": f"f{len(records) + 1}",
            "type": kind,
            "value": quantity.value,
            "min": quantity.min,
            "max": quantity.max,
            "approximate": quantity.approximate,
            "noun": _noun(doc.text, noun_span, quantity),
            "start": start,
            "end": end,
            "text": doc.text[start:end],
            "location": None,
            "time": None,
            "quote": None,
            "sentence": sentence_of(start),
        }
        if noun_span is not None:
            record["noun_start"], record["noun_end"] = noun_span
        if quantity.kind in ("money", "percent"):
            record["unit"] = quantity.unit
            record["currency"] = quantity.currency
        records.append(record)
    link_facts(doc, records, sentence_of)
    return records


PEOPLE_TYPES = frozenset({"killed", "injured", "hostages", "released", "arrested", "displaced", "missing"})
# (هم/هن: the count broken down, "سقوط ستة قتلى هم ثلاثة شرطيين وثلاثة مدنيين")
AMONG_RE = re.compile(r"(?<!\w)(?:من\s+)?(?:بينهم|بينهن|منهم|منهن|هم|هن)\W*$")


def _type_of_the_whole(text: str, quantity: Quantity, whole: Quantity, whole_type: str, part: bool) -> str | None:
    """``قتل أربعة أشخاص بينهم عسكريان``، ``خلف 15 قتيلا بينهم ثلاثة عاملين``: a count of people
    said to be among the count just before it, in the same sentence, shares its type; so does
    one coordinated with such a part (``بينهم 12 طفلا و6 نساء``: ``part`` says the count before
    is one)."""
    if whole_type not in PEOPLE_TYPES or quantity.start - whole.end > 60:
        return None
    if part and text[whole.end : quantity.start].strip() in ("", "،", ","):
        return whole_type if text[quantity.start] == "و" else None
    if _joined_to_people(text, quantity, whole):
        return whole_type
    if AMONG_RE.search(text, max(whole.end, quantity.start - 14), quantity.start) is None:
        return None
    if SENTENCE_END.search(text, whole.end, quantity.start):
        return None
    return whole_type  # (بينهم names people: what is counted among them is people too)


def _joined_to_people(text: str, quantity: Quantity, whole: Quantity) -> bool:
    """``بمقتل عنصرين من حزب الله اللبناني وثلاثة من اللجان الشعبية``، ``مقتل نحو 26 من الحوثيين
    وقوات صالح، وثمانية من المقاومة``، ``13 قتيلا هم أربعة عسكريين ماليين وخمسة موظفين``: a count of
    people (or of nothing named) joined by و to the count of people just before it, in its sentence,
    with no governing word of its own (the caller asks only for the type other), is more of the
    same victims and shares their type; "N من" + a group (اللجان، المقاومة) counts its members."""
    if text[quantity.start] != "و" or not _names_people(whole):
        return False
    if not (_counts_people(quantity) or PARTITIVE_RE.match(text, quantity.number_end)):
        return False
    return SENTENCE_END.search(text, whole.end, quantity.start) is None


SUM_REACH = 200  # characters: how far back the sum whose currency a bare amount takes may stand


def _sum_after_sum(text: str, quantity: Quantity, before: Quantity) -> bool:
    """``موازنة مشاريع وزارة الصحة 7 ملايين ووزارة التربية 7 ملايين دينار``، ``وصلت الأرباح إلى
    8.5 مليارات دولار بينما ناهزت الرسملة 123.5 ملياراً``، ``بجانب 6 ملايين أخرى``: an amount
    with a scale word and no counted noun (or only a word such as أخرى، لكل), in the paragraph of
    a sum of money before it, is a sum in the same currency. Counts with no scale word and
    shares may stand between ("12.6 مليون دولار في 3322 دار عرض … إلى 132.1 مليون"); an amount
    of something else may not (the caller forgets the sum after one)."""
    if before.kind != "money" or not _may_be_a_sum(text, quantity):
        return False
    if quantity.digits_only or quantity.start - before.end > SUM_REACH or "\n" in text[before.end : quantity.start]:
        return False
    if not _scaled_amount(quantity):
        return False  # a scale word (ألف، مليون، مليار) makes a sum
    _drop_follower(quantity)  # ("40 ألف لكل منهما": the sum counts no لكل)
    return True


def _bare_sum_joined(text: str, quantity: Quantity, before: Quantity) -> bool:
    """``تراوح سعر السهم بين 45.20 ريالا و73.00``: a figure in digits that counts nothing, joined by و
    right after a sum of money, is a second sum in its currency (the dev gold types both money).
    ``_sum_after_sum`` asks for a scale word: a bare figure further on may count anything."""
    if before.kind != "money" or not quantity.digits_only or quantity.noun_start is not None:
        return False
    return text[before.end : quantity.number_start].strip() == "و"


SUM_AFTER_REACH = 100  # characters: how far ahead the sum whose currency a bare amount takes may stand
# a sentence ends at a stop, not at the point inside a figure (6.46)
SUM_AFTER_BREAK_RE = re.compile(r"[!?؟؛\n]|\.(?!\d)")


def _sum_of_same_scale_after(text: str, quantity: Quantity, quantities: list[Quantity], at: int) -> Quantity | None:
    """``بتحقيق 6.17 مليارات خلال الربع الثاني مقابل 6.46 مليارات ريال``، ``بواقع ثلاثة مليارات
    أخرى في ميزانية 2015 إلى 30 مليار دولار``: an amount with a scale word and no counted noun (or
    only a word such as أخرى) whose next amount with a scale word, in its sentence and a few words
    on, is a sum of money of the same scale (millions with millions, billions with billions) is
    a sum in that currency, the writer naming it once for both. A sum of another scale or a
    figure without a scale word ("الـ173 مليونا بأقل من دولارين") leaves the count as it is."""
    if not _may_be_a_sum(text, quantity) or not _scaled_amount(quantity):
        return None
    after = next((q for q in quantities[at + 1 :] if _scaled_amount(q)), None)
    if after is None or after.kind != "money" or after.start - quantity.end > SUM_AFTER_REACH:
        return None
    if SUM_AFTER_BREAK_RE.search(text, quantity.end, after.start) or _scale_of(after) != _scale_of(quantity):
        return None
    _drop_follower(quantity)  # ("ثلاثة مليارات أخرى": the sum counts no أخرى)
    return after


BILLIONS = 3  # the scale (_scale_of) of a billion


def _bare_billions(text: str, quantity: Quantity) -> bool:
    """``تحتاج عشرات المليارات للصمود``، ``فيما يتعلق بالـ150 مليارا``: an amount of billions or more
    written with its scale word and counting no noun is a sum of money, its currency unnamed (the
    dev gold types 25 of its 25 such amounts money; billions of anything else name it: "مليار
    إنسان"، "1.4 مليار متر مكعب"). Millions and thousands without a noun are as often people
    ("شاهده الملايين") and stay counts."""
    if not _scaled_amount(quantity) or _scale_of(quantity) < BILLIONS or not _may_be_a_sum(text, quantity):
        return False
    if _headcount_before(text, quantity.start):
        return False  # يبلغ عدد سكان الهند نحو 1.2 مليار: people
    if _duration(text, quantity) or _lone_scale_word(text, quantity):
        return False  # قبل 4.6 مليار عام: an age; "نادي المليار"، رقم "مليار": a round figure, not a sum
    _drop_follower(quantity)  # ("ثلاثة مليارات أخرى": the sum counts no أخرى)
    return True


LONE_SCALE_RE = re.compile(r"(?:[وفبل]|لل)?(?:ال)?(?:مليار|تريليون|ترليون)")


def _lone_scale_word(text: str, quantity: Quantity) -> bool:
    """Whether the figure is a scale word alone, one billion counted by no number or vague word
    ("نادي المليار"، الوصول إلى رقم "مليار" تحميل): a round figure more often than a sum."""
    return LONE_SCALE_RE.fullmatch(text, quantity.number_start, quantity.number_end) is not None


def _headcount_before(text: str, start: int) -> bool:
    """Whether a word announcing a count of people (``headcount_words.tsv``) stands among the few
    words before ``start`` in its clause (as ``_sum_named_before`` looks for a sum's noun)."""
    window = text[max(0, start - 80) : start]
    breaks = list(CLAUSE_BREAK_RE.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    heads = _headcount_forms()
    return any(word in heads for word in WORD_RE.findall(window)[-MONEY_HEAD_WORDS:])


@lru_cache(maxsize=1)
def _headcount_forms() -> frozenset[str]:
    """The words of ``headcount_words.tsv`` as they stand in text (وعدد، سكانها، بعدد)."""
    return noun_forms(lexicon.headcount_words())


def _scale_of(quantity: Quantity) -> int:
    """Thousands 1, millions 2, billions 3: the scale word an amount is written with."""
    size = _size(quantity)
    return (len(str(int(size))) - 1) // 3 if size >= 1000 else 0


MONEY_HEAD_WORDS = 4  # how many words back the noun naming a sum may stand ("تقدر تكلفتها السنوية بـ")
# a clause ends at a stop or comma, not at the point or comma inside a figure (2.3، 1,500), unlike
# quantities.CLAUSE_END, which also ends at quotation marks and brackets
CLAUSE_BREAK_RE = re.compile(r"[!?؟؛:،\n]|[.,](?!\d)")


def _sum_named_before(text: str, quantity: Quantity) -> bool:
    """``بتكلفة إجمالية 843 مليونا``، ``تقدر تكلفتها السنوية بـ6 ملايين``، ``وصلت قيمته إلى مليون
    ونصف المليون``: an amount with a scale word and no counted noun (or only a word such as أخرى)
    a few words after a noun naming a sum of money (``money_heads.tsv``), in the same clause, is
    money, its currency unnamed. A counted noun ("بقيمة 5 ملايين سهم") or digits alone ("بقيمة 500")
    keep the count."""
    if not _may_be_a_sum(text, quantity) or not _scaled_amount(quantity):
        return False
    window = text[max(0, quantity.start - 80) : quantity.start]
    breaks = list(CLAUSE_BREAK_RE.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    heads = _sum_head_forms()
    if not any(word in heads for word in WORD_RE.findall(window)[-MONEY_HEAD_WORDS:]):
        return False
    _drop_follower(quantity)  # ("ثلاثة مليارات أخرى": the sum counts no أخرى)
    return True


VAGUE_SUM_FLOOR = 1_000_000  # a vague amount paid is millions or more (الملايين، مئات الملايين)


def _sum_paid(text: str, quantity: Quantity) -> bool:
    """``وافقت على إنفاق الملايين على تدريب``، ``ضخت قرابة 82 مليونا كضمانات``، ``بدفع 6 ملايين أخرى``:
    an amount with a scale word and no counted noun right after a verb of paying or spending
    (``money_verbs.tsv``), its object, is money, its currency unnamed. A counted noun ("ضخ 10 ملايين
    برميل") or digits alone keep the count; a word between (a subject, "دفع الفريق ثلاثة آلاف") too, and
    so do thousands with no figure ("تدفع الآلاف في رحلة": دفع also pushes people)."""
    if not _may_be_a_sum(text, quantity) or not _scaled_amount(quantity) or _headcount_before(text, quantity.start):
        return False
    if quantity.value is None and _size(quantity) < VAGUE_SUM_FLOOR:
        return False
    starts, words = word_columns(text)
    i = bisect_left(starts, quantity.start) - 1
    if i < 0 or text[starts[i] + len(words[i]) : quantity.start].strip():
        return False
    # a stem of three letters at least after its proclitic: "بدر" is a name, not ب + "در"
    if not _listed_after_proclitic(words[i], lexicon.money_verbs(), VERB_PROCLITICS, min_stem=3):
        return False
    _drop_follower(quantity)  # ("6 ملايين أخرى": the sum counts no أخرى)
    return True


@lru_cache(maxsize=1)
def _sum_head_forms() -> frozenset[str]:
    """The nouns of ``money_heads.tsv`` as they stand in text (بتكلفة، وقيمته، تكلفتها)."""
    return noun_forms(lexicon.money_heads())


def _counts_nothing(quantity: Quantity) -> bool:
    """No counted noun, or only a word such as أخرى، لكل after the figure: an amount that may be a sum
    whose currency stands elsewhere."""
    return quantity.noun_lemma is None and (quantity.noun_start is None or _names_nothing(quantity))


# a scale word in the accusative (ملياراً، مليونا، ألفاً) is the figure's tamyiz, in construct with
# nothing: the word after it is no counted noun ("منها 23 مليارا محجوزة في اليابان"، "قرابة 82 مليونا
# كضمانات"), unless it is one the lexicon knows as counted (the caller asks noun_lemma)
ACCUSATIVE_SCALE_RE = re.compile(r"(?:الف|مليون|مليار)ا$")


def _may_be_a_sum(text: str, quantity: Quantity) -> bool:
    """``_counts_nothing``, or an amount whose scale word stands in the accusative and whose next
    word no list knows as counted: either may be a sum whose currency stands elsewhere."""
    if _counts_nothing(quantity):
        return True
    if quantity.noun_text in ("منهم", "منهن", "منهما"):
        return False  # و45 ألفا منهم: "of them", people
    return quantity.noun_lemma is None and ACCUSATIVE_SCALE_RE.search(text, quantity.number_start, quantity.number_end) is not None


def _drop_follower(quantity: Quantity) -> None:
    """A sum counts no أخرى / لكل: the word after it is no noun of the figure, which ends at its number."""
    if quantity.noun_start is None:
        return
    if quantity.end == quantity.noun_end:
        quantity.end = quantity.number_end
    quantity.noun_start = quantity.noun_end = quantity.noun_text = None


def _names_nothing(quantity: Quantity) -> bool:
    """Whether the word taken for the counted noun is one that names nothing (أخرى، إضافية، لكل)."""
    return bool(quantity.noun_text) and quantity.noun_text.split()[0] in lexicon.sum_followers()


def _scaled_amount(quantity: Quantity) -> bool:
    """A count of a thousand or more written with a scale word (5 ملايين، ثلاثة آلاف), not digits."""
    return not quantity.digits_only and _size(quantity) >= 1000


def _size(quantity: Quantity) -> float:
    """The amount's value, or its lower bound (else its upper one) for a range: 0 when it has none."""
    return quantity.value if quantity.value is not None else (quantity.min or quantity.max or 0)


def sentence_finder(doc: Document) -> Callable[[int], int | None]:
    """``doc.sentence_index`` by ``bisect`` over the sentence starts, listed once per document
    (the same answers for sentences in order that do not overlap, as segmentation gives; for
    any others, ``doc.sentence_index`` itself)."""
    bounds = list(chain.from_iterable(doc.sentences))  # start, end, start, end…: in order when none overlap
    starts, ends = bounds[0::2], bounds[1::2]
    if not all(map(le, bounds, bounds[1:])):  # (each start ≤ its end ≤ the next start: one pass)
        return doc.sentence_index

    def sentence_index(offset: int) -> int | None:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else None

    return sentence_index


def _bare_number(quantity: Quantity) -> bool:
    """Digits alone: no noun, no modifier, no unit, no scale word."""
    return (
        quantity.noun_start is None
        and quantity.noun_lemma is None
        and quantity.start == quantity.number_start
        and quantity.value is not None
        and quantity.digits_only
    )


SCORE_AFTER_RE = re.compile(r"[^\S\n]*(\w+)(?:[^\S\n]+(\w+))?")
SCORE_BEFORE_RE = re.compile(r"(?<!\w)[وف]?(\w+)[^\S\n]*$")


def _sports_score(text: str, quantity: Quantity) -> bool:
    """``فاز بأربعة أهداف دون مقابل``، ``بتسعة أهداف مقابل هدف``، ``انتهت بنتيجة أربعة أهداف``: a
    count of goals with a score's complement right after it, or بنتيجة right before it, is a
    sports score, no fact (``score_words.tsv``); goals scored ("سجل أربعة أهداف فقط") stay counts."""
    noun = quantity.noun_text
    if not noun or quantity.noun_end is None:
        return False
    words = lexicon.score_words()
    if noun.split()[0] not in words.get("noun", ()):
        return False
    after = SCORE_AFTER_RE.match(text, quantity.noun_end)
    if after is not None:
        first, second = after.group(1), after.group(2)
        if first in words.get("after", ()) or (second and f"{first} {second}" in words.get("after", ())):
            return True
    before = SCORE_BEFORE_RE.search(text, max(0, quantity.number_start - 24), quantity.number_start)
    if before is None:
        return False
    word = before.group(1)
    return word in words.get("before", ()) or (word.startswith("ب") and word[1:] in words.get("before", ()))


# The word before a figure of stars, past a figure joined to it by و or أو ("بمواصفات 4 و5 نجوم"، "من
# فئة خمس وأربع نجوم"), an opening quote or a colon ("حركة «خمس نجوم»"، "التقييم: 5 نجوم") and the
# article of a number word ("فنادق الخمس نجوم").
GRADE_BEFORE_RE = re.compile(r"(?<!\w)(\w+)(?:[^\S\n]+(\w+)[^\S\n]*(?:او[^\S\n]+|و))?[^\S\n]*[«\"(:]?[^\S\n]*(?:ال)?$")
PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _grade(text: str, quantity: Quantity) -> bool:
    """``فندق 5 نجوم``، ``فنادق الخمس نجوم``، ``بمواصفات 4 و5 نجوم``: stars after a word of what they
    grade (a hotel, a class, a rating; ``grade_words.tsv``) are a grade, no count; stars counted
    otherwise ("التعاقد مع ثلاثة نجوم جدد") stay counts."""
    noun = quantity.noun_text
    if not noun:
        return False
    words = lexicon.grade_words()
    if noun.split()[0] not in words["noun"]:
        return False
    before = GRADE_BEFORE_RE.search(text, max(0, quantity.number_start - 40), quantity.number_start)
    if before is None:
        return False
    word, joined = before.group(1), before.group(2)
    if joined is not None and not (joined.isdigit() or joined in lexicon.number_words()):
        return False  # (a word joined by و is no figure: "فندق الريتز و5 نجوم" is not read here)
    heads = words["before"]
    return _listed_after_proclitic(word, heads, PROCLITICS)


# A verb's proclitics: those of a noun and the future's س after them (وسيدفع، فستنفق، سيضخ).
VERB_PROCLITICS = PROCLITICS + ("وس", "فس", "س")


def _listed_after_proclitic(word: str, listed: frozenset[str], proclitics: tuple[str, ...], min_stem: int = 1) -> bool:
    """Whether ``word`` is in ``listed`` as written or after one of ``proclitics`` (ولإنفاق، بمواصفات),
    the stem left at least ``min_stem`` letters long."""
    return word in listed or any(
        word.startswith(p) and len(word) - len(p) >= min_stem and word[len(p):] in listed for p in proclitics)


CHANGE_WORD_BEFORE_RE = re.compile(r"(?<!\w)(?P<word>\w+)(?:\s+(?:منها|الي))?\s+$")


def _figure_of_change(text: str, quantity: Quantity) -> bool:
    """``مرتفعا 13.41``، ``ارتفعت منها 82، انخفضت 57``، ``ارتفع إلى 125.66``: a figure right after a
    word of change (``change_words.tsv``) is what rose or fell, or the level it reached; the gold
    counts it though it names no noun (4 of 4 in dev; stock and price reports)."""
    m = CHANGE_WORD_BEFORE_RE.search(text, max(0, quantity.start - 24), quantity.start)
    return m is not None and is_change_word(m.group("word"), before_figure=True)


# "البالغ عددهم 68"، "كان عددهم 485"، "وصل عددها إلى 33": عدد (a word of count_subjects.tsv) with a
# pronoun of the group named before it, then the figure (after إلى or an opening quote).
COUNT_OF_THEM_RE = re.compile(r"(?<!\w)[وف]?(?P<word>\w+)[^\S\n]+(?:الي[^\S\n]+)?[\"«(]?[^\S\n]*$")


def _count_of_them(text: str, quantity: Quantity) -> bool:
    """``المتهمين البالغ عددهم 68``: a bare figure right after عدد/حصيلة with the pronoun of a
    group named before it counts that group, though no noun follows it (the gold: 2 of 2 dev uses)."""
    m = COUNT_OF_THEM_RE.search(text, max(0, quantity.start - 20), quantity.start)
    return m is not None and m.group("word") in lexicon.count_subjects_of_them()


ONLY_AFTER_FIGURE_RE = re.compile(r"[^\S\n]*فقط(?!\w)")


def _stressed_by_only(text: str, quantity: Quantity) -> bool:
    """``وتم قبول 38736 فقط``، ``وكان السليم منهم 3 فقط``: فقط right after a bare figure stresses
    how many there are, a count of what the sentence names (the gold: 3 of 3 dev uses; as "هدف
    واحد فقط", quantities.ONLY_AFTER_RE). A year so stressed ("في عام 2015 فقط") was dropped before."""
    return ONLY_AFTER_FIGURE_RE.match(text, quantity.end) is not None


PARTS_OF_DAY = lexicon.parts_of_day()


def _clock(quantity: Quantity) -> bool:
    """``إلى 9 مساء``: a number followed by a part of the day is a clock time (the end of a range)."""
    if not quantity.digits_only:
        return False
    word = lexicon.match_form(quantity.noun_text.split()[0]) if quantity.noun_text else ""
    return word in PARTS_OF_DAY


DURATION_NOUNS = lexicon.duration_nouns()


def _duration(text: str, quantity: Quantity) -> bool:
    """``لمدة موسم واحد``، ``عقب 16 موسما``، ``موسمين``، ``خلال “١٥” يوما``: a count of seasons or
    units of time is a span of time; not a count of thousands ("67.9 مليوناً عاماً بعد عام") nor of
    light years ("على بعد 600 سنة ضوئية": a distance, which the time stage leaves too)."""
    if max(quantity.value or 0, quantity.min or 0, quantity.max or 0) >= 1000:
        return _age_in_years(text, quantity)
    if quantity.noun_end is not None and lexicon.LIGHT_YEAR_AFTER_RE.match(text, quantity.noun_end):
        return False
    if quantity.noun_lemma is not None:
        return lexicon.match_form(quantity.noun_lemma) in DURATION_NOUNS
    if not quantity.noun_text or quantity.noun_text.startswith("ال"):
        return False  # (المواسم الثلاثة الأولى: a definite number names which seasons)
    return quantity.noun_text.split()[0].lstrip("وفبل") in DURATION_NOUNS


@lru_cache(maxsize=1)
def _years_after_re() -> re.Pattern[str]:
    """A unit of years right after a figure, no year after it in digits or words ("عام 2014"، "عام ألفين
    وثلاثة عشر") nor بعد (see age_nouns.tsv)."""
    years = alternation(lexicon.age_nouns())
    numbers = alternation(lexicon.number_words())
    return re.compile(rf"[^\S\n]+(?:{years})(?!\w)(?![^\S\n]*(?:\d|بعد(?!\w)|(?:{numbers})(?!\w)))")


def _age_in_years(text: str, quantity: Quantity) -> bool:
    """``قبل 125 مليون سنة``، ``بنحو 1.5 مليار عام``: thousands or millions of years are an age or a span
    of time, no count (``age_nouns.tsv``: 10 figures in 8 articles of days 0:4, none counted by the
    gold's dev articles; "124 مليون عام 2014" and "عاماً بعد عام" stay)."""
    return not quantity.digits_only and _years_after_re().match(text, quantity.number_end) is not None


SOME_RE = re.compile(r"[وفبل]?بضع")


def _several(text: str, quantity: Quantity) -> bool:
    """``عدة دول``: a vague few the gold leaves out (2 of 42 dev uses annotated); not ``بضع صفحات``،
    ``بضعة كيلومترات`` (5 of the 5 dev uses outside times annotated, 3–9)."""
    if not (quantity.approximate and quantity.min == 3 and quantity.max == 9):
        return False
    # (the noun must follow the word: "بضع عشرات من النشطاء" is one count of 10–99, its partitive shared)
    return SOME_RE.match(text, quantity.number_start) is None or quantity.end <= quantity.number_end


def _noun(text: str, noun_span: tuple[int, int] | None, quantity: Quantity) -> str | None:
    """The counted noun: the dual's lemma, else the noun's text (``noun_span``: its original span)."""
    if quantity.noun_lemma:
        return quantity.noun_lemma
    if noun_span is None:
        return None
    return text[noun_span[0] : noun_span[1]]


def classify(text: str, quantity: Quantity) -> str:
    """The fact type of a quantity in the matching-form ``text``."""
    kind = _classify(text, quantity)
    if kind == "injured" and _counts_infections(text, quantity):
        return "other"
    return kind


INFECTION_REACH = 80  # characters either side of the count where a disease makes its cases infections


@lru_cache(maxsize=1)
def _disease_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وف]?[بل]?(?:ال)?(?:{alternation(lexicon.disease_words())})(?!\w)")


def _counts_infections(text: str, quantity: Quantity) -> bool:
    """``المصابين بالفيروس … نحو 203 رجال``، ``400 ألف حالة إصابة بسرطان الرحم``، ``إصابة آلاف الأطفال
    … بأمراض``: cases of a disease named in the clause of the count (``disease_words.tsv``) are
    infections, not injuries; the gold types them other (5 of the 6 dev counts)."""
    lo = max(0, quantity.start - INFECTION_REACH)
    hi = min(len(text), quantity.end + INFECTION_REACH)
    for end in CLAUSE_BREAK_RE.finditer(text, lo, quantity.start):
        lo = end.end()
    stop = CLAUSE_BREAK_RE.search(text, quantity.end, hi)
    return _disease_re().search(text, lo, stop.start() if stop else hi) is not None


def _classify(text: str, quantity: Quantity) -> str:
    if quantity.kind in ("money", "percent"):
        return quantity.kind
    if _counts_times(quantity) or _counts_hits(quantity):
        return "other"  # قتلت مرتين، أصيب أربع مرات، أصيب بأربع طلقات: how often or how, not how many victims
    if quantity.noun_start is None and 0 < (quantity.value or quantity.min or quantity.max or 1) < 1:
        return "other"  # خطر الإصابة … بمقدار النصف: a share with no noun counts no victims
    noun_type = _noun_type(quantity)
    before, distance = _trigger_before(text, quantity.start)
    if before is not None and before.type == "injured":
        before = _death_before_injury(text, quantity.start) or before
    if before is not None and _governs_earlier_count(text, quantity, distance):
        before = None  # أصيب 10 أشخاص في ثلاث حوادث: the trigger governs the first count only
    if before is not None and _cases_after_cases(text, quantity, distance):
        before = None  # 471 حالة وفاة، إضافة إلى 9 حالات تتلقى العلاج: other cases
    verb = _object_of_verb(text, quantity)
    if verb is not None:
        return verb  # وقتلوا خمسة أشخاص: "they killed", the count its object
    lost = _lost_count(text, quantity)
    if lost is not None:
        return lost  # وفقد 15 آخرون: "and were lost", the count its subject
    exposed = _exposed_count(text, quantity)
    if exposed is not None:
        return exposed  # وتعرض أربعة آخرون لإصابات: the harm after the count, not a death word before
    if _frees_hostages(before, distance, noun_type):
        return "released"  # حرر الجيش 30 رهينة: a weak trigger of freeing makes the hostages released
    if before is not None and before.strong and distance <= NEAR_WORDS and not (noun_type and _coordinated(text, quantity)):
        return before.type  # (وفيات 4 وأكثر من 40 إصابة: the second count has its own noun)
    if noun_type:
        return noun_type
    partitive = _partitive_type(text, quantity.end)
    if partitive:
        return partitive  # "ثماني حالات من المصابين": the noun after من says what was counted
    after = _trigger_after(text, quantity.end)
    if after is not None:
        return after.type
    if before is not None and _counts_people(quantity) and (distance <= NEAR_WORDS or before.strong or (
            distance <= WEAK_WORDS and _names_people(quantity))):
        return before.type  # weak triggers (تحرير، ضبط) and far ones govern only counts of people
    if _counts_people(quantity):
        return _subject_type(text, quantity.start) or "other"
    if _cases_among_the_injured(text, quantity):
        return "injured"  # ومن بين المصابين … 39 حالة، وحالتان نقلتا: cases of a crash's injured
    return "other"


CASES_REACH = 400  # characters back from the count where the sentence before it may start


def _cases_among_the_injured(text: str, quantity: Quantity) -> bool:
    """``بلغ عدد المصابين 50 حالة … في حين تتلقى 39 حالة العلاج، وهناك حالتان تم نقلهما``: a count of
    cases (حالة، حالات، حالتان) with no typed complement, in a sentence that, or whose sentence
    before, names the injured people (المصابين، الجرحى: :func:`_injured_re`)
    counts injured people; cases of a disease (``disease_words.tsv`` anywhere in the article:
    "المصابين بالفيروس … 1054 حالة") and cases with no injured near (a clinic's 393 حالة) stay other."""
    if not _noun_among_cases(quantity) or _typed_word_after(text, quantity.end):
        return False  # (إضافة إلى حالتي وفاة: the word after is the complement)
    start = _sentence_start(text, max(0, quantity.start - CASES_REACH), quantity.start)
    lo = _sentence_start(text, max(0, start - CASES_REACH), max(0, start - 1)) if start > 0 else 0
    end = SENTENCE_END.search(text, quantity.end)
    hi = end.start() if end else len(text)
    # a disease anywhere in the article: its cases are infections (the virus is often named only
    # in the lead: "يصل عدد حالات الإصابة المسجلة … إلى 1059 حالة")
    return _injured_re().search(text, lo, hi) is not None and _disease_re().search(text) is None


def _typed_word_after(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a typed noun or a trigger (حالتي وفاة، حالات اختناق)."""
    m = NEXT_WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return bare in lexicon.fact_nouns() or word in lexicon.fact_triggers()


def _noun_among_cases(quantity: Quantity) -> bool:
    """Whether the counted noun is حالة alone (its lemma or its one word, الحالات and حالتان too)."""
    if quantity.noun_lemma is not None:
        return lexicon.match_form(quantity.noun_lemma) in CASE_WORDS
    words = quantity.noun_text.split() if quantity.noun_text else []
    return len(words) == 1 and words[0].removeprefix("ال") in CASE_WORDS | CASE_DUALS


@lru_cache(maxsize=1)
def _injured_re() -> re.Pattern[str]:
    """The injured people of ``fact_nouns.tsv`` (جريح، جرحى، مصاب، مصابين; matching forms), with
    proclitics and the article; not the verbal nouns إصابة، إصابات (triggers before a count), which
    also name the injuries of a hospital's or a report's list ("حالات اختطاف واعتداء وإصابات")."""
    triggers = lexicon.fact_triggers()
    nouns = [noun for noun, kind in lexicon.fact_nouns().items()
             if kind == "injured" and not (noun in triggers and triggers[noun].where == "before")]
    return re.compile(rf"(?<!\w)[وف]?[بل]?(?:ال)?(?:{alternation(nouns)})(?!\w)")


def _counts_times(quantity: Quantity) -> bool:
    """Whether the count counts times (مرتين، عدة مرات), not people or things."""
    return _noun_among(quantity, lexicon.repetition_nouns())


def _counts_hits(quantity: Quantity) -> bool:
    """Whether the count counts what hit the victims (طلقات، طعنات، قذائف), not the victims (lead47d)."""
    return _noun_among(quantity, lexicon.hit_nouns())


def _noun_among(quantity: Quantity, nouns: frozenset[str]) -> bool:
    """Whether the counted noun (its lemma, else its first word) is one of ``nouns`` (matching forms)."""
    if quantity.noun_lemma is not None:
        return lexicon.match_form(quantity.noun_lemma) in nouns
    return bool(quantity.noun_text) and quantity.noun_text.split()[0] in nouns


NEXT_WORD_AFTER_RE = re.compile(r"[^\S\n]*(\w+)")
FREQUENCY_WORDS = lexicon.frequency_words()


def _frequency(text: str, quantity: Quantity) -> bool:
    """``مرتين سنويا``، ``مرتين أسبوعيا``، ``خمس مرات يوميا``: a count of times right before an
    adverb of frequency (``frequency_words.tsv``) is a rate, a set of times, no fact; "لقب الدوري
    مرتين" and "خمس إلى سبع مرات في الشهر" stay counts."""
    if not _counts_times(quantity):
        return False
    m = NEXT_WORD_AFTER_RE.match(text, quantity.noun_end if quantity.noun_end is not None else quantity.end)
    return m is not None and m.group(1) in FREQUENCY_WORDS


SINGLE_NEGATION_WORDS = 6  # words before "X واحد(ة)" where a negation makes it "not a single X"


def _not_a_single(text: str, quantity: Quantity) -> bool:
    """``لم يشاهدوا حلقة واحدة``، ``فلم يأخذ الرجل ثانية واحدة``، ``وليست صورة واحدة``: one,
    after the noun it counts, with a negation of ``single_negations.tsv`` at most six words before
    that noun in its clause, is "not a single X", emphasis, no count (the dev gold: 3 of 3
    articles; six since session 52, for a subject between: ``لم يتحرك الاتحاد السعودي خطوة
    واحدة``); an exception word nearer keeps the count (``لم يلتق والده إلا مرة واحدة``: once), and
    so does "فقط" after it. "Without" (دون، بدون) negates only a clause (``دون أن``) or the noun
    right after it: elsewhere it is "below" or governs another noun (``دون ألقاب في سطر واحد``)."""
    if quantity.value != 1 or quantity.noun_start is None or quantity.noun_start >= quantity.number_start:
        return False
    starts, words = word_columns(text)
    at = bisect_right(starts, quantity.noun_start) - 1  # the word holding the noun ("فرصة" when "رصة" was cut)
    if words[bisect_left(starts, quantity.end) : bisect_left(starts, quantity.end) + 1] == ["فقط"]:
        return False  # "X واحد فقط": "only one", a count the sentence insists on
    roles = lexicon.single_negations()
    for i in range(at - 1, max(-1, at - 1 - SINGLE_NEGATION_WORDS), -1):
        if CLAUSE_BREAK_RE.search(text, starts[i] + len(words[i]), quantity.noun_start):
            return False  # (a comma or a stop between: the negation is another clause's)
        word = words[i]
        role = roles.get(word) or (roles.get(word[1:]) if word[:1] in "وف" else None)
        if role == "without":  # دون أن يتقدموا خطوة واحدة، دون تفجير واحد; not "دون سن الـ18 وامرأة واحدة"
            return i + 1 == at or words[i + 1] in WITHOUT_CLAUSE_WORDS
        if role is not None:
            return role == "negation"
    return False


WITHOUT_CLAUSE_WORDS = frozenset({"أن", "ان"})  # "دون أن": without doing; "دون" alone may be "below"


def _frees_hostages(before: lexicon.Trigger | None, distance: int, noun_type: str | None) -> bool:
    """A near trigger of freeing (تحرير، حرر: weak, as they also free towns and prices) before a count
    of hostages: the freed hostages are the released type, which the noun alone cannot say."""
    return before is not None and before.type == "released" and noun_type == "hostages" and distance <= NEAR_WORDS


SUBJECT_WORDS = 16  # how far back "عدد …" may stand from the count it is the subject of


def _subject_type(text: str, start: int) -> str | None:
    """``ارتفع عدد المعتقلين منذ بداية الاحتجاجات إلى 300 شخص``: the type of the first typed word
    after the sentence's "عدد"/"حصيلة" before ``start``, when no other number stands between."""
    lo = max(0, start - 160)
    if not _may_name_a_subject(text, lo, start):
        return None  # (4 counts in 5: no sentence start, no word list)
    lo = _sentence_start(text, lo, start)
    words = WORD_RE.findall(text, lo, start)[-SUBJECT_WORDS:]
    subjects = lexicon.count_subjects()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].removeprefix("و") in subjects), None)
    if at is None or words[at + 1 : at + 2] == ["من"] or any(_is_number_word(w) for w in words[at + 1 :]):
        return None  # "عدد من" is "some", not the count itself
    nouns, triggers = lexicon.fact_nouns(), lexicon.fact_triggers()
    for word in words[at + 1 :]:
        bare = _without_possessive(word[2:] if word.startswith("ال") and len(word) > 4 else word)
        kind = nouns.get(bare) or (triggers[word].type if word in triggers else None)
        if kind:
            return kind
    return None


@lru_cache(maxsize=1)
def _subject_forms() -> frozenset[str]:
    """The count subjects with and without و: every word ``w`` with ``w.removeprefix("و")`` a
    subject is one of these."""
    subjects = lexicon.count_subjects()
    return subjects | {"و" + word for word in subjects}


def _may_name_a_subject(text: str, lo: int, start: int) -> bool:
    """Whether a word of ``WORD_RE.findall(text, lo, start)`` may be a count subject: one set test
    over the shared words the window holds, and the two it may cut, as ``findall`` cuts them.
    ``False`` holds for every later ``lo`` too (its words are among these), so
    :func:`_subject_type` then needs neither the sentence start nor the word list."""
    forms = _subject_forms()
    starts, words = word_columns(text)
    first = max(0, bisect_right(starts, lo) - 1)  # the word holding lo, or the first after it
    stop = bisect_left(starts, start)
    if not forms.isdisjoint(words[first:stop]):
        return True
    for i in (first, stop - 1):  # (a word cut at either end is seen in part)
        if first <= i < stop:
            piece = text[max(starts[i], lo) : min(starts[i] + len(words[i]), start)]
            if piece in forms:
                return True
    return False


PEOPLE = lexicon.people_nouns()


def _counts_people(quantity: Quantity) -> bool:
    """Whether the counted noun is people (or unnamed: "مقتل 3 وإصابة 5")."""
    if not quantity.noun_text and not quantity.noun_lemma:
        return True
    word = lexicon.match_form(quantity.noun_lemma) if quantity.noun_lemma else quantity.noun_text.split()[0]
    if word in ("منهم", "منهن", "منهما", "ممن"):
        return True  # ثلاثة منهم، 431 ممن ارتبطوا: the pronoun of people
    bare = _without_possessive(word.removeprefix("ال"))
    # -ين/-ون: sound plurals of people; -يا: accusative nisbas (جنديا تشاديا), not the broken
    # plurals in -ايا (قضايا، هدايا، خلايا)
    return (bare in PEOPLE or (bare.endswith(("ين", "ون")) and len(bare) >= 5)
            or (bare.endswith("يا") and not bare.endswith("ايا") and len(bare) > 4) or _people_of_someone(word))


PRONOUN_SUFFIX_RE = re.compile(r"(?<=\w{3})(?:هما|هم|هن|ها|كم|نا|ه)$")


def _people_of_someone(word: str) -> bool:
    """``ثلاثة من مساعديه``، ``5 من مواطنيها``، ``العشرات من أتباعهم``: a plural of people of
    ``people_nouns.tsv`` with a possessive pronoun, or its sound masculine plural in construct (-ي for
    -ين). After ه, only the construct plural: the matching form writes ة as ه too, and "36428 مخالفة"
    is no "مخالف" of someone's."""
    stem = PRONOUN_SUFFIX_RE.sub("", word)
    if stem == word:
        return False
    construct = stem.endswith("ي") and stem[:-1] + "ين" in PEOPLE
    return construct or (stem in PEOPLE and word[len(stem):] != "ه")


def _names_people(quantity: Quantity) -> bool:
    """Whether the count names the people it counts (شخصين، أربعة أشخاص), not a bare figure or
    a definite number ("البلدات الأربعة") whose noun is unknown."""
    named = quantity.noun_lemma is not None or (quantity.noun_start or 0) > quantity.number_start
    return named and _counts_people(quantity)


POSSESSIVE_RE = re.compile(r"(?<=\w{3})(?:هما|هم|هن|ها|كم|نا)$")


@lru_cache(maxsize=8192)
def _without_possessive(word: str) -> str:
    """``جنودها`` → ``جنود`` (only where what is left is a known word); cached, as nouns recur."""
    bare = POSSESSIVE_RE.sub("", word)
    if bare == word:
        return word
    return bare if bare in PEOPLE or bare in lexicon.fact_nouns() or lexicon.word_counts().get(bare, 0) >= 3 else word


def _noun_type(quantity: Quantity) -> str | None:
    nouns = lexicon.fact_nouns()
    if quantity.noun_lemma:
        return nouns.get(lexicon.match_form(quantity.noun_lemma))
    if not quantity.noun_text:
        return None
    for word in reversed(quantity.noun_text.split()):  # حالات وفاة: the complement decides
        bare = _without_possessive(word[2:] if word.startswith("ال") and len(word) > 4 else word)
        if bare in nouns:
            return nouns[bare]
    return None


PARTITIVE_RE = re.compile(r"\s+من\s+(?:ال)?(\w+)")


def _partitive_type(text: str, end: int) -> str | None:
    """The fact type of the noun right after "من" that follows the counted noun, if it has one."""
    m = PARTITIVE_RE.match(text, end)
    if m is None:
        return None
    return lexicon.fact_nouns().get(_without_possessive(m.group(1)))


COORDINATION_RE = re.compile(r"(?<!\w)و")


def _coordinated(text: str, quantity: Quantity) -> bool:
    """Whether a conjunction stands right before the count (وأكثر من 40، و14)."""
    before = text[max(0, quantity.start - 3) : quantity.start]
    return bool(COORDINATION_RE.search(before)) or text[quantity.start : quantity.start + 1] == "و"


OBJECT_VERBS = lexicon.object_verbs()


def _object_of_verb(text: str, quantity: Quantity) -> str | None:
    """The type a plural verb gives the count right after it, its object (وقتلوا خمسة أشخاص،
    فأصابوا ستة آخرين): not across a word (قتلوا في هجومين is where), nor a count of a clause
    of its own (11 شخصا قتلوا و32 أصيبوا). One lookup on the shared word list."""
    if text[quantity.start] in "وف":
        return None
    starts, words = word_columns(text)
    i = bisect_left(starts, quantity.start) - 1
    if i < 0 or text[starts[i] + len(words[i]) : quantity.start].strip():
        return None
    word = words[i]
    if word[:1] == "و" and i > 0 and _before_trigger(words[i - 1]):
        return None  # تم قتل وأسر العشرات: the pair is typed by its first word, as مصرع وإصابة
    return OBJECT_VERBS.get(word) or (OBJECT_VERBS.get(word[1:]) if word[:1] in "وف" else None)


LOST_VERBS = lexicon.lost_verbs()
LOST_REACH = 8  # characters before a count where its lost verb ("وفقد ") ends


def _lost_count(text: str, quantity: Quantity) -> str | None:
    """``وفقد 15 آخرون``، ``وفقد أربعة آخرون جراء الإعصار``: a count of people right after "and were
    lost" (``lost_verbs.tsv``) is missing; one that lost their lives (``وفقد 52 شخصا أرواحهم``,
    ``life_nouns.tsv``) is killed, and one that lost something else of theirs (وظائفهم، منازلهم) is
    left to the other rules. Lost sums, shares and kilograms count no people."""
    if "فقد" not in text[max(0, quantity.start - LOST_REACH) : quantity.start]:
        return None  # (cheap first: almost no count follows a lost verb)
    if text[quantity.start] in "وف" or not _counts_people(quantity):
        return None
    starts, words = word_columns(text)
    i = bisect_left(starts, quantity.start) - 1
    if i < 0 or words[i] not in LOST_VERBS or text[starts[i] + len(words[i]) : quantity.start].strip():
        return None
    after = NEXT_WORD_AFTER_RE.match(text, quantity.end)  # (the same clause: no comma or stop between)
    word = after.group(1) if after else ""
    if word in lexicon.life_nouns():
        return "killed"
    return None if POSSESSIVE_RE.search(word) else "missing"


EXPOSURE_VERBS = lexicon.exposure_verbs()
HARM_WORDS = 5  # words between the count and the harm it was exposed to ("من رجال حرس الحدود")
HARM_RE = re.compile(r"(?:لل|ل)(\w+)")


def _exposed_count(text: str, quantity: Quantity) -> str | None:
    """``وتعرض أربعة آخرون لإصابات متفرقة``، ``كما تعرض سبعة من رجال حرس الحدود للإصابة``: a count of
    people right after "was exposed to" (``exposure_verbs.tsv``), its subject, takes the type of the
    harm named with ل a few words after it in its clause (إصابة: injured; ``fact_triggers.tsv`` or
    ``fact_nouns.tsv``); one exposed to nothing typed ("لحادث"، "للخطر") is left to the other rules."""
    if not _counts_people(quantity):
        return None
    starts, words = word_columns(text)
    i = bisect_left(starts, quantity.start) - 1
    at = quantity.start
    if i > 0 and words[i].isdigit() and text[starts[i] - 1 : starts[i]] == "(":
        i, at = i - 1, starts[i]  # "تعرض (7) سبعة": the figure in digits before the one in words
    if i < 0 or text[starts[i] + len(words[i]) : at].strip(" ()") or text[quantity.start] in "وف":
        return None
    verb = words[i]
    if verb not in EXPOSURE_VERBS and not (verb[:1] in "وف" and verb[1:] in EXPOSURE_VERBS):
        return None
    stop = CLAUSE_BREAK_RE.search(text, quantity.end)
    j = bisect_left(starts, quantity.end)
    for word in words[j : j + HARM_WORDS]:
        if stop is not None and starts[j] >= stop.start():
            return None
        m = HARM_RE.fullmatch(word)
        if m is not None:
            return _harm_type(m.group(1))
        j += 1
    return None


def _harm_type(word: str) -> str | None:
    """The fact type of a harm word after ل (إصابات، الإصابة، الاعتقال), if it has one."""
    for form in (word, word[2:] if word.startswith("ال") else None):
        if not form:
            continue
        trigger = lexicon.fact_triggers().get(form)
        kind = trigger.type if trigger is not None else lexicon.fact_nouns().get(form)
        if kind in PEOPLE_TYPES:
            return kind
    return None


def _before_trigger(word: str) -> bool:
    trigger = lexicon.fact_triggers().get(word)
    return trigger is not None and trigger.where == "before"


def _sentence_start(text: str, lo: int, start: int) -> int:
    """Where the sentence holding ``start`` begins, looking back no further than ``lo``."""
    through = THROUGH_LAST_SENTENCE_END.match(text, lo, start)
    return lo if through is None else through.end()


def _trigger_before(text: str, start: int) -> tuple[lexicon.Trigger | None, int]:
    """The nearest governing phrase before ``start`` in its sentence, and how many words away."""
    lo = max(0, start - 90)
    tries = _trigger_tries(text, lo, start)
    if tries == []:
        # No trigger can open in the 90 characters before the count (7 counts in 10), so none in
        # the part of them in its sentence either (same end, later start): no sentence start needed.
        return None, 0
    lo = _sentence_start(text, lo, start)
    found = None
    for m in _trigger_matches(text, lo, start, _tries_within(text, tries, lo, start)):
        trigger = lexicon.fact_triggers()[" ".join(m.group("t").split())]
        if trigger.where == "before" and (text[m.start()] in "وف" or not _counted(text, m.start())):
            found = None if _names_a_penalty(m.group()) else (trigger, m.end())
    if found is None:
        return None, 0
    # words between (WORD_RE.findall's count: the match ends where no word character follows)
    starts = word_columns(text)[0]
    distance = bisect_left(starts, start) - bisect_left(starts, found[1])
    if distance > FAR_WORDS:
        return None, 0
    return found[0], distance


def _names_a_penalty(match: str) -> bool:
    """``أحكاما بالإعدام على خمسة``: a trigger written as a sentence pronounced (``penalty_forms.tsv``)
    governs the count after it, which it leaves untyped: the sentenced are alive."""
    form = match[1:] if match[:1] in "وف" else match
    return form in lexicon.penalty_forms()


def _death_before_injury(text: str, start: int) -> lexicon.Trigger | None:
    """``مصرع وإصابة عشرات المتمردين``: when the injury word nearest the count follows a death word
    and و, the death word (the gold types the pair by its first); asked only when the nearest
    governing word is an injury word, so a second scan of the window is rare."""
    lo = _sentence_start(text, max(0, start - 90), start)
    previous: tuple[lexicon.Trigger, int] | None = None
    death = None
    for m in _trigger_matches(text, lo, start):
        trigger = lexicon.fact_triggers()[" ".join(m.group("t").split())]
        if trigger.where != "before" or not (text[m.start()] in "وف" or not _counted(text, m.start())):
            continue
        joined = previous is not None and text[m.start()] == "و" and not text[previous[1] : m.start()].strip()
        death = previous[0] if joined and previous[0].type == "killed" and trigger.type == "injured" else None
        previous = (trigger, m.end())
    return death


PARTITIVE_BEFORE = re.compile(r"(?:بينهم|منهم|بينهن|منهن|بينها|منها|اضافه الي|بالاضافه الي|فضلا عن)\W*$")
PARTITIVE_AFTER = re.compile(r"\W*(?:منهم|منهن|منهما|منها)(?!\w)")


def _governs_earlier_count(text: str, quantity: Quantity, distance: int) -> bool:
    """Whether another number stands between the trigger and this count, which is neither
    coordinated with it (مقتل 3 أطفال و4 نساء) nor a part of it (مقتل 5 بينهم 3 أطفال)."""
    if distance == 0 or _coordinated(text, quantity):
        return False
    if PARTITIVE_BEFORE.search(text, max(0, quantity.start - 16), quantity.start):
        return False  # مقتل 5 بينهم 3 أطفال، استشهاد عشرة إضافة إلى ثلاثة
    if PARTITIVE_AFTER.match(text, quantity.number_end):
        return False  # وإصابة تسعة آخرين، ثلاثة منهم
    words = [m.group() for m in WORD_RE.finditer(text, max(0, quantity.start - 80), quantity.start)][-distance:]
    return any(_is_number_word(w) for w in words)


def _is_number_word(word: str) -> bool:
    if not word.isalpha() and any(c.isdigit() for c in word):  # (a letter is never a digit: most words skip the scan)
        return True
    word = word.removeprefix("و")
    words = lexicon.number_words()
    return word in words or word.removeprefix("ال") in words


LAST_WORD_RE = re.compile(r"(\w+)\W*$")
CASE_WORDS = frozenset({"حاله", "حالات"})  # (matching form)
CASE_DUALS = frozenset({"حالتان", "حالتين"})


def _cases_after_cases(text: str, quantity: Quantity, distance: int) -> bool:
    """``467 حالة وفاة إضافة إلى سبع حالات تتلقى العلاج``، ``4 حالات وفاة، و3 حالات حرجة``: a count
    of cases after a count of cases of death (or injury), whose complement is the trigger, counts
    other cases: the trigger types the first count only. (A breakdown of the first count names
    people, "4 حالات وفاة لثلاثة مواطنين ووافد", and keeps its type.)"""
    if not quantity.noun_text or quantity.noun_text.split()[0] not in CASE_WORDS:
        return False
    starts, words = word_columns(text)
    trigger_at = bisect_left(starts, quantity.start) - distance - 1  # (a one-word trigger: وفاة، إصابة)
    if trigger_at < 2 or words[trigger_at] not in lexicon.fact_triggers():
        return False  # (وفاة ثمان حالات وإصابة 133 حالة: a trigger of its own, after و, governs)
    return words[trigger_at - 1] in CASE_WORDS and _is_number_word(words[trigger_at - 2])


def _counted(text: str, start: int) -> bool:
    """Whether a number stands right before ``start``: the word is then a counted noun
    (ثلاث إصابات وتم إرسال ثلاث فرق: إصابات governs nothing after it).

    The word is the last one of the shared word list that starts before ``start`` (cut at the
    30 characters before it): what ``LAST_WORD_RE.search(text, start - 30, start)`` finds when
    ``start`` is no word character's neighbour (a trigger's start), without the regex's try at
    every position of the window; else the regex itself."""
    lo = max(0, start - 30)
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):  # (\w: see matching.py)
        m = LAST_WORD_RE.search(text, lo, start)  # (not asked by the classifier: a trigger starts a word)
        return (
            m is not None
            and not text[m.end(1) : start].strip()
            and _is_number_word(m.group(1))
            and not _a_year(text, m.start(1), m.group(1))
        )
    starts, words = word_columns(text)
    i = bisect_left(starts, start) - 1
    if i < 0:
        return False
    word_start, word_end = starts[i], starts[i] + len(words[i])
    if word_end <= lo or text[word_end:start].strip():
        return False
    word = text[max(lo, word_start) : word_end]
    return _is_number_word(word) and not _a_year(text, word_start, word)


YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")
GLUED_ERA_RE = re.compile(r"\d{4}[هم]")  # (matching form: ١٤٣٦هـ is 1436ه)


def _a_year(text: str, word_start: int, word: str) -> bool:
    """``في عام 2014 أعدمت 289 شخصا``، ``خلال 1436هـ قتل``: a year right before a verb counts no
    noun; the verb is a trigger (the gold types the count after it), not a counted word. A year:
    19xx/20xx after a word of years (عام، العام، لعام، سنة), or four digits with an era letter glued."""
    word = word.removeprefix("و")
    if GLUED_ERA_RE.fullmatch(word):
        return True
    if not YEAR_DIGITS_RE.fullmatch(word):
        return False
    before = PREVIOUS_WORD_RE.search(text, max(0, word_start - 16), word_start)
    return before is not None and before.group("word").removeprefix("ال") in YEAR_WORDS


@lru_cache(maxsize=1)
def _trigger_first_words() -> frozenset[str] | None:
    """Every word a match of ``_trigger_re`` can start with: each trigger's first run of word
    characters, with every proclitic string the regex allows before it (``None`` if some trigger
    does not start with a word character: no prefilter then)."""
    firsts = set()
    for phrase in lexicon.fact_triggers():
        first = WORD_RE.match(phrase)
        if first is None or first.start() != 0:
            return None
        firsts.add(first.group())
    conjunctions, prepositions, articles = ("", "و", "ف"), ("", "ب", "ل", "ك", "لل"), ("", "ال")
    return frozenset(c + p + a + word for word in firsts for c in conjunctions for p in prepositions for a in articles)


def _trigger_matches(text: str, start: int, end: int, tries: list[int] | None = None) -> list[re.Match[str]]:
    """``list(_trigger_re().finditer(text, start, end))``, with the regex tried only where it can
    match instead of at every character of the window: a match starts where a word starts
    (``(?<!\\w)`` sees the text before ``start`` too), and that word is one of
    :func:`_trigger_first_words`; for a word that ``end`` cuts, its part before ``end`` is
    (``(?!\\w)`` holds at ``end``, and the phrase cannot go on past it). Those words are found by
    two bisections and a set test per word on the shared word list, at C speed; they are tried
    in order, and a match's words passed over, as ``finditer`` goes on from the end of a match.
    ``tries``: the window's tries when the caller has them (see :func:`_tries_within`)."""
    if tries is None:
        tries = _trigger_tries(text, start, end)
    if tries is None:
        return list(_trigger_re().finditer(text, start, end))
    if not tries:
        return []
    starts = word_columns(text)[0]
    match = _trigger_re().match
    found = []
    reach = start
    for i in tries:
        at = starts[i]
        if at >= reach:
            m = match(text, at, end)
            if m is not None:
                found.append(m)
                reach = m.end()
    return found


def _trigger_tries(text: str, start: int, end: int) -> list[int] | None:
    """The indices of the shared words where :func:`_trigger_matches` tries the regex in the
    window ``start``…``end``, in order (``None``: no prefilter, every position is tried). The
    list of a window holds that of every window with the same end that starts later, so an
    empty list for a wide window means no match in any part of it that ends at ``end``."""
    firsts = _trigger_first_words()
    if firsts is None:
        return None
    starts, words = word_columns(text)
    first = bisect_left(starts, start)
    stop = bisect_left(starts, end)
    last = stop - 1
    cut_opens = False
    if last >= first and starts[last] + len(words[last]) > end:  # a word cut by the window's end
        cut_opens = text[starts[last] : end] in firsts
        stop = last
    window = words[first:stop]
    if firsts.isdisjoint(window) and not cut_opens:
        return []  # (most windows: one set test per word, no list built)
    tries = list(compress(range(first, stop), map(firsts.__contains__, window)))
    if cut_opens:
        tries.append(last)
    return tries


def _tries_within(text: str, tries: list[int] | None, start: int, end: int) -> list[int] | None:
    """The tries of the window ``start``…``end`` from ``tries``, those of a wider window found
    first: the same list :func:`_trigger_tries` makes, without its bisections and set tests again,
    when the narrower window cuts no word the wider one holds whole. So for the two narrowings the
    triggers' windows make: a later start just past a sentence mark (a word starts at or after it),
    an earlier end at one (the word the wider window's end cut starts past the mark)."""
    if not tries:
        return tries
    starts = word_columns(text)[0]
    return tries[bisect_left(tries, start, key=starts.__getitem__) : bisect_left(tries, end, key=starts.__getitem__)]


NEAR_AFTER_WORDS = 4  # words between the counted noun and a governing word after it (5 أشخاص قتلوا، 3 جرحى)
# a plural verb after the count (قتلوا، أصيبوا، لقوا حتفهم) may stand further, its subject's
# adjectives and a partitive between ("نحو 390 مقاتلا كرديا من حزب العمال الكردستاني قتلوا"، "ستة
# حوثيين بينهم القيادي أبو عقيل قتلوا"); the nouns (القتلى، المفقودين) may not: they start clauses
AFTER_WORDS = 6
AFTER_REACH = 70  # characters
# a clause of its own between the count and the verb has its own subject: "قال ثلاثة شهود لرويترز إن
# أكثر من 27 شخصا قتلوا"، "وجندي أفغاني واحد، مضيفا أن 38 شخصا آخرين أصيبوا" (matching forms)
CLAUSE_OPENERS = frozenset({"ان", "بان", "وان", "فان", "انه", "بانه", "لان"})


def _plural_verb(phrase: str) -> bool:
    """Whether a trigger after the count opens with a plural verb in -وا (قتلوا، لقوا مصرعهم)."""
    return phrase.split()[0].endswith("وا")


def _trigger_after(text: str, end: int) -> lexicon.Trigger | None:
    """``5 أشخاص قتلوا``: a verb right after the counted noun."""
    window_end = min(len(text), end + AFTER_REACH)
    tries = _trigger_tries(text, end, window_end)
    if tries == []:
        # No trigger opens in the AFTER_REACH characters (9 counts in 10), so none before the sentence end
        # either: that window has the same start, and ends at a mark, cutting no word.
        return None
    m = SENTENCE_END.search(text, end, window_end)
    if m:
        window_end = m.start()
    for m in _trigger_matches(text, end, window_end, _tries_within(text, tries, end, window_end)):
        trigger = lexicon.fact_triggers()[" ".join(m.group("t").split())]
        if trigger.where != "after":
            continue
        words = WORD_RE.findall(text, end, m.start())
        if len(words) <= NEAR_AFTER_WORDS or (len(words) <= AFTER_WORDS and _plural_verb(m.group("t")) and not CLAUSE_OPENERS.intersection(words)):
            return trigger
    return None


def link_facts(doc: Document, facts: list[dict[str, Any]], sentence_of: Callable[[int], int | None] | None = None) -> None:
    """Fill ``location``, ``time`` and ``quote`` of each fact from what the document holds
    (``sentence_of``: :func:`sentence_finder` of ``doc``, when the caller has it already)."""
    if not facts:
        return
    sentence_of = sentence_of or sentence_finder(doc)
    locations = _by_sentence(_location_mentions(doc) if doc.entities else [])
    times = _by_sentence([(t["start"], t["end"], t["id"], sentence_of(t["start"])) for t in doc.times])
    for fact in facts:
        sentence = fact.get("sentence")
        fact["location"] = _nearest(fact, locations.get(sentence, []))
        fact["time"] = _nearest(fact, times.get(sentence, []))
        fact["quote"] = _quote_of(doc, fact) if doc.quotes else None  # (the numbers stage runs before quotes)


def _by_sentence(spans: list[tuple[int, int, str, int | None]]) -> dict[int, list[tuple[int, int, str, int | None]]]:
    """Spans grouped by their sentence (in their order; those in no sentence left out)."""
    grouped: dict[int, list[tuple[int, int, str, int | None]]] = {}
    for span in spans:
        if span[3] is not None:
            grouped.setdefault(span[3], []).append(span)
    return grouped


def _location_mentions(doc: Document) -> list[tuple[int, int, str, int | None]]:
    mentions = []
    for entity in doc.entities:
        if entity.get("type") != "LOC":
            continue
        for mention in entity.get("mentions") or ():
            if mention.get("form", "name") in ("name", None):
                start = mention["start"]
                mentions.append((start, mention["end"], entity["id"], doc.sentence_index(start)))
    return mentions


def _nearest(fact: dict[str, Any], spans: list[tuple[int, int, str, int | None]]) -> str | None:
    if not spans:
        return None
    if len(spans) == 1:
        return spans[0][2]  # (what min() returns, without the distance)

    def distance(span: tuple[int, int, str, int | None]) -> int:
        start, end = span[0], span[1]
        if end <= fact["start"]:
            return fact["start"] - end
        if start >= fact["end"]:
            return start - fact["end"]
        return 0

    return min(spans, key=distance)[2]


def _quote_of(doc: Document, fact: dict[str, Any]) -> str | None:
    """The innermost quote whose content span holds the fact's number."""
    if not doc.quotes:
        return None  # (the numbers stage runs before the quotes stage)
    holding = [
        q for q in doc.quotes
        if q.get("start") is not None and q["start"] <= fact["start"] and fact["end"] <= q["end"] + 1
    ]
    if not holding:
        holding = [q for q in doc.quotes if q.get("start") is not None and q["start"] <= fact["start"] < q["end"]]
    if not holding:
        return None
    return min(holding, key=lambda q: q["end"] - q["start"]).get("id")
