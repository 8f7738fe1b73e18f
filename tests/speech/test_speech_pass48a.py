"""Quote finder, forty-eighth pass, speakers (quotes round 48a).

A verbal noun of speech after إلى ("إلى القول إن …"، "إلى التأكيد أن …", a cue since pass 47b) has no
subject of its own: the one led to say it is the phrase naming someone right before إلى (the object
of "دفع"، "قاد": "ودفع تراجع الأسواق بعض المحللين إلى القول بأن …"), else the subject of the verb its
clause opens with ("وانتهى تقرير الهيئة في خلاصته إلى القول إن …"، "فإن الخبير X يعود إلى التأكيد أن …"),
not the last speaker quoted. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _by_cue(found, cue):
    return [q for q in found if q["cue"] and q["cue"]["text"] == cue]


def test_the_object_of_a_causative_verb_is_led_to_say_it():
    found = analysed("وقال الوزير إن الأمر مهم. ودفع تراجع الأسواق المالية بعض المحللين إلى القول بأن الأسعار ستنخفض.")
    quotes = _by_cue(found, "القول")
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["text"] == "بعض المحللين"
    assert quotes[0]["speaker"]["anonymous"]


def test_the_subject_of_the_verb_before_ila_speaks():
    found = analysed("وقال الوزير إن الأمر مهم. وانتهى تقرير الهيئة العامة للإحصاء في خلاصته إلى القول إن البطالة تراجعت.")
    quotes = _by_cue(found, "القول")
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["text"] == "تقرير الهيئة العامة للإحصاء"


def test_a_subject_before_its_verb_ends_before_the_verb():
    found = analysed("وقال الوزير إن الأمر مهم. وعلى الرغم من كل ذلك، فإن الخبير الاقتصادي سعد الغامدي يعود إلى "
                     "التأكيد أن السوق ستتحسن.")
    quotes = _by_cue(found, "التأكيد")
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["text"] == "الخبير الاقتصادي سعد الغامدي"


def test_no_subject_named_goes_on_with_the_last_speaker():
    found = analysed("وقال الوزير إن الأمر مهم. وفي الختام يعود إلى التأكيد أن السوق ستتحسن.")
    quotes = _by_cue(found, "التأكيد")
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["text"] == "الوزير"

