"""Time expressions: every regional month system, Hijri dates, relative expressions resolved.

- :mod:`khabar.time.expressions`: :func:`find_times` and :func:`scan_times`, the scan that
  composes the parts below into ``{type, value}`` (ISO 8601), resolved against the article's date.
- :mod:`khabar.time.grammar`: the regex grammar (pattern pieces, word classes, ``alternatives()``).
- :mod:`khabar.time.scanner` (with :mod:`khabar.time.dispatch`): which scanners a text is worth
  trying, and where (anchor and starter words, digits).
- :mod:`khabar.time.readers`: the table of readers, split by kind into ``read_dates``,
  ``read_days``, ``read_periods`` and ``read_durations``.
- :mod:`khabar.time.passes`: the post-passes (merges, منذ events, من قبل, days of clock times).
- :mod:`khabar.time.model`: ``TimeExpression`` and ``Context``.
- :mod:`khabar.time.resolve`: calendar arithmetic (weeks, months, "the latest
  Friday not after publication").
- :mod:`khabar.time.hijri`: Umm al-Qura conversion (``hijridate``).
- :mod:`khabar.time.stage`: the ``times`` pipeline stage.

Word lists are data: ``time/data/*.tsv``.

>>> from khabar.time import find_times
>>> [(t.text, t.value) for t in find_times("وقع الحادث أمس", "2024-05-06")]
[('أمس', '2024-05-05')]
"""

from khabar.time.expressions import TimeExpression, find_times

__all__ = ["TimeExpression", "find_times"]
