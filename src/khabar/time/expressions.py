"""Time expressions of Arabic news, found by one precompiled scan and resolved to ISO 8601.

The scan runs on the matching form of the text (alef forms, ى and ة unified,
digits in ASCII; see :func:`khabar.numbers.lexicon.match_form`), with every
lexicon (months of the Egyptian-Gulf, Levantine, Maghrebi and Hijri systems,
weekdays, units, relative words, number words, fixed phrases) folded into
one alternation. What it reads, with ``published`` = 2024-05-06 (a Monday):

- absolute dates: ``27 أكتوبر 2023``، ``3 آذار/مارس``، ``11 سبتمبر (أيلول)``،
  ``2023/10/27``، ``27-10-2023``، ``12 ربيع الثاني 1445 هـ`` (→ 2023-10-27), ``1436/10/25هـ``;
- months and years: ``أكتوبر 2023``، ``شهر رمضان``، ``عام 2015``، ``1436هـ`` (→ H1436),
  ``بين عامي 2010 و2015`` (a range);
- relative days, weeks, months, years: ``اليوم``، ``أمس``، ``أول أمس``، ``غدا``، ``صباح اليوم``،
  ``يوم الأحد`` (→ 2024-05-05), ``الجمعة المقبل``، ``الأسبوع الماضي`` (→ 2024-W18),
  ``الشهر المقبل`` (→ 2024-06), ``في وقت سابق من الشهر الجاري``، ``العام الماضي``;
- parts of years and seasons: ``النصف الأول من العام الحالي`` (→ 2024-H1), ``الربع الثاني من 2023``
  (→ 2023-Q2), ``صيف 1436هـ`` (→ 2015-SU: the summer inside that Hijri year), ``خريف 2008``;
- ranges: ``من 14 يونيو إلى 15 يوليو 2018`` (the first end takes the second's year), ``يومي 20 و21 من
  شوال``، ``بين 3 و5 مارس``، ``يومي الخميس والجمعة``، ``للعام الدراسي 1437/1436هـ`` (→ H1436/H1437),
  ``للعام الدراسي الحالي`` (the school year going on), ``منذ 2006`` (→ 2006/2024-05-06), ``من 8 صباحا
  حتى 3 مساء`` (→ T08:00/T15:00), ``خلال اليومين المقبلين`` (→ 2024-05-07/2024-05-08);
- ago, durations and sets: ``منذ ثلاثة أيام`` (→ 2024-05-03), ``لمدة ساعتين`` (→ PT2H),
  ``خلال الأعوام الخمسة الماضية`` (→ P5Y), ``لمدة شهر`` (→ P1M), ``قبل عام`` (→ 2023),
  ``5 أشهر و27 يوما`` (→ P5M27D), ``ساعة ونصف`` (→ PT1H30M), ``بين 5 و15 عاما`` (bounded: null),
  ``منذ سنوات``، ``كل يوم جمعة``، ``سنويا``، ``الدخل الشهري`` (→ P1M);
- events with their year (``كأس العالم 2018``), periods named by what filled them (``خلال فترة
  حكمه``، ``في عهد المالكي``) and vague references (``في وقت سابق``، ``على الفور``، ``الفترة المقبلة``)
  with a null value;
- days of a sequence and of feasts: ``اليوم الأول`` (null), ``في اليوم التالي`` (the day after the day
  named last), ``لليوم الثاني على التوالي`` (P2D), ``ثالث أيام عيد الفطر`` (1 Shawwal + 2 days),
  ``العشر الأواخر من رمضان`` (21 Ramadan to its last day), ``اليوم الذي…`` ("the day when": null), and
  ``من قبل`` closing a clause ("before": null);
- times of day: ``الساعة العاشرة صباحا`` (→ T10:00: a clock time names no day unless its sentence
  names one beside it: ``في 11:30 مساء، أمس``), ``16:44 ت م`` (a wire stamp in Mecca time:
  2024-05-06T16:44), ``ظهر اليوم`` (→ 2024-05-06T12:00), ``13:19 بتوقيت غرينتش`` (→ T13:19Z);
- expressions read against what the text named before them: ``الفترة نفسها من العام الماضي`` (the
  quarter, half or months last named, a year back), ``مقارنة بالشهر السابق`` (the month before the
  one named), ``قبل عام`` after a quarter, ``حينها``/``في ذلك اليوم`` (the day, month or year last
  named); fiscal quarters (``سنتها المالية``) are left null.

Relative expressions are resolved against the article's own date: the
publication date, unless the article names its weekday (``اليوم الاثنين``،
``غدا الأحد``), which then fixes the date it was written on.

>>> [(t.text, t.type, t.value) for t in find_times("قال يوم الأحد إن الإنتاج يبدأ الشهر المقبل", "2024-05-06")]
[('يوم الأحد', 'date', '2024-05-05'), ('الشهر المقبل', 'month', '2024-06')]
>>> [(t.text, t.value) for t in find_times("حريق في 3 آذار/مارس الماضي", "2024-05-06")]
[('3 آذار/مارس الماضي', '2024-03-03')]
>>> [(t.text, t.value) for t in find_times("وقع الهجوم أمس الأحد", "2024-05-07")]
[('أمس الأحد', '2024-05-05')]
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from re import (
    _constants as re_constants,  # the parsed form of a pattern, to find its first letters
)
from re import _parser as re_parser

from khabar.numbers.lexicon import match_form, number_words
from khabar.numbers.matching import (
    PROCLITIC_STRINGS,
    indices_of,
    unlettered_words,
    word_columns,
)
from khabar.numbers.regex import alternation
from khabar.numbers.words import parse_number
from khabar.text.normalize import Normalized, normalize_with_offsets
from khabar.time import hijri, lexicon, resolve
from khabar.time.dispatch import PAIR_LETTERS, OpeningRuns, Unlisted, letter_run, opening_pairs, opening_runs

S = r"[^\S\n]+"
S0 = r"[^\S\n]*"
BOUNDARY = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك])|(?<=(?<!\w)لل)|(?<=(?<!\w)[وف]لل))"
ERA = r"(?:م|ه|هجريه|ميلاديه|للهجره|للميلاد|الهجري|الميلادي|ميلادي|هجري)(?!\w)"
PART_OF_DAY = (
    rf"(?:(?:في{S})?(?:وقت{S}(?:سابق|لاحق|متاخر)|ساعه{S}(?:متاخره|مبكره)){S}(?:من{S})?)?"
    rf"(?:(?P<{{0}}_part>صباح|مساء|ظهر|عصر|فجر|ليل|ليله|ظهيره|منتصف{S}(?:ليل|ليله|نهار)){S})?"
)
PERIOD_PRE = rf"(?:في{S})?(?:وقت{S}(?:سابق|لاحق)(?:{S}من)?|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|خلال|طوال|اول|اخر)"
APPROXIMATELY = rf"(?:نحو|لنحو|حوالي|قرابه|زهاء|ما{S}يقارب|ما{S}يزيد{S}(?:علي|عن))"
DURATION_PRE = (
    rf"(?:منذ|قبل|لمده|مده|طوال|طيله|خلال|بعد|لفتره|في{S}غضون|علي{S}(?:مدي|مدار|امتداد)|"
    rf"(?:لاكثر|اكثر|لاقل|اقل){S}من|{APPROXIMATELY})"
)
DURATION_REL = (
    r"(?:الماضيه|الماضي|الماضيين|الماضيتين|المقبله|المقبل|المقبلين|المقبلتين|القادمه|القادم|القادمين|القادمتين|"
    r"الاخيره|الاخير|الاخيرين|الاخيرتين|المنصرمه|المنصرم|السابقه|السابق|السابقين)"
)
YEAR_PREP = r"(?:في|منذ|حتي|قبل|بعد|خلال|بحلول|مطلع|نهايه|اواخر|اوائل|منتصف|بدايه)"
MONTH_TAIL = r"(?:المبارك|الكريم|المعظم|الفضيل|الحرام)"
SEASONS = {"الصيف": "SU", "الشتاء": "WI", "الربيع": "SP", "الخريف": "FA"}
BARE_SEASONS = {"صيف": "SU", "شتاء": "WI", "ربيع": "SP", "خريف": "FA"}  # only with a year: صيف 2015
SEASON_MONTH = {"SU": 7, "WI": 1, "SP": 4, "FA": 10}  # a month inside each season, to place a Hijri year
SEASON_START = {"SU": 6, "WI": 12, "SP": 3, "FA": 9}  # the month each season begins in (winter: of its year)
YEAR_PARTS = {"النصف": "H", "الربع": "Q"}  # النصف الأول من العام → 2015-H1, الربع الثاني → 2015-Q2
PARTICLE = r"(?:بين|من|في|علي|الي|عن|مع|حتي|قبل|بعد|منذ|ما|مضت|خلت|فقط|ثم|لا|لم|لن|قد)(?!\w)"
VAGUE_ADJECTIVE = r"(?:عده|قليله|قلائل|عديده|طويله|قصيره|كثيره|معدوده|متتاليه|متواصله|زمنيه)(?!\w)"  # منذ سنوات عدة: a duration


def _age_ordinals() -> dict[str, int]:
    """Ordinals an age is said with (العاشرة، الحادية عشرة، الخامسة والعشرين), feminine as سنة is,
    and masculine: 1 to 99."""
    units = [
        ("الاولي", "الاول", "الحاديه", "الحادي"), ("الثانيه", "الثاني"), ("الثالثه", "الثالث"), ("الرابعه", "الرابع"),
        ("الخامسه", "الخامس"), ("السادسه", "السادس"), ("السابعه", "السابع"), ("الثامنه", "الثامن"), ("التاسعه", "التاسع"),
    ]
    tens = ["العشرين", "الثلاثين", "الاربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين"]
    ordinals = {"العاشره": 10, "العاشر": 10}
    for n, forms in enumerate(units, 1):
        for form in forms:
            if not form.startswith("الحادي"):
                ordinals[form] = n
            if n == 1 and form in ("الاولي", "الاول"):
                continue
            for teen in ("عشره", "عشر"):
                ordinals[f"{form} {teen}"] = 10 + n
            for t, ten in enumerate(tens, 2):
                ordinals[f"{form} و{ten}"] = 10 * t + n
    for t, ten in enumerate(tens, 2):
        ordinals[ten] = 10 * t
    return ordinals


AGE_ORDINALS = _age_ordinals()
ANAPHORS = r"(?:حينها|حينذاك|انذاك|وقتها|وقتذاك|ساعتها)"  # words for "then": anchors of the anaphor reader
PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
AMPM = r"(?:صباحا|مساء|مساءا|ظهرا|عصرا|فجرا|ليلا)(?!\w)"
TODAY_NOT = re.compile(
    rf"{S}(?:الوطني|العالمي|الدولي|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي|الاخير|"
    rf"التالي|السابق|الواحد|نفسه|ذاته|المفتوح|الدراسي|الموعود|الكامل|الختامي|الافتتاحي"
    # any adjective of relation (اليوم التدريبي، اليوم العالمي: a day of something, not today), but not
    # الذي/التي ("لقاء اليوم الذي سيكون": today's match)
    rf"|ال(?!ذي(?!\w)|تي(?!\w))\w+ي(?!\w))"
)
# the newspapers «اليوم» and «عين اليوم» (its bylines: "عين اليوم – الرياض"), not today
NEWSPAPER_BEFORE = re.compile(rf"(?:صحيفه|جريده|لصحيفه|لجريده|(?<!\w)[ول]?عين|[«\"“]){S0}$")
MONTH_CONTEXT = frozenset(
    match_form(w) for w in ("إفطار", "سحور", "صيام", "صوم", "ليالي", "ليلة", "أيام", "نهار", "شهر", "موسم", "خلال", "طوال")
)
ADJECTIVE_GENERAL = frozenset(
    match_form(w)
    for w in (
        "الأمين", "النائب", "المدير", "المدعي", "المراقب", "المفتش", "المنسق", "المشرف", "القائد",
        "الرأي", "المال", "القطاع", "الأمن", "النظام", "الصالح", "الذوق", "الإطار", "الطابع", "الاتجاه",
        "الشأن", "التعليم", "المؤتمر", "الوضع", "السياق", "الشكل",
    )
)
HOURS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
    "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الثانيه عشره": 12,
}
ORDINAL_DAYS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22,
    "الثالث والعشرين": 23, "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
RELATIVE_DAYS = {
    "اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2, "امس الاول": -2,
    "البارحه الاولي": -2, "غدا": 1, "الغد": 1, "غد": 1, "بعد غد": 2,
}
FEAST_DAY_ORDINALS = {"اول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}  # أول أيام العيد → the feast's day + 0
PM = ("مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "بعد الظهر", "ظهر", "عصر", "ليل")  # ظهر… after من: من ظهر الأحد
UPCOMING_DAYS = 45  # a day and month without a year this close ahead is the coming one


@dataclass(slots=True)
class TimeExpression:
    """One time expression; ``start``/``end`` index the original text."""

    start: int
    end: int
    text: str
    type: str  # date, week, month, year, range, duration, set, time
    value: str | None

    def to_dict(self, ident: str) -> dict:
        return {"id": ident, "start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


@dataclass(slots=True)
class Context:
    """What resolution needs: the article's date and where its sentences speak of the future."""

    text: str
    reference: date | None
    future_at: object  # callable(offset) -> bool
    found: list = None  # the expressions read so far, in text order: what "ذلك اليوم" points back to
    memo: dict = None  # facts about the whole text, computed once when a reader first asks
    found_ends: list = None  # where each of ``found`` ends in the matching form (``text``)
    found_kinds: list = None  # and the reader that read it (relday, year…)


def _alt(words) -> str:
    return alternation(words)


def _month(name: str) -> str:
    months = _alt(lexicon.months())
    # the second name of a double form after /, (, - or a bare space ("26 فبراير شباط 2016")
    return rf"(?P<{name}1>{months})(?:(?:{S0}[/(\-–]{S0}|{S})(?P<{name}2>{months}){S0}\)?)?(?!\w)"


def _year(name: str) -> str:
    return rf"(?P<{name}>\d{{4}})(?!\d)(?:{S0}(?P<{name}_era>{ERA}))?"


def _year_said(name: str) -> str:
    """A year named relatively after a day or month: ``من العام الماضي``، ``هذا العام``."""
    rel = _alt(lexicon.relative_words())
    return (
        rf"(?:{S}(?:من{S})?(?P<{name}_yr>هذا{S}العام|هذه{S}السنه|(?:ال|لل)(?:عام|سنه){S}(?P<{name}_yrel>{rel}))(?!\w))?"
    )


def _part(name: str) -> str:
    return PART_OF_DAY.replace("{0}", name)


@lru_cache(maxsize=1)
def scanner() -> re.Pattern[str]:
    """The one regex that finds every time expression (alternatives in priority order)."""
    return re.compile(BOUNDARY + "(?:" + "|".join(alternatives()) + ")")


