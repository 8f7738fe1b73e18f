"""Readers of days and times of day (see :mod:`khabar.time.readers` for the table).

How ``اليوم``، ``أمس``، ``يوم الجمعة``، ``الجمعة المقبل``، ``الساعة العاشرة صباحا``، fixed phrases
(``قريبا``، ``الفترة المقبلة``), anaphors (``حينها``), days of a sequence (``اليوم الثاني``) and of
feasts (``ثالث أيام عيد الفطر``، ``العشر الأواخر من رمضان``) are resolved. Dates and shared helpers:
:mod:`khabar.time.read_dates`; patterns: :mod:`khabar.time.grammar`.
"""

from __future__ import annotations

import datetime
import re
from datetime import date
from functools import lru_cache

from khabar.numbers import lexicon as number_lexicon
from khabar.numbers.regex import alternation
from khabar.numbers.words import parse_number
from khabar.time import hijri, lexicon, resolve
from khabar.time.grammar import (
    FEAST_DAY_ORDINALS,
    HOURS,
    NEWSPAPER_BEFORE,
    NEXT_TO,
    ORDINAL_DAYS,
    PM,
    RELATIVE_DAYS,
    S0,
    TODAY_NOT,
    VAGUE_ADJECTIVE,
    S,
    _alt,
)
from khabar.time.model import TimeExpression
from khabar.time.passes import FULL_DATE, SENTENCE_BREAK
from khabar.time.read_dates import BEFORE_LAST_AFTER, WORD_BEFORE, _direction, _squash, named_before


def _read_clock(m, ctx):
    if m.group("c_mid"):
        end_of_span = UNTIL_BEFORE.search(ctx.text, max(0, m.start("c_mid") - 12), m.start("c_mid"))
        return "time", _at(None, 24 if end_of_span else 0, 0)
    raw = m.group("c_h") or m.group("c_hm") or m.group("c_hc") or m.group("c_n") or m.group("c_hw")
    if raw.isdigit() and len(raw) == 4:
        hour, minute = int(raw[:2]), int(raw[2:])  # "0722 بتوقيت جرينتش": 07:22
    elif raw[0].isdigit():
        hour, _, minute = raw.replace(".", ":").replace(",", ":").replace("،", ":").partition(":")
        hour, minute = int(hour), int(minute or 0)
    else:
        hour, minute = HOURS[_squash(raw)], 0
    hour, minute = _fraction(hour, minute, _squash(m.group("c_frac") or ""))
    if m.group("c_min"):
        minute = _clock_minutes(m.group("c_min"))
        if minute is None:
            return None
    ampm = _squash(m.group("c_ampm") or "").removeprefix("من ") or _range_end_ampm(ctx.text, m.end())
    before_noon = ampm in NOON and hour >= NOON_MORNING_HOURS
    if ampm in PM and hour < 12 and not (ampm in NIGHT and hour < NIGHT_SMALL_HOURS) and not before_noon:
        hour += 12  # "الواحدة ليلا" is 01:00, past midnight, as "الثانية فجرا"; "العاشرة ظهرا" is 10:00
    elif hour == 12 and minute == 0 and ampm in MIDNIGHT_PARTS:
        # "الثانية عشرة ليلا", "12 مساء": midnight, written as "منتصف الليل" is (24:00 ending a span)
        end_of_span = UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        hour = 24 if end_of_span else 0
    elif hour == 12 and ampm in SMALL_HOURS_PARTS:
        hour = 0  # "الساعة 12.30 صباحا" is half past midnight: the morning's twelfth hour is its first
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    # A clock time names no day ("T10:00": the day named beside it is added later), except a wire
    # stamp in Mecca time (16:44 ت م); a time in Greenwich time ends in Z, as ISO 8601 writes UTC.
    stamp = m.group("c_tm") and not m.group("c_tm").endswith(("غرينتش", "جرينتش"))
    value = _at(ctx.reference if stamp else None, hour, minute)
    return "time", value + "Z" if m.group("c_gmt") else value


NIGHT = ("ليلا", "ليل")
NIGHT_SMALL_HOURS = 5  # an hour "of the night" below this is after midnight
NOON = ("ظهرا", "ظهر")
NOON_MORNING_HOURS = 9  # an hour "of the noon" from this on is before noon: "الحادية عشرة ظهرا" 11:00, not 23:00
MIDNIGHT_PARTS = ("مساء", "مساءا", "ليلا", "ليل")  # twelve o'clock of these is midnight, not noon
SMALL_HOURS_PARTS = ("صباحا", "فجرا")  # twelve o'clock (and past) of these is just after midnight

UNTIL_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:حتي|الي|لغايه){S}$")  # "حتى منتصف الليل": the end of a span


