"""Readers of durations, ages and sets (see :mod:`khabar.time.readers` for the table).

``لمدة ساعتين``، ``منذ ثلاثة أيام``، ``خلال الأعوام الخمسة الماضية``، ``قبل عام``، ``عامين``،
``منذ سنوات``، ``كل يوم جمعة``، ``سنويا``، rates (``مرتين في الأسبوع``), decades and eras. Periods
and parts of years: :mod:`khabar.time.read_periods`; patterns: :mod:`khabar.time.grammar`.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from khabar.numbers.lexicon import number_words
from khabar.numbers.words import parse_number
from khabar.time import lexicon, resolve
from khabar.time.grammar import AGE_ORDINALS, S, _alt
from khabar.time.read_dates import _direction, _squash
from khabar.time.read_days import BEFORE_LAST_AFTER, PERIOD_SHIFTS, _word_before
from khabar.time.read_periods import (
    YEAR_AGO_REACH,
    _named_year,
    _part_in_year,
    _recent_part_of_year,
)


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


PER_UNIT = {"الاسبوع": "P1W", "الشهر": "P1M", "العام": "P1Y", "السنه": "P1Y", "الساعه": "PT1H"}
PER_UNIT_PERIOD = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}
RATE_REACH = 40  # characters back to the quantity a rate counts


def _read_perunit(m, ctx):
    if m.group("pu") == "الساعه":
        if _hour_unit_before(ctx.text, m.start()):
            return None  # 85 ميلا في الساعة، 80 هللة للكيلوواط في الساعة: a speed or energy unit, no rate
    elif before_last := BEFORE_LAST_AFTER.match(ctx.text, m.end()):  # في العام قبل الماضي: two years back
        unit = PER_UNIT_PERIOD[m.group("pu")]
        return unit, PERIOD_SHIFTS[unit](ctx.reference, -2), m.start(), before_last.end()
    before = ctx.text[max(0, m.start() - RATE_REACH) : m.start()]
    if not _quantity_regex().search(before):
        return None  # "في العام" with nothing counted before it is a year of something, not a rate
    return "set", PER_UNIT[m.group("pu")]


UNIT_BEFORE = re.compile(r"(?<!\w)\d*(?P<w>[^\W\d]+)[\s)(]*$")  # 58 ميلا (93.3 كيلومتر) في الساعة: past a bracket
UNIT_PROCLITICS = ("", "و", "ف", "ب", "ل", "ال", "لل", "بال", "وال", "ولل", "وب", "ول")


def _hour_unit_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` (digits, a proclitic and a closing bracket allowed) is a unit
    that makes one unit with "في الساعة" (a speed, an energy), from :func:`lexicon.hour_units`."""
    m = UNIT_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    word, units = m.group("w"), lexicon.hour_units()
    return any(word.startswith(p) and word[len(p):] in units for p in UNIT_PROCLITICS)


@lru_cache(maxsize=1)
def _quantity_regex() -> re.Pattern[str]:
    words = _alt(f for f, (_, kind) in number_words().items() if kind != "fraction")
    return re.compile(rf"\d|(?<!\w)(?:مره|مرات|مرتين|{words})(?!\w)")


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
    if m.group("ag_ord") or m.group("ag_sinn"):
        return "duration", f"P{AGE_ORDINALS[_squash(m.group('ag_ord') or m.group('ag_sinn'))]}Y"
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
    if unit == "D" and pre not in ("قبل", "بعد") and NAMED_DAY_AFTER.match(ctx.text, m.end()):
        # "خلال يوم أمس"، "طوال يوم غد"، "منذ يوم أمس": the day named (read on from أمس), not a day's
        # length; "بعد يوم غد"، "قبل يوم أمس" count a day from it and keep their reading
        return None
    if pre in ("منذ", "قبل") and not OTHER_ANCHOR_AFTER.match(ctx.text, m.end()):
        if pre == "قبل" and unit == "Y":
            recent = _recent_part_of_year(ctx, m.start(), YEAR_AGO_REACH)
            if recent is not None and recent.type == "range":  # "13.6 مليار دولار في الربع الثاني … قبل عام": that quarter a year back
                return "range", _part_in_year(recent, -1)
        if pre == "قبل" and unit == "W":
            # "قبل أسبوع": the date a week back (all 3 such dev spans); "منذ أسبوع" lasts (P1W) and
            # "قبل أسبوعين"، "قبل ثلاثة أسابيع" stay durations, as the dev gold has them (times61)
            return resolve.ago(ctx.reference, 1, unit)
        return _ago(ctx, 1, unit)  # منذ شهر: a month back (no such span in the gold says otherwise)
    return "duration", resolve.duration(1, unit)


def _read_whole(m, ctx):
    unit, _ = lexicon.time_units()[_squash(m.group("wh_unit"))]
    return "duration", resolve.duration(1, unit)


