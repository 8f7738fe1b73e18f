"""Twelfth pass (issue 5): the readers that ran over the raw text after the scan (منذ, من قبل, the
merges of a weekday and its date, of two ends of a range, the day of a clock time) and the future
cues of the stage now read the matching form, so diacritics, tatweel and presentation forms give
the same times as plain text, with offsets into the text as written; "هذا الشهر الكريم" is Ramadan,
not the calendar month. Each on short made-up Arabic news sentences."""

import pytest
from time_rows import time_rows

from khabar.text.normalize import normalize

PUB = "2015-08-06"  # a Thursday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def plain(rows):
    """The rows with each text in its matching form: a diacritised text's rows compare equal."""
    return [(normalize(text), type_, value) for text, type_, value in rows]


# --- the same sentence with and without diacritics and tatweel


SAME_WITH_MARKS = [
    (  # منذ before an event: a range with no value
        "ويعيش اللاجئون في المخيم منذ بدء الحرب في بلادهم.",
        "ويعيش اللاجئون في المخيم مُنْذُ بَدْءِ الحربِ في بلادهم.",
    ),
    (  # من قبل closing a clause: "before"
        "وقال إنه لم ير مثل هذا الإقبال من قبل.",
        "وقال إنه لم ير مثل هذا الإقبال مِنْ قَبْلُ.",
    ),
    (  # a weekday and the Hijri date beside it are one date
        "وتبدأ التصفيات يوم الثلاثاء الموافق 18-10-1436 هـ في جدة.",
        "وتبدأ التصفيات يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ في جدة.",
    ),
    (  # من … إلى between two clock times: one span
        "وتفتح المكاتب أبوابها من الساعة السابعة صباحا إلى السابعة مساء.",
        "وتفتح المكاتب أبوابها مِنَ السَّاعةِ السابعةِ صباحاً إلى السابعةِ مساءً.",
    ),
    (  # a clock time takes the day named just before it
        "ووقع الانفجار أمس في تمام الساعة العاشرة صباحا قرب السوق.",
        "ووقع الانفجار أمـــسِ في تمامِ الساعة العاشرة صباحاً قرب السوق.",
    ),
    (  # two weekdays side by side, the second the day after the first: a range
        "وشهدت المدينة مظاهرات السبت والأحد احتجاجا على الغلاء.",
        "وشهدت المدينة مظاهرات السَّبْتِ والأحَدِ احتجاجاً على الغلاء.",
    ),
]


@pytest.mark.parametrize(
    "bare,marked", SAME_WITH_MARKS, ids=["since", "before", "weekday-and-date", "clock-span", "clock-day", "two-days"]
)
def test_diacritics_and_tatweel_give_the_same_times(bare, marked):
    found = times(bare)
    assert found  # (each sentence holds a time)
    assert plain(times(marked)) == plain(found)


def test_since_an_event_is_read_through_its_diacritics():
    assert times("ويعيش اللاجئون في المخيم مُنْذُ بَدْءِ الحربِ في بلادهم.") == [
        ("مُنْذُ بَدْءِ الحربِ", "range", None),
    ]


def test_a_marked_span_ends_after_the_marks_of_its_last_letter():
    assert times("وقال إنه لم ير مثل هذا الإقبال مِنْ قَبْلُ.") == [("مِنْ قَبْلُ", "date", None)]


def test_presentation_forms_before_an_event_are_since():
    # copied out of a PDF: منذ and its event in Arabic presentation forms
    assert plain(times("وتراجعت الصادرات ﻣﻨﺬ ﺑﺪء ﺍﻟﺤﺮﺏ على نحو حاد.")) == [("منذ بدء الحرب", "range", None)]


def test_a_weekday_and_its_date_merge_through_diacritics():
    assert times("وتبدأ التصفيات يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ في جدة.") == [
        ("يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ", "date", "2015-08-03"),
    ]


def test_a_future_cue_with_diacritics_still_sends_a_month_ahead():
    from khabar import analyze

    bare = analyze("ومن المقرر أن يقام المهرجان في شهر يونيو في القاهرة.", published="2015-07-21")
    marked = analyze("ومِنَ المُقَرَّرِ أن يُقامَ المهرجان في شهرِ يونيو في القاهرة.", published="2015-07-21")
    assert [t["value"] for t in bare.times] == ["2016-06"]
    assert [t["value"] for t in marked.times] == ["2016-06"]


def test_a_past_month_stays_past_with_diacritics():
    from khabar import analyze

    doc = analyze("وأُقيمَ المهرجانُ في شهرِ يونيو في القاهرة.", published="2015-07-21")
    assert [(t["type"], t["value"]) for t in doc.times] == [("month", "2015-06")]


# --- "this holy month" is Ramadan


def test_this_holy_month_is_not_the_calendar_month():
    assert times("وتستقبل الطرق آلاف المعتمرين في هذا الشهر المبارك من كل عام.", "2015-07-24")[0] == (
        "هذا الشهر المبارك",
        "month",
        None,
    )


def test_this_month_without_a_holy_epithet_is_the_calendar_month():
    assert times("وارتفعت أسعار الخضار هذا الشهر بنسبة كبيرة.", "2015-07-24") == [("هذا الشهر", "month", "2015-07")]


# --- "during these days" is a stretch, "these days" alone the day of the writing


def test_during_these_days_is_a_null_range():
    assert times("ودعا الأطباء إلى ارتداء النظارات الشمسية خلال هذه الأيام لوقاية العين.", "2015-08-02") == [
        ("خلال هذه الأيام", "range", None),
    ]


def test_these_days_alone_stay_the_day_of_the_writing():
    assert times("وتشهد أسواق الذهب إقبالا كبيرا هذه الأيام.", "2015-08-02") == [("هذه الأيام", "date", "2015-08-02")]


# --- regional words: Moroccan month names, الفارط (Tunisia) and الراهن for the past and current


def test_moroccan_month_names_are_months():
    assert times("وأعلنت الوزارة أن الامتحانات ستجرى في 15 شتنبر المقبل، بعد أن صادق المجلس في دجنبر 2014 على القانون.", "2015-08-10") == [
        ("15 شتنبر المقبل", "date", "2015-09-15"),
        ("دجنبر 2014", "month", "2014-12"),
    ]


def test_the_verb_ghashat_is_no_august():
    assert times("وقالت اللجنة إن طالبة غشت في امتحان الرياضيات.", "2015-08-10") == []
    assert times("ووصل الوفد إلى الرباط في 3 غشت لبحث الاتفاق.", "2015-08-10") == [("3 غشت", "date", "2015-08-03")]


def test_al_farit_is_the_last_and_al_rahin_the_current():
    assert times("وارتفعت الصادرات خلال الشهر الفارط مقارنة بالسنة الفارطة.", "2015-08-10") == [
        ("خلال الشهر الفارط", "month", "2015-07"),
        ("السنة الفارطة", "year", "2014"),
    ]
    assert times("ويتوقع البنك نموا أبطأ في العام الراهن.", "2015-08-10") == [("العام الراهن", "year", "2015")]


# --- an epithet between a Hijri month and its relative word


def test_next_blessed_ramadan_is_next_years():
    assert times("ويبدأ تطبيق القرار مع حلول شهر رمضان المبارك المقبل في جميع المناطق.", "2015-08-10") == [
        ("شهر رمضان المبارك المقبل", "month", "H1437-09"),
    ]


def test_blessed_ramadan_alone_is_this_years():
    assert times("وتزداد الحركة التجارية في شهر رمضان المبارك.", "2015-08-10") == [("شهر رمضان المبارك", "month", "H1436-09")]
