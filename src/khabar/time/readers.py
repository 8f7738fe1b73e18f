"""The readers: one ``_read_<group>`` function per named alternative of :mod:`khabar.time.grammar`.

Decides what a match means: its type and ISO 8601 value, resolved against the article's date and
what the text named before it (``ctx``, a :class:`khabar.time.model.Context`). :data:`READERS` maps
each group name to its reader; :func:`khabar.time.expressions.scan_times` calls them in text order,
then the post-passes of :mod:`khabar.time.passes` read over what they found.
"""

from __future__ import annotations

import datetime
import re
from datetime import date
from functools import lru_cache

from khabar.numbers.lexicon import match_form, number_words
from khabar.numbers.regex import alternation
from khabar.numbers.words import parse_number
from khabar.time import hijri, lexicon, resolve
from khabar.time.grammar import (
    ADJECTIVE_GENERAL,
    AGE_ORDINALS,
    BARE_SEASONS,
    FEAST_DAY_ORDINALS,
    HOURS,
    MONTH_CONTEXT,
    MONTH_TAIL,
    NEWSPAPER_BEFORE,
    ORDINAL_DAYS,
    PART_ORDINALS,
    PM,
    RELATIVE_DAYS,
    S0,
    SEASON_MONTH,
    SEASON_START,
    SEASONS,
    TODAY_NOT,
    UPCOMING_DAYS,
    YEAR_PARTS,
    S,
    _alt,
)
from khabar.time.model import TimeExpression
from khabar.time.passes import FULL_DATE, SENTENCE_BREAK


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