CLOCK_RANGE_END = re.compile(
    rf"{S0}و?(?:الي|حتي|[-–]){S0}(?:الساعه{S})?(?:\d{{1,2}}(?:[:.]\d\d)?|{alternation(HOURS)})"
    rf"{S}(?P<ampm>مساء|مساءا|ظهرا|عصرا|ليلا)(?!\w)"
)


def _range_end_ampm(text: str, end: int) -> str:
    """``من الساعة 5 إلى 9 مساء``: the start of a clock range takes the part of day of its end."""
    m = CLOCK_RANGE_END.match(text, end)
    return m.group("ampm") if m else ""


def _clock_minutes(raw: str) -> int | None:
    """The minutes said after a clock's hour ("و9 دقائق"، "وعشرين دقيقة"): a whole number, else None."""
    value = int(raw) if raw.isdigit() else parse_number(raw)
    return int(value) if value and value == int(value) else None


def _fraction(hour: int, minute: int, frac: str) -> tuple[int, int]:
    if not frac:
        return hour, minute
    before = frac.startswith("الا")
    for word, minutes in (("نصف", 30), ("ربع", 15), ("ثلث", 20)):
        if word in frac:
            return (hour - 1, 60 - minutes) if before else (hour, minutes)
    return hour, minute


# "ظهر اليوم"، "ظهر أمس الاثنين"، "ظهر الخميس": the midday of a named day is TIMEX3's part of day MI
# (2015-08-06TMI), as صباح/مساء/عصر of a named day are their parts (docs/ANNOTATING.md section 5):
# the dev gold's reading in 10 articles (11 spans) against noon (T12:00) in 5 and the day alone in 1
# (session 46; session 23 counted 5 : 4 : 1 and left it). "حتى ظهر اليوم" is split 2 : 2 in the gold.
MIDDAY = "MI"


def _midday(day: date | None) -> str:
    """The midday of ``day`` (2015-08-06TMI); noon of no day (T12:00) when the day is unknown."""
    return f"{day.isoformat()}T{MIDDAY}" if day else _at(None, 12, 0)


def _at(day: date | None, hour: int, minute: int) -> str:
    clock = f"T{hour:02d}:{minute:02d}"
    return f"{day.isoformat()}{clock}" if day else clock


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
    if rule == "TAF" and CLOCK_HOUR_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "في الثالثة بعد الظهر": the afternoon of a clock hour, not the afternoon alone
    if phrase == "ليلا" and _after_clock(ctx.text, m.start()):
        return None  # "عند الواحدة و55 دقيقة ليلا": the night of a clock time, not "by night" alone
    if phrase.startswith("صلاه ") and not PRAYER_TIME_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None  # "أداء صلاة العيد"، "تأخير صلاة الظهر": the prayer itself; "بعد صلاة العصر" is its time
    if phrase.startswith("بعدها ب") and (adj := VAGUE_ADJECTIVE_AFTER.match(ctx.text, m.end())):
        # "بعدها بأسابيع قليلة": the plural with its adjective, as the duration reader reads it alone
        return "duration", None, m.start() + len("بعدها ب"), adj.end()
    if phrase == "عشيه" and EVE_IDIOM_AFTER.match(ctx.text, m.end()):
        return None  # "بين عشية وضحاها": overnight, no day
    if phrase.endswith(" الموسم") and SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "منذ بداية الموسم": left to the reader of منذ + an event, which keeps منذ in the span
    if phrase.endswith(" الموسم") and (rel := _relative_word_after().match(ctx.text, m.end())):
        return kind, None, m.start(), rel.end()  # "نهاية الموسم الماضي": one span, as "الموسم الماضي" alone
    if rule is None:
        return kind, None
    if rule == "ref":
        return kind, resolve.iso_date(ctx.reference)
    if rule == "noon":
        return kind, _at(ctx.reference, 12, 0)
    if rule == "midnight":  # منتصف الليلة الماضية: the midnight that began the article's day
        return kind, _at(ctx.reference, 0, 0) if ctx.reference else None
    if rule.startswith("hijri:"):  # a feast: عيد الفطر، عيد الأضحى
        month, day = (int(x) for x in rule[6:].split("-"))
        feast = _feast_day(ctx.reference, (month, day)) if ctx.reference else None
        return kind, feast.isoformat() if feast else resolve.day_month(ctx.reference, day, month, "hijri", None)
    if rule.startswith("back:"):  # العام قبل الماضي: the year (month, week) before last
        unit, count = rule[5:].split(":")
        return kind, PERIOD_SHIFTS[unit](ctx.reference, -int(count))
    if rule.startswith("century:"):
        return _read_century(m, ctx, int(rule[8:]))
    if rule.startswith("decade:"):
        return _read_decade_alone(m, ctx, rule[7:])
    if rule.startswith("season:"):  # الإجازة الصيفية → the summer of the article's year: 2015-SU
        return kind, f"{ctx.reference.year}-{rule[7:]}" if ctx.reference else None
    if rule.startswith("night:"):  # الليلة الماضية → the night of the day before: 2015-08-06TNI
        day = resolve.shift_days(ctx.reference, int(rule[6:]))
        return kind, f"{day}TNI" if day else None
    return kind, rule