@lru_cache(maxsize=1)
def alternatives() -> tuple[str, ...]:
    """The scanner's alternatives, in priority order: each one named by the group its reader reads."""
    rel = _alt(lexicon.relative_words())
    current = _alt(w for w, offset in lexicon.relative_words().items() if offset == 0 and not w.endswith("ه"))
    weekday = _alt(lexicon.weekdays())
    bare_weekday = _alt(w[2:] for w in lexicon.weekdays())
    units = _alt(lexicon.time_units())
    plural_units = _alt(f for f, (_, n) in lexicon.time_units().items() if n == 0)
    article_plural_units = _alt(f for f, (_, n) in lexicon.time_units().items() if n == 0 and f.startswith("ال"))
    dual_units = _alt(f for f, (_, n) in lexicon.time_units().items() if n == 2)
    hundreds = _alt(f for f, (value, kind) in number_words().items() if kind == "hundred" or (kind == "scale" and value == 1000 and f[-1] != "ا"))
    num_word = _alt(f for f, (_, kind) in number_words().items() if kind not in ("fraction",))
    num = rf"(?:\d+(?:[.,]\d+)?|{num_word}(?:{S}و?{S0}(?:ال)?{num_word}){{0,3}})(?!\w)"
    singular_units = _alt(f for f, (u, n) in lexicon.time_units().items() if n == 1 and not f.startswith("ال") and u not in ("DEC", "CENT"))
    # 60عاما، 10سنوات: digits glued to their unit (a dropped space) still count it
    glued_count = rf"\d{{1,4}}(?={units}(?!\w))"
    month_words = _alt({month.split()[0] for month in lexicon.months()})
    seasons_bare = _alt(BARE_SEASONS)
    events = _alt(lexicon.year_events())
    unit_tail = lambda name: rf"(?:{S0}و{S0}(?:(?P<{name}_n>{num}){S0})?(?P<{name}_u>{units})(?!\w))?"
    fraction_tail = lambda name: rf"(?:{S0}و{S0}(?:ال)?(?P<{name}>نصف|ربع)(?!\w)(?:{S}(?:ال)?(?:{singular_units})(?!\w))?)?"
    ordinal_day = _alt(ORDINAL_DAYS)
    hours = _alt(HOURS)
    relative_day = _alt(RELATIVE_DAYS)
    phrases = _alt(lexicon.phrases())
    seasons = _alt(SEASONS)
    alternatives = [
        rf"(?P<numeric>(?P<n_a>\d{{1,4}}){S0}(?P<n_s>[/\-.]){S0}(?P<n_b>\d{{1,2}}){S0}(?P=n_s){S0}(?P<n_c>\d{{1,4}})(?!\d)(?:{S0}(?P<n_era>م|ه)(?!\w))?)",
        (
            rf"(?P<yrange>(?:(?:ما{S})?بين{S}(?:(?:عامي|العامين|سنتي|السنتين){S})?|(?:عامي|العامين|سنتي|السنتين|ل(?:عامي|لعامين|سنتي|لسنتين)){S})(?P<r_a>\d{{4}}){S0}و{S0}(?:عام{S})?(?P<r_b>\d{{4}})(?:{S0}(?P<r_era>{ERA}))?"
            rf"|(?:(?:خلال{S})?(?:الفتره{S})?(?:من|منذ){S})(?:(?:عام|العام){S0})?(?P<r_c>\d{{4}}){S0}و?{S0}(?:الي|حتي){S0}(?:عام{S})?(?P<r_about>(?:نحو|حوالي){S})?(?P<r_d>\d{{4}})(?:{S0}(?P<r_era2>{ERA}))?"
            rf"|(?:(?:(?:ال)?عام|عامي|موسم|الموسم)(?:{S}(?:الدراسي|الجامعي|المالي|الهجري|الميلادي|الزراعي))?{S0})?"
            rf"(?P<r_e>\d{{4}}){S0}[-–/]{S0}(?P<r_f>\d{{4}})(?!\d)(?:{S0}(?P<r_era3>{ERA}))?"
            # "(1984 وحتى 1995)": two years joined by حتى/إلى with no من before them
            rf"|(?P<r_g>(?:19|20)\d\d){S0}و?{S0}(?:الي|حتي){S0}(?:عام{S})?(?P<r_h>(?:19|20)\d\d)(?!\d)(?:{S0}(?P<r_era4>{ERA}))?)"
        ),
        (
            rf"(?P<dayspair>(?:(?:يومي|(?:ما{S})?بين|من){S}(?P<dp_a>\d{{1,2}})(?!\d){S0}(?:و|الي|حتي|[-–]){S0}|(?<![\d\-–/.,])(?P<dp_c>\d{{1,2}})[-–])(?P<dp_b>\d{{1,2}})(?!\d){S0}(?:من{S})?(?:شهر{S})?{_month('dp_m')}"
            rf"(?:{S0}[,،]?{S0}(?:(?:عام|العام){S})?{_year('dp_y')})?(?:{S}(?P<dp_rel>{rel})(?!\w))?"
            rf"|يومي{S}(?P<dp_wa>{weekday})(?!\w){S0}و{S0}(?P<dp_wb>{weekday})(?!\w)"
            # في السابع والثامن من تموز/يوليو (not السابع والعشرين, one day)
            rf"|(?:يومي{S})?(?P<dp_oa>{ordinal_day}){S0}و{S0}(?!(?:العشرين|الثلاثين)(?!\w))(?P<dp_ob>{ordinal_day}){S}من{S}(?:شهر{S})?{_month('dp_om')}"
            rf"(?:{S0}[,،]?{S0}(?:(?:عام|العام){S})?{_year('dp_oy')})?)"
        ),
        (
            rf"(?P<date>(?:(?P<d_ghurra>غره){S}(?:شهر{S})?|(?:(?P<d_day>\d{{1,2}})(?!\d)|(?P<d_ord>{ordinal_day}){S}من){S0}(?:من{S})?(?:شهر{S})?){_month('d_m')}"
            rf"(?:{S0}[,،]?{S0}(?:من{S})?(?:(?:عام|العام|سنه){S})?{_year('d_y')})?(?:{S}(?P<d_rel>{rel})(?!\w))?{_year_said('d')})"
        ),
        (
            rf"(?P<monthyear>(?:(?P<my_pre>{PERIOD_PRE}){S})?(?:شهر{S})?{_month('my_m')}(?:{S}(?P<my_tail>{MONTH_TAIL})(?!\w))?"
            rf"{S0}[,،]?{S0}(?:من{S}|ل(?=عام|سنه))?(?:(?:عام|العام|سنه){S})?"
            # after "رمضان المبارك" only a year-like number is its year ("خلال شهر رمضان المبارك 2467 حالة")
            rf"(?(my_tail)(?=(?:13|14|19|20)\d\d)){_year('my_y')})"
        ),
        # خلال شهري رجب وشعبان، في شهري يونيو ويوليو: "the two months" named, one stretch
        rf"(?P<mpair>(?:(?:خلال|في|طوال|طيله){S})?شهري{S}{_month('mp_a')}{S0}و{S0}{_month('mp_b')}(?:{S}(?P<mp_rel>{rel})(?!\w))?)",
        # "رمضان المبارك المقبل": an epithet before the relative word, which then places the month
        rf"(?P<month>(?:(?P<mo_pre>{PERIOD_PRE}){S})?(?P<mo_shahr>شهر{S})?{_month('mo_m')}"
        rf"(?:{S}(?:{MONTH_TAIL}{S}(?=(?:{rel})(?!\w)))?(?P<mo_rel>{rel}|{MONTH_TAIL})(?!\w))?{_year_said('mo')})",
        (
            rf"(?P<year>(?:عام|العام|سنه|السنه|للعام){S0}{_year('y_a')}|(?P<y_b>\d{{4}})(?!\d){S0}(?P<y_b_era>{ERA})"
            rf"|(?P<y_prep>{YEAR_PREP}){S}(?P<y_c>(?:19|20)\d\d)(?![\d%]|[.,]\d)"
            rf"|(?P<y_ev>{events}){S0}(?P<y_d>(?:19|20)\d\d)(?![\d%]|[.,]\d)"
            # a year closing a name or clause: "روسيا 2018، وقطر 2022"، "قانون المالية (موازنة) 2015،"
            rf"|(?<![\d.,/:\-])(?P<y_e>{BARE_YEAR})(?={S0}(?:{BARE_YEAR_CLOSER}|$)))"
        ),
        rf"(?P<set>كل{S}(?:(?:يوم{S})?(?P<s_wd>(?:ال)?(?:{bare_weekday}))|(?:(?P<s_num>{num}){S})?(?P<s_unit>{units})(?!\w){unit_tail('s2')})(?!\w))",
        # الدقيقة 25، الدقيقة (74)، الدقيقة 90+2: the minute of a match, a time without value (all
        # seven such dev phrases are gold spans); its number is no count
        rf"(?P<minute>الدقيقه{S0}\(?{S0}(?:ال{S0})?(?:[1-9]|[1-9]\d|1[0-2]\d)(?!\d)(?:{S0}\+{S0}\d{{1,2}}(?!\d))?(?:{S0}\))?)",
        (
            rf"(?P<clock>(?:(?:عند|في|حوالي|نحو){S})?(?:تمام{S})?(?:الساعه{S}(?P<c_h>\d{{1,2}}(?:[:.,]\d\d)?|{hours})(?!\w)|(?P<c_hm>(?:[01]?\d|2[0-3])(?::[0-5]\d(?![\d:])|\.[0-5]\d(?!\d)(?={S}ب?توقيت{S})))"
            rf"|(?P<c_hc>(?:[01]?\d|2[0-3])[.,][0-5]\d)(?!\d)(?={S}{AMPM})|(?:ال{S0})?(?P<c_n>1[0-2]|0?[1-9])(?!\d)(?={S}{AMPM})|(?P<c_hw>{hours})(?={S}{AMPM})"
            # منتصف الليل: midnight, the clock time 00:00 (24:00 as the end of a span: حتى منتصف الليل)
            rf"|(?P<c_mid>منتصف{S}الليل)(?!\w))"
            rf"(?:{S}(?P<c_frac>و{S0}(?:النصف|الربع|الثلث|نصف|ربع)|الا{S0}(?:الربع|ربعا|ثلثا|الثلث)))?"
            rf"(?:{S}(?P<c_ampm>صباحا|مساء|مساءا|ظهرا|عصرا|فجرا|ليلا|بعد{S}الظهر|من{S}(?:صباح|مساء|ظهر|عصر|فجر|ليل))(?!\w))?"
            rf"(?:{S0}(?P<c_tm>ت{S0}\.?{S0}م|ب?توقيت{S}(?:مكه(?:{S}المكرمه)?|(?P<c_gmt>غرينتش|جرينتش)|الرياض))(?!\w))?)"
        ),
        (
            # الفترة نفسها من العام الماضي، نفس الفترة من عام 2014، النصف المقابل من العام الماضي
            rf"(?P<same>(?:(?:نفس|ذات){S}الفتره|الفتره{S}(?:نفسها|ذاتها|المماثله|المقابله|المناظره)"
            rf"|(?P<sa_part>النصف|الربع){S}(?:المماثل|المقابل|المناظر|نفسه|ذاته))"
            rf"(?:{S}(?:من|في){S}|{S}ل)(?:(?P<sa_this>هذا{S}العام|هذه{S}السنه)|(?:ال|ل)?(?:عام|سنه)"
            rf"(?:{S}(?P<sa_rel>{rel})(?!\w)|{S0}(?P<sa_y>\d{{4}})(?!\d))|(?P<sa_y2>\d{{4}})(?!\d)))"
        ),
        # "15 دولارا في العام"، "خمس مرات في الشهر": a rate per unit, when no word makes it one period
        rf"(?P<perunit>في{S}(?P<pu>الاسبوع|الشهر|العام|السنه)(?!\w)(?!{S0}(?:[\d(]|ال|لل|هذ|نفس|ذات|ذلك|تلك|من{S})))",
        # اليوم الأول، في اليوم الثاني من زيارته، في اليوم التالي، لليوم الثالث على التوالي: a day of a
        # sequence, not today (before the phrase في اليوم, "per day", and the relative اليوم)
        # (not a day of a month: "اليوم الأول من رمضان"، "حتى اليوم السابع والعشرين من شهر جمادى الآخرة")
        (
            rf"(?P<ordday>(?:في{S})?(?:ال|لل)يوم{S}(?P<od_ord>{ordinal_day}|الاخير|التالي)(?!\w)"
            rf"(?!{S0}و{S0}(?:العشرين|الثلاثين)|{S}(?:من{S})?(?:شهر{S})?(?:{month_words})(?!\w))(?:{S}(?P<od_row>علي{S}التوالي)(?!\w))?)"
        ),
        # أول أيام عيد الفطر، ثالث أيام العيد: a day of the feast
        (
            rf"(?P<feastday>(?:في{S})?(?P<fd_n>{_alt(FEAST_DAY_ORDINALS)})(?!\w){S}(?:ايام{S}(?:ال)?عيد|يوم{S}(?:من{S})?(?:ايام{S})?العيد)(?!\w)"
            rf"(?:{S}(?P<fd_which>الفطر|الاضحي)(?!\w))?(?:{S}(?:المبارك|السعيد)(?!\w))?)"
        ),
        # العشر الأواخر من رمضان، الأيام العشر الأواخر من شهر رمضان المبارك: Ramadan's last ten days
        (
            rf"(?P<lastten>(?:(?:في|خلال|طوال|طيله){S})?(?:(?:ال|لل)?(?:ايام|ليالي){S})?(?:ال|لل)?عشر{S}(?:ال)?اواخر(?!\w)"
            rf"(?:(?:{S}(?:من{S}|في{S}|ل))(?:(?:ال|ل)?شهر{S}(?:رمضان|الفضيل|الكريم|المبارك)|رمضان)(?!\w)"
            rf"(?:{S}(?:المبارك|الكريم|الفضيل|المعظم|الماضي)(?!\w))?)?)"
        ),
        # ذلك اليوم، حينها، آنذاك: "then", the time last named ("في وقتها" is "on time")
        rf"(?P<anaphor>(?:في{S})?(?:ذلك{S}اليوم|اليوم{S}(?:نفسه|ذاته)|(?:نفس|ذات){S}اليوم|حينه|(?<=في )(?:حينها|حينذاك))(?!\w)|(?<!في ){ANAPHORS}(?!\w))",
        rf"(?P<phrase>(?P<ph>{phrases})(?!\w)(?!{PHRASES_BEFORE_MIN}{S}من{S})(?!(?<=سابق|لاحق){S}(?:اليوم|امس|الليله|غدا|هذا{S}(?:الاسبوع|الشهر|العام)|هذه{S}السنه)(?!\w)))",
        (
            rf"(?P<fraction>(?:(?P<fr_pre>خلال|في|منذ|مطلع|بدايه|نهايه|حتي|طوال){S})?(?P<fr_part>(?:ال|لل)(?:نصف|ربع)){S}(?P<fr_ord>{_alt(PART_ORDINALS)}|الاخير)(?!\w)"
            rf"(?:{S}(?:من|ل){S0}(?:(?:ال|ل)?(?:عام|سنه)(?!\w)(?:{S}(?P<fr_rel>{rel})(?!\w))?(?:{S0}(?P<fr_y>\d{{4}})(?!\d))?"
            rf"|(?P<fr_y2>\d{{4}})(?!\d)|(?P<fr_this>هذا{S}العام|هذه{S}السنه)(?!\w)))?)"
        ),
        (
            rf"(?P<relday>{_part('rd')}(?:يوم{S})?(?P<rd_word>{relative_day})(?!\w)"
            rf"(?:{S0}\(?{S0}(?P<rd_wd>{weekday})(?!\w)(?:{S0}\))?)?)"
        ),
        rf"(?P<weekday>{_part('w')}(?:يوم{S})?(?P<w_day>{weekday})(?!\w)(?:{S}(?P<w_rel>{rel})(?!\w))?)",
        (
            # في 25 الجاري، يوم 17 الحالي: a day number before "current" alone is a day of this month
            rf"(?P<dayrel>(?:(?P<dr_day>\d{{1,2}})(?!\d){S0}(?:من{S})?|(?P<dr_ord>{ordinal_day}){S}من{S})"
            rf"الشهر{S}(?P<dr_rel>{rel})(?!\w)|(?P<dr_day2>\d{{1,2}})(?!\d){S}(?P<dr_now>{current})(?!\w))"
        ),
        # للعام الدراسي الحالي، العام الدراسي الجديد: the school year, in Hijri years (H1436/H1437)
        (
            rf"(?P<school>(?:ال|لل)(?:عام|سنه){S}(?:الدراسي|الدراسيه|التدريبي|التدريبيه)(?!\w)"
            rf"(?:{S}(?P<sc_rel>{rel}|الجديد|الجديده)(?!\w))?"
            rf"(?:{S0}\(?{S0}(?P<sc_a>\d{{4}}){S0}[/\-–]{S0}(?P<sc_b>\d{{4}})(?!\d)(?:{S0}{ERA})?(?:{S0}\))?)?)"
        ),
        (
            rf"(?P<period>(?:(?P<p_pre>{PERIOD_PRE}){S})?(?:(?P<p_unit>(?:ال|لل)(?:اسبوع|شهر|(?P<p_yu>عام|سنه)))(?:{S}(?P<p_hijri>الهجري|الهجريه))?{S}(?P<p_rel>{rel})(?!\w)"
            rf"|(?P<p_this>هذا{S}(?:الاسبوع|الشهر|(?P<p_yu2>العام))|(?P<p_yu3>هذه{S}السنه))(?!\w))"
            # a year written after a year (العام الجاري 1436هـ، هذا العام (2015)) is read with it
            rf"(?:(?(p_yu)|(?(p_yu2)|(?(p_yu3)|(?!))))"
            rf"{S0}\(?{S0}(?P<p_y>(?:19|20|13|14)\d\d)(?!\d)(?!{S0}[/\-–]{S0}\d)(?:{S0}(?P<p_y_era>{ERA}))?(?:{S0}\))?)?)"
        ),
        (
            rf"(?P<season>(?:(?P<se_pre>{PERIOD_PRE}){S})?(?:(?:فصل{S}|فتره{S})?(?P<se>{seasons})(?!\w)(?!{S}العربي)|(?P<se_bare>{seasons_bare})(?={S0}(?:هذا|العام|عام|\d)))"
            rf"(?:{S}(?:(?P<se_this>هذا{S}العام)|(?:ال)?عام{S}(?P<se_rel2>{rel}))(?!\w))?"
            rf"(?:{S0}(?:(?:عام|العام){S})?(?P<se_y>\d{{4}})(?!\d)(?:{S0}(?P<se_era>{ERA}))?)?(?:{S}(?P<se_rel>{rel})(?!\w))?)"
        ),
        (
            rf"(?P<age>عن{S}عمر{S}(?:(?:يناهز|ناهز|يقارب){S})?[«\"]?(?P<ag_num>\d{{1,3}})[»\"]?(?:{S0}/?{S0}(?:عاما|سنه)/?)?"
            # في العاشرة من عمرها، في سن السابعة عشرة من العمر، في الـ15 من عمره
            rf"|(?:في{S}(?:سن{S})?)?(?:(?P<ag_ord>{_alt(AGE_ORDINALS)})|ال{S0}(?P<ag_digits>\d{{1,3}}))(?!\w){S}من{S}(?:عمر|العمر)\w{{0,3}}(?!\w))"
        ),
        (
            # الأشهر الخمسة الأولى من العام الجاري → 2015-01/2015-05
            rf"(?P<months>(?:(?:خلال|في|منذ|طوال|طيله){S})?(?:ال|لل)(?:اشهر|شهور){S}(?:ال{S0})?(?P<ms_num>{num}){S}(?P<ms_which>الاولي|الاخيره)"
            rf"{S}(?:من|ل){S0}(?:(?P<ms_this>هذا{S}العام|هذه{S}السنه)|(?:ال|ل)?(?:عام|سنه)"
            rf"(?:{S}(?P<ms_rel>{rel})(?!\w)|{S0}(?P<ms_y>\d{{4}})(?!\d))|(?P<ms_y2>\d{{4}})(?!\d)))"
        ),
        (
            rf"(?P<artdur>(?:(?P<a_pre>خلال|طوال|طيله|في{S}غضون|في|منذ|علي{S}(?:مدي|مدار)){S})?(?P<a_unit>{article_plural_units})"
            rf"(?:{S}(?:ال{S0})?(?P<a_num>{num}))?(?:{S}القليله)?(?:{S}(?P<a_rel>{DURATION_REL})(?!\w))?)"
        ),
        (
            # بين 5 و15 عاما، لمدة 5 إلى 10 دقائق، لمدة يومين أو ثلاثة أيام، لمدة سنتين أو ثلاث
            rf"(?P<durrange>(?:(?:ما{S})?بين|من){S}(?:(?P<dg_a>{num}){S0}(?:{units}{S0})?|{units}{S0})(?:و|الي|حتي|[-–]){S0}(?:{num}{S0})?{units}(?!\w)"
            rf"|لمده{S}(?:{num}{S0}(?:{units}{S0})?(?:الي|حتي|او|[-–]){S0}{num}{S0}{units}|{dual_units}{S}او{S}{num}(?:{S}{units})?)(?!\w))"
        ),
        (
            rf"(?P<dur>(?:(?P<u_pre>{DURATION_PRE}){S})?(?:ال{S0})?(?:(?P<u_from>\d+){S0}[-–]{S0})?\(?{S0}(?P<u_num>{num}|{glued_count}){S0}\)?{S0}/?{S0}(?P<u_unit>{units})(?!\w)(?!{S0}\d{{4}})/?(?:{fraction_tail('u_frac')[:-1]}|{unit_tail('u2')[:-1]})?"
            rf"(?:{S}(?P<u_rel>{DURATION_REL})(?!\w))?)"
        ),
        rf"(?P<dual>(?:(?P<du_pre>{DURATION_PRE}){S})?(?:(?P<du_base>{hundreds}){S}و{S0})?(?P<du_unit>{dual_units})(?!\w)(?:{S}(?P<du_rel>{DURATION_REL})(?!\w))?)",
        (
            rf"(?P<era>(?:خلال|طيله|طوال|في|منذ|عبر|اثناء){S}(?:(?:فتره|عهد|حقبه|الحقبه|سنوات|ايام){S}(?!\d|{VAGUE_ADJECTIVE}|{PARTICLE}|(?:الصيف|الشتاء|الربيع|الخريف)(?!\w))\w+|ولايته|ولايتها|ولايتهم)(?!\w))"
        ),
        # عقد من الزمان، قبل قرن من الزمن: a decade or century, not a contract
        # في العقد الماضي، خلال العقد الأخير: the last ten years, as "خلال الأعوام العشرة الماضية" (not "في
        # العقد الأخير من القرن التاسع عشر", a decade of another century)
        (
            rf"(?P<decade>(?:{DURATION_PRE}{S})?(?:ال)?(?P<de_unit>عقد|قرن)(?!\w){S}من{S}(?:الزمان|الزمن)(?!\w)"
            rf"|(?:في|خلال|طوال|طيله|علي{S}(?:مدي|مدار)){S}(?:هذا{S})?(?P<de_last>العقد){S}{DURATION_REL}(?!\w)(?!{S}من(?!\w)))"
        ),
        (
            rf"(?P<single>(?P<sg_pre>لمده|مده|خلال|قبل|منذ|بعد|طوال|طيله|لفتره|في{S}غضون|علي{S}(?:مدي|مدار)|(?:لاكثر|اكثر|لاقل|اقل){S}من|(?:(?:منذ|قبل|بعد|خلال|لمده){S})?{APPROXIMATELY}){S}(?P<sg_unit>{singular_units})(?!\w)"
            rf"(?!{S0}(?:ال|\d|(?:{month_words})(?!\w)|(?:{bare_weekday})(?!\w)))(?:{S}(?:واحد|واحده|كامل|كامله)(?!\w))?{fraction_tail('sg_frac')}(?:{S}من{S}الان(?!\w))?)"
        ),
        # "يوماً كاملاً"، "سنة كاملة": a whole unit is a duration with no word before it
        rf"(?P<whole>(?P<wh_unit>{singular_units})(?!\w){S}(?:كامل|كاملا|كامله)(?!\w))",
        (
            rf"(?P<vague>(?:(?P<v_pre>منذ|لمده|خلال|طوال|طيله|قبل|بعد|علي{S}مدي|في{S}غضون){S})?(?:(?P<v_q>عده|بضعه|بضع|عشرات){S})?(?P<v_unit>{plural_units})(?!\w)"
            rf"(?:{S}(?P<v_adj>{VAGUE_ADJECTIVE}))?)"
        ),
    ]
    return tuple(alternatives)


