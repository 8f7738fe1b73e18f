"""Session 57, pass wday60: a bare weekday after an event's present-tense verb (event_verbs.tsv) in its
clause is the coming one, not the last; the reference's own weekday and the day before stay as they were."""

import pytest

from tests.time.time_rows import rows_of, time_rows

CHANGED = [
    # (sentence, published, weekday as written, value)
    ("ويبدأ الفريق مشواره في الدوري المحلي السبت على أرضه أمام ضيفه", "2015-08-04", "السبت", "2015-08-08"),
    ("وتقام المباراة النهائية للبطولة يوم الجمعة على ملعب المدينة", "2015-08-04", "يوم الجمعة", "2015-08-07"),
    ("ويختتم المنتخب معسكره الإعدادي في النمسا الخميس بمواجهة ودية", "2015-08-09", "الخميس", "2015-08-13"),
    ("وتنتهي مهلة تقديم الطلبات يوم الأحد بحسب بيان الجامعة", "2015-08-06", "يوم الأحد", "2015-08-09"),
    ("ويشارك الوزير في حفل الافتتاح الذي يقام مساء السبت في القاهرة", "2015-07-23", "مساء السبت", "2015-07-25TEV"),
]

UNCHANGED = [
    # a verb of narrative, not of an event: the last such day
    ("وقال المتحدث باسم الوزارة الخميس إن الحادث وقع قرب الحدود", "2015-08-04", "الخميس", "2015-07-30"),
    # after أن, a plan that may have failed
    ("وكان من المفترض أن تبدأ جولة جديدة من المحادثات الجمعة، إلا أنها أرجئت", "2015-08-04", "الجمعة", "2015-07-31"),
    # the reference's own weekday: today
    ("وينطلق الملتقى الثقافي الثلاثاء بمشاركة عدد من الأدباء", "2015-08-04", "الثلاثاء", "2015-08-04"),
    # the day before the reference: a feed stamped a day late
    ("وتبدأ الهدنة الإنسانية منتصف ليل الأحد الاثنين وتستمر خمسة أيام", "2015-08-03", "منتصف ليل الأحد الاثنين", "2015-08-02/2015-08-03"),
    # across a comma, another clause
    ("يبدأ البرنامج غدا، وكان الوزير قد وصل الأربعاء إلى الرياض", "2015-08-09", "الأربعاء", "2015-08-05"),
    # a time of the verb's own between them
    ("ويعقد المجلس غدا اجتماعا طارئا وانطلقت عصر الجمعة مظاهرات في الساحة", "2015-08-09", "عصر الجمعة", "2015-08-07TAF"),
]


@pytest.mark.parametrize(("text", "published", "found", "value"), CHANGED)
def test_weekday_after_event_verb_is_the_coming_one(text, published, found, value):
    assert [value] == [v for _, v in rows_of(time_rows(text, published), found)]


@pytest.mark.parametrize(("text", "published", "found", "value"), UNCHANGED)
def test_weekday_without_event_verb_stays(text, published, found, value):
    assert [value] == [v for _, v in rows_of(time_rows(text, published), found)]
