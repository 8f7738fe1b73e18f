"""Times, twenty-third pass (issue 5): "الشهر السابق" is the month before the last month NAMED; an
earlier "الشهر السابق" names none, so a list of figures each "مقارنة بالشهر السابق" after "خلال
يونيو" all read May (they counted back one month each: May, April, March…). Made-up sentences."""

from time_rows import time_rows

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB):
    return time_rows(text, published)


def _values(rows, text):
    return [value for found, _, value in rows if found.endswith(text)]


def test_each_previous_month_counts_back_from_the_month_named():
    rows = times(
        "وارتفع مؤشر الأسعار خلال يونيو 0.4 في المائة مقارنة بالشهر السابق. وتراجعت أسعار الأغذية"
        " 1.2 في المائة مقارنة بالشهر السابق، وزادت أسعار الوقود 0.3 في المائة عن الشهر السابق."
    )
    assert _values(rows, "الشهر السابق") == ["2015-05", "2015-05", "2015-05"]


def test_a_new_month_named_moves_the_previous_month():
    rows = times(
        "وبلغت الصادرات في أبريل 20 مليارا بزيادة عن الشهر السابق، ثم تراجعت بنسبة 3 في المائة عن"
        " الشهر السابق. أما في يونيو فقد ارتفعت مقارنة بالشهر السابق."
    )
    assert _values(rows, "الشهر السابق") == ["2015-03", "2015-03", "2015-05"]


def test_a_month_said_the_same_still_anchors():
    # "الشهر نفسه" names the month read before it (May): "الشهر السابق" after it is April
    rows = times(
        "وتراجعت الصفقات خلال شهر مايو الماضي 10 في المائة، وتراجع عدد العقارات المبيعة خلال الشهر"
        " نفسه 4 في المائة مقارنة بالشهر السابق."
    )
    assert _values(rows, "الشهر السابق") == ["2015-04"]


def test_previous_month_with_no_month_named_counts_from_the_article():
    rows = times("وتراجعت المبيعات 5 في المائة مقارنة بالشهر السابق.")
    assert _values(rows, "الشهر السابق") == ["2015-06"]
