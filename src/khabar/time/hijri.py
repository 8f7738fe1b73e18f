"""Hijri ↔ Gregorian, by the Umm al-Qura calendar (``hijridate``, loaded on first use).

``hijridate`` covers 1343–1500 AH (1924–2077); outside it, or when the
package is missing, conversions return ``None`` and callers keep the Hijri
value (``H1436-10-25``).

>>> to_gregorian(1436, 10, 25)
datetime.date(2015, 8, 10)
>>> to_hijri(datetime.date(2015, 7, 21))
(1436, 10, 5)
"""

from __future__ import annotations

import datetime
from functools import lru_cache


@lru_cache(maxsize=4096)
def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Hijri date, or ``None`` when it does not exist or is out of range."""
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - hijridate is a dependency
        return None
    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return datetime.date(converted.year, converted.month, converted.day)


@lru_cache(maxsize=4096)
def to_hijri(day: datetime.date) -> tuple[int, int, int] | None:
    """``(year, month, day)`` in the Hijri calendar, or ``None`` out of range."""
    try:
        from hijridate import Gregorian
    except ImportError:  # pragma: no cover
        return None
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_year_in(gregorian_year: int, month: int) -> int | None:
    """The Hijri year whose month ``month`` begins in ``gregorian_year`` ("رمضان 2015" → 1436; when
    it begins twice in one Gregorian year, the first), or ``None`` out of range."""
    for year in range(gregorian_year - 581, gregorian_year - 576):
        start = to_gregorian(year, month, 1)
        if start is not None and start.year == gregorian_year:
            return year
    return None