@lru_cache(maxsize=1)
def anchored_scanner() -> re.Pattern[str]:
    """The scanner without its word-boundary test, for starts already known to be word starts."""
    pattern = scanner().pattern
    return re.compile(pattern[len(BOUNDARY):])


def scanner_for_first_char(char: str) -> re.Pattern[str]:
    """The scanner with only the alternatives that can start with ``char`` (in their priority
    order): Python's regex engine tries every alternative in turn, and most fail on their first
    letter, so dispatching on it first makes each try several times cheaper. A character no
    alternative starts with gets the whole scanner. Compiled on first use (a few hundredths of a
    second each), so that a single short article does not pay for every letter."""
    chosen = _alternatives_by_first_char().get(char)
    return anchored_scanner() if chosen is None else _scanner_of(chosen)


def scanners_by_first_char() -> dict[str, re.Pattern[str]]:
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


@lru_cache(maxsize=512)
def _scanner_of(chosen: tuple[int, ...]) -> re.Pattern[str]:
    alts = alternatives()
    return re.compile("(?:" + "|".join(alts[i] for i in chosen) + ")")


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


def find_times(text: str, published: str | date | None = None, *, future_at=None) -> list[TimeExpression]:
    """Time expressions of a raw text, resolved against ``published``.

    ``future_at(offset)`` (optional) says whether the sentence holding a
    matching-form offset speaks of the future before it (سيعقد، المقبل).
    """
    norm = normalize_with_offsets(text, ta_marbuta=True)
    return scan_times(norm, text, published, future_at=future_at)


def scan_times(norm: Normalized, original: str, published, *, future_at=None) -> list[TimeExpression]:
    """As :func:`find_times`, on an already computed matching form of ``original``."""
    pub = published if isinstance(published, date) else resolve.parse_published(published)
    text = _unglue_final_stops(norm.text)
    matches = _matches(text)
    found: list[TimeExpression] = []  # in matching-form offsets until the end
    context = Context(text, reference_date(matches, pub), future_at or _never, found, {}, [], [])
    for m in matches:
        result = READERS[m.lastgroup](m, context)
        if result is None:
            continue
        # a reader gives (type, value), or also where the expression starts, or starts and ends
        type_, value, start, end = (*result, m.start(), m.end()) if len(result) == 2 else (*result, m.end())[:4]
        if value and m.lastgroup in AFTER_NAMED_READERS and (m.lastgroup == "season" or value.startswith("H")):
            after = AFTER_BEFORE.search(text, max(0, start - 8), start)
            if after is not None:  # "بعد الصيف"، "بعد شهر رمضان": an open time after it, null as the gold
                value, start = None, after.start("after")
        if original.startswith("آلان", norm.original_offset(start)):
            continue  # the name Alan (آلان ديلون، إدغار آلان بو), which the matching form writes as الآن
        found.append(TimeExpression(start, end, text[start:end], type_, value))
        context.found_ends.append(end)
        context.found_kinds.append(m.lastgroup)
    if "\u200f" in original:
        _unreverse_decimals(found, lambda e: original[slice(*norm.original_span(e.start, e.end))])
    # the post-passes read the matching form too, so that diacritics and tatweel (مُنذُ، مِن قَبْل،
    # أمـــس) never hide a cue from them; the spans go back to the original text at the end
    timed = _post_passes(found, text, context.reference)
    return [_in_original(expression, norm, original) for expression in timed]


# "عام .2016⏎"، "آذار/مارس .2011": a sentence's full stop that right-to-left editing put before the year
# ending it; read as a space (the same length: the offsets hold)
STOP_BEFORE_FINAL_YEAR = re.compile(r"(?:(?<![\w.])|(?<=(?<!\w)و))\.(?=(?:19|20)\d\d(?:\s|$))")


# the pattern opens with look-behinds, so the regex engine tries it at every character (0.12 ms an
# article); a full stop right before a year is rare, and this literal-first search finds it at C speed
STOP_THEN_YEAR = re.compile(r"\.(?=(?:19|20)\d\d(?:\s|$))")


def _unglue_final_stops(text: str) -> str:
    if STOP_THEN_YEAR.search(text) is None:  # every match of the full pattern is a match of this one
        return text
    return STOP_BEFORE_FINAL_YEAR.sub(" ", text)


def _post_passes(found: list[TimeExpression], text: str, reference: date | None) -> list[TimeExpression]:
    """What is read over the expressions found: merges, days of clock times, منذ and من قبل."""
    merged = _merge_weekday_dates(found, text, reference)
    timed = _dated_clock_times(_merge_ranges(merged, text), text)
    timed = _dated_sequence_days(timed, text)
    timed = _since_events(timed, text) if SINCE_WORD in text else timed
    return _before_adverbs(timed, text) if BEFORE_ADVERB in text else timed


def _in_original(expression: TimeExpression, norm: Normalized, original: str) -> TimeExpression:
    """``expression`` (in matching-form offsets) with its span and text in the original text."""
    start, end = norm.original_span(expression.start, expression.end)
    return TimeExpression(start, end, original[start:end], expression.type, expression.value)


BEFORE_ADVERB = "من قبل"
# (every pattern of the post-passes reads the matching form: الي، علي، حتي، ابدا)
# what follows "من قبل" when it means "before" (ودربتهم من قبل، لم يكترث لها من قبل. نبهت من قبل إلى):
# the clause's end or a particle; before a noun it is "by" (من قبل الاتحاد), no time
BEFORE_ADVERB_END = re.compile(
    r"[^\S\n]*(?:[،,.;:؛!؟?\n»)”]|$)"  # (not ": «استخدمت من قبل "الحرس الثوري"»)
    r"|[^\S\n]+[وف]?(?:الي|علي|في|عن|ثم|لكن|بل|حتي|او|لم|لا|قد|فقط|ابدا|مطلقا)(?![\u0621-\u064a])"
)


