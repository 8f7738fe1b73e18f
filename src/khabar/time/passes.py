"""The post-passes: what is read over the expressions found, after the readers.

Merges (a weekday and its date, ranges, consecutive weekdays), the day of a clock time and of a
day of a sequence, منذ followed by an event, من قبل closing a clause, decimals reversed by
right-to-left editing, and the full stop glued before a final year (read before the scan).
Called by :func:`khabar.time.expressions.scan_times`; the readers are in :mod:`khabar.time.readers`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import itertools
import re
from datetime import date
from functools import lru_cache

from khabar.numbers.lexicon import LIGHT_YEAR_AFTER_RE, match_form, number_words
from khabar.time import hijri, lexicon, resolve
from khabar.time.grammar import AMPM, ORDINAL_DAYS, S, _alt
from khabar.time.model import TimeExpression
from khabar.time.scanner import WORD_RE

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


# "2012 ــ 2014"، "7 ـ 12 ـ 2010": a tatweel standing for a dash between figures, which the matching
# form drops (leaving "2012  2014"); the space next to it is read as the dash (the same length)
TATWEEL = "\u0640"


def _tatweel_dashes(text: str, origins: tuple[int, ...] | None, original: str) -> str:
    """``text`` (the matching form) with a space beside each dropped tatweel that stands between two
    figures written "-", so that year ranges and dates read as with a dash. Only the tatweels of the
    original are visited (``str.find``, at C speed): no scan of the whole text."""
    at = original.find(TATWEEL) if origins is not None else -1
    chars = None
    while at >= 0:
        end = at + 1
        while original.startswith(TATWEEL, end):
            end += 1
        if original[max(0, at - 2) : at].rstrip()[-1:].isdigit() and original[end : end + 2].lstrip()[:1].isdigit():
            i = bisect.bisect_left(origins, at)  # the first character of the matching form after the tatweel
            space = i - 1 if i and text[i - 1] == " " else i if i < len(text) and text[i] == " " else None
            if space is not None:
                chars = chars or list(text)
                chars[space] = "-"
        at = original.find(TATWEEL, end)
    return text if chars is None else "".join(chars)


def _post_passes(found: list[TimeExpression], text: str, reference: date | None) -> list[TimeExpression]:
    """What is read over the expressions found: merges, days of clock times, منذ and من قبل."""
    merged = _years_of_equivalents(_merge_weekday_dates(found, text, reference), text)
    timed = _dated_clock_times(_clocks_with_days_after(_merge_ranges(merged, text), text), text, reference)
    timed = _dated_sequence_days(timed, text)
    timed = _previous_sessions(timed, reference) if PREVIOUS_SESSION in text else timed
    timed = _weeks_ending(timed, text) if WEEK_ENDING_WORD in text else timed
    timed = _since_events(timed, text, reference) if SINCE_WORD in text else timed
    timed = _before_adverbs(timed, text) if BEFORE_ADVERB in text else timed
    timed = _drop_light_years(timed, text) if LIGHT_WORD in text else timed
    return _parts_of_named_days(_parts_before_dates(timed, text))


LIGHT_WORD = "ضوئ"  # ضوئية، ضوئي: the post-pass runs only where it stands


def _drop_light_years(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``على بعد 1400 سنة ضوئية``، ``بسنوات ضوئية``: a light year is a distance, no time (the
    dev gold marks no time there, and counts the distance as a figure)."""
    return [e for e in found if LIGHT_YEAR_AFTER_RE.match(text, e.end) is None]


# "في وقت متأخر من مساء أمس"، "في ساعة مبكرة من فجر أمس": a late or early hour of a part of a named day
# is that part, as the part alone (the dev gold: the part 5 : the day 2; khabar's reading only, the gold's
# convention is not extended to it); the opening words of grammar.PART_OF_DAY, in the matching form
HOUR_OF_PART = re.compile(rf"(?:و?في{S})?(?:وقت{S}(?:سابق|لاحق|متاخر)|ساعه{S}(?:متاخره|مبكره)){S}من{S}")


@lru_cache(maxsize=1)
def _part_before_date() -> re.Pattern[str]:
    """A part of the day (day_parts.tsv, with a glued و/ف/ب) ending a text, with يوم/اليوم after it:
    what stands right before a calendar date in "مساء يوم 22 يونيو"، "صباح 13 يوليو 2015"."""
    parts = _alt(lexicon.day_parts())
    return re.compile(rf"(?<!\w)(?:[وفب]|وب|فب)?(?P<part>{parts}){S}(?:(?:يوم|اليوم){S})?$")


