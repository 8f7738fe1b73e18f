"""Readers of calendar dates, months and years (see :mod:`khabar.time.readers` for the table).

``27 أكتوبر 2023``، ``2023/10/27``، ``يومي 20 و21 من شوال``، ``أكتوبر 2023``، ``شهر رمضان``، ``عام 2015``،
``منذ 2006``، ``بين عامي 2010 و2015``; with the helpers every reader shares (:func:`_squash`,
:func:`_month_of`, :func:`_direction`, :func:`_is_hijri_year`). The pattern each reads is in
:mod:`khabar.time.grammar`.
"""

from __future__ import annotations

import datetime
import re
from datetime import date
from functools import lru_cache

from khabar.numbers.regex import alternation
from khabar.time import hijri, lexicon, resolve
from khabar.time.grammar import (
    FORWARD_DAYS,
    MONTH_CONTEXT,
    ORDINAL_DAYS,
    S0,
    UPCOMING_DAYS,
    S,
    _month,
    _year,
    _year_said,
)
from khabar.time.passes import FULL_DATE


def _month_of(m: re.Match[str], name: str) -> lexicon.Month:
    months = lexicon.months()
    first = months[_squash(m.group(name + "1"))]
    second = m.group(name + "2")
    if second and first.calendar == "hijri":
        other = months[_squash(second)]
        if other.calendar != "hijri":
            return other
    return first


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """``text`` with each run of whitespace one space, its ends stripped. Cached: the readers ask it
    of their groups some twenty times an article, and the groups are a few hundred words and
    phrases (أمس، الماضي، عيد الفطر) that recur from article to article; a hit costs a third of the
    split and join."""
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
    if m.group("r_k"):  # بين عامي 284 و246 قبل الميلاد: the earlier year first, so the larger number
        a, b = int(m.group("r_k")), int(m.group("r_l"))
        return ("range", f"{_before_christ(a)}/{_before_christ(b)}") if a > b else None
    a = b = era = None
    for first, second, era_group in (
        ("r_a", "r_b", "r_era"), ("r_c", "r_d", "r_era2"), ("r_e", "r_f", "r_era3"), ("r_g", "r_h", "r_era4"),
        ("r_i", "r_j", "r_era5"),
    ):
        if m.group(first):
            a, b, era = int(m.group(first)), int(m.group(second)), m.group(era_group)
            break
    if a is not None and b == a - 1 and m.group("r_e"):
        a, b = b, a  # "1437/1436هـ": consecutive years typed right to left
    if a is None or not a < b <= a + 200:
        return None
    round_counts = a % 100 == 0 and b % 100 == 0  # "1900 حتى 2000 شخص"; "2009 حتى 2013 حقق" are years
    # "بين 2012 و2014 دون أن"، "بين 1922 و1936 قام": two years of the last century or this one after
    # بين are years whatever word follows (all 54 such pairs of the 1,080 snapshot's day files)
    said_years = m.group("r_a") and not round_counts and a >= 1900 and b <= 2039
    # "من 2000 إلى نحو 2100 شخص": an approximate end is more often a count's
    if ((m.group("r_a") and not said_years) or m.group("r_about") or (m.group("r_g") and round_counts)) and not re.search("عام|سنت", m.group(0)) and _noun_follows(ctx.text, m.end()):
        return None  # "بين 1900 و2000 شخص": a count, not years
    if m.group("r_i"):  # three figures, the era said in words (a Hijri year unpadded, as the gold's "H623")
        if _is_hijri_era(era):
            return "range", f"H{a}/H{b}"
        return "range", f"{a:04d}/{b:04d}"
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
    forward = _forward_lead(ctx.text, m.start())
    future = direction is None and (ctx.future_at(m.start()) or _upcoming(ctx.reference, day, month, forward))
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
    if m.group("dp_ra"):
        value = _days_of_relative_month(ctx, m)
        return ("range", value) if value else None
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
        forward = _forward_lead(ctx.text, m.start())
        future = direction is None and (ctx.future_at(m.start()) or _upcoming(ctx.reference, days[0], month, forward))
        values = [resolve.day_month(ctx.reference, day, month.number, month.calendar, direction, future) for day in days]
        values[1] = _after_first(values[0], values[1])
    return "range", f"{values[0]}/{values[1]}" if all(values) else None