def _before_adverbs(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``من قبل`` closing a clause: "before", a past time the gold annotates with a null value (all
    six such spans on dev). Found with ``str.find`` after the scan, as منذ."""
    added: list[TimeExpression] = []
    at = text.find(BEFORE_ADVERB)
    while at >= 0:
        end = at + len(BEFORE_ADVERB)
        if (
            (at == 0 or not text[at - 1].isalpha())
            and BEFORE_ADVERB_END.match(text, end)
            and not any(e.start < end and at < e.end for e in found)
        ):
            added.append(TimeExpression(at, end, BEFORE_ADVERB, "date", None))
        at = text.find(BEFORE_ADVERB, end)
    return sorted(found + added, key=lambda e: e.start) if added else found


SINCE_WORD = "منذ"
# the words after منذ: up to four Arabic words (أن first does not count), to the first punctuation or digit
SINCE_EVENT_WORDS = re.compile(r"[^\S\n]+(?:ان[^\S\n]+)?[\u0621-\u065f]+(?:[^\S\n]+[\u0621-\u065f]+){0,3}")
SINCE_END_WORDS = re.compile(r"[^\S\n]+[وف]?(?:حتي|الي)(?![\u0621-\u065f])")  # منذ تفشيه حتى الآن


def _since_events(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``منذ بدء المفاوضات``، ``منذ أن تولى رئاسة الوزراء``، ``منذ الصغر``: "since" an event, a range
    the gold annotates with a null value (about 20 spans on dev; منذ nearly always opens a time).
    منذ followed by a time the scanner read (منذ عام 2003، منذ ثلاثة أيام) keeps that reading; one
    that runs to "حتى الآن" takes it in (منذ تفشيه حتى الآن: one range, as the gold)."""
    starts = [e.start for e in found]
    added: list[TimeExpression] = []
    at = text.find(SINCE_WORD)
    while at >= 0:
        expression = _since_event_at(text, at, found, starts)
        if expression is not None:
            added.append(expression)
        at = text.find(SINCE_WORD, at + len(SINCE_WORD))
    if not added:
        return found
    swallowed = {id(e) for e in found for a in added if a.start <= e.start and e.end <= a.end}
    return sorted([e for e in found if id(e) not in swallowed] + added, key=lambda e: e.start)


def _since_event_at(text: str, at: int, found: list[TimeExpression], starts: list[int]) -> TimeExpression | None:
    if at > 0 and text[at - 1].isalpha() and (text[at - 1] not in "وف" or (at > 1 and text[at - 2].isalpha())):
        return None  # inside a word (منذر), not ومنذ
    words = SINCE_EVENT_WORDS.match(text, at + len(SINCE_WORD))
    if words is None:
        return None
    i = bisect.bisect_left(starts, at)
    if i > 0 and found[i - 1].end > at:
        return None  # منذ inside an expression already read
    nxt = found[i] if i < len(found) else None
    tokens = list(WORD_RE.finditer(text, words.start(), words.end()))
    first = tokens[1] if tokens[0].group() == "ان" and len(tokens) > 1 else tokens[0]
    if nxt is not None and nxt.start < first.end():
        return None  # the scanner read منذ or its first word: منذ عام 2003، منذ بداية العام
    if match_form(first.group()) in lexicon.since_not_events() or _is_time_word(first.group()):
        return None
    end = words.end()
    cut = SINCE_END_WORDS.search(text, at, end)
    if cut is not None:
        end = cut.start()
    if nxt is not None and cut is not None and nxt.start - end <= 2 + len(cut.group()) and "الان" in nxt.text:
        return TimeExpression(at, nxt.end, text[at : nxt.end], "range", None)  # منذ تفشيه حتى الآن
    if (nxt is not None and nxt.start < words.end()) or YEAR_AFTER.match(text, words.end()):
        return None  # منذ إطلاقها في عام 2008، منذ الأزمة المالية 2008: the time said there is the gold's
    end = _before_particle(text, first.end(), end)
    return TimeExpression(at, end, text[at:end], "range", None)


YEAR_AFTER = re.compile(r"[^\S\n]*(?:1[89]|20)\d\d(?!\d)")


SINCE_PARTICLES = frozenset({"في", "مع", "من", "علي", "عن", "الي", "بين", "عند", "او", "ثم", "قبل", "بعد", "حيث"})


def _before_particle(text: str, least: int, end: int) -> int:
    """The event's words end before a particle or a word joined by و: "منذ الصغر من دون النظر" →
    "منذ الصغر", "منذ الثلاثينات وشهد أيضا" → "منذ الثلاثينات"."""
    for word in WORD_RE.finditer(text, least, end):
        if word.group() in SINCE_PARTICLES or word.group().startswith("و"):
            return max(least, len(text[: word.start()].rstrip()))  # (any spaces before it, not one " ")
    return end


def _is_time_word(word: str) -> bool:
    form = match_form(word)
    bare = form.removeprefix("ال")
    return form in lexicon.time_units() or bare in lexicon.time_units() or form in number_words()


AFTER_NAMED_READERS = frozenset({"season", "month"})  # seasons and Hijri months (رمضان), not calendar months
AFTER_BEFORE = re.compile(rf"(?<!\w)[وف]?(?P<after>بعد){S}$")


REVERSED_DECIMAL = re.compile("(\\d+)[.٫]\u200f(\\d+)")
DURATION_NUMBER = re.compile(r"^P(?:T)?(\d+(?:\.\d+)?)([YMWDHS])$")


def _unreverse_decimals(found: list[TimeExpression], original_text) -> None:
    """``لمدة 3.\u200f1 ساعة``: a right-to-left mark inside a decimal is the trace of a page that laid
    the number out whole part last (1.3 hours), as the numbers stage reads "24.\u200f49 دولار".
    ``original_text(expression)`` is its text as written (the matching form drops the mark)."""
    for expression in found:
        m = REVERSED_DECIMAL.search(original_text(expression))
        value = DURATION_NUMBER.match(expression.value or "") if m else None
        if value is not None and float(value.group(1)) == float(f"{m.group(1)}.{m.group(2)}"):
            turned = f"{m.group(2)}.{m.group(1)}"
            expression.value = expression.value.replace(value.group(1), turned, 1)


CLOCK_DAY_REACH = 60  # characters between a clock time and the day its sentence names before it
DAY_AFTER_REACH = 4  # a day named after the clock time only counts right after it (", أمس")
SENTENCE_BREAK = re.compile(r"[.!؟?\n]")
FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _dated_clock_times(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``ورد بلاغ في 11:30 مساء، أمس``: a clock time takes the day named next to it in its sentence
    (the nearer of the expressions before and after); with none it stays a time of no day (T08:00)."""
    for i, expression in enumerate(found):
        if expression.type != "time" or not (expression.value or "").startswith("T") or "/" in expression.value:
            continue
        day = _day_beside(found, i, text) or _news_day_before(found, i)
        if day is not None:
            expression.value = day + expression.value
    return found


# today or yesterday of the story ("صباح أمس"، "اليوم الأحد"), not "في نفس اليوم" of a schedule
NEWS_DAY_WORDS = re.compile(r"^(?!.*(?:ذلك|نفس|ذات|تلك))(?:\w+ ){0,3}(?:اليوم|امس|الامس|البارحه)(?!\w)")


def _news_day_before(found: list[TimeExpression], i: int) -> str | None:
    """A clock time with no day beside it, in a story that told its event as "أمس" or "اليوم" before
    it ("أعادت البلدان أمس فتح سفارتيهما … في تمام الساعة 00.01"), is on that day: the gold dates
    such times by the story's day. A weekday or a calendar date before it may be another day of a
    schedule ("يوم الاثنين الموافق 2/11/1436هـ … يبدأ من الساعة الثامنة"), so only these words count."""
    for j in range(i - 1, -1, -1):
        other = found[j]
        if other.type == "date" and other.value and FULL_DATE.fullmatch(other.value):
            return other.value if NEWS_DAY_WORDS.search(other.text) else None
    return None


def _day_beside(found: list[TimeExpression], i: int, text: str) -> str | None:
    clock = found[i]
    candidates = []
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found):
            continue
        other = found[j]
        if other.type != "date" or not other.value or not FULL_DATE.fullmatch(other.value):
            continue
        gap = text[other.end : clock.start] if j < i else text[clock.end : other.start]
        reach = CLOCK_DAY_REACH if j < i else DAY_AFTER_REACH  # "في 11:30 مساء، أمس": only right after
        if len(gap) <= reach and not SENTENCE_BREAK.search(gap):
            candidates.append((len(gap), other.value))
    return min(candidates)[1] if candidates else None


SEQUENCE_DAY = re.compile(r"^(?:في )?(?:ال|لل)يوم (?P<ord>\w+)$")  # on the matching form
SEQUENCE_DAY_REACH = 120  # characters between a day of a sequence and the day its sentence names


def _dated_sequence_days(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``التقى الوزير الجمعة … في اليوم الثاني من زيارته``، ``اليوم الأول لفترة المراجعة … تبدأ غدا
    الاثنين الموافق 20 يوليو``: a day of a sequence is the weekday or calendar date its own sentence
    names (the gold's reading of both such dev spans); with none it stays null (a course's
    programme, a season's second day). Not ``اليوم التالي`` (the day after, read by its reader)."""
    for i, expression in enumerate(found):
        if expression.type != "date" or expression.value is not None:
            continue
        m = SEQUENCE_DAY.match(match_form(expression.text))
        if m is None or m.group("ord") not in ORDINAL_DAYS:
            continue
        day = _named_day_in_sentence(found, i, text)
        if day is not None:
            expression.value = day
    return found


def _named_day_in_sentence(found: list[TimeExpression], i: int, text: str) -> str | None:
    """The nearest day named by a weekday or in digits in the same sentence as ``found[i]``, not
    a deictic اليوم/أمس/حاليا (the day of the writing, not of the sequence)."""
    here = found[i]
    candidates = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(found):
            other = found[j]
            gap = text[other.end : here.start] if j < i else text[here.end : other.start]
            if len(gap) > SEQUENCE_DAY_REACH or SENTENCE_BREAK.search(gap):
                break
            named = _weekday_of(other) is not None or any(ch.isdigit() for ch in other.text)
            if other.type == "date" and named and other.value and FULL_DATE.fullmatch(other.value):
                candidates.append((len(gap), other.value))
                break
            j += step
    return min(candidates)[1] if candidates else None


def _never(offset: int) -> bool:
    return False


def reference_date(matches: list[re.Match[str]], published: date | None) -> date | None:
    """The date the article was written: ``published``, unless "اليوم الاثنين" names a weekday that
    puts it up to six days earlier (feeds are often stamped late).

    Today or tomorrow said with its weekday ("اليوم الاثنين"، "غدا الأحد") dates the writing; a past
    day with its weekday ("أمس الاثنين") names an event, and the other اليوم, أمس and الآن of
    such articles stay on ``published`` (the gold's reading in every such article on dev: 3 with
    أمس, 2 with غدا). The weekday itself is still read as the latest Monday before that date."""
    if published is None:
        return None
    for m in matches:
        if m.lastgroup == "relday" and m.group("rd_wd") and RELATIVE_DAYS[_squash(m.group("rd_word"))] >= 0:
            offset = RELATIVE_DAYS[_squash(m.group("rd_word"))]
            weekday = lexicon.weekdays()[m.group("rd_wd")]
            for back in range(7):
                day = published - datetime.timedelta(days=back)
                if (day + datetime.timedelta(days=offset)).isoweekday() == weekday:
                    return day
    return published


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
    anchor_at = indices_of(words, _anchor_forms())
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
    candidates = []  # (start, the rest of its word from there, the word's index)
    leads = _LEADS
    j = i - 1
    stop = max(i - WORDS_BACK, 0)
    while j >= stop:
        word = words[j]
        lead = leads.get(word)
        if lead is None:
            lead = _lead(word)
        if lead == LEAD_STOP:
            break  # an expression reaching this anchor holds only words that time expressions hold
        if lead >= 0:
            candidates.append((starts[j] + lead, word[lead:] if lead else word, j))
        j -= 1
    candidates.reverse()
    word = words[i]
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
            # a word of letters whose scanner a pair narrows (في، منذ…), one space before the next
            # word: the scanner of the pair (see :func:`_scanner_for_pair`)
            end = start + len(rest)
            if starts[j + 1] == end + 1 and text[end] == " ":
                pair = rest + " " + words[j + 1][:PAIR_LETTERS]
                scoped = by_pair.get(pair, _UNSEEN)
                if scoped is _UNSEEN:
                    scoped = _scanner_for_pair(pair)
        if scoped is not None:
            m = scoped.match(text, start)
            if m and m.end() > at:
                return m
        failed.add(start)
    return None


_BY_OPENING: dict[str, re.Pattern[str] | None] = {}  # the rest of a word from a start → its scanner
OPENINGS_CACHED = 100_000  # distinct word rests kept; the cache starts afresh beyond
_UNSEEN = object()


def _scanner_for_opening(rest: str) -> re.Pattern[str] | None:
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
    if run == rest and len(chosen) >= PAIR_WORTH:
        _PAIRED.add(rest)
    return scoped


PAIR_WORTH = 6  # alternatives a word's scanner holds from which the next word is worth reading
_PAIRED: set[str] = set()  # the word rests (letters only) whose scanner holds that many


_BY_PAIR: dict[str, re.Pattern[str] | None] = {}  # "word next" (its first letters) → its scanner


def _scanner_for_pair(pair: str) -> re.Pattern[str] | None:
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
    key, complete = first + " " + run, len(run) < PAIR_LETTERS  # (a shorter run: the whole word's)
    pairs = _pair_openings()
    return tuple(i for i in _alternatives_opening(first) if pairs[i] is None or pairs[i].may_open_pair(key, complete))


@lru_cache(maxsize=1)
def _pair_openings() -> tuple[OpeningRuns | None, ...]:
    """Each alternative's opening pairs, ``None`` where they cannot be listed (kept everywhere)."""
    openings = []
    for alternative in alternatives():
        try:
            openings.append(opening_pairs(alternative))
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


def scanners_by_opening() -> dict[str, re.Pattern[str] | None]:
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


@lru_cache(maxsize=1)
def _anchor_forms() -> frozenset[str]:
    """Anchor words with every proclitic string before them: one set lookup per word."""
    return frozenset(_anchor_cuts())


# a phrase before من is mostly the start of a longer one (في وقت سابق من الشهر), but not these:
# "حتى الآن من قبل الاتحاد"، "المقدار اليومي من الصوديوم"، "الأرباح السنوية من …"
# nor an adverb in -يًا ("الإقبال المتزايد سنويا من خريجي الثانوية"، "يعمل حاليا من منزله")
PHRASES_BEFORE_MIN = "".join(f"(?<!{w})" for w in ("الان", "يومي", "يوميه", "شهري", "شهريه", "سنوي", "سنويه", "يا"))
BARE_YEAR = r"(?:19[5-9]|20[0-3])\d(?!\d)"  # a year of the last decades or the coming ones
BARE_YEAR_CLOSER = r"[،,;؛)»\"”]|\.(?!\d)"  # what may follow a year said alone: "روسيا 2018،"
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
    return frozenset(words)


def _digits_may_be_time(text: str, starts: list[int], words: list[str], i: int) -> bool:
    """Whether a number can belong to a time expression: a month, unit or era after it, a date
    separator (27/10، 10:30) next to it, or a preposition or عام before it."""
    word = words[i]
    if not word.isdigit():
        return True  # 2015م، 1436ه، و17، ل5
    at = starts[i]
    end = at + len(word)
    after, before = text[end : end + 3].lstrip()[:1], text[max(0, at - 3) : at].rstrip()[-1:]
    if (after and after in "/-.:–") or (before and before in "/-:–"):
        return True
    if len(word) == 4 and (not after or after in BARE_YEAR_FOLLOWERS) and word[:2] in ("19", "20"):
        return True  # a year closing a clause: "مونديال روسيا 2018، وقطر 2022"
    followers = _digit_followers()
    follower = words[i + 1] if i + 1 < len(words) else ""
    if follower in followers or follower[1:] in followers:
        return True
    if i > 0:
        before = words[i - 1]
        preceders = _digit_preceders()
        return before in preceders or before[1:] in preceders or text[end : end + 1] == "/"
    return False


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
    words |= {"فتره", "عهد", "حقبه", "الحقبه", "ولايته", "ولايتها", "ولايتهم", "حينه", "عمره", "عمرها", "عمرهم", "العمر"} | set(ANAPHORS[3:-1].split("|"))
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
    words |= set(FEAST_DAY_ORDINALS) | {"العشر", "عشر"}  # ثالث أيام العيد، العشر الأواخر
    words |= set(ORDINAL_DAYS) | {w.split()[0] for w in ORDINAL_DAYS}
    words |= {f for f, (_, kind) in number_words().items() if kind != "fraction"}
    words |= {phrase.split()[0] for phrase in lexicon.phrases()}
    return frozenset(words)


def _month_of(m: re.Match[str], name: str) -> lexicon.Month:
    months = lexicon.months()
    first = months[_squash(m.group(name + "1"))]
    second = m.group(name + "2")
    if second and first.calendar == "hijri":
        other = months[_squash(second)]
        if other.calendar != "hijri":
            return other
    return first


def _squash(text: str) -> str:
    return " ".join(text.split())


def _is_hijri_year(year: int, era: str | None) -> bool:
    if era:
        return era.startswith("ه") or "هجر" in era
    return 1300 <= year <= 1500


def _read_numeric(m, ctx):
    a, b, c = int(m.group("n_a")), int(m.group("n_b")), int(m.group("n_c"))
    if len(m.group("n_a")) == 4:
        year, month, day = a, b, c
    elif len(m.group("n_c")) == 4:
        year, month, day = c, b, a
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    hijri = _is_hijri_year(year, m.group("n_era"))
    if not hijri and not 1800 <= year <= 2200:
        return None
    on = resolve.hijri_date if hijri else resolve.gregorian_date
    value = on(year, month, day)
    if not value:
        return None
    first = DAY_BEFORE_DASH.search(ctx.text, max(0, m.start() - 10), m.start()) if len(m.group("n_c")) == 4 else None
    if first is not None and 1 <= int(first.group(1)) < day and on(year, month, int(first.group(1))):
        return "range", f"{on(year, month, int(first.group(1)))}/{value}", first.start()  # 4-5 /10 /1436هـ
    return "date", value


# a day before a dash (or إلى/حتى) right before a day-first numeric date: "4-5 /10 /1436هـ" and
# "من 19 إلى 21 / 10 / 1436هـ" are days of one month (on the matching form: الي، حتي)
DAY_BEFORE_DASH = re.compile(r"(?<![\d/\-.–])(\d{1,2})(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+(?:الي|حتي)[^\S\n]+)$")


def _read_year_range(m, ctx):
    a = b = era = None
    for first, second, era_group in (
        ("r_a", "r_b", "r_era"), ("r_c", "r_d", "r_era2"), ("r_e", "r_f", "r_era3"), ("r_g", "r_h", "r_era4")
    ):
        if m.group(first):
            a, b, era = int(m.group(first)), int(m.group(second)), m.group(era_group)
            break
    if a is not None and b == a - 1 and m.group("r_e"):
        a, b = b, a  # "1437/1436هـ": consecutive years typed right to left
    if a is None or not a < b <= a + 200:
        return None
    round_counts = a % 100 == 0 and b % 100 == 0  # "1900 حتى 2000 شخص"; "2009 حتى 2013 حقق" are years
    # "من 2000 إلى نحو 2100 شخص": an approximate end is more often a count's
    if (m.group("r_a") or m.group("r_about") or (m.group("r_g") and round_counts)) and not re.search("عام|سنت", m.group(0)) and _noun_follows(ctx.text, m.end()):
        return None  # "بين 1900 و2000 شخص": a count, not years
    if _is_hijri_year(a, era) and _is_hijri_year(b, era):
        return "range", f"H{a}/H{b}"
    if not (1800 <= a <= 2200 and 1800 <= b <= 2200):
        return None
    return "range", f"{a}/{b}"


def _noun_follows(text: str, end: int) -> bool:
    """Whether an Arabic word that is not a preposition comes right after ``end``."""
    m = re.match(r"[^\S\n]*([^\W\d_]+)", text[end : end + 30])
    return m is not None and m.group(1) not in NOT_NOUNS


# words after "بين 2014 و2018" that are no counted noun: "بين 2014 و2018 مع مضيها قدما" is years
NOT_NOUNS = frozenset({"في", "من", "الي", "علي", "عن", "حتي", "و", "خلال", "مع", "بعد", "قبل", "ثم", "او", "بينما", "حيث", "عندما", "لكن"})


def _read_date(m, ctx):
    month = _month_of(m, "d_m")
    if m.group("d_ghurra"):
        day = 1
    else:
        day = int(m.group("d_day")) if m.group("d_day") else ORDINAL_DAYS[_squash(m.group("d_ord"))]
    if not 1 <= day <= 31:
        return None
    if m.group("d_y"):
        year = int(m.group("d_y"))
        if month.calendar == "hijri" or (_is_hijri_year(year, m.group("d_y_era")) and m.group("d_y_era")):
            return "date", resolve.hijri_date(year, month.number, day)
        return "date", resolve.gregorian_date(year, month.number, day)
    if m.group("d_yr"):  # 5 مارس من العام الماضي
        year = _relative_year(ctx, m, "d", month)
        convert = resolve.hijri_date if month.calendar == "hijri" else resolve.gregorian_date
        return "date", convert(year, month.number, day) if year else None
    direction = _direction(m.group("d_rel"))
    # a future sentence or a day just ahead: the coming one, which may be the article's own day
    # ("سيعقد في 6 أغسطس" written on 6 August is today, not next year); only المقبل skips today
    future = direction is None and (ctx.future_at(m.start()) or _upcoming(ctx.reference, day, month))
    return "date", resolve.day_month(ctx.reference, day, month.number, month.calendar, direction, future)


def _read_dayspair(m, ctx):
    """يومي 20 و21 من شهر شوال, يومي الخميس والجمعة: two days, as a range."""
    if m.group("dp_wa"):
        weekdays = lexicon.weekdays()
        direction = 1 if ctx.future_at(m.start()) else None
        first = resolve.weekday(ctx.reference, weekdays[m.group("dp_wa")], direction)
        second = resolve.weekday(ctx.reference, weekdays[m.group("dp_wb")], direction)
        if first and second and second < first:
            second = resolve.shift_days(date.fromisoformat(first), (date.fromisoformat(second) - date.fromisoformat(first)).days % 7)
        return "range", f"{first}/{second}" if first and second else None
    if m.group("dp_oa"):
        month = _month_of(m, "dp_om")
        days = ORDINAL_DAYS[_squash(m.group("dp_oa"))], ORDINAL_DAYS[_squash(m.group("dp_ob"))]
        named_year = m.group("dp_oy")
    else:
        month = _month_of(m, "dp_m")
        days = int(m.group("dp_a") or m.group("dp_c")), int(m.group("dp_b"))
        named_year = m.group("dp_y")
        if m.group("dp_c") and days[0] >= days[1]:
            return None  # "2-3 سبتمبر" with no يومي/من before it: only a rising pair is read as days
    if not all(1 <= day <= 31 for day in days):
        return None
    if named_year:
        year = int(named_year)
        convert = resolve.hijri_date if month.calendar == "hijri" else resolve.gregorian_date
        values = [convert(year, month.number, day) for day in days]
    else:
        direction = _direction(m.group("dp_rel"))  # يومي 18 و19 نوفمبر القادم
        future = direction is None and (ctx.future_at(m.start()) or _upcoming(ctx.reference, days[0], month))
        values = [resolve.day_month(ctx.reference, day, month.number, month.calendar, direction, future) for day in days]
        values[1] = _after_first(values[0], values[1])
    return "range", f"{values[0]}/{values[1]}" if all(values) else None


def _after_first(first: str | None, second: str | None) -> str | None:
    """``من 6 إلى 15 أغسطس`` read on 6 August: the range's end is the first such day on or after
    its start (each resolved alone, the 15th would fall a year back)."""
    if not first or not second or not first[:1].isdigit() or not second[:1].isdigit():
        return second
    start, end = date.fromisoformat(first), date.fromisoformat(second)
    while end < start:
        try:
            end = end.replace(year=end.year + 1)
        except ValueError:  # 29 February
            return second
    return end.isoformat()


def _upcoming(reference: date | None, day: int, month: lexicon.Month) -> bool:
    """Whether this day and month come within the next weeks (then they are the coming ones)."""
    if reference is None:
        return False
    ahead = resolve.day_month(reference, day, month.number, month.calendar, 1)
    if ahead is None or not ahead[:1].isdigit():
        return False
    return (date.fromisoformat(ahead) - reference).days <= UPCOMING_DAYS


def _direction(word: str | None) -> int | None:
    if not word:
        return None
    return lexicon.relative_words().get(_squash(word))


def _read_month_year(m, ctx):
    month = _month_of(m, "my_m")
    year = int(m.group("my_y"))
    pair = _month_pair(m, "my_m")
    if pair is not None and (pair[0].calendar == "hijri") == _is_hijri_year(year, m.group("my_y_era")):
        return _months_range(ctx, pair, year)
    if month.calendar == "hijri":
        if 1800 <= year <= 2200:  # "رمضان 2015": a Hijri month in a Gregorian year
            converted = hijri.hijri_year_in(year, month.number)
            return ("month", f"H{converted}-{month.number:02d}") if converted else None
        return "month", f"H{year}-{month.number:02d}"
    if not 1800 <= year <= 2200:
        return None
    return "month", f"{year:04d}-{month.number:02d}"


def _month_pair(m: re.Match[str], name: str) -> tuple[lexicon.Month, lexicon.Month] | None:
    """``سبتمبر- نوفمبر``: two different months of one calendar where a double name (أكتوبر/تشرين
    الأول) would stand are a span of months, not one month."""
    second = m.group(name + "2")
    if not second:
        return None
    months = lexicon.months()
    first, other = months[_squash(m.group(name + "1"))], months[_squash(second)]
    if first.calendar != other.calendar or first.number >= other.number:
        return None
    return first, other


def _months_range(ctx, pair, year: int | None, direction: int | None = None, future: bool = False):
    first, last = pair
    if year is None:  # the year of the first month, placed as a month alone is
        start = resolve.month_only(ctx.reference, first.number, first.calendar, direction, future)
        if start is None:
            return "range", None
        year = int(start[1:5]) if start.startswith("H") else int(start[:4])
    prefix = "H" if first.calendar == "hijri" else ""
    return "range", f"{prefix}{year:04d}-{first.number:02d}/{prefix}{year:04d}-{last.number:02d}"


def _read_month(m, ctx):
    month = _month_of(m, "mo_m")
    pair = _month_pair(m, "mo_m")
    if pair is not None:
        year = _relative_year(ctx, m, "mo", pair[0]) if m.group("mo_yr") else None
        return _months_range(ctx, pair, year, _direction(m.group("mo_rel")), ctx.future_at(m.start()))
    tail = m.group("mo_rel")
    named_alone = not (m.group("mo_shahr") or m.group("mo_pre") or tail or m.group("mo_m2") or m.group("mo_yr"))
    if month.strict and named_alone and not _month_context_before(ctx.text, m.start()):
        return None
    if m.group("mo_yr"):  # يناير من العام الماضي، رمضان هذا العام
        year = _relative_year(ctx, m, "mo", month)
        return "month", (f"H{year}-{month.number:02d}" if month.calendar == "hijri" else f"{year:04d}-{month.number:02d}") if year else None
    direction = _direction(tail) if tail else None
    pre = _squash(m.group("mo_pre") or "")
    future = ctx.future_at(m.start())
    if month.calendar == "hijri" and pre in ("بدايه", "مطلع", "غره"):
        # its first day, placed as a day is: within the coming weeks it is the coming one ("مطلع ذي
        # القعدة" read in Shawwal); a month named alone keeps the past ("في سبتمبر" in a story)
        future = future or (direction is None and _upcoming(ctx.reference, 1, month))
        return "date", resolve.day_month(ctx.reference, 1, month.number, month.calendar, direction, future)
    future = future or (direction is None and _next_month(ctx.reference, month))
    return "month", resolve.month_only(ctx.reference, month.number, month.calendar, direction, future)


def _next_month(reference: date | None, month: lexicon.Month) -> bool:
    """A Gregorian month named alone that is the one after the article's is the coming one
    ("لشحنات سبتمبر" and "عقود برنت تسليم سبتمبر" written in August), not last year's: in the
    1,080 snapshot articles 14 such months are contracts, shipments, meetings ahead."""
    return reference is not None and month.calendar != "hijri" and month.number == reference.month % 12 + 1


def _read_month_pair(m, ctx):
    """``خلال شهري رجب وشعبان``: two months of one calendar, one range; a Hijri pair
    runs from its first month's first day to its second month's last, in Gregorian days (the
    gold's "2015-04-20/2015-06-17"); a Gregorian pair is written as months (2015-06/2015-07)."""
    first, second = _month_of(m, "mp_a"), _month_of(m, "mp_b")
    if first.calendar != second.calendar or second.number <= first.number:
        return "range", None  # (none such in the 1,080 snapshot articles)
    direction = _direction(m.group("mp_rel")) if m.group("mp_rel") else None
    if first.calendar != "hijri":
        return _months_range(ctx, (first, second), None, direction, ctx.future_at(m.start()))
    placed = resolve.month_only(ctx.reference, first.number, "hijri", direction, ctx.future_at(m.start()))
    if placed is None:
        return "range", None
    year = int(placed[1:5])
    start = resolve.hijri_date(year, first.number, 1)
    after = resolve.hijri_date(year + (second.number == 12), second.number % 12 + 1, 1)
    if not (start and after and FULL_DATE.fullmatch(start) and FULL_DATE.fullmatch(after)):
        return "range", None
    end = (date.fromisoformat(after) - datetime.timedelta(days=1)).isoformat()
    return "range", f"{start}/{end}"


def _relative_year(ctx, m, name: str, month: lexicon.Month) -> int | None:
    """The year of "<month> من العام الماضي" (for a Hijri month, the Hijri year whose month falls
    in that Gregorian year: "رمضان هذا العام" → 1436)."""
    if ctx.reference is None:
        return None
    year = ctx.reference.year + (_direction(m.group(name + "_yrel")) or 0)
    if month.calendar == "hijri":
        return hijri.hijri_year_in(year, month.number)
    return year


PREPOSITION_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:في|خلال|منذ|قبل|بعد|حتي|طوال|مطلع|نهايه|بدايه|اواخر|اوائل|منتصف){S}$")
WORD_BEFORE = re.compile(rf"(?<!\w)[وفبل]?(?P<w>\w+){S}$")


def _month_context_before(text: str, start: int) -> bool:
    """في رمضان، إفطار رمضان: a word before a month name that has other readings."""
    if PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = WORD_BEFORE.search(text, max(0, start - 16), start)
    return bool(m) and m.group("w") in MONTH_CONTEXT


SINCE_BEFORE = re.compile(rf"(?<!\w)و?(?P<since>منذ){S}$")  # منذ عام 2003: on the matching form
RANGE_END_AFTER = re.compile(rf"{S0}و?{S0}(?:الي|حتي|لغايه){S0}(?:\d|(?:ال)?(?:عام|سنه)(?!\w)|الان(?!\w)|اليوم(?!\w))")  # منذ 2009 حتى 2013: a range read later


def _read_year(m, ctx):
    if m.group("y_a"):
        year, era = int(m.group("y_a")), m.group("y_a_era")
        since = SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if since and not _is_hijri_era(era) and 1600 <= year:  # (عام 1430 with no era is Hijri; منذ عام 2010م too)
            return _since_year(m, ctx, year, since.start("since"))
    elif m.group("y_b"):
        year, era = int(m.group("y_b")), m.group("y_b_era")
    elif m.group("y_d"):
        return "year", m.group("y_d")
    elif m.group("y_e"):
        return "year", m.group("y_e")
    else:
        year = int(m.group("y_c"))
        prep = _squash(m.group("y_prep"))
        if prep == "منذ":
            return _since_year(m, ctx, year, m.start())
        plain = prep not in ("مطلع", "نهايه", "اواخر", "اوائل", "منتصف", "بدايه")
        return "year", str(year), m.start("y_c") if plain else m.start()
    if _is_hijri_era(era):
        return "year", f"H{year}"
    if era is None and 1300 <= year <= 1500 and m.group("y_a"):
        return "year", f"H{year}"
    if not 1000 <= year <= 2200:
        return None
    return "year", str(year)


def _is_hijri_era(era: str | None) -> bool:
    return bool(era) and (era.startswith("ه") or "هجر" in era)


def _since_year(m, ctx, year: int, start: int):
    """``منذ 2006``، ``منذ عام 2003``: from that year to the article's date (2006/2015-07-21), as the
    gold writes seven of the ten such spans on dev; a year still to come, or one that a second end
    follows (منذ 2009 حتى 2013), stays a year."""
    reference = ctx.reference
    if RANGE_END_AFTER.match(ctx.text, m.end()) or (reference is not None and year > reference.year):
        return "year", str(year), start
    return "range", f"{year}/{reference.isoformat()}" if reference else None, start


def _count(text: str | None) -> float | None:
    if not text:
        return None
    return parse_number(" ".join(_without_article(word) for word in text.split()))


def _without_article(word: str) -> str:
    """``والأربعين`` → ``وأربعين``: number words after the first may carry the article."""
    words = number_words()
    for conjunction in ("", "و"):
        if word.startswith(conjunction + "ال") and word not in words and word[len(conjunction) + 2 :] in words:
            return conjunction + word[len(conjunction) + 2 :]
    return word


def _read_set(m, ctx):
    if m.group("s_wd"):
        day = m.group("s_wd")
        day = day if day.startswith("ال") else "ال" + day
        return "set", f"XXXX-WXX-{lexicon.weekdays()[day]}"
    unit, count = lexicon.time_units()[_squash(m.group("s_unit"))]
    number = _count(m.group("s_num")) if m.group("s_num") else (2 if count == 2 else 1)
    return "set", _with_tail(resolve.duration(number, unit), m, "s2")


def _with_tail(value: str | None, m, name: str) -> str | None:
    """``5 أشهر و27 يوما`` → P5M27D: the second unit of a compound duration added to the first."""
    if value is None or not m.group(name + "_u"):
        return value
    unit, count = lexicon.time_units()[_squash(m.group(name + "_u"))]
    number = _count(m.group(name + "_n")) if m.group(name + "_n") else (2 if count == 2 else 1)
    if number is None:
        return value
    return resolve.add_durations(value, resolve.duration(number, unit))


def _read_clock(m, ctx):
    if m.group("c_mid"):
        end_of_span = UNTIL_BEFORE.search(ctx.text, max(0, m.start("c_mid") - 12), m.start("c_mid"))
        return "time", _at(None, 24 if end_of_span else 0, 0)
    raw = m.group("c_h") or m.group("c_hm") or m.group("c_hc") or m.group("c_n") or m.group("c_hw")
    if raw[0].isdigit():
        hour, _, minute = raw.replace(".", ":").replace(",", ":").partition(":")
        hour, minute = int(hour), int(minute or 0)
    else:
        hour, minute = HOURS[_squash(raw)], 0
    hour, minute = _fraction(hour, minute, _squash(m.group("c_frac") or ""))
    ampm = _squash(m.group("c_ampm") or "").removeprefix("من ") or _range_end_ampm(ctx.text, m.end())
    if ampm in PM and hour < 12:
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    # A clock time names no day ("T10:00": the day named beside it is added later), except a wire
    # stamp in Mecca time (16:44 ت م); a time in Greenwich time ends in Z, as ISO 8601 writes UTC.
    stamp = m.group("c_tm") and not m.group("c_tm").endswith(("غرينتش", "جرينتش"))
    value = _at(ctx.reference if stamp else None, hour, minute)
    return "time", value + "Z" if m.group("c_gmt") else value


UNTIL_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:حتي|الي|لغايه){S}$")  # "حتى منتصف الليل": the end of a span