# an hour just before "بعد الظهر" (الثالثة، 3، الثانية والنصف): the part of day of a clock time
CLOCK_HOUR_BEFORE = re.compile(
    rf"(?:\d|(?<!\w)(?:{alternation(HOURS)})(?:{S}و{S0}(?:النصف|الربع|الثلث))?){S}$"
)


@lru_cache(maxsize=1)
def _minutes_before():
    """A word of minutes ending just before a position (و55 دقيقة، عشر دقائق): a clock's minutes."""
    minutes = [form for form, (unit, _) in lexicon.time_units().items() if unit == "MIN"]
    return re.compile(rf"(?<!\w)(?:{_alt(minutes)}){S}$")


def _after_clock(text: str, at: int) -> bool:
    """Whether a clock hour or its minutes end just before ``at`` (where a part of day belongs to it)."""
    start = max(0, at - 24)
    return bool(CLOCK_HOUR_BEFORE.search(text, start, at) or _minutes_before().search(text, start, at))


PERIOD_SHIFTS = {"year": resolve.shift_year, "month": resolve.shift_month, "week": resolve.shift_week}
# "قبل الماضي" after a weekday or period: the one before last (الخميس قبل الماضي، في العام ما قبل الماضي):
# BEFORE_LAST_AFTER, defined in read_dates (the month reader reads it too)

# The tens in their oblique form (عشرين … تسعين), from the number words: a decade of a century is named
# by them (ستينات القرن الماضي، العشرينات من القرن العشرين، أواخر عشرينيات القرن).
DECADE_TENS = {word: value // 10 for word, (value, kind) in number_lexicon.number_words().items()
               if kind == "ten" and word.endswith("ين")}
DECADE_BEFORE = re.compile(
    rf"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))(?:ال)?(?P<decade>{alternation(DECADE_TENS)})ي?ات{S}(?:من{S})?$"
)
CENTURY_ERA_AFTER = re.compile(
    rf"{S}(?:(?P<ad>الميلادي|للميلاد)|(?P<hijri>الهجري|للهجره)|(?P<other>قبل{S}الميلاد|ق{S0}\.{S0}م))(?!\w)"
)
CENTURY_NOW = 21  # the articles' century; "القرن الماضي" is the one before


def _read_century(m, ctx, number: int):
    """``القرن العشرين`` → the ISO century "19" (the gold's, as ``القرن السابع الميلادي`` → "06"), and
    after a decade, the decade: ``عشرينات القرن العشرين``، ``الستينات من القرن الماضي`` → "192", "196".
    A Hijri century is the same number with the Hijri mark, ``القرن السابع الهجري`` → "H06" (the gold's
    value in 4 of 7 dev spans; the other 3 have none). Not one before Christ; the last century (-1)
    only with its decade, the one reading of it the gold shows."""
    era = CENTURY_ERA_AFTER.match(ctx.text, m.end())
    if era is not None and era.group("other"):
        return None
    if era is not None and era.group("hijri"):
        return ("year", f"H{number - 1:02d}", m.start(), era.end()) if number > 0 else None
    end = era.end() if era is not None else m.end()
    century = CENTURY_NOW - 1 if number < 0 else number
    decade = DECADE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if decade is not None:
        return "year", f"{century - 1:02d}{DECADE_TENS[decade.group('decade')]}", decade.start(), end
    if number < 0:
        return None
    return "year", f"{century - 1:02d}", m.start(), end


# After "في <decade>": an age (من العمر، من عمره، أو سن أكبر), a century (من القرن الماضي), a second decade
# (والثمانينات، أو الأربعينات): not a decade read alone. Before it, a person or an age (``decade_age_words``).
DECADE_ALONE_NOT_AFTER = re.compile(
    rf"{S}(?:(?:من{S})?(?:ال)?(?:عمر|اعمار|قرن)|او(?!\w)|و?(?:ال)?(?:{alternation(DECADE_TENS)})ي?ات(?!\w))"
)
DECADE_WORDS_BEFORE = re.compile(rf"(?:(?P<w1>\w+){S})?(?P<w2>\w+){S}$")  # the two words before في
DECADE_ERA_AFTER = re.compile(rf"{S}(?:ال)?(?:(?P<ad>ميلادي)|(?P<ah>هجري))ه?(?!\w)")