def _days_of_relative_month(ctx, m) -> str | None:
    """``ما بين العاشر والثالث عشر من الشهر الماضي``: two days of the month named relatively to the article's, as a range."""
    days = [int(d) if d.isdigit() else ORDINAL_DAYS[_squash(d)] for d in (m.group("dp_ra"), m.group("dp_rb"))]
    month = resolve.shift_month(ctx.reference, _direction(m.group("dp_rrel")) or 0)
    if month is None or not days[0] < days[1]:
        return None
    try:
        first, last = (date(int(month[:4]), int(month[5:7]), day).isoformat() for day in days)
    except ValueError:
        return None
    return f"{first}/{last}"


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


def _upcoming(reference: date | None, day: int, month: lexicon.Month, forward: bool = False) -> bool:
    """Whether this day and month come within the next weeks (then they are the coming ones), or
    within the next half year after a word of a deadline or a start ahead (``forward``: "حتى 17 سبتمبر")."""
    if reference is None:
        return False
    ahead = resolve.day_month(reference, day, month.number, month.calendar, 1)
    if ahead is None or not ahead[:1].isdigit():
        return False
    return (date.fromisoformat(ahead) - reference).days <= (FORWARD_DAYS if forward else UPCOMING_DAYS)


@lru_cache(maxsize=1)
def _forward_lead_pattern() -> re.Pattern:
    leads = "|".join(sorted((re.escape(w).replace(r"\ ", S) for w in lexicon.forward_leads()), key=len, reverse=True))
    # an event's present-tense verb, "في" optional after it: "التي تبدأ في 28 سبتمبر"، "تفتتح يوم 2 أيلول" (times58)
    verbs = alternation(lexicon.event_verbs())
    return re.compile(rf"(?<!\w)(?:(?:{leads}){S}|[وف]?(?:{verbs}){S}(?:في{S})?)(?:يوم{S})?$")


def _forward_month(ctx, start: int, month: lexicon.Month) -> bool:
    """A month named alone right after a word of a deadline or a start ahead ("بحلول ديسمبر"، "اعتبارا من
    أكتوبر"، "إلى يناير"), whose first day is within the next half year: the coming one (lead49e)."""
    return _forward_lead(ctx.text, start) and _upcoming(ctx.reference, 1, month, True)


def _forward_lead(text: str, start: int) -> bool:
    """Whether a word of a deadline or a start ahead ("حتى"، "اعتبارا من"، "أقصاه"; forward_leads.tsv)
    stands right before the date at ``start`` (matching form)."""
    return _forward_lead_pattern().search(text, max(0, start - 24), start) is not None


def _direction(word: str | None) -> int | None:
    if not word:
        return None
    return lexicon.relative_words().get(_squash(word))


def _read_month_year(m, ctx):
    if _inside_months_between(m, ctx):
        return None
    return _months_between(m, ctx, _read_month_year_alone(m, ctx))


def _read_month_year_alone(m, ctx):
    month = _month_of(m, "my_m")
    year = int(m.group("my_y"))
    pair = _month_pair(m, "my_m")
    if pair is not None and (pair[0].calendar == "hijri") == _is_hijri_year(year, m.group("my_y_era")):
        return _months_range(ctx, pair, year)
    if month.calendar == "hijri":
        if 1800 <= year <= 2200:  # "رمضان 2015": a Hijri month in a Gregorian year
            converted = hijri.hijri_year_in(year, month.number)
            return ("month", f"H{converted}-{month.number:02d}") if converted else None
        value = f"H{year}-{month.number:02d}"
        return _hijri_month_end(ctx, m, month, value, "my_pre") or ("month", value)
    if not 1800 <= year <= 2200:
        return None
    return "month", f"{year:04d}-{month.number:02d}"


# (matching form) "بين"/"ما بين"/"شهري" right before a month: the first end of a span of months
BETWEEN_MONTHS_BEFORE = re.compile(rf"(?<!\w)(?:(?:ما{S})?بين|[لب]?شهري){S}$")
MONTH_GROUPS = re.compile(r"(\d{4})-(\d\d)$")