CLOCK_RANGE_END = re.compile(
    rf"{S0}و?(?:الي|حتي|[-–]){S0}(?:الساعه{S})?(?:\d{{1,2}}(?:[:.]\d\d)?|{alternation(HOURS)})"
    rf"{S}(?P<ampm>مساء|مساءا|ظهرا|عصرا|ليلا)(?!\w)"
)


def _range_end_ampm(text: str, end: int) -> str:
    """``من الساعة 5 إلى 9 مساء``: the start of a clock range takes the part of day of its end."""
    m = CLOCK_RANGE_END.match(text, end)
    return m.group("ampm") if m else ""


def _fraction(hour: int, minute: int, frac: str) -> tuple[int, int]:
    if not frac:
        return hour, minute
    before = frac.startswith("الا")
    for word, minutes in (("نصف", 30), ("ربع", 15), ("ثلث", 20)):
        if word in frac:
            return (hour - 1, 60 - minutes) if before else (hour, minutes)
    return hour, minute


def _at(day: date | None, hour: int, minute: int) -> str:
    clock = f"T{hour:02d}:{minute:02d}"
    return f"{day.isoformat()}{clock}" if day else clock


PER_UNIT = {"الاسبوع": "P1W", "الشهر": "P1M", "العام": "P1Y", "السنه": "P1Y"}
RATE_REACH = 40  # characters back to the quantity a rate counts