def _read_decade_alone(m, ctx, tens: str):
    """``في التسعينات``، ``في السبعينيات الميلادية`` → the decade of the 1900s, "199", "197" (the gold's
    year of a decade); None for an age, a decade of a century named after it or a Hijri decade."""
    if DECADE_ALONE_NOT_AFTER.match(ctx.text, m.end()):
        return None
    before = DECADE_WORDS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if before is not None and any(
        word in lexicon.decade_age_words() or (word[:1] in "وفبل" and word[1:] in lexicon.decade_age_words())
        for word in before.group("w1", "w2") if word
    ):
        return None  # بشاب في العشرينيات، فتاة عراقية في العشرينات، والجريح في العشرينيات: an age
    era = DECADE_ERA_AFTER.match(ctx.text, m.end())
    if era is not None and era.group("ah"):
        return None  # في التسعينات الهجرية: the 1390s of the Hijra
    return "year", f"19{tens}", m.start(), era.end() if era is not None else m.end()


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
    """``في ذلك اليوم``، ``حينها``، ``حينذاك`` (not ``آنذاك`` since session 52: no time): the day, month or year last named before (null when none)."""
    unit = m.group("an_unit") or m.group("an_unit2")
    if unit:
        return _same_period(m, ctx, unit)
    if m.group("an_next"):
        return _period_next_to(m, ctx)
    for expression, end, kind in zip(reversed(ctx.found), reversed(ctx.found_ends), reversed(ctx.found_kinds)):
        if m.start() - end > ANAPHOR_REACH:
            break  # too far back to be sure what "then" points to
        if kind in DEICTIC_READERS and not _promptly_that_day(m, ctx, end, expression):
            continue  # "أعلنت أمس … الرئيس حينها": "then" is not the day of the news
        if expression.type in ("date", "month", "year") and expression.value:
            return expression.type, expression.value
    return "date", None


def _same_period(m, ctx, unit: str):
    """``في العام نفسه``، ``خلال الشهر ذاته``: the year or month of the date, month or year named last;
    ``24 من نفس الشهر``: that day of the month named last."""
    if unit == "شهر":
        named = named_before(ctx, m.start(), ("date", "month"))
        month = named[: 8 if named.startswith("H") else 7] if named and named.count("-") else None
        day = DAY_OF_BEFORE.search(ctx.text, max(0, m.start() - 28), m.start())
        if day is not None:
            number = int(day.group("n")) if day.group("n") else ORDINAL_DAYS[_squash(day.group("ord"))]
            return "date", _day_of(month, number), day.start()
        return "month", month
    said = YEAR_IN_BRACKETS_AFTER.match(ctx.text, m.end())
    if said is not None:
        return "year", said.group("y")  # في العام ذاته (1953): the year it says (read on its own too)
    named = named_before(ctx, m.start(), ("date", "month", "year"))
    if named:
        return "year", named[:5] if named.startswith("H") else named[:4]
    return "year", _year_far_before(ctx, m.start())


SAME_YEAR_FAR_REACH = 800  # characters back to a written year "العام نفسه" points to when none was read near
YEAR_IN_BRACKETS_AFTER = re.compile(rf"{S0}\({S0}(?P<y>1[5-9]\d\d|20[0-3]\d){S0}\)")
YEAR_WRITTEN = re.compile(r"(?<![\d.,/])(?:1[5-9]\d\d|20[0-3]\d)(?![\d,/]|\.\d)")


def _year_far_before(ctx, start: int) -> str | None:
    """The last year of 1500–2039 written in the :data:`SAME_YEAR_FAR_REACH` characters before ``start``,
    read or not ("خلال انتفاضة 2011 … في نهاية العام نفسه"، "سنة 1962 … في العام ذاته" far back): what
    "العام نفسه" repeats when no year was read within the near reach; the year of a time read after
    that written year wins ("في الربع الأخير من العام الماضي … الربع الثالث من نفس العام");
    ``None`` when none is written."""
    last = None
    for last in YEAR_WRITTEN.finditer(ctx.text, max(0, start - SAME_YEAR_FAR_REACH), start):  # noqa: B007 (keeps the last)
        pass
    if last is None:
        return None
    for expression, end, kind in zip(reversed(ctx.found), reversed(ctx.found_ends), reversed(ctx.found_kinds)):
        if end <= last.end():
            break
        if kind not in DEICTIC_READERS and expression.value and YEAR_FIRST.match(expression.value):
            return expression.value[:4]
    return last.group()


YEAR_FIRST = re.compile(r"\d{4}(?!\d)")


