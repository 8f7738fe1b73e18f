"""Calendar arithmetic: partial and relative expressions resolved against publication.

All functions take the publication date (``None`` when unknown: relative
expressions then resolve to ``None``) and return ISO 8601 strings.

>>> pub = datetime.date(2024, 5, 6)  # a Monday
>>> weekday(pub, 7, 0), weekday(pub, 5, 1), shift_days(pub, -1)
('2024-05-05', '2024-05-10', '2024-05-05')
>>> day_month(pub, 3, 3, "gregorian", -1), day_month(pub, 7, 10, "gregorian", None)
('2024-03-03', '2023-10-07')
>>> shift_week(pub, -1), shift_month(pub, 1), shift_month(datetime.date(2023, 12, 31), 1)
('2024-W18', '2024-06', '2024-01')
>>> hijri_date(1445, 4, 12)
'2023-10-27'
"""

from __future__ import annotations

import datetime

from khabar.time import hijri


def parse_published(published: str | None) -> datetime.date | None:
    """The date part of an ISO date or datetime, ``None`` when absent or malformed."""
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def iso_date(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def shift_days(pub: datetime.date | None, days: int) -> str | None:
    return iso_date(pub + datetime.timedelta(days=days)) if pub else None


def weekday(pub: datetime.date | None, isoweekday: int, direction: int | None) -> str | None:
    """The weekday nearest publication: the latest not after it (``direction`` None or 0),
    strictly before (-1, الماضي) or strictly after (+1, المقبل)."""
    if pub is None:
        return None
    back = (pub.isoweekday() - isoweekday) % 7
    if direction == 1:
        return iso_date(pub + datetime.timedelta(days=(isoweekday - pub.isoweekday()) % 7 or 7))
    if direction == -1 and back == 0:
        back = 7
    return iso_date(pub - datetime.timedelta(days=back))


def iso_week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_week(pub: datetime.date | None, weeks: int) -> str | None:
    return iso_week(pub + datetime.timedelta(weeks=weeks)) if pub else None


def shift_month(pub: datetime.date | None, months: int) -> str | None:
    if pub is None:
        return None
    index = pub.year * 12 + pub.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def shift_year(pub: datetime.date | None, years: int) -> str | None:
    return f"{pub.year + years:04d}" if pub else None


def gregorian_date(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def hijri_date(year: int, month: int, day: int) -> str | None:
    """Gregorian ISO date of a Hijri date, else the Hijri value ``H1436-10-25``."""
    converted = hijri.to_gregorian(year, month, day)
    if converted is not None:
        return converted.isoformat()
    if 1 <= month <= 12 and 1 <= day <= 30:
        return f"H{year}-{month:02d}-{day:02d}"
    return None


def day_month(
    pub: datetime.date | None, day: int, month: int, calendar: str, direction: int | None, future: bool = False
) -> str | None:
    """A day and month without a year: the latest not after publication (``direction`` -1
    or None), the next (+1, or a future-tense sentence), or this year's (0)."""
    if pub is None:
        return None
    if calendar == "hijri":
        today = hijri.to_hijri(pub)
        if today is None:
            return None
        year = _year_for(today[0], (month, day), today[1:], direction, future)
        return hijri_date(year, month, day)
    year = _year_for(pub.year, (month, day), (pub.month, pub.day), direction, future)
    return gregorian_date(year, month, day)


def month_only(
    pub: datetime.date | None, month: int, calendar: str, direction: int | None, future: bool = False
) -> str | None:
    """A month without a year, placed as :func:`day_month` places a day."""
    if pub is None:
        return None
    if calendar == "hijri":
        today = hijri.to_hijri(pub)
        if today is None:
            return None
        year = _year_for(today[0], (month,), (today[1],), direction, future)
        return f"H{year}-{month:02d}"
    year = _year_for(pub.year, (month,), (pub.month,), direction, future)
    return f"{year:04d}-{month:02d}"


def _year_for(year: int, when: tuple[int, ...], now: tuple[int, ...], direction: int | None, future: bool) -> int:
    if direction == 0:
        return year
    if direction == 1 or (direction is None and future):
        return year if when >= now and not (direction == 1 and when == now) else year + 1
    if direction == -1 and len(when) == 1 and when == now:
        return year - 1  # "أغسطس الماضي" written in August is last year's
    return year if when <= now else year - 1


def duration(count: float | None, unit: str) -> str:
    """ISO 8601 duration: ``P3D``, ``PT2H``, ``P2W``; ``PXY`` when the count is unknown."""
    amount = "X" if count is None else _number(count)
    if unit == "DEC":
        amount, unit = ("X" if count is None else _number(count * 10)), "Y"
    elif unit == "CENT":
        amount, unit = ("X" if count is None else _number(count * 100)), "Y"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def add_durations(first: str, second: str) -> str:
    """``P5M`` + ``P27D`` → ``P5M27D``; ``PT1M`` + ``PT20S`` → ``PT1M20S``; ``P1D`` + ``PT5H`` → ``P1DT5H``."""
    def parts(value: str) -> tuple[str, str]:
        days, _, clock = value[1:].partition("T")
        return days, clock

    (d1, t1), (d2, t2) = parts(first), parts(second)
    clock = t1 + t2
    return "P" + d1 + d2 + ("T" + clock if clock else "")


def _number(count: float) -> str:
    return str(int(count)) if float(count).is_integer() else str(count)


def ago(pub: datetime.date | None, count: float, unit: str) -> tuple[str, str | None]:
    """``منذ ثلاثة أيام``: ``(type, value)`` of the moment ``count`` units before publication."""
    if unit in ("H", "MIN", "S"):
        return "date", iso_date(pub)
    n = int(count)
    if unit == "D":
        return "date", shift_days(pub, -n)
    if unit == "W":
        return "date", shift_days(pub, -7 * n)
    if unit == "M":
        return "month", shift_month(pub, -n)
    years = n * {"Y": 1, "DEC": 10, "CENT": 100}.get(unit, 1)
    return "year", shift_year(pub, -years)