def _read_perunit(m, ctx):
    before = ctx.text[max(0, m.start() - RATE_REACH) : m.start()]
    if not _quantity_regex().search(before):
        return None  # "في العام" with nothing counted before it is a year of something, not a rate
    return "set", PER_UNIT[m.group("pu")]


@lru_cache(maxsize=1)
def _quantity_regex() -> re.Pattern[str]:
    words = _alt(f for f, (_, kind) in number_words().items() if kind != "fraction")
    return re.compile(rf"\d|(?<!\w)(?:مره|مرات|مرتين|{words})(?!\w)")


def _read_phrase(m, ctx):
    phrase = _squash(m.group("ph"))
    kind, rule = lexicon.phrases()[phrase]
    if phrase == "في اليوم" and (which := WHICH_AFTER.match(ctx.text, m.end())):
        return "date", None, m.start(), which.end()  # في اليوم الذي وصل فيه: the day when, undated
    if phrase == "في اليوم" and (TODAY_NOT.match(ctx.text, m.end()) or ORDINAL_NUMBER_AFTER.match(ctx.text, m.end())):
        return None  # في اليوم الـ7، في اليوم العالمي: a day of something, not "per day"
    if phrase in SURNAME_LIKE and not DEFINITE_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "وأضاف الشهري": the family name, not "monthly"
    if phrase.endswith(("العام", "السنه")) and (rel := _relative_word_after().match(ctx.text, m.end())):
        # "طوال العام الماضي": throughout last year, the year (as "خلال العام الماضي")
        return "year", resolve.shift_year(ctx.reference, _direction(rel.group("rel"))), m.start(), rel.end()
    if phrase == "شهري" and _dual_construct_after(ctx.text, m.end()):
        return None  # "خلال شهري يونيو ويوليو"، "شهري الصيف": the two months of, not monthly
    if phrase == "اخيرا" and ctx.text[m.start() - 1 : m.start()] == "و":
        return None  # "وأخيرا": finally
    if phrase in ("بعد فتره", "قبل فتره") and not VAGUE_PERIOD_END.match(ctx.text, m.end()):
        return None  # "بعد فترة الإغلاق"، "بعد فترة التوقف": after an event's time, not "after a while"
    if phrase == "قريبا" and NEAR_AFTER.match(ctx.text, m.end()):
        return None  # "قريبا من الهبوط"، "تحط قريبا منه": near, not soon
    if phrase == "طويلا" and ACCUSATIVE_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None  # "قطع شوطا طويلا": the adjective of a noun; "لم يدم طويلا" (for long) is a duration
    if rule is None:
        return kind, None
    if rule == "ref":
        return kind, resolve.iso_date(ctx.reference)
    if rule == "noon":
        return kind, _at(ctx.reference, 12, 0)
    if rule.startswith("hijri:"):  # a feast: عيد الفطر، عيد الأضحى
        month, day = (int(x) for x in rule[6:].split("-"))
        feast = _feast_day(ctx.reference, (month, day)) if ctx.reference else None
        return kind, feast.isoformat() if feast else resolve.day_month(ctx.reference, day, month, "hijri", None)
    if rule.startswith("night:"):  # الليلة الماضية → the night of the day before: 2015-08-06TNI
        day = resolve.shift_days(ctx.reference, int(rule[6:]))
        return kind, f"{day}TNI" if day else None
    return kind, rule


def _dual_construct_after(text: str, end: int) -> bool:
    """Whether a month name or a definite word follows ``end``: "شهري رمضان وشوال"، "شهري الصيف"."""
    m = WORD_AFTER.match(text, end)
    return m is not None and (m.group("w").startswith("ال") or m.group("w") in lexicon.months())


WORD_AFTER = re.compile(rf"{S}(?P<w>\w+)")


@lru_cache(maxsize=1)
def _relative_word_after() -> re.Pattern[str]:
    """A relative word right after ``end`` (الماضي، الجاري، المقبل…), compiled on first use."""
    return re.compile(rf"{S}(?P<rel>{_alt(lexicon.relative_words())})(?!\w)")



def _read_anaphor(m, ctx):
    """``في ذلك اليوم``، ``حينها``، ``آنذاك``: the day, month or year last named before (null when none)."""
    for expression, end, kind in zip(reversed(ctx.found), reversed(ctx.found_ends), reversed(ctx.found_kinds)):
        if m.start() - end > ANAPHOR_REACH:
            break  # too far back to be sure what "then" points to
        if kind in DEICTIC_READERS and not _promptly_that_day(m, ctx, end, expression):
            continue  # "أعلنت أمس … الرئيس آنذاك": "then" is not the day of the news
        if expression.type in ("date", "month", "year") and expression.value:
            return expression.type, expression.value
    return "date", None


PROMPTLY = re.compile(r"في[^\S\n]+حينه(?:ا)?$")  # "في حينه": at the time, promptly (matching form)


def _promptly_that_day(m, ctx, end: int, expression: TimeExpression) -> bool:
    """``تلقت الشرطة مساء أمس بلاغا … وباشرت الحادثة في حينه``: "في حينه" in the sentence that named
    the story's day (أمس، اليوم) is that day (the gold's reading); "آنذاك" after it is not."""
    return (
        expression.type == "date"
        and PROMPTLY.search(m.group()) is not None
        and SENTENCE_BREAK.search(ctx.text, end, m.start()) is None
    )


DEICTIC_READERS = frozenset({"relday", "phrase"})  # اليوم، أمس، الآن: times of the writing, not of the story


def _read_ordday(m, ctx):
    """``اليوم الأول`` (of a course, a visit, a season): a day of a sequence the text does not date,
    null as the gold has all such spans on dev; ``في اليوم التالي`` is the day after the day named
    last (the gold's reading after "اليوم الاثنين"); ``لليوم الثالث على التوالي`` is how long a run of
    days has lasted (P3D)."""
    ordinal = _squash(m.group("od_ord"))
    if m.group("od_row"):
        count = ORDINAL_DAYS.get(ordinal)
        return ("duration", f"P{count}D") if count else ("duration", None)
    if ordinal == "التالي":
        day = _day_named_before(ctx, m.start())
        return "date", resolve.shift_days(day, 1) if day else None
    return "date", None


def _day_named_before(ctx, start: int) -> date | None:
    """The day last named before ``start`` (a calendar date, a weekday, اليوم/أمس), within
    :data:`ANAPHOR_REACH` characters, or ``None``."""
    for expression, end, kind in zip(reversed(ctx.found), reversed(ctx.found_ends), reversed(ctx.found_kinds)):
        if start - end > ANAPHOR_REACH:
            break
        if kind != "phrase" and expression.type == "date" and expression.value and FULL_DATE.fullmatch(expression.value):
            return date.fromisoformat(expression.value)
    return None


def _read_feastday(m, ctx):
    """``أول أيام عيد الفطر``، ``ثالث أيام العيد``: the feast's first day plus the ordinal's days. A bare
    العيد is the feast (الفطر or الأضحى) last begun before the article's date."""
    which = m.group("fd_which")
    if which:
        first = _feast_day(ctx.reference, FEASTS[which])
    else:
        first = max(filter(None, (_feast_day(ctx.reference, feast) for feast in FEASTS.values())), default=None)
    return "date", resolve.shift_days(first, FEAST_DAY_ORDINALS[m.group("fd_n")]) if first else None


FEASTS = {"الفطر": (10, 1), "الاضحي": (12, 10)}  # Hijri month and day each feast begins on


FEAST_AHEAD_DAYS = 10  # a feast this close ahead is the one the text means (غدا الجمعة أول أيام عيد الفطر)


def _feast_day(reference: date | None, feast: tuple[int, int]) -> date | None:
    """The day a feast (Hijri month, day) begins: the latest not after ``reference``, unless the
    next one is at most :data:`FEAST_AHEAD_DAYS` ahead (the eve of the feast)."""
    coming = resolve.day_month(reference, feast[1], feast[0], "hijri", 1)
    if coming and FULL_DATE.fullmatch(coming) and (date.fromisoformat(coming) - reference).days <= FEAST_AHEAD_DAYS:
        return date.fromisoformat(coming)
    value = resolve.day_month(reference, feast[1], feast[0], "hijri", None)
    return date.fromisoformat(value) if value and FULL_DATE.fullmatch(value) else None


def _read_last_ten(m, ctx):
    """``العشر الأواخر من رمضان``: the days from 21 Ramadan to its last, of the Ramadan going on or
    last ended at the article's date (2015-07-08/2015-07-16 for 1436)."""
    today = hijri.to_hijri(ctx.reference) if ctx.reference else None
    if today is None:
        return "range", None
    year = today[0] if today[1] >= 9 else today[0] - 1
    first, shawwal = hijri.to_gregorian(year, 9, 21), hijri.to_gregorian(year, 10, 1)
    if first is None or shawwal is None:
        return "range", None
    return "range", f"{first.isoformat()}/{(shawwal - datetime.timedelta(days=1)).isoformat()}"