@lru_cache(maxsize=1)
def _second_month_after() -> re.Pattern[str]:
    """(matching form) "و<month> [year]" right after a month: the span's second end."""
    rel = alternation(lexicon.relative_words())
    return re.compile(
        rf"{S0}و{S0}(?:شهر{S})?{_month('bm')}(?:{S}(?P<bm_rel>{rel})(?!\w))?"
        rf"(?:{S0}[,،]?{S0}(?:من{S}|ل(?=عام|سنه))?(?:(?:عام|العام|سنه){S})?{_year('bm_y')})?{_year_said('bm')}"
    )


def _months_between(m, ctx, result):
    """``بين نوفمبر تشرين الثاني ويناير كانون الثاني``، ``بين يناير 2006 ومايو 2008``، ``شهري ديسمبر
    2015 ويناير 2016``: two Gregorian months joined by و after بين (or شهري, a year said) are one span
    of months, as the dev gold writes all three such spans (2014-11/2015-01, 2006-01/2008-05,
    2015-12/2016-01); the month with no year takes the other's, a year on when the span crosses
    January. ``result`` is the first month's reading, given back unchanged when no second follows."""
    if result is None or len(result) != 2 or result[0] != "month" or not result[1]:
        return result
    first = MONTH_GROUPS.match(result[1])
    if first is None:
        return result
    opener = BETWEEN_MONTHS_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
    if opener is None:
        return result
    second = _second_month_after().match(ctx.text, m.end())
    if second is None:
        return result
    month = _month_of(second, "bm")
    if month.calendar == "hijri" or (not second.group("bm_y") and "شهري" in opener.group()) or second.group("bm_yr"):
        return result  # (خلال شهري رجب وشعبان is the pair reader's; "ومايو من العام الماضي" the month reader's)
    year, number = int(first.group(1)), int(first.group(2))
    if second.group("bm_y"):
        end_year = int(second.group("bm_y"))
        if not 1800 <= end_year <= 2200:
            return result
        if not _first_year_said(m):
            year = end_year if month.number > number else end_year - 1
    elif second.group("bm_rel"):  # "بين ديسمبر ويناير المقبلين": placed by the second month's word
        placed = resolve.month_only(ctx.reference, month.number, month.calendar, _direction(second.group("bm_rel")), False)
        if placed is None or not placed[:4].isdigit():
            return result
        end_year = int(placed[:4])
        if not _first_year_said(m):
            year = end_year if month.number > number else end_year - 1
    else:
        end_year = year if month.number > number else year + 1
    if (end_year, month.number) <= (year, number) or end_year - year > 50:
        return result
    return "range", f"{year:04d}-{number:02d}/{end_year:04d}-{month.number:02d}", opener.start(), second.end()


def _first_year_said(m) -> bool:
    return bool(m.groupdict().get("my_y"))


def _inside_months_between(m, ctx) -> bool:
    """The second month of a span :func:`_months_between` read already."""
    return bool(ctx.found_ends) and ctx.found_ends[-1] >= m.end() and ctx.found_kinds[-1] in ("month", "monthyear")


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
    if _inside_months_between(m, ctx):
        return None
    if m.group("mo_day"):
        return _edge_day(m, _read_month_alone(m, ctx))
    plain = not (m.group("mo_pre") or m.group("mo_rel") or m.group("mo_yr"))
    return _months_between(m, ctx, _read_month_alone(m, ctx)) if plain else _read_month_alone(m, ctx)


