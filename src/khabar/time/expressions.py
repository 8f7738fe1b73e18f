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
  حتى 3 مساء`` (→ T08:00/T15:00), ``في اليومين المقبلين`` (→ 2024-05-07/2024-05-08);
- ago, durations and sets: ``منذ ثلاثة أيام`` (→ 2024-05-03), ``لمدة ساعتين`` (→ PT2H),
  ``خلال الأعوام الخمسة الماضية`` (→ P5Y), ``لمدة شهر`` (→ P1M), ``قبل عام`` (→ 2023),
  ``5 أشهر و27 يوما`` (→ P5M27D), ``ساعة ونصف`` (→ PT1H30M), ``بين 5 و15 عاما`` (bounded: null),
  ``منذ سنوات``، ``كل يوم جمعة``، ``سنويا``، ``الدخل الشهري`` (→ P1M);
- events with their year (``كأس العالم 2018``), periods named by what filled them (``خلال فترة
  حكمه``، ``في عهد المالكي``) and vague references (``في وقت سابق``، ``قريبا``، ``الفترة المقبلة``)
  with a null value;
- days of a sequence and of feasts: ``اليوم الأول`` (null), ``في اليوم التالي`` (the day after the day
  named last), ``لليوم الثاني على التوالي`` (P2D), ``ثالث أيام عيد الفطر`` (1 Shawwal + 2 days),
  ``العشر الأواخر من رمضان`` (21 Ramadan to its last day), ``اليوم الذي…`` ("the day when": null), and
  ``من قبل`` closing a clause ("before": null);
- times of day: ``الساعة العاشرة صباحا`` (→ T10:00: a clock time names no day unless its sentence
  names one beside it: ``في 11:30 مساء، أمس``), ``16:44 ت م`` (a wire stamp in Mecca time:
  2024-05-06T16:44), ``ظهر اليوم`` (→ 2024-05-06TMI, the midday), ``13:19 بتوقيت غرينتش`` (→ T13:19Z);
- expressions read against what the text named before them: ``الفترة نفسها من العام الماضي`` (the
  quarter, half or months last named, a year back), ``مقارنة بالشهر السابق`` (the month before the
  one named), ``قبل عام`` after a quarter, ``حينها``/``في ذلك اليوم`` (the day, month or year last
  named); fiscal quarters (``سنتها المالية``) are left null.

This module runs the scan (:func:`find_times`, :func:`scan_times`, :func:`reference_date`); the
parts it composes: :mod:`khabar.time.grammar` (the patterns), :mod:`khabar.time.scanner` (which
patterns to try where), :mod:`khabar.time.readers` and its ``read_*`` modules (what each match means)
and :mod:`khabar.time.passes` (what is read over the matches).

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

import datetime
import re
from datetime import date

from khabar.text.normalize import Normalized, normalize_with_offsets
from khabar.time import lexicon, resolve
from khabar.time.grammar import RELATIVE_DAYS, S
from khabar.time.model import Context, TimeExpression
from khabar.time.passes import _post_passes, _tatweel_dashes, _unglue_final_stops, _unreverse_decimals
from khabar.time.read_dates import _squash
from khabar.time.readers import READERS
from khabar.time.scanner import (
    _matches,
    anchored_scanner,
    scanners_by_first_char,
    scanners_by_opening,
)

# the scanners stay importable from here, where benchmarks and older code look for them
__all__ = [
    "Context",
    "TimeExpression",
    "anchored_scanner",
    "find_times",
    "reference_date",
    "scan_times",
    "scanners_by_first_char",
    "scanners_by_opening",
]


def find_times(text: str, published: str | date | None = None, *, future_at=None) -> list[TimeExpression]:
    """Time expressions of a raw text, resolved against ``published``.

    ``future_at(offset)`` (optional) says whether the sentence holding a
    matching-form offset speaks of the future before it (سيعقد، المقبل).
    """
    norm = normalize_with_offsets(text, ta_marbuta=True)
    return scan_times(norm, text, published, future_at=future_at)


def scan_times(norm: Normalized, original: str, published, *, future_at=None) -> list[TimeExpression]:
    """As :func:`find_times`, on an already computed matching form of ``original``."""
    return [_in_original(expression, norm, original) for expression in scan_matching(norm, original, published, future_at)]


def scan_matching(norm: Normalized, original: str, published, future_at=None) -> list[TimeExpression]:
    """As :func:`scan_times`, with the spans and texts left in the matching form (``norm.text``):
    the times stage maps them back to ``original`` as it writes them out."""
    pub = published if isinstance(published, date) else resolve.parse_published(published)
    text = _tatweel_dashes(_unglue_final_stops(norm.text), norm.origins, original)
    matches = _matches(text)
    found: list[TimeExpression] = []  # in matching-form offsets until the end
    ends, kinds = [], []
    context = Context(text, reference_date(matches, pub), future_at or _never, found, {}, ends, kinds)
    # (the loop runs for every match: the reader's group name read once, the tuples unpacked by length)
    for m in matches:
        kind = m.lastgroup
        result = READERS[kind](m, context)
        if result is None:
            continue
        # a reader gives (type, value), or also where the expression starts, or starts and ends
        if len(result) == 2:
            type_, value = result
            start, end = m.span()
        elif len(result) == 3:
            type_, value, start = result
            end = m.end()
        else:
            type_, value, start, end = result[:4]
        if value and kind in AFTER_NAMED_READERS and (kind == "season" or value.startswith("H")):
            after = AFTER_BEFORE.search(text, max(0, start - 8), start)
            if after is not None:  # "بعد الصيف"، "بعد شهر رمضان": an open time after it, null as the gold
                value, start = None, after.start("after")
        if text.startswith("الان", start) and original.startswith(lexicon.now_lookalikes(), norm.original_offset(start)):
            continue  # the name Alan (آلان ديلون، ألان تيلور), which the matching form writes as الآن
        found.append(TimeExpression(start, end, text[start:end], type_, value))
        ends.append(end)
        kinds.append(kind)
    if "\u200f" in original:
        _unreverse_decimals(found, lambda e: original[slice(*norm.original_span(e.start, e.end))])
    # the post-passes read the matching form too, so that diacritics and tatweel (مُنذُ، مِن قَبْل،
    # أمـــس) never hide a cue from them; the spans go back to the original text at the end
    return _post_passes(found, text, context.reference)


def _in_original(expression: TimeExpression, norm: Normalized, original: str) -> TimeExpression:
    """``expression`` (in matching-form offsets) with its span and text in the original text."""
    start, end = norm.original_span(expression.start, expression.end)
    return TimeExpression(start, end, original[start:end], expression.type, expression.value)


AFTER_NAMED_READERS = frozenset({"season", "month"})  # seasons and Hijri months (رمضان), not calendar months
AFTER_BEFORE = re.compile(rf"(?<!\w)[وف]?(?P<after>بعد){S}$")


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