def _parts_before_dates(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``مساء يوم 22 يونيو الماضي``، ``صباح 13 يوليو 2015``، ``ليلة 15 أغسطس``، ``مساء اليوم الأول من ذي
    الحجة``: a part of the day before a calendar date names that day too, so the date's span takes it
    in, and :func:`_parts_of_named_days` (next) gives it the part (2015-06-22TEV), as it does for
    "مساء الاثنين" by the convention of docs/ANNOTATING.md section 5. The date readers start at the
    day's figure, so khabar gave the day alone; the dev gold has the part in 5 such spans (draws
    20169–20190) and the date alone in 2 (ظهر + a date, which day_parts.tsv leaves out, and "قبيل فجر
    31 مارس", draws 20161 and 20167). Only a window of a few characters before each dated expression
    is read."""
    before = _part_before_date()
    previous_end = 0
    for expression in found:
        start = expression.start
        if expression.type == "date" and _part_word_before(text, max(previous_end, start - PART_WINDOW), start):
            m = before.search(text, max(previous_end, start - PART_WINDOW), start)
            if m is not None and not FULL_DATE.fullmatch(expression.value or ""):
                m = None
            if m is not None and not (m.group("part") in NIGHTS and _hijri_day(expression.text)):
                expression.start = m.start("part")
                expression.text = text[expression.start : expression.end]
        previous_end = max(previous_end, expression.end)
    return found


PART_WINDOW = 14  # "وصبيحة اليوم " is 13 characters
DAY_WORDS = frozenset({"يوم", "اليوم"})


def _part_word_before(text: str, least: int, start: int) -> bool:
    """A word lookup before the regex: whether the last word before ``start`` (past يوم/اليوم) is a
    part of the day; most dates have none, and a split and a dict cost less than the regex."""
    words = text[least:start].split()
    if words and words[-1] in DAY_WORDS:
        words.pop()
    return bool(words) and lexicon.day_part_word(words[-1]) is not None


# "ليلة 27 رمضان"، "ليلة عيد الفطر": a Hijri day opens at the sunset before it, so its night is the
# eve, a day before the Gregorian date the readers give; no dev span says how to value it: left alone
NIGHTS = frozenset(form for form, part in lexicon.day_parts().items() if part == "NI")
FEAST_WORD = "عيد"


def _hijri_day(expression_text: str) -> bool:
    """Whether the date names a day of a Hijri month or a feast (its matching form's words)."""
    months = lexicon.months()
    return any(FEAST_WORD in word or (word in months and months[word].calendar == "hijri") for word in match_form(expression_text).split())


def _parts_of_named_days(found: list[TimeExpression]) -> list[TimeExpression]:
    """``مساء الاثنين الماضي``، ``صباح أمس``: a named day with its part of the day is that part of
    it, TIMEX3's 2015-07-20TEV (type time), as "عصر الخميس" is 2015-07-23TAF: the convention of
    docs/ANNOTATING.md, where the annotation guide is silent. Last of the passes, so that those
    before it (a clock time's day, ranges, merges) read the plain day, as they always have."""
    for expression in found:
        if expression.type != "date" or not FULL_DATE.fullmatch(expression.value or ""):
            continue
        form = match_form(expression.text)
        hour = HOUR_OF_PART.match(form)
        part = lexicon.part_of_named_day(form[hour.end():] if hour else form)
        if part is not None:
            expression.type, expression.value = "time", f"{expression.value}T{part}"
    return found


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


WEEK_ENDING_WORD = "لمنته"  # المنتهي، المنتهى، المنتهية: the post-pass runs only where it stands
# (matching form) "في الأسبوع المنتهي في"، "للأسبوع المنتهي في": the week a weekly figure covers
WEEK_ENDING_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:لل|ال)اسبوع[^\S\n]+المنتهي(?:[^\S\n]+في)?[^\S\n]*$")
WEEK_ENDING_REACH = 24  # characters: "للأسبوع المنتهي في " is 19


def _weeks_ending(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``للأسبوع المنتهي في 18 يوليو``: the ISO week of the date that ends it (the week of weekly
    statistics: jobless claims, fund flows, stocks of crude), not the day."""
    out = []
    for expression in found:
        if expression.type == "date" and expression.value and FULL_DATE.fullmatch(expression.value):
            least = max(0, expression.start - WEEK_ENDING_REACH)
            m = WEEK_ENDING_BEFORE.search(match_form(text[least : expression.start]))
            if m is not None:  # its words, counted back in the text (the matching form may be shorter)
                words = [w.start() for w in re.finditer(r"\S+", text[least : expression.start])]
                start = least + words[-len(m.group().split())]
                week = resolve.iso_week(date.fromisoformat(expression.value))
                expression = TimeExpression(start, expression.end, text[start : expression.end], "week", week)
        out.append(expression)
    return out


SINCE_WORD = "منذ"
# the words after منذ: up to four Arabic words (أن first does not count), to the first punctuation or digit
SINCE_EVENT_WORDS = re.compile(r"[^\S\n]+(?:ان[^\S\n]+)?[\u0621-\u065f]+(?:[^\S\n]+[\u0621-\u065f]+){0,3}")
SINCE_END_WORDS = re.compile(r"[^\S\n]+[وف]?(?:حتي|الي)(?![\u0621-\u065f])")  # منذ تفشيه حتى الآن


def _since_events(found: list[TimeExpression], text: str, reference: date | None = None) -> list[TimeExpression]:
    """``منذ بدء المفاوضات``، ``منذ أن تولى رئاسة الوزراء``، ``منذ الصغر``: "since" an event, a range
    the gold annotates with a null value (about 20 spans on dev; منذ nearly always opens a time).
    منذ followed by a time the scanner read (منذ عام 2003، منذ ثلاثة أيام) keeps that reading; one
    that runs to "حتى الآن" takes it in (منذ تفشيه حتى الآن: one range, as the gold)."""
    starts = [e.start for e in found]
    added: list[TimeExpression] = []
    at = text.find(SINCE_WORD)
    while at >= 0:
        expression = _since_event_at(text, at, found, starts, reference)
        if expression is not None:
            added.append(expression)
        at = text.find(SINCE_WORD, at + len(SINCE_WORD))
    if not added:
        return found
    swallowed = {id(e) for e in found for a in added if a.start <= e.start and e.end <= a.end}
    return sorted([e for e in found if id(e) not in swallowed] + added, key=lambda e: e.start)


def _since_event_at(
    text: str, at: int, found: list[TimeExpression], starts: list[int], reference: date | None = None
) -> TimeExpression | None:
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
    then = SINCE_THEN.match(text, at + len(SINCE_WORD))
    if then is not None:  # منذ ذلك الحين: from the time named last to the article's date
        since = _since_then(found[:i], at, reference)
        return TimeExpression(at, then.end(), text[at : then.end()], "range", since) if since else None
    if match_form(first.group()) in lexicon.since_not_events() or _is_time_word(first.group()):
        return None
    year_start = START_OF_YEAR.match(text, at + len(SINCE_WORD))
    if year_start is not None and reference is not None:
        return TimeExpression(at, year_start.end(), text[at : year_start.end()], "year", str(reference.year))
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


# "منذ بداية العام بنسبة 5%"، "منذ مطلع العام،": the start of the year with no word of its own after it (no
# الحالي، الدراسي، المالي: those the scanner reads; no year written, no "حتى الآن") is this year's, the year as "منذ بداية
# العام الحالي" is (read_periods)
START_OF_YEAR = re.compile(r"[^\S\n]+(?:بدايه|مطلع)[^\S\n]+(?:العام|السنه)(?![\u0621-\u065f])"
    r"(?![^\S\n]+(?:ال|لل)[\u0621-\u065f]|[^\S\n]*\(?[^\S\n]*\d|[^\S\n]+[وف]?(?:حتي|الي)(?![\u0621-\u065f]))"
)
SINCE_THEN = re.compile(r"[^\S\n]+(?:ذلك|ذاك)[^\S\n]+(?:الحين|الوقت|التاريخ)(?![\u0621-\u065f])")
SINCE_THEN_REACH = 300  # characters back to the time "since then" counts from
NAMED_POINT = re.compile(r"H?\d{4}(?:-\d\d){0,2}$")
DEICTIC_TEXTS = frozenset({"اليوم", "امس", "الامس", "الان", "حاليا"})  # times of the writing, not of the story


def _since_then(before: list[TimeExpression], at: int, reference: date | None) -> str | None:
    """``سيطرت عليها في فبراير … وتعرضت منذ ذلك الحين لهجمات`` → 2015-02/2015-08-04: the day, month or
    year named last (within :data:`SINCE_THEN_REACH` characters) to the article's date, as the
    gold's two such spans; ``None`` when none is near (and no span: an anaphor alone is no event,
    as the sixth pass decided)."""
    if reference is None:
        return None
    for expression in reversed(before):
        if at - expression.end > SINCE_THEN_REACH:
            break
        if expression.type not in ("date", "month", "year") or not expression.value:
            continue
        if expression.text.startswith("منذ") or match_form(expression.text) in DEICTIC_TEXTS:
            continue
        if NAMED_POINT.match(expression.value):
            return f"{expression.value}/{reference.isoformat()}"
    return None


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


def _dated_clock_times(found: list[TimeExpression], text: str, reference: date | None = None) -> list[TimeExpression]:
    """``ورد بلاغ في 11:30 مساء، أمس``: a clock time takes the day named next to it in its sentence
    (the nearer of the expressions before and after); with none it stays a time of no day (T08:00).
    The afternoon said alone ("بعد الظهر", TAF) is never of no day in the gold: with no day beside
    it, it takes the day of the last dated expression before it, or the article's (:func:`_afternoon_day`);
    a clock in Greenwich time with no day beside it takes the article's."""
    for i, expression in enumerate(found):
        if expression.type != "time" or not (expression.value or "").startswith("T") or "/" in expression.value:
            continue
        day = _day_beside(found, i, text) or _news_day_before(found, i)
        if day is None and expression.value == "TAF":
            day = _afternoon_day(found, i, reference)
        if day is None and expression.value.endswith("Z") and reference is not None:
            # a clock in Greenwich time, the wires' market hour ("بحلول الساعة 0722 بتوقيت جرينتش"), is of
            # the day it is written on: the dev gold dates 9 of its 10, none left of no day (times61)
            day = reference.isoformat()
        if day is not None:
            expression.value = day + expression.value
    return found


# (matching form) a clock time ending with a part of the day in the construct ("الساعة 5:45 مساء"،
# "الثامنة من صباح"), whose day follows it: "… مساء اليوم"، "… من صباح أمس"
CLOCK_PART_END = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله)$")
# (matching form) the day after such a clock time: today, yesterday, tomorrow, alone or with its weekday
# ("اليوم"، "يوم أمس"، "أمس الجمعة"، "اليوم الأربعاء"), not "اليوم التالي" (the day after, of no date)
DEICTIC_DAY = re.compile(
    r"^(?:(?P<part>صباح|مساء|ظهر|عصر|فجر|ليل|ليله) (?:من )?)?(?:يوم )?"
    r"(?:اليوم|امس|الامس|البارحه|غد|الغد|غدا|اول (?:من )?امس|امس الاول)(?: (?:يوم )?(?P<wd>\w+))?$"
)
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d\d-\d\d)?T(?P<h>\d\d)(?P<rest>:\d\d)$")
CLOCK_DAY_GAP = re.compile(r"^ (?:هذا |من )?$")  # on the matching form: "مساء هذا اليوم"