def _edge_day(m, result):
    """``أول أيام رمضان``، ``آخر يوم من شهر ذي القعدة المقبل``: the first or last day of the month placed as the
    month alone is, a Gregorian date (the dev gold's reading: "أول أيام رمضان" 2015-06-18, "في آخر أيام شهر رمضان"
    2015-07-16, both written after that Ramadan)."""
    if result is None or len(result) != 2 or result[0] != "month" or not result[1]:
        return result
    value = result[1]
    hijri_month = value.startswith("H")
    year, number = (int(part) for part in value.lstrip("H").split("-"))
    if _squash(m.group("mo_edge")) == "اول":
        first = hijri.to_gregorian(year, number, 1) if hijri_month else date(year, number, 1)
        return ("date", first.isoformat()) if first else result
    following = (hijri.to_gregorian if hijri_month else date)(year + number // 12, number % 12 + 1, 1)
    return ("date", (following - datetime.timedelta(days=1)).isoformat()) if following else result


def _read_month_alone(m, ctx):
    month = _month_of(m, "mo_m")
    pair = _month_pair(m, "mo_m")
    if pair is not None:
        year = _relative_year(ctx, m, "mo", pair[0]) if m.group("mo_yr") else None
        return _months_range(ctx, pair, year, _direction(m.group("mo_rel")), ctx.future_at(m.start()))
    tail = m.group("mo_rel")
    named_alone = not (m.group("mo_shahr") or m.group("mo_pre") or m.group("mo_day") or tail or m.group("mo_m2") or m.group("mo_yr"))
    if month.strict and named_alone and not _month_context_before(ctx.text, m.start()):
        return None
    if m.group("mo_yr"):  # يناير من العام الماضي، رمضان هذا العام
        year = _relative_year(ctx, m, "mo", month)
        value = (f"H{year}-{month.number:02d}" if month.calendar == "hijri" else f"{year:04d}-{month.number:02d}") if year else None
        return _hijri_month_end(ctx, m, month, value) or ("month", value)
    direction = _direction(tail) if tail else None
    before_last = None if tail or m.group("mo_m2") else BEFORE_LAST_AFTER.match(ctx.text, m.end())
    if before_last is not None:  # في رمضان قبل الماضي: the month a year before the last one
        return "month", _year_back(resolve.month_only(ctx.reference, month.number, month.calendar, -1, False)), m.start(), before_last.end()
    if month.calendar == "hijri" and named_alone and especially_before(ctx.text, m.start()):
        return "month", None  # "خاصة في رمضان": every Ramadan
    pre = _squash(m.group("mo_pre") or "")
    future = ctx.future_at(m.start())
    if month.calendar == "hijri" and pre in ("بدايه", "مطلع", "غره"):
        # its first day, placed as a day is: within the coming weeks it is the coming one ("مطلع ذي
        # القعدة" read in Shawwal); a month named alone keeps the past ("في سبتمبر" in a story)
        future = future or (direction is None and _upcoming(ctx.reference, 1, month))
        return "date", resolve.day_month(ctx.reference, 1, month.number, month.calendar, direction, future)
    future = future or (direction is None and (_next_month(ctx.reference, month) or _delivery_month(ctx.text, m.start(), month)
                                               or _contract_month(ctx.reference, ctx.text, m.start(), month)
                                               or _forward_month(ctx, m.start(), month)))
    value = resolve.month_only(ctx.reference, month.number, month.calendar, direction, future)
    return _hijri_month_end(ctx, m, month, value) or ("month", value)


# (matching form) "بعد" or "ما بعد" right before "نهاية <month>"
AFTER_END_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:ما)?بعد{S}$")


