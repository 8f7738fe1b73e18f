"""Time expressions: every regional month system, Hijri dates, relative expressions resolved.

- :mod:`khabar.time.expressions`: one precompiled scan and the readers that turn
  each match into ``{type, value}`` (ISO 8601), resolved against the article's date.
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