def _clocks_with_days_after(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``عند الساعة 5:45 مساء اليوم``، ``في الساعة 6:00 صباح اليوم``، ``الساعة السابعة من مساء أمس الجمعة``:
    a clock time and the today, yesterday or tomorrow written right after it (with the part of the day
    between) are one expression, that day at that hour: the dev gold's span in 7 of 8 such, where khabar
    read the clock and the day apart (an EXTRA "اليوم", and "مساء هذا اليوم" dated by a day named before)."""
    merged: list[TimeExpression] = []
    i = 0
    while i < len(found):
        clock = found[i]
        following = found[i + 1] if i + 1 < len(found) else None
        value = _clock_day_after(clock, following, text) if following is not None else None
        if value is None:
            merged.append(clock)
            i += 1
            continue
        merged.append(TimeExpression(clock.start, following.end, text[clock.start : following.end], "time", value))
        i += 2
    return merged


def _clock_day_after(clock: TimeExpression, day: TimeExpression, text: str) -> str | None:
    """The value of a clock time joined to the deictic day right after it, or None when they do not join:
    the part of the day ends the clock ("… مساء | اليوم") or opens the day ("الساعة 6:00 | صباح اليوم",
    then an hour before noon said with مساء/عصر is in the afternoon)."""
    if clock.type != "time" or day.start - clock.end > 6:
        return None
    hour = CLOCK_VALUE.match(clock.value or "")
    if hour is None or not FULL_DATE.match(day.value or "") or not CLOCK_DAY_GAP.match(text[clock.end : day.start]):
        return None
    words = DEICTIC_DAY.match(match_form(day.text))
    if words is None or (words.group("wd") and words.group("wd") not in lexicon.weekdays()):
        return None
    part = words.group("part")
    if (part is None) == (CLOCK_PART_END.search(match_form(clock.text)) is None):
        return None  # the part said once, on one side or the other
    return f"{day.value[:10]}T{_hour_with_part(int(hour.group('h')), part):02d}{hour.group('rest')}"


def _hour_with_part(hour: int, part: str | None) -> int:
    """A clock hour read with the part of the day said after it ("الرابعة عصر اليوم" is 16:00, "12:01
    صباح اليوم" past midnight); None: the clock reader has read its part already."""
    if part in ("مساء", "عصر") and hour < 12:
        return hour + 12
    if part in ("ليل", "ليله") and 6 <= hour < 12:
        return hour + 12
    if part == "ظهر" and hour < 6:
        return hour + 12
    if part in ("صباح", "فجر") and hour == 12:
        return 0
    return hour


# today or yesterday of the story ("صباح أمس"، "اليوم الأحد"), not "في نفس اليوم" of a schedule
NEWS_DAY_WORDS = re.compile(r"^(?!.*(?:ذلك|نفس|ذات|تلك))(?:\w+ ){0,3}(?:اليوم|امس|الامس|البارحه)(?!\w)")


NEWS_DAY_REACH = 800  # characters back to the story's "أمس"/"اليوم"; farther, a clock time is of a schedule


def _news_day_before(found: list[TimeExpression], i: int) -> str | None:
    """A clock time with no day beside it, in a story that told its event as "أمس" or "اليوم" before
    it ("أعادت البلدان أمس فتح سفارتيهما … في تمام الساعة 00.01"), is on that day: the gold dates
    such times by the story's day. A weekday or a calendar date before it may be another day of a
    schedule ("يوم الاثنين الموافق 2/11/1436هـ … يبدأ من الساعة الثامنة"), so only these words count.
    Far down the article (NEWS_DAY_REACH) the story's day no longer holds: the hours of a festival or a
    course told paragraphs after "مساء اليوم" are of no day (dev: all five such spans, in four articles)."""
    for j in range(i - 1, -1, -1):
        other = found[j]
        if found[i].start - other.end > NEWS_DAY_REACH:
            return None
        if other.type == "date" and other.value and FULL_DATE.fullmatch(other.value):
            return other.value if NEWS_DAY_WORDS.search(other.text) else None
        if other.type == "time" and FULL_DATE.match(other.value or "") and CLOCK_NEWS_DAY.search(other.text):
            return other.value[:10]  # "في تمام الساعة 1:50 صباح اليوم": a clock joined to its day
    return None


# (matching form) the end of a clock time joined to the story's day (:func:`_clocks_with_days_after`)
CLOCK_NEWS_DAY = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله) (?:من )?(?:هذا |يوم )?(?:اليوم|امس|الامس|البارحه)(?!\w)")


def _afternoon_day(found: list[TimeExpression], i: int, reference: date | None) -> str | None:
    """The day of "بعد الظهر" alone: that of the nearest expression before it within
    :data:`NEWS_DAY_REACH` whose value opens with a full date ("2015-07-21", "2015-07-21TAF"),
    else the article's date (times pass 35a)."""
    for j in range(i - 1, -1, -1):
        other = found[j]
        if found[i].start - other.end > NEWS_DAY_REACH:
            break
        if other.value and FULL_DATE.match(other.value) and "/" not in other.value:
            return other.value[:10]
    return reference.isoformat() if reference else None


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


PREVIOUS_SESSION = "الجلسه السابقه"  # (the matching form) of a market: the trading day before the story's


def _previous_sessions(found: list[TimeExpression], reference: date | None) -> list[TimeExpression]:
    """``نزل 1 في المائة في الجلسة السابقة``: the trading day before the story's day (its "أمس" or
    "اليوم" within NEWS_DAY_REACH, else the article's date): a story of Sunday follows the Gulf's
    Thursday (no session of the world's markets on Sunday), one of Monday the world's Friday (a Gulf
    market's Sunday is missed). Both dev spans, in two articles, and the seven snapshot articles are
    reports of markets."""
    for i, expression in enumerate(found):
        if expression.type != "date" or expression.value is not None:
            continue
        if not match_form(expression.text).endswith(PREVIOUS_SESSION):
            continue
        day = _news_day_before(found, i) or (reference.isoformat() if reference else None)
        if day is None:
            continue
        session = date.fromisoformat(day) - datetime.timedelta(days=1)
        if session.weekday() >= 5:  # Saturday: the Gulf's Thursday; Sunday: the world's Friday
            session -= datetime.timedelta(days=2)
        expression.value = session.isoformat()
    return found


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

ALIGNED_GAP = re.compile(r"^[\s,،\-–(]*(?:الموافق|الموافقه)?[\s,،\-–(]*$")


def _merge_weekday_dates(found: list[TimeExpression], text: str, reference: date | None = None) -> list[TimeExpression]:
    """``يوم الاثنين الموافق 2/11/1436هـ``: a weekday and the date written next to it are one
    expression, with the date's value (of two dates given, the one on that weekday)."""
    merged: list[TimeExpression] = []
    i = 0
    while i < len(found):
        expression = found[i]
        following = found[i + 1] if i + 1 < len(found) else None
        if following is None or following.start - expression.end > 12:  # nothing to merge with (most)
            merged.append(expression)
            i += 1
            continue
        part = _day_part_of(expression)  # عصر يوم غد الثلاثاء الموافق 12/10/1436هـ: that day's afternoon
        day = _weekday_in(expression.text) if expression.type == "date" or part else None
        pair = _consecutive_weekdays(expression, following, text)
        if pair is not None:
            merged.append(pair)
            i += 2
            continue
        if day is not None and not _has_figures(expression.text) and _adjacent(expression, following, text):
            # (a weekday read with its own day and month, "يوم السبت ٢ / ١٠", takes no later date: lead50b)
            values = [following.value]
            after = found[i + 2] if i + 2 < len(found) else None
            if after is not None and _adjacent(following, after, text) and after.type == "date":
                values.append(after.value)
            on_day = [v for v in values if v and v[:1].isdigit() and date.fromisoformat(v[:10]).isoweekday() == day]
            value = on_day[0] if on_day else (_year_of_weekday(following, day, reference) or values[0])
            start, end = expression.start, following.end
            if part and value and FULL_DATE.fullmatch(value):
                merged.append(TimeExpression(start, end, text[start:end], "time", value + part))
            else:
                merged.append(TimeExpression(start, end, text[start:end], "date", value))
            i += 2
            continue
        merged.append(expression)
        i += 1
    return merged


EQUIVALENT_GAP = re.compile(r"^[\s,،\-–(]*(?:ال|و)?(?:الموافق|الموافقه|يوافق)[\s,،\-–(]*$")  # on the matching form
EQUIVALENT_SLACK = 3  # days between a Hijri date and its Gregorian equivalent (Umm al-Qura against sighting)


def _years_of_equivalents(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``الأحد 17-2-1437هـ الموافق 29 نوفمبر``، ``6 أغسطس 2012 الموافق 17 رمضان``: a date written with
    its year and the same day in the other calendar with none are one day, so the yearless one takes
    the year the conversion gives, not the nearest past or coming one of the article's date."""
    for first, second in itertools.pairwise(found):
        # (the cheap tests first: only two dates, one written with its year and one without, can
        # change, and the gap's matching form cost a normalisation of a few hundred characters for
        # each of the dozen neighbouring pairs of an article, each kept in match_form's cache)
        if first.type != "date" or second.type != "date":
            continue  # (:func:`_equivalent_day` changes two dates only)
        if bool(YEAR_IN.search(first.text)) == bool(YEAR_IN.search(second.text)):
            continue  # (both with a year, or neither: no yearless date takes one)
        if EQUIVALENT_GAP.match(match_form(text[first.end : second.start])) is None:
            continue
        for dated, yearless in ((first, second), (second, first)):
            if YEAR_IN.search(dated.text) and not YEAR_IN.search(yearless.text):
                value = _equivalent_day(dated, yearless)
                if value is not None:
                    yearless.value = value
    return found


def _equivalent_day(dated: TimeExpression, yearless: TimeExpression) -> str | None:
    """The value of ``yearless`` moved by whole years of its own calendar to within
    :data:`EQUIVALENT_SLACK` days of ``dated``, when it is not already there; else None."""
    if dated.type != "date" or yearless.type != "date":
        return None
    if not (FULL_DATE.fullmatch(dated.value or "") and FULL_DATE.fullmatch(yearless.value or "")):
        return None
    anchor, day = date.fromisoformat(dated.value), date.fromisoformat(yearless.value)
    if abs((anchor - day).days) <= EQUIVALENT_SLACK:
        return None
    for candidate in _same_day_other_years(day, anchor, _hijri_month_in(yearless.text)):
        if abs((anchor - candidate).days) <= EQUIVALENT_SLACK:
            return candidate.isoformat()
    return None


def _same_day_other_years(day: date, anchor: date, in_hijri: bool) -> list[date]:
    """``day``'s day and month in the years of ``anchor``'s either side, in the calendar it was written in."""
    if not in_hijri:
        return [day.replace(year=year) for year in (anchor.year - 1, anchor.year, anchor.year + 1) if _has_day(year, day)]
    own, near = hijri.to_hijri(day), hijri.to_hijri(anchor)
    if own is None or near is None:
        return []
    converted = (hijri.to_gregorian(year, own[1], own[2]) for year in (near[0] - 1, near[0], near[0] + 1))
    return [d for d in converted if d is not None]


def _has_day(year: int, day: date) -> bool:
    return day.month != 2 or day.day != 29 or calendar.isleap(year)


def _hijri_month_in(text: str) -> bool:
    months = lexicon.months()
    return any(months.get(word) is not None and months[word].calendar == "hijri" for word in match_form(text).split())


DAY_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?P<part>T(?:MO|MI|AF|EV|NI))")


def _day_part_of(expression: TimeExpression) -> str:
    """"TAF" of a time "2015-07-28TAF" (a part of a named day), else ""."""
    m = DAY_PART_VALUE.fullmatch(expression.value or "") if expression.type == "time" else None
    return m.group("part") if m else ""


def _has_figures(text: str) -> bool:
    """Whether an expression holds a figure: a weekday read with its own day and month ("الثلاثاء 10/12",
    lead50b) is a date of its own, which the weekday post-passes leave as it is."""
    return any(c.isdigit() for c in text)


WEEKDAYS_GAP = re.compile(r"^[^\S\n]*(?:و|[-–/])?[^\S\n]*$")  # on the matching form


def _consecutive_weekdays(first: TimeExpression, second: TimeExpression | None, text: str) -> TimeExpression | None:
    """``السبت والأحد``، ``ليل السبت الأحد``: two weekdays, the second the day after the first, side by
    side are one stretch of two days, a range; with a part of the day before them ("ليل السبت الأحد")
    the first day's part (:func:`_night_between`). Days apart (الأحد والثلاثاء) stay two dates."""
    if second is None or second.start - first.end > 3 or _weekday_of(first) is None or _weekday_of(second) is None:
        return None
    if _has_figures(first.text) or _has_figures(second.text):
        return None  # "الثلاثاء 10/12 والأربعاء 10/13": each day with its own date stays a date (lead50b)
    if not (FULL_DATE.fullmatch(first.value or "") and FULL_DATE.fullmatch(second.value or "")):
        return None
    if not WEEKDAYS_GAP.match(match_form(text[first.end : second.start])):
        return None
    if date.fromisoformat(second.value) - date.fromisoformat(first.value) != datetime.timedelta(days=1):
        return None
    span = text[first.start : second.end]
    if _night_between(first, text[first.end : second.start]):
        return TimeExpression(first.start, second.end, span, "date", first.value)
    return TimeExpression(first.start, second.end, span, "range", f"{first.value}/{second.value}")


NIGHT_BETWEEN_GAP = re.compile(r"^[^\S\n]*(?:[-–/][^\S\n]*)?$")  # no و: "مساء السبت والأحد" is two evenings


def _night_between(first: TimeExpression, gap: str) -> bool:
    """``ليل الجمعة السبت``، ``مساء السبت الأحد``، ``ليل الأحد - الاثنين``: a part of the day before two
    weekdays in a row names the part of the first (the night from one to the other), which
    :func:`_parts_of_named_days` then reads (2015-07-24TNI), as the convention of docs/ANNOTATING.md
    section 5 reads a part of a named day: the dev gold's reading in 4 spans of 3 stories, the range of
    the two days in 2 (session 46; session 23 counted 3 : 2 and left it)."""
    return lexicon.part_of_named_day(first.text) is not None and NIGHT_BETWEEN_GAP.match(gap) is not None


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
    """The weekday named in a date ("يوم الاثنين" → 1), else None."""
    return _weekday_in(expression.text) if expression.type == "date" else None


def _weekday_in(text: str) -> int | None:
    m = _weekday_word().search(match_form(text))
    return lexicon.weekdays()[m.group()] if m else None


@lru_cache(maxsize=1)
def _weekday_word() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(lexicon.weekdays())})(?!\w)")


