"""The regex grammar of time expressions: pattern pieces, word classes and :func:`alternatives`.

What decides which words open a time and how they combine: every lexicon (months, weekdays, units,
relative words, number words, fixed phrases) folded into named alternatives, one per reader of
:mod:`khabar.time.readers` (its group name picks the reader). :mod:`khabar.time.scanner` compiles
them and dispatches a text to the few worth trying; :mod:`khabar.time.expressions` runs the scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.numbers.lexicon import match_form, number_words
from khabar.numbers.regex import alternation
from khabar.time import lexicon

S = r"[^\S\n]+"
S0 = r"[^\S\n]*"
BOUNDARY = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك])|(?<=(?<!\w)لل)|(?<=(?<!\w)[وف]لل))"
ERA = r"(?:م|ه|هجريه|ميلاديه|للهجره|للميلاد|الهجري|الميلادي|ميلادي|هجري)(?!\w)"
# the era said in words after a year of three figures (عام 600 ميلادية، 857 للهجرة): no bare م/ه,
# and not "قبل الميلاد" (a year before the era, left unread)
OLD_ERA = r"(?:ميلاديه|ميلاديا|ميلادي|للميلاد|للهجره|هجريه|هجري)(?!\w)"
BEFORE_CHRIST = rf"(?:ما{S})?قبل{S}الميلاد(?!\w)"  # "63 قبل الميلاد"، "عام 1800 ما قبل الميلاد"
OLD_YEAR = r"[1-9]\d\d(?![\d.,])"
PART_OF_DAY = (
    rf"(?:(?:في{S})?(?:وقت{S}(?:سابق|لاحق|متاخر)|ساعه{S}(?:(?P<{{0}}_late>متاخره)|مبكره)){S}(?:من{S})?)?"
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
NEXT_TO = {"سبقه": -1, "سبقها": -1, "سبقته": -1, "سبقتها": -1, "قبله": -1, "قبلها": -1,
           "تلاه": 1, "تلاها": 1, "تلته": 1, "تلتها": 1, "يليه": 1, "تليه": 1, "بعده": 1, "بعدها": 1}
SAME = r"(?:نفسه|ذاته|نفسها|ذاتها)(?!\w)"  # العام نفسه، الشهر ذاته: "the same"
NEXT_WORDS = r"(?:المقبله|المقبل|القادمه|القادم)(?!\w)"  # after بعد: "the one after next"
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
# words for "then": anchors of the anaphor reader. Not "آنذاك": the dev gold leaves it unmarked 9 times in
# 7 articles for 1 marked ("مدرب الهلال آنذاك"، "تصدت السعودية آنذاك"; session 52, times53)
ANAPHORS = r"(?:حينها|حينذاك|وقتها|وقتذاك|ساعتها)"
PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
AMPM = r"(?:صباحا|مساء|مساءا|ظهرا|عصرا|فجرا|ليلا)(?!\w)"
# what may follow an hour with no الساعة before it: a part of day ("الثامنة مساء"), after a fraction
# ("السابعة والنصف مساء") or as "من مساء اليوم" ("عند التاسعة من مساء اليوم": the clock, then its day)
AFTER_BARE_HOUR = (
    rf"(?:(?:و{S0}(?:النصف|الربع|الثلث|نصف|ربع)|الا{S0}(?:الربع|ربعا|ثلثا|الثلث)){S})?"
    rf"(?:{AMPM}|من{S}(?:صباح|مساء|ظهر|عصر|فجر|ليل)(?!\w))"
)
# a clock of four figures in Greenwich time, the wires' "الساعة 0722 بتوقيت جرينتش"، "(2059 بتوقيت جرينتش)":
# the hour and its minutes (8 dev articles, all gold spans; times61)
GMT_HHMM = rf"(?:[01]\d|2[0-3])[0-5]\d(?!\d)(?={S}ب?توقيت{S}(?:غرينتش|جرينتش)(?!\w))"
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
    "الاول من امس": -2,  # الأول من أمس: the day before yesterday, as أول من أمس
    "البارحه الاولي": -2, "غدا": 1, "الغد": 1, "غد": 1, "بعد غد": 2,
    "بعد غدا": 2,  # بعد غداً: the accusative spelled with its alif, as غداً alone
}
FEAST_DAY_ORDINALS = {"اول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}  # أول أيام العيد → the feast's day + 0
PM = ("مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "بعد الظهر", "ظهر", "عصر", "ليل")  # ظهر… after من: من ظهر الأحد
UPCOMING_DAYS = 45  # a day and month without a year this close ahead is the coming one
FORWARD_DAYS = 183  # ... and this close after a word of a deadline or a start ahead ("حتى"، "اعتبارا من"; forward_leads.tsv)


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
        rf"(?:{S}(?:من{S})?(?P<{name}_yr>هذا{S}العام|هذه{S}السنه|(?:ال|لل)(?:عام|سنه){S}(?P<{name}_yrel>{rel})"
        # 14 أغسطس من نفس العام، مايو من العام نفسه: the year named last
        rf"|(?P<{name}_ysame>(?:ال|لل)(?:عام|سنه){S}{SAME}|(?:نفس|ذات){S}(?:العام|السنه)))(?!\w))?"
    )


def _part(name: str) -> str:
    return PART_OF_DAY.replace("{0}", name)


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
    def unit_tail(name: str) -> str:
        return rf"(?:{S0}و{S0}(?:(?P<{name}_n>{num}){S0})?(?P<{name}_u>{units})(?!\w))?"

    def fraction_tail(name: str) -> str:
        return rf"(?:{S0}و{S0}(?:ال)?(?P<{name}>نصف|ربع)(?!\w)(?:{S}(?:ال)?(?:{singular_units})(?!\w))?)?"

    ordinal_day = _alt(ORDINAL_DAYS)
    hours = _alt(HOURS)
    relative_day = _alt(RELATIVE_DAYS)
    phrases = _alt(lexicon.phrases())
    seasons = _alt(SEASONS)
    alternatives = [
        rf"(?P<numeric>(?P<n_a>\d{{1,4}}){S0}(?P<n_s>[/\-.]){S0}(?P<n_b>\d{{1,2}}){S0}(?P=n_s){S0}(?P<n_c>\d{{1,4}})(?!\d)(?:{S0}(?P<n_era>م|ه)(?!\w))?)",
        (
            # two years before Christ, the earlier first: "بين عامي 284 و246 قبل الميلاد"، "(219-217 قبل الميلاد)"
            rf"(?P<yrange>(?:(?:ما{S})?بين{S}(?:(?:عامي|عام|العام){S})?)?(?P<r_k>[1-9]\d{{0,3}}){S0}(?:[-–]|و){S0}(?:(?:عام|العام){S})?(?P<r_l>[1-9]\d{{0,3}})(?![\d.,]){S0}{BEFORE_CHRIST}"
            rf"|(?:(?:ما{S})?بين{S}(?:(?:عامي|العامين|سنتي|السنتين){S})?|(?:عامي|العامين|سنتي|السنتين|ل(?:عامي|لعامين|سنتي|لسنتين)){S})(?P<r_a>\d{{4}}){S0}و{S0}(?:عام{S})?(?P<r_b>\d{{4}})(?:{S0}(?P<r_era>{ERA}))?"
            rf"|(?:(?:خلال{S})?(?:الفتره{S})?(?:من|منذ){S})(?:(?:عام|العام){S0})?(?P<r_c>\d{{4}}){S0}و?{S0}(?:الي|حتي){S0}(?:عام{S})?(?P<r_about>(?:نحو|حوالي){S})?(?P<r_d>\d{{4}})(?:{S0}(?P<r_era2>{ERA}))?"
            # (the first of two Hijri years may carry its own era: "العام الدراسي 1435هـ/1436هـ"; "للعام 1436 / 1437
            # هـ" and "سنة 1421/ 1422هـ" start at their word, before the year reader's للعام/سنة + one year)
            rf"|(?:(?:(?:ال|لل)?عام|عامي|موسم|الموسم|(?:ال)?سنه)(?:{S}(?:الدراسي|الجامعي|المالي|الهجري|الميلادي|الزراعي))?{S0})?"
            rf"(?P<r_e>\d{{4}})(?:{S0}(?P<r_era_a>ه)(?!\w)(?={S0}[-–/]{S0}1[34]\d\d(?!\d)))?{S0}[-–/]{S0}(?P<r_f>\d{{4}})(?!\d)(?:{S0}(?P<r_era3>{ERA}))?"
            # "(1984 وحتى 1995)": two years joined by حتى/إلى with no من before them
            rf"|(?P<r_g>(?:19|20)\d\d){S0}و?{S0}(?:الي|حتي){S0}(?:عام{S})?(?P<r_h>(?:19|20)\d\d)(?!\d)(?:{S0}(?P<r_era4>{ERA}))?"
            # years of three figures with the era in words: "بين عام 568 و645 ميلادية"، "(570 - 632 ميلادية)"
            rf"|(?:(?:ما{S})?بين{S}(?:(?:عامي|عام){S})?)?(?P<r_i>{OLD_YEAR}){S0}(?:[-–]|و){S0}(?:عام{S})?(?P<r_j>{OLD_YEAR}){S0}(?P<r_era5>{OLD_ERA}|ه(?!\w)))"
        ),
        (
            rf"(?P<dayspair>(?:(?:يومي|(?:ما{S})?بين|من){S}(?P<dp_a>\d{{1,2}})(?!\d){S0}(?:و|الي|حتي|[-–]){S0}|(?<![\d\-–/.,])(?P<dp_c>\d{{1,2}})[-–])(?P<dp_b>\d{{1,2}})(?!\d){S0}(?:من{S})?(?:شهر{S})?{_month('dp_m')}"
            rf"(?:{S0}[,،]?{S0}(?:(?:عام|العام){S})?{_year('dp_y')})?(?:{S}(?P<dp_rel>{rel})(?!\w))?"
            rf"|يومي{S}(?P<dp_wa>{weekday})(?!\w){S0}و{S0}(?P<dp_wb>{weekday})(?!\w)"
            # في السابع والثامن من تموز/يوليو (not السابع والعشرين, one day)
            rf"|(?:يومي{S})?(?P<dp_oa>{ordinal_day}){S0}و{S0}(?!(?:العشرين|الثلاثين)(?!\w))(?P<dp_ob>{ordinal_day}){S}من{S}(?:شهر{S})?{_month('dp_om')}"
            rf"(?:{S0}[,،]?{S0}(?:(?:عام|العام){S})?{_year('dp_oy')})?"
            # ما بين العاشر والثالث عشر من الشهر الماضي، من 10 إلى 12 الشهر الجاري: two days of a month named relatively (times58)
            rf"|(?:يومي|(?:ما{S})?بين|(?:(?:في|خلال){S}الفتره{S})?من){S}(?P<dp_ra>\d{{1,2}}(?!\d)|{ordinal_day}(?!\w)){S0}[,،]?{S0}"
            rf"(?:و{S0}(?!(?:العشرين|الثلاثين)(?!\w))|(?:الي|حتي|[-–]){S0})(?P<dp_rb>\d{{1,2}}(?!\d)|{ordinal_day}(?!\w)){S0}[,،]?{S0}(?:من{S})?الشهر{S}(?P<dp_rrel>{rel})(?!\w))"
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
        # أول أيام رمضان، في آخر يوم من شهر ذي القعدة: the month's first or last day (times58)
        rf"(?P<month>(?:(?P<mo_pre>{PERIOD_PRE}){S}|(?P<mo_day>(?:في{S})?(?:و|ب)?(?P<mo_edge>اول|اخر){S}(?:ايام|يوم(?:{S}(?:من|في))?)){S})?"
        rf"(?P<mo_shahr>شهر{S})?{_month('mo_m')}"
        rf"(?:{S}(?:{MONTH_TAIL}{S}(?=(?:{rel})(?!\w)))?(?P<mo_rel>{rel}|{MONTH_TAIL})(?!\w))?{_year_said('mo')}"
        # (a year in figures after it: the month-year reader's, "آخر أيام شهر يوليو (تموز) من عام 1990" stays 1990-07)
        rf"(?(mo_day)(?!{S0}\)?{S0}(?:\([^)\n]{{1,20}}\){S0})?(?:[,،]{S0})?(?:(?:من|في){S})?(?:(?:ال|ل|لل)?(?:عام|سنه){S0})?\d{{4}})))",
        (
            # (a year in brackets after its word, "منذ عام (1891)", as the press writes figures; not the first of two
            # years joined by a slash or dash, "للعام 1436 / 1437 هـ": the year range reader takes them)
            rf"(?P<year>(?:عام|العام|سنه|السنه|للعام){S0}(?P<y_br>\({S0})?{_year('y_a')}(?(y_br){S0}\))(?!{TWO_YEARS})(?!{S0}{BEFORE_CHRIST})|(?P<y_b>\d{{4}})(?!\d){S0}(?P<y_b_era>{ERA})"
            # a year of three figures only with the era in words: "عام 600 ميلادية"، "857 للهجرة"
            rf"|(?:(?:عام|العام|سنه){S0})?(?P<y_o>{OLD_YEAR}){S0}(?P<y_o_era>{OLD_ERA})"
            # or with the bare Hijri mark ("ت 262هـ"، "سنة 968هـ": a bare م after three figures is mostly metres,
            # read only after its year word: "سنة 268م", not 200-209, "العام 201م" a year of ours cut short);
            # a year before Christ, "63 قبل الميلاد" (-0062)
            rf"|(?<![\d/\-–.,])(?:(?:عام|العام|سنه){S0})?(?P<y_oh>{OLD_YEAR}){S0}ه(?!\w)"
            rf"|(?:عام|العام|سنه){S0}(?!20\d)(?P<y_om>{OLD_YEAR}){S0}م(?!\w)"
            rf"|(?<![\d/\-–.,])(?<![\-–] )(?:(?:عام|العام|سنه){S0})?(?P<y_bc>[1-9]\d{{0,3}})(?![\d.,]){S0}{BEFORE_CHRIST}"
            # (not the first of two years joined by a dash, "خلال 2015-2016": the year range reader takes them)
            rf"|(?P<y_prep>{YEAR_PREP}){S}(?P<y_c>(?:19|20)\d\d)(?![\d%]|[.,]\d)(?!{S0}[-–]{S0}(?:19|20)\d\d(?!\d))"
            rf"|(?P<y_ev>{events}){S0}(?P<y_d>(?:19|20)\d\d)(?![\d%]|[.,]\d)"
            # a year closing a name or clause: "روسيا 2018، وقطر 2022"، "قانون المالية (موازنة) 2015،"
            # or a year of a list, before و and the next year: "مواليد 1997 و1998م"، "بعد 1987 و1990 و2010"
            rf"|(?<![\d.,/:\-])(?P<y_e>{BARE_YEAR})(?={S0}(?:{BARE_YEAR_CLOSER}|$|و{S0}{BARE_YEAR}))"
            # and the list's last year, after و and the year before it: "في الأعوام 2005 و2006 و2007 كان"
            rf"|(?:(?<=\d\d\d\dو)|(?<=\d\d\d\d و))(?P<y_l>{BARE_YEAR}))"
        ),
        rf"(?P<set>كل{S}(?:(?:يوم{S})?(?P<s_wd>(?:ال)?(?:{bare_weekday}))|(?:(?P<s_num>{num}){S})?(?P<s_unit>{units})(?!\w){unit_tail('s2')})(?!\w))",
        # الدقيقة 25، الدقيقة (74)، الدقيقة 90+2: the minute of a match, a time without value (all
        # seven such dev phrases are gold spans); its number is no count
        rf"(?P<minute>الدقيقه{S0}\(?{S0}(?:ال{S0})?(?:[1-9]|[1-9]\d|1[0-2]\d)(?!\d)(?:{S0}\+{S0}\d{{1,2}}(?!\d))?(?:{S0}\))?)",
        (
            rf"(?P<clock>(?:(?:عند|في|حوالي|نحو){S})?(?:تمام{S})?(?:الساعه{S}(?P<c_h>\d{{1,2}}،\d{{1,2}}(?!\d)|{GMT_HHMM}|(?:\d{{1,2}}(?:[:.,]\d\d)?|{hours})(?!\w))|(?P<c_hm>{GMT_HHMM}|(?:[01]?\d|2[0-3])(?::[0-5]\d(?![\d:])|\.[0-5]\d(?!\d)(?={S}ب?توقيت{S})))"
            rf"|(?P<c_hc>(?:[01]?\d|2[0-3])[.,][0-5]\d)(?!\d)(?={S}{AFTER_BARE_HOUR})|(?:ال{S0})?(?P<c_n>1[0-2]|0?[1-9])(?!\d)(?={S}{AFTER_BARE_HOUR})|(?P<c_hw>{hours})(?={S}{AFTER_BARE_HOUR})"
            # منتصف الليل: midnight, the clock time 00:00 (24:00 as the end of a span: حتى منتصف الليل)
            rf"|(?P<c_mid>منتصف{S}الليل)(?!\w))"
            rf"(?:{S}(?P<c_frac>و{S0}(?:النصف|الربع|الثلث|نصف|ربع)|الا{S0}(?:الربع|ربعا|ثلثا|الثلث))"
            # "الساعة العاشرة وعشرين دقيقة"، "الساعة الثالثة و9 دقائق": an hour and its minutes, one clock time
            rf"|{S}و{S0}(?P<c_min>\d{{1,2}}|{num_word}(?:{S}و{S0}{num_word})?)(?!\w){S0}(?:دقيقه|دقائق)(?!\w))?"
            # "الساعة 8:20 دقيقة مساء": the minutes' word between a clock and its part of the day
            rf"(?:{S}(?:(?:دقيقه|دقائق){S})?(?P<c_ampm>صباحا|مساء|مساءا|ظهرا|عصرا|فجرا|ليلا|(?:من{S})?بعد{S}الظهر|من{S}(?:صباح|مساء|ظهر|عصر|فجر|ليل))(?!\w))?"
            rf"(?:{S0}(?P<c_tm>ت{S0}\.?{S0}م|ب?توقيت{S}(?:مكه(?:{S}المكرمه)?|(?P<c_gmt>غرينتش|جرينتش)|الرياض))(?!\w))?)"
        ),
        (
            # الفترة نفسها من العام الماضي، نفس الفترة من عام 2014، النصف المقابل من العام الماضي
            rf"(?P<same>(?:(?:نفس|ذات){S}الفتره|الفتره{S}(?:نفسها|ذاتها|المماثله|المقابله|المناظره)"
            rf"|(?P<sa_part>النصف|الربع){S}(?:المماثل|المقابل|المناظر|نفسه|ذاته))"
            rf"(?:{S}(?:من|في){S}|{S}ل)(?:(?P<sa_this>هذا{S}العام|هذه{S}السنه)|(?:ال|ل)?(?:عام|سنه)"
            rf"(?:{S}(?P<sa_rel>{rel})(?!\w)|{S0}(?P<sa_y>\d{{4}})(?!\d))|(?P<sa_y2>\d{{4}})(?!\d)))"
        ),
        # "15 دولارا في العام"، "خمس مرات في الشهر"، "107 آلاف طائف في الساعة": a rate per unit, when no
        # word makes it one period (not "في الساعة 10"، "في الساعة الثالثة": a clock time)
        rf"(?P<perunit>في{S}(?P<pu>الاسبوع|الشهر|العام|السنه|الساعه)(?!\w)(?!{S0}(?:[\d(]|ال|لل|هذ|نفس|ذات|ذلك|تلك|من{S}|بعد{S}{NEXT_WORDS})))",
        # اليوم الأول، في اليوم الثاني من زيارته، في اليوم التالي، لليوم الثالث على التوالي: a day of a
        # sequence, not today (before the phrase في اليوم, "per day", and the relative اليوم)
        # (not a day of a month: "اليوم الأول من رمضان"، "حتى اليوم السابع والعشرين من شهر جمادى الآخرة")
        (
            # للشهر الثاني على التوالي، للأسبوع السادس على التوالي: a run of months or weeks (P2M, P6W),
            # only before على التوالي (not the year's: "للعام الثاني على التوالي" is no gold span on dev)
            rf"(?P<ordday>(?:في{S})?(?:(?:ال|لل)يوم|لل(?P<od_unit>شهر|اسبوع)(?={S}(?:{ordinal_day}){S}علي{S}التوالي(?!\w))){S}(?P<od_ord>{ordinal_day}|الاخير|التالي)(?!\w)"
            rf"(?!{S0}و{S0}(?:العشرين|الثلاثين)|{S}(?:من{S})?(?:شهر{S})?(?:{month_words})(?!\w))(?:{S}(?P<od_row>علي{S}التوالي)(?!\w)"
            # اليوم الثاني من أيام عيد الفطر، اليوم الأول من العيد: a day of the feast, as ثاني أيام العيد
            rf"|{S}(?:من|في){S}(?:ايام{S})?(?P<od_feast>(?:ال)?عيد)(?!\w)(?:{S}(?P<od_which>الفطر|الاضحي)(?!\w))?(?:{S}(?:المبارك|السعيد)(?!\w))?)?)"
        ),
        # أول أيام عيد الفطر، ثالث أيام العيد: a day of the feast
        (
            rf"(?P<feastday>(?:في{S})?(?P<fd_n>{_alt(FEAST_DAY_ORDINALS)})(?!\w){S}(?:ايام{S}(?:ال)?عيد|يوم{S}(?:من{S})?(?:ايام{S})?العيد)(?!\w)"
            rf"(?:{S}(?P<fd_which>الفطر|الاضحي)(?!\w))?(?:{S}(?:المبارك|السعيد)(?!\w))?)"
        ),
        # العشر الأواخر من رمضان، الأيام العشر الأواخر من شهر رمضان المبارك: Ramadan's last ten days (also
        # written "العشرة الأواخر")
        (
            rf"(?P<lastten>(?:(?:في|خلال|طوال|طيله){S})?(?:(?:ال|لل)?(?:ايام|ليالي){S})?(?:ال|لل)?عشره?{S}(?:ال)?اواخر(?!\w)"
            rf"(?:(?:{S}(?:من{S}|في{S}|ل))(?:(?:ال|ل)?شهر{S}(?:رمضان|الفضيل|الكريم|المبارك)|رمضان)(?!\w)"
            rf"(?:{S}(?:المبارك|الكريم|الفضيل|المعظم|الماضي)(?!\w))?)?)"
        ),
        # ذلك اليوم، حينها، حينذاك: "then", the time last named ("في وقتها" is "on time")
        # في العام نفسه، خلال الشهر ذاته، 24 من نفس الشهر: the year or month named last (not "الشهر
        # نفسه من العام الماضي" or "… قبل عام", a month a year back, left to the period reader)
        (
            rf"(?P<anaphor>(?:في{S})?(?:ذلك{S}اليوم|اليوم{S}(?:نفسه|ذاته)|(?:نفس|ذات){S}اليوم|حينه|(?<=في )(?:حينها|حينذاك))(?!\w)|(?<!في ){ANAPHORS}(?!\w)"
            rf"|(?:(?:في{S})?(?:نهايه|بدايه|مطلع|اواخر|اوائل|منتصف){S}|(?:في|خلال|طوال|طيله){S})?(?:(?:ال|لل)(?P<an_unit>شهر|عام|سنه){S}{SAME}|(?:نفس|ذات){S}ال(?P<an_unit2>شهر|عام|سنه)(?!\w))"
            rf"(?!{S}(?:من|قبل|لعام|للعام|لسنه)(?!\w))"
            # مقارنة بالعام الذي سبقه، في العام الذي تلاه: a year (or month) before or after the one named last
            rf"|(?:ال|لل)(?P<an_next_unit>عام|سنه|شهر){S}(?:الذي|التي){S}(?P<an_next>{_alt(NEXT_TO)})(?!\w)"
            rf"(?:{S0}\(?{S0}(?P<an_y>(?:19|20)\d\d)(?!\d)(?:{S0}\))?)?)"
        ),
        rf"(?P<phrase>(?P<ph>{phrases})(?!\w)(?!{PHRASES_BEFORE_MIN}{S}من{S})(?!(?<=سابق|لاحق){S}(?:اليوم|امس|الليله|غدا|هذا{S}(?:الاسبوع|الشهر|العام)|هذه{S}السنه)(?!\w)))",
        (
            rf"(?P<fraction>(?:(?P<fr_pre>خلال|في|منذ|مطلع|بدايه|نهايه|حتي|طوال){S})?(?P<fr_part>(?:ال|لل)(?:نصف|ربع)){S}(?P<fr_ord>{_alt(PART_ORDINALS)}|الاخير|(?P<fr_prev>السابق))(?!\w)"
            rf"(?:{S}(?:من|ل){S0}(?:(?:ال|ل)?(?:عام|سنه)(?!\w)(?:{S}(?P<fr_rel>{rel})(?!\w))?(?:{S0}(?P<fr_y>\d{{4}})(?!\d))?"
            rf"|(?P<fr_y2>\d{{4}})(?!\d)|(?P<fr_this>هذا{S}العام|هذه{S}السنه)(?!\w)))?)"
        ),
        (
            rf"(?P<relday>{_part('rd')}(?:يوم{S})?(?P<rd_word>{relative_day})(?!\w)"
            rf"(?:{S0}\(?{S0}(?P<rd_wd>{weekday})(?!\w)(?:{S0}\))?)?)"
        ),
        # الأربعاء بعد المقبل، الأسبوع بعد القادم: "after next", one more week (or year) ahead
        rf"(?P<weekday>{_part('w')}(?:يوم{S})?(?P<w_day>{weekday})(?!\w)(?:{S}(?:(?P<w_next2>بعد){S}(?={NEXT_WORDS}))?(?P<w_rel>{rel})(?!\w))?)",
        (
            # في 25 الجاري، يوم 17 الحالي: a day number before "current" alone is a day of this month
            rf"(?P<dayrel>(?:(?P<dr_day>\d{{1,2}})(?!\d){S0}(?:من{S})?|(?P<dr_ord>{ordinal_day}){S}من{S})"
            rf"الشهر{S}(?P<dr_rel>{rel})(?!\w)|(?P<dr_day2>\d{{1,2}})(?!\d){S}(?P<dr_now>{current})(?!\w))"
        ),
        # للعام الدراسي الحالي، العام الدراسي الجديد: the school year, in Hijri years (H1436/H1437)
        (
            rf"(?P<school>(?:ال|لل)(?:عام|سنه){S}(?:الدراسي|الدراسيه|التدريبي|التدريبيه)(?!\w)"
            rf"(?:{S}(?P<sc_rel>{rel}|الجديد|الجديده)(?!\w))?"
            rf"(?:{S0}\(?{S0}(?P<sc_a>\d{{4}})(?:{S0}ه(?!\w))?{S0}[/\-–]{S0}(?P<sc_b>\d{{4}})(?!\d)(?:{S0}{ERA})?(?:{S0}\))?)?)"
        ),
        (
            rf"(?P<period>(?:(?P<p_pre>{PERIOD_PRE}){S})?(?:(?P<p_unit>(?:ال|لل)(?:اسبوع|شهر|(?P<p_yu>عام|سنه)))(?:{S}(?P<p_hijri>الهجري|الهجريه))?{S}(?:(?P<p_next2>بعد){S}(?={NEXT_WORDS}))?(?P<p_rel>{rel})(?!\w)"
            rf"|(?P<p_bare>(?:في{S})?(?:وقت{S}(?:سابق|لاحق){S}من|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف){S}الشهر(?!\w)(?!{S0}(?:ال|لل|نفس|ذات|هذا|من{S}|\d|[(«])))"  # في مطلع الشهر: this month
            rf"|(?P<p_this>هذا{S}(?:الاسبوع|الشهر|(?P<p_yu2>العام))|(?P<p_yu3>هذه{S}السنه))(?!\w))"
            # a year written after a year (العام الجاري 1436هـ، هذا العام (2015)) is read with it
            rf"(?:(?(p_yu)|(?(p_yu2)|(?(p_yu3)|(?!))))"
            rf"{S0}\(?{S0}(?P<p_y>(?:19|20|13|14)\d\d)(?!\d)(?!(?:{S0}ه(?!\w))?{S0}[/\-–]{S0}\d)(?:{S0}(?P<p_y_era>{ERA}))?(?:{S0}\))?)?)"
        ),
        (
            rf"(?P<season>(?:(?P<se_pre>{PERIOD_PRE}){S})?(?:(?:فصل{S}|فتره{S})?(?P<se>{seasons})(?!\w)(?!{S}العربي)|(?P<se_bare>{seasons_bare})(?={S0}(?:هذا|العام|عام|\d)))"
            rf"(?:{S}(?:(?P<se_this>هذا{S}العام)|(?:ال)?عام{S}(?P<se_rel2>{rel}))(?!\w))?"
            rf"(?:{S0}(?:(?:عام|العام){S})?(?P<se_y>\d{{4}})(?!\d)(?:{S0}(?P<se_era>{ERA}))?)?(?:{S}(?P<se_rel>{rel})(?!\w))?)"
        ),
        (
            rf"(?P<age>عن{S}عمر{S}(?:(?:يناهز|ناهز|يقارب){S})?[«\"]?(?P<ag_num>\d{{1,3}})[»\"]?(?:{S0}/?{S0}(?:عاما|سنه)/?)?"
            # في العاشرة من عمرها، في سن السابعة عشرة من العمر، في الـ15 من عمره
            rf"|(?:في{S}(?:سن{S})?)?(?:(?P<ag_ord>{_alt(AGE_ORDINALS)})|ال{S0}(?P<ag_digits>\d{{1,3}}))(?!\w){S}من{S}(?:عمر|العمر)\w{{0,3}}(?!\w)"
            # في سن العاشرة، قبل بلوغ سن الخامسة والسبعين: "the age of" an ordinal is that age without من عمره
            # (not "ما بين سن العاشرة والثانية عشرة", a span of ages)
            rf"|(?:في{S})?سن{S}(?P<ag_sinn>{_alt(AGE_ORDINALS)})(?!\w)(?!{S0}و{S0}(?:{_alt(AGE_ORDINALS)})(?!\w)))"
        ),
        (
            # الأشهر الخمسة الأولى من العام الجاري → 2015-01/2015-05; "الأشهر السبعة الأولى من العام" with no
            # word of its own after العام (no المالي، الميلادي, no year) is the article's year, as the gold's
            # bare "الربع الثاني من العام" is 2015-Q2 (times49)
            rf"(?P<months>(?:(?:خلال|في|منذ|طوال|طيله){S})?(?:ال|لل)(?:اشهر|شهور){S}(?:ال{S0})?(?P<ms_num>{num}){S}(?P<ms_which>الاولي|الاخيره)"
            rf"{S}(?:من|ل){S0}(?:(?P<ms_this>هذا{S}العام|هذه{S}السنه)|(?:ال|ل)?(?:عام|سنه)"
            rf"(?:{S}(?P<ms_rel>{rel})(?!\w)|{S0}(?P<ms_y>\d{{4}})(?!\d))|(?P<ms_y2>\d{{4}})(?!\d)"
            rf"|(?:ال|ل)(?:عام|سنه)(?!\w)(?!{S}ال|{S0}[(\d])))"
        ),
        (
            rf"(?P<artdur>(?:(?P<a_pre>خلال|طوال|طيله|في{S}غضون|في|منذ|علي{S}(?:مدي|مدار)){S})?(?P<a_unit>{article_plural_units})"
            # "خلال الأعوام 2012 - 2014"، "في الأعوام 2005 و2006": years that follow are the years meant, not a count
            rf"(?!{S}(?:من{S})?\d{{4}}(?!\d))(?:{S}(?:ال{S0})?(?P<a_num>{num}))?(?:{S}القليله)?(?:{S}(?P<a_rel>{DURATION_REL})(?!\w))?)"
        ),
        (
            # بين 5 و15 عاما، لمدة 5 إلى 10 دقائق، لمدة يومين أو ثلاثة أيام، لمدة سنتين أو ثلاث
            rf"(?P<durrange>(?:(?:ما{S})?بين|من){S}(?:(?P<dg_a>{num}){S0}(?:{units}{S0})?|{units}{S0})(?:و|الي|حتي|[-–]){S0}(?:{num}{S0})?{units}(?!\w)"
            rf"|لمده{S}(?:{num}{S0}(?:{units}{S0})?(?:الي|حتي|او|[-–]){S0}{num}{S0}{units}|{dual_units}{S}او{S}{num}(?:{S}{units})?)(?!\w))"
        ),
        (
            rf"(?P<dur>(?:(?P<u_pre>{DURATION_PRE}){S})?(?:ال{S0})?(?:(?P<u_from>\d+){S0}[-–]{S0}|(?P<u_from2>{num}){S0}(?:او|الي|حتي)(?!\w){S0})?\(?{S0}(?P<u_num>{num}|{glued_count}){S0}\)?{S0}/?{S0}(?P<u_unit>{units})(?!\w)(?!{S0}\d{{4}})/?(?:{fraction_tail('u_frac')[:-1]}|{unit_tail('u2')[:-1]})?"
            rf"(?:{S}(?P<u_rel>{DURATION_REL})(?!\w))?)"
        ),
        rf"(?P<dual>(?:(?P<du_pre>{DURATION_PRE}){S})?(?:(?P<du_base>{hundreds}){S}و{S0})?(?P<du_unit>{dual_units})(?!\w){fraction_tail('du_frac')}(?:{S}(?P<du_rel>{DURATION_REL})(?!\w))?)",
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
            rf"(?!{S0}(?:ال|\(?{S0}\d|(?:{month_words})(?!\w)|(?:{bare_weekday})(?!\w)))(?:{S}(?:واحد|واحده|كامل|كامله)(?!\w))?{fraction_tail('sg_frac')}(?:{S}من{S}الان(?!\w))?)"
        ),
        # "يوماً كاملاً"، "سنة كاملة": a whole unit is a duration with no word before it
        rf"(?P<whole>(?P<wh_unit>{singular_units})(?!\w){S}(?:كامل|كاملا|كامله)(?!\w))",
        (
            rf"(?P<vague>(?:(?P<v_pre>منذ|لمده|خلال|طوال|طيله|قبل|بعد|علي{S}مدي|في{S}غضون){S})?(?:(?P<v_q>عده|بضعه|بضع|عشرات){S})?(?P<v_unit>{plural_units})(?!\w)"
            rf"(?!{S}(?:من{S})?\d{{4}}(?!\d))(?:{S}(?P<v_adj>{VAGUE_ADJECTIVE}))?)"
        ),
    ]
    return tuple(alternatives)


# a phrase before من is mostly the start of a longer one (في وقت سابق من الشهر), but not these:
# "حتى الآن من قبل الاتحاد"، "المقدار اليومي من الصوديوم"، "الأرباح السنوية من …"
# nor an adverb in -يًا ("الإقبال المتزايد سنويا من خريجي الثانوية"، "يعمل حاليا من منزله") or of the
# night ("تخرج الأفاعي ليلا من جحورها"، "ليلا ونهارا من أجل"), nor "after a while" ("بعد فترة من التوقف")
PHRASES_BEFORE_MIN = "".join(f"(?<!{w})" for w in ("الان", "يومي", "يوميه", "شهري", "شهريه", "سنوي", "سنويه", "يا", "ليلا", "نهارا", "بعد فتره", "قبل فتره"))
# what follows the first of two years of one calendar joined by a slash or dash (after its era, or the era and
# the second Hijri year): "1436 / 1437 هـ"، "1435هـ/1436هـ"، "2015-2016", not "1436هـ/2015م", one year said twice
TWO_YEARS = (
    rf"(?<=1[34]\d\d)(?:{S0}ه(?!\w))?{S0}[-–/]{S0}1[34]\d\d(?!\d)"
    rf"|(?<=ه){S0}[-–/]{S0}1[34]\d\d(?!\d)|(?<=(?:19|20)\d\d){S0}[-–/]{S0}(?:19|20)\d\d(?!\d)"
)
BARE_YEAR = r"(?:19[5-9]|20[0-3])\d(?!\d)"  # a year of the last decades or the coming ones
BARE_YEAR_CLOSER = r"[،,;؛)»\"”]|\.(?!\d)"  # what may follow a year said alone: "روسيا 2018،"