ANAPHOR_REACH = 300  # characters back to the time "then" points to


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (matching form), or ""."""
    m = WORD_BEFORE.search(text, max(0, start - 24), start)
    return m.group("w") if m else ""


def _read_relday(m, ctx):
    word = _squash(m.group("rd_word"))
    if word == "امس" and ctx.text[m.start("rd_word") - 1 : m.start("rd_word")] == "ل":
        return None  # "بعد أن لامس أدنى مستوى": the verb touched, not ل + yesterday
    if word == "اليوم" and not _is_today(m, ctx.text):
        return None
    if word == "اليوم" and not (m.group("rd_wd") or m.group("rd_part")) and (when := _day_when(ctx.text, m)):
        return "date", None, m.start(), when  # سيأتي اليوم الذي…، اليوم الذي وصل فيه: the day when, undated
    if word == "الغد" and NEWSPAPER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if word == "غد" and not ctx.text[max(0, m.start("rd_word") - 4) : m.start("rd_word")].startswith("يوم"):
        return None  # غد alone is rare outside "يوم غد" and "بعد غد"
    if word == "امس" and NEED_AFTER.match(ctx.text, m.end()):
        return None  # أمسّ الحاجة: "most in need", not yesterday
    offset = RELATIVE_DAYS[word]
    if ctx.reference is None:
        return "date", None
    day = ctx.reference + datetime.timedelta(days=offset)
    if m.group("rd_wd") and not _weekday_after_past_day(offset, day, lexicon.weekdays()[m.group("rd_wd")]):
        # أمس الأحد: the weekday decides when the two disagree
        value = resolve.weekday(day, lexicon.weekdays()[m.group("rd_wd")], None)
        day = date.fromisoformat(value) if value and value[:1].isdigit() else None
        if day is None:
            return "date", value
    if m.group("rd_part") and _squash(m.group("rd_part")) == "ظهر":
        return "time", _at(day, 12, 0)  # ظهر اليوم، ظهر اليوم الثلاثاء
    return "date", day.isoformat()


def _weekday_after_past_day(offset: int, day: date, weekday: int) -> bool:
    """"أمس الثلاثاء" read on a Tuesday: the weekday falls after yesterday, up to the article's own
    day, so following it would go a week back; the article was written a day after its stamp, and
    أمس (ANNOTATION.md: published − 1) is kept, as the gold does."""
    return offset < 0 and (day.isoweekday() - weekday) % 7 >= 7 + offset


VAGUE_PERIOD_END = re.compile(rf"{S0}(?:[،,.;:؛!؟?\n»)\"”]|$|(?:ثم|قصيره|وجيزه|طويله|قريبه|معينه|بسيطه|قليله)(?!\w))")
ACCUSATIVE_NOUN_BEFORE = re.compile(r"\wا[\u064b-\u0652]*\s+$")  # "شوطا طويلا": a word in -ا before the adjective
NEAR_AFTER = re.compile(rf"{S}من(?:ه|ها|هم|هما|هن|نا|ني|ك|كم)?(?!\w)")
WHICH_AFTER = re.compile(rf"{S}الذي(?!\w)")  # في اليوم الذي وصل فيه: the day when, not "per day"
# "the day when" (سيأتي اليوم الذي، حتى اليوم الذي), not "today, which" (لقاء اليوم الذي سيكون القمة)
DAY_WHEN_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:س?[يت]اتي|جاء|ذلك|نفس|ذات|هو|كان|حتي|منذ){S}$")
RESUMPTIVE_AFTER = re.compile(rf"^[^،,.;:؛!؟?\n]{{0,40}}?(?<!\w)فيه(?!\w)")  # اليوم الذي وصل فيه


def _day_when(text: str, m) -> int | None:
    """Where "the day when" ends (after الذي), when اليوم opens such a clause; else ``None``."""
    which = WHICH_AFTER.match(text, m.end())
    if which is None:
        return None
    if DAY_WHEN_BEFORE.search(text, max(0, m.start() - 10), m.start()) or RESUMPTIVE_AFTER.match(text, which.end()):
        return which.end()
    return None
ORDINAL_NUMBER_AFTER = re.compile(rf"{S}ال{S0}\d")
# Frequency adjectives that are also common family names (بندر الشهري): monthly only after a
# definite or possessed noun (الراتب الشهري، دخلهم الشهري).
SURNAME_LIKE = frozenset({"الشهري"})
DEFINITE_NOUN_BEFORE = re.compile(rf"(?:(?<!\w)[وفبلك]?ال\w+|\w(?:هم|ها|هن|كم|نا)){S}$")
NEED_AFTER = re.compile(rf"{S}(?:ال)?حاجه(?!\w)")


def _is_today(m, text) -> bool:
    """اليوم is today, not اليوم الوطني or the newspaper «اليوم»."""
    if m.group("rd_wd"):
        return True
    at = m.start("rd_word")
    if TODAY_NOT.match(text, m.end()):
        return False
    if at > 0 and text[at - 1] in "«\"“":
        return False
    return not NEWSPAPER_BEFORE.search(text, max(0, at - 12), at)


def _read_weekday(m, ctx):
    if m.start() > 0 and ctx.text[m.start() - 1] in "«\"“":
        return None  # "الجمعة" in quotation marks names something else
    day = lexicon.weekdays()[m.group("w_day")]
    direction = _direction(m.group("w_rel"))
    if direction is None and ctx.future_at(m.start()):
        direction = 1
    value = resolve.weekday(ctx.reference, day, direction)
    if m.group("w_part") and _squash(m.group("w_part")) == "ظهر":
        return "time", _at(date.fromisoformat(value) if value else None, 12, 0)  # ظهر الأربعاء, as ظهر اليوم
    return "date", value


SCHOOL_YEAR_START = 9  # the Saudi school year begins late in August: in July and August the new one is the year's
SCHOOL_YEAR_END = 6  # and ends in June
EDGE_OF_YEAR_BEFORE = re.compile(rf"(?:بدايه|مطلع|نهايه|اواخر|اوائل|منتصف|انطلاق|انطلاقه|افتتاح|بدء|اول|اخر){S}$")


def _read_school_year(m, ctx):
    """``للعام الدراسي الحالي`` → H1436/H1437: the school year going on, or the one that begins next in
    summer (from July), written as the gold writes "العام الدراسي 1436-1437هـ". Its start or end
    ("بداية العام الدراسي") is a day the gold dates from the calendar, not read here."""
    if EDGE_OF_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) or ctx.reference is None:
        return None
    if m.group("sc_a"):  # العام التدريبي الجديد 1436/1437هـ
        first, second = sorted((int(m.group("sc_a")), int(m.group("sc_b"))))
        hijri_mark = "H" if first < 1600 else ""
        return "range", f"{hijri_mark}{first}/{hijri_mark}{second}"
    rel = _squash(m.group("sc_rel") or "")
    if not rel and not m.group().startswith("لل"):
        return None  # "طيلة العام الدراسي" in a memoir, "في وقت لاحق من العام الدراسي": any school year
    shift = -1 if _direction(rel) == -1 else 0
    if _direction(rel) == 1 and ctx.reference.month < 7:
        shift = 1
    start_year = ctx.reference.year - (1 if ctx.reference.month < 7 else 0) + shift
    first = hijri.to_hijri(date(start_year, SCHOOL_YEAR_START, 1))
    last = hijri.to_hijri(date(start_year + 1, SCHOOL_YEAR_END, 15))
    if first is None or last is None:
        return "range", None
    # the school year 2015/16 ran from Dhu al-Qadah 1436 to Ramadan 1437; that of 2023/24 lay in 1445
    return ("range", f"H{first[0]}/H{last[0]}") if last[0] != first[0] else ("year", f"H{first[0]}")


def _read_period(m, ctx):
    if m.group("p_y"):
        return _period_with_year(m, ctx)
    if m.group("p_this"):
        unit, offset = m.group("p_this").split()[-1], 0
    else:
        unit, offset = m.group("p_unit"), _direction(m.group("p_rel"))
        if unit.endswith("عام") and _general_adjective(ctx.text, m.start("p_unit")):
            return None
        if m.group("p_hijri"):
            return _hijri_year(ctx, offset, _squash(m.group("p_pre") or ""))
    if unit.endswith("اسبوع"):
        return "week", resolve.shift_week(ctx.reference, offset)
    if unit.endswith("شهر"):
        holy = HOLY_MONTH_AFTER.match(ctx.text, m.end()) if m.group("p_this") else None
        if holy is not None:  # "في هذا الشهر الكريم": Ramadan, not the calendar month (null, as the gold)
            return "month", None, m.start(), holy.end()
        named = _previous_month(ctx) if _squash(m.group("p_rel") or "") in ("السابق", "السابقه") else None
        if named is not None:  # "خلال يونيو … مقارنة بالشهر السابق": the month before the one named
            return "month", resolve.shift_month(named, -1)
        if offset == 0 and _month_just_ended(m, ctx):
            offset = -1
        return "month", resolve.shift_month(ctx.reference, offset)
    since = _since_start_of_this_year(m, ctx, offset)
    if since is not None:
        return since
    return "year", resolve.shift_year(ctx.reference, offset)


HOLY_MONTH_AFTER = re.compile(rf"{S}{MONTH_TAIL}(?!\w)")  # هذا الشهر الكريم/الفضيل/المبارك


def _month_just_ended(m, ctx) -> bool:
    """``أدت الهجمات إلى مقتل 130 شخصا هذا الشهر`` in an article dated the 1st: the story, written
    the evening before, counts the month that has just ended (the gold's reading); a sentence about
    the future ("سيعقد في وقت لاحق هذا الشهر") keeps the new month."""
    if ctx.reference is None or ctx.reference.day != 1 or ctx.future_at(m.start()):
        return False
    # the whole month, not its end or a day of it ("بنهاية الشهر الحالي"، "العاشر من هذا الشهر"),
    # which the story more often sets in the month to come
    pre = m.group("p_pre")
    if pre is not None and WHOLE_MONTH_PRE.fullmatch(pre) is None:
        return False
    return not MONTH_DAY_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())


WHOLE_MONTH_PRE = re.compile(rf"(?:في{S})?(?:وقت{S}سابق(?:{S}من)?|خلال|طوال)")  # matching form
MONTH_DAY_BEFORE = re.compile(r"(?<!\w)من[^\S\n]+$")


def _since_start_of_this_year(m, ctx, offset: int):
    """``منذ بداية العام الحالي``، ``منذ مطلع هذا العام``: from 1 January to the article's date, a range
    (both such dev spans are ranges; the Hijri year's start, منذ مطلع العام الهجري, stays its date)."""
    if offset != 0 or ctx.reference is None or _squash(m.group("p_pre") or "") not in ("مطلع", "بدايه"):
        return None
    since = SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if since is None:
        return None
    return "range", f"{ctx.reference.year}-01-01/{ctx.reference.isoformat()}", since.start("since")


def _period_with_year(m, ctx):
    """``العام الجاري 1436هـ``، ``العام الحالي 2015``: the year written after a relative year is
    read with it when it is that year; another number ("العام الماضي 2000 حالة") is left to the
    numbers stage, and the expression ends before it."""
    year = int(m.group("p_y"))
    offset = 0 if m.group("p_this") else _direction(m.group("p_rel")) or 0
    hijri_year = m.group("p_hijri") or _is_hijri_year(year, m.group("p_y_era"))
    if ctx.reference is not None:
        now = hijri.to_hijri(ctx.reference)[0] if hijri_year and hijri.to_hijri(ctx.reference) else ctx.reference.year
        if year - offset != now:
            m_end = m.end("p_this") if m.group("p_this") else m.end("p_rel")
            if m.group("p_hijri"):
                return (*_hijri_year(ctx, offset, _squash(m.group("p_pre") or "")), m.start(), m_end)
            return "year", resolve.shift_year(ctx.reference, offset), m.start(), m_end
    return "year", f"H{year}" if hijri_year else str(year)


def _previous_month(ctx) -> date | None:
    """The first day of the last Gregorian month named before (``يونيو``, ``يونيو 2015``), if any:
    "الشهر السابق" counts back from it, where "الشهر الماضي" counts back from the article's date."""
    for expression in reversed(ctx.found):
        if expression.type == "month" and expression.value and MONTH_VALUE.fullmatch(expression.value):
            return date(int(expression.value[:4]), int(expression.value[5:]), 1)
    return None


MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def _hijri_year(ctx, offset: int, pre: str):
    """العام الهجري الحالي → H1436; مطلع العام الهجري الحالي → the date of 1 Muharram."""
    today = hijri.to_hijri(ctx.reference) if ctx.reference else None
    if today is None:
        return "year", None
    year = today[0] + offset
    if pre in ("مطلع", "بدايه"):
        return "date", resolve.hijri_date(year, 1, 1)
    return "year", f"H{year}"


def _read_dayrel(m, ctx):
    """``العاشر من الشهر الحالي``, ``15 من الشهر الماضي``, ``في 25 الجاري``: a day of a month named relatively."""
    if m.group("dr_now"):  # في 25 الجاري: a day of the month the article is written in
        day, shift = int(m.group("dr_day2")), 0
    else:
        day = int(m.group("dr_day")) if m.group("dr_day") else ORDINAL_DAYS[_squash(m.group("dr_ord"))]
        shift = _direction(m.group("dr_rel")) or 0
    month = resolve.shift_month(ctx.reference, shift)
    if month is None:
        return "date", None
    try:
        return "date", date(int(month[:4]), int(month[5:7]), day).isoformat()
    except ValueError:
        return None


def _general_adjective(text: str, start: int) -> bool:
    """``الأمين العام الحالي``: العام here means general, not year."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1] in ADJECTIVE_GENERAL


def _read_season(m, ctx):
    season = SEASONS[m.group("se")] if m.group("se") else BARE_SEASONS[m.group("se_bare")]
    if m.group("se_y"):
        year = int(m.group("se_y"))
        if _is_hijri_year(year, m.group("se_era")):
            return "range", _season_of_hijri_year(year, season)
        return "range", f"{year}-{season}"
    offset = _direction(m.group("se_rel2") or m.group("se_rel")) or 0
    if ctx.reference is None:
        return "range", None
    if offset == 1 and not m.group("se_rel2"):  # الشتاء المقبل read in August: the winter that starts in December
        year = ctx.reference.year + (SEASON_START[season] <= ctx.reference.month)
        return "range", f"{year}-{season}"
    return "range", f"{ctx.reference.year + offset}-{season}"


def _season_of_hijri_year(year: int, season: str) -> str | None:
    """صيف 1436هـ → 2015-SU: the Gregorian year whose season falls inside the Hijri year."""
    start, end = hijri.to_gregorian(year, 1, 1), hijri.to_gregorian(year + 1, 1, 1)
    if start is None or end is None:
        return f"H{year}-{season}"
    for candidate in (start.year, start.year + 1):
        if start <= date(candidate, SEASON_MONTH[season], 15) < end:
            return f"{candidate}-{season}"
    return f"{start.year}-{season}"


def _read_fraction(m, ctx):
    """النصف الأول من العام الحالي → 2015-H1; في الربع الثاني → 2015-Q2 (the year of the article)."""
    part = YEAR_PARTS["ال" + m.group("fr_part")[-3:]]  # للربع الثاني: the article after ل is dropped
    ordinal = m.group("fr_ord")
    number = (2 if part == "H" else 4) if ordinal == "الاخير" else PART_ORDINALS[ordinal]
    if part == "H" and number > 2:
        return None
    named_year = m.group("fr_y") or m.group("fr_y2")
    said_year = named_year or m.group("fr_rel") or m.group("fr_this") or m.end() > m.end("fr_ord")
    # النصف الأول من المباراة: half of something else; a bare النصف الأول is as often a match's half,
    # a bare quarter (أرباح الربع الثاني) a year's
    if not said_year and ((not m.group("fr_pre") and part == "H") or OF_SOMETHING_AFTER.match(ctx.text, m.end())):
        return None
    if named_year:
        year = int(named_year)
    elif ctx.reference is None or FISCAL_AFTER.match(ctx.text, m.end()) or (m.end() == m.end("fr_ord") and _fiscal_year_said(ctx)):
        # a company's fiscal quarter ("في الربع الأول من السنة المالية", or a bare "في الربع الثالث" in
        # an article on "سنتها المالية") is no calendar one
        return "range", None
    else:
        year = ctx.reference.year + (_direction(m.group("fr_rel")) or 0)
    return "range", f"{year}-{part}{number}"


FISCAL_AFTER = re.compile(rf"{S}الماليه?(?!\w)")
FISCAL_YEAR = re.compile(
    rf"(?<!\w)(?:[وفبل]?(?:سنت|عام)(?:ها|ه|هم|نا)|(?:[وفب]?ال|ل?ل)(?:عام|سنه)){S}الماليه?(?!\w)(?!{S0}[/(]?{S0}(?:19|20|13|14)\d\d(?!\d))"
)


def _fiscal_year_said(ctx) -> bool:
    """Whether the article speaks of a fiscal year with no calendar year next to it (سنتها المالية،
    العام المالي الماضي): its quarters and halves are then the company's, not the calendar's."""
    said = ctx.memo.get("fiscal")
    if said is None:
        said = ctx.memo["fiscal"] = FISCAL_YEAR.search(ctx.text) is not None
    return said


OF_SOMETHING_AFTER = re.compile(rf"{S}(?:من(?!\w)|لل)")


PART_OF_YEAR = re.compile(r"(?P<y>\d{4})-(?P<part>[HQ]\d|\d\d(?:/\d{4}-\d\d)?)")
SAME_PERIOD_REACH = 600  # characters back to the period "the same period" repeats


def _named_year(m, ctx, prefix: str) -> int | None:
    """The year a period phrase names: written (``<prefix>_y``/``_y2``), or this/last/next year
    (``<prefix>_this``/``_rel``) from the article's date; None without one."""
    written = m.group(f"{prefix}_y") or m.group(f"{prefix}_y2")
    if written:
        return int(written)
    if ctx.reference is None:
        return None
    return ctx.reference.year + (0 if m.group(f"{prefix}_this") else _direction(m.group(f"{prefix}_rel")) or 0)


def _read_same(m, ctx):
    """``مقارنة بالفترة نفسها من العام الماضي``: the period last named (النصف الأول → H1, الأشهر
    الخمسة الأولى → 01/05, يونيو → 06) in the year this one names; null when none is named."""
    year = _named_year(m, ctx, "sa")
    if year is None:
        return "range", None
    wanted = {"النصف": "H", "الربع": "Q"}.get(m.group("sa_part") or "")
    recent = _recent_part_of_year(ctx, m.start(), SAME_PERIOD_REACH)
    if recent is None or not recent.value or (wanted and wanted not in recent.value):
        return "range", None
    if recent.type == "month" and UP_TO_MONTH.search(match_form(recent.text)):
        # "مع نهاية مايو … خلال الفترة نفسها من عام 2014": the year up to that month
        return "range", f"{year:04d}-01/{year:04d}{recent.value[4:]}"
    return "range", _part_in_year(recent, year - int(recent.value[:4]))


UP_TO_MONTH = re.compile(r"(?<!\w)[وفب]?(?:نهايه|حتي)(?!\w)")


def _read_months(m, ctx):
    """The first (last) N months of a named year: a range of months."""
    count = _count(m.group("ms_num"))
    if count is None or not (1 <= count <= 12 and float(count).is_integer()):
        return None
    year = _named_year(m, ctx, "ms")
    if year is None:
        return "range", None
    first, last = (1, int(count)) if m.group("ms_which") == "الاولي" else (13 - int(count), 12)
    return "range", f"{year}-{first:02d}/{year}-{last:02d}"


DECADE_BEFORE = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?عقد{S}$")


def _read_age(m, ctx):
    if m.group("ag_ord") and DECADE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # في العقد الثالث من عمرها: the decade of life, not the age
    if m.group("ag_ord"):
        return "duration", f"P{AGE_ORDINALS[_squash(m.group('ag_ord'))]}Y"
    return "duration", f"P{int(m.group('ag_num') or m.group('ag_digits'))}Y"


def _read_artdur(m, ctx):
    if not (m.group("a_num") or m.group("a_rel")) and _squash(m.group("a_pre") or "") in ("", "في"):
        return None
    unit, _ = lexicon.time_units()[_squash(m.group("a_unit"))]
    if not m.group("a_num"):
        if m.group("a_rel") and unit in ("D", "W", "M", "Y", "DEC") and _squash(m.group("a_pre") or "") not in ("طوال", "طيله"):
            # "في الأيام الأخيرة"، "خلال الأشهر المقبلة": a stretch of the calendar without bounds, a
            # range (14 of the 15 such dev spans); hours ("خلال الساعات القادمة") and "طيلة" stay durations
            return "range", None
        return "duration", None
    return "duration", resolve.duration(_count(m.group("a_num")), unit)


def _read_durrange(m, ctx):
    """بين 5 و15 عاما، من شهر إلى عامين: a duration known only within bounds."""
    return "duration", None


def _read_era(m, ctx):
    """خلال فترة حكمه، في عهد المالكي، في الحقبة السوفييتية: a period named by what filled it."""
    return "range", None


def _read_decade(m, ctx):
    return "duration", "P10Y" if m.group("de_last") or m.group("de_unit") == "عقد" else "P100Y"


def _read_single(m, ctx):
    """لمدة شهر، خلال سنة → P1M, P1Y; قبل عام، منذ شهر → counted back from the article's date."""
    unit, _ = lexicon.time_units()[_squash(m.group("sg_unit"))]
    pre = _squash(m.group("sg_pre"))
    if m.group("sg_frac"):
        return "duration", _with_fraction(1, unit, m.group("sg_frac"))
    if pre in ("منذ", "قبل") and not OTHER_ANCHOR_AFTER.match(ctx.text, m.end()):
        if pre == "قبل" and unit == "Y":
            recent = _recent_part_of_year(ctx, m.start(), YEAR_AGO_REACH)
            if recent is not None and recent.type == "range":  # "13.6 مليار دولار في الربع الثاني … قبل عام": that quarter a year back
                return "range", _part_in_year(recent, -1)
        return _ago(ctx, 1, unit)  # منذ شهر: a month back (no such span in the gold says otherwise)
    return "duration", resolve.duration(1, unit)


def _read_whole(m, ctx):
    unit, _ = lexicon.time_units()[_squash(m.group("wh_unit"))]
    return "duration", resolve.duration(1, unit)


YEAR_AGO_REACH = 300  # characters back to the quarter or half a "قبل عام" of results compares with
PART_WORDS = re.compile(r"الربع|النصف|الفتر|الاشهر|الشهور")


def _recent_part_of_year(ctx, start: int, reach: int) -> TimeExpression | None:
    """The last quarter, half or span of months named within ``reach`` characters before ``start``
    (one whose value is null — a fiscal quarter — included)."""
    for expression, end in zip(reversed(ctx.found), reversed(ctx.found_ends)):
        if end < start - reach:
            break
        if (expression.value and PART_OF_YEAR.fullmatch(expression.value)) or (
            expression.type == "range" and expression.value is None and PART_WORDS.search(match_form(expression.text))
        ):
            return expression
    return None


def _part_in_year(expression: TimeExpression, shift: int) -> str | None:
    """``2015-Q2`` one year back → ``2014-Q2``; ``2015-01/2015-05`` → ``2014-01/2014-05``; null stays null."""
    if not expression.value:
        return None
    return "/".join(f"{int(v[:4]) + shift:04d}{v[4:]}" for v in expression.value.split("/"))


def _with_fraction(count: float, unit: str, fraction: str) -> str:
    """``ساعة ونصف`` → PT1H30M, ``ثلاثة أيام ونصف`` → P3.5D: a half or quarter of the unit added."""
    part = 0.5 if fraction == "نصف" else 0.25
    if unit == "H":
        return resolve.add_durations(resolve.duration(count, "H"), resolve.duration(int(part * 60), "MIN"))
    return resolve.duration(count + part, unit)


def _read_dur(m, ctx):
    unit, _ = lexicon.time_units()[_squash(m.group("u_unit"))]
    pre = _squash(m.group("u_pre") or "")
    if unit in ("DEC", "CENT") and not pre:
        return None  # عقود are contracts as often as decades
    if _squash(m.group("u_num")) in VAGUE_AGES and _squash(m.group("u_unit")).startswith("ال"):
        return "duration", None  # آلاف السنين، مئات الأعوام: ages, not counts of years
    if _squash(m.group("u_num")) in SCALE_WORDS:
        return None  # "40 مليون ساعة" counts hours watched; "مليونا عام" is not a duration
    count = _count(m.group("u_num"))
    if count is None or m.group("u_from"):
        if m.group("u_from") or _squash(m.group("u_num")) in ("عده", "بضعه", "بضع", "عشرات"):
            return "duration", None  # خلال 8-48 ساعة، عدة أيام
        return None
    if pre in ("منذ", "قبل") and not m.group("u_rel") and not _lasting(pre, unit):
        if pre == "قبل" and OTHER_ANCHOR_AFTER.match(ctx.text, m.end()):
            return "duration", resolve.duration(count, unit)  # قبل يومين من الانتخابات: not from publication
        return _ago(ctx, count, unit)
    if m.group("u_frac"):
        return "duration", _with_fraction(count, unit, m.group("u_frac"))
    return "duration", _with_tail(resolve.duration(count, unit), m, "u2")


VAGUE_AGES = frozenset({"مئات", "الاف"})
SCALE_WORDS = frozenset({"الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مليار", "مليارا", "مليارات"})
OTHER_ANCHOR_AFTER = re.compile(rf"{S}(?:من|علي){S}(?!الان(?!\w)|اليوم(?!\w)|الحين(?!\w))")


def _ago(ctx, count: float, unit: str):
    """منذ ثلاثة أيام → a date; قبل ثلاثة أسابيع → P3W (annotated as a span); قبل عامين → a year."""
    if unit == "W" or count * YEARS_IN.get(unit, 0) > DEEP_PAST_YEARS:
        return "duration", resolve.duration(count, unit)  # منذ أربعة آلاف عام: no calendar year
    return resolve.ago(ctx.reference, count, unit)


def _lasting(pre: str, unit: str) -> bool:
    """منذ أربعة أشهر، منذ 25 عاما، منذ عامين: "since" a number of months or years says how long
    something has lasted (P4M, P25Y, P2Y: all 8 such spans of the dev gold are durations), while
    days stay the date they name (the issue's "منذ ثلاثة أيام") and "قبل عامين" a year."""
    return pre == "منذ" and unit in LASTING_UNITS


LASTING_UNITS = frozenset({"M", "Y", "DEC", "CENT"})


YEARS_IN = {"Y": 1, "DEC": 10, "CENT": 100}
DEEP_PAST_YEARS = 500  # further back than this, "منذ N عام" is an age, not a year to name


def _read_dual(m, ctx):
    unit, _ = lexicon.time_units()[_squash(m.group("du_unit"))]
    pre = _squash(m.group("du_pre") or "")
    if m.group("du_base"):  # "منذ مائة وعامين": a hundred and two years
        return _counted_dual(m, ctx, pre, unit, number_words()[m.group("du_base")][0] + 2)
    if unit in ("DEC", "CENT") and not pre:
        of_time = OF_TIME_AFTER.match(ctx.text, m.end())  # عقدين من الزمان: two decades, not two contracts
        return ("duration", resolve.duration(2, unit), m.start(), of_time.end()) if of_time else None
    if not pre and unit == "Y" and _word_before(ctx.text, m.start()) in lexicon.general_plural_nouns():
        return None  # "المدراء العامين": general managers, not two years
    if pre in ("منذ", "قبل") and not m.group("du_rel") and not _lasting(pre, unit):
        if pre == "قبل" and OTHER_ANCHOR_AFTER.match(ctx.text, m.end()):
            return "duration", resolve.duration(2, unit)  # قبل يومين من الانتخابات
        return _ago(ctx, 2, unit)
    if unit == "D" and _direction(m.group("du_rel")) == 1:
        return _next_two_days(ctx)
    return "duration", resolve.duration(2, unit)


OF_TIME_AFTER = re.compile(rf"{S}من{S}(?:الزمان|الزمن)(?!\w)")


def _counted_dual(m, ctx, pre: str, unit: str, count: int):
    if pre in ("منذ", "قبل") and not m.group("du_rel") and not _lasting(pre, unit):
        return _ago(ctx, count, unit)
    return "duration", resolve.duration(count, unit)


def _next_two_days(ctx):
    """``خلال اليومين المقبلين``: the two days after the article's date (2015-07-22/2015-07-23), as
    the gold reads both such spans on dev ("اليومين الماضيين" stays a duration, as it does there)."""
    if ctx.reference is None:
        return "range", None
    first = ctx.reference + datetime.timedelta(days=1)
    return "range", f"{first.isoformat()}/{(first + datetime.timedelta(days=1)).isoformat()}"


def _read_minute(m, ctx):
    return "time", None


def _read_vague(m, ctx):
    """``منذ سنوات``، ``بضعة أيام``، ``ساعات طويلة``، ``دقائق معدودة``: a duration without value. A bare
    plural unit needs a word before it or an adjective of number or length after it (every such
    dev phrase is a gold span), as "أيام" alone is too often "the days of" something."""
    if not (m.group("v_pre") or m.group("v_q") or m.group("v_adj")):
        return None
    if _squash(m.group("v_pre") or "") == "قبل":
        return "date", None  # "قبل أيام"، "قبل سنوات": a point some time ago (9 of the 10 such dev spans)
    return "duration", None


READERS = {
    "school": _read_school_year,
    "numeric": _read_numeric,
    "yrange": _read_year_range,
    "dayspair": _read_dayspair,
    "date": _read_date,
    "monthyear": _read_month_year,
    "month": _read_month,
    "mpair": _read_month_pair,
    "year": _read_year,
    "set": _read_set,
    "minute": _read_minute,
    "clock": _read_clock,
    "same": _read_same,
    "perunit": _read_perunit,
    "phrase": _read_phrase,
    "fraction": _read_fraction,
    "ordday": _read_ordday,
    "feastday": _read_feastday,
    "lastten": _read_last_ten,
    "anaphor": _read_anaphor,
    "relday": _read_relday,
    "weekday": _read_weekday,
    "dayrel": _read_dayrel,
    "period": _read_period,
    "season": _read_season,
    "age": _read_age,
    "months": _read_months,
    "artdur": _read_artdur,
    "durrange": _read_durrange,
    "dur": _read_dur,
    "dual": _read_dual,
    "whole": _read_whole,
    "era": _read_era,
    "decade": _read_decade,
    "single": _read_single,
    "vague": _read_vague,
}

ALIGNED_GAP = re.compile(r"^[\s,،\-–(]*(?:الموافق|الموافقه)?[\s,،\-–(]*$")


def _merge_weekday_dates(found: list[TimeExpression], text: str, reference: date | None = None) -> list[TimeExpression]:
    """``يوم الاثنين الموافق 2/11/1436هـ``: a weekday and the date written next to it are one
    expression, with the date's value (of two dates given, the one on that weekday)."""
    merged: list[TimeExpression] = []
    i = 0
    while i < len(found):
        expression = found[i]
        following = found[i + 1] if i + 1 < len(found) else None
        day = None
        if following is not None and following.start - expression.end <= 12 and expression.type == "date":
            day = _weekday_of(expression)
        pair = _consecutive_weekdays(expression, following, text)
        if pair is not None:
            merged.append(pair)
            i += 2
            continue
        if day is not None and _adjacent(expression, following, text):
            values = [following.value]
            after = found[i + 2] if i + 2 < len(found) else None
            if after is not None and _adjacent(following, after, text) and after.type == "date":
                values.append(after.value)
            on_day = [v for v in values if v and v[:1].isdigit() and date.fromisoformat(v[:10]).isoweekday() == day]
            value = on_day[0] if on_day else (_year_of_weekday(following, day, reference) or values[0])
            start, end = expression.start, following.end
            merged.append(TimeExpression(start, end, text[start:end], "date", value))
            i += 2
            continue
        merged.append(expression)
        i += 1
    return merged


WEEKDAYS_GAP = re.compile(r"^[^\S\n]*(?:و|[-–/])?[^\S\n]*$")  # on the matching form


def _consecutive_weekdays(first: TimeExpression, second: TimeExpression | None, text: str) -> TimeExpression | None:
    """``السبت والأحد``، ``ليل السبت الأحد``: two weekdays, the second the day after the first, side by
    side are one stretch of two days, a range (two of the three dev spans; the third, "مساء السبت
    الأحد", the gold reads as the Saturday evening). Days apart (الأحد والثلاثاء) stay two dates."""
    if second is None or second.start - first.end > 3 or _weekday_of(first) is None or _weekday_of(second) is None:
        return None
    if not (FULL_DATE.fullmatch(first.value or "") and FULL_DATE.fullmatch(second.value or "")):
        return None
    if not WEEKDAYS_GAP.match(match_form(text[first.end : second.start])):
        return None
    if date.fromisoformat(second.value) - date.fromisoformat(first.value) != datetime.timedelta(days=1):
        return None
    return TimeExpression(first.start, second.end, text[first.start : second.end], "range", f"{first.value}/{second.value}")


def _year_of_weekday(expression: TimeExpression, weekday: int, reference: date | None) -> str | None:
    """``ستكون المقابلات يوم الاثنين 8 يونيو`` read on 21 July: the future sentence sent the day to
    next year, where 8 June is no Monday; this year's 8 June is one, so the article (stamped late)
    meant it. Only that jump is undone, for a Gregorian month named with no year: a weekday that
    fits no nearer year is more likely a slip than a day a year further back."""
    value = expression.value or ""
    if reference is None or YEAR_IN.search(expression.text) or not FULL_DATE.fullmatch(value):
        return None
    day = date.fromisoformat(value)
    if day.year <= reference.year or not _gregorian_month_in(expression.text):
        return None
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None
    return earlier.isoformat() if earlier.isoweekday() == weekday else None


def _gregorian_month_in(text: str) -> bool:
    months = lexicon.months()
    words = match_form(text).split()
    return any(months.get(word) is not None and months[word].calendar == "gregorian" for word in words)


def _adjacent(first: TimeExpression, second: TimeExpression, text: str) -> bool:
    if second.type != "date" or _weekday_of(second) is not None or not second.value:
        return False
    gap = text[first.end : second.start]
    return len(gap) <= 12 and ALIGNED_GAP.match(match_form(gap)) is not None


def _weekday_of(expression: TimeExpression) -> int | None:
    if expression.type != "date":
        return None
    m = _weekday_word().search(match_form(expression.text))
    return lexicon.weekdays()[m.group()] if m else None


@lru_cache(maxsize=1)
def _weekday_word() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(lexicon.weekdays())})(?!\w)")