def _with_fraction(count: float, unit: str, fraction: str) -> str:
    """``ساعة ونصف`` → PT1H30M, ``ثلاثة أيام ونصف`` → P3.5D: a half or quarter of the unit added."""
    part = 0.5 if fraction == "نصف" else 0.25
    if unit == "H":
        return resolve.add_durations(resolve.duration(count, "H"), resolve.duration(int(part * 60), "MIN"))
    # "شهر ونصف" → P1M15D, "عام ونصف" → P1Y6M: the part in whole smaller units, as for hours (the
    # dev gold's "قبل نحو شهر ونصف" is P1M15D); a quarter of a month is no whole number of days
    if unit == "Y" or (unit == "M" and part == 0.5):
        smaller = ("M", int(part * 12)) if unit == "Y" else ("D", 15)
        return resolve.add_durations(resolve.duration(count, unit), resolve.duration(smaller[1], smaller[0]))
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
    # خلال 8-48 ساعة، بعد 3 أو 4 سنوات، بثلاثة إلى أربعة أيام: a duration known only within bounds
    bounded = m.group("u_from") or m.group("u_from2")
    if count is None or bounded:
        if bounded or _squash(m.group("u_num")) in ("عده", "بضعه", "بضع", "عشرات"):
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
# (matching form) أمس/غدا after "خلال/طوال يوم": the day itself
NAMED_DAY_AFTER = re.compile(rf"{S}(?:امس|غدا?|الغد)(?!\w)")
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
    if m.group("du_frac"):  # "خلال سنتين ونصف" → P2Y6M, "شهرين ونصف" → P2M15D: the half added, as after a count
        return "duration", _with_fraction(2, unit, m.group("du_frac"))
    if unit == "D" and _direction(m.group("du_rel")) == 1 and pre != "خلال":
        # "في اليومين المقبلين": the two days after the article's date; "خلال اليومين المقبلين" is
        # their length, P2D (the dev gold's 4 of its 5 such spans, as "خلال اليومين الماضيين")
        return _next_two_days(ctx)
    return "duration", resolve.duration(2, unit)


OF_TIME_AFTER = re.compile(rf"{S}من{S}(?:الزمان|الزمن)(?!\w)")


def _counted_dual(m, ctx, pre: str, unit: str, count: int):
    if pre in ("منذ", "قبل") and not m.group("du_rel") and not _lasting(pre, unit):
        return _ago(ctx, count, unit)
    return "duration", resolve.duration(count, unit)


def _next_two_days(ctx):
    """``في اليومين المقبلين``: the two days after the article's date (2015-07-22/2015-07-23), as the
    dev gold reads it ("اليومين الماضيين" and "خلال اليومين المقبلين" stay durations, as they do there)."""
    if ctx.reference is None:
        return "range", None
    first = ctx.reference + datetime.timedelta(days=1)
    return "range", f"{first.isoformat()}/{(first + datetime.timedelta(days=1)).isoformat()}"


def _read_minute(m, ctx):
    return "time", None


@lru_cache(maxsize=1)
def _li_units() -> frozenset[str]:
    """Plural units that "ل" alone makes a length: استمرت لساعات، لسنوات، لقرون، لأسابيع. Not أيام
    ("لأيام العيد": for the days of), عقود ("لعقود الرعاية": contracts) nor أشهر ("لأشهر الرسامين":
    the most famous)."""
    return frozenset(f for f, (unit, count) in lexicon.time_units().items()
                     if count == 0 and not f.startswith("ال") and unit not in ("D", "DEC") and f != "اشهر")


def _glued_li(m, text: str) -> bool:
    """``لساعات``، ``ولسنوات``: a bare plural unit with the preposition ل glued before it (the scan
    starts after the proclitic); the dev gold's null duration (all five such spans)."""
    at = m.start("v_unit")
    if at < 1 or text[at - 1] != "ل" or m.group("v_unit") not in _li_units():
        return False
    head = text[max(0, at - 3) : at - 1]  # nothing but و/ف may stand before the ل in its word
    return not head[-1:].isalpha() or (head[-1] in "وف" and not head[:1].isalpha())


def _read_vague(m, ctx):
    """``منذ سنوات``، ``بضعة أيام``، ``ساعات طويلة``، ``دقائق معدودة``: a duration without value. A bare
    plural unit needs a word before it or an adjective of number or length after it (every such
    dev phrase is a gold span), as "أيام" alone is too often "the days of" something."""
    glued = not (m.group("v_pre") or m.group("v_q")) and _glued_li(m, ctx.text)
    if not (m.group("v_pre") or m.group("v_q") or m.group("v_adj") or glued):
        return None
    if _squash(m.group("v_pre") or "") == "قبل":
        return "date", None  # "قبل أيام"، "قبل سنوات": a point some time ago (9 of the 10 such dev spans)
    if glued:
        return "duration", None, m.start() - 1  # the span takes its ل, as the gold's
    return "duration", None
