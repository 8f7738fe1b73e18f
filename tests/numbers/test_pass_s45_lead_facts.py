"""Lead pass lead45a (session 45): comparatives of height and depth ("أعلى من"، "أدنى من") and "a little
more / less than" ("أقل قليلا من"، "أكثر بقليل من") bound a figure as "أكثر من" and "أقل من" do; "حد أدنى
من 60 يورو" is a minimum, and "السقف الأعلى من" (an adjective with its article) bounds nothing.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _bounds(text: str) -> list[tuple[float | None, float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-11")
    return [(f["value"], f["min"], f["max"]) for f in doc.facts]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("وقال المحلل إن سعر البرميل سيبقى أعلى من 50 دولارا حتى نهاية العام.", [(None, 50, None)]),
        ("وتشير قراءة المؤشر أدنى من 50 في المائة إلى انكماش النشاط الصناعي.", [(None, None, 50)]),
        ("وخفض البنك المركزي توقعاته للنمو إلى أقل قليلاً من 3 في المائة.", [(None, None, 3)]),
        ("ولقي أكثر بقليل من 20 شخصا حتفهم في الفيضانات.", [(None, 20, None)]),
    ],
)
def test_a_comparative_bounds_the_figure(text, bounds):
    assert _bounds(text) == bounds


def test_a_floor_of_a_sum_is_its_minimum():
    text = "وهو ما يعني عمليا فرض حد أدنى من 60 يورو على كل عملية سحب."
    assert _bounds(text) == [(None, 60, None)]


def test_the_adjective_with_its_article_bounds_nothing():
    text = "وأشار إلى إمكانية رفع السقف الأعلى من 200 ألف ريال خلال الفترة المقبلة."
    assert _bounds(text) == [(200000, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "ويعد معدل الانقراض الحالي أعلى من مائة إلى ألف مرة من المعدل الطبيعي.",
        "ويتوقع المحللون أن ترتفع الأسعار بأكثر من 100 إلى 1000 في المائة خلال العام.",
    ],
)
def test_a_written_range_after_a_bound_keeps_both_ends(text):
    assert _bounds(text) == [(None, 100, 1000)]


def test_a_vague_quantity_after_a_bound_takes_the_bound():
    text = "وقال الخبير إن خسائر الشركة لا تتعدى عشرات الملايين حتى الآن."
    [(value, low, high)] = _bounds(text)
    assert (value, low) == (None, None) and high >= 10_000_000  # a maximum only, not the range 10 to 99 millions