def _period_next_to(m, ctx):
    """``مقارنة بالعام الذي سبقه`` (after "العام الماضي": 2013), ``في العام الذي تلاه``: the year or month
    before or after the one named last; a year written after it ("العام الذي سبقه 2013") wins."""
    if m.group("an_y"):
        return "year", m.group("an_y")
    step = NEXT_TO[_squash(m.group("an_next"))]
    if m.group("an_next_unit") == "شهر":
        named = named_before(ctx, m.start(), ("date", "month"))
        if not named or named.startswith("H") or named.count("-") == 0:
            return "month", None
        return "month", resolve.shift_month(date(int(named[:4]), int(named[5:7]), 1), step)
    named = named_before(ctx, m.start(), ("date", "month", "year"))
    if not named:
        return "year", None
    if named.startswith("H"):
        return "year", f"H{int(named[1:5]) + step}"
    return "year", f"{int(named[:4]) + step:04d}"


def _day_of(month: str | None, number: int) -> str | None:
    """Day ``number`` of a month value (``2015-07`` or ``H1436-09``), ISO; ``None`` when it has none."""
    if month is None or not 1 <= number <= 31:
        return None
    if month.startswith("H"):
        return resolve.hijri_date(int(month[1:5]), int(month[6:8]), number)
    return resolve.gregorian_date(int(month[:4]), int(month[5:7]), number)


# the day before "من نفس الشهر": "في 24 من"، "الـ 16 من"، "الثالث والعشرين من" (matching form)
DAY_OF_BEFORE = re.compile(
    rf"(?:(?<![\d\w])(?:ال{S0})?(?P<n>\d{{1,2}})|(?<!\w)(?P<ord>{_alt(ORDINAL_DAYS)})){S}من{S}$"
)


PROMPTLY = re.compile(r"في[^\S\n]+حينه(?:ا)?$")  # "في حينه": at the time, promptly (matching form)


def _promptly_that_day(m, ctx, end: int, expression: TimeExpression) -> bool:
    """``تلقت الشرطة مساء أمس بلاغا … وباشرت الحادثة في حينه``: "في حينه" in the sentence that named
    the story's day (أمس، اليوم) is that day (the gold's reading); "حينها" after it is not."""
    return (
        expression.type == "date"
        and PROMPTLY.search(m.group()) is not None
        and SENTENCE_BREAK.search(ctx.text, end, m.start()) is None
    )


ROW_UNITS = {"يوم": "D", "اسبوع": "W", "شهر": "M"}  # لليوم/للأسبوع/للشهر الثالث على التوالي

DEICTIC_READERS = frozenset({"relday", "phrase"})  # اليوم، أمس، الآن: times of the writing, not of the story


def _read_ordday(m, ctx):
    """``اليوم الأول`` (of a course, a visit, a season): a day of a sequence the text does not date,
    null as the gold has all such spans on dev; ``في اليوم التالي`` is the day after the day named
    last (the gold's reading after "اليوم الاثنين"); ``لليوم الثالث على التوالي`` is how long a run of
    days has lasted (P3D), as ``للشهر الثاني على التوالي`` of months (P2M) and ``للأسبوع السادس على
    التوالي`` of weeks (P6W)."""
    ordinal = _squash(m.group("od_ord"))
    if m.group("od_row"):
        count = ORDINAL_DAYS.get(ordinal)
        unit = ROW_UNITS[_squash(m.group("od_unit") or "يوم")]
        return ("duration", f"P{count}{unit}") if count else ("duration", None)
    if m.group("od_feast") and ORDINAL_DAYS.get(ordinal, 99) <= len(FEAST_DAY_ORDINALS):
        # اليوم الثاني من أيام عيد الفطر: the feast's day, as "ثاني أيام العيد" (its reader)
        first = _feast_first_day(ctx.reference, m.group("od_which"))
        return "date", resolve.shift_days(first, ORDINAL_DAYS[ordinal] - 1) if first else None
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
    first = _feast_first_day(ctx.reference, m.group("fd_which"))
    return "date", resolve.shift_days(first, FEAST_DAY_ORDINALS[m.group("fd_n")]) if first else None


