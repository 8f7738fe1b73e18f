"""Conventions the annotation guide leaves open, decided once and applied to every gold entry.

../shared/spec/ANNOTATION.md does not say how two common shapes are valued, and the annotators split
on them by draw (docs/ANNOTATING.md, "Conventions", has the counts and the reasons):

- a part of the day with a named day ("مساء الاثنين الماضي"، "صباح أمس"): the day with its part,
  TIMEX3's "2015-07-20TEV" (type time), not the day alone;
- منذ with a year ("منذ عام 2011"، "منذ 2010"): the year (type year), the point منذ counts from, as
  "منذ مايو" is the month and "منذ 5 أغسطس" the day; not a range to the article's date;
- a quotation opening with an إن-form right inside its opening mark ("وأضاف: «إن الشركة …»"،
  "وقال “إنه متعاون …”"): direct, its content from the إن-form inside the marks (the guide's
  "kind=direct when the content is inside quotation marks" and "a direct quote must open right
  after its quotation mark"), not indirect with the content after إن as older draws read it
  (session 50: 18 dev and 20 held-out quotes rewritten, see :func:`apply_quote_conventions`).

This module rewrites the gold's spans of those shapes by their text and value alone (never by
khabar's output): new draws as they are added, and the stored files once by
``python -m khabar.evaluation.goldsets conventions``.
"""

from __future__ import annotations

import re

from khabar.time.lexicon import part_of_named_day

BARE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# منذ and a year, the whole span: "منذ عام 2011"، "ومنذ العام 2004"، "منذ سنة 1971"، "منذ 1979م"
SINCE_YEAR = re.compile(r"[وف]?منذ\s+(?:(?:ال)?(?:عام|سنة)\s+)?(?P<year>\d{4})\s*م?")

# an إن-form that opens a quotation (إنما, أن and بأن are not: the gold reads those indirect)
INNA_FORM = r"إن(?:ه|ها|هم|نا|ني|ي)?"
# «إن، “إن (a space may follow the mark), or '"إن' attached to its إن-form after a space, a colon
# or a comma: a '"' that closes a name ('وقال "بدر الشمراني" إن') is attached to the word before it
OPENED_BY_INNA = re.compile(r"(?:[«“]\s*|(?:^|(?<=[\s:،,]))\")(?P<form>" + INNA_FORM + r")\s+$")
# the quotation closes at the content's end, or after a stop or a space or two
CLOSES_HERE = re.compile(r"[\s.،,!؟]{0,3}[»”\"]")

__all__ = ["apply_quote_conventions", "apply_time_conventions", "part_of_named_day"]


def apply_quote_conventions(entry: dict, content: str) -> int:
    """Make direct, with the content from the إن-form, each quote whose content follows «إن (or
    “إن، '"إن') and ends where its quotation closes; the number changed."""
    changed = 0
    for quote in entry["quotes"]:
        start, end = quote["content"]
        opened = OPENED_BY_INNA.search(content, max(0, start - 12), start)
        if opened is None or not CLOSES_HERE.match(content, end):
            continue
        quote["kind"], quote["content"] = "direct", [opened.start("form"), end]
        changed += 1
    return changed


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