WORDED_RANGE_GAP = re.compile(r"^[^\S\n]*(?:و|ف)?(?:الي|حتي|لغايه)[^\S\n]*$")  # no bare dash
RANGE_GAP = re.compile(r"^[^\S\n]*(?:[-–]|(?:و|ف)?(?:الي|حتي|لغايه))[^\S\n]*$")
COMMA_RANGE_GAP = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:و|ف)?(?:الي|حتي|لغايه)[^\S\n]*$")  # "من أول يونيو، وحتى منتصف يوليو"
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
        if not close:  # no range (most): no opener is looked for, no test can pass
            merged.append(first)
            i += 1
            continue
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
        day_ends = _day_ends_of_month_parts(first, second) if opener is not None else None
        if (
            second is not None
            and (opener is not None or both_years)
            and first.type in ("date", "month", "year")
            and (second.type == first.type or day_ends is not None)
            and first.value
            and second.value
            and (RANGE_GAP if day_ends is None else COMMA_RANGE_GAP).match(match_form(text[first.end : second.start]))
        ):
            start = first.start - (len(opener.group()) if opener else 0)
            value = f"{_year_from(first, second)}/{second.value}"
            if day_ends is not None:
                value = f"{_year_from(first, second)[:4]}{day_ends[0][4:]}/{day_ends[1]}"
            merged.append(TimeExpression(start, second.end, text[start : second.end], "range", value))
            i += 2
            continue
        merged.append(first)
        i += 1
    return merged