def _feast_first_day(reference: date | None, which: str | None) -> date | None:
    """The first day of the feast named (الفطر or الأضحى), or of the one last begun."""
    if which:
        return _feast_day(reference, FEASTS[which])
    return max(filter(None, (_feast_day(reference, feast) for feast in FEASTS.values())), default=None)


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
    if word == "غد" and not (m.group("rd_wd") or m.group("rd_part")) and not ctx.text[max(0, m.start("rd_word") - 4) : m.start("rd_word")].startswith("يوم"):
        # غد alone is rare outside "يوم غد" and "بعد غد"; a weekday after it or a part of the day
        # before it makes it tomorrow ("بداية من غد الاثنين"، "مساء غد (الأربعاء)"، "صباح غد")
        return None
    if word == "امس" and NEED_AFTER.match(ctx.text, m.end()):
        return None  # أمسّ الحاجة: "most in need", not yesterday
    # (most texts hold no الأمس at all: a substring test, before any call)
    if (word == PAST_WORD or (word == "اليوم" and PAST_WORD in ctx.text)) and _past_against_today(m, ctx.text, word == PAST_WORD):
        return "date", None  # ضحية الأمس أصبح اليوم، بين الأمس واليوم: the past against the present, no day
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
        after = _afternoon_start(m, ctx.text, "rd_part")
        if after is not None:  # بعد ظهر أمس: the afternoon, not noon; the day (the gold's two spans)
            return "time", day.isoformat(), after
        return "time", _midday(day)  # ظهر اليوم، ظهر اليوم الثلاثاء
    if _late_hour(m, "rd"):
        return "time", f"{day.isoformat()}TNI"
    if _asr(m, "rd"):  # عصر أمس، عصر اليوم الأربعاء، بعد عصر اليوم: that day's afternoon
        return "time", f"{day.isoformat()}TAF", _afternoon_start(m, ctx.text, "rd_part") or m.start()
    return "date", day.isoformat()


# what runs from a bare definite "الأمس" (بالأمس) to the first "اليوم" after it: the same sentence
# ("عدو الأمس يصبح حليف اليوم"، "بين الأمس واليوم"), or the next one when it opens with "أما اليوم"
# ("كان بالأمس من قبيلة أخرى. أما اليوم فأصبح…"); on the matching form
PAST_TO_TODAY = re.compile(rf"[^.؟!?\n]{{0,150}}?(?:(?<!\w)[وف]?|[.؟!?]?\s*(?<!\w)[وف]?اما{S})اليوم(?!\w)")
PAST_WORD = "الامس"
# a day named with it: "مساء الأمس"، "يوم الأمس"، "صباح اليوم"، "اليوم الخميس" are days of the story
PART_OF_DAY_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله|يوم){S}$")
PAST_TO_TODAY_REACH = 220  # how far back an "اليوم" looks for the "الأمس" set against it


def _past_against_today(m, text: str, is_past: bool) -> bool:
    """A bare definite "الأمس" and the first bare "اليوم" after it: "yesterday" and "today" set
    against each other as the past and the present, not days (the dev gold's null for both, 2
    articles of 2, and every such pair of the day files read: "زملاء الأمس مدراء اليوم"، "كانوا
    بالأمس … واليوم …"). Only this order: "تدريبات اليوم … بعد لقاء الأمس" is two days. ``m`` is
    the الأمس (``is_past``) or اليوم; most اليوم have no الأمس before them, found by one ``rfind``."""
    at = m.start("rd_word")
    if is_past:
        past = at
    else:
        past = text.rfind(PAST_WORD, at - PAST_TO_TODAY_REACH if at > PAST_TO_TODAY_REACH else 0, at)
        if past < 0:
            return False
    if m.group("rd_wd") or m.group("rd_part"):
        return False  # أمس الأحد، صباح اليوم: a day of the story
    if text[past - 1 : past].isalpha() and text[past - 1] not in "وفب":
        return False  # الأمس inside another word
    today = PAST_TO_TODAY.match(text, past + len(PAST_WORD))
    if today is None or not (is_past or today.end() == m.end("rd_word")):
        return False
    return not (
        PART_OF_DAY_BEFORE.search(text, max(0, past - 8), past)
        or PART_OF_DAY_BEFORE.search(text, max(0, today.end() - 13), today.end() - 5)
        or _weekday_after().match(text, today.end())
        or TODAY_NOT.match(text, today.end())  # "… في اليوم الواحد": a day of something, not today
    )


@lru_cache(maxsize=1)
def _weekday_after() -> re.Pattern[str]:
    """A weekday right after a word (اليوم الخميس، اليوم (الثلاثاء)), from the lexicon's weekdays."""
    return re.compile(rf"{S0}\(?{S0}(?:{_alt(lexicon.weekdays())})(?!\w)")


def _asr(m, name: str) -> bool:
    """The part of day is عصر (the afternoon prayer's time): the dev gold's TAF, 3 articles of 3,
    where صباح/مساء/فجر + a day are split between a date and a time."""
    return _squash(m.group(f"{name}_part") or "") == "عصر"


def _late_hour(m, name: str) -> bool:
    """"في ساعة متأخرة من يوم السبت"، "حتى ساعة متأخرة من البارحة"، "… من ليلة أمس": late that
    night (the dev gold's TNI, 2 of 2), when no part of day other than the night is named."""
    return bool(m.group(f"{name}_late")) and _squash(m.group(f"{name}_part") or "ليل") in ("ليل", "ليله")


