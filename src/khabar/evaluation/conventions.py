"""Conventions the annotation guide leaves open, decided once and applied to every gold entry.

../shared/spec/ANNOTATION.md does not say how two common shapes are valued, and the annotators split
on them by draw (docs/ANNOTATING.md, "Conventions", has the counts and the reasons):

- a part of the day with a named day ("مساء الاثنين الماضي"، "صباح أمس"): the day with its part,
  TIMEX3's "2015-07-20TEV" (type time), not the day alone;
- منذ with a year ("منذ عام 2011"، "منذ 2010"): the year (type year), the point منذ counts from, as
  "منذ مايو" is the month and "منذ 5 أغسطس" the day; not a range to the article's date.

This module rewrites the gold's spans of those shapes by their text and value alone (never by
khabar's output): new draws as they are added, and the stored files once by
``python -m khabar.evaluation.goldsets conventions``.
"""

from __future__ import annotations

import re

from khabar.time.lexicon import day_parts, match_form

BARE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# what may be glued before the part of the day: "وصباح اليوم"، "بمساء الأحد"
CLITICS = ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")
PREPOSITIONS = ("في", "وفي")  # a separate word before it: "في مساء الاثنين"
# منذ and a year, the whole span: "منذ عام 2011"، "ومنذ العام 2004"، "منذ سنة 1971"، "منذ 1979م"
SINCE_YEAR = re.compile(r"[وف]?منذ\s+(?:(?:ال)?(?:عام|سنة)\s+)?(?P<year>\d{4})\s*م?")


def part_of_named_day(text: str) -> str | None:
    """MO / EV / NI when ``text`` opens with a part of the day (صباح، فجر، مساء، ليلة… with their
    clitics, after في) and names something after it, else ``None``."""
    words = match_form(text).split()
    if words and words[0] in PREPOSITIONS:
        words = words[1:]
    if len(words) < 2:  # "صباحا"، "مساء" alone: a time of no day, left as annotated
        return None
    parts = day_parts()
    for clitic in CLITICS:
        if words[0].startswith(clitic) and (part := parts.get(words[0][len(clitic):])) is not None:
            return part
    return None


def apply_time_conventions(entry: dict, content: str) -> int:
    """Rewrite ``entry``'s times by the conventions; the number changed."""
    changed = 0
    for time in entry["times"]:
        value = time.get("value")
        if not isinstance(value, str):
            continue
        start, end = time["span"]
        text = content[start:end]
        if BARE_DAY.fullmatch(value) and (part := part_of_named_day(text)) is not None:
            time["type"], time["value"] = "time", f"{value}T{part}"
            changed += 1
        elif (since := SINCE_YEAR.fullmatch(text)) and value.startswith(since["year"] + "/"):
            time["type"], time["value"] = "year", since["year"]
            changed += 1
    return changed