def _hijri_month_end(ctx, m, month: lexicon.Month, value: str | None, pre: str = "mo_pre"):
    """``حتى نهاية شوال الجاري``، ``نهاية شهر ذي القعدة المقبل``، ``نهاية شهر شوال 1436هـ``: the end of a Hijri
    month not yet gone by is its last day, a Gregorian date (a deadline: the dev gold's reading of all 4 such
    spans, 2015-08-15 for Shawwal 1436); one gone by stays the month ("نهاية شهر رمضان الماضي", 2 spans).
    Gregorian months keep the month ("نهاية ديسمبر" 2015-12 in the gold)."""
    if month.calendar != "hijri" or not value or not value.startswith("H") or ctx.reference is None:
        return None
    if "نهايه" not in _squash(m.group(pre) or "") or AFTER_END_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "بعد نهاية شهر شوال": an open time after it, null as "بعد شهر رمضان" (expressions.AFTER_BEFORE)
    year, number = (int(part) for part in value[1:].split("-"))
    following = hijri.to_gregorian(year + number // 12, number % 12 + 1, 1)
    if following is None:
        return None
    last = following - datetime.timedelta(days=1)
    return ("date", last.isoformat()) if last >= ctx.reference else None


# (matching form) "خاصة/خصوصا/لا سيما/تحديدا (في|خلال)" right before a season or a Hijri month named
# alone: "especially in summer", "especially in Ramadan" speak of every such season, not this year's
ESPECIALLY_BEFORE = re.compile(rf"(?<!\w)[وب]?(?:خاصه|خصوصا|لاسيما|لا{S}سيما|تحديدا){S}(?:(?:في|خلال){S})?$")


def especially_before(text: str, start: int) -> bool:
    """Whether "خاصة في" (or خصوصا، لا سيما، تحديدا) stands right before ``start``: the time after it
    is a recurring one (the dev gold's null for all 4 such seasons and Ramadans, 4 articles)."""
    return ESPECIALLY_BEFORE.search(text, max(0, start - 20), start) is not None


# (matching form) "قبل الماضي" after a month or weekday: the one before the last (the weekday, period
# and month readers)
BEFORE_LAST_AFTER = re.compile(rf"{S}(?:ما{S})?قبل{S}(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه)(?!\w)")


def _year_back(month_value: str | None) -> str | None:
    """``H1436-09`` → ``H1435-09``, ``2015-05`` → ``2014-05``."""
    if not month_value:
        return None
    prefix = "H" if month_value.startswith("H") else ""
    year = int(month_value[len(prefix) : len(prefix) + 4])
    return f"{prefix}{year - 1:04d}{month_value[len(prefix) + 4 :]}"


# (matching form) "تسليم"/"لتسليم" right before a month: a futures contract's delivery month; the month
# may open with a quotation mark ("تسليم “سبتمبر”" of an AFP oil report copied by three papers, times49)
DELIVERY_BEFORE = re.compile(rf"(?<!\w)ل?تسليم(?:{S}|{S0}[\"“«]{S0})$")


def _delivery_month(text: str, start: int, month: lexicon.Month) -> bool:
    """A Gregorian month after "(ل)تسليم" is a futures contract's delivery month, the coming one ("عقود
    الخام تسليم سبتمبر" written in July, "الذهب لتسليم ديسمبر" in August), never last year's: dev 1
    article (the gold's 2015-09), snapshot 5 articles read a year back."""
    if month.calendar == "hijri":
        return False
    return DELIVERY_BEFORE.search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def _contract_lead_pattern() -> re.Pattern:
    leads = "|".join(sorted((re.escape(w).replace(r"\ ", S) for w in lexicon.contract_leads()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{leads})(?:{S}الاجل[هة]?)?{S}ل?$")


def _contract_month(reference: date | None, text: str, start: int, month: lexicon.Month) -> bool:
    """A Gregorian month later in the year than the article's, named alone after "عقود"، "للتسليم في"،
    "لشحنات"، "تحميل" (contract_leads.tsv), is a contract's or shipment's month still ahead, this year's
    ("قفز سعر برنت في عقود سبتمبر" written in July), not last year's (times51)."""
    if reference is None or month.calendar == "hijri" or month.number <= reference.month:
        return False
    return _contract_lead_pattern().search(text, max(0, start - 28), start) is not None


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


SAME_REACH = 300  # characters back to the year or month "the same" points to


def named_before(ctx, start: int, types: tuple[str, ...]) -> str | None:
    """The value of the last expression of one of ``types`` read before ``start``, within
    :data:`SAME_REACH` characters of it; the times of the writing (اليوم، أمس،
    الآن) and null values are passed over."""
    for expression, end, kind in zip(reversed(ctx.found), reversed(ctx.found_ends), reversed(ctx.found_kinds)):
        if start - end > SAME_REACH:
            break
        if kind in ("relday", "phrase") or not expression.value or expression.type not in types:
            continue
        if expression.text.startswith("منذ") or ASIDE_BEFORE.search(ctx.text, max(0, expression.start - 14), expression.start):
            continue  # "أكبر انخفاض منذ أكتوبر 2008"، "مقارنة بالشهر السابق": an aside, not the story's time
        if NAMED_VALUE.match(expression.value):
            return expression.value
    return None


NAMED_VALUE = re.compile(r"H?\d{4}(?:-\d\d)?(?:-\d\d)?$")
ASIDE_BEFORE = re.compile(rf"(?<!\w)(?:[وف]?منذ|(?:[وف]?بال|[وف]?)?مقارن\w*(?:{S}(?:ب|مع))?|[وف]?مقابل){S0}$")


def _relative_year(ctx, m, name: str, month: lexicon.Month) -> int | None:
    """The year of "<month> من العام الماضي" (for a Hijri month, the Hijri year whose month falls
    in that Gregorian year: "رمضان هذا العام" → 1436)."""
    if m.group(name + "_ysame"):
        return _same_year(ctx, m.start(), month)
    if ctx.reference is None:
        return None
    year = ctx.reference.year + (_direction(m.group(name + "_yrel")) or 0)
    if month.calendar == "hijri":
        return hijri.hijri_year_in(year, month.number)
    return year


def _same_year(ctx, start: int, month: lexicon.Month) -> int | None:
    """The year of "<month> من العام نفسه": that of the date, month or year named last (in the
    month's calendar), ``None`` when none is near."""
    named = named_before(ctx, start, ("date", "month", "year"))
    if named is None:
        return None
    hijri_named = named.startswith("H")
    year = int(named[1:5] if hijri_named else named[:4])
    if hijri_named == (month.calendar == "hijri"):
        return year
    return None if hijri_named else hijri.hijri_year_in(year, month.number)


PREPOSITION_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:في|خلال|منذ|قبل|بعد|حتي|طوال|مطلع|نهايه|بدايه|اواخر|اوائل|منتصف){S}$")
WORD_BEFORE = re.compile(rf"(?<!\w)[وفبل]?(?P<w>\w+){S}$")


def _month_context_before(text: str, start: int) -> bool:
    """في رمضان، إفطار رمضان: a word before a month name that has other readings."""
    if PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = WORD_BEFORE.search(text, max(0, start - 16), start)
    return bool(m) and m.group("w") in MONTH_CONTEXT


SINCE_BEFORE = re.compile(rf"(?<!\w)و?(?P<since>منذ){S}$")  # منذ عام 2003: on the matching form


def _read_year(m, ctx):
    if m.group("y_a"):
        year, era = int(m.group("y_a")), m.group("y_a_era")
        since = SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if since and not _is_hijri_era(era) and year >= 1600:  # (عام 1430 with no era is Hijri; منذ عام 2010م too)
            return _since_year(year, since.start("since"))
    elif m.group("y_b"):
        year, era = int(m.group("y_b")), m.group("y_b_era")
    elif m.group("y_o"):  # three figures, the era said in words: عام 600 ميلادية
        year, era = int(m.group("y_o")), m.group("y_o_era")
        return "year", f"H{year}" if _is_hijri_era(era) else f"{year:04d}"
    elif m.group("y_oh"):  # three figures and the bare Hijri mark: ت 262هـ (the gold's "H262", unpadded)
        return "year", f"H{int(m.group('y_oh'))}"
    elif m.group("y_om"):  # سنة 268م (the gold's "0268": four figures, as ISO 8601 writes a year)
        return "year", f"{int(m.group('y_om')):04d}"
    elif m.group("y_bc"):  # 63 قبل الميلاد
        return "year", _before_christ(int(m.group("y_bc")))
    elif m.group("y_d"):
        return "year", m.group("y_d")
    elif m.group("y_e") or m.group("y_l"):
        return "year", m.group("y_e") or m.group("y_l")
    else:
        year = int(m.group("y_c"))
        prep = _squash(m.group("y_prep"))
        if prep == "منذ":
            return _since_year(year, m.start())
        plain = prep not in ("مطلع", "نهايه", "اواخر", "اوائل", "منتصف", "بدايه")
        return "year", str(year), m.start("y_c") if plain else m.start()
    if _is_hijri_era(era):
        return "year", f"H{year}"
    if era is None and 1300 <= year <= 1500 and m.group("y_a"):
        return "year", f"H{year}"
    if not 1000 <= year <= 2200:
        return None
    return "year", str(year)


def _before_christ(year: int) -> str:
    """A year before Christ in ISO 8601's astronomical numbering, as the gold writes it: 63 قبل الميلاد is
    year -62, "-0062" (1 BC is year 0)."""
    return f"-{year - 1:04d}"


def _is_hijri_era(era: str | None) -> bool:
    return bool(era) and (era.startswith("ه") or "هجر" in era)


def _since_year(year: int, start: int):
    """``منذ 2006``، ``منذ عام 2003``: the year, its span opening at منذ — the point منذ counts from,
    as "منذ مايو" is the month and "منذ 5 أغسطس" the day (the convention of docs/ANNOTATING.md:
    the newer draws' reading, 12 dev spans of 12, where the first draws wrote a range to the
    article's date)."""
    return "year", str(year), start