AFTERNOON_BEFORE = re.compile(rf"(?<!\w)[وف]?(?P<after>بعد){S}$")  # بعد ظهر اليوم: on the matching form


def _afternoon_start(m, text: str, part: str) -> int | None:
    """Where "بعد" opens "بعد ظهر <day>" (the afternoon), when the part of day is ظهر; else ``None``."""
    at = m.start(part)
    after = AFTERNOON_BEFORE.search(text, max(0, at - 8), at) if at == m.start() else None
    return after.start("after") if after else None


def _weekday_after_past_day(offset: int, day: date, weekday: int) -> bool:
    """"أمس الثلاثاء" read on a Tuesday: the weekday falls after yesterday, up to the article's own
    day, so following it would go a week back; the article was written a day after its stamp, and
    أمس (ANNOTATION.md: published − 1) is kept, as the gold does."""
    return offset < 0 and (day.isoweekday() - weekday) % 7 >= 7 + offset


# what may follow "بعد/قبل فترة" (after/before a while): a break, an adjective of length, or (pass 38b: 4
# dev articles, all annotated) a preposition, "بعد فترة من التوقف"، "قبل فترة في مفاوضات"، "قبل فترة بين"
VAGUE_PERIOD_END = re.compile(rf"{S0}(?:[،,.;:؛!؟?\n»)\"”]|$|(?:ثم|قصيره|وجيزه|طويله|قريبه|معينه|بسيطه|قليله|من|في|بين)(?!\w))")
ACCUSATIVE_NOUN_BEFORE = re.compile(r"\wا[\u064b-\u0652]*\s+$")  # "شوطا طويلا": a word in -ا before the adjective
NEAR_AFTER = re.compile(rf"{S}من(?:ه|ها|هم|هما|هن|نا|ني|ك|كم)?(?!\w)")
# A prayer is a time of day when a word of time leads to it (بعد/عقب/قبيل/أثناء [أداء/أدائهم] صلاة الظهر);
# the dev gold leaves the prayer named as a rite unannotated (أداء صلاة العيد، تأخير صلاة الظهر: 17 of 18).
PRAYER_TIME_BEFORE = re.compile(
    rf"(?<!\w)[وف]?(?:من{S})?(?:بعد|بعيد|عقب|قبل|قبيل|اثناء|خلال|اثر|وقت|موعد|عند|حتي|منذ|مع|الي|بين)"
    rf"(?:{S}(?:اداء|ادائ\w+|تاديه|تاديت\w+))?{S}$"
)
SINCE_BEFORE = re.compile(rf"(?<!\w)[وف]?منذ{S}$")
VAGUE_ADJECTIVE_AFTER = re.compile(rf"{S}{VAGUE_ADJECTIVE}")
EVE_IDIOM_AFTER = re.compile(rf"{S}و?ضحاها(?!\w)")
WHICH_AFTER = re.compile(rf"{S}الذي(?!\w)")  # في اليوم الذي وصل فيه: the day when, not "per day"
# "the day when" (سيأتي اليوم الذي، حتى اليوم الذي), not "today, which" (لقاء اليوم الذي سيكون القمة)
DAY_WHEN_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:س?[يت]اتي|جاء|ذلك|نفس|ذات|هو|كان|حتي|منذ){S}$")
RESUMPTIVE_AFTER = re.compile(r"^[^،,.;:؛!؟?\n]{0,40}?(?<!\w)فيه(?!\w)")  # اليوم الذي وصل فيه


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


# "الثلاثاء 10/12"، "يوم الأربعاء 28/9"، "الاثنين الموافق 4/ 10": a day and a month with no year after a
# weekday (Saudi notices write the Hijri date so, day first or month first)
WEEKDAY_DAY_MONTH = re.compile(rf"{S}(?:الموافق{S})?(\d{{1,2}}){S0}/{S0}(\d{{1,2}})(?![\d/]|{S0}/)")
DAY_MONTH_REACH = 120  # days from publication a weekday's date may lie


def _weekday_with_date(m, ctx, day: int) -> tuple[str, int] | None:
    """The date of "الثلاثاء 10/12" and where it ends: of the readings of its two figures as a Hijri day and
    month (either order) or a Gregorian day and month, within DAY_MONTH_REACH days of publication, the one
    date that falls on the weekday named (Shawwal 12, 1436, a Tuesday, for an article of July 2015);
    None when none or several do, and the weekday is read alone."""
    found = WEEKDAY_DAY_MONTH.match(ctx.text, m.end())
    if found is None or ctx.reference is None or m.group("w_rel"):
        return None
    a, b = int(found.group(1)), int(found.group(2))
    dates = set()
    for candidate in _day_month_readings(ctx.reference, a, b):
        if candidate.isoweekday() == day and abs((candidate - ctx.reference).days) <= DAY_MONTH_REACH:
            dates.add(candidate)
    if len(dates) != 1:
        return None
    return dates.pop().isoformat(), found.end()


