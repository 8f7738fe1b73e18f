"""The conventions applied to the gold where ANNOTATION.md is silent (khabar/evaluation/conventions.py)."""

import pytest

from khabar.evaluation.conventions import apply_quote_conventions, apply_time_conventions, part_of_named_day
from khabar.evaluation.goldsets import load_gold, read_day


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("مساء الاثنين الماضي", "EV"),
        ("وصباح أمس", "MO"),
        ("في فجر اليوم", "MO"),
        ("ليلة أول من أمس", "NI"),
        ("عصر الخميس", "AF"),
        ("بمساء الأحد", "EV"),
        ("صباحا", None),  # no day named: a time of no day
        ("مساء", None),
        ("ظهر اليوم", None),  # noon: left as annotated (split three ways)
        ("يوم الاثنين", None),
        ("لصباح", None),
    ],
)
def test_the_part_of_a_named_day_is_read_from_its_opening_word(text, part):
    assert part_of_named_day(text) == part


def test_a_bare_day_with_its_part_takes_the_part_and_nothing_else_changes():
    content = "وصل الوفد مساء أمس، وغادر صباحا يوم الاثنين، ثم عاد مساء اليوم."

    def span(text):
        return [content.index(text), content.index(text) + len(text)]

    entry = {"times": [
        {"span": span("مساء أمس"), "type": "date", "value": "2015-07-21"},
        {"span": span("صباحا"), "type": "time", "value": None},
        {"span": span("يوم الاثنين"), "type": "date", "value": "2015-07-20"},
        {"span": span("مساء اليوم"), "type": "time", "value": "2015-07-22TEV"},  # already so
    ]}
    assert apply_time_conventions(entry, content) == 1
    assert entry["times"][0] == {"span": span("مساء أمس"), "type": "time", "value": "2015-07-21TEV"}
    assert entry["times"][1]["value"] is None and entry["times"][2]["value"] == "2015-07-20"
    assert apply_time_conventions(entry, content) == 0  # applied once, nothing left to do


def test_the_stored_gold_follows_the_conventions(shared_data):
    days: dict[str, list[dict]] = {}
    for entry in load_gold():
        day = days.get(entry["zip"]) or days.setdefault(entry["zip"], read_day(shared_data, entry["zip"]))
        assert apply_time_conventions(entry, day[entry["index"]]["content"]) == 0, entry["gold_id"]
        assert apply_quote_conventions(entry, day[entry["index"]]["content"]) == 0, entry["gold_id"]


def test_since_a_year_is_the_year_and_other_since_spans_stay():
    content = "يعمل في الشركة منذ عام 2011، وسافر منذ ثلاثة أيام، ولم يعد منذ 2009 حتى 2013."

    def span(text):
        return [content.index(text), content.index(text) + len(text)]

    entry = {"times": [
        {"span": span("منذ عام 2011"), "type": "range", "value": "2011/2015-08-04"},
        {"span": span("منذ ثلاثة أيام"), "type": "date", "value": "2015-08-01"},
        {"span": span("منذ 2009 حتى 2013"), "type": "range", "value": "2009/2013"},
    ]}
    assert apply_time_conventions(entry, content) == 1
    assert entry["times"][0] == {"span": span("منذ عام 2011"), "type": "year", "value": "2011"}
    assert entry["times"][1]["value"] == "2015-08-01" and entry["times"][2]["value"] == "2009/2013"


def _quote(content: str, after: str, kind: str = "indirect", until: str | None = None) -> dict:
    """A gold quote whose content starts right after ``after`` and ends before ``until`` (or at the text's end)."""
    start = content.index(after) + len(after)
    end = content.index(until, start) if until else len(content)
    return {"kind": kind, "content": [start, end]}


@pytest.mark.parametrize(
    ("content", "after", "until", "form"),
    [
        ("وأضاف: «إن الشركة ستواصل العمل في المشروع». ومضى يقول", "«إن ", "»", "إن"),
        ("وقال “إنه متعاون مع الجهات المختصة.” ثم غادر", "“إنه ", ".”", "إنه"),
        ('وقال المدير "إنها خطوة مهمة للقطاع"، مضيفا', '"إنها ', '"', "إنها"),
        ('وتابع مختص الاستثمارات، "إن اليونان خسرت كثيرا". وأوضح', '"إن ', '"', "إن"),
        ('وقال البيان: "إنهم وصلوا أمس" وأضاف', '"إنهم ', '"', "إنهم"),
    ],
)
def test_a_quotation_opening_with_inna_is_direct_from_inna(content, after, until, form):
    quote = _quote(content, after, until=until)
    entry = {"quotes": [quote]}
    assert apply_quote_conventions(entry, content) == 1
    assert quote["kind"] == "direct"
    assert content[quote["content"][0]:].startswith(form + " ")
    assert apply_quote_conventions(entry, content) == 0  # applied once


@pytest.mark.parametrize(
    ("content", "after", "until"),
    [
        # a '"' that closes a name, though a '"' follows the content
        ('وقال "بدر الشمراني" إن أسعار الاستراحات مرتفعة". ', '" إن ', '"'),
        ('وقالت "بوينج" إن القطعة تزن 60 كيلو جراما "وفق البيان"', '" إن ', ' "'),
        ("وقال الوزير: «إن الحكومة تدين الهجوم. وأضاف أن الجهود مستمرة»", "«إن ", ". وأضاف"),  # not closed there
        ("وقال: «أن الشركة ستواصل العمل»", "«أن ", "»"),  # أن: left indirect
        ("وقال: «إنما نعمل من أجل الوطن»", "«إنما ", "»"),  # إنما is no إن-form
        ("وقال الوزير إن «الشركة ستواصل العمل»", "إن «", "»"),  # the mark after إن
    ],
)
def test_other_quotes_stay(content, after, until):
    quote = _quote(content, after, until=until)
    before = dict(quote)
    assert apply_quote_conventions({"quotes": [quote]}, content) == 0
    assert quote == before