MONTH_VALUE = re.compile(r"\d{4}-\d\d$")
MONTH_START_WORD = re.compile(r"(?:ال)?اول(?!\w)")  # (matching form) "من أول يونيو": its first day
MONTH_END_WORD = re.compile(r"(?:نهايه|اخر|منتصف)(?!\w)")  # "حتى نهاية شهر أبريل"، "وحتى منتصف يوليو"


def _day_ends_of_month_parts(first: TimeExpression, second: TimeExpression | None) -> tuple[str, str] | None:
    """``من 23 مارس وحتى نهاية شهر أبريل``، ``من أول يونيو وحتى منتصف يوليو``: a range whose end is the
    end or middle of a (Gregorian) month and whose start is a day (or "أول" a month: its first day)
    runs from day to day, as the dev gold writes both such spans (2015-03-23/2015-04-30,
    2015-06-01/2015-07-15). None when the ends are not of that kind (the start's year is set later)."""
    if second is None or second.type != "month" or not MONTH_VALUE.match(second.value or ""):
        return None
    end_word = MONTH_END_WORD.match(match_form(second.text))
    if end_word is None:
        return None
    if first.type == "date" and FULL_DATE.fullmatch(first.value or ""):
        start = first.value
    elif first.type == "month" and MONTH_VALUE.match(first.value or "") and MONTH_START_WORD.match(match_form(first.text)):
        start = f"{first.value}-01"
    else:
        return None
    year, month = int(second.value[:4]), int(second.value[5:7])
    day = 15 if end_word.group() == "منتصف" else calendar.monthrange(year, month)[1]
    return start, f"{second.value}-{day:02d}"


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


PART_OF_DAY_WORD = re.compile(rf"(?<!\w)(?:{AMPM}|من{S}(?:صباح|مساء|ظهر|عصر|فجر|ليل)(?!\w))")  # "السادسة من صباح"


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
