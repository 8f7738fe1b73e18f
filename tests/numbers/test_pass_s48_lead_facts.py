"""Session 48, lead48b (docs/evaluation/facts_times.md, "Session 48, lead48b"): the plural verbs of a bound on
people ("لا يتجاوزون"، "لا يزيدون على"، "لا يقلون عن") make the count after them a maximum or a minimum, as the
singular ones already did (numbers/data/modifiers.tsv). Guard: without the negation, the count is exact. Made-up
sentences."""

import pytest

import khabar


def bounds(text):
    return [(f["value"], f["min"], f["max"]) for f in khabar.analyze(text).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكان فريق التحرير من محررين لا يتجاوزون عشرة أشخاص في غرفة واحدة.", (None, None, 10)),
        ("وأوضح أن المستفيدين لا يزيدون على 40 مواطنا في كل دفعة.", (None, None, 40)),
        ("وأكد أن المشاركين لا يقلون عن 300 متطوع من مختلف المناطق.", (None, 300, None)),
    ],
)
def test_a_plural_bound_verb_bounds_the_count(text, expected):
    assert bounds(text)[0] == expected


def test_a_count_without_the_bound_is_exact():
    assert bounds("وأوضح أن المستفيدين بلغوا 40 مواطنا في كل دفعة.")[0] == (40, None, None)