def _day_month_readings(reference: date, a: int, b: int):
    """Every date the figures ``a / b`` may name near ``reference``: Hijri day/month and month/day in the
    Hijri years around it, Gregorian day/month in the years around it."""
    hijri_now = hijri.to_hijri(reference)
    for year in (hijri_now[0] - 1, hijri_now[0], hijri_now[0] + 1) if hijri_now else ():
        for month, day in ((b, a), (a, b)):
            if 1 <= month <= 12 and 1 <= day <= 30 and (converted := hijri.to_gregorian(year, month, day)):
                yield converted
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if 1 <= b <= 12 and 1 <= a <= 31 and (value := resolve.gregorian_date(year, b, a)):
            yield date.fromisoformat(value)


EVENT_CLAUSE_REACH = 60  # characters of one clause between an event's verb and its weekday


@lru_cache(maxsize=1)
def _event_verb_pattern() -> re.Pattern[str]:
    """An event's present-tense verb (event_verbs.tsv) earlier in the clause that ends at the weekday:
    "تشيلسي الذي يبدأ حملته في الدوري السبت"، "يقام حفل السباق ... يوم السبت". Not after أن ("كان من
    المفترض أن تبدأ الجولة الجمعة": a plan, often one that failed), nor across a stop or a comma."""
    verbs = alternation(lexicon.event_verbs())
    return re.compile(rf"(?<!\w)(?<!ان )(?<!لن )[وف]?(?:{verbs})(?!\w)[^.،,؛:!?؟\n«»\"]{{0,{EVENT_CLAUSE_REACH}}}$")


def _event_verb_before(ctx, start: int, day: int) -> bool:
    """A bare weekday after an event's present-tense verb in its clause is the coming one (dev gold
    2015-08-03.zip#172، 2015-08-11.zip#1574: the season or the race still ahead); the verb then reads
    as the timetable's present, not the narrative's. Not the reference's own weekday nor the day
    before it (an event starting today, or yesterday in a feed stamped a day late: "الهدنة التي تبدأ
    منتصف ليل الأحد الاثنين" on a Monday), nor when a time read between them is the verb's own
    ("يعقد غدا اجتماعا وانطلقت عصر الجمعة")."""
    if ctx.reference is None or (ctx.reference.isoweekday() - day) % 7 in (0, 1):
        return False
    verb = _event_verb_pattern().search(ctx.text, max(0, start - EVENT_CLAUSE_REACH - 12), start)
    if verb is None:
        return False
    # (a weekday before it is one of a pair or a list, "مساء السبت والأحد", which follows the first)
    read = zip(ctx.found_ends[-3:], ctx.found_kinds[-3:]) if ctx.found_ends else ()
    return not any(verb.start() < end <= start and kind != "weekday" for end, kind in read)


def _read_weekday(m, ctx):
    if m.start() > 0 and ctx.text[m.start() - 1] in "«\"“":
        return None  # "الجمعة" in quotation marks names something else
    day = lexicon.weekdays()[m.group("w_day")]
    dated = _weekday_with_date(m, ctx, day)
    if dated is not None and not m.group("w_part"):
        return "date", dated[0], m.start(), dated[1]
    direction = _direction(m.group("w_rel"))
    if direction is None and (ctx.future_at(m.start()) or _event_verb_before(ctx, m.start(), day)):
        direction = 1
    before_last = None if m.group("w_rel") else BEFORE_LAST_AFTER.match(ctx.text, m.end())
    value = resolve.weekday(ctx.reference, day, -1 if before_last else direction)
    if m.group("w_next2") and value:  # الخميس بعد المقبل: the Thursday a week after the coming one
        value = resolve.shift_days(date.fromisoformat(value), 7)
    if before_last is not None:  # الخميس قبل الماضي: the Thursday a week before the last one
        return "date", resolve.shift_days(date.fromisoformat(value), -7) if value else None, m.start(), before_last.end()
    if m.group("w_part") and _squash(m.group("w_part")) == "ظهر":
        after = _afternoon_start(m, ctx.text, "w_part")
        if after is not None:  # بعد ظهر الأربعاء: the afternoon of that day
            return "time", value, after
        return "time", _midday(date.fromisoformat(value) if value else None)  # ظهر الأربعاء, as ظهر اليوم
    if value and _late_hour(m, "w"):
        return "time", f"{value}TNI"
    if value and _asr(m, "w"):  # عصر الخميس: that day's afternoon
        return "time", f"{value}TAF", _afternoon_start(m, ctx.text, "w_part") or m.start()
    return "date", value
