"""The readers' table: which ``_read_*`` function turns each named alternative into a value.

Each group name of :func:`khabar.time.grammar.alternatives` maps to one reader, which returns
(type, value) or also where the expression starts (and ends), or None. The readers are split by
kind: :mod:`khabar.time.read_dates` (dates, months, years; and the shared helpers),
:mod:`khabar.time.read_days` (days, times of day, phrases, anaphors, feasts),
:mod:`khabar.time.read_periods` (relative periods, parts of years, seasons) and
:mod:`khabar.time.read_durations` (durations, ages, sets). :func:`khabar.time.expressions.scan_times`
calls them in text order.
"""

from __future__ import annotations

from khabar.time.read_dates import (
    _read_date,
    _read_dayspair,
    _read_month,
    _read_month_pair,
    _read_month_year,
    _read_numeric,
    _read_year,
    _read_year_range,
)
from khabar.time.read_days import (
    _read_anaphor,
    _read_clock,
    _read_feastday,
    _read_last_ten,
    _read_ordday,
    _read_phrase,
    _read_relday,
    _read_weekday,
)
from khabar.time.read_durations import (
    _read_age,
    _read_artdur,
    _read_decade,
    _read_dual,
    _read_dur,
    _read_durrange,
    _read_era,
    _read_minute,
    _read_months,
    _read_perunit,
    _read_set,
    _read_single,
    _read_vague,
    _read_whole,
)
from khabar.time.read_periods import (
    _read_dayrel,
    _read_fraction,
    _read_period,
    _read_same,
    _read_school_year,
    _read_season,
)

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
