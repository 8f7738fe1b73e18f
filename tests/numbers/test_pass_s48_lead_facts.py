"""Session 48, lead48b and lead48d (docs/evaluation/facts_times.md, "Session 48, lead48b"): the plural verbs of a bound on
people ("لا يتجاوزون"، "لا يزيدون على"، "لا يقلون عن") make the count after them a maximum or a minimum, as the
singular ones already did (numbers/data/modifiers.tsv). Guard: without the negation, the count is exact.
lead48d: a figure that could be a year (1900-2100) after a modifier or a word of counting and before an
indefinite noun is a count ("أكثر من 2000 فعالية"، "بعدد 2000 غرفة"); guards: a year after في and a count of years
stay times. Made-up sentences."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونظمت الأمانات أكثر من 2000 فعالية خلال إجازة العيد في جميع المناطق.", (None, 2000, None)),
        ("وأنهت الوزارة تجهيز غرف المعلمين، بعدد 2000 غرفة بتجهيزات حديثة.", (2000, None, None)),
        ("وأصدرت السفارة حوالي 2010 تأشيرة عمل منذ بداية الشهر.", (2010, None, None)),
    ],
)
def test_a_yearlike_figure_after_a_modifier_is_a_count(text, expected):
    assert bounds(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["وارتفعت الصادرات منذ 2005 بنسبة كبيرة في كل الأسواق.", "ويعود تاريخ المدينة إلى أكثر من 2000 عام قبل الميلاد."],
)
def test_a_year_or_years_stay_no_count(text):
    assert bounds(text) == []
