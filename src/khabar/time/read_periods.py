"""Readers of periods: weeks, months and years said relatively, parts of years and seasons.

``الأسبوع الماضي``، ``الشهر المقبل``، ``العام الدراسي``، ``النصف الأول من العام``، ``صيف 2015``،
``الفترة نفسها من العام الماضي``; and the helpers that find the part of a year a text named last
(also used by :mod:`khabar.time.read_durations`). Table: :mod:`khabar.time.readers`.
"""

from __future__ import annotations

import re
from datetime import date

from khabar.numbers.lexicon import match_form
from khabar.time import hijri, resolve
from khabar.time.grammar import (
    ADJECTIVE_GENERAL,
    BARE_SEASONS,
    MONTH_TAIL,
    ORDINAL_DAYS,
    PART_ORDINALS,
    S0,
    SEASON_MONTH,
    SEASON_START,
    SEASONS,
    YEAR_PARTS,
    S,
)
from khabar.time.model import TimeExpression
from khabar.time.read_dates import (
    SINCE_BEFORE,
    _direction,
    _is_hijri_year,
    _squash,
    especially_before,
    named_before,
)

SCHOOL_YEAR_START = 9  # the Saudi school year begins late in August: in July and August the new one is the year's
SCHOOL_YEAR_END = 6  # and ends in June
EDGE_OF_YEAR_BEFORE = re.compile(rf"(?:بدايه|مطلع|نهايه|اواخر|اوائل|منتصف|انطلاق|انطلاقه|افتتاح|بدء|اول|اخر){S}$")


def _read_school_year(m, ctx):
    """``للعام الدراسي الحالي`` → H1436/H1437: the school year going on, or the one that begins next in
    summer (from July), written as the gold writes "العام الدراسي 1436-1437هـ". Its start or end
    ("بداية العام الدراسي") is a day the gold dates from the calendar, not read here."""
    if m.group("sc_a"):  # العام التدريبي الجديد 1436/1437هـ
        # (its years written, even after an edge word: "قبل بداية العام الدراسي الجديد 1437/1436هـ" names them, as the
        # gold reads "بداية العام الجامعي القادم 1436 / 1437")
        first, second = sorted((int(m.group("sc_a")), int(m.group("sc_b"))))
        hijri_mark = "H" if first < 1600 else ""
        return "range", f"{hijri_mark}{first}/{hijri_mark}{second}"
    if EDGE_OF_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) or ctx.reference is None:
        return None
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
    if m.group("p_bare"):
        return _bare_month(m, ctx)
    if m.group("p_this"):
        unit, offset = m.group("p_this").split()[-1], 0
    else:
        unit, offset = m.group("p_unit"), _period_offset(m)
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


def _bare_month(m, ctx):
    """``في مطلع الشهر``، ``في وقت سابق من الشهر``: "the month" with no relative word after an edge of it
    is the month of the date or month read last (within :data:`SAME_REACH`), else the article's (the
    gold's reading, 3 of 3 dev spans); "earlier in the month" in an article dated the 1st, the month
    just ended."""
    named = named_before(ctx, m.start(), ("date", "month"))
    if named is not None:  # "في يونيو … وفي نهاية الشهر": the month named last
        return "month", named[:8] if named.startswith("H") else named[:7]
    if ctx.reference is None:
        return "month", None
    offset = -1 if ctx.reference.day == 1 and "سابق" in _squash(m.group("p_bare")) else 0
    return "month", resolve.shift_month(ctx.reference, offset)


def _period_offset(m) -> int | None:
    """The weeks, months or years from the article's: the relative word's, two ahead "after next"
    (الأسبوع بعد المقبل، العام بعد القادم)."""
    return 2 if m.group("p_next2") else _direction(m.group("p_rel"))


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
    """``منذ بداية العام الحالي``، ``منذ مطلع هذا العام``: this year, the point منذ counts from, as "منذ عام
    2011" is the year (docs/ANNOTATING.md section 5: TIMEX3 values the year and leaves "since" and "start" to
    the link); the dev gold's reading in 6 of its 11 "since the start of this year" spans (2 are ranges from 1
    January to the article's date, 1 to another day, 1 the date 1 January, 1 null), where this read the range
    to the article's date until session 48 (when the dev gold held 2 such spans, both ranges). The Hijri
    year's start, منذ مطلع العام الهجري, stays its date."""
    if offset != 0 or ctx.reference is None or _squash(m.group("p_pre") or "") not in ("مطلع", "بدايه"):
        return None
    since = SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if since is None:
        return None
    return "year", str(ctx.reference.year), since.start("since")