WORDED_RANGE_GAP = re.compile(r"^[^\S\n]*(?:و|ف)?(?:الي|حتي|لغايه)[^\S\n]*$")  # no bare dash
RANGE_GAP = re.compile(r"^[^\S\n]*(?:[-–]|(?:و|ف)?(?:الي|حتي|لغايه))[^\S\n]*$")
RANGE_OPENER = re.compile(r"(?<!\w)(?:من|بين|ما[^\S\n]+بين|منذ)[^\S\n]+$")  # on the matching form
YEAR_IN = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _merge_ranges(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``من 14 يونيو إلى 15 يوليو 2018``: two dates (or months) joined by إلى/حتى after من are
    one range; the first takes its year from the second when it names none."""
    merged: list[TimeExpression] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        close = second is not None and second.start - first.end <= 16
        opener = RANGE_OPENER.search(text, max(0, first.start - 10), first.start) if close else None
        # "فبراير 2009 حتى نوفمبر 2014"، "1984 وحتى 1995": two ends that both name their year are a
        # range without من before them
        both_years = (
            close
            and YEAR_IN.search(first.text)
            and YEAR_IN.search(second.text)
            and first.value != second.value  # "3 ربيع الآخر 1436 - 23 يناير 2015": one day in two calendars
            and WORDED_RANGE_GAP.match(match_form(text[first.end : second.start])) is not None
        )
        if _clock_range(first, second, opener, text):
            start = first.start - len(opener.group())
            value = f"{first.value}/{_after_clock(first.value, second)}"
            merged.append(TimeExpression(start, second.end, text[start : second.end], "time", value))
            i += 2
            continue
        if (
            second is not None
            and (opener is not None or both_years)
            and first.type in ("date", "month", "year")
            and second.type == first.type
            and first.value
            and second.value
            and RANGE_GAP.match(match_form(text[first.end : second.start]))
        ):
            start = first.start - (len(opener.group()) if opener else 0)
            value = f"{_year_from(first, second)}/{second.value}"
            merged.append(TimeExpression(start, second.end, text[start : second.end], "range", value))
            i += 2
            continue
        merged.append(first)
        i += 1
    return merged


def _clock_range(first: TimeExpression, second: TimeExpression | None, opener, text: str) -> bool:
    """``من 8 صباحًا وحتى 3 مساءً``: two clock times of no day joined by إلى/حتى after من are one
    time span (T08:00/T15:00), as the gold writes three of the four such spans on dev."""
    return (
        second is not None
        and opener is not None
        and first.type == second.type == "time"
        and (first.value or "").startswith("T")
        and (second.value or "").startswith("T")
        and "/" not in first.value + second.value
        and WORDED_RANGE_GAP.match(match_form(text[first.end : second.start])) is not None
    )


PART_OF_DAY_WORD = re.compile(rf"(?<!\w){AMPM}")


def _after_clock(start: str, second: TimeExpression) -> str:
    """The end of a clock span, in the afternoon when it would come before its start with no part of
    day said ("من الساعة 8.30 إلى الساعة 5.30" ends at 17:30; "حتى الثالثة فجرا" stays 03:00)."""
    end = second.value
    hour = int(end[1:3])
    if end < start and hour < 12 and not PART_OF_DAY_WORD.search(match_form(second.text)):
        return f"T{hour + 12:02d}{end[3:]}"
    return end


def _year_from(first: TimeExpression, second: TimeExpression) -> str:
    """The first end of a range, in the second's year when the first names no year of its own."""
    value = first.value or ""
    if YEAR_IN.search(first.text) or not (value[:4].isdigit() and second.value[:4].isdigit()):
        return value
    year = int(second.value[:4])
    if value[4:] > second.value[4:]:
        year -= 1  # من 20 ديسمبر إلى 5 يناير 2016
    return f"{year:04d}{value[4:]}"