def _period_with_year(m, ctx):
    """``العام الجاري 1436هـ``، ``العام الحالي 2015``: the year written after a relative year is
    read with it when it is that year; another number ("العام الماضي 2000 حالة") is left to the
    numbers stage, and the expression ends before it."""
    year = int(m.group("p_y"))
    offset = 0 if m.group("p_this") else _period_offset(m) or 0
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
    "الشهر السابق" counts back from it, where "الشهر الماضي" counts back from the article's date.
    An earlier "الشهر السابق" names no month: it is passed over, so that a list of figures each
    "مقارنة بالشهر السابق" after "خلال يونيو" all read May, not May, April, March…"""
    for expression in reversed(ctx.found):
        if expression.type == "month" and expression.value and MONTH_VALUE.fullmatch(expression.value):
            if PREVIOUS_REL.search(expression.text):
                continue
            return date(int(expression.value[:4]), int(expression.value[5:]), 1)
    return None


MONTH_VALUE = re.compile(r"\d{4}-\d\d")
PREVIOUS_REL = re.compile(r"(?<!\w)\w*الشهر\W+السابق(?!\w)")  # a month read from the one before it


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
    said = m.group("se_rel2") or m.group("se_rel") or m.group("se_this")
    if not said and especially_before(ctx.text, m.start()):
        return "range", None  # "خصوصا في فصل الصيف": every summer, not this year's
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
    if m.group("fr_prev"):
        return _previous_quarter(ctx) if part == "Q" else None
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


QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
PREVIOUS_PART = re.compile(r"(?<!\w)\w*الربع\W+السابق(?!\w)")  # a quarter read from the one before it


def _previous_quarter(ctx):
    """``بارتفاع 57 في المائة عن الربع السابق`` after "الربع الثاني": the quarter before the one named last
    (2015-Q1), as "الشهر السابق" counts back from the month named; null when no calendar quarter is
    named before (or the last is a fiscal one). A quarter itself read as "السابق" is passed over, so
    that each of a list of figures "عن الربع السابق" reads the same quarter, and so is "الربع المماثل من
    العام السابق" (another reader's: a year back, not the quarter compared with) (dev gold: 5 of 5 spans)."""
    for expression, kind in zip(reversed(ctx.found), reversed(ctx.found_kinds)):
        if kind != "fraction" or "الربع" not in (form := match_form(expression.text)) or PREVIOUS_PART.search(form):
            continue
        value = expression.value or ""
        if not QUARTER_VALUE.fullmatch(value):
            return "range", None
        year, number = int(value[:4]), int(value[-1])
        return "range", f"{year - 1}-Q4" if number == 1 else f"{year}-Q{number - 1}"
    return "range", None


FISCAL_AFTER = re.compile(rf"{S}الماليه?(?!\w)")
FISCAL_YEAR = re.compile(
    rf"(?<!\w)(?:[وفبل]?(?:سنت|عام)(?:ها|ه|هم|نا)|(?:[وفب]?ال|ل?ل)(?:عام|سنه)){S}الماليه?(?!\w)(?!{S0}[/(]?{S0}(?:19|20|13|14)\d\d(?!\d))"
)


def _fiscal_year_said(ctx) -> bool:
    """Whether the article speaks of a fiscal year with no calendar year next to it (سنتها المالية،
    العام المالي الماضي): its quarters and halves are then the company's, not the calendar's."""
    said = ctx.memo.get("fiscal")
    if said is None:
        # (FISCAL_YEAR opens with a look-behind, so the engine tries it at every character: its
        # literal المالي, looked for first at C speed, rules most articles out)
        said = ctx.memo["fiscal"] = FISCAL_WORD in ctx.text and FISCAL_YEAR.search(ctx.text) is not None
    return said


FISCAL_WORD = "المالي"  # in every match of FISCAL_YEAR


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


YEAR_AGO_REACH = 300  # characters back to the quarter or half a "قبل عام" of results compares with
PART_WORDS = re.compile(r"الربع|النصف|الفتر|الاشهر|الشهور")


def _recent_part_of_year(ctx, start: int, reach: int) -> TimeExpression | None:
    """The last quarter, half or span of months named within ``reach`` characters before ``start``
    (one whose value is null — a fiscal quarter — included). A "الربع السابق" is passed over: the quarter
    compared with, not the one reported ("الربع المماثل من العام السابق" after it is the reported one's)."""
    for expression, end in zip(reversed(ctx.found), reversed(ctx.found_ends)):
        if end < start - reach:
            break
        if PREVIOUS_PART.search(match_form(expression.text)):
            continue
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
